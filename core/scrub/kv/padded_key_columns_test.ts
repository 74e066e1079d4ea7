/**
 * A table's key column padded past 16 blanks: PowerShell prints a hashtable as `Name  Value` rows
 * with each name padded to 31 characters, and aligned configuration files pad a key before its
 * `=`. A key starting its line is read across up to 64 blanks, as across 16 before. Found by the
 * seventeenth corpus's printouts (../corpus/secrets_dumps17.jsonl). A masked, empty or worded
 * value stays as it is.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Wq4nL8vRz2Mk", B = "Pf6tHc1Xd9Gs3Jb7";
const pad = (name: string) => name.padEnd(31);

Deno.test("a value after a key padded to a wide column is masked", () => {
  const cases: [string, string][] = [
    [
      `Name                           Value\n----                           -----\n${
        pad("Password")
      }${A}\n${pad("UserName")}svc-deploy`,
      `Name                           Value\n----                           -----\n${
        pad("Password")
      }[REDACTED:password-assignment]\n${pad("UserName")}svc-deploy`,
    ],
    [`${pad("AuthToken")}${B}`, `${pad("AuthToken")}[REDACTED:secret-assignment]`],
    [
      `password${" ".repeat(24)}= ${A}`,
      `password${" ".repeat(24)}= [REDACTED:password-assignment]`,
    ],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("a masked, empty or worded value in a wide column stays", () => {
  for (
    const text of [
      `${pad("Password")}System.Security.SecureString`,
      `${pad("Token")}********`,
      `${pad("Password")}`,
      `${pad("ApiKey")}ApiKeyFromVault`,
    ]
  ) strictEqual(scrub(text), text);
});
