/**
 * An IBAN written in groups in a form body or query string, where a space is encoded as `+`
 * (`account_iban=DE89+3704+0044+…`), is masked as in its spaced layout; the same characters
 * failing mod 97 stay (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, iban, IBAN_COUNTRIES, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

const body = (r: Rand, key: string, value: string) =>
  r.pick([
    `POST /checkout body: csrf=${r.chars(16, HEX)}&${key}=${value}&submit=Pay`,
    `GET /v1/update?${key}=${value}&ts=${r.range(1700000000, 1790000000)} HTTP/1.1`,
  ]);

Deno.test("an IBAN grouped by + in a form body is masked", () => {
  const r = new Rand(6070);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const v = iban(r, r.pick(IBAN_COUNTRIES)).match(/.{1,4}/g)!.join("+");
    const line = body(r, r.pick(["iban", "account_iban", "payout_iban", "beneficiary_iban"]), v);
    if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("+-grouped characters failing mod 97 stay", () => {
  const r = new Rand(6072);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const good = iban(r, r.pick(IBAN_COUNTRIES));
    const check = String((Number(good.slice(2, 4)) + r.range(1, 9)) % 97 + 2).padStart(2, "0");
    const wrong = good.slice(0, 2) + check + good.slice(4);
    lines.push(body(r, "sepa_ref", wrong.match(/.{1,4}/g)!.join("+")));
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
