/**
 * base64-hidden credentials with generated values: user:password pairs at every length bound and
 * with every character class (inside the allowed ones and just outside), in the standard and
 * URL-safe alphabets, padded or not; secret assignments behind every secret word at each of the
 * three alignments base64 can put them in; and the decoder against the platform's atob.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { createScrubber } from "../mod.ts";
import { decodeBase64Printable, detectors } from "./encoded_credentials.ts";

const random = seededRandom(0xb64);
const userPassword = detectors.find((d) => d.id === "base64-user-password")!;
const USER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._@+-";
const PRINTABLE = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
  .join("");

const urlSafe = (b64: string) => b64.replaceAll("+", "-").replaceAll("/", "_");
const unpadded = (b64: string) => b64.replace(/=+$/, "");

/** The base64 spellings of `text`: standard or URL-safe, padded or not. */
function spellings(text: string): string[] {
  const b64 = btoa(text);
  return [...new Set([b64, unpadded(b64), urlSafe(b64), unpadded(urlSafe(b64))])];
}

/** Whether the detector reports exactly `value` on `line`. */
function found(line: string, value: string): boolean {
  const at = line.indexOf(value);
  return matchDetector(userPassword, line).some((s) =>
    s.start === at && s.end === at + value.length
  );
}

Deno.test("user:password in base64: every length bound of the user and the password", () => {
  const cases: [user: number, password: number, wanted: boolean][] = [
    [1, 3, true],
    [1, 2, false],
    [64, 3, true],
    [65, 3, false],
    [8, 128, true],
    [8, 129, false],
    [64, 128, true],
    [0, 12, false],
  ];
  for (const [userLength, passwordLength, wanted] of cases) {
    for (let k = 0; k < 6; k++) {
      const text = random.chars(userLength, USER_CHARS) + ":" +
        random.chars(passwordLength, PRINTABLE);
      if (text.length < 9) continue; // shorter than the 12 base64 digits a value needs
      for (const value of spellings(text)) {
        strictEqual(
          found(`creds ${value} ok`, value),
          wanted,
          `${JSON.stringify(text)} as ${value}`,
        );
      }
    }
  }
});

Deno.test("user:password in base64: each user character allowed, every other byte refused", () => {
  for (let code = 0; code < 256; code++) {
    const c = String.fromCharCode(code);
    if (c === ":") continue;
    const text = `svc${c}bot:Pa55word!`;
    const wanted = USER_CHARS.includes(c);
    for (const value of spellings(text)) {
      strictEqual(found(`userpass=${value}`, value), wanted, `user byte ${code}`);
    }
  }
});

Deno.test("user:password in base64: each printable password character allowed, every other byte refused", () => {
  for (let code = 0; code < 256; code++) {
    const c = String.fromCharCode(code);
    const text = `admin:S3c${c}r3t`;
    const wanted = code >= 0x21 && code <= 0x7e;
    for (const value of spellings(text)) {
      strictEqual(found(`encoded ${value} .`, value), wanted, `password byte ${code}`);
    }
  }
});

Deno.test("user:password in base64: generated pairs are found wherever the run stands on the line", () => {
  for (let k = 0; k < 300; k++) {
    const text = random.chars(1 + random.int(20), USER_CHARS) + ":" +
      random.chars(3 + random.int(40), PRINTABLE);
    if (text.length < 9) continue;
    const value = random.pick(spellings(text));
    const before = random.pick(["", "creds ", "x=", '"', "(", "creds: é"]);
    const after = random.pick(["", " ok", '"', ")", ",", "é"]);
    const line = `${before}${value}${after}${before === "" ? " creds" : ""}`;
    ok(found(line, value), `${JSON.stringify(text)} in ${line}`);
  }
});

const scrubber = createScrubber();
const SECRET_WORDS = [
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "token",
  "access_key",
  "api_key",
  "PASSWORD",
  "SECRET",
  "TOKEN",
];

Deno.test("base64 of a secret assignment is masked behind any text, at each of the three alignments", () => {
  for (const word of SECRET_WORDS) {
    for (let alignment = 0; alignment < 3; alignment++) {
      for (const before of ["", "x", "\u00ff", "user=admin ", '{"a":1,']) {
        for (const form of ["=", ": ", '":"']) {
          const lead = before + "q".repeat(alignment);
          const text = `${lead}${form === '":"' ? '"' : ""}${word}${form}Zq8mK2pLw7Rt`;
          for (const value of spellings(text)) {
            const line = `blob ${value} stored`;
            const out = scrubber.scrub(line).text;
            ok(!out.includes(value), `${JSON.stringify(text)} as ${value}: ${out}`);
          }
        }
      }
    }
  }
});

Deno.test("the base64 decoder: printable text and tabs or line breaks decode, control bytes and foreign characters refuse", () => {
  for (let k = 0; k < 2000; k++) {
    const length = random.int(40);
    const bytes = Array.from(
      { length },
      () => random.int(3) === 0 ? random.int(256) : 0x20 + random.int(0x5f),
    );
    const text = String.fromCharCode(...bytes);
    const printable = bytes.every((b) =>
      b >= 0x20 && b !== 0x7f || b === 0x09 || b === 0x0a || b === 0x0d
    );
    for (const value of spellings(text)) {
      strictEqual(decodeBase64Printable(value), printable ? text : null, value);
    }
  }
  for (let code = 0; code < 256; code++) {
    const text = `ab${String.fromCharCode(code)}`;
    const printable = code >= 0x20 && code !== 0x7f || code === 0x09 || code === 0x0a ||
      code === 0x0d;
    strictEqual(decodeBase64Printable(btoa(text)), printable ? text : null, `byte ${code}`);
  }
  strictEqual(decodeBase64Printable(""), "");
  strictEqual(decodeBase64Printable("=="), "");
  strictEqual(decodeBase64Printable("QUJD"), "ABC");
  strictEqual(decodeBase64Printable("QUJDR"), null, "one digit over a whole group");
  for (const bad of ["QU*D", "QUéD", "QU=D", "QU D", "QU\u0663D", "QU.D"]) {
    strictEqual(decodeBase64Printable(bad), null, bad);
  }
  // every digit of both alphabets, its value where it stands
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (const [extra, v62, v63] of [["+/", "+", "/"], ["-_", "-", "_"]]) {
    for (const [c, value] of [[v62, 62], [v63, 63]] as const) {
      const decoded = decodeBase64Printable(`Q${c}${alphabet[0]}${alphabet[0]}`);
      const expected = atob(`Q${c === "-" ? "+" : c === "_" ? "/" : c}AA`);
      const control = [...expected].some((ch) => ch.charCodeAt(0) < 0x20 && !"\t\n\r".includes(ch));
      strictEqual(decoded, control ? null : expected, `${extra} ${c} (${value})`);
    }
  }
  deepStrictEqual(decodeBase64Printable("Pz8_"), decodeBase64Printable("Pz8/"));
  deepStrictEqual(decodeBase64Printable("Pj4-"), decodeBase64Printable("Pj4+"));
});
