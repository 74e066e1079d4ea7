/**
 * CSV tables read by their header (./csv_columns.ts), at each edge: what a header may start with
 * (every ASCII character and a no-break space; `*` marks an import template's required column), a column name of up to 64 characters in any
 * spelling, fields quoted around a separator, a row's values without the blanks, carriage
 * return and quotes around them, and tables inside one line between escaped line breaks (two
 * tables, a line that ends one).
 */
import { deepStrictEqual } from "@node/assert";
import { csvHeader, csvInLine, csvRows, personalColumn } from "./csv_columns.ts";
import { createScrubber } from "../mod.ts";

const S = "Tr0ub4dor9x";

Deno.test("a header starts with a letter, a double quote, a space, a tab or a required column's *, and with nothing else", () => {
  const problems: string[] = [];
  const codes = [...Array.from({ length: 128 }, (_, c) => c), 0xa0, 0x2028];
  for (const code of codes) {
    const ch = String.fromCharCode(code);
    const line = ch === '"' ? `"d",password` : `${ch}d,password`;
    const expected = /[A-Za-z]/.test(ch) || ch === '"' || ch === " " || ch === "\t" || ch === "*";
    if ((csvHeader(line) !== null) !== expected) problems.push(`${code}: ${JSON.stringify(line)}`);
  }
  deepStrictEqual(problems, []);
});

Deno.test("a column name is a letter then up to 63 letters, digits, _ . - or spaces, maybe quoted", () => {
  const name = (length: number) => "x".repeat(length - "_password".length) + "_password";
  const cases: [string, boolean][] = [
    [`id,${name(64)}`, true],
    [`id,${name(65)}`, false],
    [`a,password`, true],
    [`id,9password`, false],
    [`id,password#`, false],
    [`id,_password`, false],
    [`id,"password" `, true],
    [`id, "password"\t`, true],
    [`id,"password`, false],
    [`id,db password`, true],
    [`id,db.password,x-y z`, true],
    [`id,created_at`, false],
  ];
  const problems = cases.filter(([line, want]) => (csvHeader(line) !== null) !== want);
  deepStrictEqual(problems, []);
  deepStrictEqual(csvHeader("id,db password")?.secret, true);
  // A name's blanks are read as `_`: `admin key` is `admin_key`, however many blanks.
  for (const name of ["admin key", "admin  key", "admin   key"]) {
    deepStrictEqual(csvHeader(`id;${name}`)?.masked, [1], name);
  }
  deepStrictEqual(csvHeader("id;adminkey"), null);
  deepStrictEqual(csvHeader("user;Client Secret;plan"), {
    separator: ";",
    columns: 3,
    masked: [1],
    secret: true,
    text: "user;Client Secret;plan",
  });
});

Deno.test("personal columns are named in any spelling: camel case, spaces, dots, dashes", () => {
  for (
    const name of [
      "cardNumber",
      "Card Number",
      "card.number",
      "card--number",
      "card - number",
      "phoneNumber",
      "cc",
    ]
  ) {
    deepStrictEqual(personalColumn(name), true, name);
  }
  for (const name of ["cardnumber", "card_numbers", "discard", "cardNumberX"]) {
    deepStrictEqual(personalColumn(name), false, name);
  }
});

Deno.test("a row's value is read without the blanks, carriage return and quotes around it", () => {
  const header = csvHeader("id,note,password")!;
  const rows = csvRows(header);
  const problems: string[] = [];
  for (const before of ["", " ", "\t", " \t "]) {
    for (const after of ["", " ", "\t", "\r", " \r"]) {
      for (const quoted of [false, true]) {
        const field = quoted ? `"${S}"` : S;
        const line = `1,"a, b",${before}${field}${after}`;
        const found = rows.next(line);
        const got = found?.map((c) => line.slice(c.start, c.end));
        if (JSON.stringify(got) !== JSON.stringify([S])) {
          problems.push(`${JSON.stringify(line)}: ${JSON.stringify(got)}`);
        }
      }
    }
  }
  deepStrictEqual(problems, []);
  // An empty or blank value is none; a lone quote is a value; a row of another width ends the table.
  deepStrictEqual(rows.next("1,x,"), []);
  deepStrictEqual(rows.next("1,x,  \t"), []);
  deepStrictEqual(rows.next('1,x,"')?.length, 1);
  deepStrictEqual(rows.next('1,x,""'), []);
  deepStrictEqual(rows.next("1,x"), null);
  deepStrictEqual(rows.next("1,a,b,c"), null);
  deepStrictEqual(rows.next("   "), null);
  // A blank line ends a table, also one whose separator is a tab.
  const tabs = csvRows(csvHeader("id\tpassword")!);
  deepStrictEqual(tabs.next("\t"), null);
});

Deno.test("a line repeating the header, blanks after it or not, is the header again: no row", () => {
  for (const header of ["id,password", "id,password \t", "id;password"]) {
    const rows = csvRows(csvHeader(header)!);
    const separator = header[2];
    for (const again of [header, header.trimEnd(), `${header.trimEnd()}\r`, `${header} `]) {
      deepStrictEqual(rows.next(again), [], JSON.stringify([header, again]));
    }
    const row = `1${separator}${S}`;
    deepStrictEqual(rows.next(row)?.map((c) => row.slice(c.start, c.end)), [S]);
    // The same names with other blanks, or in another case, are a row.
    deepStrictEqual(rows.next(` ${header}`)?.length, 1);
    deepStrictEqual(rows.next(header.toUpperCase())?.length, 1);
  }
});

Deno.test("tables in one line: each table's rows, none after a line that ends it", () => {
  const values = (line: string) => csvInLine(line, true).map((c) => line.slice(c.start, c.end));
  deepStrictEqual(values(`{"export":"id,password\\n1,${S}\\r\\n2,${S}y"}`), [S, `${S}y`]);
  deepStrictEqual(values(`a,password\\n1,${S}`), [S]);
  deepStrictEqual(values(`\\nid,password\\n1,${S}`), [S]);
  deepStrictEqual(
    values(`{"export":"id,password\\n1,${S}\\nexported 1 row\\n2,Visible9xy"}`),
    [S],
  );
  deepStrictEqual(
    values(`{"export":"id,password\\n1,${S}\\nend of table\\nuser,api_key\\nann,${S}z"}`),
    [S, `${S}z`],
  );
  deepStrictEqual(values(`{"export":"id,email\\n1,${S}"}`), []);
  deepStrictEqual(csvInLine(`{"export":"id,phone\\n1,555 0100"}`, false).length, 1);
});

Deno.test("a second table in the same logged string has its secret column masked too", () => {
  const scrubber = createScrubber();
  for (const between of ["end of table", "", "exported 1 row"]) {
    const line =
      `{"export":"id,password\\n1,${S}\\n${between}\\nuser,password\\nann,Zr0ub4dor9xz"}`;
    const text = scrubber.scrub(line).text;
    deepStrictEqual([text.includes(S), text.includes("Zr0ub4dor9xz")], [false, false], text);
  }
});
