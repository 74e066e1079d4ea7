/**
 * One account of the log lines behind a report, the same from fetch_logs to the posted report:
 * how many lines were read from the source, how many of those were dropped (outside the window,
 * or repeated by the source's paging), how many matched the filter, how many are shown, how many
 * matching lines were left out to fit Slack, and why the read stopped before the window's start.
 * A "line" is one log record (a multi-line stack trace is one line). Nothing here knows Slack.
 */
import { counted } from "./render/counted.ts";
import type { ReadStop as SourceReadStop } from "./sources/types.ts";

/**
 * What stopped a read before the whole window was read: the source adapters' own reasons, and
 * `limit` when a source did not say which.
 */
export type ReadStop = SourceReadStop | "limit";

/** Every ReadStop, as a list (for input schemas). */
export const READ_STOPS = [
  "line_limit",
  "byte_limit",
  "time_limit",
  "page_limit",
  "repeated_page",
  "limit",
] as const satisfies readonly ReadStop[];

export interface LineAccount {
  /** Lines the source returned. */
  read: number;
  /** Of those, stamped outside the window: dropped. */
  outOfWindow: number;
  /** Of those, repeated by the source's paging: dropped (each line is shown once). */
  repeated: number;
  /** A filter was applied (to the scrubbed lines). */
  filtered: boolean;
  /** Lines in the window that match the filter (all of them without a filter). */
  matched: number;
  /** Matching lines the report shows, the newest; the rest were left out to fit Slack. */
  shown: number;
  /** Set when the read stopped before the whole window was read: some lines were not read. */
  stoppedBy?: ReadStop;
  /** The source said its answer is partial (failed shards, a timeout on its side …). */
  partial: boolean;
}

/** Lines in the window that were read: what the filter was applied to. */
export function linesInWindow(account: LineAccount): number {
  return account.read - account.outOfWindow - account.repeated;
}

/** Matching lines left out to fit Slack's limits. */
export function linesLeftOut(account: LineAccount): number {
  return account.matched - account.shown;
}

/** True when the report does not show every line of the window that matches. */
export function isIncomplete(account: LineAccount): boolean {
  return account.stoppedBy !== undefined || account.partial || linesLeftOut(account) > 0;
}

/** What is wrong with an account whose numbers do not add up (untrusted inputs), if anything. */
export function accountProblem(account: LineAccount): string | undefined {
  if (account.outOfWindow + account.repeated > account.read) {
    return "lines outside the window and repeated lines cannot outnumber the lines read";
  }
  if (account.matched > linesInWindow(account)) {
    return "more lines match than were read in the window";
  }
  if (account.shown > account.matched) return "more lines are shown than match";
  return undefined;
}

/** "524 read · 12 outside the window · 300 match the filter · 97 shown". */
export function accountLine(account: LineAccount): string {
  const parts = [`${account.read} read`];
  if (account.outOfWindow > 0) parts.push(`${account.outOfWindow} outside the window`);
  if (account.repeated > 0) parts.push(`${account.repeated} repeated by the source`);
  if (account.filtered) {
    parts.push(`${account.matched} ${account.matched === 1 ? "matches" : "match"} the filter`);
  }
  parts.push(`${account.shown} shown`);
  return parts.join(" · ");
}

const STOP_PLACES: Record<Exclude<ReadStop, "repeated_page">, string> = {
  line_limit: "the line limit",
  byte_limit: "the size limit",
  time_limit: "the time limit",
  page_limit: "the page limit",
  limit: "a limit",
};

/** One way a report falls short of the whole window, as a sentence for people. */
export interface Shortfall {
  /** `read`: lines of the window were not read; `left_out`: read, but left out to fit Slack. */
  kind: "read" | "left_out";
  text: string;
}

/**
 * Every way the report falls short of the whole window: why the read stopped, a partial answer,
 * matching lines left out for Slack's size. Empty when complete.
 */
export function shortfalls(account: LineAccount): Shortfall[] {
  const notes: Shortfall[] = [];
  const read = (text: string) => notes.push({ kind: "read", text });
  // Which lines were not read depends on the order the source answers in (the oldest, for
  // most; the newest, for one that answers oldest first): the words hold for both.
  const searched = account.filtered ? " (nor searched)" : "";
  if (account.stoppedBy === "repeated_page") {
    read(
      `The source sent the same lines twice, so the read stopped there: some lines of the ` +
        `window were not read${searched}. Narrow the window to read them.`,
    );
  } else if (account.stoppedBy !== undefined) {
    read(
      `The read stopped at ${STOP_PLACES[account.stoppedBy]} before the whole window was read: ` +
        `some lines of the window were not read${searched}. Narrow the window to read them.`,
    );
  }
  if (account.partial) {
    read("The log source said its answer is partial, so some lines may be missing.");
  }
  const leftOut = linesLeftOut(account);
  if (leftOut > 0) {
    const which = account.filtered ? "matching line" : "line";
    const lines = leftOut === 1 ? `The oldest ${which} is` : `The ${leftOut} oldest ${which}s are`;
    notes.push({
      kind: "left_out",
      text: `${lines} left out to fit Slack's message size. Narrow the window or ` +
        `${account.filtered ? "the filter" : "add a filter"} to see ${
          leftOut === 1 ? "it" : "them"
        }.`,
    });
  }
  return notes;
}

/** "1 line", "300 lines": the account's unit, for sentences elsewhere. */
export const lines = (n: number): string => {
  return counted(n, "line");
};
