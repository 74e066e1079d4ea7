/**
 * For tests of the key/value reader: the whole scrubber, whole and streamed (values read over
 * several lines), and seeded secret values.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

/**
 * Scrubs `text` whole and streamed in chunks of `chunk` characters (cut anywhere, inside lines
 * too); both must agree and keep every line. Returns the text scrubbed.
 */
export function scrubWholeAndStreamed(text: string, chunk = 5): string {
  const whole = scrubber.scrub(text).text;
  const stream = scrubber.textStream();
  let streamed = "";
  for (let i = 0; i < text.length; i += chunk) streamed += stream.write(text.slice(i, i + chunk));
  streamed += stream.end();
  strictEqual(streamed, whole, "streamed in chunks, the same output");
  strictEqual(whole.split("\n").length, text.split("\n").length, "lines in = lines out");
  return whole;
}

const SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*._-";

/**
 * A secret of `min` to `max` characters (letters, digits and `!#%*._-`) holding a digit and a
 * letter, drawn from `random` (seededRandom of ../corpus/token_generator.ts).
 */
export function secretFrom(random: () => number, min = 12, max = 23): string {
  for (;;) {
    let out = "";
    const n = min + Math.floor(random() * (max - min + 1));
    for (let i = 0; i < n; i++) {
      out += SECRET_ALPHABET[Math.floor(random() * SECRET_ALPHABET.length)];
    }
    if (/\d/.test(out) && /[A-Za-z]/.test(out)) return out;
  }
}
