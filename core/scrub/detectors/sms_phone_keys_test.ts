/**
 * A phone number under a key that names an SMS (`sms=…`, `"sms": "…"`, `recipient_sms: …`) is
 * masked: the `ms` at the end of the key is the message's, not milliseconds (`latency_ms`,
 * `timeoutms` and `sms_ms` still hold times, and their numbers stay).
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;

Deno.test("a number under an SMS key is masked as a phone number", () => {
  for (const key of ["sms", "SMS", "sms_to", "recipient_sms"]) {
    for (
      const [written, number] of [
        [(n: string) => `${key}=${n}`, "9876543210"],
        [(n: string) => `{"${key}": "${n}"}`, "98765 43210"],
        [(n: string) => `${key}=${n}&lang=en`, "123+45678"],
      ] as const
    ) {
      const line = written(number);
      strictEqual(scrub(line).includes(number), false, line);
    }
  }
});

Deno.test("a number under a key that ends in a time unit still stays", () => {
  for (const key of ["sms_latency_ms", "sms_ms", "phone_timeoutms", "phone_ts"]) {
    const line = `${key}=9876543210`;
    strictEqual(scrub(line), line);
  }
});
