/**
 * A client's login in a protocol session's transcript, the line's one command after its direction
 * (`C: `, `> `, `>>> `, `--> `, `client: `): IMAP's `a001 LOGIN user pass` (quoted or not, also
 * with no direction), Redis's `AUTH pass` and `AUTH user pass`, FTP's and POP3's `PASS v` after
 * `client: ` or `>>> `: the password is masked, the user and the rest of the line stay. The
 * server's replies, a mechanism's name, `AUTH OK`, a short or plain word and prose stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x10a1);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) => {
  for (;;) {
    const word = Array.from({ length: n }, () => ALPHABET[Math.floor(random() * 57)]).join("");
    if (/\d/.test(word) && /[a-z]/.test(word)) return word;
  }
};

const LOGINS: ((v: string) => string)[] = [
  (v) => `a001 LOGIN alice ${v}`,
  (v) => `A7 LOGIN "bob" "${v}"`,
  (v) => `AUTH ${v}`,
  (v) => `AUTH default ${v}`,
  (v) => `PASS ${v}`,
];

Deno.test("a client's login in a session's transcript masks its password", () => {
  for (const direction of ["C: ", "> ", ">>> ", "--> ", "client: ", "  -> "]) {
    for (const login of LOGINS) {
      const value = made(10 + Math.floor(random() * 12));
      const line = direction + login(value);
      const out = scrubWholeAndStreamed(`S: * OK ready\n${line}\nS: a001 OK done`);
      ok(!out.includes(value), out);
      ok(out.includes(direction + login("").trimEnd().replace(/""$/, "")), out);
    }
  }
  const value = made(14);
  ok(!scrubWholeAndStreamed(`a002 LOGIN svc-mail ${value}`).includes(value));
});

Deno.test("what is no client's password in a transcript stays", () => {
  for (
    const text of [
      `S: a001 OK LOGIN completed`,
      `C: a002 SELECT INBOX`,
      `C: AUTH LOGIN`,
      `> AUTH OK`,
      `C: AUTH password`,
      `client: AUTH ********`,
      `C: a001 LOGIN alice secret`,
      `User bob failed LOGIN attempts 3 times`,
      `S: 250-AUTH PLAIN LOGIN CRAM-MD5`,
      `user alice LOGIN from console ok`,
    ]
  ) strictEqual(scrubWholeAndStreamed(text), text);
});
