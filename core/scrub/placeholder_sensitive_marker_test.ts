/**
 * Terraform's mark of a value it does not print, `(sensitive value)` (and `(sensitive)`), is a
 * placeholder wherever a log quotes it in a secret's place: a JSON field, an element's text, a
 * TOML value, SQL's `IDENTIFIED BY '…'`. Found by the red teams' benign twins (a secret's line
 * with a stand-in in its place). A secret in the same places is still masked; so is one that only
 * starts like the mark. The secrets are generated here from a seeded generator.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";
import { generatorFor, seededRandom } from "./corpus/token_generator.ts";

const scrubber = createScrubber();
const LINES = [
  (v: string) => `{"msg":"client options","opts":{"accessToken":"${v}","timeout":"30s"}}`,
  (v: string) => `<entry key="access.token">${v}</entry>`,
  (v: string) => `webhook_secret = "${v}"`,
  (v: string) => `CREATE USER 'app'@'%' IDENTIFIED BY '${v}'`,
  (v: string) => `admin> db.createUser({ user: "app", pwd: "${v}", roles: [] })`,
];

Deno.test("(sensitive value) and (sensitive) are placeholders; other words in brackets are not", () => {
  strictEqual(isPlaceholder("(sensitive value)"), true);
  strictEqual(isPlaceholder("(sensitive)"), true);
  strictEqual(isPlaceholder("(sensitive-value)"), false);
  strictEqual(isPlaceholder("(Xk9pQ2vLm7Tz)"), false);
});

Deno.test("the lines that quote the mark are kept; with a secret there it is masked", () => {
  const random = seededRandom(2611);
  const secret = generatorFor("[A-Za-z0-9]{10,14}[0-9][a-z]");
  for (const line of LINES) {
    for (const mark of ["(sensitive value)", "(sensitive)"]) {
      strictEqual(scrubber.scrub(line(mark)).text, line(mark));
    }
    const value = secret(random).text;
    for (const v of [value, `(sensitive ${value})`, `(${value})`]) {
      strictEqual(scrubber.scrub(line(v)).text.includes(value), false, line(v));
    }
  }
});
