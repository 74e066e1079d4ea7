/**
 * A Vault (1.0 to 1.9) or OpenBao batch token on its own, `b.` and 80 or more URL-safe base64
 * characters, is found wherever it stands, also in a text long enough that the keyword scan hands
 * its runs to the gate; `b.` inside a word, a short body or an all-x one stays.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

/** A batch token with a `length`-character body, from a small seeded generator. */
function tokenOf(seed: number, length = 90 + (seed % 60)): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  return "b." + Array.from({ length }, () => URL_SAFE[next() % 64]).join("");
}

Deno.test("a batch token on its own: in commands, after words, in JSON", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const token = tokenOf(seed);
    for (
      const line of [
        `vault token lookup ${token}`,
        `issued ${token} for 10m`,
        `{"client_token":"${token}","renewable":false}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(token.slice(2, 60)), false, out);
    }
  }
});

Deno.test("a batch token in a long text (the gate reads the scan's runs)", () => {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) {
    lines.push(`ts=${i} level=info msg="lookup" key=${i % 5} ${tokenOf(i + 1)}`);
  }
  const out = scrubber.scrub(lines.join("\n")).text;
  for (let i = 0; i < 3000; i += 89) strictEqual(out.includes(tokenOf(i + 1).slice(2, 60)), false);
});

Deno.test("words that only start like a batch token stay", () => {
  for (
    const line of [
      `lookup ${tokenOf(7, 60)}`,
      `lookup sub${tokenOf(7)}`,
      "lookup b." + "x".repeat(100),
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
