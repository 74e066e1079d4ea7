/**
 * Asterisk's call detail records (`Master.csv`: accountcode, src, dst, dcontext, clid, channel,
 * dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition, amaflags,
 * uniqueid, userfield), written here from seeded numbers: the caller, the dialled number and the
 * caller id's number are masked; an extension, an account code, the record's times and its
 * uniqueid stay, and so do a quoted number on a line with no AMA flags column and a JSON value on
 * a line where `documentation` is a label.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xcd8);
const scrubber = createScrubber();
const digits = (n: number) => Array.from({ length: n }, () => random.int(10)).join("");
const number = () => random.pick(["+49", "+34", "", "1", "44"]) + (2 + random.int(8)) + digits(9);
const DISPOSITIONS = ["ANSWERED", "NO ANSWER", "BUSY", "FAILED"];

/** One Master.csv row with `src` and `dst` (and an account code, by default none). */
function record(src: string, dst: string, account = ""): string {
  const start = 1735725600 + random.int(3e7);
  const time = (s: number) => new Date(s * 1000).toISOString().slice(0, 19).replace("T", " ");
  const duration = random.int(600);
  return [
    `"${account}"`,
    `"${src}"`,
    `"${dst}"`,
    '"from-internal"',
    `"""Caller"" <${src}>"`,
    `"PJSIP/${100 + random.int(900)}-0000${digits(4)}"`,
    '"PJSIP/trunk-00000002"',
    '"Dial"',
    '"PJSIP/trunk,30"',
    `"${time(start)}"`,
    `"${time(start + 2)}"`,
    `"${time(start + duration)}"`,
    duration,
    Math.max(0, duration - 2),
    `"${random.pick(DISPOSITIONS)}"`,
    '"DOCUMENTATION"',
    `"${start}.${random.int(99)}"`,
    '""',
  ].join(",");
}

Deno.test("a call record's caller, dialled number and caller id number are masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 30; k++) {
    const src = number(), dst = number();
    const line = record(src, dst);
    const out = scrubber.scrub(line).text;
    if (out.includes(src) || out.includes(dst)) left.push(line);
  }
  deepStrictEqual(left, []);
});

Deno.test("a call record between extensions stays, and a quoted number elsewhere is not read", () => {
  const masked: string[] = [];
  for (let k = 0; k < 30; k++) {
    const ext = () => String(100 + random.int(9900));
    for (
      const line of [
        record(ext(), ext()),
        // A numeric account code is the record's first column, not a party.
        record(ext(), ext(), digits(8)),
        `{"order":"${1 + random.int(9)}${digits(8)}","state":"ANSWERED"}`,
        // The word as a JSON value: the numbers on its line are values after a key's colon.
        `{"labels":["documentation"],"issue":"${digits(7)}","sha":"${digits(9)}"}`,
      ]
    ) {
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});
