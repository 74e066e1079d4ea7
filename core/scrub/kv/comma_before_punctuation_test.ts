/**
 * A bare password holding a `,` followed by punctuation (`Ab3,.:-@*?!`): the `,` starts no
 * next `,name=` / `,name:` pair, since a name holds a letter or digit, so the word is read on
 * and masked whole. A list's next pair still ends the value, and such a `,` still ends a word
 * that holds no letter or digit before it (`password = ,.:@*`, punctuation, stays). Values are
 * generated here with a seeded generator.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xc0a7);
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const PUNCT = "@*?!+%^~";
/** `n` distinct characters of `alphabet`, in a random order. */
const distinct = (n: number, alphabet: string) =>
  [...alphabet].map((c) => [random(), c] as const).sort((a, b) => a[0] - b[0]).slice(0, n)
    .map(([, c]) => c).join("");
const chars = (n: number, alphabet: string) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const scrubber = createScrubber();

Deno.test("a bare password with a comma before punctuation is masked whole", () => {
  for (let k = 0; k < 150; k++) {
    // A `,`, then `.` or `-`, then `:` or `=` (what read as a pair's name before), then more.
    const tail = "," + chars(1, ".-") + chars(1, ":=") + distinct(4 + (k % 3), PUNCT);
    const password = chars(2 + (k % 6), ALNUM) + tail;
    for (const key of ["password", "secret", "db_pass"]) {
      for (const op of [" = ", "=", " := ", ": "]) {
        const line = `${key}${op}${password}`;
        const out = scrubber.scrub(line).text;
        ok(!out.includes(tail), `${line} -> ${out}`);
      }
    }
  }
});

Deno.test("a list's next pair still ends a bare value; punctuation before `,.:` alone stays", () => {
  for (let k = 0; k < 100; k++) {
    const password = chars(8 + (k % 5), ALNUM);
    const user = chars(5, "abcdefghijkmnopqrstuvwxyz");
    for (const next of [`,user=${user}`, `,.user=${user}`, `,-user:${user}`]) {
      const out = scrubber.scrub(`password=${password}${next}`).text;
      ok(!out.includes(password), out);
      ok(out.endsWith(next), out);
    }
    const punct = "," + chars(1, ".-") + chars(1, ":=") + distinct(3 + (k % 4), PUNCT);
    strictEqual(scrubber.scrub(`password = ${punct}`).text, `password = ${punct}`);
  }
});
