/** For tests of values read over several lines: the whole scrubber, whole and streamed. */
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
