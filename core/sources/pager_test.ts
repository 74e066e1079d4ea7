import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { type Page, type PagerOptions, readPages } from "./pager.ts";
import { type LogQuery, type LogRecord, LogSourceError } from "./types.ts";

const START_MS = Date.parse("2026-11-29T10:00:00Z");
const END_MS = START_MS + 60_000;

/** A record `offsetMs` into the window. */
const record = (message: string, offsetMs = 0): LogRecord => {
  const ns = (BigInt(START_MS + offsetMs) * 1_000_000n).toString();
  return {
    time: new Date(START_MS + offsetMs).toISOString(),
    timeNs: ns,
    message,
    attributes: {},
  };
};
const query = (overrides: Partial<LogQuery> = {}): LogQuery => ({
  service: "s",
  environment: "e",
  start: new Date(START_MS),
  end: new Date(END_MS),
  maxLines: 100,
  maxBytes: 10_000,
  deadline: Date.now() + 10_000,
  ...overrides,
});
/** Newest first: page i holds p{i}a then p{i}b, each older than the page before. */
const pages = (count: number) => (cursor: number | undefined): Promise<Page<number>> => {
  const index = cursor ?? 0;
  return Promise.resolve({
    records: [record(`p${index}a`, 50_000 - index * 10), record(`p${index}b`, 49_999 - index * 10)],
    next: index + 1 < count ? index + 1 : undefined,
  });
};
/** Serves `script` page by page (cursor = page index), recording the sizes asked for. */
function scriptedPages(script: LogRecord[][], sizes: number[] = []) {
  return (cursor: number | undefined, size: number): Promise<Page<number>> => {
    const index = cursor ?? 0;
    sizes.push(size);
    return Promise.resolve({
      records: script[index],
      next: index + 1 < script.length ? index + 1 : undefined,
    });
  };
}
const options: PagerOptions = {
  source: { name: "t", maxPages: 10, pageSize: 100 },
  http: { now: Date.now, budgetMs: 8000 },
};
const messages = (records: LogRecord[]) => records.map((r) => r.message);

Deno.test("pages are followed to the end and nothing is truncated", async () => {
  const result = await readPages(query(), options, pages(3));
  deepStrictEqual(messages(result.records), ["p0a", "p0b", "p1a", "p1b", "p2a", "p2b"]);
  strictEqual(result.truncated, false);
  strictEqual(result.pages, 3);
  strictEqual(result.outOfWindow, 0);
  strictEqual(result.repeated, 0);
  strictEqual(result.stoppedBy, undefined);
});

Deno.test("the line, byte and page budgets each stop the read and set truncated", async () => {
  const lines = await readPages(query({ maxLines: 3 }), options, pages(5));
  deepStrictEqual(messages(lines.records), ["p0a", "p0b", "p1a"]);
  strictEqual(lines.truncated, true);
  strictEqual(lines.pages, 2, "a newest-first source is not read past the line budget");
  strictEqual(lines.stoppedBy, "line_limit");
  const bytes = await readPages(query({ maxBytes: 9 }), options, pages(5));
  deepStrictEqual(messages(bytes.records), ["p0a", "p0b", "p1a"]);
  strictEqual(bytes.truncated, true);
  strictEqual(bytes.stoppedBy, "byte_limit");
  const exact = await readPages(query({ maxLines: 4 }), options, pages(2));
  strictEqual(exact.truncated, false, "filled exactly by the last page: nothing was left");
  strictEqual(exact.stoppedBy, undefined);
  const paged = await readPages(
    query(),
    { ...options, source: { ...options.source, maxPages: 2 } },
    pages(5),
  );
  strictEqual(paged.records.length, 4);
  strictEqual(paged.truncated, true);
  strictEqual(paged.stoppedBy, "page_limit");
  strictEqual(paged.partial, undefined, "newest first: the newest lines are the ones shown");
});

Deno.test("the deadline: none left at the start is a timeout naming the budget, later it truncates", async () => {
  await rejects(
    readPages(query({ deadline: Date.now() - 1 }), options, pages(2)),
    (e: LogSourceError) =>
      e.code === "timeout" && /no answer within its 8000 ms time budget/.test(e.message),
  );
  let clock = 0;
  const result = await readPages(
    query({ deadline: 2 }),
    { ...options, http: { now: () => clock++, budgetMs: 8000 } },
    pages(5),
  );
  strictEqual(result.pages, 2);
  strictEqual(result.truncated, true);
  strictEqual(result.stoppedBy, "time_limit");
});

Deno.test("a timeout after the first page keeps what was read; other errors propagate", async () => {
  const failingAt = (code: string) => (cursor: number | undefined) =>
    cursor === 1 ? Promise.reject(new LogSourceError("x", code)) : pages(3)(cursor);
  const kept = await readPages(query(), options, failingAt("timeout"));
  deepStrictEqual(messages(kept.records), ["p0a", "p0b"]);
  strictEqual(kept.truncated, true);
  strictEqual(kept.stoppedBy, "time_limit");
  await rejects(readPages(query(), options, failingAt("malformed")), /x/);
});

Deno.test("records outside [start, end) are dropped and counted, whatever the backend sent", async () => {
  const result = await readPages(
    query(),
    options,
    scriptedPages([[
      record("stamped 2099", Date.parse("2099-01-01T00:00:00Z") - START_MS),
      record("at the end: excluded", 60_000),
      record("inside", 30_000),
      record("at the start: included", 0),
      record("just before the start", -1),
      { time: "not a time", message: "unplaceable", attributes: {} },
    ]]),
  );
  deepStrictEqual(messages(result.records), ["inside", "at the start: included"]);
  strictEqual(result.outOfWindow, 4);
  strictEqual(result.truncated, false);
});

Deno.test("an oldest-first answer comes back newest first, and the line budget keeps the newest", async () => {
  // A source that answers oldest first, though the adapter expected newest first.
  const script = [
    [record("t1", 1000), record("t2", 2000)],
    [record("t3", 3000), record("t4", 4000)],
    [record("t5", 5000), record("t6", 6000)],
  ];
  const all = await readPages(query(), options, scriptedPages(script));
  deepStrictEqual(messages(all.records), ["t6", "t5", "t4", "t3", "t2", "t1"]);
  strictEqual(all.truncated, false);

  const sizes: number[] = [];
  const newest = await readPages(query({ maxLines: 3 }), options, scriptedPages(script, sizes));
  deepStrictEqual(messages(newest.records), ["t6", "t5", "t4"], "the newest, not the oldest");
  strictEqual(newest.truncated, true);
  strictEqual(newest.stoppedBy, "line_limit", "older lines were left out");
  strictEqual(newest.pages, 3, "read on to the last page once the order showed");
  strictEqual(newest.partial, undefined, "every page was read: they are the window's newest");
  deepStrictEqual(sizes, [3, 100, 100], "full pages once the budget no longer ends the read");
});

Deno.test("an oldest-first source that a budget stops early says the lines are not the newest", async () => {
  const script = [
    [record("t1", 1000), record("t2", 2000)],
    [record("t3", 3000), record("t4", 4000)],
    [record("t5", 5000), record("t6", 6000)],
  ];
  const result = await readPages(
    query({ maxLines: 3 }),
    { ...options, source: { ...options.source, maxPages: 2 }, order: "oldest_first" },
    scriptedPages(script),
  );
  deepStrictEqual(messages(result.records), ["t4", "t3", "t2"]);
  strictEqual(result.truncated, true);
  ok(/does not answer newest first .* newer ones may exist/.test(result.partial ?? ""));
});

Deno.test("declared oldest first: ties are reversed with the rest; partial notices are merged", async () => {
  const result = await readPages(
    query(),
    { ...options, order: "oldest_first" },
    (cursor: number | undefined) =>
      Promise.resolve({
        records: cursor === undefined
          ? [record("m0", 1000), record("m1 same ms", 2000), record("m2 same ms", 2000)]
          : [record("m3", 3000)],
        next: cursor === undefined ? 1 : undefined,
        partial: "2 of 5 shards failed",
      }),
  );
  deepStrictEqual(messages(result.records), ["m3", "m2 same ms", "m1 same ms", "m0"]);
  strictEqual(result.partial, "2 of 5 shards failed");
});

Deno.test("newest first: ties keep the backend's order", async () => {
  const result = await readPages(
    query(),
    options,
    scriptedPages([[record("b", 2000), record("tie 1", 1000), record("tie 2", 1000)]]),
  );
  deepStrictEqual(messages(result.records), ["b", "tie 1", "tie 2"]);
});

Deno.test("a repeated cursor stops the read with a notice; its page is shown once", async () => {
  let calls = 0;
  const result = await readPages(query(), options, (cursor: string | undefined) => {
    calls++;
    return Promise.resolve({
      records: cursor === undefined ? [record("first", 2000)] : [record(`again ${calls}`, 1000)],
      next: "same-cursor",
    });
  });
  deepStrictEqual(messages(result.records), ["first", "again 2"]);
  strictEqual(calls, 2, "the repeated cursor is not asked for again");
  strictEqual(result.truncated, true);
  strictEqual(result.stoppedBy, "repeated_page");
  strictEqual(
    result.partial,
    "the source repeated a paging cursor, so reading stopped after 2 pages; each line read is shown once",
  );
});

Deno.test("a page identical to an earlier one stops the read with a notice, never duplicates", async () => {
  let calls = 0;
  const page = [record("x", 2000), record("y", 1000)];
  const result = await readPages(query(), options, () => {
    calls++;
    return Promise.resolve({ records: page, next: `fresh-cursor-${calls}` });
  });
  deepStrictEqual(messages(result.records), ["x", "y"]);
  strictEqual(result.pages, 2);
  strictEqual(result.stoppedBy, "repeated_page");
  ok(/sent the same page twice, so reading stopped after 2 pages/.test(result.partial ?? ""));
});

Deno.test("overlapping pages: repeats of earlier lines are dropped and counted; a page's own twins stay", async () => {
  const result = await readPages(
    query(),
    options,
    scriptedPages([
      [record("c", 3000), record("b twin", 2000), record("b twin", 2000)],
      // Overlaps the first page by one of the twins (offset paging after a new line arrived).
      [record("b twin", 2000), record("a", 1000)],
    ]),
  );
  deepStrictEqual(messages(result.records), ["c", "b twin", "b twin", "a"]);
  strictEqual(result.repeated, 1);
  strictEqual(result.partial, undefined);

  const onlyRepeats = await readPages(
    query(),
    options,
    scriptedPages([[record("c", 3000), record("b", 2000)], [record("b", 2000)], [
      record("a", 1000),
    ]]),
  );
  deepStrictEqual(messages(onlyRepeats.records), ["c", "b"]);
  ok(/sent again only lines it had already sent/.test(onlyRepeats.partial ?? ""));
});

Deno.test("empty pages with fresh cursors are followed (CloudWatch scans streams that way)", async () => {
  const result = await readPages(
    query(),
    options,
    scriptedPages([[], [], [record("late", 1000)]]),
  );
  deepStrictEqual(messages(result.records), ["late"]);
  strictEqual(result.pages, 3);
  strictEqual(result.partial, undefined);
});
