/**
 * Go's `%+v` of a struct prints an empty field as its name, `:` and the blank before the next
 * field (`{Host:db Token: Password:v Port:5432}`, `&{Addr:redis:6379 Password: Username: DB:0}`):
 * the next field is no value of the empty one. Left by the sixteenth corpus
 * (../corpus/secrets_carriers16.jsonl), found again by the seventeenth's printouts
 * (../corpus/secrets_dumps17.jsonl). A value after the field's `:` is still read, glued or after
 * a blank, and outside a `{` a capitalised word with a `:` after one blank is still a value.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Tz6mQw3Lp9Xc", B = "Rb2kVn8Hf5Js1Dq4";

Deno.test("an empty field of Go's %+v leaves the next field as it is", () => {
  for (
    const text of [
      "config: {Host:db User:app Token: Password: Port:5432}",
      "opts: &{Addr:redis:6379 Password: Username: DB:0}",
      "{Host:db-1 User:app Password: Port:5432}",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("a field's value beside empty fields is masked", () => {
  const cases: [string, string][] = [
    [
      `config: {Host:db User:app Token: Password:${A} Port:5432}`,
      "config: {Host:db User:app Token: Password:[REDACTED:password-assignment] Port:5432}",
    ],
    [
      `opts: &{Addr:redis:6379 Password:${A} Username: DB:0}`,
      "opts: &{Addr:redis:6379 Password:[REDACTED:password-assignment] Username: DB:0}",
    ],
    [`{ApiKey: ${B} Region: eu}`, "{ApiKey: [REDACTED:secret-assignment] Region: eu}"],
    [`Password: Adm1n:${A}`, "Password: [REDACTED:password-assignment]"],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});
