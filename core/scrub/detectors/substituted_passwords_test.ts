/**
 * A command substitution given where a password goes (`sqlplus u/$(cat /run/secrets/pw)@db`,
 * `az keyvault secret set … --value $(openssl rand -hex 16)`): the shell puts the secret there,
 * the log holds only where it comes from, which stays whole; a literal password there is masked.
 */
import { equal, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

const COMMANDS = [
  (v: string) => `+ sqlplus -s scott/${v}@orcl @report.sql`,
  (v: string) => `expdp system/${v}@pdb1 directory=DATA_PUMP_DIR`,
  (v: string) => `+ az keyvault secret set --vault-name kv-prod --name db-pw --value ${v}`,
  (v: string) => `gh secret set NPM_TOKEN --body ${v}`,
];

Deno.test("a substitution given as a command's password stays whole", () => {
  for (
    const sub of [
      "$(cat /run/secrets/db_pw)",
      "$(vault kv get -field=password secret/db)",
      "$(openssl rand -hex 16)",
    ]
  ) {
    for (const command of COMMANDS) equal(scrubber.scrub(command(sub)).text, command(sub));
  }
});

Deno.test("a literal password in the same commands is masked", () => {
  const rnd = seededRandom(0x5b57);
  for (let i = 0; i < 10; i++) {
    const pw = Array.from({ length: 14 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (const command of COMMANDS) {
      const out = scrubber.scrub(command(pw)).text;
      ok(!out.includes(pw), out);
    }
  }
});
