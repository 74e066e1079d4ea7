/**
 * A Shopify token (shpat_, shpca_, shppa_, shpss_) whose body runs past the documented 32
 * characters is masked whole rather than kept for its length; a 32-character body still is, and
 * a prefix with a short body stays. Bodies are drawn with a seed.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const random = seededRandom(0x5409);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

Deno.test("a Shopify token with a body of 32 to 64 characters is masked in any line shape", () => {
  for (const prefix of ["shpat_", "shpca_", "shppa_", "shpss_"]) {
    for (const length of [32, 38, 48, 64]) {
      const token = prefix + random.chars(length, ALNUM);
      for (
        const text of [
          token,
          `2026-03-02T11:04:19Z INFO installed app with ${token} (shop 42)`,
          `{"access_token":"${token}","scope":"read_orders"}`,
        ]
      ) {
        const out = scrubber.scrub(text).text;
        ok(!out.includes(token.slice(6, 30)), `${text} -> ${out}`);
      }
    }
  }
});

Deno.test("a Shopify prefix with a short body stays", () => {
  const text = "shpat_" + random.chars(12, ALNUM) + " is too short to be a token";
  strictEqual(scrubber.scrub(text).text, text);
});
