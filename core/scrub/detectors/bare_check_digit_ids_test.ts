/**
 * Identifiers with no word naming them, masked where a check digit and a layout logs rarely hold
 * together make the bare value safe to read as one: values drawn from the dev kit's seeded
 * generator with their check digit computed here; the same layouts with a wrong check digit, and
 * near-miss layouts, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { DIGITS, seededRandom } from "../../../devkit/sample_logs/random.ts";
import { luhnDigit } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const random = seededRandom(15);
const GROUPED = "national-id-grouped";
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
/** The lines `id` masks something on (another detector may read the same digits otherwise). */
const maskedBy = (id: string, lines: string[]) =>
  lines.filter((l) => scrubber.scrub(l).text.includes(`[REDACTED:${id}]`));

/** `count` bodies of `length` random digits. */
const bodies = (count: number, length: number) =>
  Array.from({ length: count }, () => random.chars(length, DIGITS));

/** An IMEI (14 digits and a Luhn digit) written 2 6 6 1 with `sep`, its check digit `shift` off. */
function imei(body: string, sep: string, shift = 0): string {
  const check = (luhnDigit(body) + shift) % 10;
  return [body.slice(0, 2), body.slice(2, 8), body.slice(8, 14), check].join(sep);
}

Deno.test("an IMEI grouped 2 6 6 1 with spaces or dashes is masked with no word naming it", () => {
  const values = bodies(40, 14).map((body, i) => imei(body, i % 2 === 0 ? "-" : " "));
  deepStrictEqual(
    leaksOf(values.flatMap((v) => [[v, v], [`device ${v} registered`, v]] as [string, string][])),
    [],
  );
});

Deno.test("the IMEI layout with a wrong check digit, or other groups, stays", () => {
  const values = bodies(40, 14).flatMap((body) => [
    imei(body, "-", 1 + random.int(9)),
    imei(body, " ", 1 + random.int(9)),
  ]);
  deepStrictEqual(maskedBy(GROUPED, values.map((v) => `device ${v} registered`)), []);
  const [body] = bodies(1, 14);
  const valid = imei(body, "-");
  deepStrictEqual(
    maskedBy(GROUPED, [
      // Mixed separators, an IMEISV's two-digit tail, one digit more or less in a group.
      `device ${valid.slice(0, 9)} ${valid.slice(10)} registered`,
      `device ${valid}0 registered`,
      `device ${valid.slice(0, 3)}${valid.slice(4)} registered`,
      // Inside a longer dashed or dotted number, or a version.
      `build 7-${valid} done`,
      `version ${valid}.2 released`,
    ]),
    [],
  );
});

/** A Swedish organisation number NNNNNN-NNNN (third digit 2–9, Luhn), its check `shift` off. */
function organisationsnummer(shift = 0): string {
  const body = String(1 + random.int(9)) + String(random.int(10)) + String(2 + random.int(8)) +
    random.chars(6, DIGITS);
  return `${body.slice(0, 6)}-${body.slice(6)}${(luhnDigit(body) + shift) % 10}`;
}

Deno.test("a Swedish organisation number written NNNNNN-NNNN is masked with no word naming it", () => {
  const values = Array.from({ length: 40 }, () => organisationsnummer());
  deepStrictEqual(
    leaksOf(values.flatMap((v) => [[v, v], [`supplier ${v} invoiced`, v]] as [string, string][])),
    [],
  );
});

Deno.test("the organisation number's layout with a wrong check digit, `+` or no dash stays", () => {
  const id = "se-personnummer-alone";
  const wrong = Array.from({ length: 40 }, () => organisationsnummer(1 + random.int(9)));
  deepStrictEqual(maskedBy(id, wrong.map((v) => `supplier ${v} invoiced`)), []);
  const valid = Array.from({ length: 20 }, () => organisationsnummer());
  deepStrictEqual(
    maskedBy(id, [
      ...valid.map((v) => `supplier ${v.replace("-", "+")} invoiced`),
      ...valid.map((v) => `supplier ${v.replace("-", "")} invoiced`),
      ...valid.map((v) => `build 7.${v} done`),
    ]),
    [],
  );
});

/** A Russian SNILS NNN-NNN-NNN CC (Σ digit × (9 − position) mod 101, 100 as 00), CC `shift` off. */
function snils(shift = 0): string {
  const body = String(1 + random.int(9)) + random.chars(8, DIGITS);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (9 - i), 0) % 101;
  const check = String(((sum === 100 ? 0 : sum) + shift) % 100).padStart(2, "0");
  return `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6)} ${check}`;
}

Deno.test("a Russian SNILS written NNN-NNN-NNN CC is masked with no word naming it", () => {
  const values = Array.from({ length: 40 }, () => snils());
  deepStrictEqual(
    leaksOf(values.flatMap((v) => [[v, v], [`полис ${v} принят`, v]] as [string, string][])),
    [],
  );
});

Deno.test("the SNILS layout with a wrong check number, or other separators, stays", () => {
  const wrong = Array.from({ length: 40 }, () => snils(1 + random.int(98)));
  deepStrictEqual(maskedBy(GROUPED, wrong.map((v) => `ref ${v} ok`)), []);
  const valid = Array.from({ length: 20 }, () => snils());
  deepStrictEqual(
    maskedBy(GROUPED, [
      ...valid.map((v) => `ref ${v.replace(" ", "-")} ok`),
      ...valid.map((v) => `ref ${v.replaceAll("-", " ")} ok`),
      ...valid.map((v) => `ref ${v}1 ok`),
    ]),
    [],
  );
});

/** A Korean business registration number NNN-NN-NNNNN (weights 1 3 7 1 3 7 1 3 5), check `shift` off. */
function koreaBrn(shift = 0): string {
  const body = String(1 + random.int(9)) + random.chars(8, DIGITS);
  const d = [...body].map(Number);
  const sum = [1, 3, 7, 1, 3, 7, 1, 3, 5].reduce((s, w, i) => s + w * d[i], 0) +
    Math.floor((d[8] * 5) / 10);
  const check = ((10 - (sum % 10)) % 10 + shift) % 10;
  return `${body.slice(0, 3)}-${body.slice(3, 5)}-${body.slice(5)}${check}`;
}

Deno.test("a Korean business registration number written NNN-NN-NNNNN is masked with no word naming it", () => {
  const values = Array.from({ length: 40 }, () => koreaBrn());
  deepStrictEqual(
    leaksOf(values.flatMap((v) => [[v, v], [`거래처 ${v} 등록`, v]] as [string, string][])),
    [],
  );
});

Deno.test("the business registration layout with a wrong check digit, or other separators, stays", () => {
  const wrong = Array.from({ length: 40 }, () => koreaBrn(1 + random.int(9)));
  deepStrictEqual(maskedBy(GROUPED, wrong.map((v) => `ref ${v} ok`)), []);
  const valid = Array.from({ length: 20 }, () => koreaBrn());
  deepStrictEqual(
    maskedBy(GROUPED, [
      ...valid.map((v) => `ref ${v.replaceAll("-", " ")} ok`),
      ...valid.map((v) => `ref ${v.replaceAll("-", ".")} ok`),
      ...valid.map((v) => `ref ${v}-1 ok`),
      ...valid.map((v) => `v2.${v} ok`),
    ]),
    [],
  );
});

/** A US NPI NNNN-NNN-NNN (first digit 1 or 2, Luhn over 80840 and the number), check `shift` off. */
function npi(sep: string, shift = 0): string {
  const body = String(1 + random.int(2)) + random.chars(8, DIGITS);
  const check = (luhnDigit("80840" + body) + shift) % 10;
  return `${body.slice(0, 4)}${sep}${body.slice(4, 7)}${sep}${body.slice(7)}${check}`;
}

Deno.test("a US NPI written 4-3-3 with dashes or spaces is masked with no word naming it", () => {
  const values = Array.from({ length: 40 }, (_, i) => npi(i % 2 === 0 ? "-" : " "));
  deepStrictEqual(
    leaksOf(values.flatMap((v) => [[v, v], [`prescriber ${v} on claim`, v]] as [string, string][])),
    [],
  );
});

Deno.test("the NPI layout with a wrong check digit, another first digit or mixed separators stays", () => {
  const wrong = Array.from(
    { length: 40 },
    (_, i) => npi(i % 2 === 0 ? "-" : " ", 1 + random.int(9)),
  );
  deepStrictEqual(maskedBy(GROUPED, wrong.map((v) => `ref ${v} ok`)), []);
  const valid = Array.from({ length: 20 }, () => npi("-"));
  deepStrictEqual(
    maskedBy(GROUPED, [
      ...valid.map((v) => `ref ${v.replace("-", " ")} ok`),
      ...valid.map((v) => `ref ${String(3 + random.int(7))}${v.slice(1)} ok`),
      ...valid.map((v) => `ref ${v}-12 ok`),
    ]),
    [],
  );
});

/**
 * A Singapore company's UEN: its year of registration, five digits and the check letter of the
 * weights 10 8 6 4 9 7 5 3 1 (sum mod 11 into Z K C M D N E R G W H), the letter `shift` on.
 */
function uen(shift = 0): string {
  const body = String(1990 + random.int(36)) + random.chars(5, DIGITS);
  const sum = [10, 8, 6, 4, 9, 7, 5, 3, 1].reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + "ZKCMDNERGWH"[(sum + shift) % 11];
}

Deno.test("a Singapore company's UEN (year, five digits, check letter) is masked with no word naming it", () => {
  const values = Array.from({ length: 40 }, () => uen());
  deepStrictEqual(
    leaksOf(values.flatMap((v) => [[v, v], [`merchant ${v} verified`, v]] as [string, string][])),
    [],
  );
});

Deno.test("the UEN layout with a wrong check letter, another century, lower case or a longer token stays", () => {
  const wrong = Array.from({ length: 40 }, () => uen(1 + random.int(10)));
  deepStrictEqual(maskedBy(GROUPED, wrong.map((v) => `merchant ${v} verified`)), []);
  const valid = Array.from({ length: 20 }, () => uen());
  deepStrictEqual(
    maskedBy(GROUPED, [
      ...valid.map((v) => `merchant ${v.toLowerCase()} verified`),
      ...valid.map((v) => `merchant 3${v.slice(1)} verified`),
      ...valid.map((v) => `merchant ${v}1 verified`),
      ...valid.map((v) => `merchant 7${v} verified`),
    ]),
    [],
  );
});
