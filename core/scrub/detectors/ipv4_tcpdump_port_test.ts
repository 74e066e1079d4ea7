/**
 * tcpdump (and pf's log, which it prints) writes a flow's endpoints with the port after a dot:
 * `10.1.2.3.51234 > 10.4.5.6.443: Flags [S]`. Both addresses are masked, their ports kept
 * (values generated); a dotted run of five numbers elsewhere (an OID, a version, a host's name)
 * stays as before.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

function address(r: Rand): string {
  return r.pick([
    () =>
      `${r.pick([23, 46, 81, 146, 185, 212])}.${r.range(0, 255)}.${r.range(0, 255)}.${
        r.range(1, 254)
      }`,
    () => `10.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(2, 254)}`,
    () => `192.168.${r.range(0, 255)}.${r.range(2, 254)}`,
  ])();
}

Deno.test("a tcpdump flow's addresses with their dotted ports are masked", () => {
  const r = new Rand(7702);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const a = address(r), b = address(r);
    const pa = r.range(1024, 65535), pb = r.pick([22, 53, 443, 3389, 5060]);
    const line = r.pick([
      `09:05:${r.range(10, 59)}.${r.digits(6)} IP ${a}.${pa} > ${b}.${pb}: Flags [S], seq ${
        r.digits(9)
      }, win 64240, length 0`,
      `Dec  7 09:05:48 fw pf: rule ${
        r.range(1, 99)
      }/0(match): block in on em0: ${a}.${pa} > ${b}.${pb}: Flags [S], length 0`,
      `IP ${a}.${pa} > ${b}.${pb}: UDP, length ${r.range(20, 512)}`,
    ]);
    const out = scrubber.scrub(line).text;
    if (out.includes(a) || out.includes(b) || !out.includes(`.${pa} > `)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("five dotted numbers outside a flow stay", () => {
  for (
    const line of [
      "walk 1.3.6.1.2.1.2 > out.txt: done",
      "loaded 12.4.120.44.7 modules",
      "upgrade 2.14.1.3.7 > 2.14.1.3.8: ok",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
