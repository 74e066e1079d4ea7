/**
 * MySQL's and MariaDB's `SET PASSWORD FOR 'user'@'host' = 'PASS'` (as a general or audit log
 * prints the statement), also with `PASSWORD('PASS')`: the quoted password is masked, whatever
 * the account's quoting; an empty string stays. Found by the sixteenth corpus's statement logs
 * (../corpus/secrets_carriers16.jsonl).
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const P = "Lq3wN7zTb5Ks";

Deno.test("the password SET PASSWORD FOR gives an account is masked", () => {
  const cases: [string, string][] = [
    [
      `2026-03-02T11:04:19.233Z\t   12 Query\tSET PASSWORD FOR 'report'@'localhost' = '${P}'`,
      `2026-03-02T11:04:19.233Z\t   12 Query\tSET PASSWORD FOR 'report'@'localhost' = '[REDACTED:cli-password-flag]'`,
    ],
    [
      `set password for app@'%'="${P}";`,
      `set password for app@'%'="[REDACTED:cli-password-flag]";`,
    ],
    [
      `SET PASSWORD FOR \`etl\`@\`10.%\` = PASSWORD('${P}');`,
      `SET PASSWORD FOR \`etl\`@\`10.%\` = PASSWORD('[REDACTED:password-assignment]');`,
    ],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("an empty password and the statement's words alone stay", () => {
  for (
    const text of [
      "SET PASSWORD FOR 'report'@'localhost' = '';",
      "ERROR 1133 (42000): Can't find any matching row in the user table (SET PASSWORD FOR)",
    ]
  ) strictEqual(scrub(text), text);
});
