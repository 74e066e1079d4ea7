/**
 * Where a value after a credential name starts to count as a secret, generated on both sides of
 * each bound: a password of 3 characters (1 or 2 are flags like `pw=on`), a secret or token value
 * of 8 (shorter ones are ids), 12 digits (11 or fewer are counters and timestamps), a bearer token
 * that is a plain word from 20 letters (shorter ones are words such as `expired`), and a bearer
 * value that is the next command-line option or the next key, not a token.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xb0d);
const scrubber = createScrubber();
const masked = (line: string, value: string) => !scrubber.scrub(line).text.includes(value);
const MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Shuffled characters of `alphabet`, all distinct where it has enough: entropy is not the bound. */
function distinct(length: number, alphabet: string): string {
  const pool = [...alphabet];
  let out = "";
  while (out.length < length) {
    if (pool.length === 0) pool.push(...alphabet);
    out += pool.splice(random.int(pool.length), 1)[0];
  }
  return out;
}

/** A value of `length` with letters and digits, never a status word. */
const mixed = (length: number) => {
  for (;;) {
    const v = distinct(length, MIXED);
    if (/[0-9]/.test(v) && /[a-z]/i.test(v)) return v;
  }
};

Deno.test("a password of 3 characters or more is masked; 1 or 2 are left", () => {
  for (let i = 0; i < 20; i++) {
    for (
      const syntax of [(v: string) => `password=${v} user=app`, (v: string) => `{"passwd":"${v}"}`]
    ) {
      const three = mixed(3);
      ok(masked(syntax(three), three), syntax(three));
      const two = mixed(2);
      strictEqual(scrubber.scrub(syntax(two)).text, syntax(two));
    }
  }
});

Deno.test("a secret or token value is masked from 8 characters; 7 are left", () => {
  for (let i = 0; i < 20; i++) {
    for (const key of ["api_key", "client_secret", "access_token", "credential"]) {
      const eight = mixed(8), seven = mixed(7);
      ok(masked(`${key}=${eight} ok`, eight), `${key}=${eight}`);
      strictEqual(scrubber.scrub(`${key}=${seven} ok`).text, `${key}=${seven} ok`);
    }
  }
});

Deno.test("a secret value of 12 digits or more is masked; 11 digits or fewer are a number", () => {
  for (let i = 0; i < 20; i++) {
    const twelve = distinct(12, "0123456789");
    const eleven = distinct(11, "0123456789");
    ok(masked(`client_secret=${twelve} ok`, twelve), twelve);
    strictEqual(scrubber.scrub(`client_secret=${eleven} ok`).text, `client_secret=${eleven} ok`);
  }
});

Deno.test("a bearer token of one plain word is masked from 20 letters; shorter words are left", () => {
  for (let i = 0; i < 20; i++) {
    const word20 = random.chars(20, "abcdefghijklmnopqrstuvwxyz");
    const word19 = random.chars(19, "abcdefghijklmnopqrstuvwxyz");
    ok(masked(`Authorization: Bearer ${word20}`, word20), word20);
    strictEqual(
      scrubber.scrub(`Authorization: Bearer ${word19}`).text,
      `Authorization: Bearer ${word19}`,
    );
    // A token with a digit is a token at any length the pattern takes.
    const token = mixed(12);
    ok(masked(`Authorization: Bearer ${token}`, token), token);
  }
});

Deno.test("after Bearer, the next option or the next key is not a token; a token ending in = is", () => {
  for (const line of ["aws sso login --token-type Bearer --region-name eu-west-1"]) {
    strictEqual(scrubber.scrub(line).text, line);
  }
  const token = mixed(24) + "==";
  ok(masked(`Authorization: Bearer ${token} next`, token.slice(0, -2)), token);
  ok(masked(`Authorization: Bearer ${token}`, token.slice(0, -2)), token);
});
