/**
 * A password or secret column qualified by its table in a logged SQL query (Django's
 * `"auth_user"."password", "auth_user"."last_login"`, MySQL's backquoted `` `users`.`password` ``)
 * is a column, and the next quoted name after its comma another table's name, not its value;
 * `set("password", "v")` and a tuple's `('password', 'v')` still give a value.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const next = seededRandom(0xd1a90);
const int = (n: number) => Math.floor(next() * n);
const pick = <T>(items: readonly T[]) => items[int(items.length)];
const word = () =>
  pick(["auth", "app", "billing", "core", "shop"]) + "_" +
  pick(["user", "account", "member", "client", "integration"]);
const SECRET_COLUMNS = ["password", "api_token", "secret", "client_secret", "passwd"];
const OTHER_COLUMNS = ["last_login", "created_at", "id", "email", "is_active", "updated_at"];

Deno.test("qualified secret columns in logged SQL queries are kept", () => {
  const scrubber = createScrubber();
  for (let k = 0; k < 80; k++) {
    const table = word();
    const [open, close] = pick([['"', '"'], ["`", "`"]]);
    const q = (name: string) => `${open}${name}${close}`;
    const columns = [pick(OTHER_COLUMNS), pick(SECRET_COLUMNS), pick(OTHER_COLUMNS)]
      .map((c) => `${q(table)}.${q(c)}`).join(", ");
    const line = `[2026-11-0${1 + int(9)} 14:31:33,${
      100 + int(900)
    }] DEBUG django.db.backends (0.0${int(90) + 10}) SELECT ${columns} FROM ${q(table)} WHERE ${
      q(table)
    }.${q("id")} = ${int(9999)} LIMIT 21`;
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("a call's or a tuple's password after its name is still masked", () => {
  const scrubber = createScrubber();
  const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  for (let k = 0; k < 60; k++) {
    const value = Array.from({ length: 10 + int(8) }, () => pick([...CHARS])).join("");
    const line = pick([
      `config.set("password", "${value}")`,
      `credentials = ('password', '${value}')`,
      `putenv("DB_PASSWORD", "${value}")`,
    ]);
    ok(!scrubber.scrub(line).text.includes(value), line);
  }
});
