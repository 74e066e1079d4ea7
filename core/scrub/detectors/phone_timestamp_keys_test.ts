/**
 * A key ending in `_at` holds a time (`phone_verified_at`, `sms_sent_at`, `call_started_at`: a
 * Unix epoch of ten digits, or milliseconds of thirteen), not a phone number, though a phone word
 * names it: the number stays. A phone number under a phone key beside it is still masked. Values
 * generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x5a7);
const scrubber = createScrubber();
const digits = (n: number) => random.chars(n, "0123456789");

Deno.test("an epoch under a phone word's `_at` key stays; the phone beside it is masked", () => {
  const wrong: string[] = [];
  for (let k = 0; k < 40; k++) {
    const key = random.pick([
      "phone_verified_at",
      "sms_sent_at",
      "call_started_at",
      "otp_issued_at",
    ]);
    const epoch = random.pick([`17${digits(8)}`, `17${digits(11)}`]);
    const phone = `07${digits(9)}`;
    for (
      const line of [
        `${key}=${epoch} phone=${phone}`,
        `{"${key}":${epoch},"phone":"${phone}"}`,
        `{"${key}": "${epoch}", "mobile": "${phone}"}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      if (!out.includes(epoch) || out.includes(phone)) wrong.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual(wrong, []);
});
