/**
 * Values a bare or quoted reading used to cut short or take for a stand-in: a single-quoted
 * shell value holding a quote written `'\''` (as `set -x` and shlex print it) is one value to its
 * last quote; a bare value starting with `&` and a long run (`password=&Xk9…`) is no HTML entity;
 * a braced `{name}` of letters only is a template, not an ODBC value.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Tz6nQw", B = "r2Jx9Mb4Hs7DqW";

Deno.test("a shell value with '\\'' in it is masked whole", () => {
  strictEqual(
    scrub(`PASSWORD='${A}'\\''${A}'`),
    `PASSWORD='[REDACTED:password-assignment]'`,
  );
  strictEqual(
    scrub(`+ export DB_PASSWORD='${A}'\\''x'\\''${A}' && run`),
    `+ export DB_PASSWORD='[REDACTED:password-assignment]' && run`,
  );
});

Deno.test("a bare value after & is masked, a query's next pair or an entity stays", () => {
  strictEqual(scrub(`password=&${B}`), "password=[REDACTED:password-assignment]");
  for (
    const text of [
      "GET /login?user=bob&password=&next=/home",
      "password=&amp;",
      "token=&nbsp",
      "echo 'it'\\''s fine'",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("a braced name of letters is a template; a braced generated word is a value", () => {
  strictEqual(scrub(`PWD={${B}};`), "PWD={[REDACTED:password-assignment]};");
  for (
    const text of ["password={db_password}", "token={accessToken}", "password={}", "api_key={0}"]
  ) strictEqual(scrub(text), text);
});
