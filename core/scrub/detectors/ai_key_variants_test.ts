/**
 * AI providers' key variants written bare (no name before them): OpenAI's unscoped `sk-None-`
 * key with its `T3BlbkFJ` marker, and Anthropic's shorter OAuth access and refresh tokens
 * (`sk-ant-oat01-`, `sk-ant-ort01-`) and a three-digit version. Values are drawn with a seed.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x5ca7);
const scrubber = createScrubber();
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Random text that begins and ends with a letter or digit, as a token's body does. */
const body = (length: number) =>
  random.chars(1, ALNUM) + random.chars(length - 2, URL_SAFE) + random.chars(1, ALNUM);
const lines = (token: string) => [token, `calling the API with ${token} failed`, `key ${token}`];

Deno.test("OpenAI's unscoped sk-None- key is masked bare, as sk-proj- is", () => {
  for (let k = 0; k < 60; k++) {
    const token = `sk-None-${body(70 + random.int(5))}T3BlbkFJ${body(60 + random.int(15))}`;
    for (const line of lines(token)) {
      ok(!scrubber.scrub(line).text.includes(token), line);
    }
  }
});

Deno.test("Anthropic OAuth tokens and a three-digit version are masked bare", () => {
  for (let k = 0; k < 60; k++) {
    const kind = random.pick(["oat01", "ort01", "api003", "admin01"]);
    const token = `sk-ant-${kind}-${body(40 + random.int(40))}`;
    for (const line of lines(token)) {
      ok(!scrubber.scrub(line).text.includes(token), line);
    }
  }
});

Deno.test("a short sk-ant- word is no key", () => {
  for (const line of ["sk-ant-oat01-short", "see sk-ant-api03-example for the format"]) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});
