/**
 * Error messages quote the value they refuse after its name (`invalid token 'v' for user bob`,
 * `Invalid API key "v" provided`, `unknown apiKey 'v'`): a quoted token there (20 or more of a
 * token's characters with a random run) is masked, and a shorter value (6 or more, a letter and a
 * digit or sign) when an error's word refusing it comes before the name (`invalid client_secret
 * 'v' for client web`); any other quoted word after the name is
 * quoted prose and stays (`unexpected token '}'`, `invalid token 'EOF'`), and so does a token
 * after a name of something else (`next page token 'v'`).
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const scrub = (line: string) => scrubber.scrub(line).text;

/** A seeded generator (mulberry32) of `n` characters from `chars`. */
function charsOf(seed: number, chars: string) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (n: number) =>
    Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join("");
}

Deno.test("a quoted token after its name in an error message is masked", () => {
  const base62 = charsOf(3, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
  const hex = charsOf(5, "0123456789abcdef");
  for (let i = 0; i < 20; i++) {
    const token = i % 2 === 0 ? `${base62(23)}7${base62(8)}` : hex(32);
    for (
      const line of [
        `java.lang.IllegalStateException: invalid token '${token}' for user bob`,
        `Invalid API key "${token}" provided`,
        `unknown apiKey '${token}'`,
        `AuthError: access token '${token}' has expired`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(token), out);
    }
  }
});

Deno.test("other quoted words after a token's name, and other names' tokens, stay", () => {
  const base62 = charsOf(9, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
  for (
    const line of [
      "SyntaxError: unexpected token '}' at line 3",
      "invalid token 'EOF'",
      "Unexpected token 'export'",
      `next page token '${base62(24)}7'`,
      "invalid token 'expired-session-for-user' received",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a short quoted value after a secret's name in an error refusing it is masked", () => {
  const random = seededRandom(21);
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%^&*+=/";
  const word = (n: number) =>
    Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join("");
  for (let i = 0; i < 40; i++) {
    // 6 to 19 characters, a digit and a letter of each case among them.
    let value = "";
    while (!/\d/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) {
      value = word(6 + (i % 14));
    }
    for (
      const line of [
        `Caused by: java.lang.IllegalArgumentException: invalid client_secret '${value}' for client web`,
        `OAuthError: bad api_key "${value}" (expected 32 chars)`,
        `authentication failed for access_token '${value}'`,
        `level=warn msg="rejected webhook secret '${value}'"`,
        `ValueError: Incorrect API key '${value}'`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(value), out);
    }
  }
});

Deno.test("names, words and stand-ins quoted after a secret's name in an error stay", () => {
  for (
    const line of [
      "invalid client_secret 'client_secret_basic'",
      "invalid api_key 'none'",
      "bad api_key 'admin'",
      "invalid token 'HS256'",
      "invalid token 'ES256K' for this key",
      "invalid token '=>' in expression",
      "invalid api_key '${API_KEY}'",
      "invalid client_secret '****'",
      `MountVolume.SetUp failed for volume "certs" : secret "app-tls-2" not found`,
      "Error: failed to read secret 'secret/data/app1'",
      `failed to create secret "regcred2": already exists`,
      "invalid secret 'API_KEY_V2' in env",
      // No error's word before the name: a short value is not read there.
      "token 'Xk9pQ2' accepted for client web",
      "loaded api_key 'Ab3x9Q2' from vault",
      // Not a secret's name.
      "invalid client_id 'Ab3x9Q2'",
      "bad page_token 'Ab3x9Q'",
    ]
  ) strictEqual(scrub(line), line);
});
