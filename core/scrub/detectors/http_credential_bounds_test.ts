/**
 * HTTP and URL credentials at their bounds, through the whole scrubber: an `Authorization`
 * value or a cookie's value is masked from 6 characters (shorter ones, `lang=en`, stay); a URL's
 * user and password are read up to 4,096 characters each (longer user-info is masked to the end
 * of the line); a Digest `response` is found up to 1,000 characters after `Digest`.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { VALUE_CAP } from "../kv/assignments.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;
/** `length` characters, none a word or status on its own. */
const value = (length: number) => "k7Qx2Zr9Wm4Tp8Ld5Hs3".repeat(10).slice(0, length);

Deno.test("an Authorization or cookie value is masked from 6 characters and left shorter", () => {
  const written: [id: string, line: (v: string) => string][] = [
    ["http-authorization", (v) => `Authorization: ${v}`],
    ["cookie-value", (v) => `Cookie: sid=${v}; theme=dark`],
    ["set-cookie-value", (v) => `Set-Cookie: sid=${v}; Path=/; HttpOnly`],
  ];
  for (const [id, line] of written) {
    for (const length of [4, 5, 6, 7, 12]) {
      const v = value(length);
      const masked = !scrub(line(v)).includes(v);
      strictEqual(masked, length >= 6, `${id}: ${line(v)}`);
      if (masked) ok(scrub(line(v)).includes(`[REDACTED:${id}]`), `${id}: ${scrub(line(v))}`);
    }
  }
});

Deno.test("a URL's user and password are read up to 4,096 characters each", () => {
  for (const [user, password] of [[1, 1], [VALUE_CAP, VALUE_CAP], [VALUE_CAP, 3], [3, VALUE_CAP]]) {
    const pass = value(20).repeat(Math.ceil(password / 20)).slice(0, password);
    const line = `connecting to postgres://${"u".repeat(user)}:${pass}@db.internal:5432/app`;
    const out = scrub(line);
    ok(!out.includes(pass), `user ${user}, password ${password}: ${out.slice(0, 80)}`);
    ok(out.endsWith("@db.internal:5432/app"), `user ${user}, password ${password}: the host stays`);
  }
});

Deno.test("user-info running past 4,096 characters is masked to the end of the line", () => {
  for (const length of [VALUE_CAP + 1, VALUE_CAP + 2, VALUE_CAP + 50]) {
    const run = value(20).repeat(Math.ceil(length / 20)).slice(0, length);
    const out = scrub(`redis://${run} next`);
    strictEqual(out, "redis://[REDACTED:scrub-limit]", `${length}`);
  }
});

Deno.test("a Digest response is masked up to 1,000 characters after Digest, and only after the word", () => {
  const hash = "6629fae49393a05397450978507c4ef1";
  for (const gap of [0, 1, 500, 999, 1000]) {
    const params = gap === 0 ? "" : `${"x".repeat(gap - 1)} `;
    const line = `Authorization2: Digest ${params}response="${hash}"`;
    strictEqual(scrub(line).includes(hash), false, `${gap}`);
  }
  for (const line of [`xDigest username="a" response="${hash}"`, `Digest a noresponse="${hash}"`]) {
    strictEqual(scrub(line), line);
  }
});
