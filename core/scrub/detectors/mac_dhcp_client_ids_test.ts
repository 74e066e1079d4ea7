/**
 * A MAC address inside what a DHCP server logs about its client, a DHCPv4 client identifier of
 * hardware type 1 (Kea's `cid=[01:<mac>]`, a dnsmasq lease's after the hardware address) and a DHCPv6 DUID made from one (DUID-LL
 * `00:03:00:01:<mac>`, DUID-LLT `00:01:00:01:<time>:<mac>`), is masked (values generated).
 * Other runs of hex pairs stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const pairs = (r: Rand, n: number) => Array.from({ length: n }, () => r.chars(2, HEX));

Deno.test("a MAC inside a DHCP client identifier or a DUID is masked", () => {
  const r = new Rand(7703);
  const leaks: string[] = [];
  for (let i = 0; i < 36; i++) {
    const mac = pairs(r, 6).join(":");
    const line = r.pick([
      () =>
        `INFO  [kea-dhcp4.leases/${
          r.range(100, 9999)
        }] DHCP4_LEASE_ALLOC [hwtype=1 ${mac}], cid=[01:${mac}], tid=0x${
          r.chars(8, HEX)
        }: lease 10.${r.range(0, 255)}.1.${r.range(2, 254)} has been allocated`,
      () =>
        `DHCP6_LEASE_ALLOC [duid=[00:03:00:01:${mac}], [no hwaddr info], tid=0x${r.chars(6, HEX)}]`,
      () => `client duid 00:01:00:01:${pairs(r, 4).join(":")}:${mac} requested a lease`,
      () =>
        `${r.range(1.7e9, 1.8e9)} ${pairs(r, 6).join(":")} 10.0.0.${r.range(2, 254)} * 01:${mac}`,
    ])();
    if (scrubber.scrub(line).text.includes(mac)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("other runs of hex pairs stay", () => {
  const r = new Rand(7704);
  for (let i = 0; i < 12; i++) {
    const line = r.pick([
      () => `cert serial ${pairs(r, 16).join(":")} notAfter=2027-03-01`,
      () => `duid=[00:02:00:00:ab:11:${pairs(r, 8).join(":")}] enterprise`,
      () => `fingerprint 01:${pairs(r, 6).join(":")} of the host key`,
    ])();
    strictEqual(scrubber.scrub(line).text, line);
  }
});
