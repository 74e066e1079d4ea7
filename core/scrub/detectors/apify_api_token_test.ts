/**
 * An Apify personal API token (apify_api_ and 36 base62 characters) is masked wherever a log line
 * carries it, with or without a key name before it; a cut body, an all-x stand-in and a setting
 * that only starts like one stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const TOKEN = "apify_api_LpqCwOunDPr8hSKNeTEz7avWpHLRnTIFgqcF";

Deno.test("an Apify API token is masked in any line shape", () => {
  for (
    const text of [
      TOKEN,
      `APIFY_TOKEN=${TOKEN}`,
      `2026-03-02T11:04:19Z INFO actor run started with ${TOKEN} (attempt 1)`,
      `{"token":"${TOKEN}","actor":"web-scraper"}`,
      `curl -H "Authorization: Bearer ${TOKEN}" https://api.apify.com/v2/acts`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(TOKEN.slice(10)), `${text} -> ${out}`);
  }
});

Deno.test("a cut Apify token, an all-x stand-in and a look-alike setting stay", () => {
  for (
    const text of [
      "apify token prefix apify_api_LpqCwOunDPr8",
      "APIFY_TOKEN=apify_api_" + "x".repeat(36),
      "apify_api_version=2 apify_api_base_url=https://api.apify.com",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
