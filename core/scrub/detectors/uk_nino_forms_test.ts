/**
 * UK National Insurance numbers (two allowed prefix letters, six digits, suffix A–D) on a line
 * that names them `NI` as a word (`NI:`, `checking the NI …`), with dashes between the pairs or the
 * digits in two threes; the same value after a word that only holds `ni` (`mini`, `nil`) stays,
 * but unbroken in capitals (values generated from HMRC's allocation rules).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

function nino(r: Rand): string {
  for (;;) {
    const p = r.pick([..."ABCEGHJKLMNOPRSTWXYZ"]) + r.pick([..."ABCEGHJKLMNPRSTWXYZ"]);
    if (!["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(p)) return p;
  }
}

function written(r: Rand): string {
  const p = nino(r), d = r.digits(6), s = r.pick([..."ABCD"]);
  return r.pick([
    `${p}${d}${s}`,
    `${p}-${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}-${s}`,
    `${p} ${d.slice(0, 3)} ${d.slice(3)} ${s}`,
    `${p} ${d} ${s}`,
    `${p}${d}${s}`.toLowerCase(),
  ]);
}

Deno.test("NI as a word names the National Insurance number after it", () => {
  const r = new Rand(173);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const v = written(r);
    const lead = r.pick(["NI: ", "NI ", "checking the NI ", "ni=", "claimant NI - "]);
    cases.push([`case ${r.digits(5)} ${lead}${v}`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("ni inside a longer word names nothing", () => {
  const r = new Rand(174);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const v = written(r);
    // Unbroken in capitals, a number needs no name (uk_nino_alone_test.ts).
    if (/^[A-Z]{2}\d{6}[A-D]$/.test(v)) continue;
    lines.push(`mini ${v} build`, `value nil ${v}`, `alumni ${v}`);
  }
  deepStrictEqual(changed(lines), []);
});
