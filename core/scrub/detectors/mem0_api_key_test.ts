/**
 * A Mem0 Platform API key (m0- and 40 base62) is masked on its own, in any line shape; short or
 * low-entropy names after m0- (an Atlas tier, a Cortex-M0 part, a replica), the docs' m0-... and an
 * all-x stand-in stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const KEY = "m0-BI1SgSI2oCL33aLkJcncww5oROEUwF8bxgr7cCpu";

Deno.test("a Mem0 API key is masked in any line shape", () => {
  for (
    const text of [
      KEY,
      `MEM0_API_KEY=${KEY}`,
      `Authorization: Token ${KEY}`,
      `client = MemoryClient(api_key="${KEY}")`,
      `2026-03-02T11:04:19Z WARN memory add failed for key ${KEY}: 401`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(KEY.slice(3, 30)), `${text} -> ${out}`);
  }
});

Deno.test("names after m0-, the docs' m0-... and an all-x stand-in stay", () => {
  for (
    const text of [
      "export MEM0_API_KEY=m0-...",
      "cluster tier m0-free-cluster-shared-sandbox-eu-west created",
      "flashed cortex-m0-plus firmware 2.4.1 to board 7",
      `m0-${"x".repeat(40)}`,
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
