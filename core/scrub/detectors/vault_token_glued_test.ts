/**
 * A Vault token of the current form (hvs., hvb., hvr. and a long URL-safe body) is masked also
 * when a word is glued before it (`tokenhvs.…`, `x_hvb.…`), as where it stands alone; a prefix
 * before a short or all-x body stays, glued or not.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

/** A token of `prefix` and a 90-character body, from a small seeded generator. */
function tokenOf(seed: number, prefix: string): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  return prefix + Array.from({ length: 90 }, () => URL_SAFE[next() % 64]).join("");
}

Deno.test("a token glued to a word before it is masked", () => {
  for (let seed = 1; seed <= 20; seed++) {
    for (const prefix of ["hvs.", "hvb.", "hvr."]) {
      const token = tokenOf(seed, prefix);
      for (const line of [`MyTokenIs${token}`, `auth=Bearer_${token}`, `vault0${token} ok`]) {
        const out = scrubber.scrub(line).text;
        strictEqual(out.includes(token.slice(4, 40)), false, out);
      }
    }
  }
});

Deno.test("a glued prefix before a short or all-x body stays", () => {
  for (
    const line of [
      "archvs.Rk7Tz2Vm9Qw4",
      "MyTokenhvs." + "x".repeat(90),
      "pkg.thvb.example.com",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
