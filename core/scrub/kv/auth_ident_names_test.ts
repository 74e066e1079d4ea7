/**
 * Yarn's `npmAuthIdent` (in `.yarnrc.yml`, per registry or scope, and as the environment's
 * `YARN_NPM_AUTH_IDENT`): a registry's `user:password` pair (or its base64), named by an
 * `auth` `ident` word, is a password (./key_names.ts PASSWORD_WORD); a reference to a variable,
 * and other names that say identity or ident, stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("an npmAuthIdent's user:password pair is masked, its name kept", () => {
  const rnd = seededRandom(0xa1d3);
  for (let i = 0; i < 20; i++) {
    const pair = `deploy${i}:${secretFrom(rnd)}`;
    for (
      const [line, kept] of [
        [`npmAuthIdent: "${pair}"`, "npmAuthIdent: "],
        [`    npmAuthIdent: '${pair}'`, "npmAuthIdent: "],
        [`  npmAuthIdent: ${pair}`, "npmAuthIdent: "],
        [`YARN_NPM_AUTH_IDENT=${pair}`, "YARN_NPM_AUTH_IDENT="],
        [`export YARN_NPM_AUTH_IDENT="${pair}"`, "YARN_NPM_AUTH_IDENT="],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(pair.slice(pair.indexOf(":") + 1)), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("a variable as the ident, and identity or ident names, stay", () => {
  for (
    const line of [
      'npmAuthIdent: "${NPM_AUTH_IDENT}"',
      "npmAuthIdent: ${NPM_USER}:${NPM_PASS}",
      "auth_identity=svc-reports",
      "ident=ops:build-42",
      "npmAlwaysAuth: true",
    ]
  ) strictEqual(scrub(line), line);
});
