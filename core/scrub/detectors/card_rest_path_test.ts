/**
 * A card number as the id in a REST path after its collection (`/cards/4539…/verify`), plain or in
 * dashed groups, is masked, as after `card:`; a number there that fails Luhn stays (values
 * generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { card, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const BRANDS = ["visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners"];

Deno.test("a card number after a path's /cards/ is masked", () => {
  const r = new Rand(1606);
  const leaks: string[] = [];
  for (let k = 0; k < 40; k++) {
    const pan = card(r, r.pick(BRANDS));
    // Sixteen digits also in dashed groups of four.
    const v = r.int(2) && pan.length === 16 ? pan.replace(/(\d{4})(?=\d)/g, "$1-") : pan;
    const line = r.pick([
      `PUT /v1/vault/cards/${v}/verify 404 12ms`,
      `GET https://api.shop.io/customers/c_88/cards/${v} 200`,
      `DELETE /cards/${v}?force=true 204`,
    ]);
    if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a number after /cards/ that fails Luhn stays", () => {
  const r = new Rand(1607);
  const changed: string[] = [];
  for (let k = 0; k < 40; k++) {
    const pan = card(r, r.pick(BRANDS));
    const bad = pan.slice(0, -1) + String((Number(pan.at(-1)) + r.range(1, 9)) % 10);
    const line = `GET /v1/cards/${bad}/status 404`;
    if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
