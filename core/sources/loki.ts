/** Grafana Loki `query_range`: backward paging by narrowing the window, streams merged newest first. */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { lokiSchema, type LokiSource } from "./config.ts";
import type { SourceBackend } from "./backend.ts";
import type { LogQuery, LogRecord, LogResult } from "./types.ts";
import { type AdapterContext, authorizationHeader, endpoint } from "./context.ts";
import { firstLine, parseReply, send, sourceError, type VendorErrors } from "./http.ts";
import { readPages } from "./pager.ts";
import { makeRecord } from "./records.ts";
import { nsFromMs } from "./time.ts";

/** The reply's schema, built on first use (not when a function loads). */
const replySchema = once(() => {
  const NsString = z.string().check(z.regex(/^\d{1,20}$/));
  const Metadata = z.looseObject({
    structuredMetadata: z.optional(z.record(z.string(), z.string())),
    parsed: z.optional(z.record(z.string(), z.string())),
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
  ) as unknown as z.ZodMiniType<[string, string] | [string, string, z.infer<typeof Metadata>]>;
  return z.object({
    status: z.literal("success"),
    data: z.object({
      resultType: z.string(),
      result: z.array(z.object({
        stream: z.record(z.string(), z.string()),
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

interface Entryish {
  ns: bigint;
  line: string;
  stream: Record<string, string>;
  extra: Record<string, string>;
  key: string;
}

export async function readLoki(
  source: LokiSource,
  query: LogQuery,
  ctx: AdapterContext,
): Promise<LogResult> {
  const logql = buildLogql(source, query);
  const headers: Record<string, string> = {
    accept: "application/json",
    ...authorizationHeader(source.auth, ctx.secrets),
  };
  if (source.orgId) headers["x-scope-orgid"] = source.orgId;
  const startNs = nsFromMs(query.start.getTime());
  return await readPages<Cursor>(
    query,
    { source, http: ctx.http },
    async (cursor, size) => {
      const seenCount = cursor ? [...cursor.seen.values()].reduce((sum, n) => sum + n, 0) : 0;
      const limit = Math.min(5000, size + seenCount);
      const url = endpoint(ctx.baseUrl, "/loki/api/v1/query_range");
      url.searchParams.set("query", logql);
      url.searchParams.set("start", startNs.toString());
      url.searchParams.set("end", (cursor?.endNs ?? nsFromMs(query.end.getTime())).toString());
      url.searchParams.set("limit", String(limit));
      url.searchParams.set("direction", "backward");
      const reply = await send(ctx.http, { method: "GET", url, headers, vendor: lokiErrors });
      const data = parseReply(ctx.http, reply.text, replySchema(), "Loki query_range result").data;
      if (data.resultType !== "streams") {
        throw sourceError(
          source.name,
          `expected log streams, got ${data.resultType.slice(0, 20)}`,
          "malformed",
        );
      }
      const entries = mergeNewestFirst(data.result);
      const fresh = dropRepeats(entries, cursor);
      const records: LogRecord[] = fresh.map((entry) =>
        makeRecord(entry.ns, entry.line, entry.extra.level ?? entry.stream.level, {
          ...entry.stream,
          ...entry.extra,
        })
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
): Entryish[] {
  const entries: Entryish[] = [];
  for (const stream of result) {
    const streamKey = JSON.stringify(stream.stream);
    for (const value of stream.values) {
      const extra = value.length === 3
        ? { ...value[2].structuredMetadata, ...value[2].parsed }
        : {};
      entries.push({
        ns: BigInt(value[0]),
        line: value[1],
        stream: stream.stream,
        extra,
        key: `${streamKey}\u0000${value[1]}`,
      });
    }
  }
  return entries.sort((a, b) => (a.ns === b.ns ? 0 : a.ns > b.ns ? -1 : 1));
}

function dropRepeats(entries: Entryish[], cursor: Cursor | undefined): Entryish[] {
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

function nextCursor(entries: Entryish[], previous: Cursor | undefined): Cursor {
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
