/**
 * A placeholder inside what wraps it is still one: a backslash before `$` (`\$API_TOKEN`, as
 * `declare -x` prints an escaped `$`), T-SQL's `N` before a quoted string (`N'$(DB_PASS)'`), an
 * authorization's scheme (`Bearer ${TOKEN}` in a credentials file, FCM's `key=<server key>`),
 * cmd's `^` before a quote (a browser's "Copy as cURL (cmd)"), and `${{` cut off at its first
 * blank (`app/${{ secrets.DEPLOY_TOKEN }}@//db`). Found by the red teams' benign twins. What is
 * inside still decides: a secret so wrapped is masked. The secrets are generated here from a seeded
 * generator.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";
import { generatorFor, seededRandom } from "./corpus/token_generator.ts";

const scrubber = createScrubber();

/** Each line with a stand-in in its secret's place, and the same line with `v` there. */
const CASES: [string, (v: string) => string][] = [
  ["\\$API_TOKEN", (v) => `declare -x SUPABASE_ACCESS_TOKEN="${v}"`],
  ["\\${db.password}", (v) => `declare -x db.password="${v}"`],
  [
    "$(DB_PASS)",
    (v) => `CREATE LOGIN [deploy] WITH PASSWORD = N'${v}', CHECK_POLICY = OFF;`,
  ],
  ["%(db_password)s", (v) => `CREATE LOGIN [etl] WITH PASSWORD = N'${v}', CHECK_POLICY = OFF;`],
  ["${DB_PASSWORD}", (v) => `token = "Bearer ${v}"`],
  ["<server-key>", (v) => `D OkHttp  : Authorization: key=${v}`],
  ["vault:secret/data/app#token", (v) => `D OkHttp  : Authorization: key=${v}`],
  ["********", (v) => `  -H ^"authorization: Bearer ${v}^" ^`],
  ["#{Password}", (v) => `  -H ^"authorization: Bearer ${v}^" ^`],
  [
    "${{ secrets.DEPLOY_TOKEN }}",
    (v) => `+ sqlplus -s app/${v}@//oracle.internal:1521/ORCLPDB1 @migrate.sql`,
  ],
];

Deno.test("a placeholder wrapped is a placeholder; a secret wrapped is not", () => {
  for (
    const value of ["\\$API_TOKEN", "N'$(DB_PASS)'", "Bearer ${TOKEN}", "key=<server-key>", "${{"]
  ) strictEqual(isPlaceholder(value), true, value);
  for (
    const value of ["\\$ecretP4ss", "N's3cr3tPw'", "Bearer Xk9pQ2vLm7Tz", "key=AAAAx9Lq2:APA91b"]
  ) strictEqual(isPlaceholder(value), false, value);
});

Deno.test("the lines with a stand-in are kept; with a secret there it is masked", () => {
  const random = seededRandom(2613);
  const secret = generatorFor("[A-Za-z0-9]{14,20}[0-9][A-Z]");
  for (const [stand, line] of CASES) {
    strictEqual(scrubber.scrub(line(stand)).text, line(stand));
    const value = secret(random).text;
    strictEqual(scrubber.scrub(line(value)).text.includes(value), false, line(value));
  }
});
