/**
 * Words naming a phone number in other languages' and offices' usage: French `portable`, Spanish
 * `móvil` (with its accent), German and Nordic `Mobil`, a `hotline`; each before a number written
 * in pairs or groups (values generated). Words that only start like them (`mobility`, `mobile
 * app build`) do not name the number after them.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("portable, móvil, Mobil and hotline name the number after them", () => {
  const r = new Rand(81);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const v = r.pick([
      () => `${r.range(2, 9)}${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `${r.range(2, 9)}${r.digits(3)} ${r.digits(4)}`,
    ])();
    const word = r.pick(["portable :", "Portable:", "móvil:", "Móvil", "Mobil:", "Hotline:"]);
    cases.push([`Kunde ${r.digits(5)} — ${word} ${v}`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("words that only start like them name no number", () => {
  const r = new Rand(82);
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(
      `mobility score ${r.range(2, 9)}${r.digits(7)}`,
      `mobile app build ${r.range(2, 9)}${r.digits(7)} done`,
    );
  }
  deepStrictEqual(changed(lines), []);
});
