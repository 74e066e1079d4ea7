/**
 * base64 of text that assigns a value to a secret-named key (`aws_secret_access_key=…`,
 * `api_token: …`), as the key/value reader reads it, is masked; base64 of a key that only
 * says token or key (`token_count=…`, `cache_key=…`) or of a placeholder stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;
const S = "Rk8vQ2mZx7LwT4pN9bYc3HdJ";

/** The decoded texts whose base64, on a log line, survives scrubbing. */
const surviving = (texts: string[]) =>
  texts.filter((text) => scrub(`DEBUG decoded-config: ${btoa(text)} ok`).includes(btoa(text)));

Deno.test("base64 of a secret-named assignment is masked", () => {
  deepStrictEqual(
    surviving([
      `aws_secret_access_key=${S}`,
      `GITHUB_TOKEN: ${S}`,
      `{"stripe_api_key":"${S}"}`,
      `region=eu-west-1\naws_access_key_id=AKIA0000\naws_secret_access_key = ${S}\n`,
    ]),
    [],
  );
});

Deno.test("base64 of a key that is no secret, or of a placeholder, stays", () => {
  const kept = [
    "prompt_tokens=5123 total_tokens=61234",
    "cache_key=orders:eu:20260101 ttl=3600",
    "api_token=${API_TOKEN} region=eu-west-1",
    "next_page_token=CiAKGjBpNDd2Zz",
  ];
  deepStrictEqual(surviving(kept), kept);
});
