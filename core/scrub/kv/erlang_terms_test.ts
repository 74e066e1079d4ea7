/**
 * Erlang's and Elixir's printed terms (a map's binary `#{password => <<"v">>}`, a proplist's
 * tuple `{password,"v"}`, `{token, <<"v">>}`): the string inside the binary or after the atom's
 * comma is the value. Found by the sixteenth corpus's carriers (../corpus/secrets_carriers16.jsonl).
 * A variable, an atom, an empty binary or a here-document's `<<"EOF"` is none.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Qm7vR2xLk9Tz", B = "Hp4sW8nJd3Fy6cQ1";

Deno.test("a binary's string and a tuple's string after a secret-named atom are masked", () => {
  const cases: [string, string][] = [
    [
      `#{password => <<"${A}">>,user => <<"bob">>}`,
      `#{password => <<"[REDACTED:password-assignment]">>,user => <<"bob">>}`,
    ],
    [
      `#{api_token := <<"${B}"/utf8>>}`,
      `#{api_token := <<"[REDACTED:secret-assignment]"/utf8>>}`,
    ],
    [
      `[{host,"mq.internal"},{password,"${A}"},{port,5672}]`,
      `[{host,"mq.internal"},{password,"[REDACTED:password-assignment]"},{port,5672}]`,
    ],
    [`{secret_key, <<"${B}">>}`, `{secret_key, <<"[REDACTED:secret-assignment]">>}`],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("a variable, an atom, an empty binary or a here-document stays as it is", () => {
  for (
    const text of [
      "{password, Password}",
      "[{password,undefined},{port,5672}]",
      "#{password => <<>>}",
      `#{node => <<"rabbit@mq-1">>,user => <<"bob">>}`,
      `cat <<"EOF"`,
    ]
  ) strictEqual(scrub(text), text);
  strictEqual(
    scrub(`password = <<"EOF"\n${A}\nEOF`),
    `password = <<"EOF"\n[REDACTED:password-assignment]\nEOF`,
  );
});
