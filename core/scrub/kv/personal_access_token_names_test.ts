/**
 * A personal access token kept under a name ending in `PAT` (`GH_PAT`, `AZURE_DEVOPS_PAT`,
 * `github_pat`, `hfPat`) is a secret-named key in every syntax, its value masked whatever it
 * looks like; `pat` in lower case after a word that is no code host's name (`file_pat`, a
 * pattern) and `PAT` alone are no secret names.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

Deno.test("names ending in PAT after another word name a secret, in upper case or after a code host's name", () => {
  const secret = [
    "GH_PAT",
    "GITHUB_PAT",
    "AZURE_DEVOPS_PAT",
    "ADO_PAT_2",
    "github_pat",
    "gitlab-pat",
    "githubPat",
    "hfPat",
    "--gh-pat",
    "$adoPat",
  ];
  deepStrictEqual(secret.filter((name) => keyKind(name) !== "secret"), []);
  const none = ["PAT", "file_pat", "url_pat", "ignorePat", "pat", "compat", "expat"];
  deepStrictEqual(none.filter((name) => keyKind(name) !== null), []);
});

Deno.test("a value under a PAT name is masked in env, YAML, Go, PowerShell and continued lines", () => {
  const value = "abcNUA1ImhAJawQt94Tq";
  const lines = [
    `GH_PAT=${value}`,
    `github_pat: ${value}`,
    `hfPat := "${value}"`,
    `$env:AZURE_DEVOPS_PAT = '${value}'`,
    `{"gitlabPat":"${value}"}`,
    `export GITHUB_PAT="ghr_NUA1ImhAJawQt94T\\\nqqYbXT4V4NbIba0pLcFK"`,
  ];
  for (const line of lines) {
    const out = scrubWholeAndStreamed(line);
    ok(!out.includes(value) && !out.includes("NUA1ImhAJawQt94T"), `${line} -> ${out}`);
    ok(!out.includes("qqYbXT4V4NbIba0pLcFK"), `${line} -> ${out}`);
  }
});

Deno.test("a pattern under a lower-case *_pat name stays", () => {
  const line = `file_pat = "^app_[0-9]{4}_log$" compat: v2`;
  deepStrictEqual(scrubWholeAndStreamed(line), line);
});
