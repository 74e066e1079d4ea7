/**
 * A Vault (before 1.10) or OpenBao service token on its own, `s.` and 24 base62 characters
 * (`vault token lookup s.…`, `auth: s.…`), is found wherever it stands, also in a text long
 * enough that the keyword scan hands its runs to the gate; a word that only starts so (a class
 * name after `s.`, a longer run, one class of letters missing) stays.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A service token of the documented layout, from a small seeded generator. */
function tokenOf(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  let body = "";
  while (!/\d/.test(body) || !/[A-Z]/.test(body) || !/[a-z]/.test(body)) {
    body = Array.from({ length: 24 }, () => ALPHABET[next() % 62]).join("");
  }
  return `s.${body}`;
}

Deno.test("a service token on its own: in commands, after words, in quotes", () => {
  for (let seed = 1; seed <= 40; seed++) {
    const token = tokenOf(seed);
    for (
      const line of [
        `vault token lookup ${token}`,
        `$ bao token revoke ${token}`,
        `auth: ${token}`,
        `{"lease":"${token}"}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(token.slice(2)), false, out);
    }
  }
});

Deno.test("a service token in a long text (the gate reads the scan's runs)", () => {
  const lines: string[] = [];
  for (let i = 0; i < 4000; i++) {
    lines.push(`ts=${i} level=info msg="renew" token=${i % 7 === 0 ? "" : "x"} ${tokenOf(i + 1)}`);
  }
  const out = scrubber.scrub(lines.join("\n")).text;
  for (let i = 0; i < 4000; i += 97) strictEqual(out.includes(tokenOf(i + 1).slice(2)), false);
});

Deno.test("words that only start like a service token stay", () => {
  for (
    const line of [
      "at s.AbstractBeanFactoryImpl.start(Main.java:12)",
      "s.GqLwZtNxVbMkRcHjPsDfYaEu",
      "s.gq4lw8zt2nx6vb1mk9rc3hj5",
      "vault token lookup s.Gq4Lw8Zt2Nx6Vb1Mk9Rc3Hj5x9",
      "Mrs.Gq4Lw8Zt2Nx6Vb1Mk9Rc3Hj5",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
