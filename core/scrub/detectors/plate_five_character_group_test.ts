/**
 * A number plate whose last group has five characters, as Polish plates do (a district's two or
 * three letters, then five digits or letters: `WA 45819`, `KR 1234A`), is masked after a name
 * for a vehicle's registration; the same shape after other words stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x9a7e);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const letter = () => "ABCDEFGHJKLMNPRSTUVWXYZ"[int(0, 22)];
const plate = () =>
  `${letter()}${letter()}${random() < 0.3 ? letter() : ""} ${
    random() < 0.5 ? String(int(10000, 99999)) : `${int(1000, 9999)}${letter()}`
  }`;

Deno.test("a plate with a five-character group after a registration's name is masked", () => {
  const cases = Array.from({ length: 12 }, (_, i) => {
    const p = plate();
    return [
      [
        `{"vin_checked":true,"plate":"${p}"}`,
        `kennzeichen="${p}" lane=${int(1, 6)}`,
        `<vehicle_registration>${p}</vehicle_registration>`,
      ][i % 3],
      p,
    ];
  });
  deepStrictEqual(cases.filter(([line, p]) => scrubber.scrub(line).text.includes(p)), []);
});

Deno.test("the same shape after other words stays", () => {
  const lines = Array.from(
    { length: 12 },
    () => `order ${plate()} shipped to warehouse ${letter()}${letter()}`,
  );
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
