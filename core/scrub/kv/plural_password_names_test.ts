/**
 * A name in the plural (`passwords`, `db_passwords`, `<legacy_passwords>`) holds passwords as the
 * singular holds one: the list below it, its value, its element's text. Found by scoring the
 * fixtures of a scanner for structured files (Skyscanner/whispers; its values stay outside the
 * repository). What the singular keeps (numbers, status words, references, prose), the plural
 * keeps.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Rt5wKp9Lq2Zx", B = "m4Vn8Qs2Hd7J";

Deno.test("values under a plural password name are masked", () => {
  for (
    const text of [
      `db_passwords:\n  - "${A}"\n  - "${B}"`,
      `legacyPasswords:\n  - ${A}\n  - ${B}`,
      `    <o2_1_db_passwords>${A}</o2_1_db_passwords> <o2_2_db_passwords>${B}</o2_2_db_passwords>`,
      `PASSWORDS=${A} OTHER_PASSWORDS=${B}`,
    ]
  ) {
    const out = scrub(text);
    ok(!out.includes(A) && !out.includes(B), `${JSON.stringify(text)} -> ${out}`);
  }
});

Deno.test("what the singular keeps, the plural keeps", () => {
  for (
    const text of [
      "Passwords: must contain a digit",
      "Passwords do not match",
      "passwords=3",
      "passwords: true",
      "num_passwords=12",
      "passwords_expired: 4",
      "passwords: []",
      "db_passwords: ${DB_PASSWORDS}",
    ]
  ) strictEqual(scrub(text), text);
});
