/**
 * A printout's optional or type before a string (Swift's `Optional("v")`, Haskell's `Just "v"`,
 * R's `str()` line `chr "v"`, F#'s `Some "v"`, go-spew's `(string) (len=N) "v"`): the string inside
 * is the value, as in Rust's `Some("v")`. Found by the seventeenth corpus's printouts
 * (../corpus/secrets_dumps17.jsonl). An empty string, a `nil` or a `None` is no value.
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

Deno.test("the string after F#'s Some and go-spew's (string) (len=N) is masked; an empty one stays", () => {
  const cases: [string, string][] = [
    [
      `{ User = "app"; Password = Some "${A}" }`,
      `{ User = "app"; Password = Some "[REDACTED:password-assignment]" }`,
    ],
    [
      `(*main.Config)(0xc000012a40)({\n Host: (string) (len=2) "db",\n ApiKey: (string) (len=16) "${B}",\n Port: (int) 5432\n})`,
      `(*main.Config)(0xc000012a40)({\n Host: (string) (len=2) "db",\n ApiKey: (string) (len=16) "[REDACTED:secret-assignment]",\n Port: (int) 5432\n})`,
    ],
    [` Token: (string) "${B}",`, ` Token: (string) "[REDACTED:secret-assignment]",`],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
  for (const text of [` Password: (string) "",`, `{ User = "app"; Password = None }`]) {
    strictEqual(scrub(text), text);
  }
});
