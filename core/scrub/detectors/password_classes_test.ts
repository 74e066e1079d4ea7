/**
 * A password is masked whatever it is made of: only lower-case letters, only upper-case, only
 * letters, only digits (five or more), only symbols, non-ASCII letters, or a mix; from 3 to 64
 * characters; in every syntax a log or config writes one. Generated, so no class is missed.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x9a55);
const scrubber = createScrubber();

const CLASSES: Record<string, string> = {
  "lower-case letters": "abcdefghijklmnopqrstuvwxyz",
  "upper-case letters": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  "letters": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  "digits": "0123456789",
  "symbols": "!#$%*+-.:=?@^_|~",
  "non-ASCII letters": "äöüßéèçñøåæœłžšđğışαβγδжщюя",
  "everything":
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%*+-.:=?@^_|~äöüß",
};

/** How logs and configs write a password. */
const SYNTAXES: ((v: string) => string)[] = [
  (v) => `db connect failed: host=db1 user=app password=${v}`,
  (v) => `{"event":"signup","password":"${v}"}`,
  (v) => `  password: ${v}`,
  (v) => `exec: pg_dump --password ${v} --host db1`,
  (v) => `<password>${v}</password>`,
  (v) => `Server=sql1;Database=app;User Id=sa;Pwd=${v};`,
  (v) => `passwd='${v}'`,
  (v) => `DB_PASSWORD=${v}`,
  (v) => `"passphrase" => "${v}"`,
];

/** Words a log writes where a password would go, to describe it: not passwords. */
const STATUS =
  /^(?:accepted|changed|correct|deleted|denied|disabled|enabled|expired|failed|hidden|incorrect|invalid|masked|mismatch|missing|ok|present|provided|refreshed|rejected|required|reset|revoked|set|updated|valid|yes|no|on|off|na)$/i;

function password(alphabet: string, length: number): string {
  for (;;) {
    const v = random.chars(length, alphabet);
    const plausible = !STATUS.test(v) && !v.startsWith("/") && !/^\d{1,4}$/.test(v) &&
      !/example|changeme|placeholder/i.test(v) && !/^[*.x_-]+$/i.test(v);
    if (plausible) return v;
  }
}

Deno.test("passwords of every character class and length 3 to 64 are masked in every syntax", () => {
  for (const [name, alphabet] of Object.entries(CLASSES)) {
    for (let length = 3; length <= 64; length += name === "everything" ? 1 : 7) {
      const min = name === "digits" ? Math.max(length, 5) : length;
      const v = password(alphabet, min);
      for (const syntax of SYNTAXES) {
        const line = syntax(v);
        const { text } = scrubber.scrub(line);
        ok(!text.includes(v), `${name}, ${min} characters: ${line} → ${text}`);
        ok(text.includes("[REDACTED:"), text);
      }
    }
  }
});

Deno.test("a password of letters only is masked even when it reads as a word", () => {
  for (const v of ["Sunshine", "dragon", "LETMEIN", "correcthorsebatterystaple", "Passwort"]) {
    for (const syntax of SYNTAXES) {
      const { text } = scrubber.scrub(syntax(v));
      ok(!text.includes(v), `${syntax(v)} → ${text}`);
    }
  }
});

Deno.test("what describes a password rather than being one is left: status words, short numbers, paths", () => {
  for (
    const line of [
      "password: expired",
      "password=REQUIRED",
      "password=1234",
      "pwd=/home/deploy/app",
      "password: ********",
    ]
  ) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});
