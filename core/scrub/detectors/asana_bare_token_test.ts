/**
 * An Asana personal access token with no asana name near it (a journal line, a client built in
 * code): `1/USER:HEX32` and `2/USER/APP:HEX32` identify themselves and are masked whole.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("an Asana token on its own is masked", () => {
  for (
    const token of [
      "2/6185165669819077/0201128602094745:73a52776310cf509d5a60a6cf59c5760",
      "1/1204567890123:9400f362f279f2757290d5b7de9f11a2",
    ]
  ) {
    for (
      const text of [
        `deploy.sh[16663]: using token ${token} for registry push`,
        `    client = Client("${token}")`,
        `{"auth":"${token}"}`,
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(token.slice(-32)), `${text} -> ${out}`);
    }
  }
});

Deno.test("paths and versions of the same digits stay", () => {
  for (
    const text of [
      "GET /api/1.0/projects/1204567890123456/tasks 200",
      "/v1/2/1204567890123456/1209876543210987:9400f362f279f2757290d5b7de9f11a2",
      "ratio 1/1204567890123 done",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
