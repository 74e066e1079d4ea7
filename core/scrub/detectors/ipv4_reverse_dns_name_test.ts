/**
 * A PTR query names an address by its reverse-DNS name, its octets reversed before
 * `.in-addr.arpa` (`4.3.2.1.in-addr.arpa` is 1.2.3.4): BIND's, Unbound's and Zeek's dns.log lines
 * print it. Those octets are the address, masked (values generated); a host name whose leading
 * labels look like an address, and a zone of fewer than four octets, stay as before.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("the octets of an address's in-addr.arpa name are masked", () => {
  const r = new Rand(8108);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    // Reversed, a private address reads like a version (`1.0.0.10`): masked all the same.
    const reversed = r.pick([
      () => `${r.range(1, 254)}.${r.range(0, 255)}.${r.range(0, 255)}.${r.pick([46, 81, 185])}`,
      () => `${r.range(1, 30)}.${r.range(0, 30)}.${r.range(0, 30)}.10`,
    ])();
    const client = `10.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(2, 254)}`;
    const name = `${reversed}.in-addr.arpa`;
    const line = r.pick([
      `unbound: [${r.range(100, 999)}:0] info: ${client} ${name}. PTR IN`,
      `${r.range(1730000000, 1790000000)}.${r.digits(6)}\tC${r.digits(9)}\t${client}\t${
        r.range(1024, 65535)
      }\t${client}\t53\tudp\t${r.range(1, 65535)}\t-\t${name}\t1\tC_INTERNET\t12\tPTR`,
      `named[${r.range(100, 999)}]: client ${client}#${
        r.range(1024, 65535)
      }: query: ${name} IN PTR +`,
    ]);
    const out = scrubber.scrub(line).text;
    if (out.includes(reversed) || !out.includes(".in-addr.arpa")) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("host names and partial reverse zones stay", () => {
  for (
    const line of [
      "resolved 5.36.59.76.dynamic-dsl-ip.example.net in 3 ms",
      "zone 2.1.10.in-addr.arpa/IN: loaded serial 2026120701",
      "upgrade 1.2.3.4.inaddr package",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
