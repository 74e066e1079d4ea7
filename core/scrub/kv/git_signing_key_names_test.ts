/**
 * git's `user.signingkey` names the key git signs commits and tags with by its id (a GnuPG key id
 * or fingerprint, 16 or 40 hex digits), an SSH public key's path, or the public key itself
 * (`key::ssh-ed25519 AAAA…`): never the private key. `git config --list` prints it so in CI logs.
 * Found blind by the ninth benign corpus (../corpus/benign9.jsonl: `git-config-signing`). Other
 * signing keys (`JWT_SIGNING_KEY`, `signing_key:`, a webhook's signing secret) are still secrets.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x5161);
const chars = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");

Deno.test("git's user.signingkey names no secret; other signing keys still do", () => {
  deepStrictEqual(
    ["user.signingkey", "user.signingKey", "USER.SIGNINGKEY"].filter((n) => keyKind(n) !== null),
    [],
  );
  deepStrictEqual(
    ["signing_key", "JWT_SIGNING_KEY", "signingKey", "webhook_signing_secret"].filter((n) =>
      keyKind(n) === null
    ),
    [],
  );
});

Deno.test("a signing key's id, path or public key under user.signingkey stays; a secret beside it is masked", () => {
  const scrubber = createScrubber();
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const id = chars("0123456789ABCDEF", i % 2 ? 16 : 40);
    lines.push(`file:/home/ci/.gitconfig\tuser.signingkey=${id}`);
    lines.push(`user.signingKey = ${id}`);
    lines.push(
      `$ git config --global user.signingkey "key::ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${
        chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43)
      }"`,
    );
  }
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
  const secret = chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24);
  for (
    const line of [
      `user.signingkey=3AA5C34371567BD2 signing_key=${secret}`,
      `JWT_SIGNING_KEY=${secret}`,
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});
