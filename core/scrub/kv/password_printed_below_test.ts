/**
 * A password a tool prints alone on the line below the one announcing it: Elasticsearch 8's
 * first start (`Password for the elastic user (reset with `…`):` then the password, indented)
 * and `elasticsearch-reset-password` (`Password for the [elastic] user successfully reset.`
 * then `New value: …`). Only a single word below is a value; a sentence there, or an
 * announcement that is no such line, stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const P = "kX3+Lm_9qPz=RtY7wNa2";
const RESET = "(reset with `bin/elasticsearch-reset-password -u elastic`):";

Deno.test("the password on the line below `Password for the … user …:` is masked, the lines around it kept", () => {
  for (
    const head of [
      `Password for the elastic user ${RESET}`,
      `ℹ️  Password for the elastic user ${RESET}`,
      `-> Password for the elastic user ${RESET}  `,
      "Password for the kibana_system user:",
      "password for the [elastic] user:",
    ]
  ) {
    for (const below of [`  ${P}`, P, `\t${P}  `, `\n  ${P}`]) {
      const text = `${head}\n${below}\n\nℹ️  HTTP CA certificate SHA-256 fingerprint:`;
      const out = scrub(text);
      ok(!out.includes(P), `${JSON.stringify(text)} -> ${out}`);
      ok(out.startsWith(`${head}\n`), out);
      ok(out.endsWith("\n\nℹ️  HTTP CA certificate SHA-256 fingerprint:"), out);
    }
  }
});

Deno.test("the new value below `Password for the [elastic] user successfully reset.`", () => {
  const text = `Password for the [elastic] user successfully reset.\nNew value: ${P}`;
  const out = scrub(text);
  ok(!out.includes(P), out);
  ok(out.startsWith("Password for the [elastic] user successfully reset.\nNew value: "), out);
});

Deno.test("what is no password printed below stays", () => {
  for (
    const text of [
      // A sentence below, not a single word.
      `Password for the elastic user ${RESET}\n  was printed earlier, see the first start's log`,
      // The announcement does not end the line.
      "Password for the elastic user: see above\nlhQpLELkjkrawaBoaz0Q",
      "Password for the elastic user is stored in the keystore.\nlhQpLELkjkrawaBoaz0Q",
      // Not a password for a user.
      "Fingerprint for the elastic user:\nlhQpLELkjkrawaBoaz0Q",
      // Two lines below: the value was the first.
      "Password for the elastic user:\nsome words here\nlhQpLELkjkrawaBoaz0Q",
    ]
  ) deepStrictEqual(scrub(text), text);
});
