/**
 * GitHub Enterprise's `ghe_pat` and git's own `git-pat` name a personal access token as
 * `github_pat` does: their value is masked in any syntax. A pattern's name stays none.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

Deno.test("ghe_pat and git-pat name a personal access token", () => {
  const secret = ["ghe_pat", "GHE_PAT", "git-pat", "gitPat", "git_pat"];
  deepStrictEqual(secret.filter((name) => keyKind(name) !== "secret"), []);
  deepStrictEqual(
    ["file_pat", "gitignore_pat", "ghes_pat_x"].filter((n) => keyKind(n) !== null),
    [],
  );
});

Deno.test("a token under ghe_pat or git-pat is masked", () => {
  const value = "9c41b07d2e8fa356c1d0b47e92a8f316d05be7c4";
  for (const line of [`ghe_pat = "${value}"`, `git-pat="${value}"`, `gitPat: ${value}`]) {
    const out = scrubWholeAndStreamed(line);
    strictEqual(out.includes(value), false, line);
  }
});
