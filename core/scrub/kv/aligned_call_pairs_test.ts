/**
 * A call given a secret's name, then its value after aligning blanks: WordPress's wp-config.php
 * writes its keys and salts so (`define( 'AUTH_KEY',         '…' );`, the values in one column),
 * 64 characters of any printable sign. Found by the blind red team hR10; the values are seeded, our
 * own. The sample file's stand-in and a non-secret name stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS =
  "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

Deno.test("a value aligned after its key's name in a call is masked", () => {
  const rnd = seededRandom(0x3b1d);
  for (let i = 0; i < 8; i++) {
    const v = Array.from({ length: 64 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (const key of ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"]) {
      const line = `define( '${key}',${" ".repeat(18 - key.length)}'${v}' );`;
      const out = scrub(line);
      ok(!out.includes(v), out);
    }
  }
});

Deno.test("the sample's stand-in and other names stay", () => {
  for (
    const line of [
      "define( 'AUTH_KEY',         'put your unique phrase here' );",
      "define( 'DB_HOST',          'localhost' );",
      "define( 'WP_DEBUG',         false );",
    ]
  ) strictEqual(scrub(line), line);
});
