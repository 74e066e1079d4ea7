/**
 * A declaration's type between a secret-named key and its value is no part of either: Python's
 * `API_KEY: Final = "v"` (and `Final[str]`, `ClassVar[str]`), Haskell's `apiKey :: String = "v"`;
 * and a quoted literal after a spaced `::` (`apiKey :: "v"`) is the value, as is the rest of a line
 * a key starts after `::` when it has a sign no name has (`pwd::v!x`). A scope's member
 * (`Password::min(12)`, `Token::class`, `Secret::new!(…)`) and a type alone (`password :: Text`)
 * stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const value = "Zk81mQp2Lx7vTn4Rb9Wc";

Deno.test("a value after a declared type or a spaced :: is masked", () => {
  for (
    const line of [
      `API_KEY: Final = "${value}"`,
      `SECRET_KEY: Final[str] = '${value}'`,
      `    api_token: ClassVar[str] = "${value}"`,
      `apiKey :: String = "${value}"`,
      `apiKey :: "${value}"`,
      `pwd::${value}!`,
      `db_password::${value}@#`,
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("a scope's member and a type alone stay", () => {
  const lines = [
    ...["Password::min(12)", "$x = Token::class;", "password :: Text", "token: Final"],
    ...[
      "Secret::new!(value)",
      "Password::MIN_LENGTH",
      "x Token::from_str!",
      "Password::Hash::Argon",
    ],
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
