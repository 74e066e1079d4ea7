/**
 * The value checks under generated words: prose is two or more words of letters with single
 * spaces, a plain word is one capitalised or lower-case word or all capitals; the default
 * context window is 40 characters; base64 text decodes up to 8192 characters, padding only at
 * the end.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { decodeBase64Text, hasContextBefore, isPlainWord, isProse } from "./value_checks.ts";

const random = seededRandom(0x7a1);
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const word = (min = 1) => random.chars(min + random.int(6), LOWER + UPPER);

Deno.test("prose: two or more words of letters, single spaces, nothing else", () => {
  for (let k = 0; k < 300; k++) {
    const words = Array.from({ length: 1 + random.int(5) }, () => word());
    const text = words.join(" ");
    strictEqual(isProse(text), words.length >= 2, text);
    for (const extra of ["1", "-", "_", ".", "é"]) {
      const at = random.int(text.length + 1);
      ok(!isProse(text.slice(0, at) + extra + text.slice(at)), `${text} with ${extra}`);
    }
  }
  for (const text of ["a b", "I am", "x y z", "A B"]) ok(isProse(text), text);
  for (const text of ["a  b", " a b", "a b ", "ab", "9 lives", "a b1"]) ok(!isProse(text), text);
});

Deno.test("plain words: capitalised, lower-case or all capitals; one letter too", () => {
  for (let k = 0; k < 300; k++) {
    const lower = random.chars(1 + random.int(10), LOWER);
    ok(isPlainWord(lower), lower);
    ok(isPlainWord(lower[0].toUpperCase() + lower.slice(1)), lower);
    ok(isPlainWord(lower.toUpperCase()), lower.toUpperCase());
    if (lower.length >= 2) {
      const at = 1 + random.int(lower.length - 1);
      const mixed = lower[0] + lower.slice(1, at) + lower[at].toUpperCase() + lower.slice(at + 1);
      ok(!isPlainWord(mixed), mixed);
      ok(!isPlainWord(lower + "1"), lower + "1");
    }
  }
  for (const w of ["a", "A", "Ab", "AB", "ab"]) ok(isPlainWord(w), w);
  for (const w of ["", "aB", "A1", "1a", "a-b"]) ok(!isPlainWord(w), w);
});

Deno.test("context is read in the 40 characters before a value by default", () => {
  for (const gap of [0, 1, 35, 36]) {
    const line = `pin${" ".repeat(gap)}:1234`;
    ok(hasContextBefore(line, line.indexOf("1234"), /pin/), `gap ${gap}`);
  }
  for (const gap of [37, 38, 60]) {
    const line = `pin${" ".repeat(gap)}:1234`;
    ok(!hasContextBefore(line, line.indexOf("1234"), /pin/), `gap ${gap}`);
  }
});

Deno.test("base64 text: padding only at the end, one digit over a group refused, 8192 characters at most", () => {
  for (let k = 0; k < 200; k++) {
    const text = random.chars(1 + random.int(30), LOWER + UPPER + "0123456789 :=/");
    const b64 = btoa(text);
    strictEqual(decodeBase64Text(b64), text, b64);
    strictEqual(decodeBase64Text(b64.replace(/=+$/, "")), text, b64);
    const url = b64.replaceAll("+", "-").replaceAll("/", "_");
    strictEqual(decodeBase64Text(url), text, url);
  }
  strictEqual(decodeBase64Text("QUJD=QUJD"), null, "padding inside");
  strictEqual(decodeBase64Text("QQ=="), "A");
  strictEqual(decodeBase64Text("QQ="), "A");
  strictEqual(decodeBase64Text("QQ"), "A");
  strictEqual(decodeBase64Text("QUJDR"), null);
  strictEqual(decodeBase64Text("QUJDR==="), null);
  const long = btoa("a".repeat(6144)); // 8192 characters
  strictEqual(long.length, 8192);
  strictEqual(decodeBase64Text(long), "a".repeat(6144));
  strictEqual(decodeBase64Text(long + "QQ"), null, "8194 characters");
  strictEqual(decodeBase64Text(btoa("a".repeat(6144)) + "="), null, "8193 characters");
});
