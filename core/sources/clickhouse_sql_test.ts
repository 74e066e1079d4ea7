import { ok, strictEqual, throws } from "@node/assert";
import {
  bindLiterals,
  bindParams,
  buildSelect,
  checkUInt64,
  quoteIdentifier,
  quoteString,
} from "./clickhouse_sql.ts";

const COLUMNS = {
  timeNs: "ts_ns",
  message: "message",
  service: "service",
  level: "level",
  attributes: ["host"],
};

Deno.test("the SELECT holds placeholders for values and quoted config identifiers only", () => {
  const sql = buildSelect({
    table: "logs.app",
    columns: COLUMNS,
    withCursor: true,
    skip: 2,
    limit: 50,
  });
  ok(sql.includes("FROM `logs`.`app`"), sql);
  ok(sql.includes("`service` = {service:String}"), sql);
  ok(sql.includes("`ts_ns` <= {cursor:UInt64}"), sql);
  ok(sql.includes("ORDER BY `ts_ns` DESC, `message` DESC\nLIMIT 2, 50\nFORMAT JSON"), sql);
  throws(() =>
    buildSelect({
      table: "t",
      columns: COLUMNS,
      withCursor: false,
      skip: -1,
      limit: 1,
    })
  );
});

Deno.test("identifiers are validated, never escaped", () => {
  strictEqual(quoteIdentifier("db.t_1"), "`db`.`t_1`");
  throws(() => quoteIdentifier("t`; DROP"), /not an SQL identifier/);
  throws(() => quoteIdentifier("a.b.c"), /not an SQL identifier/);
});

Deno.test("string literals escape quotes, backslashes and control characters", () => {
  strictEqual(quoteString("it's"), "'it\\'s'");
  strictEqual(quoteString("a\\' OR 1=1 --"), "'a\\\\\\' OR 1=1 --'");
  strictEqual(quoteString("x\ny\u0000"), "'x\\x0ay\\x00'");
});

Deno.test("literal binding is one pass: a value that looks like a placeholder stays data", () => {
  const sql = bindLiterals("SELECT {a:String}, {b:String}, {n:UInt64}", {
    a: { type: "String", value: "{b:String}" },
    b: { type: "String", value: "x" },
    n: { type: "UInt64", value: "18446744073709551615" },
  });
  strictEqual(sql, "SELECT '{b:String}', 'x', 18446744073709551615");
  throws(
    () => bindLiterals("{a:UInt64}", { a: { type: "String", value: "1" } }),
    /no UInt64 value/,
  );
  strictEqual(checkUInt64("007"), "7");
  throws(() => checkUInt64("18446744073709551616"), /below 2\^64/);
  throws(() => checkUInt64("1 OR 1"), /decimal number/);
});

Deno.test("param binding puts every value in param_ URL parameters", () => {
  const url = new URL("http://127.0.0.1:8123/");
  bindParams(url, {
    service: { type: "String", value: "a'b" },
    start: { type: "UInt64", value: "5" },
  });
  strictEqual(url.searchParams.get("param_service"), "a'b");
  strictEqual(url.searchParams.get("param_start"), "5");
});
