/**
 * Erlang's and Clojure's ways of printing a setting: a tuple `{token, "v"}`, a binary `<<"v">>`
 * (as a value or around a map's key: `#{<<"password">> => <<"v">>}`), an EDN keyword `{:token
 * "v"}`, `:db/password "v"`. The value is masked whatever the key's kind; an atom, an empty
 * binary, a lower-case word (a state: `{token, "expired"}`) or words (a message) stay.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Tz6nQw3Lp8VkR2", B = "r2Jx9Mb4Hs7DqW";

Deno.test("a secret-named atom's, binary's or keyword's string is masked", () => {
  const cases: [string, string][] = [
    [
      `[{user, "bob"}, {client_secret, "${A}"}]`,
      `[{user, "bob"}, {client_secret, "[REDACTED:secret-assignment]"}]`,
    ],
    [`{auth_token, <<"${A}">>}`, `{auth_token, <<"[REDACTED:secret-assignment]">>}`],
    [`#{api_key => <<"${B}">>}`, `#{api_key => <<"[REDACTED:secret-assignment]">>}`],
    [
      `#{<<"db_password">> => <<"${B}">>}`,
      `#{<<"db_password">> => <<"[REDACTED:password-assignment]">>}`,
    ],
    [
      `{:api-key "${A}" :user "bob"}`,
      `{:api-key "[REDACTED:secret-assignment]" :user "bob"}`,
    ],
    [
      `INFO loaded {:db/token "${B}", :db/host "db1"}`,
      `INFO loaded {:db/token "[REDACTED:secret-assignment]", :db/host "db1"}`,
    ],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("an atom, a state word, a message or a heredoc stays", () => {
  for (
    const text of [
      "{error, {token, invalid}}",
      `{error, {token, "expired"}}`,
      "{password, <<>>}",
      `{:event :login :token "refreshed"}`,
      `(log/warn :api-key "is not set" :user "bob")`,
      `cat <<"EOF" > token.txt`,
      `time=12:token "abc"`,
    ]
  ) strictEqual(scrub(text), text);
});
