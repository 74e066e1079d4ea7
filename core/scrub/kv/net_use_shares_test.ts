/**
 * `net use`'s share is no password however it is written: `\\host\share` (which the decoded
 * view reads as `\host\share`, its `\\` taken for an escaped backslash) or quoted with a blank in
 * it; the password after it is still masked. Found by the sixteenth corpus's benign twins
 * (../corpus/secrets_carriers16.jsonl).
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const P = "Rw5tK8mZq2Xv";

Deno.test("a share given to net use, with or without a password after it, is kept", () => {
  for (
    const text of [
      String.raw`C:\> net use \\fs01\deploy /user:CORP\svc_deploy /persistent:no`,
      String.raw`net use Z: \\fs01\d$ /user:svc`,
      String.raw`net use Z: "\\fs01\my share" /persistent:yes`,
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("the password after a share is masked", () => {
  strictEqual(
    scrub(String.raw`net use \\fs01\deploy ${P} /user:CORP\svc_deploy`),
    String.raw`net use \\fs01\deploy [REDACTED:cli-password-flag] /user:CORP\svc_deploy`,
  );
  strictEqual(
    scrub(String.raw`net use Z: "\\fs01\my share" ${P}`),
    String.raw`net use Z: "\\fs01\my share" [REDACTED:cli-password-flag]`,
  );
});
