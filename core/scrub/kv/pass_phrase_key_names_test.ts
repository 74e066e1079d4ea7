/**
 * `pass_phrase` (`pass-phrase`, `pass.phrase`), a passphrase's name written as two words: OCI's
 * CLI config (`pass_phrase=…` under `key_file=`), and other tools' settings, in every form that
 * assigns a value. Found by the blind red team hR10. A name that only goes on past it
 * (`pass_phrase_hint`) and a reference given as the value stay; the values are seeded, our own.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { keyKind } from "./key_names.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@%^*+=_.-";

Deno.test("pass_phrase names a password", () => {
  for (
    const name of ["pass_phrase", "pass-phrase", "pass.phrase", "key_pass_phrase", "PASS_PHRASE"]
  ) {
    strictEqual(keyKind(name), "password", name);
  }
});

Deno.test("a value under pass_phrase is masked in every form", () => {
  const rnd = seededRandom(0x0c1f);
  for (let i = 0; i < 8; i++) {
    const v = "P" +
      Array.from({ length: 15 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const line of [
        `pass_phrase=${v}`,
        `key_pass_phrase = ${v}`,
        `  pass-phrase: "${v}"`,
        `{"pass_phrase": "${v}", "region": "eu-frankfurt-1"}`,
        `export OCI_CLI_PASS_PHRASE='${v}'`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v), out);
    }
  }
});

Deno.test("names that go on past it, and references, stay", () => {
  for (
    const line of [
      "pass_phrase_hint=the usual one",
      "pass_phrase=${OCI_PASS_PHRASE}",
      "key_file=~/.oci/oci_api_key.pem",
    ]
  ) strictEqual(scrub(line), line);
});
