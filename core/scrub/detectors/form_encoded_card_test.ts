/**
 * A card number written in groups in a form body or query string, where a space is encoded as
 * `+` (`card_number=4539+1488+0343+6467`), is masked as in its spaced layout; the same digits
 * failing Luhn stay (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { card, groupCard, HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const BRANDS = ["visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners"];

const body = (r: Rand, key: string, value: string) =>
  r.pick([
    `POST /checkout body: csrf=${r.chars(16, HEX)}&${key}=${value}&submit=Pay`,
    `GET /v1/update?${key}=${value}&ts=${r.range(1700000000, 1790000000)} HTTP/1.1`,
  ]);

Deno.test("a card number grouped by + in a form body is masked", () => {
  const r = new Rand(6069);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const v = groupCard(card(r, r.pick(BRANDS)), "+");
    const line = body(r, r.pick(["card_number", "cc", "pan", "number"]), v);
    if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("+-grouped digits failing Luhn stay", () => {
  const r = new Rand(6071);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const pan = card(r, r.pick(BRANDS));
    const bad = pan.slice(0, -1) + String((Number(pan.at(-1)) + r.range(1, 9)) % 10);
    lines.push(body(r, "ref", groupCard(bad, "+")));
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
