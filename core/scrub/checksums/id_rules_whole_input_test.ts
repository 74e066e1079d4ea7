/**
 * National-number rules with generated numbers whose every digit varies (dates, regions,
 * sequences): each rule accepts its number whole and refuses it with a character before or
 * after it, each check digit counts every weighted place, and the date rules take every month
 * and day edge. Check digits are computed here from the published definitions.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import {
  argentinaCuitValid,
  belgiumNationalNumberValid,
  brazilCnpjValid,
  chileRutValid,
  chinaResidentIdValid,
  finlandHetuValid,
  germanyIdCardValid,
  israelIdValid,
  japanMyNumberValid,
  koreaFrnValid,
  koreaRrnValid,
  mexicoCurpValid,
  norwayFodselsnummerValid,
  singaporeNricValid,
  southAfricaIdValid,
  thailandTninValid,
  turkeyTcknValid,
  ukPostcodeValid,
} from "./national_ids.ts";

const random = seededRandom(0x1d16);
const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const digits = (n: number) => random.chars(n, DIGITS);
const two = (n: number) => String(n).padStart(2, "0");
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const weighted = (s: string, weights: number[]) => sum(weights.map((w, i) => w * Number(s[i])));
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A random possible month and day, as MMDD. */
const monthDay = () => {
  const month = 1 + random.int(12);
  return two(month) + two(1 + random.int(MONTH_DAYS[month - 1]));
};
const oneDigitOnly = (s: string) => /^(\d)\1*$/.test(s);

const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const koreaSum = (s: string) => weighted(s, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
const luhnCheck = (payload: string) => {
  let total = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    total += d;
  }
  return String((10 - (total % 10)) % 10);
};
/** GB 11643 weights: 2^(17 − i) mod 11. */
const CHINA_WEIGHTS = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
const chinaCheck = (seventeen: string) => {
  const c = (12 - (weighted(seventeen, CHINA_WEIGHTS) % 11)) % 11;
  return c === 10 ? "X" : String(c);
};
const ICAO_VALUE = (c: string) => (/[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
const icaoCheck = (s: string) =>
  String(sum([...s].map((c, i) => ICAO_VALUE(c) * [7, 3, 1][i % 3])) % 10);
const GERMAN_ID = "0123456789CFGHJKLMNPRTVWXYZ";

const makers: [string, (s: string) => boolean, () => string][] = [
  ["HETU", finlandHetuValid, () => {
    const date = monthDay();
    const six = date.slice(2) + date.slice(0, 2) + digits(2);
    const individual = String(2 + random.int(998)).padStart(3, "0");
    const sign = random.pick([..."+-ABCDEFUVWXY"]);
    return six + sign + individual + HETU_CHECK[Number(six + individual) % 31];
  }],
  ["Korea RRN", (s) => koreaRrnValid(s, true), () => {
    const twelve = digits(2) + monthDay() + random.pick([..."012349"]) + digits(5);
    return twelve + (11 - (koreaSum(twelve) % 11)) % 10;
  }],
  ["Korea FRN", (s) => koreaFrnValid(s, true), () => {
    const twelve = digits(2) + monthDay() + random.pick([..."5678"]) + digits(5);
    return twelve + (13 - (koreaSum(twelve) % 11)) % 10;
  }],
  ["Turkey TCKN", turkeyTcknValid, () => {
    for (;;) {
      const nine = String(1 + random.int(9)) + digits(8);
      const odd = Number(nine[0]) + Number(nine[2]) + Number(nine[4]) + Number(nine[6]) +
        Number(nine[8]);
      const even = Number(nine[1]) + Number(nine[3]) + Number(nine[5]) + Number(nine[7]);
      const ten = nine + (((7 * odd - even) % 10) + 10) % 10;
      const n = ten + sum([...ten].map(Number)) % 10;
      if (!oneDigitOnly(n)) return n;
    }
  }],
  ["Singapore NRIC", singaporeNricValid, () => {
    const series = random.pick([..."STFGM"]);
    const seven = digits(7);
    const offset = { S: 0, T: 4, F: 0, G: 4, M: 3 }[series]!;
    const r = (weighted(seven, [2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
    const table = "ST".includes(series)
      ? "JZIHGFEDCBA"
      : series === "M"
      ? "XWUTRQPNJLK"
      : "XWUTRQPNMLK";
    return series + seven + table[r];
  }],
  ["Thailand TNIN", thailandTninValid, () => {
    const twelve = String(1 + random.int(8)) + digits(11);
    return twelve + (11 - (weighted(twelve, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10;
  }],
  ["South Africa ID", southAfricaIdValid, () => {
    const twelve = digits(2) + monthDay() + digits(4) + random.pick([..."012"]) + digits(1);
    return twelve + luhnCheck(twelve);
  }],
  ["Germany ID card", germanyIdCardValid, () => {
    for (;;) {
      const nine = random.pick([...GERMAN_ID.slice(10)]) + random.chars(8, GERMAN_ID);
      if (/[0-9]/.test(nine)) return nine + icaoCheck(nine);
    }
  }],
  ["China resident id", chinaResidentIdValid, () => {
    const year = String(1800 + random.int(300));
    const seventeen = String(1 + random.int(8)) + digits(5) + year + monthDay() + digits(3);
    return seventeen + chinaCheck(seventeen);
  }],
  ["Belgium national number", belgiumNationalNumberValid, () => {
    for (;;) {
      const nine = digits(2) + monthDay() + digits(3);
      const n = nine + two(97 - Number(BigInt(nine) % 97n));
      if (!oneDigitOnly(n)) return n;
    }
  }],
];

Deno.test("each rule takes its generated number whole, and refuses it with anything before or after", () => {
  for (const [name, valid, make] of makers) {
    for (let i = 0; i < 300; i++) {
      const n = make();
      ok(valid(n), `${name}: ${n} is valid`);
      for (const c of ["0", "1", "7", "A", "X", " ", "-"]) {
        ok(!valid(c + n), `${name}: ${JSON.stringify(c + n)}`);
        ok(!valid(n + c), `${name}: ${JSON.stringify(n + c)}`);
      }
      // every other last character is refused (the check counts every weighted place)
      const alphabet = name === "HETU"
        ? HETU_CHECK
        : name === "Singapore NRIC"
        ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        : name === "China resident id"
        ? DIGITS + "X"
        : DIGITS;
      for (const c of alphabet) {
        if (c === n.at(-1)) continue;
        ok(!valid(n.slice(0, -1) + c), `${name}: ${n.slice(0, -1) + c} has a wrong check`);
      }
    }
  }
});

Deno.test("Turkey TCKN: a wrong tenth digit is refused even when the eleventh adds up", () => {
  for (let i = 0; i < 200; i++) {
    const n = makers[3][2]();
    for (const d of DIGITS) {
      if (d === n[9]) continue;
      const ten = n.slice(0, 9) + d;
      const wrong = ten + sum([...ten].map(Number)) % 10;
      ok(!turkeyTcknValid(wrong), wrong);
    }
  }
});

Deno.test("China resident id: every check character with X, years 1800–2099 only, every date edge", () => {
  const seen = new Set<string>();
  for (let i = 0; seen.size < 11; i++) {
    ok(i < 10_000);
    const seventeen = String(1 + random.int(8)) + digits(5) + "1985" + monthDay() + digits(3);
    seen.add(chinaCheck(seventeen));
    ok(chinaResidentIdValid(seventeen + chinaCheck(seventeen)), seventeen);
  }
  for (const year of ["1799", "1800", "2099", "2100", "1700", "2199"]) {
    const seventeen = "110105" + year + "0704" + digits(3);
    strictEqual(
      chinaResidentIdValid(seventeen + chinaCheck(seventeen)),
      year >= "1800" && year <= "2099",
      year,
    );
  }
  for (let month = 0; month <= 13; month++) {
    for (const day of [0, 1, 28, 29, 30, 31, 32]) {
      const seventeen = "110105" + "1985" + two(month) + two(day) + digits(3);
      const possible = month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1];
      strictEqual(
        chinaResidentIdValid(seventeen + chinaCheck(seventeen)),
        possible,
        `${month}/${day}`,
      );
    }
  }
  ok(!chinaResidentIdValid("910105198507041234"), "a region starting 9");
});

Deno.test("Belgium national number: every month code (BIS +20, +40, unknown 00) and day edge", () => {
  for (let month = 0; month <= 99; month++) {
    for (const day of [0, 1, 28, 29, 30, 31, 32]) {
      const nine = "85" + two(month) + two(day) + "123";
      const n = nine + two(97 - Number(BigInt(nine) % 97n));
      const m = month % 20;
      const monthOk = month <= 52 && m <= 12;
      const dayOk = day <= 31 &&
        (m === 0 || day === 0 || (day >= 1 && day <= MONTH_DAYS[m - 1]));
      strictEqual(belgiumNationalNumberValid(n), monthOk && dayOk, `${n} (${month}/${day})`);
    }
  }
  // born from 2000 on: the check is over "2" and the nine digits
  for (let i = 0; i < 100; i++) {
    const nine = digits(2) + monthDay() + digits(3);
    const n = nine + two(97 - Number(BigInt("2" + nine) % 97n));
    ok(belgiumNationalNumberValid(n), n);
  }
});

Deno.test("Korea, Finland and South Africa dates: every month and day edge", () => {
  for (let month = 0; month <= 13; month++) {
    for (const day of [0, 1, 28, 29, 30, 31, 32]) {
      const possible = month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1];
      const rrn = "85" + two(month) + two(day) + "1" + digits(5);
      strictEqual(koreaRrnValid(rrn + "0"), possible, rrn);
      const six = two(day) + two(month) + "85";
      const hetu = six + "-" + "123" + HETU_CHECK[Number(six + "123") % 31];
      strictEqual(finlandHetuValid(hetu), possible, hetu);
      const sa = "85" + two(month) + two(day) + "1234" + "08";
      strictEqual(southAfricaIdValid(sa + luhnCheck(sa)), possible, sa);
    }
  }
});

Deno.test("UK postcode: GIR 0AA with or without its space; a second area letter I, J or Z refused", () => {
  ok(ukPostcodeValid("GIR 0AA"));
  ok(ukPostcodeValid("GIR0AA"));
  ok(!ukPostcodeValid("GIR 0AB"));
  for (const second of "IJZ") {
    ok(!ukPostcodeValid(`A${second}1 1AA`), `A${second}1 1AA`);
    ok(!ukPostcodeValid(`A${second}11AA`), `A${second}11AA`);
  }
  for (const first of "ABS") ok(ukPostcodeValid(`${first}A1 1AA`), `${first}A1 1AA`);
});

Deno.test("Brazil CNPJ: both check digits take every value (remainders 0 and 1 give 0); zeros are filler", () => {
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const check = (s: string, weights: number[]) => {
    const rest = weighted(s, weights) % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const seen = new Set<string>();
  for (let i = 0; seen.size < 20; i++) {
    ok(i < 20_000, `${seen.size} of 20 check digits seen`);
    const twelve = digits(12);
    const thirteen = twelve + check(twelve, w1);
    const n = thirteen + check(thirteen, [6, ...w1]);
    if (oneDigitOnly(n)) continue;
    seen.add(`a${n[12]}`).add(`b${n[13]}`);
    ok(brazilCnpjValid(n), n);
    for (const d of DIGITS) {
      if (d !== n[13]) ok(!brazilCnpjValid(n.slice(0, 13) + d), `${n.slice(0, 13) + d}`);
      if (d !== n[12]) ok(!brazilCnpjValid(n.slice(0, 12) + d + n[13]), `${n.slice(0, 12)}${d}`);
    }
  }
  ok(!brazilCnpjValid("00000000000000"), "zeros");
});

Deno.test("German ID card: letters only before the check digit are no card number", () => {
  for (let k = 0; k < 50; k++) {
    const nine = random.chars(9, GERMAN_ID.slice(10));
    ok(!germanyIdCardValid(nine + icaoCheck(nine)), nine);
    ok(!germanyIdCardValid(nine), nine);
  }
});

Deno.test("UK postcode: nothing after the inward code", () => {
  for (const postcode of ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"]) {
    ok(ukPostcodeValid(postcode), postcode);
    for (const c of ["A", "1", " ", "B"]) ok(!ukPostcodeValid(postcode + c), postcode + c);
  }
});

Deno.test("Norway fødselsnummer: birth, D- and H-number dates, both mod-11 checks with every digit", () => {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const check = (s: string, weights: number[]) => (11 - (weighted(s, weights) % 11)) % 11;
  const make = (dayOffset: number, monthOffset: number): string | null => {
    const md = monthDay();
    const six = two(Number(md.slice(2)) + dayOffset) + two(Number(md.slice(0, 2)) + monthOffset) +
      digits(2);
    const nine = six + digits(3);
    const c1 = check(nine, w1);
    if (c1 === 10) return null;
    const c2 = check(nine + c1, w2);
    if (c2 === 10) return null;
    return nine + c1 + c2;
  };
  const seen = new Set<string>();
  for (let i = 0; seen.size < 20 || i < 300; i++) {
    ok(i < 50_000, `${seen.size} of 20 check digits seen`);
    const [dayOffset, monthOffset] = random.pick([[0, 0], [40, 0], [0, 40]]);
    const n = make(dayOffset, monthOffset);
    if (n === null || oneDigitOnly(n)) continue;
    seen.add(`a${n[9]}`).add(`b${n[10]}`);
    ok(norwayFodselsnummerValid(n), `${n} (+${dayOffset}, +${monthOffset})`);
    for (const d of DIGITS) {
      if (d !== n[10]) ok(!norwayFodselsnummerValid(n.slice(0, 10) + d), n.slice(0, 10) + d);
    }
    for (const c of ["0", "x"]) {
      ok(!norwayFodselsnummerValid(c + n), c + n);
      ok(!norwayFodselsnummerValid(n + c), n + c);
    }
  }
  // impossible dates with valid check digits: day 32, day 40 + 32, month 13, month 40 + 13
  for (
    const [day, month] of [[32, 1], [72, 1], [1, 13], [1, 53], [0, 1], [1, 0], [30, 2], [41, 41]]
  ) {
    const nine = two(day) + two(month) + "85" + digits(3);
    const c1 = check(nine, w1);
    const c2 = check(nine + c1, w2);
    if (c1 === 10 || c2 === 10) continue;
    ok(!norwayFodselsnummerValid(nine + c1 + c2), `${day}.${month}.`);
  }
});

Deno.test("Mexico CURP: every check digit over the alphabet with Ñ; nothing before or after", () => {
  const ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
  const CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";
  const seen = new Set<string>();
  for (let i = 0; seen.size < 10 || i < 200; i++) {
    ok(i < 20_000);
    const md = monthDay();
    const seventeen = random.chars(4, LETTERS) + digits(2) + md + random.pick([..."HMX"]) +
      random.chars(2, LETTERS) + random.chars(3, CONSONANTS) + random.chars(1, DIGITS + LETTERS);
    const sum = [...seventeen].reduce((a, c, k) => a + ALPHABET.indexOf(c) * (18 - k), 0);
    const n = seventeen + (10 - (sum % 10)) % 10;
    seen.add(n[17]);
    ok(mexicoCurpValid(n), n);
    for (const d of DIGITS) if (d !== n[17]) ok(!mexicoCurpValid(n.slice(0, 17) + d), d);
    for (const c of ["A", "0"]) {
      ok(!mexicoCurpValid(c + n), c + n);
      ok(!mexicoCurpValid(n + c), n + c);
    }
  }
});

Deno.test("Japan My Number, Israel ID, Argentina CUIT, Chile RUT: every check character, whole input only", () => {
  const japan = () => {
    const eleven = digits(11);
    let sum = 0;
    for (let n = 1; n <= 11; n++) sum += Number(eleven[11 - n]) * (n <= 6 ? n + 1 : n - 5);
    const rest = sum % 11;
    return eleven + (rest <= 1 ? 0 : 11 - rest);
  };
  const israel = () => {
    const body = digits(4 + random.int(5));
    for (const d of DIGITS) {
      const nine = (body + d).padStart(9, "0");
      let s = 0;
      for (let i = 0; i < 9; i++) {
        const v = Number(nine[8 - i]) * (i % 2 === 1 ? 2 : 1);
        s += v > 9 ? v - 9 : v;
      }
      if (s % 10 === 0) return body + d;
    }
    throw new Error("no check digit");
  };
  const argentina = () => {
    for (;;) {
      const ten = random.pick(["20", "23", "24", "27", "30", "33", "34"]) + digits(8);
      const check = (11 - (weighted(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
      if (check !== 10) return ten + check;
    }
  };
  const chile = () => {
    const body = String(1 + random.int(9)) + digits(6 + random.int(2));
    const reversed = [...body].reverse();
    const sum = reversed.reduce((a, c, i) => a + Number(c) * (2 + (i % 6)), 0);
    const c = 11 - (sum % 11);
    return body + (c === 11 ? "0" : c === 10 ? "K" : String(c));
  };
  const rules: [string, (s: string) => boolean, () => string, string][] = [
    ["My Number", japanMyNumberValid, japan, DIGITS],
    ["Israel ID", israelIdValid, israel, DIGITS],
    ["CUIT", argentinaCuitValid, argentina, DIGITS],
    ["RUT", chileRutValid, chile, DIGITS + "K"],
  ];
  for (const [name, valid, make, alphabet] of rules) {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const n = make();
      if (oneDigitOnly(n)) continue;
      seen.add(n.at(-1)!);
      ok(valid(n), `${name}: ${n}`);
      for (const c of alphabet) {
        if (c !== n.at(-1)) ok(!valid(n.slice(0, -1) + c), `${name}: ${n.slice(0, -1) + c}`);
      }
      for (const c of ["0", "1", "x"]) {
        // Israeli and Chilean numbers come in more than one length (and a leading 0 adds
        // nothing to their sums): one more digit is another number, so only a letter counts
        if ((name === "Israel ID" || name === "RUT") && c !== "x") continue;
        ok(!valid(n + c), `${name}: ${n + c}`);
        ok(!valid(c + n), `${name}: ${c + n}`);
      }
    }
    ok(seen.size >= alphabet.length - 1, `${name}: check characters seen ${[...seen].sort()}`);
  }
  ok(!chileRutValid("11111111" + "1"), "a repeated body");
  ok(!israelIdValid("0000"), "too short");
  ok(!argentinaCuitValid("21" + "123456789"), "an unknown type");
});

Deno.test("Israel ID: 5 to 9 digits read zero-padded to nine; Chile RUT: a repeated body is filler whatever its check", () => {
  ok(israelIdValid("1111111"), "001111111 passes Luhn and is no repeated digit");
  ok(!israelIdValid("0000000"), "all zeros");
  for (let found = 0, i = 0; found < 10; i++) {
    ok(i < 10_000);
    const ten = digits(10);
    let s = 0;
    for (let k = 0; k < 10; k++) {
      const v = Number(ten[9 - k]) * (k % 2 === 1 ? 2 : 1);
      s += v > 9 ? v - 9 : v;
    }
    if (s % 10 !== 0) continue;
    found++;
    ok(!israelIdValid(ten), `${ten}: ten digits`);
  }
  ok(!israelIdValid("1234"), "four digits");
  for (const d of "123456789") {
    for (const body of [d.repeat(7), d.repeat(8)]) {
      const reversed = [...body].reverse();
      const sum = reversed.reduce((a, c, i) => a + Number(c) * (2 + (i % 6)), 0);
      const c = 11 - (sum % 11);
      const rut = body + (c === 11 ? "0" : c === 10 ? "K" : String(c));
      ok(!chileRutValid(rut), rut);
    }
  }
});
