/**
 * MAC addresses whose groups lost their leading zero (`0:1c:42:0:0:8`), as BSD's and macOS's
 * `arp -a` and some dashboards print them (values generated): masked when colons join six groups
 * of one or two hex digits with a hex letter and a full pair among them; six small numbers or
 * single letters in colons (`1:2:3:4:5:6`, `a:b:c:d:e:f`) stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** Six hex pairs, some written without their leading zero, with a letter and a full pair. */
function unpadded(r: Rand): string {
  for (;;) {
    const groups = Array.from({ length: 6 }, () => r.chars(2, "0123456789abcdef"))
      .map((g) => r.int(3) === 0 ? g.replace(/^0/, "") : g);
    const mac = groups.join(":");
    if (mac.length < 17 && /[a-f]/.test(mac) && /[0-9a-f]{2}/.test(mac)) return mac;
  }
}

Deno.test("MACs with unpadded groups are masked", () => {
  const r = new Rand(71);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const mac = unpadded(r);
    cases.push(
      [`? (10.0.${r.range(0, 254)}.${r.range(1, 254)}) at ${mac} on en0 ifscope [ethernet]`, mac],
      [`MAC地址: ${mac}`, mac],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("six small numbers or single letters in colons stay", () => {
  const r = new Rand(72);
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const nums = Array.from({ length: 6 }, () => String(r.range(1, 9))).join(":");
    const letters = Array.from({ length: 6 }, () => r.pick([..."abcdef"])).join(":");
    lines.push(`ratio ${nums} ok`, `keys ${letters} pressed`);
  }
  deepStrictEqual(changed(lines), []);
});
