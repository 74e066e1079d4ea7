/** ClickHouse over its HTTP interface: fixed SQL, keyset paging on the ns column, FORMAT JSON. */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { clickhouseSchema, type ClickHouseSource } from "./config.ts";
import type { SourceBackend } from "./backend.ts";
import type { LogQuery, LogResult } from "./types.ts";
import { type AdapterContext, withParams } from "./context.ts";
import { malformed, sendForJson, type VendorErrors } from "./http.ts";
import { readPages } from "./pager.ts";
import { makeRecord } from "./records.ts";
import { NS_DIGITS, nsFromMs } from "./time.ts";
import {
  bindLiterals,
  bindParams,
  buildSelect,
  LEVEL_ALIAS,
  MESSAGE_ALIAS,
  type SqlValue,
  TIME_ALIAS,
} from "./clickhouse_sql.ts";

interface Cursor {
  /** Newest ns not yet fully read, and how many rows at exactly that ns were already returned. */
  ns: string;
  skip: number;
}

/** The reply's schema, built on first use (not when a function loads). */
const replySchema = once(() =>
  z.object({
    data: z.array(
      z.looseObject({
        [TIME_ALIAS]: z.string().check(z.regex(NS_DIGITS)),
        [MESSAGE_ALIAS]: z.string(),
      }),
    ).check(z.maxLength(10_000)),
    rows: z.number().check(z.integer(), z.nonnegative()),
  })
);

const CODE = /Code: (\d+)[.,]/;

/** `Code: 60, e.displayText() = DB::Exception: …` (18.x) or `Code: 60. DB::Exception: …` (current). */
export const clickhouseErrors: VendorErrors = {
  detail({ text: body }) {
    const code = CODE.exec(body)?.[1];
    const text = /DB::Exception: (.*?)(?:, e\.what\(\)|$)/s.exec(body)?.[1] ?? body;
    return code ? `Code ${code}: ${text.slice(0, 150)}` : body.slice(0, 150) || undefined;
  },
  code({ text: body, headers }) {
    const code = Number(headers.get("x-clickhouse-exception-code") ?? CODE.exec(body)?.[1]);
    if (code === 159 || code === 160) return "timeout";
    if ([192, 193, 194, 497, 516].includes(code)) return "auth";
    if (code === 60 || code === 81) return "not_found";
    // Unknown setting: typically `param_…` on a server without query parameters (use mode "literals").
    if (code === 115) return "config";
    return undefined;
  },
};

export async function readClickHouse(
  source: ClickHouseSource,
  query: LogQuery,
  ctx: AdapterContext,
): Promise<LogResult> {
  const headers: Record<string, string> = {};
  if (source.auth.type === "basic") {
    headers["x-clickhouse-user"] = ctx.secrets[source.auth.userEnv];
    headers["x-clickhouse-key"] = ctx.secrets[source.auth.passwordEnv];
  }
  return await readPages<Cursor>(
    query,
    { source, http: ctx.http },
    async (cursor, limit) => {
      const sql = buildSelect({
        table: source.table,
        columns: source.columns,
        withCursor: cursor !== undefined,
        skip: cursor?.skip ?? 0,
        limit,
      });
      const text = (value: string): SqlValue => ({ type: "String", value });
      const uint64 = (value: string): SqlValue => ({ type: "UInt64", value });
      const values: Record<string, SqlValue> = {
        service: text(source.services[query.service].value),
        start: uint64(`${nsFromMs(query.start.getTime())}`),
        end: uint64(`${nsFromMs(query.end.getTime())}`),
      };
      if (source.columns.environment) values.environment = text(query.environment);
      if (cursor) values.cursor = uint64(cursor.ns);

      // The query may run on the server only as long as this fetch can still wait for it.
      const timeLeft = Math.min(source.requestTimeoutMs, ctx.http.deadline - ctx.http.now());
      const url = withParams(new URL(ctx.baseUrl), {
        readonly: "2",
        max_execution_time: `${Math.max(1, Math.floor(timeLeft / 1000))}`,
        max_result_rows: `${limit}`,
        wait_end_of_query: "1",
      });
      let body = sql;
      if (source.mode === "params") bindParams(url, values);
      else body = bindLiterals(sql, values);

      const { data: rows } = await sendForJson(
        ctx.http,
        {
          method: "POST",
          url,
          headers: { ...headers, "content-type": "text/plain; charset=utf-8" },
          body,
          vendor: clickhouseErrors,
        },
        replySchema(),
        "ClickHouse FORMAT JSON result",
      );
      const records = rows.map((row) => {
        const attributes: Record<string, unknown> = {};
        for (const column of source.columns.attributes) attributes[column] = row[column];
        return makeRecord(
          BigInt(row[TIME_ALIAS]),
          row[MESSAGE_ALIAS],
          row[LEVEL_ALIAS],
          attributes,
        );
      });
      return {
        records,
        next: rows.length < limit ? undefined : nextCursor(rows, cursor, source.name),
      };
    },
  );
}

function nextCursor(
  rows: Record<string, unknown>[],
  previous: Cursor | undefined,
  name: string,
): Cursor {
  const last = String(rows[rows.length - 1][TIME_ALIAS]);
  const sameNs = rows.filter((row) => row[TIME_ALIAS] === last).length;
  const skip = previous?.ns === last ? previous.skip + sameNs : sameNs;
  if (skip > 100_000) throw malformed(name, "too many rows share one timestamp");
  return { ns: last, skip };
}

/** The ClickHouse backend: list it in a sources config's `backends` to read clickhouse sources. */
export const clickhouse: SourceBackend<ClickHouseSource> = {
  kind: "clickhouse",
  configSchema: clickhouseSchema,
  read: readClickHouse,
};
