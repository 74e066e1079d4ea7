/**
 * A UK National Insurance number with no word naming it, unbroken and in capitals: masked when its
 * prefix and suffix letters are allowed ones; another prefix, lower case, a grouped layout or a
 * value glued to more stays. Values drawn from the dev kit's seeded generator.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { DIGITS, seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();
const random = seededRandom(83);
/** Letters HMRC allocates first and second; the pairs it never does. */
const FIRST = "ABCEGHJKLMNOPRSTWXYZ", SECOND = "ABCEGHJKLMNPRSTWXYZ";
const NEVER = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

function nino(): string {
  for (;;) {
    const prefix = random.chars(1, FIRST) + random.chars(1, SECOND);
    if (!NEVER.includes(prefix)) return prefix + random.chars(6, DIGITS) + random.chars(1, "ABCD");
  }
}

const leaks = (lines: [string, string][]) =>
  lines.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const kept = (lines: string[]) => lines.filter((line) => scrubber.scrub(line).text !== line);

Deno.test("an unbroken capital NINO is masked with no word naming it", () => {
  const lines: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const value = nino();
    lines.push([value, value], [`payroll row ${value} updated`, value], [
      `{"ref":"${value}"}`,
      value,
    ]);
  }
  deepStrictEqual(leaks(lines), []);
});

Deno.test("a NINO of another prefix, case or layout, or glued to more, stays without its name", () => {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const value = nino();
    const digits = value.slice(2, 8);
    lines.push(
      `ref ${random.pick(NEVER)}${digits}${value[8]}`,
      `ref ${random.pick([..."DFIQUV"])}${value[1]}${digits}${value[8]}`,
      `ref ${value.slice(0, 8)}${random.pick([..."EFXZ"])}`,
      `ref ${value.toLowerCase()}`,
      `ref ${value.slice(0, 2)}-${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}-${
        value[8]
      }`,
      `ref X${value}`,
      `ref ${value}7`,
    );
  }
  deepStrictEqual(kept(lines), []);
});
