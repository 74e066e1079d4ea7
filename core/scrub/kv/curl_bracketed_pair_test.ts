/**
 * `curl -u <user:password>`: documentation's stand-in for the whole pair, in angle brackets, is
 * kept in every quoting; a real pair, or one with only an opening bracket, is still masked.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

Deno.test("a user:password pair in angle brackets given to curl is a stand-in", () => {
  for (
    const line of [
      "curl -u <user:password> https://api.acme.io/v1/items",
      'curl --user "<username:api-token>" https://api.acme.io/v1/items',
      "curl -su '<login:secret>' https://api.acme.io",
    ]
  ) strictEqual(scrubWholeAndStreamed(line), line);
  for (const line of ["curl -u ops:Qm7xv2Rk9p https://api.acme.io", "curl -u <ops:Qm7xv2Rk9p x"]) {
    strictEqual(scrubWholeAndStreamed(line).includes("Qm7xv2Rk9p"), false, line);
  }
});
