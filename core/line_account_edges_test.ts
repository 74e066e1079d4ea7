/**
 * The account of lines at its edges: one line outside the window or repeated is still told,
 * numbers that exceed what was read are refused with the reason that applies, and a read that
 * stopped early says "nor searched" only when a filter was applied.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import {
  accountLine,
  accountProblem,
  type LineAccount,
  READ_STOPS,
  shortfalls,
} from "./line_account.ts";

const account = (over: Partial<LineAccount>): LineAccount => ({
  read: 10,
  outOfWindow: 0,
  repeated: 0,
  filtered: false,
  matched: 0,
  shown: 0,
  partial: false,
  ...over,
});

Deno.test("a single line outside the window, or a single repeated one, is told", () => {
  strictEqual(
    accountLine(account({ outOfWindow: 1, repeated: 1, matched: 8, shown: 8 })),
    "10 read · 1 outside the window · 1 repeated by the source · 8 shown",
  );
});

Deno.test("dropped lines that outnumber the lines read are refused as such, up to equal", () => {
  const tooMany = "lines outside the window and repeated lines cannot outnumber the lines read";
  // Each kind alone, and both together, one past the lines read.
  strictEqual(accountProblem(account({ outOfWindow: 11 })), tooMany);
  strictEqual(accountProblem(account({ repeated: 11 })), tooMany);
  strictEqual(accountProblem(account({ outOfWindow: 6, repeated: 5 })), tooMany);
  // Every line read dropped: nothing is left in the window, and that adds up.
  strictEqual(accountProblem(account({ outOfWindow: 6, repeated: 4 })), undefined);
  strictEqual(accountProblem(account({ outOfWindow: 10 })), undefined);
});

Deno.test("a read stopped early says the lines were not searched only when a filter was applied", () => {
  for (const stoppedBy of READ_STOPS) {
    const [unfiltered] = shortfalls(account({ matched: 10, shown: 10, stoppedBy }));
    ok(!unfiltered.text.includes("searched"), unfiltered.text);
    const [filtered] = shortfalls(account({ filtered: true, matched: 3, shown: 3, stoppedBy }));
    ok(filtered.text.includes("were not read (nor searched)"), filtered.text);
  }
});

Deno.test("every reason a source gives for stopping is accepted as a read stop", () => {
  // The list input schemas take: a source saying it stopped at its line limit must pass.
  deepStrictEqual(
    [...READ_STOPS].sort(),
    ["byte_limit", "limit", "line_limit", "page_limit", "repeated_page", "time_limit"],
  );
});
