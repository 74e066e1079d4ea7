/**
 * `pat` after the name of a service that issues personal access tokens under that name
 * (Databricks, Docker Hub, Figma, Tableau, Snowflake) names a token as `github_pat` does: the
 * value is masked in any syntax. A pattern's lower-case name stays none. Values are drawn with a
 * seed.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x9a7d);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

Deno.test("pat after a service that issues personal access tokens names a token", () => {
  const secret = [
    "databricks_pat",
    "DATABRICKS-PAT",
    "dockerhub_pat",
    "docker-pat",
    "figmaPat",
    "tableau_pat",
    "snowflake.pat",
  ];
  deepStrictEqual(secret.filter((name) => keyKind(name) !== "secret"), []);
  deepStrictEqual(
    ["file_pat", "glob_pat", "dockerfile_pat", "tableau_path", "figma_pattern"].filter((n) =>
      keyKind(n) !== null
    ),
    [],
  );
});

Deno.test("a token under such a name is masked", () => {
  for (const name of ["databricks_pat", "dockerhub_pat", "figmaPat", "tableau_pat"]) {
    const value = random.chars(36, ALNUM);
    for (const line of [`${name} = '${value}'`, `${name}=${value}`, `"${name}": "${value}"`]) {
      const out = scrubWholeAndStreamed(line);
      strictEqual(out.includes(value), false, line);
    }
  }
});
