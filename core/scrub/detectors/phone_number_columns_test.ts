/**
 * Spaced digit groups that sit in a row of numbers are counters in columns, not a telephone
 * number: `vmstat`'s rows, where a wide `in` or `cs` value leaves one blank between columns
 * (`32   181 5678 4119  52`), and `/proc` files' rows of counters after a label (`IpExt: 134 1639
 * 1686 …`). A number in the same layouts alone, after a word or in a list is still masked.
 * Values generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x7a51e);
const scrubber = createScrubber();
const int = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
const digits = (n: number) =>
  Array.from({ length: n }, () => "0123456789"[Math.floor(random() * 10)]).join("");
/** China's mobile layout (`138 1234 5678`) or a NANP number in spaces (`415 867 5309`). */
const spaced = () =>
  random() < 0.5
    ? `1${int(3, 9)}${digits(1)} ${digits(4)} ${digits(4)}`
    : `${int(2, 9)}${int(0, 8)}${digits(1)} ${int(2, 9)}${digits(2)} ${digits(4)}`;

Deno.test("spaced groups in a row of counters stay", () => {
  const changed: string[] = [];
  for (let i = 0; i < 60; i++) {
    const groups = spaced();
    for (
      const line of [
        ` ${int(0, 9)}  0      0 ${int(100000, 9999999)} ${int(10000, 999999)} ${
          int(100000, 9999999)
        }    0    0    ${int(10, 99)}   ${groups}  ${int(10, 99)}  ${int(1, 20)} ${
          int(10, 90)
        }  0  0`,
        `IpExt: ${groups} ${int(100000, 99999999)} ${int(1000, 9999999)} 0 0`,
        `cpu${int(0, 63)} ${int(1000, 99999)} ${groups} ${int(100, 999999)} 0 0 ${int(10, 999)}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      if (out !== line) changed.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual(changed, []);
});

Deno.test("the same groups alone, after a word or in a list are still masked", () => {
  const kept: string[] = [];
  for (let i = 0; i < 60; i++) {
    const a = spaced(), b = spaced();
    for (
      const [line, phones] of [
        [a, [a]],
        [`call ${a} after six`, [a]],
        [`contact: ${a}, ${b}`, [a, b]],
        [`caller ${a}  2 attempts`, [a]],
      ] as const
    ) {
      const out = scrubber.scrub(line).text;
      if (phones.some((p) => out.includes(p))) kept.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual(kept, []);
});
