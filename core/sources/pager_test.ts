import { deepStrictEqual, rejects, strictEqual } from "@node/assert";
import { type Page, readPages } from "./pager.ts";
import { type LogQuery, type LogRecord, LogSourceError } from "./types.ts";

const record = (message: string): LogRecord => ({
  time: "2026-11-29T10:00:00.000Z",
  message,
  attributes: {},
});
const query = (overrides: Partial<LogQuery> = {}): LogQuery => ({
  service: "s",
  environment: "e",
  start: new Date(0),
  end: new Date(1),
  maxLines: 100,
  maxBytes: 10_000,
  deadline: Date.now() + 10_000,
  ...overrides,
});
/** Pages of two records each: p0a p0b, p1a p1b, … up to `count` pages. */
const pages = (count: number) => (cursor: number | undefined): Promise<Page<number>> => {
  const index = cursor ?? 0;
  return Promise.resolve({
    records: [record(`p${index}a`), record(`p${index}b`)],
    next: index + 1 < count ? index + 1 : undefined,
  });
};
const options = { source: { name: "t", maxPages: 10, pageSize: 100 }, http: { now: Date.now } };

Deno.test("pages are followed to the end and nothing is truncated", async () => {
  const result = await readPages(query(), options, pages(3));
  deepStrictEqual(result.records.map((r) => r.message), ["p0a", "p0b", "p1a", "p1b", "p2a", "p2b"]);
  strictEqual(result.truncated, false);
  strictEqual(result.pages, 3);
});

Deno.test("the line, byte and page budgets each stop the read and set truncated", async () => {
  const lines = await readPages(query({ maxLines: 3 }), options, pages(5));
  deepStrictEqual(lines.records.map((r) => r.message), ["p0a", "p0b", "p1a"]);
  strictEqual(lines.truncated, true);
  const bytes = await readPages(query({ maxBytes: 9 }), options, pages(5));
  deepStrictEqual(bytes.records.map((r) => r.message), ["p0a", "p0b", "p1a"]);
  strictEqual(bytes.truncated, true);
  const exact = await readPages(query({ maxLines: 4 }), options, pages(2));
  strictEqual(exact.truncated, false, "filled exactly by the last page: nothing was left");
  const paged = await readPages(
    query(),
    { ...options, source: { ...options.source, maxPages: 2 } },
    pages(5),
  );
  strictEqual(paged.records.length, 4);
  strictEqual(paged.truncated, true);
});

Deno.test("the deadline: none left at the start is a timeout, later it truncates", async () => {
  await rejects(
    readPages(query({ deadline: Date.now() - 1 }), options, pages(2)),
    (e: LogSourceError) => e.code === "timeout",
  );
  let clock = 0;
  const result = await readPages(
    query({ deadline: 2 }),
    { ...options, http: { now: () => clock++ } },
    pages(5),
  );
  strictEqual(result.pages, 2);
  strictEqual(result.truncated, true);
});

Deno.test("a timeout after the first page keeps what was read; other errors propagate", async () => {
  const failingAt = (code: string) => (cursor: number | undefined) =>
    cursor === 1 ? Promise.reject(new LogSourceError("x", code)) : pages(3)(cursor);
  const kept = await readPages(query(), options, failingAt("timeout"));
  deepStrictEqual(kept.records.map((r) => r.message), ["p0a", "p0b"]);
  strictEqual(kept.truncated, true);
  await rejects(readPages(query(), options, failingAt("malformed")), /x/);
});

Deno.test("ascending backends come back newest first; partial notices are merged", async () => {
  const result = await readPages(
    query(),
    { ...options, ascending: true },
    (cursor: number | undefined) =>
      Promise.resolve({
        records: [record(`m${cursor ?? 0}`)],
        next: cursor === undefined ? 1 : undefined,
        partial: "2 of 5 shards failed",
      }),
  );
  deepStrictEqual(result.records.map((r) => r.message), ["m1", "m0"]);
  strictEqual(result.partial, "2 of 5 shards failed");
});
