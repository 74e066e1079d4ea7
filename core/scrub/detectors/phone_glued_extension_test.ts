/**
 * A North American or international number with its extension glued to it (`x17`, `EXT9`,
 * `ext.204`): the number is masked, the extension (no person's) may stay. A number whose `x` run
 * is longer than an extension, and a resolution (`1920x1080`), stay as they are (values
 * generated). After a phone word the same holds for a number in any layout, glued to the word's
 * colon too (`Phone:012-784-1219x89`).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a phone number with its extension glued to it is masked", () => {
  const r = new Rand(171);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const area = `${r.range(2, 9)}${r.digits(2)}`;
    const local = `${r.range(2, 9)}${r.digits(2)}-${r.digits(4)}`;
    const v = r.pick([`(${area})${local}`, `(${area}) ${local}`, `${area}-${local}`]);
    const ext = r.pick(["x", "X", "EXT", "ext", "ext.", "x "]) + r.digits(r.range(1, 5));
    cases.push([`callback ${v}${ext} requested`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a longer run after x, or a resolution, is no extension", () => {
  const r = new Rand(172);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const v = `${r.range(2, 9)}${r.digits(2)}-${r.range(2, 9)}${r.digits(2)}-${r.digits(4)}`;
    lines.push(
      `id ${v}x${r.range(1, 9)}${r.digits(5)}`,
      `video ${r.range(640, 3840)}x${r.range(480, 2160)}`,
    );
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("after a phone word, glued to its colon too, a number with its extension glued to it is masked", () => {
  const r = new Rand(173);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    // Any digit in every place, as data generators write numbers.
    const d = (n: number) => r.digits(n);
    const v = r.pick([
      `${d(3)}-${d(3)}-${d(4)}`,
      `(${d(3)})${d(3)}-${d(4)}`,
      `${d(3)}.${d(3)}.${d(4)}`,
    ]);
    const ext = r.pick(["x", "X", "ext", "ext."]) + r.digits(r.range(1, 5));
    cases.push([
      r.pick([
        `contact: &{Name:Ana Phone:${v}${ext} Primary:true}`,
        `TEL;TYPE=cell:${v}${ext}`,
        `whatsapp.send ok recipient:${v}${ext} msgid=wamid.HBgL`,
        `{"phone":"${v}${ext}"}`,
      ]),
      v,
    ]);
  }
  deepStrictEqual(leaksOf(cases), []);
});
