/**
 * A fake ClickHouse HTTP interface for the query-parameter mode (Debian's 18.16 lacks `param_`):
 * checks that every value arrives as a `param_` URL parameter, never inside the SQL, and answers
 * FORMAT JSON from in-memory rows. Real-server tests cover the literal mode.
 */
import type { FakeReply, FakeRoute, RecordedRequest } from "./server.ts";

export interface ClickHouseRow {
  ts_ns: string;
  service: string;
  level: string;
  message: string;
}

/** ClickHouse's text error (`Code: NN. DB::Exception: …`) with its exception-code header. */
export function clickhouseError(status: number, code: number, text: string): FakeReply {
  return {
    status,
    headers: { "x-clickhouse-exception-code": String(code) },
    body: `Code: ${code}. DB::Exception: ${text}. (FAKE) (version 24.8.1.1)\n`,
  };
}

export function clickhouseParamRoute(rows: ClickHouseRow[]): FakeRoute {
  return (request: RecordedRequest): FakeReply => {
    const sql = request.body;
    const limit = /LIMIT (\d+), (\d+)/.exec(sql);
    if (!limit || !sql.includes("{service:String}") || sql.includes("position(")) {
      return clickhouseError(400, 62, "Syntax error: the fake expects the adapter's query");
    }
    const param = (name: string) => request.query[`param_${name}`];
    const start = BigInt(param("start"));
    const end = BigInt(param("end"));
    const cursor = param("cursor") === undefined ? undefined : BigInt(param("cursor"));
    const found = rows
      .filter((row) => row.service === param("service"))
      .filter((row) => BigInt(row.ts_ns) >= start && BigInt(row.ts_ns) < end)
      .filter((row) => cursor === undefined || BigInt(row.ts_ns) <= cursor)
      .sort((a, b) =>
        a.ts_ns === b.ts_ns
          ? (a.message < b.message ? 1 : -1)
          : (BigInt(a.ts_ns) < BigInt(b.ts_ns) ? 1 : -1)
      )
      .slice(Number(limit[1]), Number(limit[1]) + Number(limit[2]));
    return {
      body: {
        meta: [{ name: "sd_time_ns", type: "String" }, { name: "sd_message", type: "String" }],
        data: found.map((row) => ({
          sd_time_ns: row.ts_ns,
          sd_message: row.message,
          sd_level: row.level,
        })),
        rows: found.length,
      },
    };
  };
}
