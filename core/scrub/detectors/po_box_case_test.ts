/**
 * A post office box written in lower or mixed case (`p.o. box 56`, `po box 7`, `Po Box 812`) is an
 * address as `PO Box 56` is; a box number after a word that only ends in `po` stays (values
 * generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a post office box in lower or mixed case is masked", () => {
  const r = new Rand(180);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = `${r.pick(["p.o. box", "po box", "Po Box", "p.o.box", "P.o. box"])} ${
      r.range(1, 999999)
    }`;
    cases.push([`mail it to ${v} please`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a post office box in lower case near the end of a long line is masked", () => {
  const r = new Rand(184);
  const cases: [string, string][] = [];
  for (let i = 0; i < 10; i++) {
    const v = `${r.pick(["p.o. box", "po box"])} ${r.range(1, 99999)}`;
    cases.push([`${"field ".repeat(r.range(200, 400))}mail it to ${v} please`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a box number after a word ending in po stays", () => {
  const r = new Rand(181);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    lines.push(`repo box ${r.range(1, 999)} synced`, `tempo box ${r.range(1, 99)} set`);
  }
  deepStrictEqual(changed(lines), []);
});
