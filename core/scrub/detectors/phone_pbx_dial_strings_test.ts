/**
 * A telephone number in a PBX's dial string (values generated): the extension Asterisk's pbx.c
 * runs (`Executing [0412345678@from-trunk:1]`) and a channel's number (`PJSIP/+1…@trunk`,
 * `SIP/…@`, `IAX2/…@`, `Local/…@from-internal`) are masked like a SIP URI's user part; an
 * internal extension of up to six digits, the `s` extension and a channel's own name stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const HEX = "0123456789abcdef";

Deno.test("numbers in Asterisk dial strings are masked", () => {
  const r = new Rand(2411);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const n = r.pick([
      () => `0${r.range(1, 9)}${r.digits(r.range(7, 9))}`,
      () => `+${r.pick(["1", "44", "49", "33", "61"])}${r.range(2, 9)}${r.digits(9)}`,
      () => `${r.range(1, 9)}${r.digits(10)}`,
    ])();
    for (
      const line of [
        `[Mar  4 10:12:0${r.range(0, 9)}] VERBOSE[${r.digits(4)}][C-${
          r.chars(8, HEX)
        }] pbx.c: -- Executing [${n}@from-trunk:1] Dial("SIP/trunk-${r.chars(8, HEX)}", "SIP/${
          r.range(100, 299)
        },30") in new stack`,
        `    -- Called PJSIP/${n}@twilio-out`,
        `Dial("IAX2/${n}@provider,60,T")`,
        `    -- Local/${n}@from-internal-${r.chars(8, HEX)};2 is ringing`,
      ]
    ) if (scrubber.scrub(line).text.includes(n)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("extensions and channel names in dial strings stay", () => {
  const r = new Rand(2412);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    lines.push(
      `-- Executing [${r.range(100, 999999)}@from-internal:${r.range(1, 9)}] Dial("PJSIP/${
        r.range(100, 9999)
      }","30")`,
      `-- Executing [s@macro-dialout-trunk:${r.range(1, 30)}] Set("PJSIP/trunk-${
        r.chars(8, HEX)
      }", "DIAL_TRUNK=${r.range(1, 9)}")`,
      `-- Called Local/${r.range(100, 9999)}@from-internal`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
