/**
 * A UK National Insurance number with no word naming it, in capitals, unbroken or in pairs as its
 * card prints it: masked when its prefix and suffix letters are allowed ones; another prefix, lower
 * case, a dashed or threes layout or a value glued to more stays. Values drawn from the dev kit's seeded generator.
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

Deno.test("a capital NINO, unbroken or in pairs, is masked with no word naming it", () => {
  const lines: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const value = nino();
    const d = value.slice(2, 8);
    const card = `${value.slice(0, 2)} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${value[8]}`;
    lines.push([value, value], [`payroll row ${value} updated`, value], [
      `{"ref":"${value}"}`,
      value,
    ]);
    lines.push([card, card], [`card reads ${card}.`, card]);
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
      `ref ${random.pick(NEVER)} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${
        value[8]
      }`,
      `ref ${value.slice(0, 2)} ${digits.slice(0, 3)} ${digits.slice(3)} ${value[8]}`,
    );
  }
  deepStrictEqual(kept(lines), []);
});
