/**
 * A value of letters only under a key named `…_key`, `auth` or `creds` is a secret when it reads
 * as random letters: 20 letters or more, the case switching at least once in every four, and
 * under a third of them vowels. Generated at every bound: lengths 16 to 26, every count of case
 * switches and of vowels, each value read after its key.
 */
import { strictEqual } from "@node/assert";
import { matchDetector } from "../match.ts";
import { detectors } from "./generic_credentials.ts";

const detector = detectors.find((d) => d.id === "key-assignment-high-entropy")!;
const CONSONANTS = "bcdfghjklmnpqrstvwxz";
const VOWELS = "aeiou";

/** `length` letters with `switches` changes of case and `vowels` vowels, spread evenly. */
function letters(length: number, switches: number, vowels: number, startUpper = false): string {
  const switchAt = new Set(
    Array.from({ length: switches }, (_, k) => 1 + Math.floor((k * (length - 1)) / switches)),
  );
  const vowelAt = new Set(
    Array.from({ length: vowels }, (_, k) => Math.floor((k * length) / vowels)),
  );
  let upper = startUpper, out = "";
  for (let i = 0; i < length; i++) {
    if (switchAt.has(i)) upper = !upper;
    const c = vowelAt.has(i) ? VOWELS[i % VOWELS.length] : CONSONANTS[i % CONSONANTS.length];
    out += upper ? c.toUpperCase() : c;
  }
  return out;
}

const caseSwitches = (value: string) => {
  let n = 0;
  for (let i = 1; i < value.length; i++) {
    if (/[A-Z]/.test(value[i]) !== /[A-Z]/.test(value[i - 1])) n++;
  }
  return n;
};

Deno.test("letters only under a key name: masked when random by length, case switches and vowels", () => {
  let masked = 0, left = 0;
  for (let length = 16; length <= 26; length++) {
    for (let switches = 0; switches < length; switches++) {
      for (let vowels = 0; vowels <= Math.ceil(length / 2); vowels++) {
        // Starting and ending in either case: a case switch is between two letters of the value.
        const value = letters(length, switches, vowels, (length + switches + vowels) % 2 === 0);
        strictEqual(caseSwitches(value), switches, value);
        strictEqual(value.replace(/[^aeiou]/gi, "").length, vowels, value);
        const random = length >= 20 && switches * 4 >= length && vowels * 3 < length;
        const line = `ibm_cloud_key: ${value}`;
        const found = matchDetector(detector, line).some((s) =>
          line.slice(s.start, s.end) === value
        );
        strictEqual(found, random, `${value}: ${switches} switches, ${vowels} vowels`);
        if (found) masked++;
        else left++;
      }
    }
  }
  strictEqual(masked > 200 && left > 200, true, `${masked} masked, ${left} left`);
});

Deno.test("a letter value with a non-letter in it is not read as random letters", () => {
  // Random by case and vowels, but for one character: a digit makes it letters and digits
  // (masked), a dot or a dash leaves a name (`Module.Name`, `kebab-name`) that is no secret.
  const value = letters(24, 12, 4);
  const at = (c: string) => `ibm_cloud_key: ${value.slice(0, 12)}${c}${value.slice(13)}`;
  const found = (line: string) => matchDetector(detector, line).length > 0;
  strictEqual(found(at("7")), true, "a digit");
  strictEqual(found(at("-")), false, "a dash");
  strictEqual(found(`ibm_cloud_key: -${value}`), false, "a dash before");
  strictEqual(found(`ibm_cloud_key: ${value}-`), false, "a dash after");
  // Z is the last capital: every Z between small letters is a switch of case.
  const zs = [...CONSONANTS].map((c) => `Z${c}`).join("");
  strictEqual(found(`ibm_cloud_key: ${zs}`), true, zs);
});
