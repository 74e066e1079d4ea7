/**
 * National identity numbers, each confirmed by its check digit or structure rule and, where
 * a checksum alone would pass too many random numbers, by a context word before it.
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import {
  aadhaarValid,
  australiaMedicareValid,
  australiaTfnValid,
  bsnValid,
  canadaSinValid,
  CODICE_FISCALE_REST,
  cpfValid,
  franceNirValid,
  germanyPensionNumberValid,
  italyCodiceFiscaleValid,
  nhsNumberValid,
  peselValid,
  portugalNifNissValid,
  singaporeNricValid,
  spainDniNieValid,
  steuerIdValid,
  taiwanIdValid,
  ukNinoValid,
  usSsnIssuable,
  usSsnValid,
} from "../checksums/national_ids.ts";
import {
  australiaAbnValid,
  indiaGstinValid,
  singaporeUenValid,
  usNpiValid,
} from "../checksums/registry_ids.ts";
import { germanyVatIdValid, usDeaNumberValid } from "../checksums/tax_and_licence_ids.ts";
import { luhnValid } from "../checksums/luhn.ts";
import { koreaBrnValid, russiaSnilsValid } from "../checksums/russia_korea_ids.ts";
import { digitsOf, hasContextBefore } from "./value_checks.ts";
import {
  AFTER,
  afterNameAnyCase,
  compact,
  grouped,
  HUMP,
  inContext,
  namedRightBefore,
  nameKeywords,
  NUMBER_RUN,
  numberPattern,
  numberStart,
  RUN_START,
} from "./pii_context.ts";
import { NEAR_DIGIT_RUN } from "../windowed_match.ts";

/** `ssn:`, `"applicant_ssn": "`, `SocialSecurity=`, `Social Security No. `, `SS# ` right before the number. */
const SSN_NAME = namedRightBefore(["ssn", "social security", "ss#", "ss no"]);
/**
 * `aadhaar`, `UIDAI`, the `<uid>` element UIDAI's authentication XML carries the number in, or
 * आधार (Aadhaar in Hindi, as the card prints it).
 */
const AADHAAR_CONTEXT = /aadhaa?r|uidai|<uid>|आधार/i;
const DNI_CONTEXT = /dni|nie|nif|documento|identidad|fiscal|extranjero/i;
/**
 * `PAN`, `pan_number`, `"pan_no":"`, `PAN number is `, `permanent account number is `: the Indian
 * tax card's name right before its value.
 */
const PAN_CONTEXT = namedRightBefore(["pan", "pan card", "permanent account number"]);
/**
 * True when `value` at `index` is a whole field of `line`: the line, a quoted string, a cell of a
 * CSV or tab-separated row, or an element's text (`"078 05 1120"`, `,078 05 1120,`), not words
 * of a sentence (`order 536 90 4399 shipped`).
 */
function wholeField(value: string, line: string, index: number): boolean {
  const before = index === 0 ? "" : line[index - 1];
  const after = line[index + value.length] ?? "";
  return /^(?:|["',\t>|])$/.test(before) && /^(?:|["',\t<|])$/.test(after);
}

/** A dashed or dotted SSN's area and group: `078-05-`. */
const SSN_HEAD = raw`\d{3}[-.]\d\d[-.]`;
/**
 * Where an SSN starts and ends: as numberStart's and AFTER's, except that another whole dashed or
 * dotted one may stand a space away (`364-39-5004 272-27-2446`): two numbers, not one in groups.
 */
const SSN_START = raw`\d(?<!(?:[\w.:/+-]|(?<![A-Za-z_]|${SSN_HEAD}\d{3})\d[ -])\d)`;
const SSN_AFTER = raw`(?![\w:/]|[.,-]?\d| (?!${SSN_HEAD}\d{4}(?![\w.-]))\d)`;

const NIR_CONTEXT = /(?<![a-z])(?:nir|s[eé]cu)(?![a-z])|sociale|insee/i;

/**
 * `SIN` (alone or before its `Number`, `No`, `Nr`: `sinNumber`), `social insurance` or
 * `assurance sociale` (or `social`, as it is also written) near a Canadian SIN, or its French
 * initials `NAS` right before it (`mon NAS: `, `"nas":"`, `NAS est `): not NAS the storage device
 * a few words before a count (`NAS backup wrote 123456782 bytes`, `nas01: synced`).
 */
const SIN_CONTEXT = regex(
  `(?<![a-z])sin(?:(?![a-z])|(?=num|no|nr))|social[ _-]?insurance|assurance[ _-]?sociale?|${
    namedRightBefore(["nas", "nas est"]).source.replace(HUMP, "")
  }`,
  "i",
);

/** Names of a German tax number: Steuernummer, Steuer-Nr., St.-Nr., StNr. */
const DE_TAX_NUMBER = ["steuer", "st nr", "st. nr"];

/** An ITIN's nine digits: 9, then a group the IRS issues (50–65, 70–88, 90–92, 94–99). */
const itinValid = (digits: string) =>
  /^9\d\d(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])\d{4}$/.test(digits);

/**
 * Names of a Portuguese NIF or NISS (in pt-nif-niss: its keywords and, after no letter, its
 * context: `nif` inside unified, manifest or significant names none).
 */
const PT_NAMES = "nif|contribuinte|niss|seguran";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * US Social Security number written AAA-GG-SSSS or AAA.GG.SSSS, with a valid area, group and
   * serial (no 000, 666, 9xx, 00, 0000); the layout alone names it. AAA GG SSSS with spaces names
   * it as a whole field only (a line, a quoted value, a cell), not among a sentence's words. A US
   * ITIN (9, then a group the IRS issues) in the same layouts is masked too.
   */
  pii(
    "us-ssn",
    NUMBER_RUN,
    regex(
      raw`${SSN_START}\d{2}(?<sep>[-. ])\d{2}\k<sep>\d{4}${SSN_AFTER}`,
      "g",
    ),
    (value, line, index) =>
      (usSsnValid(digitsOf(value)) || itinValid(digitsOf(value))) &&
      (!value.includes(" ") || wholeField(value, line, index)),
    // Starts at a number-run start: a digit no letter, digit or `_ . : / + -` precedes, then 9 digits
    // joined by single `-`, `.` or spaces.
    RUN_START,
  ),
  /**
   * US Social Security number in any layout (plain nine digits, spaced, dashed, or with one
   * separator: 212-091234, 21209-1234), valid area, group and serial, right after an SSN context
   * word (`ssn:536904399`, `social security no. 212 09 1234`).
   */
  pii(
    "us-ssn-in-context",
    ["ssn", "social", "ss#", "ss no"],
    numberPattern("\\d", raw`\d{2}(?:(?<sep>[-. ]?)\d{2}\k<sep>|[- ]\d\d|\d\d[- ])\d{4}`),
    (value, line, index) =>
      usSsnIssuable(digitsOf(value)) && hasContextBefore(line, index, SSN_NAME),
    // Starts at a number-run start (numberStart's digit, then 8 digits, one separator at most
    // between each two), as the patterns below whose reach is AT_NUMBER_RUN.
    RUN_START,
  ),
  /**
   * US Social Security number in an SSA EFW2 employee wage record (`RW`, the W-2's electronic
   * filing): its nine digits right after the record's type, the first name's field (letters or
   * blanks) glued after.
   */
  pii(
    "us-ssn-efw2-record",
    // The record's type starts its line or field: no letter or digit before it (`\b`).
    { keywords: ["rw"], atWordStart: ["rw"] },
    /(?<=\bRW)\d{9}(?=[A-Z ]{2})/g,
    usSsnIssuable,
  ),
  /**
   * US Individual Taxpayer Identification Number: 9AA-GG-SSSS with group 50–65, 70–88, 90–92 or
   * 94–99 (IRS), after ITIN / taxpayer / TIN.
   */
  pii(
    "us-itin",
    // `\bitin\b`/`\btin\b` end before the number (no word character right before it), so a
    // letter or digit after them on the line fails the `\b` (`tin` in `routing` wakes nothing);
    // their start is not bounded: the window may cut a word (`xtin`) at its start.
    { keywords: ["itin", "taxpayer", "tin"], atWordEnd: ["itin", "tin"] },
    numberPattern("9", raw`\d{2}(?<sep>[- ]?)\d{2}\k<sep>\d{4}`),
    (value, line, index) =>
      itinValid(digitsOf(value)) && hasContextBefore(line, index, /\bitin\b|taxpayer|\btin\b/i),
    RUN_START, // 9 digits
  ),
  /**
   * UK National Insurance number: two allowed prefix letters, six digits, suffix A–D (HMRC
   * allocation rules), with or without spaces or dashes, its digits in pairs or threes, in either
   * case (`"ni_number":"jg103795b"`), on a line that names it (`NI:` or `NI` as a word too).
   */
  pii(
    "uk-nino",
    // `ni` wakes it only as a word of its own (`NI:`, `the NI`), not inside `mini` or `nil`.
    { keywords: ["nino", "insurance", "ni"], atWordStart: ["ni"], atWordEnd: ["ni"] },
    /(?<![A-Za-z0-9])[A-Z]{2}[ -]?(?:\d{2}[ -]?\d{2}[ -]?\d{2}|\d{3} \d{3})[ -]?[A-D](?![A-Za-z0-9])/gi,
    (value, line) =>
      ukNinoValid(compact(value)) && /nino|insurance|(?<![a-z\d])ni(?![a-z\d])/i.test(line),
  ),
  /**
   * UK National Insurance number with no word naming it, in capitals, unbroken (`AB123456C`) or
   * as its card prints it (`AB 12 34 56 C`): allowed prefix letters, six digits, suffix A–D, found
   * on the lines of iban-start's shape (two capitals and two digits) or of nino-spaced, which
   * shares its slot.
   */
  pii(
    "uk-nino-alone",
    "iban-start",
    /(?<![A-Za-z0-9])[A-Z]{2}(?:\d{6}|(?: \d\d){3} )[A-D](?![A-Za-z0-9])/g,
    (value) => ukNinoValid(value.replace(/ /g, "")),
  ),
  /**
   * UK Temporary Reference Number (HMRC's stand-in for a National Insurance number: two digits, a
   * letter, five digits, maybe spaced `47 K 208 15`) on a line naming a TRN, a temporary reference
   * or PAYE.
   */
  pii(
    "uk-trn",
    ["trn", "temporary reference", "paye"],
    /(?<![A-Za-z0-9])\d\d ?[A-Z] ?\d{3} ?\d\d(?![A-Za-z0-9])/g,
    (_, line) => /trn|temporary reference|paye/i.test(line),
  ),
  /**
   * Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), the letter being the number
   * mod 23; dashes and lower case accepted, right after DNI / NIE / NIF.
   */
  pii(
    "es-dni-nie",
    "dni|nie|nif|documento|identidad|identificaci|extranjero|fiscal".split("|"),
    /(?<![A-Za-z0-9-])(?:[XYZxyz]-?\d|\d{2})\d{6}[ -]?[A-Za-z](?![A-Za-z0-9])/g,
    (value, line, index) =>
      spainDniNieValid(compact(value)) && hasContextBefore(line, index, DNI_CONTEXT, 20),
    // Its seven or eight digits start at its start, or after X, Y or Z (and a `-`), not a digit.
    NEAR_DIGIT_RUN,
  ),
  /**
   * Identifiers in capitals with no word naming them, each in a layout logs rarely hold and
   * confirmed by its check character: a Spanish DNI or NIE (eight digits, or X, Y or Z and seven,
   * maybe `-`, the letter of the number mod 23), a Singapore NRIC or FIN (S, T, F, G or M, seven
   * digits, the series' check letter), a Taiwan national id (a letter, 1 or 2, eight digits, mod-10
   * check), a German VAT id (DE, nine digits, MOD 11,10), a US DEA number (two letters, or a
   * letter and 9, seven digits, its check digit; not a Windows update's `KB` number), an Indian
   * GSTIN (state code, PAN, entity, `Z`, mod-36 check) or a German pension insurance number
   * (`53270681K105`: area, a valid birth date, the birth name's initial, serial and check digit;
   * an ISO basic time, `20250314T120000Z`, runs on past its three digits). Not eight digits that
   * read as a date YYYYMMDD (`20250601Z`, a UTC stamp; `T2025060112`), nor after a letter, a
   * digit, `.` or `-` (a word, a fraction, a version; after `/`, a path's segment, it is read),
   * nor a size in the kernel's used/total form (`16243456K/16777216K`), nor right after a word or
   * key naming what the token is (`order`, `batch`, `build`, `ticket`, `invoice`; `order_ref=`):
   * an order or batch number of the layout. Its shape (id-check) finds the lines.
   */
  pii(
    "id-check-alone",
    "id-check",
    /(?<![^\W_]|[.-]|\d[KMG]\/)(?!\D?(?:19|20)\d\d[01]\d[0-3]\d(?![A-Z]\d))(?:[\dA-Z]\d{7}-?[A-Z](?:\d{3})?|[A-Z][A-Z\d]\d{7,9}|\d\d[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z])(?![\w-]|\/\d)/g,
    (v, line, at) =>
      !hasContextBefore(line, at, /(order|batch|build|ticket|invoice)\w*\W*$/i, 20) &&
      (spainDniNieValid(v.replace("-", "")) || singaporeNricValid(v) || taiwanIdValid(v) ||
        v.startsWith("DE") && germanyVatIdValid(v.slice(2)) ||
        !v.startsWith("KB") && usDeaNumberValid(v) || indiaGstinValid(v) ||
        germanyPensionNumberValid(v)),
  ),
  /**
   * Italian codice fiscale: 16 characters in the official layout, the last a check letter, with or
   * without a word naming it.
   */
  pii(
    "it-codice-fiscale",
    // The context words are checked per match, not as keywords: `cf` is in every other hex id.
    {
      filter: regex(CODICE_FISCALE_REST),
    },
    regex(raw`[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{5}${CODICE_FISCALE_REST}(?![A-Za-z0-9])`, "g"),
    // The layout (letters, birth year, month letter, day, municipality) and the check letter
    // together leave about one random 16-character token in 70,000: no context word is needed.
    italyCodiceFiscaleValid,
  ),
  /**
   * Indian Aadhaar number: 12 digits not starting with 0/1, Verhoeff check digit; grouped 4-4-4, or
   * plain after an Aadhaar context word.
   */
  pii(
    "in-aadhaar",
    ["aadhaar", "aadhar", "uidai", "<uid>", "आधार"],
    numberPattern("[2-9]", raw`\d{3}(?<sep>[ -]?)\d{4}\k<sep>\d{4}`),
    (value, line, index) =>
      aadhaarValid(digitsOf(value)) &&
      (/[ -]/.test(value) || hasContextBefore(line, index, AADHAAR_CONTEXT)),
    RUN_START, // 12 digits
  ),
  /**
   * Numbers in a grouped layout only they are printed in, with no word naming them, each by its
   * own check: an Aadhaar number 4 4 4 (first digit 2–9, Verhoeff), an Australian ABN (mod 89) or
   * a German tax id (Steuer-ID: one digit repeated, MOD 11,10) 2 3 3 3, or an Australian Medicare
   * card 4 5 1 (first digit 2–6, weighted check digit), or a handset's IMEI 2 6 6 1 with spaces or
   * dashes, as GSMA's layout prints it (15 digits, Luhn), or a Russian SNILS 3-3-3 2 (its check
   * number mod 101), as the pension fund's card prints it, or a Korean business registration number
   * 3-2-5 with dashes (its weighted check digit), as the tax office prints it, or a US NPI 4-3-3
   * with spaces or dashes (first digit 1 or 2, Luhn over 80840 and the number), or a Singapore
   * company's UEN (ACRA: its year of registration, five digits and the weighted check letter,
   * `201434292D`, a capital at its end). Aadhaar with
   * spaces only, as the cards print them: 4-4-4 with dashes is also how order and key ids are
   * written, and one in ten passes Verhoeff.
   */
  pii(
    "national-id-grouped",
    NUMBER_RUN,
    regex(
      raw`${
        numberStart("\\d", false)
      }(?:\d{3} \d{4} \d{4}|\d (?:\d{3} ){2}\d{3}|\d{3} \d{5} \d|\d(?<i>[ -])\d{6}\k<i>\d{6}\k<i>\d|\d{2}-\d{3}-\d{3} \d\d|\d{2}-\d\d-\d{5}|\d{3}(?<n>[ -])\d{3}\k<n>\d{3}|\d{8}[A-Z])${AFTER}`,
      "g",
    ),
    (value) => {
      const digits = digitsOf(value);
      if (value[9] > "9") return singaporeUenValid(value);
      if (digits.length === 15) return luhnValid(digits);
      if (digits.length === 12) return digits[0] >= "2" && aadhaarValid(digits);
      if (value[3] === "-") {
        return (digits.length === 11 ? russiaSnilsValid : koreaBrnValid)(digits);
      }
      if (digits.length === 11) return australiaAbnValid(digits) || steuerIdValid(digits);
      // Ten digits: a Medicare card's 4 5 1 has a digit where an NPI's 4-3-3 has its separator.
      return (value[8] > "/" ? australiaMedicareValid : usNpiValid)(digits);
    },
    RUN_START, // 10 to 15 digits
  ),
  /**
   * UK NHS number: 10 digits (3-3-4) with the mod-11 check digit, after NHS or a patient's id,
   * number or no.
   */
  inContext(
    "uk-nhs-number",
    ["nhs", "patient"],
    grouped(3, 3, 4),
    /nhs|patient[ _.-]?(?:id|no|num)/i,
    nhsNumberValid,
  ),
  /**
   * Polish PESEL: 11 digits with a birth month and the 1-3-7-9 weighted check digit, after the word
   * PESEL or numer identyfikacyjny (identification number).
   */
  inContext(
    "pl-pesel",
    ["pesel", "identyfikacyjn"],
    grouped(11),
    /pesel|identyfikacyjn/i,
    peselValid,
  ),
  /**
   * Brazilian CPF: 11 digits with two mod-11 check digits; in its written layout 000.000.000-00
   * anywhere, as 11 plain digits after the word CPF.
   */
  pii(
    "br-cpf",
    // The layout is found by line shape; plain digits are confirmed by the context word.
    NUMBER_RUN,
    regex(
      raw`${numberStart("\\d", false)}(?:\d{2}\.\d{3}\.\d{3}-\d{2}|\d{10})(?![\w:/]|[.-]?\d)`,
      "g",
    ),
    (value, line, index) =>
      cpfValid(digitsOf(value)) && (value.includes("-") || hasContextBefore(line, index, /cpf/i)),
    // Starts at a number-run start: a digit no letter, digit or `_ . : / + -` precedes, then 11 digits
    // joined by single `.` or `-`.
    RUN_START,
  ),
  /**
   * Dutch BSN (burgerservicenummer): 9 digits (plain, 3-3-3 or 4.2.3) passing the 11-test, after
   * the word BSN or its earlier name sofinummer (sofi; not Sofia).
   */
  inContext(
    "nl-bsn",
    ["bsn", "burgerservicenummer", "sofi"],
    numberPattern("\\d", raw`(?:\d{8}|\d{2} \d{3} \d{3}|\d{3}\.\d{2}\.\d{3})`),
    /bsn|burgerservicenummer|sofi(?!a)/i,
    bsnValid,
    RUN_START, // 9 digits
  ),
  /**
   * Portuguese NIF (número de contribuinte: nine digits) or NISS (segurança social: eleven), each
   * with its check digit, after its name (NIF, contribuinte, NISS, segurança social).
   */
  inContext(
    "pt-nif-niss",
    PT_NAMES.split("|"),
    numberPattern("[1-9]", raw`\d{8}(?:\d\d)?`),
    RegExp(`(?<![a-z])(?:${PT_NAMES})`, "i"),
    portugalNifNissValid,
    RUN_START,
  ),
  /**
   * German tax id (Steuerliche Identifikationsnummer): 11 digits, one digit repeated, ISO 7064 MOD
   * 11,10 check digit, after a tax-id context word.
   */
  inContext(
    "de-steuer-id",
    // `tin` (its name in English, as the EU's TIN portal gives it) only as a key or an XML
    // element: the bare letters are in `setting` and `routine`.
    'steuer|idnr|identifikationsnummer|tax|tin"|tin=|tin =|tin:|tin>'.split("|"),
    grouped(2, 3, 3, 3),
    /steuer|idnr|identifikationsnummer|tax[ _-]?id|(?<![a-z])tin(?![a-z])/i,
    steuerIdValid,
  ),
  /**
   * German tax number (Steuernummer, which the tax office gives a taxpayer): the unified 13-digit
   * form, 10 or 11 plain digits, or a state's layout with slashes (`93/417/26085`,
   * `147/552/30918`), right after Steuernummer / Steuer-Nr. / St.-Nr. / StNr.
   */
  pii(
    "de-tax-number",
    nameKeywords(DE_TAX_NUMBER),
    afterNameAnyCase(DE_TAX_NUMBER, raw`\d{10,13}|\d{2,3}/\d{3,4}/\d{4,5}`),
  ),
  /**
   * German health insurance number (Krankenversichertennummer, on the eGK: a letter and nine
   * digits) or social insurance number (Sozial- or Rentenversicherungsnummer: area, birth date, the
   * surname's initial, serial and check digit, `53270681K105`), after a word that names one
   * (Versichertennummer, KVNR, SVNR, SV-Nummer, eGK) right before it; and the statutory health
   * insurance's nine-digit numbers of a physician (lebenslange Arztnummer, LANR) and of a practice
   * (Betriebsstättennummer, BSNR) right after their names.
   */
  inContext(
    "de-insurance-number",
    [
      "versicher",
      "kvnr",
      "svnr",
      "rvnr",
      "egk",
      "sv-n",
      "sv n",
      "sv_n",
      "lanr",
      "bsnr",
      "arzt",
      "betriebsst",
    ],
    /\b(?:[a-z]?\d{9}|\d{8}[a-z]\d{3})\b/gi,
    /(?:versicher(?:ten|ungs)|arzt(?=[ _.-]?n(?:ummer|r))|betriebsst(?:ä|ae)tten|\b(?:[ksr]vnr|sv|egk|bsnr|lanr))[ _.-]?(?:nummer|nr|no)?\W{0,5}(?:is\W)?$/i,
    () => true,
    // Its eight or nine digits start at its start or after its letter (`i` folds no other
    // character to a to z without `u`), and `\b` or the letter keeps a digit from preceding them.
    { reach: NEAR_DIGIT_RUN },
  ),
  /**
   * Australian tax file number: 9 digits whose weighted sum is a multiple of 11, after TFN / tax
   * file.
   */
  inContext(
    "au-tfn",
    ["tfn", "tax file", "tax_file", "tax-file", "taxfile"],
    grouped(3, 3, 3),
    /tfn|tax[ _-]?file/i,
    australiaTfnValid,
  ),
  /**
   * Canadian social insurance number: 9 digits, Luhn-valid, after SIN / social insurance or its
   * French name (numéro d'assurance sociale), or right after its initials NAS (SIN_CONTEXT).
   */
  inContext(
    "ca-sin",
    ["sin", "nas", ...phraseKeywords(["social insurance", "assurance social"])],
    grouped(3, 3, 3),
    SIN_CONTEXT,
    canadaSinValid,
  ),
  /**
   * Indian Permanent Account Number: five letters (the fourth the holder type, e.g. P for a
   * person), four digits and a letter (Income Tax Department layout, in either case), right after
   * the word PAN.
   */
  pii(
    "in-pan",
    // Not `pan` alone: every `span_id` holds it. Its camel-case keys fold to `panno`, `pannum`.
    "pan |pan:|pan=|pan\"|pan'|pan>|pan_no|pan_num|panno|pannum|pan_card|pan-|permanent account"
      .split("|"),
    /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/gi,
    (_value, line, index) => hasContextBefore(line, index, PAN_CONTEXT, 48),
  ),
  /**
   * French social security number (NIR): sex, birth year and month, department (2A/2B), commune,
   * order and the mod-97 key, 15 characters plain or grouped 1 2 2 2 3 3 2, after NIR / sécurité
   * sociale / INSEE.
   */
  pii(
    "fr-nir",
    ["nir", "sociale", "secu", "sécu", "insee"],
    numberPattern("[1-478]", raw` ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}`),
    (value, line, index) =>
      franceNirValid(compact(value)) && hasContextBefore(line, index, NIR_CONTEXT),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
