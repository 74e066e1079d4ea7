/**
 * A password under another language's word for it (./key_names.ts FOREIGN_PASSWORD_WORD, the
 * key word search's leads ./assignments.ts FOREIGN_PASSWORD_LEADS): German `Passwort` and
 * `Kennwort`, Dutch `wachtwoord`, French `mot_de_passe`, Spanish `contraseña`, Portuguese `senha`,
 * Polish `hasło`, Czech `heslo`, Finnish `salasana`, Swedish `lösenord`, Turkish `şifre`, Turkish and
 * Romanian `parola`, Estonian `parool`, Norwegian `passord`, Danish `adgangskode`, Hungarian
 * `jelszó`, Croatian `lozinka`, Slovene `geslo`, Lithuanian `slaptažodis`, Indonesian `kata sandi`,
 * Russian `пароль`, in the syntaxes an English name is read in; words that only end or start so
 * stay.
 */
import { ok, strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const PASSWORDS = [
  "A6XtzF!bNCgefO",
  "qmLU0o$QdsCg6K",
  "Y8CvLb-wDlyDH8",
  "I42MKw*fwCMLqA",
  "PhDOyQ!ScWzSbO",
  "sBJQQ7#AJ2ei3m",
];

const LINES: ((p: string) => string)[] = [
  (p) => `export PASSWORT=${p}`,
  (p) => `DB_KENNWORT="${p}"`,
  (p) => `{"user":"bob","wachtwoord":"${p}"}`,
  (p) => `  mot_de_passe: '${p}'`,
  (p) => `motDePasse=${p} user=bob`,
  (p) => `exec: ./tool --contraseña=${p} -d`,
  (p) => `contrasena: ${p}`,
  (p) => `<senha>${p}</senha>`,
  (p) => `hasło = ${p}`,
  (p) => `db.haslo=${p}`,
  (p) => `heslo: "${p}"`,
  (p) => `SALASANA=${p}`,
  (p) => `lösenord: ${p}`,
  (p) => `losenord=${p}`,
  (p) => `şifre=${p} kullanici=ali`,
  (p) => `{"логин":"ivan","пароль":"${p}"}`,
  (p) => `> X-Parola: ${p}`,
  (p) => `parool=${p}`,
  (p) => `PASSORD="${p}"`,
  (p) => `adgangskode: ${p}`,
  (p) => `{"jelszó":"${p}"}`,
  (p) => `lozinka = ${p}`,
  (p) => `db.geslo=${p}`,
  (p) => `slaptažodis: ${p}`,
  (p) => `kataSandi=${p}`,
];

LINES.forEach((line, i) => {
  const value = PASSWORDS[i % PASSWORDS.length];
  const text = line(value);
  Deno.test(`another language's password name: ${text}`, () => {
    const out = scrub(text);
    ok(!out.includes(value), out);
    ok(out.includes("[REDACTED:password-assignment]"), out);
  });
});

Deno.test("another language's password name: words that only contain one stay", () => {
  for (
    const name of [
      "antwort",
      "wachtmeister",
      "impasse",
      "passe",
      "senhas_count",
      "heslovy",
      "parolaccia",
      "katalog",
      "passordning",
    ]
  ) {
    strictEqual(keyKind(name), null, name);
  }
  for (
    const line of [
      "antwort=ja wachtmeister=bob passe=12 impasse=Zq8vLm7qq",
      "le mot de passe doit contenir 12 caractères",
      "пароль изменён пользователем bob",
    ]
  ) strictEqual(scrub(line), line);
});
