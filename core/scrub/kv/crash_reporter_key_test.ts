/**
 * Apple's crash reports name the device's anonymous identifier `crashReporterKey` (an `.ips`
 * report's JSON: `"crashReporterKey" : "<40 hex>"`; the text report's `CrashReporter Key:`): a
 * hash that groups one device's reports, not a key to anything (./key_names.ts NOT_SECRET_KEY).
 * Found by a benign proxy of documented log formats (iOS crash reports). A secret's name
 * around it is still one.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const random = seededRandom(20261208);
const hex = (length: number) =>
  Array.from({ length }, () => "0123456789abcdef"[Math.floor(random() * 16)]).join("");

Deno.test("a crash reporter's key names no secret; its neighbours still do", () => {
  deepStrictEqual(
    ["crashReporterKey", "crash_reporter_key", "CrashReporterKey"].map(keyKind),
    [null, null, null],
  );
  deepStrictEqual(["reporter_password", "crash_api_key", "crashSecretKey"].map(keyKind), [
    "password",
    "secret",
    "secret",
  ]);
});

Deno.test("an .ips crash report's crashReporterKey stays; a secret's hex is still masked", () => {
  for (let i = 0; i < 40; i++) {
    const key = hex(40);
    const line = `  "crashReporterKey" : "${key}",`;
    strictEqual(scrub(line), line);
    const secret = hex(40);
    const other = `  "apiKey" : "${secret}",`;
    strictEqual(scrub(other).includes(secret), false);
  }
});
