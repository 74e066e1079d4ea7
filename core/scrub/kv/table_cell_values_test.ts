/**
 * A secret's value in a table's row: a cell between bars (`| DB_PASSWORD | v |`, Doppler's and
 * Vault CLI's box-drawn `│ DB_PASSWORD │ v │`) or after a namespaced key in a two-column listing
 * (Pulumi's `app:dbPassword   v`, also after a logger's head) is masked; the table's header, its rule, a non-secret row and a
 * stand-in stay whole. Values are generated (seeded).
 */
import { deepStrictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

const ROWS: ((v: string) => string)[] = [
  (v) => `| DB_PASSWORD | ${v} |`,
  (v) => `| STRIPE_API_KEY   |  ${v} |`,
  (v) => `│ DB_PASSWORD          │ ${v}    │`,
  (v) => `  │ api_token │ ${v} │`,
  (v) => `app:dbPassword     ${v}`,
  (v) => `my-stack:apiToken  ${v}`,
  // After what a logger prints before a line (its time, its level), as any key starting its line.
  (v) => `2026-03-01T10:00:00Z app:dbPassword     ${v}`,
  (v) => `INFO app:apiToken   ${v}`,
];

Deno.test("a generated secret in a table's cell or after a namespaced key is masked", () => {
  const random = seededRandom(0x7ab1e);
  const leaks: string[] = [];
  for (const row of ROWS) {
    for (let i = 0; i < 6; i++) {
      // A mixed-class word: letters and digits.
      let v = String(Math.floor(random() * 90) + 10);
      for (let n = 12 + Math.floor(random() * 16); n > 0; n--) {
        v += CHARS[Math.floor(random() * CHARS.length)];
      }
      const line = row(v);
      if (scrub(line).includes(v)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a table's header, rule, non-secret rows and stand-ins stay whole", () => {
  const lines = [
    "| NAME        | VALUE        |",
    "|-------------|--------------|",
    "| DB_HOST     | db.internal  |",
    "│ NAME        │ VALUE        │",
    "├─────────────┼──────────────┤",
    "│ DB_USER     │ admin        │",
    "│ DB_PASSWORD │ ********     │",
    "| DB_PASSWORD | ${DB_PASSWORD} |",
    "| password | Password of the database user |",
    "app:dbUser       admin",
    "KEY              VALUE",
  ];
  deepStrictEqual(lines.map((l) => scrub(l)), lines);
});
