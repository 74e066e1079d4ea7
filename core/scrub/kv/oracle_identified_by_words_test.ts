/**
 * Oracle's unquoted password in `CREATE USER u IDENTIFIED BY PASS` (also `ALTER USER`, and a
 * database link's `CONNECT TO u IDENTIFIED BY PASS`), as SQL*Plus echoes a script: the word after
 * `BY` is masked, the statement's other words kept. A SQL*Plus `&var`, a `:bind`, a `${VAR}`,
 * `IDENTIFIED EXTERNALLY`, the word `VALUES` before a hash and prose (`identified by id`) stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_#$";

Deno.test("Oracle's unquoted IDENTIFIED BY password is masked, the statement kept", () => {
  const rnd = seededRandom(0x0ac1e);
  for (let i = 0; i < 12; i++) {
    const pw = "Q" +
      Array.from({ length: 13 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const [line, kept] of [
        [
          `SQL> CREATE USER REPORTING IDENTIFIED BY ${pw} DEFAULT TABLESPACE users;`,
          "DEFAULT TABLESPACE users;",
        ],
        [`alter user "APP_RW" identified by ${pw} account unlock;`, "account unlock;"],
        [`ALTER USER scott IDENTIFIED BY ${pw};`, "ALTER USER scott IDENTIFIED BY "],
        [
          `CREATE DATABASE LINK rpt CONNECT TO rpt_ro IDENTIFIED BY ${pw} USING 'RPT';`,
          "USING 'RPT';",
        ],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(pw), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("IDENTIFIED BY given a variable, or read in prose, stays", () => {
  for (
    const line of [
      "CREATE USER scott IDENTIFIED BY &app_password;",
      "ALTER USER scott IDENTIFIED BY :new_password",
      "CREATE USER scott IDENTIFIED BY ${DB_PASSWORD};",
      "CREATE USER ops$scott IDENTIFIED EXTERNALLY;",
      "ALTER USER scott IDENTIFIED BY VALUES 'S:0123';",
      "CREATE USER scott IDENTIFIED BY password;",
      "CREATE USER scott IDENTIFIED BY REDACTED;",
      "the user is identified by id and name",
      "each user identified by email is created in the users table",
    ]
  ) strictEqual(scrub(line), line);
});
