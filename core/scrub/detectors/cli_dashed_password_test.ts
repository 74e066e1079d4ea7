/**
 * A password that starts with a dash, given to a command-line flag that must take one
 * (`docker login -p -xK9v…`, `sshpass -p -Pa55…`, `redis-cli -a -…`, `ldapsearch -w -…`), is
 * masked; a short option after the flag (`-p -u ci`) or a `--option` is not taken for one.
 * Passwords are generated, so the test does not hang on one sample.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";
import { mixed } from "../corpus/redteam2/providers.ts";

const scrubber = createScrubber();

const COMMANDS: ((pw: string) => string)[] = [
  (pw) => `docker login -u ci -p ${pw} registry.acme.io`,
  (pw) => `podman login --username ci -p ${pw} quay.io`,
  (pw) => `+ helm registry login ghcr.io -u bot -p ${pw}`,
  (pw) => `sshpass -p ${pw} ssh deploy@bastion`,
  (pw) => `redis-cli -h cache-1 -a ${pw} --no-auth-warning PING`,
  (pw) => `ldapsearch -x -D "cn=admin,dc=acme,dc=io" -w ${pw} -b dc=acme,dc=io`,
];

Deno.test("a generated password starting with a dash after -p/-a/-w is masked in every command", () => {
  const r = new Rand(77);
  const leaks: string[] = [];
  for (const command of COMMANDS) {
    for (let i = 0; i < 10; i++) {
      const pw = "-" + mixed(r, 6 + r.int(14));
      const line = command(pw);
      if (scrubber.scrub(line).text.includes(pw)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an option after a password flag is not taken for a dashed password", () => {
  const lines = [
    "docker login -p -u ci registry.acme.io",
    "mongosh -u admin -p --authenticationDatabase admin",
    "sshpass -p -e ssh deploy@bastion",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});
