/**
 * `masked_counts` arrives as JSON from another workflow step (untrusted): only a plain object of
 * kebab-case detector ids (at most 12 words, 64 characters) to whole counts up to 10^12, at most
 * 200 of them in at most 16 000 characters, is taken; anything else, even a valid id with one
 * character more, is refused whole. Generated at every bound.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { parseMaskCounts } from "./masking_summary.ts";

const random = seededRandom(0x3a5c);
const WORD = "abcdefghijklmnopqrstuvwxyz0123456789";
const id = (words: number, length = 4) =>
  Array.from({ length: words }, () => random.chars(length, WORD)).join("-");

Deno.test("ids of 1 to 12 words up to 64 characters are taken; 13 words or 65 characters are not", () => {
  for (let words = 1; words <= 12; words++) {
    const ok = id(words, 4);
    deepStrictEqual(parseMaskCounts(JSON.stringify({ [ok]: 1 })), { [ok]: 1 }, ok);
  }
  strictEqual(parseMaskCounts(JSON.stringify({ [id(13, 2)]: 1 })), undefined, "13 words");
  const long64 = "a".repeat(64), long65 = "a".repeat(65);
  deepStrictEqual(parseMaskCounts(JSON.stringify({ [long64]: 2 })), { [long64]: 2 });
  strictEqual(parseMaskCounts(JSON.stringify({ [long65]: 2 })), undefined, "65 characters");
});

Deno.test("a valid id with anything before, after or inside it refuses the whole object", () => {
  for (let i = 0; i < 30; i++) {
    const good = id(1 + random.int(4));
    for (const c of [" ", "\n", "<", ">", "&", "!", "_", "A", "é", "--", "-", "<!channel>"]) {
      // (A single "-" inside a word only splits it into two words: still an id.)
      const inside = c === "-" ? [] : [good.slice(0, 2) + c + good.slice(2)];
      for (const bad of [c + good, good + c, ...inside]) {
        strictEqual(
          parseMaskCounts(JSON.stringify({ email: 1, [bad]: 1 })),
          undefined,
          JSON.stringify(bad),
        );
      }
    }
  }
});

Deno.test("at most 200 ids, counts whole from 0 to 10^12, JSON up to 16 000 characters", () => {
  const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`d${k}`, 1]));
  deepStrictEqual(Object.keys(parseMaskCounts(JSON.stringify(many(200)))!).length, 200);
  strictEqual(parseMaskCounts(JSON.stringify(many(201))), undefined, "201 ids");
  for (const n of [0, 1, 1e12]) deepStrictEqual(parseMaskCounts(`{"email":${n}}`), { email: n });
  for (const n of ["-1", "1.5", "1000000000001", '"3"', "null", "true"]) {
    strictEqual(parseMaskCounts(`{"email":${n}}`), undefined, n);
  }
  for (const json of ["[]", "null", "3", '"email"', "{", ""]) {
    strictEqual(parseMaskCounts(json), undefined, json);
  }
  // Exactly 16 000 characters is read; one more is refused before parsing.
  const base = '{"email":1}';
  const padded = (length: number) => base.slice(0, -1) + " ".repeat(length - base.length) + "}";
  deepStrictEqual(parseMaskCounts(padded(16_000)), { email: 1 });
  strictEqual(parseMaskCounts(padded(16_001)), undefined);
});
