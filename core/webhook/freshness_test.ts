import { strictEqual } from "@node/assert";
import { TIMESTAMP_WINDOW_SECONDS, timestampFreshness } from "./freshness.ts";

Deno.test("a timestamp is fresh up to 5 minutes either side of now, inclusive", () => {
  const now = 1_700_000_000;
  strictEqual(TIMESTAMP_WINDOW_SECONDS, 300);
  strictEqual(timestampFreshness(now, now), "fresh");
  strictEqual(timestampFreshness(now - 300, now), "fresh");
  strictEqual(timestampFreshness(now + 300, now), "fresh");
  strictEqual(timestampFreshness(now - 301, now), "stale");
  strictEqual(timestampFreshness(now + 301, now), "future");
});
