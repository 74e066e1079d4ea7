/**
 * A Heartland Portico secret API key (skapi_cert_ or skapi_prod_ and a URL-safe body) is masked on
 * its own, in any line shape; its placeholders, a cut key and the public key (pkapi_) stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const KEYS = [
  "skapi_cert_r0cY158LHn-HaURk9EkLZ58FIWG5b81MgdR4le9EpJ",
  "skapi_prod_zNmNv3xknlLdmihmVmS8pbgMfksZvnwNDIJZEKgNhm",
];

Deno.test("a Heartland secret API key is masked in any line shape", () => {
  for (const key of KEYS) {
    for (
      const text of [
        key,
        `HEARTLAND_SECRET_API_KEY=${key}`,
        `config.secretApiKey = "${key}";`,
        `portico ${key} rejected: 401`,
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(key.slice(11, 35)), `${text} -> ${out}`);
    }
  }
});

Deno.test("placeholders, a cut key and the public key stay", () => {
  for (
    const text of [
      "SECRET_API_KEY=skapi_cert_your_key_here",
      "publicKey: pkapi_cert_UD5mePdqwvphaQA7xpWCUcz2VP0kAQWpjmPdD8",
      "keys look like skapi_prod_7sEnrOgi… (see the developer portal)",
      `skapi_cert_${"x".repeat(42)}`,
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
