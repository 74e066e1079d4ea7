/**
 * A PowerShell cmdlet's output given to a secret-named variable (`$pw = Read-Host
 * -AsSecureString`) is a call, not a literal: the key/value reader reads no value there
 * (./assignments.ts). A literal that only looks like a cmdlet's name, quoted, glued to a flag, in
 * a header or an element, is still a value, masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { readAssignments } from "./assignments.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
/** The values the reader reads on `line`, as text. */
const values = (line: string) => readAssignments(line).map((a) => line.slice(a.start, a.end));

Deno.test("a cmdlet's output given to a secret-named variable is no value", () => {
  for (
    const line of [
      'PS C:\\> $pw = Read-Host -AsSecureString "Password"',
      "$apiToken = Get-Secret -Name DeployToken -AsPlainText",
      "$env:API_TOKEN = Get-Secret -Name x",
      "$password = ConvertTo-SecureString $plain -AsPlainText -Force",
      "$token = New-Guid",
      // Each verb, and a noun of 2 and of 41 letters.
      ...["Get", "Read", "New", "Import", "ConvertTo", "ConvertFrom", "Invoke", "Unprotect"]
        .map((verb) => `$secret = ${verb}-Secret`),
      ...["Resolve", "Find", "Receive", "Select"].map((verb) => `$secret = ${verb}-Secret`),
      "$secret = Get-Xy",
      `$secret = Get-X${"a".repeat(40)}`,
    ]
  ) {
    strictEqual(values(line).length, 0, line);
    strictEqual(scrub(line), line);
  }
});

Deno.test("a literal that looks like a cmdlet's name is a value, masked", () => {
  for (
    const [line, value] of [
      ['password = "Read-Host"', "Read-Host"],
      ['{"password": "Get-Credential"}', "Get-Credential"],
      ["<password>Read-Host</password>", "Read-Host"],
      ["mysql -u root -pRead-Host", "Read-Host"],
      ["Authorization: Bearer Get-Token", "Get-Token"],
    ]
  ) ok(!scrub(line).includes(value), `${line} → ${scrub(line)}`);
  // No verb of a value-returning cmdlet, a noun of 1 or 42 letters, a lower-case noun.
  for (
    const value of ["Remove-Secret", "Get-X", `Get-X${"a".repeat(41)}`, "Read-host", "GetSecret"]
  ) {
    const line = `$secret = ${value}`;
    strictEqual(values(line).join(), value, line);
  }
});
