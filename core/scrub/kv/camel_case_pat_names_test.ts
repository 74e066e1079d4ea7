/**
 * A personal access token's name in camel case: `PAT` in capitals glued to the word before it
 * (`GitHubPAT`, `azureDevOpsPAT`, `myPAT`), or `Pat` after a code host's name that camel case
 * splits (`GitHubPat`, `gitLabPat`: `git_hub_pat`) names a secret, its value masked whatever it
 * looks like (a classic token's 40 hex digits, a password-like string). `Pat` after another word
 * (`filePat`, a pattern) stays no secret's name.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x9a7c);
const draw = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const HEX = "0123456789abcdef";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

Deno.test("camel-case PAT names name a secret; a pattern's camel-case name does not", () => {
  const secret = ["GitHubPAT", "GitLabPAT", "azureDevOpsPAT", "myPAT", "GitHubPat", "gitLabPat"];
  deepStrictEqual(secret.filter((name) => keyKind(name) !== "secret"), []);
  const none = ["filePat", "globPat", "PAT", "COMPAT", "Pat"];
  deepStrictEqual(none.filter((name) => keyKind(name) !== null), []);
});

Deno.test("a token under a camel-case PAT name is masked in code, config and JSON", () => {
  const names = ["GitHubPAT", "GitLabPAT", "azureDevOpsPAT", "GitHubPat", "gitLabPat"];
  for (let k = 0; k < 30; k++) {
    const name = names[k % names.length];
    const value = k % 2 === 0 ? draw(HEX, 40) : draw(ALNUM, 12 + (k % 9));
    for (
      const line of [
        `${name} = "${value}"`,
        `${name}: ${value}`,
        `{"${name}":"${value}"}`,
        `private const string ${name} = "${value}";`,
      ]
    ) {
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(value), `${line} -> ${out}`);
    }
  }
});

Deno.test("a glob under a camel-case pattern name stays", () => {
  const line = `filePat = "^app_[0-9]{4}_log$" globPat: **/*.ts`;
  deepStrictEqual(scrubWholeAndStreamed(line), line);
});
