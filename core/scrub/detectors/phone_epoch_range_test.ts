/**
 * A time range's bounds under `from=` and `to=` are epochs, not telephone numbers, though the line
 * mentions a call (`api call GET /query_range?from=1765090000&to=1765093600`, a callback, a
 * syscall): 10 or 13 digits from 15, 16 or 17 (2017 to 2026 in seconds or milliseconds), which no
 * number with its country code and no North American number has. A number under `to=` on a line
 * about an SMS or a call is still masked. Values generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xe90c);
const scrubber = createScrubber();
const digits = (n: number) =>
  Array.from({ length: n }, () => "0123456789"[Math.floor(random() * 10)]).join("");

Deno.test("epochs bounding a time range stay on a line with a call; a party's number is masked", () => {
  const wrong: string[] = [];
  for (let k = 0; k < 40; k++) {
    const seconds = 1500000000 + Math.floor(random() * 290000000);
    const ms = k % 2 === 1;
    const from = ms ? `${seconds}${digits(3)}` : String(seconds);
    const to = ms ? `${seconds + 3600}${digits(3)}` : String(seconds + 3600);
    const phone = `${"23456789"[Math.floor(random() * 8)]}${digits(2)}555${digits(4)}`;
    for (
      const [line, kept] of [
        [`INFO api call GET /api/v1/query_range?from=${from}&to=${to}&step=60 200`, [from, to]],
        [`callback fired: from=${from} to=${to} (panel 4)`, [from, to]],
      ] as [string, string[]][]
    ) {
      const out = scrubber.scrub(line).text;
      if (kept.some((v) => !out.includes(v))) wrong.push(`${line} -> ${out}`);
    }
    const sms = `sms queued to=1${phone} at=${from}`;
    if (scrubber.scrub(sms).text.includes(phone)) wrong.push(`${sms} leaks`);
    const call = `call from=${phone} to=1${phone.slice(0, 3)}5550100`;
    if (scrubber.scrub(call).text.includes(phone)) wrong.push(`${call} leaks`);
  }
  deepStrictEqual(wrong, []);
});
