/**
 * A command substitution or a CI system's expression given as a password on a command line
 * (`docker login -p $(cat /run/secrets/token)`, `curl -u bob:${{ secrets.PW }}`) is one shell word,
 * blanks inside it included: a reference to the secret, kept whole, not cut at its first blank
 * (which masked `$(cat` and left `/run/secrets/token)`). A password before an unclosed one is
 * still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;

const COMMANDS = [
  (v: string) => `docker login -u ci-bot -p ${v} registry.example.io`,
  (v: string) => `curl -sS -u deploy:${v} https://api.example.io/v1/hooks`,
  (v: string) => `mysql -u root -p${v} -h db1 app`,
  (v: string) => `htpasswd -b /etc/nginx/.htpasswd ops ${v}`,
  (v: string) => `helm repo add charts https://charts.example.io --username ci --password ${v}`,
];

/** Generated references: a file's path read by `cat`, a secret's name in a CI expression. */
function references(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const word = () =>
    Array.from(
      { length: 3 + Math.floor(random() * 8) },
      () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(random() * 26)],
    ).join("");
  return Array.from(
    { length: count },
    (_, i) =>
      i % 3 === 0
        ? `$(cat /run/secrets/${word()}_${word()})`
        : i % 3 === 1
        ? `\${{ secrets.${word().toUpperCase()}_TOKEN }}`
        : `$(vault kv get -field=${word()} secret/${word()})`,
  );
}

Deno.test("a substitution given as a command's password is kept whole", () => {
  for (const reference of references(41, 30)) {
    for (const command of COMMANDS) {
      const line = command(reference);
      strictEqual(scrub(line), line);
    }
  }
});

Deno.test("a password before an unclosed substitution is still masked", () => {
  const random = seededRandom(42);
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  for (let i = 0; i < 30; i++) {
    const secret = Array.from(
      { length: 14 },
      () => alphabet[Math.floor(random() * alphabet.length)],
    ).join("");
    for (const value of [`${secret}$(x`, `${secret}$\{x`, `${secret}$(cat`]) {
      const out = scrub(COMMANDS[i % COMMANDS.length](value));
      ok(!out.includes(secret), out);
    }
  }
});
