/**
 * A MAC's 12 bare hex digits glued to the colon of a key naming a MAC (`mac:3C52826A1B9F`, Go's
 * `&{DeviceMac:…}`, `hwaddr:`) and after DHCP's `chaddr` (the client hardware address field) are
 * masked, as after `=` (values generated); glued to the colon of another word, or after hex
 * groups, they stay, on a DHCP line too.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const HEX = "0123456789abcdef";

/** Twelve hex digits with a letter and a digit among them. */
function compactMac(r: Rand): string {
  for (;;) {
    const v = r.chars(12, HEX);
    if (/[a-f]/.test(v) && /\d/.test(v)) return r.int(2) === 0 ? v : v.toUpperCase();
  }
}

Deno.test("a compact MAC glued to a MAC key's colon, or after chaddr, is masked", () => {
  const r = new Rand(5107);
  const leaks: string[] = [];
  for (let i = 0; i < 30; i++) {
    const mac = compactMac(r);
    for (
      const line of [
        `&{ID:${r.digits(5)} DeviceMac:${mac} Active:true}`,
        `sta{Name:wlan0 mac:${mac} rssi:-${r.range(30, 90)}}`,
        `hwaddr:${mac}`,
        `BOOTREQUEST chaddr=${mac} xid=0x${r.chars(8, HEX)}`,
        `GET /api/v2/verify?chaddr=${mac}&locale=en_US HTTP/1.1 404 ${r.digits(4)}`,
      ]
    ) if (scrubber.scrub(line).text.includes(mac)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("12 hex digits glued to another word's colon stay", () => {
  const r = new Rand(5108);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const v = compactMac(r).toLowerCase();
    lines.push(
      `dhcp relay id:${v} hop ${r.range(1, 4)}`,
      `commit:${v} built`,
      `DHCPACK seen trace:${v}`,
      `arp cache fe80:ab:${v} flushed`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
