/**
 * A Fibre Channel WWN (`wwpn 20:00:00:25:b5:0a:00:1f`) or an EUI-64 is eight bytes in colons:
 * eight groups of two hex digits, which is IPv6's full form by syntax alone, though no IPv6
 * printer writes a group with a leading zero short of four digits. Those stay (values
 * generated); IPv6 addresses in full form, padded or not, are still masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("eight two-digit hex groups (a WWN, an EUI-64) stay", () => {
  const r = new Rand(2025);
  const damaged: string[] = [];
  for (let i = 0; i < 40; i++) {
    const bytes = [
      r.pick(["20", "21", "50", "10"]),
      "00",
      ...Array.from({ length: 6 }, () => r.chars(2, HEX)),
    ].join(":");
    const line = r.pick([
      `zone member wwpn ${bytes} fcid 0x${r.chars(6, HEX)} vsan ${r.range(1, 40)}`,
      `fcns database: pwwn ${bytes} type 0x${r.chars(2, HEX)} (scsi-fcp:init)`,
      `lpfc 0000:3b:00.0: port ${bytes} logged in`,
    ]);
    if (scrubber.scrub(line).text !== line) damaged.push(line);
  }
  deepStrictEqual(damaged, []);
});

Deno.test("IPv6 addresses in full form are still masked", () => {
  const r = new Rand(2026);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const groups = [
      r.pick(["2001", "2a02", "2604"]),
      ...Array.from({ length: 7 }, () => r.chars(4, HEX)),
    ];
    const address = r.pick([
      () => groups.join(":"),
      () => groups.map((g) => g.replace(/^0+(?=.)/, "")).join(":"),
    ])();
    const line = `src=${address} dst_port=443`;
    if (scrubber.scrub(line).text.includes(address)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});
