/**
 * A password under a shortened spelling of its name: `passw`, `pword`, `pwrd`, `pswd` as a name's
 * last word (`DB_PSWD`, `smtp_pword`, a login form's field in a query string) is a password's name
 * as `pwd` is, its value masked in every syntax; the words these letters end inside of (`bypass`,
 * `keyword`, `upsw`) stay no name of a secret, and so does `psw`, a processor's status word.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x5b3d);
const WORDS = ["harbor", "falcon", "copper", "maple", "orbit", "tundra", "velvet", "ember"];
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
/** A password as people choose them (`Maple2019!`) or as a manager draws them. */
const password = (k: number) =>
  k % 2 === 0
    ? pick(WORDS).replace(/^./, (c) => c.toUpperCase()) + (1990 + Math.floor(random() * 40)) +
      pick(["!", "#", "."])
    : Array.from({ length: 10 + (k % 7) }, () => pick([...LETTERS])).join("");

Deno.test("shortened spellings of password name a password; words ending so do not", () => {
  const names = ["passw", "PASSW", "pword", "db_pword", "pwrd", "PSWD", "user_pswd"];
  deepStrictEqual(names.filter((name) => keyKind(name) !== "password"), []);
  const none = ["bypass", "compass", "keyword", "upsw", "pwdir", "psword_hint_id", "psw", "PSW"];
  deepStrictEqual(none.filter((name) => keyKind(name) === "password"), []);
});

Deno.test("a password under a shortened name is masked in env, YAML, code and query strings", () => {
  const names = ["DB_PSWD", "pswd", "smtp_pword", "PWORD", "pwrd", "passw"];
  for (let k = 0; k < 42; k++) {
    const name = names[k % names.length];
    const value = password(k);
    for (
      const line of [
        `${name}=${value}`,
        `  ${name}: "${value}"`,
        `$${name} = '${value}';`,
        `{"user":"ops","${name}":"${value}"}`,
        `GET /login.php?uname=ops&${name}=${encodeURIComponent(value)}&remember=on HTTP/1.1`,
      ]
    ) {
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(value) && !out.includes(encodeURIComponent(value)), `${line} -> ${out}`);
    }
  }
});

Deno.test("a processor's status word (PSW) is kept: s390 oops lines and register dumps", () => {
  const hex = () =>
    Array.from({ length: 16 }, () => "0123456789abcdef"[Math.floor(random() * 16)]).join("");
  for (let k = 0; k < 12; k++) {
    for (
      const line of [
        `Krnl PSW : 0704c00180000000 ${hex()} (do_exit+0x${k + 10}/0x3f8)`,
        `User PSW : 0705000180000000 ${hex()}`,
        `cpu${k} psw: 0x${hex().slice(0, 8)} flags=0x10`,
      ]
    ) strictEqual(scrubWholeAndStreamed(line), line);
  }
});
