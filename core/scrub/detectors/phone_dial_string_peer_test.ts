/**
 * A number an Asterisk dial string sends through a named peer or trunk, before the dial's
 * timeout or at its end (`Dial(SIP/trunk/+60111381728,60)`, a CDR's last data
 * `"SIP/provider/0412345678,60,tT"`, `IAX2/voip-out/…`, DAHDI's group `DAHDI/g0/…`), is masked
 * (values generated); a channel's name and a peer that is a short extension stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("a number dialled through a named peer is masked", () => {
  const r = new Rand(6063);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const n = r.pick([
      () => `+${r.pick(["60", "81", "254", "49"])}${r.range(1, 9)}${r.digits(9)}`,
      () => `0${r.range(1, 9)}${r.digits(8)}`,
      () => `00${r.pick(["44", "33"])}${r.range(1, 9)}${r.digits(9)}`,
    ])();
    const tech = r.pick(["SIP", "IAX2", "DAHDI"]);
    const peer = r.pick(["trunk", "voip-out", "g0", "provider_2"]);
    const line = r.pick([
      `"${r.range(1, 9)}","${r.range(100, 999)}","s","from-internal","SIP/${r.range(100, 999)}-${
        r.chars(8, HEX)
      }","${tech}/trunk-${r.chars(8, HEX)}","Dial","${tech}/${peer}/${n},60","2025-03-04 10:00:11"`,
      `-- Executing [s@macro-dialout:${r.range(1, 9)}] Dial("SIP/${r.range(100, 999)}-${
        r.chars(8, HEX)
      }", "${tech}/${peer}/${n},${r.range(20, 90)},tT") in new stack`,
      `Dial(${tech}/${peer}/${n})`,
    ]);
    if (scrubber.scrub(line).text.includes(n)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("channel names and short extensions in dial strings stay", () => {
  const r = new Rand(6064);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    lines.push(
      `Dial("SIP/${r.range(100, 9999)},30")`,
      `channel=SIP/trunk/${r.range(100, 99999)},30`,
      `-- SIP/provider-${r.chars(8, HEX)} is ringing`,
      `GET /sip/v${r.range(1, 3)}/${r.digits(8)}.json 200`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
