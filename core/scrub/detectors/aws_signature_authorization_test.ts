/**
 * An AWS Signature Version 4 `Authorization` header (`AWS4-HMAC-SHA256 Credential=…,
 * SignedHeaders=…, Signature=…`): the scheme is a name and stays, as do the signed headers and
 * the credential's scope; the signature is masked, and the access key id by its own detector.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const KEY_ID = "AKIAJQ7ZPDW3XKR4WBCD";
const SIGNATURE = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
const SCOPE = "/20240101/eu-west-1/s3/aws4_request";

Deno.test("a SigV4 header: the signature and key id masked, the scheme and signed headers kept", () => {
  for (
    const head of ["Authorization: ", '"authorization": "', "authorization=", "> Authorization:  "]
  ) {
    for (const scheme of ["AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256"]) {
      for (const sep of [", ", ","]) {
        for (const after of ["", '"', " x-amz-date=20240101T000000Z"]) {
          const text =
            `${head}${scheme} Credential=${KEY_ID}${SCOPE}${sep}SignedHeaders=host;x-amz-date${sep}Signature=${SIGNATURE}${after}`;
          const out = scrubber.scrub(text).text;
          ok(!out.includes(SIGNATURE), `${text} -> ${out}`);
          ok(!out.includes(KEY_ID), `${text} -> ${out}`);
          ok(out.startsWith(`${head}${scheme} Credential=`), `${text} -> ${out}`);
          ok(out.includes(`${sep}SignedHeaders=host;x-amz-date${sep}Signature=`), out);
          ok(out.endsWith(after), out);
        }
      }
    }
  }
  // The signature first: its value masked all the same.
  const first =
    `Authorization: AWS4-HMAC-SHA256 Signature=${SIGNATURE}, Credential=${KEY_ID}${SCOPE}`;
  const out = scrubber.scrub(first).text;
  ok(!out.includes(SIGNATURE) && !out.includes(KEY_ID), out);
  ok(out.startsWith("Authorization: AWS4-HMAC-SHA256 Signature="), out);
});

Deno.test("a SigV4 header whose parameters run past what is read is masked from the scheme on", () => {
  const headers = "x-amz-meta-a;".repeat(170);
  const text =
    `Authorization: AWS4-HMAC-SHA256 Credential=${KEY_ID}${SCOPE}, SignedHeaders=${headers}, Signature=${SIGNATURE}`;
  const out = scrubber.scrub(text).text;
  ok(!out.includes(SIGNATURE), out);
  ok(out.startsWith("Authorization: AWS4-HMAC-SHA256 [REDACTED:"), out);
  // Shorter, the signature alone is masked.
  const short = text.replace(headers, "x-amz-meta-a;".repeat(100));
  const kept = scrubber.scrub(short).text;
  ok(!kept.includes(SIGNATURE) && kept.includes("x-amz-meta-a;".repeat(100)), kept);
});

Deno.test("a SigV4 header with no signature keeps its scheme (a name, not a credential)", () => {
  for (
    const text of [
      "Authorization: AWS4-HMAC-SHA256",
      "Authorization: AWS4-HMAC-SHA256 Credential=<key-id>/<scope>, SignedHeaders=host",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
