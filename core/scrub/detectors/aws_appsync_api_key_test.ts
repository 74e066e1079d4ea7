/**
 * AWS AppSync API keys (`x-api-key`): da2- and 26 lower-case letters and digits, masked alone in
 * any text; not a longer run, capitals, or da2- glued after a word.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(0xa995);
const key = () =>
  "da2-" +
  Array.from({ length: 26 }, () =>
    "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36)])
    .join("");

Deno.test("an AppSync API key is masked alone, in a header, a config or a log line", () => {
  for (let i = 0; i < 12; i++) {
    const k = key();
    for (
      const line of [
        `x-api-key: ${k}`,
        `{"aws_appsync_apiKey": "${k}", "region": "eu-west-1"}`,
        `created key ${k} for api graphql-orders`,
        `curl -H 'x-api-key:${k}' https://abc.appsync-api.eu-west-1.amazonaws.com/graphql`,
      ]
    ) ok(!scrub(line).includes(k), line);
  }
});

Deno.test("not an AppSync key: longer, capitals, glued after a word", () => {
  const k = key();
  for (const line of [`${k}x`, `media${k.slice(1)}`, `id=${k.toUpperCase()}`]) {
    strictEqual(scrub(line), line);
  }
});
