/**
 * Network identifiers the third red-team corpus (../corpus/pii_redteam3.jsonl) found leaking: a
 * MAC address written as 12 bare hex digits in an XML element that names it (`<mac>`,
 * `<device_mac>`), or on a DHCP server's line. The same digits in an element that names something
 * else stay, and so do runs of digits only, or letters only, on a DHCP line.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { macBytes, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a compact MAC address in an XML element that names it is masked", () => {
  const r = new Rand(41);
  const cases: [string, string][] = [];
  for (let i = 0; i < 20; i++) {
    const v = macBytes(r).join("");
    for (const element of ["mac", "device_mac", "hwaddr", "macAddress", "bssid"]) {
      cases.push([`<Device id="4"><${element}>${v}</${element}></Device>`, v]);
    }
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("12 hex digits in an XML element that names no MAC stay", () => {
  const r = new Rand(42);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const v = macBytes(r).join("");
    for (const element of ["commit", "machine_id", "span", "etag"]) {
      lines.push(`<Build><${element}>${v}</${element}></Build>`);
    }
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("a compact MAC address on a DHCP server's line is masked; all-digit runs there stay", () => {
  const r = new Rand(43);
  const cases: [string, string][] = [];
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    let v = macBytes(r).join("");
    if (!/[a-f]/.test(v) || !/\d/.test(v)) v = "00505684fe0d";
    cases.push(
      [`ERROR [billing-worker-4] DHCPACK to ${v}; will retry in 59s`, v],
      [`11,03/14/25,09:12:01,Renew,10.0.4.${i + 2},host${i}.corp.local,${v},,DHCP renew`, v],
    );
    lines.push(`DHCPACK lease ${r.digits(12)} s`, `DHCP pool ${"abcdef".repeat(2)}`);
  }
  deepStrictEqual(leaksOf(cases), []);
  deepStrictEqual(changed(lines), []);
});
