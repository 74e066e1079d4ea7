/**
 * keyStartBefore (./syntax.ts): where a key name ending at a place starts, read back over key
 * characters (isKeyChar) up to a bound, as the reader (./assignments.ts) and keyBefore read it:
 * the same place as a reading of one character at a time, on seeded random text of key
 * characters, separators and letters past ASCII, at every end and under bounds short and long.
 */
import { strictEqual } from "@node/assert";
import { isKeyChar, keyStartBefore } from "./syntax.ts";
import { seededRandom } from "../corpus/token_generator.ts";

/** The reading one character at a time, as isKeyChar says. */
function startByChars(line: string, end: number, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && isKeyChar(line.charCodeAt(start - 1))) start--;
  return start;
}

const CHARS = "abcXYZ019_.-_ =:\"'/\tñпé\u00a0\u2192";

Deno.test("keyStartBefore reads back as isKeyChar does, one character at a time", () => {
  const random = seededRandom(4_2026);
  for (let n = 0; n < 400; n++) {
    let line = "";
    const length = 1 + Math.floor(random() * 60);
    for (let i = 0; i < length; i++) {
      // Long runs of key characters now and then, so that the bound is met.
      line += random() < 0.8
        ? CHARS[Math.floor(random() * 15)]
        : CHARS[Math.floor(random() * CHARS.length)];
    }
    for (let end = 0; end <= line.length; end++) {
      for (const max of [1, 3, 8, 100, 200]) {
        strictEqual(
          keyStartBefore(line, end, max),
          startByChars(line, end, max),
          JSON.stringify({ line, end, max }),
        );
      }
    }
  }
});

Deno.test("keyStartBefore stops at the bound, at the line's start and at a character past ASCII", () => {
  strictEqual(keyStartBefore("x db_password", 13, 200), 2);
  strictEqual(keyStartBefore("db_password", 11, 200), 0);
  strictEqual(keyStartBefore("a".repeat(300), 300, 200), 100);
  strictEqual(keyStartBefore("contraseña_db", 13, 200), 9);
  strictEqual(keyStartBefore('"api.key-2": v', 10, 200), 1);
});
