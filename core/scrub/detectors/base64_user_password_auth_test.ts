/**
 * Base64 of `user:password` on a line about authentication (`auth`, `Authorization`, `oauth`)
 * is masked without a `Basic` scheme before it: `upstream auth header value <base64> rejected`,
 * an `X-Upstream-Auth:` header, a Docker config's `"auth"`. Base64 of text that is no
 * `user:password` on such a line stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("base64 of user:password on a line about authentication is masked", () => {
  const credentials = ["svc_ci:tQSNLlTmH9nTz", "backup:Q8oWR7lxQQ9p0x", "root:1rWW94hPtPQ1uM0Na"];
  for (const c of credentials) {
    const encoded = btoa(c);
    for (
      const line of [
        `2026-11-16T20:28:15.920Z upstream auth header value ${encoded} rejected (401)`,
        `X-Upstream-Auth: ${encoded}`,
        `oauth proxy forwarded ${encoded} to the backend`,
      ]
    ) {
      ok(!scrubber.scrub(line).text.includes(encoded), line);
    }
  }
});

Deno.test("base64 of other text on a line about authentication stays", () => {
  const lines = [
    `auth cursor ${btoa('{"page":2,"size":50}')} accepted`,
    `auth request id ${btoa("hello from worker 2")}`,
    `authz decision cached under ${btoa("no colon here at all")}`,
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});
