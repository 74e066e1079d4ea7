/**
 * Asterisk's call detail records (`Master.csv`: accountcode, src, dst, dcontext, clid, channel,
 * dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition, amaflags,
 * uniqueid, userfield), written here from seeded numbers: the caller, the dialled number and the
 * caller id's number are masked; an extension, the record's times and its uniqueid stay, and so
 * does a quoted number on a line with no AMA flags column.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xcd8);
const scrubber = createScrubber();
const digits = (n: number) => Array.from({ length: n }, () => random.int(10)).join("");
const number = () => random.pick(["+49", "+34", "", "1", "44"]) + (2 + random.int(8)) + digits(9);
const DISPOSITIONS = ["ANSWERED", "NO ANSWER", "BUSY", "FAILED"];

/** One Master.csv row with `src` and `dst`, and the seconds it started at. */
function record(src: string, dst: string): string {
  const start = 1735725600 + random.int(3e7);
  const time = (s: number) => new Date(s * 1000).toISOString().slice(0, 19).replace("T", " ");
  const duration = random.int(600);
  return [
    '""',
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
    for (const line of [record(ext(), ext()), `{"order":"${digits(11)}","state":"ANSWERED"}`]) {
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});
