/** Follows an adapter's pages until done or a line, byte, page or time budget is reached. */
import type { LogQuery, LogRecord, LogResult } from "./types.ts";
import { LogSourceError } from "./types.ts";
import { type HttpTarget, sourceError } from "./http.ts";
import { utf8Length } from "../excerpt.ts";

export interface Page<Cursor> {
  /** Records of this page in the order the pager should keep them. */
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

export interface PagerOptions {
  source: PagedSource;
  http: Pick<HttpTarget, "now">;
  /** The backend reads oldest first (CloudWatch): the result is reversed to newest first. */
  ascending?: boolean;
}

export async function readPages<Cursor>(
  query: LogQuery,
  options: PagerOptions,
  /** `size`: records to ask for, the source's page size or fewer when the line budget is near. */
  fetchPage: (cursor: Cursor | undefined, size: number) => Promise<Page<Cursor>>,
): Promise<LogResult> {
  const { source, http } = options;
  const records: LogRecord[] = [];
  const partials = new Set<string>();
  let bytes = 0;
  let pages = 0;
  let truncated = false;
  let cursor: Cursor | undefined;
  for (;;) {
    if (pages >= source.maxPages) {
      truncated = true;
      break;
    }
    if (http.now() >= query.deadline) {
      if (pages === 0) throw sourceError(source.name, "ran out of time", "timeout");
      truncated = true;
      break;
    }
    let page: Page<Cursor>;
    try {
      // Only reached with records.length < maxLines: the size is at least 1.
      page = await fetchPage(cursor, Math.min(source.pageSize, query.maxLines - records.length));
    } catch (error) {
      if (pages > 0 && error instanceof LogSourceError && error.code === "timeout") {
        truncated = true;
        break;
      }
      throw error;
    }
    pages++;
    if (page.partial) partials.add(page.partial);
    let full = false;
    for (const record of page.records) {
      const size = utf8Length(record.message);
      if (records.length >= query.maxLines || bytes + size > query.maxBytes) {
        full = true;
        break;
      }
      records.push(record);
      bytes += size;
    }
    if (full) {
      truncated = true;
      break;
    }
    if (page.next === undefined) break;
    if (records.length >= query.maxLines) {
      truncated = true;
      break;
    }
    cursor = page.next;
  }
  const result: LogResult = {
    records: options.ascending ? records.reverse() : records,
    truncated,
    pages,
  };
  if (partials.size > 0) result.partial = [...partials].join("; ");
  return result;
}
