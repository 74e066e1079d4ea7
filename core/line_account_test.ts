import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import {
  accountLine,
  accountProblem,
  isIncomplete,
  type LineAccount,
  linesInWindow,
  linesLeftOut,
  READ_STOPS,
  type ReadStop,
  shortfalls,
} from "./line_account.ts";

const complete: LineAccount = {
  read: 42,
  outOfWindow: 0,
  repeated: 0,
  filtered: false,
  matched: 42,
  shown: 42,
  partial: false,
};

Deno.test("a complete account: one line of numbers, no shortfall", () => {
  strictEqual(accountLine(complete), "42 read · 42 shown");
  deepStrictEqual(shortfalls(complete), []);
  strictEqual(isIncomplete(complete), false);
  strictEqual(accountProblem(complete), undefined);
});

Deno.test("every step of the account is told, in order, with the right verb for 1", () => {
  const account: LineAccount = {
    read: 524,
    outOfWindow: 12,
    repeated: 3,
    filtered: true,
    matched: 300,
    shown: 97,
    stoppedBy: "line_limit",
    partial: false,
  };
  strictEqual(linesInWindow(account), 509);
  strictEqual(linesLeftOut(account), 203);
  strictEqual(
    accountLine(account),
    "524 read · 12 outside the window · 3 repeated by the source · 300 match the filter · 97 shown",
  );
  strictEqual(
    accountLine({ ...account, matched: 1, shown: 1 }).includes("1 matches the filter"),
    true,
  );
  const notes = shortfalls(account);
  deepStrictEqual(notes.map((n) => n.kind), ["read", "left_out"]);
  ok(notes[0].text.includes("stopped at the line limit") && notes[0].text.includes("nor searched"));
  strictEqual(
    notes[1].text,
    "The 203 oldest matching lines are left out to fit Slack's message size. Narrow the window " +
      "or the filter to see them.",
  );
  strictEqual(
    shortfalls({ ...account, filtered: false, matched: 509, shown: 508, stoppedBy: undefined })[0]
      .text,
    "The oldest line is left out to fit Slack's message size. Narrow the window or add a filter " +
      "to see it.",
  );
});

Deno.test("each way a read stops early has its own sentence, and a partial answer is said", () => {
  const texts = READ_STOPS.map((stoppedBy) => shortfalls({ ...complete, stoppedBy })[0].text);
  strictEqual(new Set(texts).size, READ_STOPS.length);
  ok(texts.every((text) => text.includes("were not read") && text.includes("Narrow the window")));
  ok(texts[READ_STOPS.indexOf("repeated_page")].includes("same lines twice"));
  const partial = shortfalls({ ...complete, partial: true });
  deepStrictEqual(partial.map((n) => n.kind), ["read"]);
  ok(partial[0].text.includes("partial"));
  strictEqual(isIncomplete({ ...complete, partial: true }), true);
  strictEqual(isIncomplete({ ...complete, shown: 41 }), true);
  strictEqual(isIncomplete({ ...complete, stoppedBy: "time_limit" }), true);
});

Deno.test("numbers that do not add up are refused", () => {
  ok(accountProblem({ ...complete, outOfWindow: 40, repeated: 3 }));
  ok(accountProblem({ ...complete, matched: 43, shown: 42 }));
  ok(accountProblem({ ...complete, outOfWindow: 1 }), "matched exceeds the lines in the window");
  ok(accountProblem({ ...complete, shown: 43 }));
  strictEqual(accountProblem({ ...complete, outOfWindow: 2, matched: 40, shown: 40 }), undefined);
});

Deno.test("READ_STOPS lists every reason a source gives for stopping", () => {
  // A compile-time check: a ReadStop missing from the list would not type-check here.
  const listed: Record<(typeof READ_STOPS)[number], true> = {
    line_limit: true,
    byte_limit: true,
    time_limit: true,
    page_limit: true,
    repeated_page: true,
    limit: true,
  };
  const every: Record<ReadStop, true> = listed;
  strictEqual(Object.keys(every).length, READ_STOPS.length);
});
