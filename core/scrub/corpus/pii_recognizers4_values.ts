/**
 * Values for the fourth PII corpus (./gen_pii_recognizers4.ts): the identifiers that public PII
 * recognizers cover and the earlier corpora did not, each built from its published layout, with
 * its check digit computed here from the published rule (apart from the scrubber's own code in
 * ../checksums/ and ../detectors/). Identifiers the earlier corpora already build come from
 * ./pii_redteam3_values.ts.
 */
import { DIGITS, luhnDigit, type Rand, UPPER } from "./pii_redteam3_values.ts";

const nums = (s: string) => [...s].map(Number);

/**
 * A US DEA registration number: a registrant-type letter, the registrant's surname initial (or 9
 * for a business) and seven digits, the last being (d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10.
 */
export function dea(r: Rand): string {
  const body = r.digits(6);
  const d = nums(body);
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return r.pick([..."ABCDFGMPRX"]) + r.pick([...UPPER, "9"]) + body + check;
}

/** An Italian partita IVA: seven digits of the holder, three of the tax office, a Luhn digit. */
export function itVat(r: Rand): string {
  const body = r.digits(7) + String(r.range(1, 121)).padStart(3, "0");
  return body + luhnDigit(body);
}

/** An Italian driving licence (since 1999 the card's layout: two letters, seven digits, a letter). */
export function itDrivingLicence(r: Rand): string {
  return r.chars(2, "ABCDEFGHLMNPRTUVZ") + r.digits(7) + r.chars(1, UPPER);
}

/** An Italian passport number: two letters and seven digits. */
export function itPassport(r: Rand): string {
  return r.chars(2, UPPER) + r.digits(7);
}

/** An Italian identity card: paper (`AB 1234567`) or electronic CIE (`CA12345AB`). */
export function itIdentityCard(r: Rand): string {
  return r.int(2)
    ? `${r.chars(2, UPPER)}${r.pick(["", " "])}${r.digits(7)}`
    : `C${r.chars(1, "ABCDEFG")}${r.digits(5)}${r.chars(2, UPPER)}`;
}

/** A US passport number: nine digits (older books) or a letter and eight digits (since 2021). */
export function usPassport(r: Rand): string {
  return r.int(2)
    ? String(r.range(1, 9)) + r.digits(8)
    : r.chars(1, "ACEGHJKLMNPRTVWXZ") + r.digits(8);
}

/** A UK passport number: nine digits, or (since 2020) two letters and seven digits. */
export function ukPassport(r: Rand): string {
  return r.int(2) ? String(r.range(1, 9)) + r.digits(8) : r.chars(2, UPPER) + r.digits(7);
}

/** An Indian passport number: a letter and seven digits, the first of them not 0. */
export function inPassport(r: Rand): string {
  return r.chars(1, "ABCDEFGHJKLMNPRSTUVWZ") + String(r.range(1, 9)) + r.digits(6);
}

const IN_STATES = ["MH", "KA", "DL", "TN", "UP", "GJ", "RJ", "WB", "KL", "AP", "TS", "HR", "PB"];
/** An Indian vehicle registration: state, district, series letters and a four-digit number. */
export function inVehicle(r: Rand): string {
  const parts = [
    r.pick(IN_STATES),
    String(r.range(1, 99)).padStart(2, "0"),
    r.chars(r.range(1, 2), "ABCDEFGHJKLMNPRSTUVWXYZ"),
    String(r.range(1, 9999)).padStart(4, "0"),
  ];
  return parts.join(r.pick(["", " ", "-"]));
}

/** A UK vehicle registration mark (2001 layout): area letters, age digits, three letters. */
export function ukVehicle(r: Rand): string {
  const age = String(r.pick([r.range(51, 74), r.range(2, 24)])).padStart(2, "0");
  return r.chars(2, "ABCDEFGHKLMNOPRSVWY") + age + r.pick(["", " "]) +
    r.chars(3, "ABCDEFGHJKLMNOPRSTUVWXYZ");
}

/** A US state driving licence in one of the states' layouts (letters and digits). */
export function usDrivingLicence(r: Rand): string {
  const layouts: (() => string)[] = [
    () => r.chars(1, UPPER) + r.digits(7), // CA
    () => r.chars(1, UPPER) + r.digits(12), // FL, WI
    () => r.chars(1, UPPER) + r.digits(8), // NY-style letter + 8
    () => String(r.range(1, 9)) + r.digits(8), // 9 digits (TX 8, NY 9)
    () =>
      r.chars(1, UPPER) + r.digits(3) + "-" + r.digits(3) + "-" + r.digits(2) + "-" +
      r.digits(3) + "-" + r.digits(1), // FL grouped
    () => r.chars(2, UPPER) + r.digits(6), // two letters and six digits
    () => String(r.range(1, 9)) + r.digits(2) + r.chars(2, UPPER) + r.digits(4), // 3+2+4
  ];
  return r.pick(layouts)();
}

/** A bank account number of 8 to 17 digits. */
export function bankAccount(r: Rand): string {
  return String(r.range(1, 9)) + r.digits(r.range(7, 16));
}

/** A Korean passport number: M, S, R, O or D, then eight digits (or three and a letter and four). */
export function krPassport(r: Rand): string {
  return r.pick([..."MSROD"]) + r.digits(8);
}

/** A Korean business registration number (xxx-xx-xxxxx) with its weighted check digit. */
export function krBrn(r: Rand): string {
  const body = String(r.range(101, 999)) + r.digits(6);
  const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  const d = nums(body);
  let sum = d.reduce((s, x, i) => s + x * w[i], 0);
  sum += Math.floor((d[8] * 5) / 10);
  const check = (10 - (sum % 10)) % 10;
  const v = body + check;
  return `${v.slice(0, 3)}-${v.slice(3, 5)}-${v.slice(5)}`;
}

/** A German VAT id (USt-IdNr.): DE and nine digits, the last by ISO 7064 MOD 11,10. */
export function deVatId(r: Rand): string {
  const body = String(r.range(1, 9)) + r.digits(7);
  let p = 10;
  for (const d of nums(body)) {
    let s = (d + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  const check = (11 - p) % 10;
  return `DE${body}${check}`;
}

/** A Russian INN: ten digits (an organisation) or twelve (a person), weighted sums mod 11. */
export function ruInn(r: Rand): string {
  const digit = (ds: number[], w: number[]) => (ds.reduce((s, x, i) => s + x * w[i], 0) % 11) % 10;
  if (r.int(2)) {
    const d = nums(String(r.range(10, 99)) + r.digits(7));
    return d.join("") + digit(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]);
  }
  const d = nums(String(r.range(10, 99)) + r.digits(8));
  d.push(digit(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  d.push(digit(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  return d.join("");
}

/** A Russian SNILS (XXX-XXX-XXX YY): nine digits and a weighted-sum check number. */
export function ruSnils(r: Rand): string {
  const body = String(r.range(100, 999)) + r.digits(6);
  const sum = nums(body).reduce((s, x, i) => s + x * (9 - i), 0);
  const check = sum < 100 ? sum : sum % 101 === 100 ? 0 : sum % 101;
  return `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6)} ${
    String(check).padStart(2, "0")
  }`;
}

/** A Nigerian NIN: eleven digits. */
export function ngNin(r: Rand): string {
  return String(r.range(1, 9)) + r.chars(10, DIGITS);
}
