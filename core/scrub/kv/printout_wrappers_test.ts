/**
 * A printout's optional or type before a string (Swift's `Optional("v")`, Haskell's `Just "v"`,
 * R's `str()` line `chr "v"`): the string inside is the value, as in Rust's `Some("v")`. Found by
 * the seventeenth corpus's printouts (../corpus/secrets_dumps17.jsonl). An empty string or a
 * `nil` is no value.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Vt8qLm2Rx6Kp", B = "Jw3nZ7sHd5Qc9Fb1";

Deno.test("the string inside Swift's Optional, Haskell's Just and R's chr is masked", () => {
  const cases: [string, string][] = [
    [
      `APIConfig(baseURL: "https://api.internal", apiKey: Optional("${B}"))`,
      `APIConfig(baseURL: "https://api.internal", apiKey: Optional("[REDACTED:secret-assignment]"))`,
    ],
    [
      `Creds {user = "app", password = Just "${A}"}`,
      `Creds {user = "app", password = Just "[REDACTED:password-assignment]"}`,
    ],
    [
      `Creds {user = "app", refreshToken = Just "${B}"}`,
      `Creds {user = "app", refreshToken = Just "[REDACTED:secret-assignment]"}`,
    ],
    [
      `List of 2\n $ host    : chr "db"\n $ db_password: chr "${A}"`,
      `List of 2\n $ host    : chr "db"\n $ db_password: chr "[REDACTED:password-assignment]"`,
    ],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("an empty string or nil stays as it is", () => {
  for (
    const text of [
      ` $ password: chr ""`,
      `APIConfig(baseURL: "https://api.internal", apiKey: nil)`,
    ]
  ) strictEqual(scrub(text), text);
});
