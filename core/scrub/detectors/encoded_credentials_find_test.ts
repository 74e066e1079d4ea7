/**
 * The run-by-run reader of base64 user:password values (the detector's `find`) against what its
 * pattern and checks define, on generated lines: every run length around the bounds, padding,
 * both alphabets, user:password at and past its bounds, binary and text that is no credential;
 * and a line of many base64 runs that hold no credential is read without reaching the refusal
 * cap (which would mask the rest of the line).
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { decodeBase64Printable, detectors } from "./encoded_credentials.ts";

const random = seededRandom(0xf1d);
const userPassword = detectors.find((d) => d.id === "base64-user-password")!;
/** The same detector without its reader: its pattern's matches under the same checks. */
const byPattern = { ...userPassword, find: undefined };
/** What is masked on `line`, and as what. */
const masked = (detector: typeof userPassword, line: string) =>
  matchDetector(detector, line).map((s) => [s.start, s.end, s.detector.id]);

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const USER = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._@+-";
const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join("");

const bytes = (n: number) => Array.from({ length: n }, () => String.fromCharCode(random.int(256)));
const encode = (text: string) => {
  const b64 = btoa(text);
  const safe = random.int(2) === 0 ? b64 : b64.replaceAll("+", "-").replaceAll("/", "_");
  return random.int(2) === 0 ? safe : safe.replace(/=+$/, "");
};

/** One token of a generated line. */
function token(): string {
  switch (random.int(8)) {
    case 0: // user:password, lengths around their bounds
      return encode(
        random.chars(random.pick([0, 1, 2, 8, 63, 64, 65]), USER) + ":" +
          random.chars(random.pick([1, 2, 3, 4, 20, 127, 128, 129]), PRINTABLE),
      );
    case 1: // user:password with one byte outside its classes
      return encode(
        random.chars(random.int(10) + 1, USER) + random.pick([" ", "\t", "\x7f", "é", ":"]) +
          random.chars(random.int(10), USER) + ":" + random.chars(random.int(20) + 3, PRINTABLE) +
          random.pick(["", " ", "\x00", "\xff"]),
      );
    case 2: // binary
      return encode(bytes(random.int(40) + 6).join(""));
    case 3: // a run of digits of a length around the value's bounds, then padding
      return random.chars(random.pick([10, 11, 12, 13, 14, 15, 16, 17, 40]), B64) +
        "=".repeat(random.int(4));
    case 4: // URL-safe digits
      return random.chars(random.int(30) + 10, URL_SAFE);
    case 5: // text that is no credential
      return encode(random.pick(["hello world, no secrets here", "user=alice", "a:b", "::::"]));
    case 6: // a value with base64 right after its padding, or more padding than base64 has
      return btoa(random.chars(6, USER) + ":" + random.chars(random.int(3) + 9, PRINTABLE))
        .replace(/=+$/, "") +
        "=".repeat(random.int(5)) +
        random.pick(["", random.chars(3, B64)]);
    default:
      return random.pick(["creds", "base64", "x", "=", "-", "+", "/", "_"]);
  }
}

Deno.test("base64 user:password: the run-by-run reader finds exactly what the pattern and checks find", () => {
  const seps = [" ", " ", "=", ":", ",", '"', "'", "\t", "", "\x80", "é"];
  for (let n = 0; n < 3_000; n++) {
    let line = "creds";
    for (let k = random.int(6) + 1; k > 0; k--) line += random.pick(seps) + token();
    deepStrictEqual(masked(userPassword, line), masked(byPattern, line), line);
  }
});

Deno.test("base64 user:password: a value past the longest run is cut, whichever reads it", () => {
  for (const length of [8191, 8192, 8193, 9000]) {
    const line = `creds ${random.chars(length, B64)} tail`;
    deepStrictEqual(masked(userPassword, line), masked(byPattern, line), `${length}`);
  }
});

Deno.test("base64 user:password: a line of 1,100 runs that hold no credential keeps them all", () => {
  const runs = Array.from({ length: 1_100 }, () => encode(bytes(12).join("")));
  const line = "creds " + runs.join(" ");
  deepStrictEqual(masked(userPassword, line), []);
});

Deno.test("base64 user:password: lines of 1,100 near misses each keep them all", () => {
  // Each decodes to almost a user:password: the reader refuses it as it decodes, so none is a
  // candidate to refuse later, and the refusal cap (which masks the rest of a line) is never met.
  const nearMisses: [what: string, text: (i: number) => string][] = [
    ["a space in the password", (i) => `user${i}:pass word`],
    ["a control byte in the password", (i) => `user${i}:pass\x7fword`],
    ["a password of 129 bytes", (i) => `u${i}:` + "p".repeat(129)],
    ["a password of 2 bytes", (i) => `user${i}:pw`],
    ["a user of 65 bytes", (i) => `${i}`.padStart(65, "u") + ":password"],
    ["a space in the user", (i) => `us er${i}:password`],
    ["a byte past ASCII in the user", (i) => `us\x80er${i}:password`],
    ["no user", (i) => `:password${i}`],
  ];
  for (const [what, text] of nearMisses) {
    const runs = Array.from({ length: 1_100 }, (_, i) => btoa(text(i)).replace(/=+$/, ""));
    deepStrictEqual(masked(userPassword, "creds " + runs.join(" ")), [], what);
  }
  // A digit after whole groups of 4 (4n + 1 digits): no byte sequence ends there.
  const runs = Array.from(
    { length: 1_100 },
    (_, i) => btoa(`u${String(i).padStart(5, "0")}:password`) + "A",
  );
  deepStrictEqual(masked(userPassword, "creds " + runs.join(" ")), [], "4n + 1 digits");
});

Deno.test("the base64 decoder refuses a character past ASCII wherever it stands", () => {
  const value = btoa("alice:password");
  for (const foreign of ["\x80", "é", "\u0100", "€"]) {
    for (let at = 0; at <= value.length; at++) {
      const text = value.slice(0, at) + foreign + value.slice(at);
      deepStrictEqual(decodeBase64Printable(text), null, JSON.stringify(text));
    }
  }
});
