/**
 * A MAC address glued to a key's colon (`HwAddr:f9:2a:…`, Go's `map[HwAddr:F9-2A-…]`, a
 * struct printed with %+v): masked, as after `=` or a blank; glued to other text (a longer
 * run of hex groups, a word of hex letters, a dash) it stays what it was (values generated).
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

/** Six hex pairs joined by `sep`, not all zero nor all f. */
function macOf(r: Rand, sep: string): string {
  return Array.from({ length: 6 }, () => r.chars(2, "0123456789abcdef")).join(sep);
}

Deno.test("a MAC glued to a key's colon is masked", () => {
  const r = new Rand(83);
  for (let i = 0; i < 30; i++) {
    const mac = i % 2 === 0 ? macOf(r, ":") : macOf(r, "-").toUpperCase();
    for (
      const line of [
        `level=debug cfg=map[host:db01 HwAddr:${mac} port:5432]`,
        `iface{Name:eth0 HardwareAddr:${mac}}`,
        `hwaddr:${mac}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(mac), out);
    }
  }
});

Deno.test("a run of hex groups glued to a hex word or a dash stays", () => {
  for (
    const line of [
      "fe80:ab:cd:ef:12:34:56 x",
      "id=ab:cd:ef:12:34:56:78",
      "x-12:34:56:78:9a:bc",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
