/**
 * A path naming the file a secret is kept in (`/run/secrets/db_password`, Docker's and Kubernetes'
 * mounts; `file:///etc/app/session_key`; Postfix's map `hash:/etc/postfix/sasl_passwd`; a Windows
 * path from its drive, `C:\ProgramData\app\key.bin`) is where the secret is, not the secret: a
 * placeholder in every form that assigns one (an npm token, a workflow's `::add-mask::`, an SQL
 * insert, an export, a config key). Found by the red teams' benign twins. A secret in the same
 * places is still masked, one that starts with `/` too (base64 does one time in 64). The secrets
 * are generated here from a seeded generator.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";
import { generatorFor, seededRandom } from "./corpus/token_generator.ts";

const scrubber = createScrubber();
const LINES = [
  (v: string) => `//registry.npmjs.org/:_authToken=${v}`,
  (v: string) => `::add-mask::${v}`,
  (v: string) =>
    `INSERT INTO integrations (name, api_key, created_at) VALUES ('stripe', '${v}', now());`,
  (v: string) => `+ export SESSION_KEY='${v}'`,
  (v: string) => `smtp_sasl_password_maps = ${v}`,
  (v: string) => `{"secretId":"x","secretKey":"${v}","region":"ap-guangzhou"}`,
];
const PATHS = [
  "/run/secrets/db_password",
  "/var/run/secrets/kubernetes.io/serviceaccount/token",
  "file:///etc/app/session_key",
  "hash:/etc/postfix/sasl_passwd",
];

Deno.test("a path under /run, /var or /etc names where a secret is kept", () => {
  for (const path of PATHS) strictEqual(isPlaceholder(path), true, path);
  for (const value of ["/K7MDENG/bPxRfiCY+Xw", "/runner9Q/xk2", "/Etc4/Zz9", "etc/app/key"]) {
    strictEqual(isPlaceholder(value), false, value);
  }
});

Deno.test("the lines that name a secret's file are kept; with a secret there it is masked", () => {
  const random = seededRandom(2612);
  // A secret of base64 that starts with `/` (padded: password-assignment reads an unpadded one
  // under a password's name as a path), and one of letters and digits.
  const secrets = [
    generatorFor("/[A-Za-z0-9+]{30}[A-Z][0-9]/[A-Za-z0-9+]{6}=="),
    generatorFor("[A-Za-z0-9]{22}[0-9][a-z]"),
  ];
  for (const line of LINES) {
    for (const path of PATHS) strictEqual(scrubber.scrub(line(path)).text, line(path));
    for (const secret of secrets) {
      const value = secret(random).text;
      strictEqual(scrubber.scrub(line(value)).text.includes(value), false, line(value));
    }
  }
});

/** Windows paths from a drive, as configs and JSON (its `\` escaped) write a key's or password's file. */
const WINDOWS_PATHS = [
  String.raw`C:\ProgramData\app\key.bin`,
  String.raw`D:\\certs\\tls.pfx`,
  String.raw`C:\Program Files\App\secrets\token.txt`,
];

Deno.test("a Windows path from its drive names where a secret is kept; a token with ':' is no path", () => {
  for (const path of WINDOWS_PATHS) strictEqual(isPlaceholder(path), true, path);
  for (
    const value of [String.raw`Xk9:\pQ2vLm7`, String.raw`C:/K7MDENG`, "C:K7MDENGbPxRf", "C:\\"]
  ) {
    strictEqual(isPlaceholder(value), false, value);
  }
  const random = seededRandom(2613);
  const secret = generatorFor("[A-Za-z0-9]{22}[0-9][a-z]");
  const lines = [
    (v: string) => `{"password":"${v.replace(/\\+/g, "\\\\")}","user":"svc"}`,
    (v: string) => `ssl_key_password = ${v}`,
    (v: string) => `private_key: "${v}"`,
  ];
  for (const line of lines) {
    for (const path of WINDOWS_PATHS) strictEqual(scrubber.scrub(line(path)).text, line(path));
    const value = secret(random).text;
    strictEqual(scrubber.scrub(line(value)).text.includes(value), false, line(value));
  }
});
