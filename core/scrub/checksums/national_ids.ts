/**
 * Check-digit and structure rules of national identity numbers. Each function takes the
 * number with separators already removed (digits, or digits and letters, in upper case).
 */
import { countdown, digitValues, plausibleDigits, repeatedDigit, weightedSum } from "./digits.ts";
import { mod97 } from "./iban.ts";
import { luhnValid } from "./luhn.ts";
import { verhoeffValid } from "./verhoeff.ts";

/**
 * US Social Security number: area not 000/666/9xx, group not 00, serial not 0000. Published
 * sample numbers (078-05-1120 …) are structurally valid and still masked: a redactor that lets a
 * plausible SSN through on a guess is wrong in the costly direction.
 */
export function usSsnValid(nine: string): boolean {
  return plausibleDigits(nine, 9) && usSsnIssuable(nine);
}

/**
 * The SSA's rules alone: nine digits whose area is not 000, 666 or 9xx, group not 00, serial not
 * 0000. One digit nine times (`111-11-1111`) passes: such a number is a stand-in when nothing
 * names it, but the SSA never reserved it, so after `SSN:` it is read as one.
 */
export const usSsnIssuable = (nine: string): boolean => {
  if (!/^\d{9}$/.test(nine)) return false;
  const area = nine.slice(0, 3), group = nine.slice(3, 5), serial = nine.slice(5);
  if (area === "000" || area === "666" || area[0] === "9") return false;
  return group !== "00" && serial !== "0000";
};

/** UK National Insurance number: two prefix letters, six digits, suffix A–D (HMRC's allocation rules). */
export function ukNinoValid(nino: string): boolean {
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(nino);
  if (!m) return false;
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(m[1] + m[2]);
}

/** UK NHS number: ten digits, weights 10…2, check digit 11 − (sum mod 11); 10 is never issued. */
export const nhsNumberValid = (ten: string): boolean => {
  if (!plausibleDigits(ten, 10)) return false;
  const d = digitValues(ten);
  const check = 11 - (weightedSum(d, countdown(10)) % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === d[9];
};

/** India Aadhaar: twelve digits, not starting with 0 or 1, Verhoeff check digit. */
export function aadhaarValid(twelve: string): boolean {
  return /^[2-9]\d{11}$/.test(twelve) && verhoeffValid(twelve);
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spain DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): letter = number mod 23. */
export function spainDniNieValid(id: string): boolean {
  const m = /^([XYZ]|\d)(\d{7})([A-Z])$/.exec(id);
  if (!m) return false;
  const lead = "XYZ".indexOf(m[1]);
  const n = Number((lead >= 0 ? String(lead) : m[1]) + m[2]);
  return DNI_LETTERS[n % 23] === m[3];
}

/**
 * Values of characters in odd (1st, 3rd …) positions of an Italian codice fiscale, by the
 * character's own value (0–9 for a digit, 0–25 for a letter), each written as the letter of that
 * value: `B` for 1 (the value of `0` and `A`), `A` for 0 (`1`, `B`) …
 */
const CF_ODD = "BAFHJNPRTVCESULDGIMOQKWZYX";

/**
 * An Italian codice fiscale after its six letters of surname and name: year of birth, month
 * letter, day, municipality (a letter and three digits) and the check letter, each digit possibly
 * written as a letter of L–V (omocodia). A pattern's source, shared with the detector.
 */
export const CODICE_FISCALE_REST = String
  .raw`[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]`;

/** A whole codice fiscale in its layout. */
const CODICE_FISCALE = new RegExp(`^[A-Z]{6}${CODICE_FISCALE_REST}$`);

/** Italy codice fiscale: 16 characters, the last a check letter (sum of position values mod 26). */
export const italyCodiceFiscaleValid = (cf: string): boolean => {
  if (!CODICE_FISCALE.test(cf)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = cf.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD.charCodeAt(v) - 65 : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
};

/** Poland PESEL: eleven digits, weights 1,3,7,9 repeating, and a possible birth month. */
export const peselValid = (eleven: string): boolean => {
  if (!plausibleDigits(eleven, 11)) return false;
  const d = digitValues(eleven);
  const month = (d[2] * 10 + d[3]) % 20;
  if (month < 1 || month > 12) return false;
  const sum = weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  return (10 - (sum % 10)) % 10 === d[10];
};

/** Brazil CPF: eleven digits, two mod-11 check digits, not all the same digit. */
export function cpfValid(eleven: string): boolean {
  if (!plausibleDigits(eleven, 11)) return false;
  const d = digitValues(eleven);
  const first = weightedSum(d, countdown(10));
  if (((first * 10) % 11) % 10 !== d[9]) return false;
  const second = weightedSum(d, countdown(11));
  return ((second * 10) % 11) % 10 === d[10];
}

/** Netherlands BSN: nine digits passing the "11-test" (weights 9…2, and −1 for the last). */
export const bsnValid = (nine: string): boolean => {
  if (!plausibleDigits(nine, 9)) return false;
  const d = digitValues(nine);
  return (weightedSum(d, countdown(9)) - d[8]) % 11 === 0;
};

/**
 * Portugal NIF (número de identificação fiscal, nine digits: 11 − the 9…2-weighted sum mod 11, 0
 * for 10 or 11) or NISS (social security, eleven digits: 9 − the sum weighted by the primes 29…2,
 * mod 10), as their detector reads them (a first digit from 1).
 */
export const portugalNifNissValid = (digits: string): boolean => {
  const d = digitValues(digits);
  return d.length === 11
    ? 9 - (weightedSum(d, [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]) % 10) === d[10]
    : d.length === 9 && (11 - (weightedSum(d, countdown(9)) % 11)) % 11 % 10 === d[8];
};

/**
 * Germany Steuer-ID: eleven digits, no leading 0, in the first ten exactly one digit occurs
 * two or three times, and the last is an ISO 7064 MOD 11,10 check digit.
 */
export const steuerIdValid = (eleven: string): boolean => {
  if (!/^[1-9]\d{10}$/.test(eleven)) return false;
  const d = digitValues(eleven);
  const counts = new Array(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d[i]]++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d[i] + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === d[10];
};

/** Australia TFN: nine digits whose weighted sum (1,4,3,7,5,8,6,9,10) is a multiple of 11. */
export const australiaTfnValid = (nine: string): boolean => {
  if (!plausibleDigits(nine, 9)) return false;
  return weightedSum(digitValues(nine), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
};

/** Canada SIN: nine digits, Luhn-valid, first digit not 8 (never issued). */
export const canadaSinValid = (nine: string): boolean => {
  return /^[0-79]\d{8}$/.test(nine) && luhnValid(nine);
};

/**
 * France NIR (numéro de sécurité sociale): sex, year, month, department (2A/2B for Corsica,
 * counted as 19/18), commune, order, and a key = 97 − (the first 13 digits mod 97).
 */
export function franceNirValid(fifteen: string): boolean {
  const m = /^([1-478])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{6})(\d{2})$/.exec(fifteen);
  if (!m) return false;
  const month = Number(m[3]);
  if (month < 1 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
  const department = m[4] === "2A" ? "19" : m[4] === "2B" ? "18" : m[4];
  return 97 - mod97(m[1] + m[2] + m[3] + department + m[5]) === Number(m[6]);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar month 1–12 and a day that month can have (29 February always allowed). */
function monthDayValid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

/** YYMMDD (or YYYYMMDD) at the start of `digits` is a possible date; `dayOffset` is taken off the day first. */
function birthDateValid(digits: string, yearDigits = 2, dayOffset = 0): boolean {
  const month = Number(digits.slice(yearDigits, yearDigits + 2));
  const day = Number(digits.slice(yearDigits + 2, yearDigits + 4)) - dayOffset;
  return monthDayValid(month, day);
}

const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/**
 * Finland personal identity code (henkilötunnus, HETU): DDMMYY, a century sign (`+` 1800s;
 * `-`, Y, X, W, V, U 1900s; A–F 2000s), an individual number 002–999 and a check character:
 * the nine digits mod 31 in 0–9 A–Y without G, I, O, Q, Z.
 */
export const finlandHetuValid = (hetu: string): boolean => {
  const m = /^(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])$/.exec(hetu);
  if (!m || Number(m[2]) < 2) return false;
  const day = Number(m[1].slice(0, 2)), month = Number(m[1].slice(2, 4));
  if (!monthDayValid(month, day)) return false;
  return HETU_CHECK[Number(m[1] + m[2]) % 31] === m[3];
};

/**
 * Sweden personal identity number (personnummer) or coordination number (samordningsnummer,
 * day + 60): YYMMDD or YYYYMMDD, a serial of three digits and a Luhn check digit over the
 * ten digits from YYMMDD on. Takes the digits only, 10 or 12 of them.
 */
export const swedenPersonnummerValid = (digits: string): boolean => {
  if (!/^(?:\d{10}|(?:18|19|20)\d{10})$/.test(digits)) return false;
  const ten = digits.slice(-10);
  if (!birthDateValid(ten) && !birthDateValid(ten, 2, 60)) return false;
  return !repeatedDigit(ten) && luhnValid(ten);
};

/**
 * Korea resident registration number (주민등록번호): YYMMDD, a digit for sex and century
 * (1–4, and 9/0 for the 1800s), then six digits. Numbers issued before October 2020 end in a
 * check digit (11 − Σ weights 2…9,2…5 mod 11) mod 10; newer ones end in random digits, so
 * the date and the sex digit are the rule and `checked` asks for the check digit too.
 */
export function koreaRrnValid(thirteen: string, checked = false): boolean {
  if (!/^\d{6}[012349]\d{6}$/.test(thirteen) || !birthDateValid(thirteen)) return false;
  return !checked || koreaCheckDigit(thirteen, 11) === Number(thirteen[12]);
}

/**
 * Korea foreigner registration number (외국인등록번호): as the resident number with a sex
 * digit 5–8; before October 2020 its check digit was (13 − Σ mod 11) mod 10.
 */
export function koreaFrnValid(thirteen: string, checked = false): boolean {
  if (!/^\d{6}[5-8]\d{6}$/.test(thirteen) || !birthDateValid(thirteen)) return false;
  return !checked || koreaCheckDigit(thirteen, 13) === Number(thirteen[12]);
}

function koreaCheckDigit(thirteen: string, from: number): number {
  const sum = weightedSum(digitValues(thirteen), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
  return (from - (sum % 11)) % 10;
}

/**
 * Turkey identity number (T.C. Kimlik No): eleven digits, no leading 0; the tenth is
 * (7 × the odd-placed of the first nine − the even-placed) mod 10, the eleventh the sum of the
 * first ten mod 10.
 */
export const turkeyTcknValid = (eleven: string): boolean => {
  if (!/^[1-9]\d{10}$/.test(eleven) || repeatedDigit(eleven)) return false;
  const d = digitValues(eleven);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
  if ((((7 * odd - even) % 10) + 10) % 10 !== d[9]) return false;
  return (odd + even + d[9]) % 10 === d[10];
};

/**
 * Singapore NRIC / FIN: S, T (citizens and residents), F, G (foreigners) or M (from 2022),
 * seven digits, and a check letter from Σ weights 2,7,6,5,4,3,2 (+4 for T and G, +3 for M)
 * mod 11, each series with its own letter table.
 */
export const singaporeNricValid = (nric: string): boolean => {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(nric);
  if (!m) return false;
  const offset = { S: 0, T: 4, F: 0, G: 4, M: 3 }[m[1] as "S"]!;
  const r = (weightedSum(digitValues(m[2]), [2, ...countdown(7)]) + offset) % 11;
  const table = m[1] === "S" || m[1] === "T"
    ? "JZIHGFEDCBA"
    : m[1] === "M"
    ? "XWUTRQPNJLK"
    : "XWUTRQPNMLK";
  return table[r] === m[3];
};

/**
 * Thailand national identification number: thirteen digits, the first 1–8, the last
 * (11 − Σ digit × (13 − position) mod 11) mod 10.
 */
export const thailandTninValid = (thirteen: string): boolean => {
  if (!/^[1-8]\d{12}$/.test(thirteen)) return false;
  const d = digitValues(thirteen);
  const sum = weightedSum(d, countdown(13));
  return (11 - (sum % 11)) % 10 === d[12];
};

/**
 * South Africa identity number: YYMMDD, a four-digit sequence, citizenship 0 (citizen),
 * 1 (permanent resident) or 2 (refugee), a digit (8 or 9 on issued numbers; any accepted) and
 * a Luhn check digit.
 */
export const southAfricaIdValid = (thirteen: string): boolean => {
  if (!/^\d{10}[012]\d{2}$/.test(thirteen)) return false;
  return birthDateValid(thirteen) && luhnValid(thirteen);
};

/**
 * ICAO 9303 check digit: Σ value × 7, 3, 1 repeating mod 10, digits as such, A–Z as 10–35, the
 * filler `<` as 0.
 */
export function icaoCheckDigit(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    sum += (c === 60 ? 0 : c <= 57 ? c - 48 : c - 55) * [7, 3, 1][i % 3];
  }
  return sum % 10;
}

/**
 * Germany identity card (Personalausweis, since 2010) document number: nine characters from
 * 0–9 and the consonants C F G H J K L M N P R T V W X Y Z (no vowels, B, D, Q, S), the first
 * a letter; optionally followed by its ICAO 9303 check digit, which must then be right.
 */
export const germanyIdCardValid = (id: string): boolean => {
  const m = /^([CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8})(\d?)$/.exec(id);
  if (!m || !/\d/.test(m[1])) return false;
  return m[2] === "" || icaoCheckDigit(m[1]) === Number(m[2]);
};

/**
 * Germany pension insurance number (Rentenversicherungsnummer, on the social insurance card):
 * area 02–89, birth date DDMMYY (day + 50 for a second series), the birth name's initial, a
 * two-digit serial and the check digit: with the letter as its two-digit place in the alphabet,
 * twelve digits weighted 2 1 2 5 7 1 2 1 2 1 2 1, their products' digit sums added, mod 10.
 */
export function germanyPensionNumberValid(id: string): boolean {
  const letter = id.charCodeAt(8) - 64, area = +id.slice(0, 2);
  const day = +id.slice(2, 4) % 50, month = +id.slice(4, 6);
  if (!/^\d{8}[A-Z]\d{3}$/.test(id) || area < 2 || area > 89 || day < 1 || day > 31) return false;
  const twelve = id.slice(0, 8) + (letter < 10 ? "0" : "") + letter + id.slice(9, 11);
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = +twelve[i] * +"212571212121"[i];
    sum += (p % 10) + Math.floor(p / 10);
  }
  return month > 0 && month < 13 && sum % 10 === +id[11];
}

/**
 * US Medicare Beneficiary Identifier (CMS): eleven characters, positions 1 a digit 1–9;
 * 4, 7, 10, 11 digits; 2, 5, 8, 9 letters; 3 and 6 a letter or digit; letters never S, L, O,
 * I, B or Z. No check digit.
 */
export const usMbiValid = (mbi: string): boolean => {
  const A = "[AC-HJKMNP-RT-Y]", AN = "[0-9AC-HJKMNP-RT-Y]";
  return new RegExp(`^[1-9]${A}${AN}\\d${A}${AN}\\d${A}${A}\\d{2}$`).test(mbi);
};

/**
 * UK postcode (Royal Mail): an outward code (area of 1–2 letters, a district digit and maybe
 * one more digit or letter) and an inward code (a digit and two letters not C, I, K, M, O, V);
 * `GIR 0AA` too. Takes the postcode upper-cased, with its one space or none.
 */
export function ukPostcodeValid(postcode: string): boolean {
  const m = /^([A-Z]{1,2})(\d[0-9A-Z]?) ?(\d[ABD-HJLNP-UW-Z]{2})$/.exec(postcode);
  if (m === null) return postcode === "GIR 0AA" || postcode === "GIR0AA";
  // The first letter of an area is never Q, V or X; a second is never I, J or Z.
  if (/[QVX]/.test(m[1][0]) || (m[1].length === 2 && /[IJZ]/.test(m[1][1]))) return false;
  // A district letter: A–H J K P S T U W after one area letter, A B E H M N P R V W X Y after two.
  if (/^\d$|^\d\d$/.test(m[2])) return true;
  return (m[1].length === 1 ? /[A-HJKPSTUW]/ : /[ABEHMNPRVWXY]/).test(m[2][1]);
}

/**
 * Australia Medicare card number: ten digits (eleven with the individual reference number),
 * the first 2–6, the ninth Σ weights 1,3,7,9,1,3,7,9 of the first eight mod 10, the tenth
 * the card's issue number.
 */
export const australiaMedicareValid = (digits: string): boolean => {
  if (!/^[2-6]\d{9}[1-9]?$/.test(digits)) return false;
  const d = digitValues(digits);
  return weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d[8];
};

/** ISO 7064 MOD 11-2 weights of the first 17 characters of a Chinese resident id: 2^(17−i) mod 11. */
const CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * China resident identity number (居民身份证号码, GB 11643): a six-digit region code (first digit
 * 1–8), the date of birth YYYYMMDD (1800–2099), a three-digit sequence and an ISO 7064 MOD 11-2
 * check character, `X` for 10.
 */
export function chinaResidentIdValid(eighteen: string): boolean {
  if (!/^[1-8]\d{5}(?:18|19|20)\d{9}[0-9X]$/.test(eighteen)) return false;
  if (!birthDateValid(eighteen.slice(6, 14), 4)) return false;
  const sum = weightedSum(digitValues(eighteen.slice(0, 17)), CN_ID_WEIGHTS);
  const check = (12 - (sum % 11)) % 11;
  return eighteen[17] === (check === 10 ? "X" : String(check));
}

/**
 * Belgium national number (rijksregisternummer / numéro de registre national, INSZ/NISS):
 * YYMMDD (month + 20 or + 40 in a BIS number, month and day 00 when the date is unknown), a
 * three-digit sequence and a check = 97 − (the first nine digits mod 97), with a 2 in front of
 * them for people born from 2000 on.
 */
export function belgiumNationalNumberValid(eleven: string): boolean {
  if (!plausibleDigits(eleven, 11)) return false;
  const month = Number(eleven.slice(2, 4)) % 20, day = Number(eleven.slice(4, 6));
  if (Number(eleven.slice(2, 4)) > 52 || month > 12 || day > 31) return false;
  if (month > 0 && day > 0 && !monthDayValid(month, day)) return false;
  const check = Number(eleven.slice(9));
  const first = eleven.slice(0, 9);
  return 97 - mod97(first) === check || 97 - mod97("2" + first) === check;
}

/** DDMMYY at the start of `digits` is a possible date (day first, as the Nordic numbers write it). */
function dayFirstDateValid(digits: string, dayOffset = 0, monthOffset = 0): boolean {
  const day = Number(digits.slice(0, 2)) - dayOffset;
  const month = Number(digits.slice(2, 4)) - monthOffset;
  return monthDayValid(month, day);
}

/**
 * Brazil company register number (CNPJ): eight digits of the company, four of the branch and
 * two check digits, each Σ weights (5…2, 9…2, then 6…2, 9…2) mod 11, 0 when under 2 else 11 − it.
 */
export const brazilCnpjValid = (fourteen: string): boolean => {
  if (!plausibleDigits(fourteen, 14)) return false;
  const d = digitValues(fourteen);
  const check = (weights: number[]) => {
    const rest = weightedSum(d, weights) % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  return check(w1) === d[12] && check([6, ...w1]) === d[13];
};

const CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
/**
 * Mexico population register key (CURP): four letters, birth date YYMMDD, sex H/M/X, a state
 * code of two letters, three consonants, a character telling the century and a check digit:
 * (10 − Σ value × (18 − place) mod 10) mod 10 over the alphabet 0–9 A–N Ñ O–Z.
 */
export const mexicoCurpValid = (curp: string): boolean => {
  const m = /^[A-Z]{4}(\d{6})[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z](\d)$/.exec(curp);
  if (!m || !birthDateValid(m[1])) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(curp[i]) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(m[2]);
};

/**
 * Denmark personal number (CPR): DDMMYY and four digits. Numbers issued since 2007 need not
 * pass the old modulus-11 test, so the date is the rule (context names the number).
 */
export const denmarkCprValid = (ten: string): boolean => {
  return plausibleDigits(ten, 10) && dayFirstDateValid(ten);
};

/**
 * Norway national identity number (fødselsnummer; D-number: day + 40; H-number: month + 40):
 * DDMMYY, three individual digits and two mod-11 check digits (weights 3,7,6,1,8,9,4,5,2 and
 * 5,4,3,2,7,6,5,4,3,2; 11 − Σ mod 11, 11 → 0, 10 never issued).
 */
export const norwayFodselsnummerValid = (eleven: string): boolean => {
  if (!plausibleDigits(eleven, 11)) return false;
  if (
    !dayFirstDateValid(eleven) && !dayFirstDateValid(eleven, 40) &&
    !dayFirstDateValid(eleven, 0, 40)
  ) {
    return false;
  }
  const d = digitValues(eleven);
  const check = (weights: number[]) => (11 - (weightedSum(d, weights) % 11)) % 11;
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] &&
    check([5, 4, 3, 2, ...countdown(7)]) === d[10];
};

/**
 * Japan individual number (My Number, 個人番号): eleven digits and a check digit, 11 − Σ P×Q
 * mod 11 (0 when the remainder is 0 or 1), Q = 2…7 for the six rightmost digits, 2…6 before.
 */
export const japanMyNumberValid = (twelve: string): boolean => {
  if (!plausibleDigits(twelve, 12)) return false;
  const d = digitValues(twelve);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += d[11 - n] * (n <= 6 ? n + 1 : n - 5);
  const rest = sum % 11;
  return (rest <= 1 ? 0 : 11 - rest) === d[11];
};

/** Israel identity number (Teudat Zehut): up to nine digits, zero-padded, Luhn over the nine. */
export const israelIdValid = (digits: string): boolean => {
  if (!/^\d{5,9}$/.test(digits)) return false;
  const nine = digits.padStart(9, "0");
  return !repeatedDigit(nine) && luhnValid(nine);
};

/**
 * Argentina tax number (CUIT/CUIL): a type prefix (20, 23, 24, 27 people; 30, 33, 34
 * companies), the eight-digit DNI and a check digit, 11 − Σ weights 5,4,3,2,7,6,5,4,3,2 mod 11
 * (11 → 0; 10 is never issued).
 */
export const argentinaCuitValid = (eleven: string): boolean => {
  if (!/^(?:2[0347]|3[034])\d{9}$/.test(eleven)) return false;
  const d = digitValues(eleven);
  const check = (11 - (weightedSum(d, [5, 4, 3, 2, ...countdown(7)]) % 11)) % 11;
  return check !== 10 && check === d[10];
};

/**
 * Chile tax and identity number (RUT/RUN): a body of 7–8 digits and a check character,
 * 11 − Σ digit × 2,3,4,5,6,7 (from the right, repeating) mod 11; 11 → 0, 10 → K.
 */
export function chileRutValid(rut: string): boolean {
  const m = /^(\d{7,8})([0-9K])$/.exec(rut);
  if (!m || repeatedDigit(m[1])) return false;
  const d = digitValues(m[1]).reverse();
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += d[i] * (2 + (i % 6));
  const c = 11 - (sum % 11);
  return (c === 11 ? "0" : c === 10 ? "K" : String(c)) === m[2];
}

/**
 * Switzerland social insurance number (AHV/AVS, AHVN13): 756 (the country), nine digits and an
 * EAN-13 check digit (weights 1 and 3 from the left, 10 − sum mod 10); nine equal digits are a
 * stand-in.
 */
export function swissAhvValid(thirteen: string): boolean {
  if (!/^756\d{10}$/.test(thirteen) || repeatedDigit(thirteen.slice(3, 12))) return false;
  const d = digitValues(thirteen);
  const sum = weightedSum(d.slice(0, 12), [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return (10 - (sum % 10)) % 10 === d[12];
}

/** Each letter's two-digit value in a Taiwan identity number (A = 10 … Z = 33, I, O, W out of order). */
const TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

/**
 * Taiwan national identity number: a letter (its value 10–35), 1 or 2 (the holder's sex), seven
 * digits and a check digit: the letter's tens and units weighted 1 and 9, the next eight digits
 * 8 to 1, plus the check digit, make a multiple of ten.
 */
export const taiwanIdValid = (id: string): boolean => {
  if (!/^[A-Z][12]\d{8}$/.test(id)) return false;
  const letter = TAIWAN_LETTERS.indexOf(id[0]) + 10;
  let sum = Math.floor(letter / 10) + (letter % 10) * 9 + Number(id[9]);
  for (let i = 1; i <= 8; i++) sum += Number(id[i]) * (9 - i);
  return sum % 10 === 0;
};

/**
 * Irish Personal Public Service number: seven digits weighted 8 to 2, plus a second letter's value
 * weighted 9 (A = 1 … V = 22; none or W is 0), make mod 23 the check letter (W for 0, then A to V),
 * which comes before the second letter.
 */
export const irelandPpsValid = (id: string): boolean => {
  const v = id.toUpperCase();
  let sum = 9 * ((v.charCodeAt(8) - 64) % 23 || 0);
  for (let i = 0; i < 7; i++) sum += +v[i] * (8 - i);
  return /^\d{7}[A-W]{1,2}$/.test(v) && (sum % 23 || 23) + 64 === v.charCodeAt(7);
};
