/**
 * Go's MySQL driver writes its DSN with no scheme and the address in brackets after the protocol:
 * `user:password@tcp(host:3306)/db?parseTime=true`, `user:password@unix(/run/mysqld.sock)/db`
 * (as Telegraf's `servers = [...]`, GORM's and sqlx's connection logs print it). The password is
 * masked, the user, protocol, address and database kept; a DSN with no password stays whole.
 */
import { ok } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed as scrub, secretFrom } from "../kv/test_support.ts";

Deno.test("the password of a Go MySQL DSN (`user:pw@tcp(host:port)/db`) is masked", () => {
  const rnd = seededRandom(0x60d5);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  for (let i = 0; i < 40; i++) {
    // No `@`, `:` or `/` in a password here: the driver needs those escaped.
    const password = secretFrom(rnd);
    const user = pick(["root", "svc_orders", "app", "telegraf"]);
    const address = pick([
      "tcp(mysql-0.mysql:3306)",
      "tcp(db-1.internal:3306)",
      "unix(/run/mysqld/mysqld.sock)",
    ]);
    const dsn = `${user}:${password}@${address}/orders`;
    for (
      const line of [
        `  servers = ["${dsn}?tls=false"]`,
        `time="2026-03-01T10:00:00Z" level=info msg="connecting" dsn="${dsn}?parseTime=true"`,
        `[gorm] open mysql ${dsn}`,
        `DSN=${dsn}`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(password), `${line} -> ${out}`);
      ok(out.includes(`${user}:`) && out.includes(`@${address}/orders`), out);
    }
  }
});

Deno.test("a Go MySQL DSN with no password, and `@tcp(` in prose, stay whole", () => {
  for (
    const line of [
      `servers = ["telegraf@tcp(mysql-0.mysql:3306)/"]`,
      `dsn="app@unix(/run/mysqld/mysqld.sock)/orders"`,
      `worker ops@tcp(4) restarted`,
    ]
  ) ok(scrub(line) === line, line);
});
