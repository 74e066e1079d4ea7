import { deepStrictEqual } from "@node/assert";
import { decideSnapshot, MAX_SUPPRESSED } from "./storm.ts";

const NOW = 1_700_000_000;

Deno.test("the first alert posts; the next ones inside the interval are counted", () => {
  const first = decideSnapshot(undefined, NOW, 600);
  deepStrictEqual(first, {
    post: true,
    suppressedBefore: 0,
    state: { lastSnapshotAt: NOW, suppressed: 0 },
  });
  const second = decideSnapshot(first.state, NOW + 10, 600);
  deepStrictEqual(second, {
    post: false,
    suppressed: 1,
    retryAfterSeconds: 590,
    state: { lastSnapshotAt: NOW, suppressed: 1 },
  });
});

Deno.test("after the interval the next alert posts and says how many were counted", () => {
  const state = { lastSnapshotAt: NOW, suppressed: 99 };
  deepStrictEqual(decideSnapshot(state, NOW + 599, 600).post, false);
  deepStrictEqual(decideSnapshot(state, NOW + 600, 600), {
    post: true,
    suppressedBefore: 99,
    state: { lastSnapshotAt: NOW + 600, suppressed: 0 },
  });
});

Deno.test("a state from the future does not silence the channel; the count is bounded", () => {
  deepStrictEqual(
    decideSnapshot({ lastSnapshotAt: NOW + 3600, suppressed: 5 }, NOW, 600).post,
    true,
  );
  const full = decideSnapshot({ lastSnapshotAt: NOW, suppressed: MAX_SUPPRESSED }, NOW + 1, 600);
  deepStrictEqual(full.post === false && full.suppressed, MAX_SUPPRESSED);
});
