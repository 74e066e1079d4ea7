/**
 * Where a tool is told to read a password or key from, given in its place: OpenSSL's pass-phrase
 * arguments `env:VAR` and `file:PATH` (`-pass`, `-passout`, apksigner's `--ks-pass`), altool's
 * `@keychain:ITEM` and `@env:VAR`, and a CLI's `@FILE` (`ibmcloud login --apikey @~/apikey.json`,
 * `--apikey @./key.json`): a source, not the secret. The red team hR10's benign twins found them
 * masked. A password in the same places is still masked (seeded values of our own), and so is one
 * that merely starts with `env`, `file` or `@`.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";
import { seededRandom } from "./corpus/token_generator.ts";

const scrubber = createScrubber();
const SOURCES = [
  "env:KS_PASS",
  "env:P12_PASS",
  "file:/root/.backup-key",
  "file:./secrets/p12.txt",
  "@keychain:AC_PASSWORD",
  "@env:AC_PASSWORD",
  "@~/.bluemix/apikey.json",
  "@./apikey.json",
];
const LINES = [
  (v: string) => `$ openssl enc -aes-256-cbc -pbkdf2 -in db.sql -out db.sql.enc -pass ${v}`,
  (v: string) => `$ apksigner sign --ks release.jks --ks-pass ${v} --out app-signed.apk app.apk`,
  (v: string) => `$ xcrun altool --upload-app -f App.ipa -t ios -u ios-ci -p ${v}`,
  (v: string) => `$ ibmcloud login --apikey ${v} -r eu-de -g default`,
];

Deno.test("a value's source (env:, file:, @keychain:, @FILE) is no secret", () => {
  for (const source of SOURCES) strictEqual(isPlaceholder(source), true, source);
  for (const value of ["envK9x:Qz2", "file-Pw9x2k", "@Rk29xQm!p", "fileZ:/x", "Envoy2024!"]) {
    strictEqual(isPlaceholder(value), false, value);
  }
});

Deno.test("the lines that name a source are kept; with a password there it is masked", () => {
  for (const line of LINES) {
    for (const source of SOURCES) {
      const text = line(source);
      strictEqual(scrubber.scrub(text).text, text);
    }
  }
  const random = seededRandom(0x5ea1);
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!%^*+=_";
  for (let i = 0; i < 8; i++) {
    const v = "Z" +
      Array.from({ length: 17 }, () => chars[Math.floor(random() * chars.length)]).join("");
    // (altool's `-p` is read by the command reader: ./kv/database_admin_password_flags_test.ts.)
    for (const line of [LINES[0], LINES[1], LINES[3]]) {
      const out = scrubber.scrub(line(v)).text;
      ok(!out.includes(v), out);
    }
  }
});
