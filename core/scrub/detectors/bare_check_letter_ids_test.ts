/**
 * Identifiers in capitals masked with no word naming them (id-check-alone): a Spanish DNI, a Taiwan
 * national id, a German VAT id, a US DEA number, an Indian GSTIN and a German pension insurance
 * number, drawn from a seeded generator with their check character computed here, bare and in the carriers logs write them in; the same
 * layouts with a wrong check character, a compact date, an order or batch number of the layout and
 * a Windows update's KB number stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const ID = "id-check-alone";
const next = seededRandom(2317);
const int = (below: number) => Math.floor(next() * below);
const chars = (length: number, alphabet: string) =>
  Array.from({ length }, () => alphabet[int(alphabet.length)]).join("");
const DIGITS = "0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The lines of `lines` whose value (the pair's second) survives scrubbing. */
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
/** The lines `ID` masks something on. */
const maskedBy = (lines: string[]) =>
  lines.filter((l) => scrubber.scrub(l).text.includes(`[REDACTED:${ID}]`));
/** `value` bare, and in the carriers a log writes an identifier in. */
const carried = (value: string): [string, string][] =>
  [
    value,
    `GET /v1/customers/${value}/orders 200`,
    `holder ${value} verified`,
    `{"customer":{"ref":"${value}"}}`,
    `customer_ref=${value} status=ok`,
    `7,${value},approved`,
    `<ref>${value}</ref>`,
  ].map((line) => [line, value]);
/** A body that does not read as a date YYYYMMDD after a letter or nothing (the detector skips those). */
const notDate = (digits: string) => !/^(?:19|20)\d\d[01]\d[0-3]/.test(digits);

/** The DNI check letter of eight digits. */
const dniLetter = (body: string, shift = 0) =>
  "TRWAGMYFPDXBNJZSQVHLCKE"[(Number(body) % 23 + shift) % 23];

/** A Spanish DNI: eight digits and the letter of the number mod 23, `shift` letters off. */
function dni(shift = 0): string {
  let body: string;
  do body = chars(8, DIGITS); while (!notDate(body));
  return body + dniLetter(body, shift);
}

const TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

/** The Taiwan id check digit after `letter` and its nine digits' first eight. */
function taiwanCheck(letter: string, body: string, shift = 0): string {
  const value = TAIWAN_LETTERS.indexOf(letter) + 10;
  let sum = Math.floor(value / 10) + (value % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (8 - i);
  return String(((10 - (sum % 10)) % 10 + shift) % 10);
}

/** A Taiwan national id: a letter, 1 or 2, seven digits and the mod-10 check digit, `shift` off. */
function taiwanId(shift = 0): string {
  let body: string;
  do body = String(1 + int(2)) + chars(7, DIGITS); while (!notDate(body));
  const letter = TAIWAN_LETTERS[int(TAIWAN_LETTERS.length)];
  return letter + body + taiwanCheck(letter, body, shift);
}

/** A German VAT id: DE, nine digits (no leading 0), ISO 7064 MOD 11,10, its check `shift` off. */
function germanVat(shift = 0): string {
  const body = String(1 + int(9)) + chars(7, DIGITS);
  let product = 10;
  for (const d of body) product = (((Number(d) + product) % 10 || 10) * 2) % 11;
  return `DE${body}${((11 - product) % 10 + shift) % 10}`;
}

/** A US DEA number: registrant type, the surname's initial, seven digits, the check `shift` off. */
function dea(shift = 0): string {
  const d = chars(6, DIGITS).split("").map(Number);
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return chars(1, "ABFGMPRX") + chars(1, "ACDEGHLMNRSTW") + d.join("") + (check + shift) % 10;
}

/** An Indian GSTIN: state, PAN, entity, `Z`, the mod-36 check character, `shift` off. */
function gstin(shift = 0): string {
  const base36 = DIGITS + UPPER;
  const body = String(10 + int(28)) + chars(5, UPPER) + chars(4, DIGITS) + chars(1, UPPER) +
    String(1 + int(9)) + "Z";
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = base36.indexOf(body[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return body + base36[((36 - (sum % 36)) % 36 + shift) % 36];
}

/**
 * A German pension insurance number: area 02–89, birth date DDMMYY, the birth name's initial, a
 * serial and the check digit (the letter as its two-digit place, weights 2 1 2 5 7 1 2 1 2 1 2 1,
 * the products' digit sums mod 10), `shift` off.
 */
function pensionNumber(shift = 0): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  let head: string;
  // Areas 19 and 20 before a day, a month and a year 00–39 read as a date (skipped, as DNIs are).
  do head = pad(2 + int(88)) + pad(1 + int(28)) + pad(1 + int(12)) + pad(int(100)); while (
    !notDate(head)
  );
  const letter = UPPER[int(26)];
  const serial = pad(int(100));
  const twelve = head + pad(UPPER.indexOf(letter) + 1) + serial;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(twelve[i]) * [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1][i];
    sum += (p % 10) + Math.floor(p / 10);
  }
  return head + letter + serial + ((sum % 10) + shift) % 10;
}

const MAKERS: [string, (shift?: number) => string, number][] = [
  ["Spanish DNI", dni, 23],
  ["Taiwan id", taiwanId, 10],
  ["German VAT id", germanVat, 10],
  ["DEA number", dea, 10],
  ["GSTIN", gstin, 36],
  ["German pension insurance number", pensionNumber, 10],
];

for (const [name, make, modulus] of MAKERS) {
  Deno.test(`a ${name} is masked with no word naming it, bare and in carriers`, () => {
    const values = Array.from({ length: 30 }, () => make());
    deepStrictEqual(leaksOf(values.flatMap(carried)), []);
  });

  Deno.test(`the ${name} layout with a wrong check character stays`, () => {
    const wrong = Array.from({ length: 40 }, () => make(1 + int(modulus - 1)));
    deepStrictEqual(maskedBy(wrong.map((v) => `holder ${v} verified`)), []);
  });
}

Deno.test("a DNI with a dash before its letter is masked, a lower-case one stays", () => {
  const values = Array.from({ length: 20 }, () => dni());
  deepStrictEqual(
    leaksOf(
      values.map((v) => `holder ${v.slice(0, 8)}-${v[8]} ok`).map((l) => [l, l.slice(7, 17)]),
    ),
    [],
  );
  deepStrictEqual(maskedBy(values.map((v) => `holder ${v.toLowerCase()} ok`)), []);
});

Deno.test("order, batch and build numbers, dates, fractions, memory sizes and KB numbers of the layouts stay", () => {
  const valid = [
    ...Array.from({ length: 10 }, () => dni()),
    ...Array.from({ length: 10 }, () => taiwanId()),
    ...Array.from({ length: 10 }, () => dea()),
  ];
  // Compact dates with their check letter after them, and a letter before a date and hour with
  // its check digit: each passes its check, and still reads as a date.
  const dated = [
    ...["20250601", "19991231", "20240229"].map((d) => d + dniLetter(d)),
    ...["T20250601", "A19991231"].map((d) => d + taiwanCheck(d[0], d.slice(1))),
  ];
  // KB numbers of the DEA layout whose check digit holds.
  const kb = Array.from({ length: 10 }, () => {
    const v = dea();
    return `KB${v.slice(2)}`;
  }).filter((v) => {
    const d = v.slice(2).split("").map(Number);
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
  });
  // The kernel's used/total memory in kibibytes, each a DNI whose check letter is K.
  const kibibytes = () => {
    let body: string;
    do body = String(10_000_000 + int(89_999_999)); while (dniLetter(body) !== "K");
    return `${body}K`;
  };
  const sizes = Array.from({ length: 5 }, () => [kibibytes(), kibibytes()]);
  deepStrictEqual(
    maskedBy([
      ...valid.flatMap((v) => [
        `order ${v} shipped`,
        `batch #${v} done`,
        `build: ${v} finished`,
        `invoice ${v} paid`,
        `order_ref=${v} qty=2`,
        `"batchNo":"${v}"`,
        `v1.${v}`,
        `rc-${v}`,
        `${v}-rc1`,
        `x${v}`,
      ]),
      ...dated.map((v) => `ts=${v}`),
      ...kb.map((v) => `installed ${v}`),
      ...sizes.map(([used, total]) => `Memory: ${used}/${total} available`),
    ]),
    [],
  );
});
