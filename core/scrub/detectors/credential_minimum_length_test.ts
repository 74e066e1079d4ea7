/**
 * A password or secret read from its context (a config attribute, an Oracle connect string, a
 * .pgpass entry, a secret store's command, a command-line flag, a logged INSERT, a password key)
 * is masked from 3 characters; 2 characters, a status word or a documentation stand-in is left.
 */
import { deepStrictEqual } from "@node/assert";
import { matchDetector } from "../match.ts";
import { detectors } from "./generic_credentials.ts";

const WRITTEN: readonly [id: string, line: (value: string) => string][] = [
  ["config-attribute-secret", (v) => `<add key="DbPassword" value="${v}"/>`],
  ["oracle-connect-password", (v) => `sqlplus scott/${v}@orcl`],
  ["pgpass-password", (v) => `db.example.com:5432:app:alice:${v}`],
  ["secret-store-command-value", (v) => `gh secret set NAME --body ${v}`],
  ["cli-password-flag", (v) => `sshpass -p ${v} ssh deploy@host`],
  [
    "sql-insert-secret-column",
    (v) => `INSERT INTO users (email, password) VALUES ('a@b.io', '${v}')`,
  ],
  ["password-assignment", (v) => `password=${v}`],
];

/** Each value and whether it is masked. */
const VALUES: readonly [value: string, masked: boolean][] = [
  ["q7", false],
  ["Xk", false],
  ["q7Z", true],
  ["q7Zr", true],
  ["w4#Lp9!xR2", true],
  ["null", false],
  ["changeme", false],
];

Deno.test("a credential read from its context is masked from 3 characters, stand-ins are left", () => {
  for (const [id, line] of WRITTEN) {
    const detector = detectors.find((d) => d.id === id)!;
    const got = VALUES.map(([value]) => {
      const text = line(value);
      return [
        value,
        matchDetector(detector, text).some((s) => text.slice(s.start, s.end) === value),
      ];
    });
    deepStrictEqual(got, VALUES, id);
  }
});

Deno.test("a password given as a reference to where it is kept is left", () => {
  for (const id of ["secret-store-command-value", "password-assignment"]) {
    const line = WRITTEN.find(([written]) => written === id)![1];
    const detector = detectors.find((d) => d.id === id)!;
    for (const reference of ["process.env.DB_PASSWORD", "secrets.db.password", "/run/secrets/db"]) {
      deepStrictEqual(matchDetector(detector, line(reference)), [], `${id}: ${reference}`);
    }
  }
});
