/**
 * A PowerShell variable given a cmdlet's output (`$pw = Read-Host -AsSecureString "Password"`,
 * the operations corpus's transcripts) holds no literal: the line stays; a literal given to the
 * same variable is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a secret-named variable given a cmdlet's output stays", () => {
  for (
    const line of [
      'PS C:\\> $pw = Read-Host -AsSecureString "Password"',
      "PS C:\\> $apiToken = Get-Secret -Name DeployToken -AsPlainText",
      "$password = ConvertTo-SecureString $plain -AsPlainText -Force",
      "$clientSecret = Get-AzKeyVaultSecret -VaultName kv-prod -Name sp-secret",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a literal given to the same variables is still masked", () => {
  for (const value of ["Read-Host9xQ2!", "Tundra.Q8rX2w_44"]) {
    ok(!scrub(`PS C:\\> $pw = "${value}"`).includes(value), value);
  }
});
