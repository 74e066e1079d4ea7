/**
 * Payment data and its look-alikes from the third red-team corpus (../corpus/pii_redteam3.jsonl):
 * an EAN-13 product number under a product key (`sku=`, `"ean":`) is not a 13-digit Visa number,
 * even when it passes Luhn as one; a card number under another key is still masked; a lower-case
 * IBAN on a line about a SEPA mandate is masked; a single-case `0x` + 40 hex is an Ethereum address
 * unless a digest word (sha1, slot, commit) comes before it; a Luhn-passing 15-digit number from 1
 * is a UATP card only after a payment word.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import {
  card,
  ethAddress,
  iban,
  IBAN_COUNTRIES,
  luhnDigit,
  Rand,
} from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);

/** EAN-13 numbers of GS1's German prefixes (400–440) that also pass Luhn. */
function luhnPassingEans(r: Rand, n: number): string[] {
  const out: string[] = [];
  while (out.length < n) {
    const body = String(r.range(400, 440)) + r.digits(9);
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 ? 3 : 1);
    const ean = body + ((10 - (sum % 10)) % 10);
    if (luhnDigit(ean.slice(0, -1)) === Number(ean[12])) out.push(ean);
  }
  return out;
}

Deno.test("EAN-13 product numbers under a product key stay, though they pass Luhn", () => {
  const lines = luhnPassingEans(new Rand(21), 30).flatMap((ean) => [
    `ts=2025-10-11T20:56:49.647Z level=warn svc=billing msg="record updated" sku=${ean} took=94ms`,
    `{"ean":"${ean}","qty":3}`,
    `barcode: ${ean}`,
    `gtin=${ean}`,
  ]);
  deepStrictEqual(changed(lines), []);
});

Deno.test("a 13-digit Visa number under another key is still masked", () => {
  const r = new Rand(22);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    let pan = card(r, "visa").slice(0, 12);
    pan += luhnDigit(pan);
    cases.push([`charge declined card=${pan}`, pan], [`{"pan":"${pan}"}`, pan]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a lower-case IBAN on a line about a SEPA mandate is masked", () => {
  const r = new Rand(23);
  const cases: [string, string][] = [];
  for (const cc of IBAN_COUNTRIES) {
    const v = iban(r, cc).toLowerCase();
    cases.push([`ValidationException: mandate created for account '${v}'`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a single-case 0x + 40 hex with no word is an Ethereum address; after a digest word it stays", () => {
  const r = new Rand(24);
  const cases: [string, string][] = [];
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const v = ethAddress(r);
    cases.push(
      [`customer:\n  text: "${v}"\n  verified: true`, v],
      [`ValueError: duplicate entry ${v}`, v],
      [`{"value":"${v.toUpperCase().replace("0X", "0x")}"}`, v.toUpperCase().replace("0X", "0x")],
    );
    lines.push(`sha1 ${v}`, `storage slot ${v} loaded`, `{"commit":"${v}"}`, `topic ${v}`);
  }
  deepStrictEqual(leaksOf(cases), []);
  deepStrictEqual(changed(lines), []);
});

Deno.test("a Luhn-passing 15-digit number from 1 is a UATP card only after a payment word", () => {
  const r = new Rand(25);
  const lines: string[] = [];
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const body = "1" + r.digits(13);
    const n = body + luhnDigit(body);
    lines.push(
      `id,created_at,offset,status\n87799,2025-05-07T11:54:22.643Z,${n},active`,
      `replayed event sequence ${n}`,
    );
    cases.push([`airline card ${n} charged`, n], [`payment declined card=${n}`, n]);
  }
  deepStrictEqual(changed(lines), []);
  deepStrictEqual(leaksOf(cases), []);
});
