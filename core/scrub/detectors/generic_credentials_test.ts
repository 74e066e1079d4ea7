/**
 * The assignment detectors on lines with several keys: a candidate that is rejected (a short,
 * low-entropy or excluded value, or a value that is itself the next key) must not hide a
 * secret assigned later on the same line, and a JSON value that merely names a key is not one.
 * And the narrow keywords (`auth=`, `auth"`, …) occur on every line the pattern can match.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { detectors } from "./generic_credentials.ts";
import { matchDetector } from "../match.ts";

const SECRET = "Zx9Qm2LwV7pK4rT8yB3nD6hJ1sF5gC0e";

/** The text of every span `id` finds in `line`. */
function found(id: string, line: string): string[] {
  const detector = detectors.find((d) => d.id === id);
  if (detector === undefined) throw new Error(`no detector ${id}`);
  return matchDetector(detector, line).map((s) => line.slice(s.start, s.end));
}

Deno.test("key-assignment-high-entropy: a rejected short value does not hide a later key", () => {
  deepStrictEqual(found("key-assignment-high-entropy", `cache_key=ab ibm_key=${SECRET}`), [
    SECRET,
  ]);
});

Deno.test("key-assignment-high-entropy: an empty value does not take the next key as its value", () => {
  deepStrictEqual(found("key-assignment-high-entropy", `cache_key= ibm_key=${SECRET}`), [SECRET]);
});

Deno.test("key-assignment-high-entropy: keys separated by '|' are read one by one", () => {
  deepStrictEqual(
    found("key-assignment-high-entropy", `user=bob|cache_key=ab|ibm_key=${SECRET}`),
    [SECRET],
  );
});

Deno.test("key-assignment-high-entropy: a flag with no value does not swallow the next flag", () => {
  deepStrictEqual(
    found("key-assignment-high-entropy", `deploy --cache-key --ibm-key ${SECRET}`),
    [SECRET],
  );
});

Deno.test("key-assignment-high-entropy: a JSON value 'auth' does not take the next key as its value", () => {
  const line = `{"svc":"auth", "ibm_key":"${SECRET}"}`;
  deepStrictEqual(found("key-assignment-high-entropy", line), [SECRET]);
});

Deno.test("secret-assignment: a rejected value does not hide a later key", () => {
  deepStrictEqual(found("secret-assignment", `token=ok token=${SECRET}`), [SECRET]);
  deepStrictEqual(found("secret-assignment", `{"kind":"token", "token":"${SECRET}"}`), [SECRET]);
  deepStrictEqual(found("secret-assignment", `page_token=ab|access_token=${SECRET}`), [SECRET]);
});

Deno.test("password-assignment: a value naming a key does not hide the password after it", () => {
  deepStrictEqual(found("password-assignment", '{"field":"password", "password":"hunter2!x"}'), [
    "hunter2!x",
  ]);
  deepStrictEqual(found("password-assignment", "pwd=/home/app|password=Tr0ub4dor3x"), [
    "Tr0ub4dor3x",
  ]);
});

Deno.test('quoted call arguments still count: set("API_KEY", "…")', () => {
  deepStrictEqual(found("secret-assignment", `env.set("API_KEY", "${SECRET}")`), [SECRET]);
  deepStrictEqual(found("password-assignment", 'put("password", "Tr0ub4dor3x")'), [
    "Tr0ub4dor3x",
  ]);
});

Deno.test("key-assignment-high-entropy: its keywords occur wherever an assigned auth/cred matches", () => {
  const detector = detectors.find((d) => d.id === "key-assignment-high-entropy");
  if (detector === undefined) throw new Error("no detector key-assignment-high-entropy");
  // Every ASCII character and every whitespace code unit right after the key, then continuations.
  const after: string[] = [];
  for (let u = 0; u < 0x10000; u++) {
    const c = String.fromCharCode(u);
    if (u < 0x80 || /\s/.test(c)) after.push(c);
  }
  const tails = ["", "=", ":=", "]=", '"]=', " = ", " string = ", "-> ", "\t"];
  let matched = 0;
  for (const word of ["auth", "cred", "creds", "AUTH"]) {
    for (const c of after) {
      for (const tail of tails) {
        const line = `x ${word}${c}${tail}${SECRET}`;
        if (matchDetector(detector, line).length === 0) continue;
        matched++;
        const lower = line.toLowerCase();
        ok(
          detector.prefilter!.keywords!.some((k) => lower.includes(k)),
          `no keyword in ${JSON.stringify(line)}`,
        );
      }
    }
  }
  ok(
    matched > 100,
    `only ${matched} generated lines matched: the generator no longer exercises the pattern`,
  );
});

Deno.test("odd operators and typed declarations are read: .=, :::=, :=, string =, : &str =", () => {
  for (
    const line of [
      `$apiToken .= "${SECRET}";`,
      `API_TOKEN :::= ${SECRET}`,
      `\tapiToken := "${SECRET}"`,
      `var apiToken string = "${SECRET}"`,
      `let api_token: &str = "${SECRET}";`,
      `export API_TOKEN = ${SECRET}`,
      `ENV API_TOKEN ${SECRET}`,
    ]
  ) {
    deepStrictEqual(found("secret-assignment", line), [SECRET], line);
  }
});

Deno.test("the key a value is assigned to decides, in every syntax: a page token is none", () => {
  for (
    const line of [
      `var pageToken string = "${SECRET}"`,
      `export const pageToken: string = "${SECRET}";`,
      `os.environ.setdefault("PAGE_TOKEN", "${SECRET}")`,
      `set("cache_key", "${SECRET}")`,
    ]
  ) {
    deepStrictEqual(found("secret-assignment", line), [], line);
    deepStrictEqual(found("key-assignment-high-entropy", line), [], line);
  }
});

Deno.test("Bundler's per-host credentials are secrets; its other settings are not", () => {
  deepStrictEqual(found("secret-assignment", `BUNDLE_GEMS__CONTRIBSYS__COM=deploy:${SECRET}`), [
    `deploy:${SECRET}`,
  ]);
  for (
    const line of [
      "BUNDLE_PATH=vendor/bundle-2026-03-02",
      "BUNDLE_WITHOUT=development:test:staging",
      "BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/=https://mirror.example.com/gems",
      "BUNDLE_BUILD__NOKOGIRI=--use-system-libraries",
    ]
  ) {
    deepStrictEqual(found("secret-assignment", line), [], line);
  }
});

Deno.test("secret-assignment: lower-case words joined by '_' and a package's name and version name something; a key is one", () => {
  // A value of dictionary words in snake case is a name (a variable's, a setting's, a test's
  // stand-in such as `not_a_real_token`), never what a provider issues; a password is another
  // detector's, whose words stay a passphrase.
  for (const value of ["not_real_key", "use_the_vault_value", "rotate_me_later"]) {
    deepStrictEqual(found("secret-assignment", `aws_secret_access_key: ${value}`), [], value);
    deepStrictEqual(found("secret-assignment", `"api_token": "${value}"`), [], value);
  }
  for (const value of ["qk_vbrm_zt9w_plx", "Tvbr_kqpm_zlwe", "vbrm_kqzt_plwe_"]) {
    ok(found("secret-assignment", `aws_secret_access_key: ${value}`).includes(value), value);
  }
  // A package's name and version (a Maven artifact after its group, `io.jsonwebtoken:`): a name.
  for (const value of ["qrv-core-2.14.1", "lumen-api-0.9.3", "kx2-parser-10.0"]) {
    deepStrictEqual(found("secret-assignment", `notes = "deps: org.qrvtoken:${value}"`), [], value);
  }
  ok(found("secret-assignment", "api_token=k9qrv-core-2.14.1x").length === 1);
  const password = detectors.find((d) => d.id === "password-assignment")!;
  ok(matchDetector(password, "db_password=staple_horse_lamp").length === 1);
});

Deno.test("secret-assignment: a reverse-DNS name and an instance number after '/' name an XPC activity, not a secret", () => {
  // macOS's UserEventAgent logs the stream token of an XPC activity this way; written here, not
  // taken from a log.
  for (
    const line of [
      "UserEventAgent[301]: no event name for stream/token: com.acme.backup.activity/918: 7: stale",
      "UserEventAgent[88]: stream/token: org.kxq.sync.daemon/20417 registered",
      "token=com.vendorq.indexer.job/5",
    ]
  ) {
    deepStrictEqual(found("secret-assignment", line), [], line);
  }
  // Not a name: a part that is no identifier, or no number after the `/`.
  for (const value of ["com.acme.backup/9f3kLm2Qx8", "Zx9Qm2Lw.V7pK4rT8.yB3n/7731"]) {
    deepStrictEqual(found("secret-assignment", `stream/token: ${value}`), [value], value);
  }
});
