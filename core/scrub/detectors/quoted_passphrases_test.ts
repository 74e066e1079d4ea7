/**
 * A passphrase of lower-case words quoted whole after a password's name
 * (`password="correct horse battery staple"`, `PASSWORD='my secret phrase'`, `pswd: "…"`,
 * `BINDPW="…"`: any spelling ../kv/key_names.ts knows) is masked; a message
 * in the same place (a word a message or a status is written with, a negation), a phrase not
 * closed by its quote, two words only or under another name (`auth=`, `password_status=`) stays.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "../kv/test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x9a55);
const WORDS = ["orbit", "maple", "copper", "velvet", "lantern", "harbor", "quartz", "meadow"];
const phrase = (k: number) =>
  Array.from({ length: k }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");

const FORMS: ((name: string, q: string, v: string) => string)[] = [
  (n, q, v) => `${n}=${q}${v}${q}`,
  (n, q, v) => `${n}: ${q}${v}${q}`,
  (n, q, v) => `export ${n.toUpperCase()}=${q}${v}${q}`,
  (n, _q, v) => `{"${n}": "${v}", "user": "bob"}`,
  (n, q, v) => `--${n} ${q}${v}${q}`,
];

Deno.test("a passphrase quoted whole after a password's name is masked", () => {
  for (const name of ["password", "db_password", "passphrase", "DB_PASS", "pwd"]) {
    for (const form of FORMS) {
      for (const q of ['"', "'"]) {
        const value = phrase(3 + Math.floor(random() * 4));
        const out = scrubWholeAndStreamed(form(name, q, value));
        ok(!out.includes(value), out);
      }
    }
  }
  ok(!scrubWholeAndStreamed(`PASSWORD='my secret phrase'`).includes("my secret phrase"));
});

Deno.test("a passphrase under any spelling of a password's name the key reader knows is masked", () => {
  // Shortened (`pswd`, `pword`), glued (`bindpw`, `rootpw`), another language's (`passwort`,
  // `contraseña`), numbered or an environment's after it (`db_password_2`, `DB_PASSWORD_PROD`).
  const names = ["pswd", "pword", "bindpw", "rootpw", "passwort", "contraseña", "db_password_2"];
  for (const name of [...names, "DB_PASSWORD_PROD"]) {
    for (const form of FORMS) {
      const value = phrase(3 + Math.floor(random() * 4));
      const out = scrubWholeAndStreamed(form(name, '"', value));
      ok(!out.includes(value), out);
    }
  }
});

Deno.test("messages and phrases not quoted whole after a password's name stay", () => {
  for (
    const text of [
      `password="not set"`,
      `password: "Enter your password"`,
      `password='is too short'`,
      `password="doesnt start right"`,
      `password="hidden for security reasons"`,
      `password_hint="name of your first pet"`,
      `password_policy="min length twelve"`,
      `password="value too short"`,
      `password="required field missing"`,
      `auth="oauth client credentials"`,
      `community="orbit maple copper"`,
      `password_status="orbit maple copper"`,
      `password_state="orbit maple copper"`,
      `snmp_community="orbit maple copper"`,
      `password="orbit maple"`,
      `password="orbit maple copper`,
      `username="orbit maple copper"`,
      `message="password orbit maple copper"`,
    ]
  ) strictEqual(scrubWholeAndStreamed(text), text);
});
