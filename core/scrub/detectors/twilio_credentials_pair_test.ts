/**
 * Twilio credentials written as a pair, `SID:secret` (HTTP Basic's user and password, a config
 * value): the account SID was masked as an id and the auth token after it passed.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const SID = "ACb1e0c5a9f3d2e4a6b8c0d2e4f6a8b0c2";
const SID2 = "AC0e1f2a3b4c5d6e7f0e1f2a3b4c5d6e7f";
const TOKEN = "9f3c2a1b0e8d7c6b5a4f3e2d1c0b9a8f";
const SECRET = "Zx9Qm2LwV7pK4rT8yB3nD6hJ1sF5gC0e";

Deno.test("the auth token after a Twilio account SID and a colon is masked", () => {
  for (const [id, secret] of [[SID, TOKEN], [SID2, SECRET]]) {
    for (
      const text of [
        `twilio=${id}:${secret}`,
        `{"basic_auth":"${id}:${secret}"}`,
        `twilio client ${id}:${secret} (sub-account)`,
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(secret), `${text} -> ${out}`);
    }
  }
});

Deno.test("a SID before a colon and no secret stays as the SID detector leaves it", () => {
  for (const tail of [": 42 messages sent", ":${TWILIO_AUTH_TOKEN}", ":short"]) {
    const out = scrubber.scrub(`${SID}${tail}`).text;
    deepStrictEqual(out.endsWith(tail), true, out);
  }
});
