/**
 * Credentials hidden in base64: a base64 value that decodes to text assigning a password or
 * secret (`user=admin password=S3cr3t!`, `{"password":"…"}`), or to `user:password` where the
 * line names credentials or an encoding (creds, base64, encoded …). Basic authorization headers
 * are the generic detectors'; these find the same values without the `Basic` scheme word.
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Candidate, Detector } from "../detector.ts";
import { secret } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { readAssignments } from "../kv/assignments.ts";
import { isPlaceholder } from "../placeholders.ts";
import { forEachBase64Run, membersOf } from "./value_runs.ts";

/**
 * The base64 text every encoding of `word` contains, at each of the three alignments it can
 * start at: the longest run of base64 characters that do not depend on the bytes around it.
 */
const base64Cores = (word: string): string[] => {
  const cores: string[] = [];
  for (let alignment = 0; alignment < 3; alignment++) {
    const variants = ["\x00", "\xff", "a"].flatMap((before) =>
      ["\x00", "\xff", "z"].map((after) => btoa(before.repeat(alignment) + word + after.repeat(3)))
    );
    let best = "", run = "";
    for (let i = 0; i < variants[0].length; i++) {
      const c = variants[0][i];
      run = variants.every((v) => v[i] === c) ? run + c : "";
      if (run.length > best.length) best = run;
    }
    cores.push(best);
  }
  return cores;
};

/**
 * Words whose assignment in decoded text is a credential, in the cases they are written in
 * (base64 keeps case: `TOKEN` encodes unlike `token`). The short words with the characters
 * that assign them (`pass:`, `"pwd":`): alone they would send too many values to decoding.
 */
const SECRET_WORDS = [
  "password",
  "passwd",
  "pass=",
  "pass:",
  'pass"',
  "pwd=",
  "pwd:",
  'pwd"',
  "secret",
  "token",
  "access_key",
  "api_key",
  "PASSWORD",
  "SECRET",
  "TOKEN",
  // Capitalised and camel-case names (`Token=…`, `ApiKey=…`, `clientSecret: …`).
  "Password",
  "Secret",
  "Token",
  "apiKey",
  "ApiKey",
  "API_KEY",
  "api-key",
  // Other names a secret is assigned to (`credential=…`, `privateKey: …`, `APIKEY=…`), and
  // a bearer token (`Authorization: Bearer …` encoded whole).
  "apikey",
  "APIKEY",
  "accessKey",
  "ACCESS_KEY",
  "private_key",
  "PRIVATE_KEY",
  "privateKey",
  "credential",
  "passphrase",
  "PASS=",
  "Bearer ",
];

/**
 * A password or secret assigned in decoded text (`password=x`, `"secret": "x"`, `pwd: x`), or
 * a bearer token (`Authorization: Bearer x`).
 */
const ASSIGNS_SECRET =
  /(?:password|passwd|pass|pwd|secret)["']?\s{0,3}[:=]\s{0,3}["']?[^\s"'&,;}]{3,}|\bbearer\s+[\w.~+\/-]{16,}/i;

/** Decoded lines read for secret-named keys (a bound on the work per value). */
const MAX_DECODED_LINES = 64;

/**
 * Whether decoded text assigns a value of 8 or more characters to a secret-named key, as the
 * key/value reader reads it (`aws_secret_access_key=…`, `api_token: …`); not a placeholder.
 */
function assignsNamedSecret(text: string): boolean {
  return text.split("\n", MAX_DECODED_LINES).some((line) =>
    readAssignments(line).some((a) =>
      a.kind !== "key" && a.end - a.start >= 8 && !isPlaceholder(line.slice(a.start, a.end))
    )
  );
}

/** Whether decoded text (null: not text) assigns a secret (ASSIGNS_SECRET, assignsNamedSecret). */
const assignsSecret = (text: string | null) =>
  text !== null && (ASSIGNS_SECRET.test(text) || assignsNamedSecret(text));

/** Decoded `user:password`: a user name, a colon and a password of printable characters. */
const USER_COLON_PASSWORD = /^[A-Za-z0-9._@+-]{1,64}:[!-~]{3,128}$/;

/**
 * A base64 value (standard or URL-safe), long enough to hold a credential, whole (after `=`
 * too: `config=<base64>`); one longer than the cap is cut (the rest of the line is masked).
 */
const B64 = "[A-Za-z0-9+/_-]";
const BASE64_VALUE = raw`(?<![A-Za-z0-9+/_-])(?:${B64}{8192}(?<cut>)(?=${B64})` +
  raw`|${B64}{12,8191}={0,2}(?![A-Za-z0-9+/=_-]))`;

/** Base64 digit values (standard and URL-safe alphabets), -1 for other characters. */
const DIGIT = (() => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (let i = 0; i < 64; i++) table[(alphabet + "+/")[i].charCodeAt(0)] = i;
  table["-".charCodeAt(0)] = 62;
  table["_".charCodeAt(0)] = 63;
  return table;
})();

/**
 * The text `value` (base64, standard or URL-safe, padding optional) decodes to, one character
 * per byte; null when a byte is a control character other than a tab or line break, which is
 * where random data and binary stop (checked as it decodes: no exceptions, no copies).
 */
export function decodeBase64Printable(value: string): string | null {
  let end = value.length;
  while (end > 0 && value[end - 1] === "=") end--;
  if (end % 4 === 1) return null;
  let out = "";
  let bits = 0, count = 0;
  for (let i = 0; i < end; i++) {
    const code = value.charCodeAt(i);
    const digit = code < 128 ? DIGIT[code] : -1;
    if (digit === -1) return null;
    bits = (bits << 6) | digit;
    count += 6;
    if (count >= 8) {
      count -= 8;
      const byte = (bits >> count) & 0xff;
      if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) {
        return null;
      }
      out += String.fromCharCode(byte);
    }
  }
  return out;
}

/**
 * The text hex `value` (an even number of digits) decodes to, one character per byte; null when
 * a byte is a control character other than a tab or line break (as base64's).
 */
function decodeHexPrintable(value: string): string | null {
  const text = value.replace(/../g, (pair) => String.fromCharCode(parseInt(pair, 16)));
  return /[^\t\n\r -~]/.test(text) ? null : text;
}

/** Hex of `word` (lower case, as the keyword scan reads a line: hex's case is the writer's). */
const hexOf = (word: string) => [...word].map((c) => c.charCodeAt(0).toString(16)).join("");

/** A whole run of hex byte pairs (8 to 4096 bytes: `password=` and a value). */
const HEX_VALUE = /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){8,4096}(?![0-9A-Fa-f])/g;

/** Bytes of a decoded user name (USER_COLON_PASSWORD's first class), by byte value. */
const USER_BYTE = membersOf(
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._@+-",
);

/**
 * True when `line[start, end)` (base64 digits, no padding) decodes to text USER_COLON_PASSWORD
 * matches; checked byte by byte as it decodes, so random data stops at its first byte that
 * cannot be there, and nothing longer than the longest user:password is read.
 */
function decodesToUserPassword(line: string, start: number, end: number): boolean {
  if ((end - start) % 4 === 1) return false;
  let bits = 0, count = 0;
  let user = 0, password = -1;
  for (let i = start; i < end; i++) {
    const code = line.charCodeAt(i);
    const digit = code < 128 ? DIGIT[code] : -1;
    if (digit === -1) return false;
    bits = ((bits << 6) | digit) & 0xfff;
    count += 6;
    if (count < 8) continue;
    count -= 8;
    const byte = (bits >> count) & 0xff;
    if (password >= 0) {
      if (byte < 0x21 || byte > 0x7e || ++password > 128) return false;
    } else if (byte === 0x3a && user > 0) password = 0;
    else if (byte >= 128 || USER_BYTE[byte] === 0 || ++user > 64) return false;
  }
  return password >= 3;
}

/** A base64 digit (either alphabet): what BASE64_VALUE's runs are made of. */
const isBase64Digit = (code: number) => code < 128 && DIGIT[code] !== -1;

/** The fewest base64 digits BASE64_VALUE takes. */
const SHORTEST_VALUE = 12;

/**
 * The base64 values on `line` that decode to user:password: the matches of BASE64_VALUE (whole
 * runs of 12 to 8191 digits, up to two `=` after them and nothing base64 after those), read
 * run by run instead of by a search at every character, and kept only when they decode to
 * user:password (the others would all be refused). A run longer than the cap is a cut. Only
 * runs of 12 or more are read: those the keyword scan found on the line, or found by looking at
 * every 12th character (see forEachBase64Run).
 */
const findUserPasswords = (line: string): Candidate[] => {
  const candidates: Candidate[] = [];
  const n = line.length;
  forEachBase64Run(line, SHORTEST_VALUE, (start, i) => {
    const length = i - start;
    if (length > 8192) {
      candidates.push({ start, end: n, cut: true });
      return true;
    }
    if (length < SHORTEST_VALUE || length === 8192) return;
    let end = i;
    while (end < n && end - i < 3 && line.charCodeAt(end) === 0x3d) end++;
    // BASE64_VALUE's ending: no third `=`, and no base64 digit right after the padding.
    if (end - i === 3 || (end > i && end < n && isBase64Digit(line.charCodeAt(end)))) return;
    if (decodesToUserPassword(line, start, i)) candidates.push({ start, end });
  });
  return candidates;
};

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * A base64 value that decodes to text assigning a password or secret (user=… password=…, JSON
   * with a password field).
   */
  secret(
    "base64-encoded-password",
    SECRET_WORDS.flatMap(base64Cores).map((core) => core.toLowerCase()),
    regex(BASE64_VALUE, "g"),
    (value) => assignsSecret(decodeBase64Printable(value)),
  ),
  /**
   * A hex value that decodes to text assigning a password or secret (`password=…` written as
   * `70617373776f72643d…`: a frame's body, a bytea column, a payload in hex).
   */
  secret(
    "hex-encoded-password",
    SECRET_WORDS.map(hexOf),
    HEX_VALUE,
    (value) => assignsSecret(decodeHexPrintable(value)),
  ),
  /**
   * A base64 value that decodes to user:password, on a line that names credentials, an encoding
   * or authentication (creds, credentials, base64, _b64, encoded, userpass, userinfo, auth,
   * Authorization, oauth, a `basic` field) but no Basic scheme.
   */
  secret(
    "base64-user-password",
    // Words that name the value, and auth (`upstream auth header value <base64>`, `X-Auth:`):
    // on half the key/value log's lines, at no measured cost, as a run is refused at its first
    // byte that cannot be in user:password. Not login, and its key=value forms are the
    // generic detectors' anyway.
    [
      "cred",
      "base64",
      "_b64",
      "b64_",
      "encoded",
      "userpass",
      "user_pass",
      "userinfo",
      "auth",
      "basic",
    ],
    regex(BASE64_VALUE, "g"),
    (value) => {
      const text = decodeBase64Printable(value);
      return text !== null && USER_COLON_PASSWORD.test(text);
    },
    { find: findUserPasswords },
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
