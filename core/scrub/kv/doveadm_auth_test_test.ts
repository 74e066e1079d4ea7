/**
 * Dovecot's `doveadm auth test USER PASS` and `doveadm auth login USER PASS` (a mail server's
 * passdb checked from the shell): the password is the second argument after `test` or `login`
 * (./commands.ts ARGUMENT_AFTER), after the options (`-a SOCKET`); with no password (doveadm
 * prompts), a variable, and doveadm's other commands, the line stays.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("the password given to doveadm auth test or auth login is masked", () => {
  const rnd = seededRandom(0xd0e);
  for (let i = 0; i < 20; i++) {
    const pw = secretFrom(rnd);
    for (
      const [line, kept] of [
        [`doveadm auth test jdoe${i} ${pw}`, `doveadm auth test jdoe${i} `],
        [`# doveadm auth test -a /run/dovecot/auth-client ops ${pw}`, "auth-client ops "],
        [`doveadm auth login vmail${i} '${pw}'`, `doveadm auth login vmail${i} `],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(pw), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("a prompt, a variable and doveadm's other commands stay", () => {
  for (
    const line of [
      "doveadm auth test jdoe",
      "doveadm auth test jdoe $TEST_PASS",
      "doveadm user jdoe",
      "doveadm quota get -u jdoe",
      "doveadm mailbox list -u jdoe INBOX",
    ]
  ) strictEqual(scrub(line), line);
});
