/**
 * A logged INSERT's rows at their bounds: the row after the last one read is masked unread to
 * the end of the line (as a scrub limit, never passed on), and a secret column is read beside
 * columns that name nothing, whatever the value looks like.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const MASK = "'[REDACTED:sql-insert-secret-column]'";

Deno.test("an INSERT of more rows than are read masks the rest of the line unread", () => {
  for (const count of [999, 1_000, 1_001, 1_200]) {
    const rows = Array.from({ length: count }, (_, i) => `('pw${i}word')`);
    const out = scrubber.scrub(`INSERT INTO accounts (password) VALUES ${rows.join(", ")};`).text;
    const masked = Array.from({ length: Math.min(count, 1_000) }, () => `(${MASK})`).join(", ");
    strictEqual(
      out,
      `INSERT INTO accounts (password) VALUES ${masked}` +
        (count > 1_000 ? ",[REDACTED:scrub-limit]" : ";"),
      `${count} rows`,
    );
  }
});

Deno.test("a secret column beside columns that name nothing is read, first or last", () => {
  const lines = [
    "INSERT INTO accounts (login, password) VALUES ('ann', 'hunter2hunter2')",
    "INSERT INTO accounts (login, created_at, password) VALUES ('ann', NOW(), 'letmein')",
    "INSERT INTO accounts (password, login) VALUES ('Tr0ub4dor&3', 'bob'), ('s3cr3t', 'eve')",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), [
    `INSERT INTO accounts (login, password) VALUES ('ann', ${MASK})`,
    `INSERT INTO accounts (login, created_at, password) VALUES ('ann', NOW(), ${MASK})`,
    `INSERT INTO accounts (password, login) VALUES (${MASK}, 'bob'), (${MASK}, 'eve')`,
  ]);
});

Deno.test("a passphrase of words in a secret column is masked like any password; a status word is not", () => {
  const passphrases = ["correct horse battery staple", "my dog has fleas", "two words"];
  for (const phrase of passphrases) {
    strictEqual(
      scrubber.scrub(`INSERT INTO accounts (login, password) VALUES ('ann', '${phrase}')`).text,
      `INSERT INTO accounts (login, password) VALUES ('ann', ${MASK})`,
      phrase,
    );
  }
  const unset = "INSERT INTO accounts (login, password) VALUES ('ann', 'none')";
  strictEqual(scrubber.scrub(unset).text, unset);
});
