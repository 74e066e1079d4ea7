/**
 * Benign text around secrets: a private-key marker quoted in a sentence starts no block (the
 * sentence stays), while a marker that really starts a key still masks it; a URL with a password
 * keeps its host when the password makes the userinfo look like an e-mail address.
 */
import { ok, strictEqual } from "@node/assert";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";

const scrub = (text: string) => scrubberFor(defaultPolicy()).scrub(text).text;
const BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj";

Deno.test("a begin marker quoted in prose leaves the line and the next ones alone", () => {
  for (
    const line of [
      "The key starts with -----BEGIN RSA PRIVATE KEY----- and must be kept safe, see docs",
      'error: expected "-----BEGIN PRIVATE KEY-----" header but got garbage in /etc/app/key.pem',
      "hint: -----BEGIN OPENSSH PRIVATE KEY----- means the file is in the new format, not PEM",
    ]
  ) {
    const text = `${line}\n2026-03-02T11:04:19Z INFO next request served in 12ms`;
    strictEqual(scrub(text), text);
  }
});

Deno.test("a begin marker that starts a key still opens its block", () => {
  const cases = [
    ["-----BEGIN RSA PRIVATE KEY-----", BODY],
    ["-----BEGIN RSA PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED", BODY],
    ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "Version: GnuPG v2", "", BODY],
    ['{"msg":"-----BEGIN PRIVATE KEY-----","level":"info"}', `{"msg":"${BODY}","level":"info"}`],
    ["INFO key loaded: -----BEGIN EC PRIVATE KEY----- " + BODY, BODY],
    // Words after the marker, but key body too: the block stays (fail closed).
    [`key=-----BEGIN RSA PRIVATE KEY----- ${BODY} rest cut by the logger`, BODY],
  ];
  for (const lines of cases) {
    const out = scrub(lines.join("\n"));
    ok(!out.includes(BODY), out);
    ok(out.includes("[REDACTED:private-key-block]"), out);
  }
});

Deno.test("a URL password is masked and its host kept, also where it reads like an e-mail", () => {
  const urls: [string, string][] = [
    ["https://user:s3cretPass@host/path", "host/path"],
    ["ftp://anonymous:guest1234@ftp.example.org/pub", "@ftp.example.org/pub"],
    [
      "mongodb+srv://admin:M0ngoPass@cluster0.ab1cd.mongodb.net/test?retryWrites=true",
      "@cluster0.ab1cd.mongodb.net/test",
    ],
    ["git clone https://oauth2:Xw7pL2qR9vN4mZ8cT1yB@gitlab.com/acme/app.git", "@gitlab.com/acme"],
  ];
  for (const [url, kept] of urls) {
    const out = scrub(`connecting to ${url} now`);
    ok(out.includes(kept), `${kept} lost in ${out}`);
    ok(out.includes("[REDACTED:"), out);
    const password = url.slice(url.indexOf(":", url.indexOf("://") + 3) + 1, url.lastIndexOf("@"));
    ok(!out.includes(password), `${password} survives in ${out}`);
  }
});
