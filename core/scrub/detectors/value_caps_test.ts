/**
 * The caps on free-form values fail closed: a value at its detector's cap is masked as a
 * finding; one character longer, and everything from it to the end of the line is masked as
 * `scrub-limit`. Before, a longer quoted value was not found at all, and a longer bare one was
 * masked only up to the cap, its tail passed on. So with a URL's user or password (over 256), a
 * mysql or sshpass password (over 128) and a cookie name (over 128, which hid the cookies after
 * it).
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { matchDetector } from "../match.ts";
import { createScrubber } from "../mod.ts";
import { detectors } from "./generic_credentials.ts";
import { DETECTORS } from "./mod.ts";

const CAP = 4096;
const scrubber = createScrubber({}, { pseudonymKey: new Uint8Array(32).fill(3) });

/** `n` characters of a value with no structure any other detector would take. */
function value(n: number, alphabet = "Qz7Kp2Lm9Xw4"): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[(i * 7 + (i >> 3)) % alphabet.length];
  return out;
}

/** [start, end, id] of each span detector `id` finds in `line`. */
function spans(id: string, line: string): [number, number, string][] {
  const detector = detectors.find((d) => d.id === id)!;
  return matchDetector(detector, line).map((s) => [s.start, s.end, s.detector.id]);
}

/** No 16-character piece of `secret` is left in `text`. */
function noneLeft(text: string, secret: string): boolean {
  for (let i = 0; i + 16 <= secret.length; i += 8) {
    if (text.includes(secret.slice(i, i + 16))) return false;
  }
  return true;
}

const cases: { id: string; line: (v: string) => string; cap: number }[] = [
  { id: "password-assignment", line: (v) => `{"password": "${v}", "user": "bob"}`, cap: CAP },
  { id: "password-assignment", line: (v) => `login password='${v}' ok`, cap: CAP },
  { id: "password-assignment", line: (v) => `login password=${v} ok`, cap: CAP },
  { id: "secret-assignment", line: (v) => `{"refresh_token":"${v}"} next`, cap: CAP },
  { id: "http-authorization", line: (v) => `Authorization: Bearer ${v} next`, cap: CAP },
  { id: "bearer-token", line: (v) => `retry with bearer ${v} next`, cap: CAP },
  { id: "cookie-value", line: (v) => `Cookie: lang=en; sid=${v}; theme=dark`, cap: CAP },
  { id: "set-cookie-value", line: (v) => `Set-Cookie: sid=${v}; Path=/`, cap: CAP },
  {
    id: "config-attribute-secret",
    line: (v) => `<add key="DbPassword" value="${v}"/> next`,
    cap: CAP,
  },
  {
    id: "url-credentials",
    line: (v) => `db connect postgres://app:${v}@db.internal:5432/prod ok`,
    cap: CAP,
  },
  {
    id: "url-credentials",
    line: (v) => `url=jdbc:oracle:thin:scott/${v}@//db1:1521/ORCL`,
    cap: CAP,
  },
  {
    id: "cli-password-flag",
    line: (v) => `cron: mysqldump -u backup -p${v} appdb > /tmp/a.sql`,
    cap: CAP,
  },
  { id: "cli-password-flag", line: (v) => `exec sshpass -p '${v}' ssh deploy@10.0.0.5`, cap: CAP },
  { id: "cli-password-flag", line: (v) => `exec sshpass -p "${v}" ssh deploy@10.0.0.5`, cap: CAP },
  { id: "cli-password-flag", line: (v) => `exec sshpass -p ${v} ssh deploy@10.0.0.5`, cap: CAP },
];

for (const { id, line, cap } of cases) {
  const example = line("VALUE");
  Deno.test(`${id}: a value at its cap is a finding, one longer masks the rest (${example})`, () => {
    for (const n of [cap - 1, cap]) {
      const v = value(n);
      const text = line(v);
      deepStrictEqual(spans(id, text), [[text.indexOf(v), text.indexOf(v) + n, id]], `${n}`);
    }
    const v = value(cap + 1);
    const text = line(v);
    deepStrictEqual(spans(id, text), [[text.indexOf(v), text.length, "scrub-limit"]]);
    const scrubbed = scrubber.scrub(text);
    ok(noneLeft(scrubbed.text, v), scrubbed.text.slice(0, 200));
    ok(scrubbed.text.endsWith("[REDACTED:scrub-limit]"), scrubbed.text.slice(-100));
  });
}

Deno.test("basic-auth-credentials: long user:password decodes are masked; past the cap, the rest", () => {
  const long = btoa("svc-user:" + value(600)); // decodes to 609 characters
  deepStrictEqual(spans("basic-auth-credentials", `Basic ${long} x`), [[
    6,
    6 + long.length,
    "basic-auth-credentials",
  ]]);
  const over = value(CAP + 4, "QWxhZGRpbjpvcGVu");
  deepStrictEqual(spans("basic-auth-credentials", `Basic ${over} x`), [[
    6,
    over.length + 8,
    "scrub-limit",
  ]]);
});

Deno.test("jwt: a long header (an x5c chain) is a JWT; a part past its cap masks the rest", () => {
  const b64url = (s: string) => btoa(s).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  const header = b64url(JSON.stringify({ alg: "RS256", x5c: [value(3000)] }));
  const token = `${header}.${b64url('{"sub":"42"}')}.${value(43)}`;
  const line = `id_token ${token} done`;
  deepStrictEqual(spans("jwt", line), [[9, 9 + token.length, "jwt"]]);
  const small = b64url('{"alg":"HS256"}');
  for (const [n, id] of [[8000, "jwt"], [8001, "scrub-limit"]] as const) {
    const long = `${small}.${value(n)}.${value(43)}`;
    const expectedEnd = id === "jwt" ? 4 + long.length : 4 + long.length + 5;
    deepStrictEqual(spans("jwt", `got ${long} done`), [[4, expectedEnd, id]], `payload ${n}`);
  }
  const longSignature = `${small}.${b64url('{"sub":"42"}')}.${value(2001)}`;
  deepStrictEqual(spans("jwt", `got ${longSignature} done`), [[
    4,
    4 + longSignature.length + 5,
    "scrub-limit",
  ]]);
});

Deno.test("cookie-value: a session cookie after many others is masked; past 51, the rest is", () => {
  const cookies = (n: number) => Array.from({ length: n }, (_, i) => `c${i}=v${i}`).join("; ");
  const sid = value(24);
  const at51 = `Cookie: ${cookies(50)}; sid=${sid}`;
  deepStrictEqual(spans("cookie-value", at51), [[at51.length - 24, at51.length, "cookie-value"]]);
  const at52 = `Cookie: ${cookies(51)}; sid=${sid}`;
  deepStrictEqual(spans("cookie-value", at52), [[at52.length - 28, at52.length, "scrub-limit"]]);
  strictEqual(scrubber.scrub(at52).text, `Cookie: ${cookies(51)}; [REDACTED:scrub-limit]`);
});

Deno.test("url-credentials: a user name past its cap masks the rest of the line, password and all", () => {
  const password = "Xk29mq7LpQ8r4Tz1Wv0Y";
  const at = `db postgres://${value(CAP)}:${password}@db.internal/prod ok`;
  deepStrictEqual(spans("url-credentials", at), [[
    at.indexOf(password),
    at.indexOf(password) + password.length,
    "url-credentials",
  ]]);
  const over = `db postgres://${value(CAP + 1)}:${password}@db.internal/prod ok`;
  deepStrictEqual(spans("url-credentials", over), [[14, over.length, "scrub-limit"]]);
  strictEqual(scrubber.scrub(over).text, "db postgres://[REDACTED:scrub-limit]");
  // A long run after `://` without a password's `@` is left alone up to the caps.
  const path = `GET https://cdn.example:8443/${value(3000)}?v=1 200`;
  strictEqual(scrubber.scrub(path).text, path);
});

Deno.test("cookie names past 128 characters mask the rest of the line; the cookies after them are not skipped", () => {
  const sid = value(24);
  const cookie = (n: number) => `Cookie: ${"n".repeat(n)}=x; sid=${sid}; theme=dark`;
  const at = cookie(128);
  deepStrictEqual(spans("cookie-value", at), [[
    at.indexOf(sid),
    at.indexOf(sid) + 24,
    "cookie-value",
  ]]);
  const over = cookie(129);
  deepStrictEqual(spans("cookie-value", over), [[8, over.length, "scrub-limit"]]);
  strictEqual(scrubber.scrub(over).text, "Cookie: [REDACTED:scrub-limit]");

  const setCookie = (n: number) => `Set-Cookie: ${"n".repeat(n)}=${sid}; Path=/`;
  const set = setCookie(128);
  deepStrictEqual(spans("set-cookie-value", set), [[
    set.indexOf(sid),
    set.indexOf(sid) + 24,
    "set-cookie-value",
  ]]);
  const setOver = setCookie(129);
  deepStrictEqual(spans("set-cookie-value", setOver), [[12, setOver.length, "scrub-limit"]]);
  strictEqual(scrubber.scrub(setOver).text, "Set-Cookie: [REDACTED:scrub-limit]");
});

/** `n` characters of `[A-Za-z0-9]` with high entropy (provider detectors check it). */
function body(n: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let out = "", x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

/**
 * Provider tokens whose length has no published maximum: [id, text before the body, bound].
 * (Where a format has one, as GitLab's and Google's do, a longer run is not that token.)
 */
const OPEN_ENDED: [string, string, number][] = [
  ["aws-session-token", "AWS_SESSION_TOKEN=", 2000],
  ["flyio-token", "fm2_", 4000],
  ["pypi-upload-token", "pypi-AgEIcHlwaS5vcmc", 1000],
  ["1password-service-account-token", "ops_eyJ", 2000],
];

for (const [id, before, cap] of OPEN_ENDED) {
  Deno.test(`${id}: a body at its bound is a finding, one longer masks the rest of the line`, () => {
    const detector = DETECTORS.find((d) => d.id === id)!;
    const find = (line: string) =>
      matchDetector(detector, line).map((s) => [s.start, s.end, s.detector.id]);
    // An assigned value's span is the value; a token's, the whole token.
    const from = id === "aws-session-token" ? 2 + before.length : 2;
    const at = `x ${before}${body(cap)} y`;
    deepStrictEqual(find(at), [[from, at.length - 2, id]]);
    const over = `x ${before}${body(cap + 1)} y`;
    deepStrictEqual(find(over), [[from, over.length, "scrub-limit"]]);
    ok(noneLeft(scrubber.scrub(over).text, body(cap + 1)));
  });
}
