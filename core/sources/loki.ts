/** Grafana Loki `query_range`: backward paging by narrowing the window, streams merged newest first. */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { lokiSchema, type LokiSource } from "./config.ts";
import type { SourceBackend } from "./backend.ts";
import type { LogQuery, LogResult } from "./types.ts";
import { type AdapterContext, authorizationHeader, endpoint, withParams } from "./context.ts";
import { ACCEPT_JSON, firstLine, malformed, sendForJson, type VendorErrors } from "./http.ts";
import { readPages } from "./pager.ts";
import { makeRecord } from "./records.ts";
import { byNsDescending, NS_DIGITS, nsFromMs } from "./time.ts";

type Labels = Record<string, string>;

/** The reply's schema, built on first use (not when a function loads). */
const replySchema = once(() => {
  // Text values under any names: an object of no fixed fields, each value text (what zod's record
  // of strings reads, as an object it already carries instead of its record type's own code).
  const labels = z.catchall(z.object({}), z.string());
  const NsString = z.string().check(z.regex(NS_DIGITS));
  const Metadata = z.looseObject({
    structuredMetadata: z.optional(labels),
    parsed: z.optional(labels),
  });
  /**
   * `[ns, line]` or `[ns, line, metadata]`, read item by item (zod's tuple would add its own
   * code to the bundle for this one schema).
   */
  const Entry = z.array(z.unknown()).check(
    z.minLength(2),
    z.maxLength(3),
    z.refine(
      (entry) =>
        NsString.safeParse(entry[0]).success && typeof entry[1] === "string" &&
        (entry.length === 2 || Metadata.safeParse(entry[2]).success),
      "a [timestamp, line] or [timestamp, line, metadata] entry",
    ),
  ) as unknown as z.ZodMiniType<[string, string, z.infer<typeof Metadata>?]>;
  return z.object({
    // One value as an enum of one: zod's literal type would add its own code for this alone.
    status: z.enum(["success"]),
    data: z.object({
      resultType: z.string(),
      result: z.array(z.object({
        stream: labels,
        values: z.array(Entry).check(z.maxLength(10_000)),
      })).check(z.maxLength(5000)),
    }),
  });
});

/** Loki answers errors as plain text (`parse error at line 1, col 12: …`). */
const lokiErrors: VendorErrors = {
  detail: ({ text }) => firstLine(text),
};

/** A LogQL double-quoted string: Go escaping of backslash, quote and control characters. */
export function logqlString(value: string): string {
  // deno-lint-ignore no-control-regex -- control characters are what this escapes
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f]/g, (char) => {
    if (char === "\\") return "\\\\";
    if (char === '"') return '\\"';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `"${escaped}"`;
}

export function buildLogql(source: LokiSource, query: LogQuery): string {
  const labels = { ...source.services[query.service].labels };
  if (source.environmentLabel) labels[source.environmentLabel] = query.environment;
  const selector = Object.entries(labels).map(([name, value]) => `${name}=${logqlString(value)}`);
  return `{${selector.join(", ")}}`;
}

interface Cursor {
  /** Exclusive end for the next request: the oldest ns seen + 1. */
  endNs: bigint;
  /** Entries already returned at the oldest ns (by stream+line), to drop their repeats. */
  seen: Map<string, number>;
  oldestNs: bigint;
}

interface Entry {
  ns: bigint;
  line: string;
  /** The stream's labels, then the entry's own metadata over them. */
  labels: Labels;
  key: string;
}

export async function readLoki(
  source: LokiSource,
  query: LogQuery,
  ctx: AdapterContext,
): Promise<LogResult> {
  const logql = buildLogql(source, query);
  const headers: Labels = { ...ACCEPT_JSON, ...authorizationHeader(source.auth, ctx.secrets) };
  if (source.orgId) headers["x-scope-orgid"] = source.orgId;
  const startNs = nsFromMs(query.start.getTime());
  return await readPages<Cursor>(
    query,
    { source, http: ctx.http },
    async (cursor, size) => {
      const seenCount = cursor ? [...cursor.seen.values()].reduce((sum, n) => sum + n, 0) : 0;
      const limit = Math.min(5000, size + seenCount);
      const url = withParams(endpoint(ctx.baseUrl, "/loki/api/v1/query_range"), {
        query: logql,
        start: `${startNs}`,
        end: `${cursor?.endNs ?? nsFromMs(query.end.getTime())}`,
        limit: `${limit}`,
        direction: "backward",
      });
      const { data } = await sendForJson(
        ctx.http,
        { method: "GET", url, headers, vendor: lokiErrors },
        replySchema(),
        "Loki query_range result",
      );
      if (data.resultType !== "streams") {
        throw malformed(source.name, `expected log streams, got ${data.resultType.slice(0, 20)}`);
      }
      const entries = mergeNewestFirst(data.result);
      const fresh = dropRepeats(entries, cursor);
      const records = fresh.map(({ ns, line, labels }) =>
        makeRecord(ns, line, labels.level, labels)
      );
      if (entries.length < limit) return { records };
      if (fresh.length === 0) {
        return {
          records,
          partial: `more than ${limit} lines share one timestamp; some were skipped`,
        };
      }
      return { records, next: nextCursor(entries, cursor) };
    },
  );
}

function mergeNewestFirst(
  result: z.infer<ReturnType<typeof replySchema>>["data"]["result"],
): Entry[] {
  const entries: Entry[] = [];
  for (const { stream, values } of result) {
    const streamKey = JSON.stringify(stream);
    for (const [ns, line, metadata] of values) {
      entries.push({
        ns: BigInt(ns),
        line,
        labels: { ...stream, ...metadata?.structuredMetadata, ...metadata?.parsed },
        key: `${streamKey}\u0000${line}`,
      });
    }
  }
  return entries.sort(byNsDescending);
}

function dropRepeats(entries: Entry[], cursor: Cursor | undefined): Entry[] {
  if (!cursor) return entries;
  const remaining = new Map(cursor.seen);
  return entries.filter((entry) => {
    if (entry.ns !== cursor.oldestNs) return true;
    const count = remaining.get(entry.key) ?? 0;
    if (count === 0) return true;
    remaining.set(entry.key, count - 1);
    return false;
  });
}

function nextCursor(entries: Entry[], previous: Cursor | undefined): Cursor {
  const oldestNs = entries[entries.length - 1].ns;
  const seen = new Map<string, number>();
  for (const entry of entries) {
    if (entry.ns === oldestNs) seen.set(entry.key, (seen.get(entry.key) ?? 0) + 1);
  }
  if (previous && previous.oldestNs === oldestNs) {
    for (const [key, count] of previous.seen) seen.set(key, Math.max(seen.get(key) ?? 0, count));
  }
  return { endNs: oldestNs + 1n, seen, oldestNs };
}

/** The Grafana Loki backend: list it in a sources config's `backends` to read loki sources. */
export const loki: SourceBackend<LokiSource> = {
  kind: "loki",
  configSchema: lokiSchema,
  read: readLoki,
};
