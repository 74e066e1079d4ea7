/**
 * Every quoting of a value, read at the value bound (VALUE_CAP): a value of up to VALUE_CAP
 * characters is read exactly, to its closing quote, tag or delimiter; one character more and it
 * is cut, masked from where it starts to the end of the line, never read short or let through.
 * Generated: each syntax × each length around the bound × what follows the value.
 */
import { deepStrictEqual } from "@node/assert";
import { readAssignments, VALUE_CAP } from "./assignments.ts";

/**
 * A syntax: the text before the value and after it (its closing quote or tag), and how many
 * characters of the closing token the bound counts with the value (the backslashes of an
 * escaped quote are read before the quote is seen).
 */
const SYNTAXES: [name: string, before: string, after: string, counted?: number][] = [
  ["bare", "password=", " retry=1"],
  ["bare at the end of the line", "password=", ""],
  ["double-quoted", 'password = "', '" retry=1'],
  ["single-quoted", "password = '", "' retry=1"],
  ["JSON", '{"password":"', '","retry":2}'],
  ["escaped JSON", '{\\"password\\":\\"', '\\"}', 1],
  ["doubly escaped JSON", '{\\\\\\"password\\\\\\":\\\\\\"', '\\\\\\"}', 3],
  ["element", "<password>", "</password>"],
  ["CDATA", "<password><![CDATA[", "]]></password>"],
  ["setter", 'ds.setPassword("', '");'],
  ["call argument", 'os.environ.setdefault("DB_PASSWORD", "', '")'],
  ["wrapper", 'secret = []byte("', '")'],
  ["flag", "./deploy --db-password ", " --region eu"],
  ["SQL quoted", "ALTER ROLE app WITH PASSWORD '", "';"],
  ["named value", '{"name":"DB_PASSWORD","value":"', '"}'],
  ["plan change", 'api_token = "old" -> "', '"'],
];

/** The value of a length: no quote, tag or delimiter inside, nothing a key word ends in. */
const valueOf = (length: number) => "Zx9Qm2Lw".repeat(Math.ceil(length / 8)).slice(0, length);

const LENGTHS = [
  1,
  2,
  VALUE_CAP - 3,
  VALUE_CAP - 2,
  VALUE_CAP - 1,
  VALUE_CAP,
  VALUE_CAP + 1,
  VALUE_CAP + 2,
  VALUE_CAP * 2,
];

Deno.test("a value up to VALUE_CAP is read exactly in every quoting; a longer one is cut to the line's end", () => {
  const problems: string[] = [];
  for (const [name, before, after, counted = 0] of SYNTAXES) {
    for (const length of LENGTHS) {
      for (const prefix of ["", "ts=1 "]) {
        const value = valueOf(length);
        const line = prefix + before + value + after;
        const start = prefix.length + before.length;
        const expected = length + counted <= VALUE_CAP
          ? { start, end: start + length, cut: false }
          : { start, end: line.length, cut: true };
        const last = readAssignments(line).at(-1);
        const got = last === undefined ? null : { start: last.start, end: last.end, cut: last.cut };
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          problems.push(
            `${name}, value of ${length}${prefix === "" ? "" : " after text"}: ` +
              `got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`,
          );
        }
      }
    }
  }
  deepStrictEqual(problems, []);
});
