/** A fake Loki `query_range` over in-memory streams: label selector, ns window, backward. */
import type { FakeReply, FakeRoute, RecordedRequest } from "./server.ts";

export interface LokiStream {
  stream: Record<string, string>;
  /** `[ns, line]` or `[ns, line, {structuredMetadata, parsed}]`. */
  values: [string, string, Record<string, unknown>?][];
}

/** Loki's plain-text error body. */
export function lokiError(status: number, text: string): FakeReply {
  return { status, body: `${text}\n` };
}

/** A bare stream selector `{a="x", b="y"}`; anything else (a line filter, a pipeline) is refused. */
function parseQuery(query: string) {
  const match = /^\{(.*?)\}$/.exec(query);
  if (!match) return undefined;
  const labels: Record<string, string> = {};
  for (const part of match[1].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)=("(?:[^"\\]|\\.)*")/g)) {
    labels[part[1]] = JSON.parse(part[2]);
  }
  return { labels };
}

/** Serves `GET /loki/api/v1/query_range` the way Loki does for `direction=backward`. */
export function lokiRoute(streams: LokiStream[]): FakeRoute {
  return (request: RecordedRequest): FakeReply => {
    if (request.method !== "GET" || request.path !== "/loki/api/v1/query_range") {
      return lokiError(404, "404 page not found");
    }
    const parsed = parseQuery(request.query.query ?? "");
    if (!parsed) return lokiError(400, "parse error at line 1, col 1: syntax error");
    if (request.query.direction !== "backward") {
      return lokiError(400, "fake supports backward only");
    }
    const start = BigInt(request.query.start);
    const end = BigInt(request.query.end);
    const limit = Number(request.query.limit);
    if (limit > 5000) {
      return lokiError(
        400,
        "max entries limit per query exceeded, limit > max_entries_limit_per_query (5000)",
      );
    }
    const matching = streams.filter((s) =>
      Object.entries(parsed.labels).every(([name, value]) => s.stream[name] === value)
    );
    const entries = matching.flatMap((s) =>
      s.values
        .filter((v) => BigInt(v[0]) >= start && BigInt(v[0]) < end)
        .map((value) => ({ stream: s.stream, value }))
    ).sort((a, b) => {
      const x = BigInt(a.value[0]);
      const y = BigInt(b.value[0]);
      return x === y ? 0 : x > y ? -1 : 1;
    }).slice(0, limit);
    const byStream = new Map<Record<string, string>, LokiStream["values"]>();
    for (const entry of entries) {
      byStream.set(entry.stream, [...(byStream.get(entry.stream) ?? []), entry.value]);
    }
    return {
      body: {
        status: "success",
        data: {
          resultType: "streams",
          result: [...byStream].map(([stream, values]) => ({ stream, values })),
          stats: { summary: { execTime: 0.001, totalLinesProcessed: entries.length } },
        },
      },
    };
  };
}
