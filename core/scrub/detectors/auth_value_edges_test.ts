/**
 * Authorization values at their edges: Basic credentials with an empty user (masked), no colon,
 * an empty password or a broken base64 (kept); a JWT whose header is not JSON with an `alg`
 * (kept); an auth scheme name after Bearer (kept) in any case; empty assigned values left as
 * they are; a password after more keys than the key/value reader reads is still masked; `auth:`
 * in a URL path is no key.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { createScrubber } from "../mod.ts";
import { detectors } from "./generic_credentials.ts";

const random = seededRandom(0xa17);
const detector = (id: string) => detectors.find((d) => d.id === id)!;
const scrubber = createScrubber();
const b64url = (text: string) =>
  btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
const PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*";

Deno.test("Basic credentials: user:password with the user empty is masked; no colon or no password is not", () => {
  const basic = detector("basic-auth-credentials");
  for (let k = 0; k < 100; k++) {
    const password = random.chars(8 + random.int(8), PASSWORD_CHARS);
    const user = random.chars(3 + random.int(6), "abcdefghijklmnopqrstuvwxyz");
    for (
      const [text, wanted] of [
        [`${user}:${password}`, true],
        [`:${password}`, true],
        [`${user}${password}`, false],
        [`${user}${password}:`, false],
        [`${user}:pass\u0001word`, false],
        [`${user}:pass\u001fword`, false],
        [`${user}:pass word${password}`, true],
        [`${user}:${password[0]}`, true],
      ] as const
    ) {
      const value = btoa(text);
      const line = `Authorization: Basic ${value}`;
      const spans = matchDetector(basic, line);
      strictEqual(spans.length > 0, wanted, JSON.stringify(text));
    }
  }
  strictEqual(matchDetector(basic, "Authorization: Basic QUJDRUZHSElK").length, 0, "no colon");
  strictEqual(matchDetector(basic, "Authorization: Basic QUJDRUZHSElKa").length, 0, "not base64");
});

Deno.test("a JWT whose header is not JSON with an alg is not a JWT", () => {
  const jwt = detector("jwt");
  const payload = b64url('{"sub":"1234567890","name":"Jane","iat":1516239022}');
  const signature = random.chars(
    43,
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  );
  const token = (header: string) => `${b64url(header)}.${payload}.${signature}`;
  ok(matchDetector(jwt, `token ${token('{"alg":"HS256","typ":"JWT"}')} ok`).length > 0);
  for (
    const header of [
      '{"alg":"HS256"',
      '{"typ":"JWT"}',
      '{"alg":256}',
      '{"alg":null,"x":1}',
      '{"a',
      '{"alg":"HS256",}',
    ]
  ) {
    strictEqual(matchDetector(jwt, `token ${token(header)} ok`).length, 0, header);
  }
});

Deno.test("an auth scheme's name after Bearer is no token, in any case", () => {
  const bearer = detector("bearer-token");
  for (const word of ["API-KEY", "Sso-Key", "api-key", "SSO-KEY", "Negotiate", "DPoP"]) {
    strictEqual(matchDetector(bearer, `Authorization: Bearer ${word}`).length, 0, word);
  }
});

Deno.test("an empty assigned value is left as it is", () => {
  for (const line of ['password="" next=1', 'secret="" ok', "api_key: ", "token=&user=x"]) {
    strictEqual(scrubber.scrub(line).text, line, line);
  }
});

Deno.test("a password after more keys than the key/value reader reads is still masked", () => {
  const filler = Array.from({ length: 1100 }, (_, i) => `k${i}=v${i}`).join(" ");
  const line = `${filler} password=Zq8mK2pLw7Rt`;
  ok(!scrubber.scrub(line).text.includes("Zq8mK2pLw7Rt"));
});

Deno.test("auth: inside a URL path or after = is no key", () => {
  const value = "Zq8mK2pLw7Rt9xQa4Vb3";
  for (const line of [`GET /v1/auth:${value} 200`, `scope=auth:${value} ok`]) {
    strictEqual(scrubber.scrub(line).text, line, line);
  }
  for (const line of [`auth: ${value}`, `x auth=${value}`, `{"auth":"${value}"}`]) {
    ok(!scrubber.scrub(line).text.includes(value), line);
  }
});

Deno.test("a value under a key, auth or creds: 16 characters or more with a letter and a digit (or random mixed-case letters), not a path or URL", () => {
  const key = detector("key-assignment-high-entropy");
  const found = (line: string, value: string) => {
    const at = line.indexOf(value);
    return matchDetector(key, line).some((s) => s.start === at && s.end === at + value.length);
  };
  for (let k = 0; k < 100; k++) {
    for (const length of [14, 15, 16, 17, 24]) {
      const value = random.chars(length - 2, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") +
        random.chars(1, "23456789") + random.chars(1, "abcdefghjk");
      strictEqual(found(`ibm_cloud_key=${value}`, value), length >= 16, value);
    }
    // Letters only: in one case (a word run together), not a key; random mixed-case letters
    // are (redteam2_credential_syntax_test.ts).
    const letters = random.chars(20, "abcdefghijkmnopqrstuvwxyz");
    strictEqual(found(`ibm_cloud_key=${letters}`, letters), false, letters);
    const digits = random.chars(20, "0123456789");
    strictEqual(found(`ibm_cloud_key=${digits}`, digits), false, digits);
  }
  for (
    const value of [
      "https://kv.example.net/k1f9Zq",
      "http://kv.example.net/k1f9Zq",
      "/etc/keys/k1f9Zq8mK2pL",
    ]
  ) {
    strictEqual(found(`ibm_cloud_key=${value}`, value), false, value);
  }
  for (const value of ["Zq8m/K2pLw7Rt9xQa4Vb", "k1f9Zq8mK2pLhttp:/x"]) {
    strictEqual(found(`ibm_cloud_key=${value}`, value), true, value);
  }
});
