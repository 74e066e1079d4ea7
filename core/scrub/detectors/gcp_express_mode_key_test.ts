/**
 * Google Cloud express-mode API keys (Vertex AI, Gemini: AQ.Ab8R and 46 URL-safe characters) are
 * masked with no name before them: bare, in a URL's query, in prose, in a JSON list. Keys are
 * drawn with a seed; a short or uniform body is kept.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xab8e);
const scrubber = createScrubber();
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const ALNUM = URL_SAFE.slice(0, 62);
const expressKey = () => "AQ.Ab8R" + random.chars(45, URL_SAFE) + random.chars(1, ALNUM);

Deno.test("an express-mode key is masked bare, in a query, in prose and in a JSON list", () => {
  for (let k = 0; k < 80; k++) {
    const key = expressKey();
    for (
      const line of [
        key,
        `POST https://aiplatform.googleapis.com/v1/publishers/google/models/gemini:generateContent?alt=sse&k=${key}`,
        `using ${key} for the batch`,
        `{"keys": ["${key}"]}`,
      ]
    ) {
      strictEqual(scrubber.scrub(line).text.includes(key), false, line);
    }
  }
});

Deno.test("AQ.Ab8R with a short or uniform body is kept", () => {
  for (const line of ["AQ.Ab8RwoIhe_J9yIX851LFnKHq4SVy6", "AQ.Ab8R" + "A".repeat(46)]) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});
