/**
 * Logged INSERT statements generated in every syntax the reader takes: column names bare or
 * quoted (`"…"`, `` `…` ``, `[…]`), values quoted with either quote (escaped `\'`, doubled `''`,
 * holding commas, brackets, the other quote or an INSERT's own words), numbers, NULL, function
 * calls with nested brackets, empty strings, any spacing; several rows and several statements a
 * line. Exactly the values of the secret columns are read, and a row that does not parse (an
 * unclosed quote, a quote in a bare value) cuts the line from its start.
 */
import { deepStrictEqual } from "@node/assert";
import type { Candidate } from "../detector.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { insertValues } from "./sql_insert_values.ts";

const random = seededRandom(0x5e1);
const pick = <T>(items: readonly T[]): T => items[random.int(items.length)];
const SECRET_COLUMNS = new Set(["password", "api_token"]);
const wanted = (column: string) => SECRET_COLUMNS.has(column);
const spaces = () => pick(["", "", " ", "  ", "\t"]);

const quoteName = (name: string) =>
  pick([name, `"${name}"`, `\`${name}\``, `[${name}]`, ` ${name} `]);

/**
 * A quoted value's inside, in `quote`: its text as written. An INSERT's own words inside a value
 * only where the statement names a secret column: its rows are read, and the reading goes on
 * after them (a statement naming none is passed over from its column list on).
 */
function quotedInside(quote: string, named: boolean): string {
  const pieces = [
    "s3cr3t",
    "hunter 2",
    ",",
    "(",
    ")",
    quote === "'" ? '"' : "'",
    `\\${quote}`,
    `${quote}${quote}`,
    "\\\\",
    ...(named ? [` insert into t (password) values (${quote === "'" ? '"x"' : "'x'"}) `] : []),
  ];
  let out = "";
  for (let n = random.int(4); n >= 0; n--) out += pick(pieces);
  return out;
}

/** One value as written, and the part the reader reads (undefined for an empty one). */
function value(named: boolean): { text: string; read?: [number, number] } {
  const kind = random.int(6);
  if (kind <= 1) {
    const quote = kind === 0 ? "'" : '"';
    const inside = quotedInside(quote, named);
    return { text: `${quote}${inside}${quote}`, read: [1, 1 + inside.length] };
  }
  if (kind === 2) return { text: "''" };
  const bare = pick(["42", "-3.5", "NULL", "NOW()", "CONCAT(1, (2))", "COALESCE(NULL, 0)"]);
  const after = spaces();
  return { text: bare + after, read: [0, bare.length] };
}

/** A statement written at `offset` of its line, with what the reader must find. */
function statement(offset: number): { text: string; expected: Candidate[] } {
  const names = ["login", "email", "created_at", "note", "password", "api_token"];
  const columns = Array.from({ length: 1 + random.int(4) }, () => pick(names));
  const head = `${pick(["INSERT", "insert", "Insert"])} ${pick(["", "IGNORE ", "OR REPLACE "])}` +
    `INTO app.users${spaces()}(${columns.map(quoteName).join(",")})${spaces()}` +
    `${pick(["VALUES", "values"])}${spaces()}`;
  let text = head;
  const expected: Candidate[] = [];
  const named = columns.some(wanted);
  const rows = 1 + random.int(4);
  for (let r = 0; r < rows; r++) {
    if (r > 0) text += `${spaces()},${spaces()}`;
    text += "(";
    columns.forEach((column, k) => {
      if (k > 0) text += `,${spaces()}`;
      text += spaces();
      const v = value(named);
      if (named && wanted(column) && v.read !== undefined) {
        expected.push({
          start: offset + text.length + v.read[0],
          end: offset + text.length + v.read[1],
        });
      }
      text += v.text;
    });
    text += `${spaces()})`;
  }
  return { text: text + pick(["", ";", " ON CONFLICT DO NOTHING;"]), expected };
}

Deno.test("a logged INSERT's secret columns are read in every row, whatever the syntax", () => {
  for (let n = 0; n < 3000; n++) {
    let line = pick(["", "db: ", "2026-03-02T11:04:19Z DEBUG sql="]);
    const expected: Candidate[] = [];
    for (let s = 1 + random.int(2); s > 0; s--) {
      const written = statement(line.length);
      line += written.text;
      expected.push(...written.expected);
      line += " ";
    }
    deepStrictEqual(insertValues(line, wanted), expected, line);
  }
});

Deno.test("a row that does not parse cuts the line from its start, and the next line is read whole", () => {
  const head = "INSERT INTO users (login, password) VALUES ";
  for (
    const row of [
      "('ann', 'unclosed",
      '("ann", "unclosed',
      "('ann', 'ends in an escape\\'",
      "(ann's, 'pw')",
      "('ann', pass'word)",
      "('ann' 'pw')",
      "('ann', 'pw'", // its password is read before the row fails
    ]
  ) {
    for (const before of ["", "('bob', 'first'), "]) {
      const line = `${head}${before}${row} tail`;
      const read = before === "" ? [] : [{ start: head.length + 9, end: head.length + 14 }];
      const at = head.length + before.length;
      deepStrictEqual(
        insertValues(line, wanted),
        [
          ...read,
          ...(row === "('ann', 'pw'" ? [{ start: at + 9, end: at + 11 }] : []),
          { start: at, end: line.length, cut: true },
        ],
        line,
      );
      // The reading starts afresh on the next line, wherever the last one stopped.
      const next = "INSERT INTO t (password) VALUES ('pw9')";
      deepStrictEqual(insertValues(next, wanted), [{ start: 34, end: 37 }], `after ${line}`);
    }
  }
});

Deno.test("an INSERT naming no secret column is passed over, even when its rows do not parse", () => {
  for (
    const line of [
      "INSERT INTO users (login, note) VALUES ('ann', 'unclosed",
      "INSERT INTO users (login, note) VALUES (ann's, 'x')",
      // A quote inside a column name is part of the name: `pass[word` names no password.
      "INSERT INTO users (pass[word, pass]word, pass`word) VALUES ('a', 'b', 'c')",
      // Values given as parameters are no values.
      "INSERT INTO users (password) VALUES ?",
      "INSERT INTO users (password) VALUES $1, $2",
    ]
  ) {
    deepStrictEqual(insertValues(line, wanted), [], line);
  }
});

Deno.test("a bare value running to the end of the line is read to the end, and cuts there", () => {
  for (const row of ["('ann', pw0rd", '(ann"s, "pw")']) {
    const head = "INSERT INTO users (login, password) VALUES ";
    const line = head + row;
    const found = insertValues(line, wanted);
    deepStrictEqual(found[found.length - 1], { start: head.length, end: line.length, cut: true });
    for (const c of found) deepStrictEqual(c.end <= line.length, true, `${line}: ${c.end}`);
  }
});
