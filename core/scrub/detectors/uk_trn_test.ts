/**
 * UK Temporary Reference Numbers (two digits, a letter, five digits, spaced as people write them)
 * on a line naming a TRN, a temporary reference or PAYE; the same shape on a line naming none of
 * them stays (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

function trn(r: Rand): string {
  const d = r.digits(2), l = r.pick([..."ABCDEFGHJKLMNPRSTWXYZ"]), n = r.digits(5);
  return r.pick([
    `${d}${l}${n}`,
    `${d}${l} ${n}`,
    `${d} ${l} ${n}`,
    `${d} ${l} ${n.slice(0, 3)} ${n.slice(3)}`,
  ]);
}

Deno.test("a TRN on a line naming it, a temporary reference or PAYE is masked", () => {
  const r = new Rand(182);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const v = trn(r);
    const lead = r.pick([
      "payroll starter on PAYE with temporary number ",
      "Temporary Reference Number: ",
      "TRN on the starter checklist: ",
      "trn=",
    ]);
    cases.push([`${lead}${v} (until the NINO arrives)`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("the same shape on a line naming none of them stays", () => {
  const r = new Rand(183);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) lines.push(`order ${trn(r)} shipped to depot ${r.digits(3)}`);
  deepStrictEqual(changed(lines), []);
});
