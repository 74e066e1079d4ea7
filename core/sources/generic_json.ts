/** A team's own JSON log API: URL template, field pointers, cursor or next-link paging. */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { genericJsonSchema, type GenericJsonSource } from "./config.ts";
import type { SourceBackend } from "./backend.ts";
import type { LogQuery, LogRecord, LogResult } from "./types.ts";
import { type AdapterContext, authorizationHeader, endpoint } from "./context.ts";
import { ACCEPT_JSON, firstLine, malformed, sendForJson, type VendorErrors } from "./http.ts";
import { readPages } from "./pager.ts";
import { getPointer } from "./pointer.ts";
import { makeRecord } from "./records.ts";
import { nsFromMs, parseTimestampNs } from "./time.ts";

const MAX_ITEMS_PER_PAGE = 10_000;
/** The schemas of a reply and of its items, built on first use (not when a function loads). */
const bodySchema = once(() => z.unknown());
const itemsSchema = once(() =>
  // Items of any fields (a loose object of none: zod's record of any values, without its code).
  z.array(z.looseObject({})).check(z.maxLength(MAX_ITEMS_PER_PAGE))
);

/** RFC 9457 problem+json `detail`/`title`, a JSON `error`/`message`, or the first text line. */
const genericErrors: VendorErrors = {
  detail({ json, text }) {
    if (json === undefined) return firstLine(text);
    // deno-lint-ignore no-explicit-any -- an untyped error document, every step optional
    const parsed = json as any;
    const detail = parsed?.detail ?? parsed?.title ?? parsed?.error?.message ?? parsed?.error ??
      parsed?.message;
    return typeof detail === "string" ? detail : undefined;
  },
};

function formatTime(date: Date, format: GenericJsonSource["timeFormat"]): string {
  const ms = date.getTime();
  if (format === "epoch_s") return String(Math.floor(ms / 1000));
  if (format === "epoch_ms") return String(ms);
  if (format === "epoch_ns") return nsFromMs(ms).toString();
  return date.toISOString();
}

export function buildGenericUrl(
  source: GenericJsonSource,
  query: LogQuery,
  baseUrl: URL,
  limit: number,
): URL {
  const values: Record<string, string> = {
    service: source.services[query.service].value,
    environment: query.environment,
    start: formatTime(query.start, source.timeFormat),
    end: formatTime(query.end, source.timeFormat),
    limit: String(limit),
  };
  const path = source.pathTemplate.replace(
    /\{([a-z]+)\}/g,
    (_, name: string) => encodeURIComponent(values[name]),
  );
  return endpoint(baseUrl, path);
}

function toRecord(source: GenericJsonSource, item: Record<string, unknown>): LogRecord | undefined {
  const ns = parseTimestampNs(getPointer(item, source.fields.timestamp));
  const message = getPointer(item, source.fields.message);
  if (ns === undefined || typeof message !== "string") return undefined;
  const attributes: Record<string, unknown> = {};
  for (const [name, pointer] of Object.entries(source.fields.attributes)) {
    attributes[name] = getPointer(item, pointer);
  }
  const level = source.fields.level ? getPointer(item, source.fields.level) : undefined;
  return makeRecord(ns, message, level, attributes);
}

export async function readGenericJson(
  source: GenericJsonSource,
  query: LogQuery,
  ctx: AdapterContext,
): Promise<LogResult> {
  const headers = { ...ACCEPT_JSON, ...authorizationHeader(source.auth, ctx.secrets) };
  return await readPages<URL>(
    query,
    { source, http: ctx.http },
    async (cursorUrl, limit) => {
      const url = cursorUrl ?? buildGenericUrl(source, query, ctx.baseUrl, limit);
      const body = await sendForJson(
        ctx.http,
        { method: "GET", url, headers, vendor: genericErrors },
        bodySchema(),
        "JSON document",
      );
      const items = itemsSchema().safeParse(getPointer(body, source.itemsPath));
      if (!items.success) {
        throw malformed(source.name, `no item list at ${source.itemsPath}`);
      }
      const records: LogRecord[] = [];
      for (const item of items.data) {
        const record = toRecord(source, item);
        if (!record) {
          throw malformed(source.name, "an item lacks a readable timestamp or message");
        }
        records.push(record);
      }
      return { records, next: nextUrl(source, body, url, ctx.baseUrl) };
    },
  );
}

function nextUrl(
  source: GenericJsonSource,
  body: unknown,
  current: URL,
  base: URL,
): URL | undefined {
  const paging = source.paging;
  if (paging.type === "none") return undefined;
  if (paging.type === "cursor") {
    const cursor = getPointer(body, paging.cursorPath);
    if (typeof cursor !== "string" || cursor === "") return undefined;
    if (cursor.length > 2000) {
      throw malformed(source.name, "the paging cursor is too long");
    }
    const next = new URL(current);
    next.searchParams.set(paging.cursorParam, cursor);
    return next;
  }
  const link = getPointer(body, paging.nextUrlPath);
  if (typeof link !== "string" || link === "") return undefined;
  try {
    return new URL(link, base);
  } catch {
    throw malformed(source.name, "the next-page link is not a URL");
  }
}

/** The generic JSON HTTP backend: list it in a sources config's `backends` to read generic_json sources. */
export const genericJson: SourceBackend<GenericJsonSource> = {
  kind: "generic_json",
  configSchema: genericJsonSchema,
  read: readGenericJson,
};
