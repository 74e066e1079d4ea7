/**
 * A SASL client's base64 response on a protocol's own line: IMAP's `AUTHENTICATE XOAUTH2 <b64>`
 * and SMTP's `AUTH XOAUTH2 <b64>` (a bearer token inside), and IRC's `AUTHENTICATE <b64>` after
 * its `AUTHENTICATE PLAIN` (the user and the password, NUL-separated) are masked; the mechanism's
 * own line, IRC's `AUTHENTICATE +` and prose that says "authenticate" before a word stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("a SASL response in base64 after AUTHENTICATE or AUTH XOAUTH2 is masked", () => {
  const rnd = seededRandom(0x5a51);
  for (let i = 0; i < 8; i++) {
    const password = secretFrom(rnd);
    const plain = btoa(`ops\0ops\0${password}`);
    const bearer = btoa(`user=ops@example.com\x01auth=Bearer ya29.${password}\x01\x01`);
    for (
      const [line, b64] of [
        [`AUTHENTICATE ${plain}`, plain],
        [`>> AUTHENTICATE ${plain}`, plain],
        [`C: a001 AUTHENTICATE XOAUTH2 ${bearer}`, bearer],
        [`smtp: >>> AUTH XOAUTH2 ${bearer}`, bearer],
        [`auth xoauth2 ${bearer}`, bearer],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(b64) && !out.includes(password), out);
      ok(out.includes("AUTH") || out.includes("auth"), out);
    }
  }
});

Deno.test("a SASL mechanism's line, IRC's continuation and prose saying authenticate stay", () => {
  for (
    const line of [
      "AUTHENTICATE PLAIN",
      "C: a001 AUTHENTICATE XOAUTH2",
      "AUTHENTICATE +",
      "AUTHENTICATE OAUTHBEARER",
      "failed to authenticate applicationUser from console",
      "could not AUTHENTICATE serviceAccount",
    ]
  ) strictEqual(scrub(line), line);
});
