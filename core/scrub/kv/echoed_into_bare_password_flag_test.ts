/**
 * A value echoed into a command whose `--password` flag, given no argument and last of the
 * command, reads the password on its standard input (FreeIPA's `echo PASS | ipa user-add u
 * --first=A --last=B --password`) is masked; a `--password` given its own argument, or a pipe
 * into a command without one, keeps the echoed word.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";

const random = seededRandom(0x1fa3);

const FORMS = [
  "echo {v} | ipa user-add svc-backup --first=Service --last=Backup --password",
  "$ echo {v} | ipa user-mod jdoe --password && ipa user-show jdoe",
  '{"msg":"$ echo {v} | ipa user-add svc-backup --first=Service --last=Backup --password"}',
];

Deno.test("a value echoed into a bare --password, last of its command, is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (const form of FORMS) {
      const value = secretFrom(random);
      for (const q of ["", "'"]) {
        const line = form.replace("{v}", q + value + q);
        if (scrubWholeAndStreamed(line).includes(value)) leaks.push(line);
      }
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an echoed word into a --password with its own argument, or into no --password, stays", () => {
  const lines = [
    "echo release-2026 | tee version.txt --password-file /run/secrets/pw",
    "echo done | mail -s report ops --password-prompt",
    "echo y | ipa user-add svc-backup --first=Service --last=Backup --random",
    "echo ready | app --password-file=/run/secrets/pw",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
