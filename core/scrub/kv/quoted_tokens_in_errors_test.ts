/**
 * Error messages quote the value they refuse after its name (`invalid token 'v' for user bob`,
 * `Invalid API key "v" provided`, `unknown apiKey 'v'`): a quoted token there (20 or more of a
 * token's characters with a random run) is masked; any other quoted word after the name is
 * quoted prose and stays (`unexpected token '}'`, `invalid token 'EOF'`), and so does a token
 * after a name of something else (`next page token 'v'`).
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

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
