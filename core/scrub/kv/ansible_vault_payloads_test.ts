/**
 * Ansible Vault payloads (`ansible-vault encrypt`): a `$ANSIBLE_VAULT;1.1;AES256` (or 1.2 with a
 * vault id) header, then lines of 80 hex digits, the hex of the salt, HMAC and AES-256 ciphertext.
 * The choice made here: the payload is encrypted, opened only with the vault password, and
 * committed to repositories as it is, so a vault file or a vault under a key that names no secret
 * stays byte for byte (the key-block reader takes no hex line, no detector wakes on it); under a
 * password-named key (`db_password: !vault |`) the key says a secret follows and the block below
 * it is masked, header and all. (Under a token- or secret-named key each line is judged as a
 * generated value is, and a line of the hex of hex digits, two characters in four a `3` or a `6`,
 * may fall below the entropy asked for: it is ciphertext, so that is left so.)
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x5a17);
const hexOf = (n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 256).toString(16).padStart(2, "0"))
    .join("");

/** A vault payload as ansible-vault writes it: hex of `salt\nhmac\nciphertext`, 80 a line. */
function vaultLines(blocks: number): string[] {
  const inner = `${hexOf(32)}\n${hexOf(32)}\n${hexOf(16 * blocks)}`;
  const hex = Array.from(new TextEncoder().encode(inner), (b) => b.toString(16).padStart(2, "0"))
    .join("");
  return hex.match(/.{1,80}/g)!;
}

Deno.test("a vault file and a vault under a key that names no secret stay", () => {
  for (const blocks of [1, 3, 8]) {
    for (const header of ["$ANSIBLE_VAULT;1.1;AES256", "$ANSIBLE_VAULT;1.2;AES256;prod"]) {
      const body = vaultLines(blocks);
      const file = [header, ...body].join("\n");
      strictEqual(scrubWholeAndStreamed(file), file);
      const nested = ["vars:", "  motd: !vault |", `    ${header}`, ...body.map((l) => `    ${l}`)]
        .concat("  user: app").join("\n");
      strictEqual(scrubWholeAndStreamed(nested), nested);
    }
  }
});

Deno.test("a vault under a password-named key is masked, the lines after it kept", () => {
  for (const key of ["db_password", "ansible_become_password", "smtp_pass", "DB_PASSWD"]) {
    const body = vaultLines(2);
    const text = [`${key}: !vault |`, "  $ANSIBLE_VAULT;1.1;AES256", ...body.map((l) => `  ${l}`)]
      .concat("user: app").join("\n");
    const out = scrubWholeAndStreamed(text);
    for (const line of body) ok(!out.includes(line), out);
    ok(out.startsWith(`${key}: !vault |\n`) && out.endsWith("\nuser: app"), out);
  }
});
