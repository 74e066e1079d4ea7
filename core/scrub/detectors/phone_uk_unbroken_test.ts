/**
 * UK mobile (07 and a range Ofcom gives mobiles: 071–075, 077–079) and London (020 3/7/8) numbers
 * written unbroken, 11 digits with their trunk 0, with no word naming them; other 11-digit runs with
 * a leading 0 (pagers' 076, other area codes) and such runs inside paths or longer runs stay
 * (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("an unbroken UK mobile or London number is masked", () => {
  const r = new Rand(177);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const v = r.pick([
      () => `07${r.pick([1, 2, 3, 4, 5, 7, 8, 9])}${r.digits(8)}`,
      () => `020${r.pick([3, 7, 8])}${r.digits(7)}`,
    ])();
    cases.push([r.pick([`test ${v}`, `${v} called back`, `caller=${v} queued`]), v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("other 11-digit runs with a leading 0 stay", () => {
  const r = new Rand(178);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    lines.push(
      `order 076${r.digits(8)} shipped`,
      `ref 0${r.pick([3, 4, 5, 6, 8, 9])}${r.digits(9)} ok`,
      `GET /api/v1/items/07${r.pick([1, 7, 9])}${r.digits(8)} 200`,
      `ts 07${r.pick([1, 7, 9])}${r.digits(10)}`,
    );
  }
  deepStrictEqual(changed(lines), []);
});
