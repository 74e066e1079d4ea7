/** Datadog Logs `POST /api/v2/logs/events/search`, cursor paging via meta.page.after. */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { datadogSchema, type DatadogSource } from "./config.ts";
import type { SourceBackend } from "./backend.ts";
import type { LogQuery, LogResult } from "./types.ts";
import type { AdapterContext } from "./context.ts";
import { firstLine, POST_JSON, sendForJson, type VendorErrors } from "./http.ts";
import { readPages } from "./pager.ts";
import { makeRecord } from "./records.ts";
import { parseTimestampNs } from "./time.ts";

/** The reply's schema, built on first use (not when a function loads). */
const replySchema = once(() =>
  z.object({
    data: z.array(z.object({
      attributes: z.object({
        timestamp: z.string(),
        message: z.optional(z.string()),
        status: z.optional(z.string()),
        service: z.optional(z.string()),
        host: z.optional(z.string()),
        tags: z.optional(z.array(z.string()).check(z.maxLength(200))),
        // Any fields (a loose object of none: zod's record of any values, without its own code).
        attributes: z.optional(z.looseObject({})),
      }),
    })).check(z.maxLength(1000)),
    meta: z.optional(z.object({
      status: z.optional(z.string()),
      page: z.optional(z.object({ after: z.optional(z.string().check(z.maxLength(4000))) })),
    })),
  })
);

/** `{"errors": ["…"]}` for 400/403/429. */
const datadogErrors: VendorErrors = {
  detail({ json, text }) {
    const errors = (json as { errors?: unknown } | null | undefined)?.errors;
    if (Array.isArray(errors)) return errors.map((error) => String(error)).slice(0, 3).join("; ");
    // not the JSON envelope: the first line
    return firstLine(text);
  },
};

/** Service and environment are config-validated plain values: safe in a query unquoted. */
export function buildDatadogQuery(source: DatadogSource, query: LogQuery): string {
  return `service:${source.services[query.service].service} env:${query.environment}`;
}

export async function readDatadog(
  source: DatadogSource,
  query: LogQuery,
  ctx: AdapterContext,
): Promise<LogResult> {
  const url = new URL("/api/v2/logs/events/search", ctx.baseUrl);
  const headers = {
    ...POST_JSON,
    "dd-api-key": ctx.secrets[source.apiKeyEnv],
    "dd-application-key": ctx.secrets[source.appKeyEnv],
  };
  const filter: Record<string, unknown> = {
    query: buildDatadogQuery(source, query),
    from: query.start.toISOString(),
    to: query.end.toISOString(),
  };
  if (source.indexes) filter.indexes = source.indexes;
  return await readPages<string>(
    query,
    { source, http: ctx.http },
    async (cursor, limit) => {
      const page: Record<string, unknown> = { limit };
      if (cursor) page.cursor = cursor;
      const data = await sendForJson(
        ctx.http,
        {
          method: "POST",
          url,
          headers,
          body: JSON.stringify({ filter, sort: "-timestamp", page }),
          vendor: datadogErrors,
        },
        replySchema(),
        "logs search response",
      );
      const records = data.data.flatMap(({ attributes: log }) => {
        const ns = parseTimestampNs(log.timestamp);
        if (ns === undefined) return [];
        return [makeRecord(ns, log.message ?? "", log.status, {
          host: log.host,
          service: log.service,
          tags: log.tags?.join(","),
          ...log.attributes,
        })];
      });
      return {
        records,
        next: data.meta?.page?.after || undefined,
        partial: data.meta?.status === "timeout"
          ? "Datadog timed out and returned partial results"
          : undefined,
      };
    },
  );
}

/** The Datadog backend: list it in a sources config's `backends` to read datadog sources. */
export const datadog: SourceBackend<DatadogSource> = {
  kind: "datadog",
  configSchema: datadogSchema,
  read: readDatadog,
};
