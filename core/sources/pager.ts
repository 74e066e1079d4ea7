/**
 * Follows an adapter's pages until done or a line, byte, page or time budget is reached, and is
 * the one place that puts every backend's records in order: only records inside the window,
 * newest first by timestamp, none repeated, whatever order and paging the backend uses.
 */
import type { LogQuery, LogRecord, LogResult, ReadStop } from "./types.ts";
import { LogSourceError } from "./types.ts";
import { type HttpTarget, outOfTime } from "./http.ts";
import { byNsDescending, NS_DIGITS, nsFromMs, parseTimestampNs } from "./time.ts";
import { utf8Length } from "../excerpt.ts";
import { sha256Hex } from "./digest.ts";

export interface Page<Cursor> {
  /** Records of this page, in the order the backend answered. */
  records: LogRecord[];
  /** Absent on the last page. */
  next?: Cursor;
  /** A backend's partial-result notice for this page. */
  partial?: string;
}

/** The parts of a source's config the pager reads. */
export interface PagedSource {
  name: string;
  maxPages: number;
  pageSize: number;
}

/** The order a backend documents for its answers. */
export type AnswerOrder = "newest_first" | "oldest_first";

export interface PagerOptions {
  source: PagedSource;
  http: Pick<HttpTarget, "now" | "budgetMs">;
  /**
   * `newest_first` (the default) lets the pager stop once the line or byte budget is full, but
   * only while the records really arrive newest first; `oldest_first` (CloudWatch) reads on to
   * the last page (within the page and time budgets) so that the newest lines are the ones kept.
   */
  order?: AnswerOrder;
}

interface Held {
  record: LogRecord;
  ns: bigint;
  /** Arrival order: breaks timestamp ties. */
  seq: number;
  bytes: number;
  key: string;
}

/**
 * Reads pages and returns, newest first, the newest records of the window that were read, within
 * maxLines and maxBytes.
 *
 * What "the newest N lines" holds: for a backend that answers newest first, reading stops once N
 * are held and they are the window's newest. For one that answers oldest first (or whose answers
 * turn out not to be newest first), every page is read until the end or the page/time budget:
 * when the end is reached they are again the window's newest; when a budget stops the read first,
 * they are only the newest of the window's older part that was read, and `partial` says so.
 */
export async function readPages<Cursor>(
  query: LogQuery,
  options: PagerOptions,
  /** `size`: records to ask for, the source's page size or fewer when the line budget is near. */
  fetchPage: (cursor: Cursor | undefined, size: number) => Promise<Page<Cursor>>,
): Promise<LogResult> {
  const { source, http } = options;
  const declaredOldestFirst = options.order === "oldest_first";
  const startNs = nsFromMs(query.start.getTime());
  const endNs = nsFromMs(query.end.getTime());
  const partials = new Set<string>();
  const seenCursors = new Set<string>();
  const seenPages = new Set<string>();
  let held: Held[] = [];
  /** Keys of held records (with their counts): a later page's copy of one is a repeat. */
  let heldKeys = new Map<string, number>();
  let seq = 0;
  let pages = 0;
  let outOfWindow = 0;
  let repeated = 0;
  /** The budget that left some in-window record out, if one did. */
  let cutBy: "line_limit" | "byte_limit" | undefined;
  /** Why reading stopped while the backend had more pages, if it did. */
  let stoppedBy: ReadStop | undefined;
  /** True while every record so far arrived no newer than the one before it. */
  let newestFirst = !declaredOldestFirst;
  let newestNs: bigint | undefined;
  let lastNs: bigint | undefined;
  let cursor: Cursor | undefined;
  for (;;) {
    if (pages >= source.maxPages) {
      stoppedBy = "page_limit";
      break;
    }
    if (http.now() >= query.deadline) {
      if (pages === 0) throw outOfTime(source.name, http.budgetMs);
      stoppedBy = "time_limit";
      break;
    }
    const room = newestFirst ? query.maxLines - held.length : source.pageSize;
    let page: Page<Cursor>;
    try {
      page = await fetchPage(cursor, Math.max(1, Math.min(source.pageSize, room)));
    } catch (error) {
      if (pages > 0 && error instanceof LogSourceError && error.code === "timeout") {
        stoppedBy = "time_limit";
        break;
      }
      throw error;
    }
    pages++;
    if (page.partial) partials.add(page.partial);

    const keys = page.records.map(recordKey);
    if (keys.length > 0) {
      const fingerprint = pageFingerprint(keys);
      if (seenPages.has(fingerprint)) {
        partials.add(loopNotice("sent the same page twice", pages));
        stoppedBy = "repeated_page";
        break;
      }
      seenPages.add(fingerprint);
    }
    const inPage = new Map<string, number>();
    let fresh = 0;
    let repeats = 0;
    page.records.forEach((record, index) => {
      const ns = recordNs(record);
      if (ns === undefined || ns < startNs || ns >= endNs) {
        outOfWindow++;
        return;
      }
      // Identical records inside one page are the log's own; a copy of one held from an earlier
      // page is the backend paging over it again.
      const key = keys[index];
      const copies = (inPage.get(key) ?? 0) + 1;
      inPage.set(key, copies);
      if (copies <= (heldKeys.get(key) ?? 0)) {
        repeats++;
        return;
      }
      fresh++;
      if (lastNs !== undefined && ns > lastNs) newestFirst = false;
      lastNs = ns;
      if (newestNs === undefined || ns > newestNs) newestNs = ns;
      held.push({ record, ns, seq: seq++, bytes: utf8Length(record.message), key });
    });
    repeated += repeats;
    if (fresh === 0 && repeats > 0) {
      partials.add(loopNotice("sent again only lines it had already sent", pages));
      stoppedBy = "repeated_page";
      break;
    }

    held.sort(declaredOldestFirst ? newestThenLatestArrival : newestThenEarliestArrival);
    const fit = withinBudget(held, query);
    if (fit.cutBy) {
      cutBy = fit.cutBy;
      held = held.slice(0, fit.kept);
    }
    heldKeys = countKeys(held);

    if (page.next === undefined) break;
    if (newestFirst && (cutBy || held.length >= query.maxLines)) {
      stoppedBy = cutBy ?? "line_limit";
      break;
    }
    const cursorKey = keyOf(page.next);
    if (seenCursors.has(cursorKey)) {
      partials.add(loopNotice("repeated a paging cursor", pages));
      stoppedBy = "repeated_page";
      break;
    }
    seenCursors.add(cursorKey);
    cursor = page.next;
  }
  if (stoppedBy && !newestFirst && newestNs !== undefined) {
    partials.add(
      "the source does not answer newest first and reading stopped before its last page: the " +
        "lines shown are the newest of those read, and newer ones may exist",
    );
  }
  const result: LogResult = {
    records: held.map((entry) => entry.record),
    truncated: (stoppedBy ?? cutBy) !== undefined,
    pages,
    outOfWindow,
    repeated,
  };
  if (stoppedBy ?? cutBy) result.stoppedBy = stoppedBy ?? cutBy;
  if (partials.size > 0) result.partial = [...partials].join("; ");
  return result;
}

/** The record's instant in ns; undefined when it has none readable (it cannot be placed). */
function recordNs(record: LogRecord): bigint | undefined {
  if (record.timeNs !== undefined && NS_DIGITS.test(record.timeNs)) return BigInt(record.timeNs);
  return parseTimestampNs(record.time);
}

/** Everything a person would see of a record: two records with one key look the same. */
const recordKey = (record: LogRecord): string => {
  return [record.timeNs ?? record.time, record.level ?? "", record.message, attributesText(record)]
    .join("\u0000");
};

function attributesText(record: LogRecord): string {
  return JSON.stringify(Object.entries(record.attributes));
}

function pageFingerprint(keys: string[]): string {
  return sha256Hex(keys.join("\u0001"));
}

/** A cursor as comparable text: strings and URLs as they are, other shapes as JSON. */
function keyOf(cursor: unknown): string {
  if (typeof cursor === "string") return cursor;
  return JSON.stringify(cursor, (_, value) => {
    if (typeof value === "bigint") return value.toString();
    if (value instanceof Map) return [...value];
    return value;
  });
}

function countKeys(held: Held[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of held) counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
  return counts;
}

/** Ties keep the backend's order (a newest-first backend already broke them). */
const newestThenEarliestArrival = (a: Held, b: Held): number => {
  return byNsDescending(a, b) || a.seq - b.seq;
};

/** Ties reversed too, so an oldest-first backend's lines read as one newest-first list. */
const newestThenLatestArrival = (a: Held, b: Held): number => {
  return byNsDescending(a, b) || b.seq - a.seq;
};

/** How many of the newest records fit the line and byte budgets, and which one cut the rest. */
function withinBudget(
  held: Held[],
  query: LogQuery,
): { kept: number; cutBy?: "line_limit" | "byte_limit" } {
  let bytes = 0;
  for (let index = 0; index < held.length; index++) {
    if (index >= query.maxLines) return { kept: index, cutBy: "line_limit" };
    if (bytes + held[index].bytes > query.maxBytes) return { kept: index, cutBy: "byte_limit" };
    bytes += held[index].bytes;
  }
  return { kept: held.length };
}

/** Secret-free: says what the backend did, never what it sent. */
function loopNotice(what: string, pages: number): string {
  return `the source ${what}, so reading stopped after ${pages} page${
    pages === 1 ? "" : "s"
  }; each line read is shown once`;
}
