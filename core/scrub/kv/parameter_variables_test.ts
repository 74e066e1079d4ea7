/**
 * A variable given to a command's secret-named parameter (PowerShell's `-Password
 * $securePassword`, `--token $TOKEN`) only names where the secret is: the shell puts the
 * variable's value there, so the line stays, as `$password = $input;` does. A quoted value, or
 * one with more than a variable's name, is still a value.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

Deno.test("a variable after a secret-named parameter stays", () => {
  const lines = [
    "New-LocalUser -Name svc_backup -Password $securePassword",
    "Connect-Thing -Token $apiToken -Verbose",
    "Set-Credential -Password $pw1 -ApiKey $key",
    "deploy --token $DEPLOY_TOKEN --env prod",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});

Deno.test("a quoted value or a value with more than a variable's name is still masked", () => {
  for (
    const [line, value] of [
      ['New-LocalUser -Password "$ecretPass1"', "$ecretPass1"],
      ["cmd -Password Abc$def123", "Abc$def123"],
      ["Set-X -Token $t0 -Password Zq81x$9Lm", "Zq81x$9Lm"],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});
