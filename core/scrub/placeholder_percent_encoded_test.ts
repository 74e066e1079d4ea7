/**
 * A stand-in percent-encoded, as a URL's query or user info carries one (`%7B%7B%20token%20%7D%7D`,
 * `%24%7BDB_PASSWORD%7D`, `%5BFILTERED%5D`, `%25s`), is judged decoded: a placeholder. A
 * percent-encoded password stays a secret, and so does one that only starts with an escape.
 */
import { ok, strictEqual } from "@node/assert";
import { isPlaceholder } from "./placeholders.ts";
import { createScrubber } from "./mod.ts";
import { seededRandom } from "./corpus/token_generator.ts";
/** Seeded bytes (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eed6);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) =>
  Array.from(randomBytes(n), (b) => ALPHABET[b % ALPHABET.length])
    .join("");

Deno.test("percent-encoded stand-ins are placeholders, in a URL's user info and query", () => {
  for (
    const standIn of [
      "${DB_PASSWORD}",
      "{{ .Values.password }}",
      "[FILTERED]",
      "%s",
      "<redacted>",
      "$PASSWORD",
    ]
  ) {
    const encoded = encodeURIComponent(standIn);
    ok(encoded !== standIn && isPlaceholder(encoded), encoded);
    for (
      const line of [
        `amqps://bob:${encoded}@rabbit01.internal:5671/%2Fprod`,
        `GET /login?user=bob&password=${encoded}&next=%2F HTTP/1.1`,
      ]
    ) strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("a percent-encoded password is still a secret", () => {
  for (const password of [`@${made(10)}!7`, `$${made(12)}`, `{${made(9)}3`]) {
    const encoded = encodeURIComponent(password);
    strictEqual(isPlaceholder(encoded), false, encoded);
    const out = scrubber.scrub(`amqps://bob:${encoded}@rabbit01.internal:5671/`).text;
    ok(!out.includes(encoded), out);
  }
});
