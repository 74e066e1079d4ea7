/**
 * The password argument of .NET's `NetworkCredential(user, password[, domain])` and
 * `DirectoryEntry(path, user, password)` (C# `new …`, PowerShell `New-Object …`) is masked when
 * it is a string literal; the user, the domain, the path and a password held in a variable stay.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!-";

/** A made-up password, from a small seeded generator. */
function passwordOf(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  return Array.from({ length: 8 + (next() % 8) }, () => ALPHABET[next() % ALPHABET.length]).join(
    "",
  );
}

Deno.test("a literal password argument is masked; the other arguments stay", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const pw = passwordOf(seed);
    for (
      const [line, kept] of [
        [`client.Credentials = new NetworkCredential("mailer", "${pw}");`, '"mailer"'],
        [`var c = new NetworkCredential("svc-sync", "${pw}", "CORP");`, '"CORP"'],
        [`var e = new DirectoryEntry("LDAP://dc1.corp.test", bindUser, "${pw}");`, "bindUser"],
        [
          `$d = New-Object DirectoryServices.DirectoryEntry("LDAP://dc1","corp\\svc", '${pw}')`,
          '"corp\\svc"',
        ],
        [`$c = new-object system.net.networkcredential('mailer', '${pw}')`, "'mailer'"],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(pw), false, out);
      strictEqual(out.includes(kept), true, out);
    }
  }
});

Deno.test("a password in a variable, or no password argument, stays", () => {
  for (
    const line of [
      "var c = new NetworkCredential(userName, password);",
      'var c = new NetworkCredential("mailer", secretValue, "CORP");',
      'var e = new DirectoryEntry("LDAP://dc1.corp.test");',
      '$c = New-Object System.Management.Automation.PSCredential("svc", $secure)',
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
