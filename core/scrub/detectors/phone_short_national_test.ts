/**
 * National numbers without a trunk prefix, as small numbering plans write them, after a word
 * naming a phone (values generated across layouts):
 *
 * - `my number is` before a number of eight digits or more (`my number is 6183 4407`).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** Digits starting with 2–9 (a subscriber number's first digit). */
const sub = (r: Rand, n: number) => `${r.range(2, 9)}${r.digits(n - 1)}`;

Deno.test("a number after `my number is` is masked, in eight to ten digits", () => {
  const r = new Rand(31);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = r.pick([
      () => `${sub(r, 4)} ${r.digits(4)}`,
      () => `${sub(r, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `${sub(r, 3)} ${r.digits(3)} ${r.digits(3)}`,
    ])();
    cases.push(
      [`Ticket #${r.digits(5)} from customer: my number is ${v}, the app logs me out`, v],
      [`My number: ${v} (please call after 6)`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("`my number` before no number it names stays", () => {
  const r = new Rand(33);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    lines.push(`my number of retries was ${r.range(1, 9)}, job ${sub(r, 9)} done`);
  }
  deepStrictEqual(changed(lines), []);
});
