/**
 * PHP's print_r and var_dump print an object's protected or private property with its visibility
 * inside the brackets (`[token:protected] => v`, `[token:App\Client:private] => v`,
 * `["token":"App\Client":private]=>` then `string(N) "v"` below): the value is after the `]`, not
 * the class's name after the `:`. Found by the seventeenth corpus's printouts
 * (../corpus/secrets_dumps17.jsonl). An empty property or a masked one stays as it is.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Xr5tPq8Lm2Wd", B = "Kc7vNf3Hs9Jb4Ty6";

Deno.test("the value of a protected or private property print_r or var_dump prints is masked", () => {
  const cases: [string, string][] = [
    [
      `App\\Mailer Object\n(\n    [host:protected] => smtp.internal\n    [password:protected] => ${A}\n)`,
      `App\\Mailer Object\n(\n    [host:protected] => smtp.internal\n    [password:protected] => [REDACTED:password-assignment]\n)`,
    ],
    [
      `    [apiToken:App\\Services\\Client:private] => ${B}`,
      `    [apiToken:App\\Services\\Client:private] => [REDACTED:secret-assignment]`,
    ],
    [
      `    [secret_key:private] => ${B}`,
      `    [secret_key:private] => [REDACTED:secret-assignment]`,
    ],
    [
      `object(App\\Client)#3 (1) {\n  ["clientSecret":"App\\Client":private]=>\n  string(16) "${B}"\n}`,
      `object(App\\Client)#3 (1) {\n  ["clientSecret":"App\\Client":private]=>\n  string(16) "[REDACTED:secret-assignment]"\n}`,
    ],
    [
      `  ["password":protected]=>\n  string(12) "${A}"`,
      `  ["password":protected]=>\n  string(12) "[REDACTED:password-assignment]"`,
    ],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("an empty or masked protected or private property stays as it is", () => {
  for (
    const text of [
      `    [password:App\\Mailer:private] => \n    [timeout] => 30`,
      `  ["apiKey":"App\\Client":private]=>\n  string(3) "***"`,
      `    [token:protected] => [FILTERED]`,
    ]
  ) strictEqual(scrub(text), text);
});
