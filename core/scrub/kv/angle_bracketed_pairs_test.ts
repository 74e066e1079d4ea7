/**
 * A key/value pair inside angle brackets, `<NAME=value>`, as cron writes each variable of a job's
 * environment into the mail it sends (`X-Cron-Env: <PGPASSWORD=v>`): the `=` right after the name
 * says it is a pair, not an element (`<password>v</password>`, read as one), so a secret-named
 * key masks its value up to the `>`. Found by a blind red team of dumped configuration and tool
 * output (its values stay outside the repository); the values here are generated, seeded.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(4104);
Deno.test("a secret-named key's value inside <NAME=value> is masked up to the >", () => {
  for (const key of ["PGPASSWORD", "MYSQL_PWD", "API_TOKEN", "db_password", "SECRET_KEY"]) {
    for (let i = 0; i < 4; i++) {
      const value = secretFrom(random);
      const text =
        `From: root@web-1 (Cron Daemon)\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <${key}=${value}>\nX-Cron-Env: <HOME=/root>`;
      const out = scrub(text);
      ok(!out.includes(value), `${JSON.stringify(text)} -> ${out}`);
      ok(out.includes(`<${key}=`) && out.includes("X-Cron-Env: <HOME=/root>"), out);
      ok(/<[A-Z_a-z]+=\[REDACTED[^\]]*\]>/.test(out), out);
    }
  }
});

Deno.test("pairs naming no secret, references and elements stay as they were", () => {
  for (
    const text of [
      "X-Cron-Env: <SHELL=/bin/sh>",
      "X-Cron-Env: <HOME=/root>",
      "X-Cron-Env: <PATH=/usr/bin:/bin>",
      "X-Cron-Env: <PGPASSWORD=${PGPASSWORD}>",
      "X-Cron-Env: <LOGNAME=root>",
      '<a href="/docs/password-reset">reset</a>',
      "<password></password>",
    ]
  ) strictEqual(scrub(text), text);
});
