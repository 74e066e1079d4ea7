/**
 * Values whose name is a column far from them (the second red-team corpus's misses): rows of a
 * logged SQL `INSERT` under a column list that names personal data or a secret, in each
 * dialect's quoting and with many rows; CSV tables under a header in another language or a
 * longer spelling (`telefon`, `resident_registration_number`, `fin`, `gst_number`). A row that
 * cannot be read fails closed; columns that name nothing stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import * as V from "../corpus/pii_redteam_values.ts";
import * as P from "../corpus/redteam2/personal.ts";
import { password } from "../corpus/redteam2/providers.ts";

const scrubber = createScrubber();

/** Personal values only their column names, by column. */
const PERSONAL: [string, (r: V.Rand) => string][] = [
  ["thai_id", P.tnin],
  ["voter_id", P.epic],
  ["medicare_number", V.medicare],
  ["national_id", V.tckn],
  ["passport_number", (r) => r.chars(1, V.U) + r.digits(8)],
  ["resident_registration_number", V.rrn],
  ["fin", V.nric],
  ["gst_number", (r) => P.gstin(r, V.indiaPan(r))],
];
const QUOTES: ((name: string) => string)[] = [
  (n) => n,
  (n) => `"${n}"`,
  (n) => `\`${n}\``,
  (n) => `[${n}]`,
];

Deno.test("personal values of a logged INSERT are masked by their column, in every row and quoting", () => {
  const r = new V.Rand(61);
  const leaks: string[] = [];
  for (const [column, make] of PERSONAL) {
    for (const quote of QUOTES) {
      const rows = Array.from({ length: 1 + r.int(4) }, () => [make(r), r.int(2)] as const);
      const values = rows.map(([v, bare]) =>
        `('Jane Doe', ${bare && /^\d+$/.test(v) ? v : `'${v}'`}, NOW())`
      );
      const line = `LOG:  statement: INSERT INTO customers (${quote("name")}, ${quote(column)}, ${
        quote("created_at")
      }) VALUES ${values.join(", ")};`;
      const out = scrubber.scrub(line).text;
      for (const [v] of rows) if (out.includes(v)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("secret values of a logged INSERT are masked by their column", () => {
  const r = new V.Rand(62);
  const leaks: string[] = [];
  for (const column of ["password", "api_token", "client_secret", "webhook_secret"]) {
    const pws = [password(r), password(r)];
    const line = `Query\tINSERT INTO accounts (login, ${column}) VALUES ('ann', '${
      pws[0]
    }'), ('bob', '${pws[1]}')`;
    const out = scrubber.scrub(line).text;
    if (pws.some((p) => out.includes(p))) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a row that cannot be read after a named column fails closed", () => {
  const line = "INSERT INTO customers (name, thai_id) VALUES ('Jane', '8564812967580";
  ok(!scrubber.scrub(line).text.includes("8564812967580"));
});

Deno.test("INSERTs of columns that name nothing personal stay", () => {
  const lines = [
    "INSERT INTO orders (id, amount, status) VALUES (1, 2000, 'paid'), (2, 1500, 'refunded')",
    "INSERT INTO events (kind, payload_size) VALUES ('click', 3512)",
    "INSERT INTO customers (name, thai_id) VALUES ('Jane Doe', NULL)",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});

Deno.test("CSV columns named in other languages and longer spellings are read", () => {
  const r = new V.Rand(63);
  const leaks: string[] = [];
  const columns: [string, (r: V.Rand) => string][] = [
    ["telefon", (r) => `${r.range(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`],
    ["Handy", (r) => `0171 ${r.digits(7)}`],
    ["resident_registration_number", V.rrn],
    ["fin", V.nric],
    ["gst_number", (r) => P.gstin(r, V.indiaPan(r))],
  ];
  for (const [column, make] of columns) {
    const v = make(r);
    const table = `id,name,${column},created\n${r.range(100, 999)},"Doe, Jane",${v},2025-03-02`;
    if (scrubber.scrub(table).text.includes(v)) leaks.push(table);
  }
  deepStrictEqual(leaks, []);
});
