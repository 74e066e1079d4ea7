/**
 * An application's salt for its hashes and tokens is a secret (./key_names.ts): Drupal's
 * `hash_salt`, WordPress's `AUTH_SALT` … `NONCE_SALT` (64 printable characters, punctuation and
 * blanks among them), Strapi's `API_TOKEN_SALT`, Nextcloud's `passwordsalt`. WordPress's stand-in
 * phrase, a salt read from a file, and a salt stored beside one password hash stay.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x5a17);
const draw = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

const FORMS: [string, () => string][] = [
  ["$settings['hash_salt'] = '{v}';", () => draw(ALNUM + "-_", 74)],
  [
    "define( 'NONCE_SALT',  '{v}' );",
    () => "x" + draw(ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|", 62) + "y",
  ],
  ["define('SECURE_AUTH_SALT', '{v}');", () => draw(ALNUM + "!@#%^*-_", 64)],
  ["define('LOGGED_IN_SALT', '{v}');", () => draw(ALNUM + "!@#%^*-_", 64)],
  ["API_TOKEN_SALT={v}", () => draw(ALNUM + "+/", 22) + "=="],
  ["TRANSFER_TOKEN_SALT: {v}", () => draw(ALNUM + "+/", 22) + "=="],
  ["  'passwordsalt' => '{v}',", () => draw(ALNUM + "+/", 30)],
];

Deno.test("an application's salt is masked in PHP, env and YAML", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 6; k++) {
    for (const [form, value] of FORMS) {
      const v = value();
      const line = form.replace("{v}", v);
      if (scrubWholeAndStreamed(line).includes(v)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a stand-in phrase, a salt read from a file and one password's salt keep their lines", () => {
  const lines = [
    "define( 'AUTH_SALT',        'put your unique phrase here' );",
    "$settings['hash_salt'] = file_get_contents('/home/example/salt.txt');",
    "$settings['hash_salt'] = '';",
    "API_TOKEN_SALT=tobemodified",
    'API_TOKEN_SALT="${API_TOKEN_SALT}"',
    '{"salt": "9f3a1c", "rounds": 12}',
    '{"user": "bob", "password_salt": "Zq8w1Lm3", "algorithm": "pbkdf2"}',
    "salt_rounds = 12",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
