/**
 * A value given after blanks alone, one mixed-class word ending its line (the operations corpus's
 * `vault login` table and HAProxy configuration): in a table, the key starting its line and two
 * or more blanks after it; in a configuration line, after a directive's lower-case words; and
 * `auth USER:PASS`'s password. Prose, paths, algorithm names and lines going on after the word
 * stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a table's or a configuration line's last word after a secret-named key is masked", () => {
  for (
    const [line, value] of [
      ["token                hvs.HfiLThRACpJRUAFcheoxQ6Od", "hvs.HfiLThRACpJRUAFcheoxQ6Od"],
      ["    user oncall insecure-password Tundra2012@", "Tundra2012@"],
      ["    stats auth admin:gssuQlVKfvNs302sgBFGrvDni1n", "gssuQlVKfvNs302sgBFGrvDni1n"],
      ["  stats auth ops:Winter1998*", "Winter1998*"],
    ]
  ) ok(!scrub(line).includes(value), line);
});

Deno.test("prose, paths, algorithms and words followed by more stay", () => {
  for (
    const line of [
      "token expired",
      "token_accessor       HfiLThRACpJRUAFcheoxQ6Od",
      "the token was rejected by upstream",
      "ssl_certificate_key /etc/ssl/private/server2.key",
      "HostKey /etc/ssh/ssh_host_ed25519_key",
      "auth SHA256",
      "auth    sufficient      pam_ldap.so use_first_pass",
      "auth optional pam_exec.so:x debug",
      "2026-12-03 10:00:01 ERROR token Abc123xyz! rejected",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a last word's exact span: after two or more blanks (spaces or tabs), indented or not, trailing blanks kept; after `auth`, in any case, the part after the colon", () => {
  const secret = "[REDACTED:secret-assignment]", password = "[REDACTED:password-assignment]";
  for (
    const [line, expected] of [
      ["token  Tundra2012@", `token  ${secret}`],
      ["token\t\tTundra2012@", `token\t\t${secret}`],
      ["  token  Tundra2012@  ", `  token  ${secret}  `],
      [
        "    user oncall insecure-password Tundra2012@  ",
        `    user oncall insecure-password ${password}  `,
      ],
      ["    stats auth admin:Winter1998*", `    stats auth admin:${password}`],
      ["Auth  admin:Winter1998*", `Auth  admin:${password}`],
      ["token Tundra2012@", "token Tundra2012@"],
      ["    stats auth admin:", "    stats auth admin:"],
      ["token  Abc123xyz! rejected", "token  Abc123xyz! rejected"],
    ]
  ) strictEqual(scrub(line), expected, line);
});
