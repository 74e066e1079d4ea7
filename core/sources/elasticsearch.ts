/** Elasticsearch / OpenSearch `_search`: bool filter, @timestamp range, desc sort, search_after. */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { elasticsearchSchema, type ElasticsearchSource } from "./config.ts";
import type { SourceBackend } from "./backend.ts";
import type { LogQuery, LogResult } from "./types.ts";
import { type AdapterContext, authorizationHeader, endpoint } from "./context.ts";
import { firstLine, POST_JSON, sendForJson, type VendorErrors } from "./http.ts";
import { readPages } from "./pager.ts";
import { makeRecord } from "./records.ts";
import { parseTimestampNs } from "./time.ts";

type SortValues = (string | number | boolean | null)[];

/** A JSON scalar: text, a number, true or false, or null (a `sort` value). */
function isScalar(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** The reply's schema, built on first use (not when a function loads). */
const replySchema = once(() =>
  z.object({
    timed_out: z.optional(z.boolean()),
    _shards: z.optional(z.object({ total: z.number(), failed: z.number() })),
    hits: z.object({
      hits: z.array(z.object({
        // Any fields (a loose object of none: zod's record of any values, without its own code).
        _source: z.optional(z.looseObject({})),
        sort: z.optional(
          // JSON scalars, each checked by one custom test: zod's union (and literal, for null)
          // would add their own code to the bundle for this field alone.
          z.array(z.custom<string | number | boolean | null>(isScalar)).check(
            z.maxLength(10),
          ),
        ),
      })).check(z.maxLength(10_000)),
    }),
  })
);

/** `{"error":{"root_cause":[{"type","reason"}],"type","reason"},"status"}`. */
const elasticErrors: VendorErrors = {
  detail({ json, text }) {
    // deno-lint-ignore no-explicit-any -- an untyped error envelope, every step optional
    const error = (json as any)?.error;
    if (typeof error === "string") return error;
    const cause = error?.root_cause?.[0] ?? error;
    if (typeof cause?.type === "string") return `${cause.type}: ${String(cause.reason ?? "")}`;
    // not the JSON envelope: the first line
    return firstLine(text);
  },
};

/** Reads `a.b.c` from `_source` whether it was indexed dotted or nested. */
export function readField(source: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(source, path)) return source[path];
  const dot = path.indexOf(".");
  if (dot < 0) return undefined;
  for (let split = dot; split >= 0; split = path.indexOf(".", split + 1)) {
    const head = path.slice(0, split);
    const child = source[head];
    if (child !== null && typeof child === "object" && !Array.isArray(child)) {
      const found = readField(child as Record<string, unknown>, path.slice(split + 1));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function buildSearchBody(
  source: ElasticsearchSource,
  query: LogQuery,
  size: number,
  searchAfter: SortValues | undefined,
): Record<string, unknown> {
  const mapping = source.services[query.service];
  const filter: unknown[] = [
    {
      range: {
        [source.timestampField]: {
          gte: query.start.toISOString(),
          lt: query.end.toISOString(),
          format: "strict_date_optional_time",
        },
      },
    },
    { term: { [mapping.field]: mapping.value } },
  ];
  if (source.environmentField) {
    filter.push({ term: { [source.environmentField]: query.environment } });
  }
  const sort: unknown[] = [{
    [source.timestampField]: {
      order: "desc",
      unmapped_type: "date",
      format: "strict_date_optional_time_nanos",
    },
  }];
  if (source.tiebreakerField) sort.push({ [source.tiebreakerField]: { order: "desc" } });
  const body: Record<string, unknown> = {
    size,
    track_total_hits: false,
    query: { bool: { filter } },
    sort,
    _source: [
      source.timestampField,
      source.messageField,
      source.levelField,
      ...source.attributeFields,
    ],
  };
  if (searchAfter) body.search_after = searchAfter;
  return body;
}

export async function readElasticsearch(
  source: ElasticsearchSource,
  query: LogQuery,
  ctx: AdapterContext,
): Promise<LogResult> {
  const index = encodeURIComponent(source.services[query.service].index).replaceAll("%2C", ",");
  const url = endpoint(ctx.baseUrl, `/${index}/_search`);
  const headers = { ...POST_JSON, ...authorizationHeader(source.auth, ctx.secrets) };
  return await readPages<SortValues>(
    query,
    { source, http: ctx.http },
    async (searchAfter, size) => {
      const data = await sendForJson(
        ctx.http,
        {
          method: "POST",
          url,
          headers,
          body: JSON.stringify(buildSearchBody(source, query, size, searchAfter)),
          vendor: elasticErrors,
        },
        replySchema(),
        "search response",
      );
      const hits = data.hits.hits;
      const records = hits.flatMap((hit) => {
        const doc = hit._source ?? {};
        const ns = parseTimestampNs(readField(doc, source.timestampField));
        const message = readField(doc, source.messageField);
        if (ns === undefined) return [];
        const attributes: Record<string, unknown> = {};
        for (const field of source.attributeFields) attributes[field] = readField(doc, field);
        return [makeRecord(
          ns,
          typeof message === "string" ? message : JSON.stringify(message ?? ""),
          readField(doc, source.levelField),
          attributes,
        )];
      });
      const partials: string[] = [];
      if (data._shards && data._shards.failed > 0) {
        partials.push(`${data._shards.failed} of ${data._shards.total} shards failed`);
      }
      if (data.timed_out) partials.push("the search timed out on the cluster");
      const last = hits[hits.length - 1]?.sort;
      return {
        records,
        next: hits.length === size && last ? last : undefined,
        partial: partials.length > 0 ? partials.join(", ") : undefined,
      };
    },
  );
}

/** The Elasticsearch / OpenSearch backend: list it in a sources config's `backends` to read elasticsearch sources. */
export const elasticsearch: SourceBackend<ElasticsearchSource> = {
  kind: "elasticsearch",
  configSchema: elasticsearchSchema,
  read: readElasticsearch,
};
