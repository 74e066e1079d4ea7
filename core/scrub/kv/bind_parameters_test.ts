/**
 * Values bound to a logged statement's `?` (Hibernate's BasicBinder lines below it) are masked
 * when the column the `?` stands for names a password or secret, in UPDATE, WHERE and INSERT
 * forms, Hibernate 5's and 6's binding lines; other columns' values stay; the reading ends at
 * the first line that is no binding, and fails closed where it cannot pair a value.
 */
import { ok, strictEqual } from "@node/assert";
import { boundValuesBelow } from "./bind_parameters.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";
/** Seeded bytes (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eed0);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

const HEAD = "2026-03-14 08:48:00.019 DEBUG 1 --- [nio-8080-exec-2] org.hibernate.SQL : ";
const BIND = "2026-03-14 08:48:00.020 TRACE 1 --- [nio-8080-exec-2] o.h.t.d.sql.BasicBinder : ";
const h5 = (n: number, value: string) =>
  `${BIND}binding parameter [${n}] as [VARCHAR] - [${value}]`;
const h6 = (n: number, value: string) => `${BIND}binding parameter (${n}:VARCHAR) <- [${value}]`;
const SECRET = "FJGZKM6IVFZx5EL3jWrH5PbPh5AsaNbnnq206lLA";
const PASSWORD = "Saffron@1566x";

Deno.test("bound values of secret columns are masked, the others kept", () => {
  for (const bind of [h5, h6]) {
    for (
      const [sql, secretAt, keptAt] of [
        ["update integration set api_secret=?, smtp_password=?, updated_at=? where id=?", 1, 3],
        ['select * from users where email = ? and "password" = ?', 2, 1],
        ["insert into integration (id, name, api_secret, smtp_password) values (?, ?, ?, ?)", 3, 2],
        ["insert into t (id, created, smtp_password) values (?, now(), ?)", 2, 1],
      ] as const
    ) {
      const text = [
        HEAD + sql,
        bind(secretAt, SECRET),
        bind(keptAt, "ops-team"),
        bind(secretAt === 3 ? 4 : 9, PASSWORD),
      ].join("\n");
      const out = scrubWholeAndStreamed(text);
      ok(!out.includes(SECRET), out);
      ok(out.includes("[REDACTED:sql-insert-secret-column]"), out);
      ok(out.includes("[ops-team]"), out);
      if (secretAt === 3) ok(!out.includes(PASSWORD), out);
    }
  }
});

Deno.test("statements without a secret column open nothing; a line that is no binding ends the reading", () => {
  const plain = [HEAD + "update integration set name=?, updated_at=? where id=?", h5(1, SECRET)];
  strictEqual(scrubWholeAndStreamed(plain.join("\n")), plain.join("\n"));
  const after = [
    HEAD + "update integration set api_secret=? where id=?",
    `${BIND}some other line`,
    h5(1, SECRET),
  ];
  strictEqual(scrubWholeAndStreamed(after.join("\n")), after.join("\n"));
});

Deno.test("fails closed: an unclosed value is masked to its line's end, a parameter past the read ones is masked", () => {
  const reader = boundValuesBelow(HEAD + "update t set api_secret=? where id=?", () => true)!;
  const line = `${BIND}binding parameter [1] as [VARCHAR] - [${SECRET}`;
  const found = reader.next(line)!;
  strictEqual(found.length, 1);
  strictEqual(found[0].cut, true);
  strictEqual(found[0].end, line.length);
  const many = HEAD + "update t set api_secret=?" + ", c=?".repeat(300);
  const past = boundValuesBelow(many, (c) => c === "api_secret")!;
  strictEqual(past.next(h5(300, "v"))!.length, 1);
  strictEqual(past.next(h5(5, "v"))!.length, 0);
});

Deno.test("reads at most 256 lines below its statement", () => {
  const reader = boundValuesBelow(HEAD + "update t set api_secret=? where id=?", () => true)!;
  for (let i = 0; i < 256; i++) ok(reader.next(h5(2, "1")) !== null);
  strictEqual(reader.next(h5(1, SECRET)), null);
});

Deno.test("MyBatis's one line of bound values: each secret column's value up to its type is masked, the others kept", () => {
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const made = () =>
    Array.from(randomBytes(18), (b) => letters[b % letters.length])
      .join("") + "#7";
  const prepare = "DEBUG [main] c.a.m.UserMapper.update - ==>  Preparing: ";
  const bound = "DEBUG [main] c.a.m.UserMapper.update - ==> Parameters: ";
  const secret = made(), other = made();
  for (
    const [sql, values, masked, kept] of [
      ["UPDATE users SET password = ? WHERE login = ?", `${secret}(String), ops-team(String)`],
      [
        "INSERT INTO users (id, login, api_secret) VALUES (?, ?, ?)",
        `null, ops-team(String), ${secret}(String)`,
      ],
      ["SELECT * FROM t WHERE login = ? AND token = ?", `ops-team(String), ${secret}(String)`],
    ].map(([sql, values]) => [sql, values, secret, "ops-team(String)"])
  ) {
    const text = [prepare + sql, bound + values, "DEBUG [main] <==    Updates: 1"].join("\n");
    const out = scrubWholeAndStreamed(text);
    ok(!out.includes(masked), out);
    ok(out.includes("[REDACTED:sql-insert-secret-column](String)"), out);
    ok(out.includes(kept), out);
  }
  // No secret column: the line stays; the reading ends after MyBatis's line.
  const plain = [
    prepare + "UPDATE users SET name = ? WHERE id = ?",
    bound + `${other}(String), 7(Integer)`,
  ];
  strictEqual(scrubWholeAndStreamed(plain.join("\n")), plain.join("\n"));
  const after = [prepare + "UPDATE t SET api_secret = ?", bound + "x(String)", h5(1, other)];
  ok(scrubWholeAndStreamed(after.join("\n")).includes(other));
  // A value with no type after it is masked to the line's end.
  const reader = boundValuesBelow(prepare + "UPDATE t SET api_secret = ?", () => true)!;
  const found = reader.next(bound + secret)!;
  strictEqual(found.length, 1);
  strictEqual(found[0].cut, true);
});

Deno.test("Postgres's `DETAIL:  parameters:` line below a statement's `$n`: each secret column's value is masked by its number, the others kept", () => {
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789^.~";
  const made = () => Array.from(randomBytes(20), (b) => letters[b % letters.length]).join("");
  const secret = made(), other = made();
  const log = "2026-03-14 08:48:00.019 UTC [4172] app@orders LOG:  execute S_1: ";
  const detail = "2026-03-14 08:48:00.019 UTC [4172] app@orders DETAIL:  parameters: ";
  for (
    const [sql, values] of [
      [
        "INSERT INTO api_tokens (owner_id, webhook_secret) VALUES ($1, $2)",
        `$1 = '41', $2 = '${secret}'`,
      ],
      [
        "UPDATE users SET name = $2, password = $1 WHERE id = $3",
        `$1 = '${secret}', $2 = '41', $3 = NULL`,
      ],
      ["SELECT id FROM t WHERE owner_id = $1 AND api_token = $2", `$1 = '41', $2 = '${secret}'`],
    ]
  ) {
    const out = scrubWholeAndStreamed([log + sql, detail + values].join("\n"));
    ok(!out.includes(secret), out);
    ok(out.includes("'[REDACTED:sql-insert-secret-column]'"), out);
    ok(out.includes("= '41'"), out);
  }
  // No secret column: both lines stay.
  const plain = [
    log + "UPDATE users SET build_id = $1 WHERE id = $2",
    detail + `$1 = '${other}', $2 = '7'`,
  ];
  strictEqual(scrubWholeAndStreamed(plain.join("\n")), plain.join("\n"));
  // A quote doubled inside a value is read as part of it; a value that cannot be read is masked
  // to the line's end.
  const reader = boundValuesBelow(log + "UPDATE t SET api_secret = $1 WHERE id = $2", () => true)!;
  const line = detail + `$1 = 'a''${secret}', $2 = '${other}`;
  const found = reader.next(line)!;
  strictEqual(found.length, 2);
  strictEqual(line.slice(found[0].start, found[0].end), `a''${secret}`);
  strictEqual(found[1].cut, true);
  strictEqual(found[1].end, line.length);
});
