/** A fake Elasticsearch/OpenSearch `_search`: range + term filters, desc sort, search_after. */
import type { FakeReply, FakeRoute, RecordedRequest } from "./server.ts";

export interface ElasticFakeOptions {
  timestampField?: string;
  /** A field with unique values used as the sort tiebreaker. */
  tiebreakerField?: string;
  /** Report this many failed shards out of 5 on every reply. */
  failedShards?: number;
}

/** The Elasticsearch error envelope. */
export function elasticError(status: number, type: string, reason: string): FakeReply {
  return { status, body: { error: { root_cause: [{ type, reason }], type, reason }, status } };
}

function read(doc: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(doc, path)) return doc[path];
  const [head, ...rest] = path.split(".");
  const child = doc[head];
  return child && typeof child === "object" && rest.length > 0
    ? read(child as Record<string, unknown>, rest.join("."))
    : undefined;
}

interface SearchBody {
  size: number;
  query: {
    bool: { filter: Record<string, Record<string, unknown>>[] };
  };
  search_after?: unknown[];
}

/** Serves `POST /<index>/_search` over `docs` (every index holds the same docs). */
export function elasticsearchRoute(
  docs: Record<string, unknown>[],
  options: ElasticFakeOptions = {},
): FakeRoute {
  const tsField = options.timestampField ?? "@timestamp";
  return (request: RecordedRequest): FakeReply => {
    if (request.method !== "POST" || !request.path.endsWith("/_search")) {
      return elasticError(404, "index_not_found_exception", "no such index");
    }
    const body = JSON.parse(request.body) as SearchBody;
    if (
      Object.keys(body.query).join() !== "bool" || Object.keys(body.query.bool).join() !== "filter"
    ) {
      return elasticError(
        400,
        "parsing_exception",
        "the fake expects a bool query of filters only",
      );
    }
    let hits = docs.filter((doc) =>
      body.query.bool.filter.every((clause) => {
        if (clause.range) {
          const range = clause.range[tsField] as { gte: string; lt: string };
          const ts = Date.parse(String(read(doc, tsField)));
          return ts >= Date.parse(range.gte) && ts < Date.parse(range.lt);
        }
        const [field, value] = Object.entries(clause.term)[0];
        return read(doc, field) === value;
      })
    ).map((doc) => ({
      doc,
      sort: [
        new Date(String(read(doc, tsField))).toISOString(),
        ...(options.tiebreakerField ? [String(read(doc, options.tiebreakerField))] : []),
      ],
    })).sort((a, b) => compareSort(b.sort, a.sort));
    if (body.search_after) {
      const after = body.search_after.map(String);
      hits = hits.filter((hit) => compareSort(hit.sort, after) < 0);
    }
    const failed = options.failedShards ?? 0;
    return {
      headers: { "x-elastic-product": "Elasticsearch" },
      body: {
        took: 1,
        timed_out: false,
        _shards: { total: 5, successful: 5 - failed, skipped: 0, failed },
        hits: {
          max_score: null,
          hits: hits.slice(0, body.size).map((hit, index) => ({
            _index: "logs-fake",
            _id: String(index),
            _score: null,
            _source: hit.doc,
            sort: hit.sort,
          })),
        },
      },
    };
  };
}

function compareSort(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}
