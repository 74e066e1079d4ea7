/**
 * A PhilHealth number (12 digits, plain or 2-9-1) right after PIN or MDR (its member data record)
 * is masked as a Philippine government number; the words inside others (`ping`, `spin`) name
 * nothing, and a short PIN stays. Values drawn from the dev kit's seeded generator.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { DIGITS, seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();
const random = seededRandom(53);

const philhealth = () => {
  const digits = random.chars(12, DIGITS);
  return random.next() < 0.5
    ? digits
    : `${digits.slice(0, 2)}-${digits.slice(2, 11)}-${digits.slice(11)}`;
};

Deno.test("a PhilHealth number after PIN or MDR is masked", () => {
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const value = philhealth();
    const line = `${random.pick(["PIN: ", "MDR: ", "pin=", "member MDR ", '{"pin":"'])}${value}`;
    if (scrubber.scrub(line).text.includes(value)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("ping, spin and a short PIN name nothing", () => {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    let value = random.chars(12, DIGITS);
    // Not a number masked alone (an Aadhaar number's check, a card's).
    while (scrubber.scrub(value).text !== value) value = random.chars(12, DIGITS);
    lines.push(`ping ${value} ok`, `spin: ${value}`, `PIN ${random.chars(4, DIGITS)} reset`);
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
