/** The ASCII classes of core/char_codes.ts, on every code unit and past the text. */
import { strictEqual } from "@node/assert";
import { isAlnumCode, isDigitCode, isLetterCode } from "./char_codes.ts";

Deno.test("char codes: digits, letters and both, every code unit, none past the text", () => {
  for (let c = 0; c < 0x10000; c++) {
    const char = String.fromCharCode(c);
    const digit = /^[0-9]$/.test(char), letter = /^[A-Za-z]$/.test(char);
    strictEqual(isDigitCode(c), digit, `digit ${c}`);
    strictEqual(isLetterCode(c), letter, `letter ${c}`);
    strictEqual(isAlnumCode(c), digit || letter, `alnum ${c}`);
  }
  const past = "a".charCodeAt(1);
  strictEqual(isDigitCode(past) || isLetterCode(past) || isAlnumCode(past), false);
});
