/**
 * A command line built by a format call (`Sprintf("sshpass -p '%s'", pw)`) holds a format verb
 * where the password goes, not a password: the line stays. A password given to the same flag,
 * even one holding `%`, is still masked.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;

/** A made-up password, from a small seeded generator. */
function passwordOf(seed: number): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789%!";
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  return "Q" + Array.from({ length: 9 + (next() % 8) }, () => alphabet[next() % alphabet.length])
    .join("");
}

Deno.test("a format verb after a password flag is no password", () => {
  const kept = [
    `args := fmt.Sprintf("sshpass -p '%s' scp %s %s:", pass, src, dst)`,
    `cmd := fmt.Sprintf("sshpass -p %s ssh -o StrictHostKeyChecking=no %s", pw, host)`,
    `line = String.format("sshpass -p \\"%s\\" rsync -a %s", secret, dir);`,
    `cmd := fmt.Sprintf("sshpass -p %q ssh %s", pw, host)`,
  ];
  deepStrictEqual(kept.filter((line) => scrub(line) !== line), []);
});

Deno.test("a password given to the flag is still masked", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const pw = passwordOf(seed);
    for (const line of [`sshpass -p '${pw}' ssh deploy@10.0.4.7`, `sshpass -p ${pw} scp a b:`]) {
      const out = scrub(line);
      strictEqual(out.includes(pw), false, out);
    }
  }
});
