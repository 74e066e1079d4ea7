/**
 * The variables tools read a password from are password names: `SSHPASS` (for `sshpass -e`)
 * and `REDISCLI_AUTH` (for `redis-cli`), their values masked as passwords in every syntax;
 * `sshpass` as a command word and `bypass` stay no key.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

Deno.test("SSHPASS and REDISCLI_AUTH name a password; bypass names nothing", () => {
  deepStrictEqual(
    ["SSHPASS", "sshpass", "REDISCLI_AUTH", "bypass"].map(keyKind),
    ["password", "password", "password", null],
  );
});

Deno.test("a password in SSHPASS or REDISCLI_AUTH is masked, short ones too", () => {
  for (
    const [line, value] of [
      ["SSHPASS=Zk81mQp2Lx7vTn4Rb9Wc sshpass -e ssh deploy@bastion", "Zk81mQp2Lx7vTn4Rb9Wc"],
      ['export SSHPASS="Winter-2024Rx"', "Winter-2024Rx"],
      ["REDISCLI_AUTH=abc1x redis-cli -h cache-1 PING", "abc1x"],
      ["  - name: REDISCLI_AUTH\n    value: hunter22", "hunter22"],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
  const command = "sshpass -e ssh deploy@bastion-2 uptime";
  deepStrictEqual(scrubWholeAndStreamed(command), command);
});
