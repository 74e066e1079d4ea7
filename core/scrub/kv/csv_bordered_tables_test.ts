/**
 * Tables a client prints with rules and borders: psql's (`----+----` under the header), MySQL's
 * (`+----+` around it, `|` at each row's ends), Markdown's (`|---|:--|`) and a tabulated listing's
 * (`===+===`, as `airflow connections list` prints one). A header column naming a secret masks
 * that column's value in every row below; the rules, the other columns and the footer are kept.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";

/** A table of `rows` (id, user, secret) under a header naming the third column `name`. */
const TABLES: ((name: string, rows: string[][]) => string)[] = [
  (name, rows) =>
    [` id | login  | ${name}`, "----+--------+---------", ...rows.map((r) => `  ${r.join(" | ")}`)]
      .join("\n") + `\n(${rows.length} rows)`,
  (name, rows) =>
    [
      "+----+--------+----------+",
      `| id | login  | ${name} |`,
      "+----+--------+----------+",
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "+----+--------+----------+",
    ].join("\n") + `\n${rows.length} rows in set (0.00 sec)`,
  (name, rows) =>
    [
      `| id | login | ${name} |`,
      "|---:|:------|-----------|",
      ...rows.map((r) => `| ${r.join(" | ")} |`),
    ]
      .join("\n"),
  (name, rows) =>
    [
      `id | login  | ${name} | port`,
      "===+========+==========+=====",
      ...rows.map((r) => `${r.join(" | ")} | 5432`),
    ]
      .join("\n"),
];

Deno.test("a secret column's values in a bordered table are masked, the rest kept", () => {
  const rnd = seededRandom(0x7ab1);
  for (const name of ["password", "api_key", "token", "client_secret"]) {
    for (const table of TABLES) {
      const rows = [1, 2, 3].map((id) => [String(id), `user${id}`, secretFrom(rnd)]);
      const text = table(name, rows);
      const out = scrub(text);
      for (const [, user, secret] of rows) {
        ok(!out.includes(secret), `${text}\n->\n${out}`);
        ok(out.includes(user), out);
      }
      // Only the secrets differ: each one's placeholder in its place.
      let expected = text;
      for (const [, , secret] of rows) expected = expected.replace(secret, "*");
      strictEqual(out.replace(/\[REDACTED:[\w-]+\]/g, "*"), expected);
    }
  }
});

Deno.test("a bordered table whose columns name no secret stays whole", () => {
  const text = [
    "+----+--------+---------+",
    "| id | login  | status  |",
    "+----+--------+---------+",
    "| 1  | user1  | active  |",
    "+----+--------+---------+",
  ].join("\n");
  strictEqual(scrub(text), text);
});
