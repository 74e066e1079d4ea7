/**
 * A personal access token named `PAT` in upper case after a word in any case (`atlassian_PAT`,
 * `wiki_PAT`), or `pat` in any case after an Atlassian product's name (`confluence_pat`,
 * `jiraPat`), as Jira, Confluence and Bitbucket Data Center issue them: the value is masked. A
 * pattern's lower-case name stays none. Tokens are drawn with a seed in the Data Center shape (the
 * base64 of a 12-digit id, `:` and 20 random bytes).
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0xa71a);
const dataCenterToken = () => {
  const bytes = Array.from({ length: 20 }, () => String.fromCharCode(random.int(256))).join("");
  return btoa(random.chars(12, "0123456789") + ":" + bytes);
};

Deno.test("PAT after any word and pat after an Atlassian product's name name a token", () => {
  const secret = [
    "atlassian_PAT",
    "wiki_PAT",
    "Jira.PAT",
    "confluence_pat",
    "jira-pat",
    "jiraPat",
    "bitbucket_pat",
    "ATLASSIAN_PAT",
  ];
  deepStrictEqual(secret.filter((name) => keyKind(name) !== "secret"), []);
  deepStrictEqual(
    ["file_pat", "glob_pat", "name-pat", "wiki_pat", "PAT", "filePat"].filter((n) =>
      keyKind(n) !== null
    ),
    [],
  );
});

Deno.test("a Data Center token under such a name is masked in any syntax", () => {
  const names = ["atlassian_PAT", "wiki_PAT", "confluence_pat", "jira_pat", "bitbucketPat"];
  for (let k = 0; k < 40; k++) {
    const value = dataCenterToken();
    const name = random.pick(names);
    for (
      const line of [
        `${name}=${value}`,
        `${name}: "${value}"`,
        `{"${name}": "${value}"}`,
        `export ${name}='${value}'`,
      ]
    ) {
      const out = scrubWholeAndStreamed(line);
      strictEqual(out.includes(value), false, line);
    }
  }
});
