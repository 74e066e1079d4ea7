/** A fake Datadog `POST /api/v2/logs/events/search`: service/env tags, window, cursor paging. */
import {
  decodeToken,
  encodeToken,
  type FakeReply,
  type FakeRoute,
  type RecordedRequest,
} from "./server.ts";

export interface DatadogLog {
  timestamp: string;
  message: string;
  service: string;
  env: string;
  status?: string;
  host?: string;
  attributes?: Record<string, unknown>;
}

export interface DatadogFakeOptions {
  /** Answer every page with `meta.status: "timeout"` (partial results). */
  timeout?: boolean;
}

/** Datadog's `{"errors": [...]}` envelope, with rate-limit headers on 429. */
export function datadogError(status: number, message: string): FakeReply {
  const headers: Record<string, string> = status === 429
    ? {
      "x-ratelimit-limit": "300",
      "x-ratelimit-period": "60",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": "0",
      "x-ratelimit-name": "logs_query",
    }
    : {};
  return { status, headers, body: { errors: [message] } };
}

interface SearchBody {
  filter: { query: string; from: string; to: string };
  sort: string;
  page: { limit: number; cursor?: string };
}

/** `service:<s> env:<e>`, the only query shape the adapter sends. */
const QUERY = /^service:(\S+) env:(\S+)$/;

export function datadogRoute(logs: DatadogLog[], options: DatadogFakeOptions = {}): FakeRoute {
  return (request: RecordedRequest): FakeReply => {
    if (request.method !== "POST" || request.path !== "/api/v2/logs/events/search") {
      return datadogError(404, "Not found");
    }
    if (!request.headers["dd-api-key"] || !request.headers["dd-application-key"]) {
      return datadogError(403, "Forbidden");
    }
    const body = JSON.parse(request.body) as SearchBody;
    const query = QUERY.exec(body.filter.query);
    if (!query) return datadogError(400, "the fake expects `service:<s> env:<e>` only");
    const from = Date.parse(body.filter.from);
    const to = Date.parse(body.filter.to);
    const found = logs
      .filter((log) => log.service === query[1] && log.env === query[2])
      .filter((log) => Date.parse(log.timestamp) >= from && Date.parse(log.timestamp) < to)
      .sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
    const offset = decodeToken(body.page.cursor);
    const page = found.slice(offset, offset + body.page.limit);
    const after = offset + page.length < found.length
      ? encodeToken(offset + page.length)
      : undefined;
    return {
      body: {
        data: page.map((log, index) => ({
          id: `AAAA${offset + index}`,
          type: "log",
          attributes: {
            timestamp: log.timestamp,
            message: log.message,
            service: log.service,
            status: log.status ?? "info",
            host: log.host ?? "i-0fake",
            tags: [`env:${log.env}`],
            attributes: log.attributes ?? {},
          },
        })),
        meta: {
          elapsed: 3,
          request_id: "fake",
          status: options.timeout ? "timeout" : "done",
          ...(after ? { page: { after } } : {}),
        },
        ...(after
          ? {
            links: { next: `https://api.datadoghq.com/api/v2/logs/events?page[cursor]=${after}` },
          }
          : {}),
      },
    };
  };
}
