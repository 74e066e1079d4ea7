/**
 * `pw` glued to the short word saying whose password it is, as LDAP clients and servers name the
 * bind password (nslcd's and pam_ldap's `bindpw`, slapd's `rootpw`, `ldap_bindpw`; `adminpw`,
 * `dbpw`), names a password as `dbpwd` does, in `key value` config lines and assignments alike;
 * the shell's `OLDPWD` and `oldpw` stay no password's name.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x1dab);
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const WORDS = ["Harbor", "Falcon", "Copper", "Maple", "Orbit", "Tundra"];
/**
 * A password as people choose them (`Maple2019!`) or as a manager draws them, a digit in each (a
 * `key value` line's value without one may be a word of prose: `bindpw missing`).
 */
const password = (k: number) =>
  k % 2 === 0
    ? WORDS[Math.floor(random() * WORDS.length)] + (1990 + Math.floor(random() * 40)) + "!"
    : Array.from({ length: 12 + (k % 9) }, () => LETTERS[Math.floor(random() * LETTERS.length)])
      .join("") + Math.floor(random() * 10);

Deno.test("pw glued to a short word names a password, after an underscore too", () => {
  const names = ["bindpw", "rootpw", "BINDPW", "adminpw", "dbpw", "ldap_bindpw", "olcRootPW"];
  deepStrictEqual(names.filter((name) => keyKind(name) !== "password"), []);
  deepStrictEqual(["OLDPWD", "oldpw", "pwdir"].filter((name) => keyKind(name) !== null), []);
});

Deno.test("an LDAP bind password is masked in config lines and assignments", () => {
  for (let k = 0; k < 40; k++) {
    const value = password(k);
    for (
      const line of [
        `bindpw ${value}`,
        `rootpw\t${value}`,
        `ldap_bindpw = "${value}"`,
        `BINDPW=${value}`,
        `  adminpw: '${value}'`,
      ]
    ) {
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(value), `${line} -> ${out}`);
    }
  }
});

Deno.test("the shell's previous directory stays", () => {
  const line = "OLDPWD=/home/deploy/releases/2024-05-01 PWD=/home/deploy";
  deepStrictEqual(scrubWholeAndStreamed(line), line);
});
