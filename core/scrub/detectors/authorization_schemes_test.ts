/**
 * An `Authorization` header's credentials after any scheme (RFC 9110 `auth-scheme`), not only
 * the schemes the detector names: the credentials are masked and the scheme kept; a scheme of
 * letters longer than a scheme is read as the credentials themselves, and prose stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const T = "Zx9Qm2LwV7pK4rT8yB3nD6hJ";

Deno.test("credentials after a scheme the detector does not name are masked, the scheme kept", () => {
  for (const scheme of ["OAuth", "SSWS", "Klaviyo-API-Key", "Zoho-oauthtoken", "Custom", "Sig"]) {
    for (const head of ["Authorization: ", '"authorization": "', "Proxy-Authorization:  "]) {
      const text = `${head}${scheme} ${T}`;
      const out = scrubber.scrub(text).text;
      ok(!out.includes(T), `${text} -> ${out}`);
      ok(out.startsWith(`${head}${scheme} `), `${text} -> ${out}`);
    }
  }
});

Deno.test("credentials with no scheme, or of letters alone, are masked whole", () => {
  for (const value of [`${T} (from cache)`, "qWeRtYuIoPaSdFgHjKlZxCvB retried"]) {
    const out = scrubber.scrub(`Authorization: ${value}`).text;
    ok(!out.includes(value.split(" ")[0]), out);
  }
});

Deno.test("prose after Authorization: stays", () => {
  for (
    const text of [
      "authorization: required by policy",
      "Authorization: denied because expired",
      "Authorization: Bearer <token>",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
