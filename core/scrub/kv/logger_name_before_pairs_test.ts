/**
 * A secret word as a logger's or component's name before a key/value line (`INFO auth:
 * image=…`, `token: traceId=…`): a word glued to `=` after `name: ` starts another pair, so the
 * name has no value and that pair is read by its own name. A token with `=` inside it (no name
 * written in words before it) and a password holding `=` are still values.
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

Deno.test("after a secret word's `: `, a pair of a benign name keeps its value", () => {
  const hex = charsOf(7, "0123456789abcdef");
  for (const name of ["auth", "token", "creds", "api_key", "secret"]) {
    for (
      const pair of [
        `traceId=${hex(32)}`,
        `REQUEST_ID=${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
        `commit=${hex(40)}`,
        "image=registry.k8s.io/pause:3.9",
        `x-request-id=${hex(16)}`,
      ]
    ) {
      const line = `2026-12-06T10:00:00Z INFO ${name}: ${pair} user=svc-a1`;
      strictEqual(scrub(line), line);
      // The pair's name coloured by a terminal (`\x1b[36mtraceId\x1b[0m=…`).
      const eq = pair.indexOf("=");
      const coloured = `INFO ${name}: \x1b[36m${pair.slice(0, eq)}\x1b[0m${
        pair.slice(eq)
      } user=svc-a1`;
      strictEqual(scrub(coloured), coloured);
    }
  }
});

Deno.test("after a secret word's `: `, a pair of a secret name is still masked by its own", () => {
  const token = charsOf(11, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")(24);
  const out = scrub(`INFO auth: token=${token} user=bob`);
  ok(!out.includes(token) && out.startsWith("INFO auth: token=["), out);
});

Deno.test("a token with `=` inside it, or a password holding one, is still a value", () => {
  const random = charsOf(13, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
  for (let i = 0; i < 20; i++) {
    // A random part with a digit in it before the `=`: no name written in words.
    const token = `${random(6)}7${random(12)}=${random(20)}`;
    const out = scrub(`private-key: ${token}`);
    ok(!out.includes(token.slice(0, 8)), out);
    const password = `ab=${random(9)}`;
    ok(!scrub(`password: ${password}`).includes(password), password);
  }
});
