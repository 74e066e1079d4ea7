/**
 * A video mode's timings (X.Org's and `cvt`'s `Modeline "2560x1440"x165.0  645.00  2560 2568 2600
 * 2640  1440 …`) are four widths of four digits: read as a grouped card number they pass the
 * issuer's range and, one time in ten, Luhn. The same digits elsewhere are still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { luhnValid } from "../checksums/luhn.ts";

const scrubber = createScrubber();
const random = seededRandom(20261215);
const int = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));

/**
 * Horizontal timings from a width in a card issuer's range (2560 to 2700: Mastercard's 2-series;
 * 4000 to 4900: Visa's) that pass Luhn as 16 digits.
 */
function timings(): string[] {
  const found: string[] = [];
  while (found.length < 20) {
    const width = random() < 0.5 ? int(2560, 2700) : int(4000, 4900);
    const h = [width, width + int(8, 48), width + int(49, 120), width + int(121, 400)];
    if (h.every((n) => n < 10000) && luhnValid(h.join(""))) found.push(h.join(" "));
  }
  return found;
}

Deno.test("a mode line's timings stay", () => {
  const lines = timings().map((h) => {
    const width = h.slice(0, 4), clock = (random() * 900 + 100).toFixed(2);
    return `[  85.209] (II) modeset(0): Modeline "${width}x1440"x165.0  ${clock}  ${h}  1440 1446 1454 1481 +hsync -vsync (244.3 kHz eP)`;
  });
  lines.push(
    `Modeline "3840x2160_60.00"  712.75  ${timings()[0]}  2160 2163 2168 2237 -hsync +vsync`,
  );
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("the same digits outside a mode line are still masked as a card", () => {
  for (const h of timings()) {
    const line = `card: ${h}`;
    ok(!scrubber.scrub(line).text.includes(h), line);
  }
});
