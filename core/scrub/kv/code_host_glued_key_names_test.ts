/**
 * `key` glued to a code host's name with no separator (`GITHUBKEY`, `gitlabkey`, `GHKEY`) names
 * a key as `GITHUB_KEY` does: its value is masked in any syntax. Other words ending in `key`
 * (`monkey`, `turkey`, `hockey`) and git's own `gitkey` stay no key's name.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("a code host's name glued to key names a key", () => {
  const named = ["GITHUBKEY", "githubkey", "GITLABKEY", "GHKEY", "GHEKEY", "HFKEY", "ci_githubkey"];
  deepStrictEqual(named.filter((name) => keyKind(name) !== "key"), []);
  const words = ["MONKEY", "turkey", "hockey", "donkey", "whiskey", "gitkey", "HUBKEY", "ghkeys"];
  deepStrictEqual(words.filter((name) => keyKind(name) !== null), []);
});

Deno.test("a generated token under a code host's name glued to key is masked", () => {
  const rnd = seededRandom(0x617b4e);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (let n = 0; n < 20; n++) {
    let value = "";
    for (let i = 0; i < 24; i++) value += alphabet[Math.floor(rnd() * alphabet.length)];
    for (
      const line of [
        `GITHUBKEY=${value}`,
        `  - GITLABKEY=${value}`,
        `"GHKEY=${value}",`,
        `<env>GITHUBKEY=${value}</env>`,
      ]
    ) {
      strictEqual(scrubWholeAndStreamed(line).includes(value), false, line);
    }
  }
});

Deno.test("a word that ends in key before a value keeps the value", () => {
  for (const line of ["MONKEY=Zq7Rk2mXw9Lp4TvB8nCd", "hockey: Zq7Rk2mXw9Lp4TvB8nCd"]) {
    strictEqual(scrubWholeAndStreamed(line), line);
  }
});
