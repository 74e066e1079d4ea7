/**
 * A switch's MAC address table (`show mac address-table`): each row a VLAN, a MAC in Cisco's
 * dotted form, its type (`DYNAMIC`, `STATIC`) and a port, with no word naming a MAC on the row.
 * A dotted form with a hex letter on such a row is masked (values generated); digits alone and
 * 12 bare hex digits on a line that only says `dynamic` or `static` stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** Four hex digits with at least one letter among the twelve (see `dotted`). */
const quad = (r: Rand) => r.chars(4, "0123456789abcdef");
function dotted(r: Rand): string {
  for (;;) {
    const mac = `${quad(r)}.${quad(r)}.${quad(r)}`;
    if (/[a-f]/.test(mac)) return mac;
  }
}

Deno.test("a dotted MAC on a MAC address table row is masked", () => {
  const r = new Rand(51);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const mac = dotted(r);
    const type = r.pick(["DYNAMIC", "STATIC", "dynamic"]);
    cases.push([
      ` ${r.range(1, 999)}    ${mac}    ${type}     Gi${r.range(0, 2)}/${r.range(1, 48)}`,
      mac,
    ]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("digits alone or bare hex on a dynamic or static line stay", () => {
  const r = new Rand(52);
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(
      `dynamic config 20${r.range(10, 29)}.0${r.range(1, 9)}1${r.range(0, 9)}.${
        r.digits(4)
      } loaded`,
      `static chunk ${r.chars(12, "0123456789abcdef")} served`,
    );
  }
  deepStrictEqual(changed(lines), []);
});
