/**
 * Where the words a secret-named key ends in end on a line (keyWordEnds), for Bundler's
 * `BUNDLE_…` names: at the line's start or after a character that is no part of a name (the
 * character is read, and only the end is kept), and nowhere inside a name; read up to 200
 * characters after `bundle_`, the search going on from there.
 */
import { deepStrictEqual } from "@node/assert";
import { keyWordEnds } from "./assignments.ts";

const NAME = "BUNDLE_GEMS__EXAMPLE__COM";

Deno.test("a Bundler name ends where it does after any character that is no part of a name", () => {
  const before = ["", " ", "\t", '"', "'", "=", ":", ",", "(", "{", "/", "\u00e9", "\u00a0", "\r"];
  const wrong = before.flatMap((b) => {
    const line = `${b}${NAME}=u:p`;
    const ends = keyWordEnds(line);
    return ends.length === 1 && ends[0] === b.length + NAME.length ? [] : [[line, ends]];
  });
  deepStrictEqual(wrong, []);
  // A key's value may be one: `api_key=BUNDLE_…` ends at both.
  deepStrictEqual(keyWordEnds(`api_key=${NAME} x`), [7, 8 + NAME.length]);
});

Deno.test("a Bundler name inside a longer name, or after a dot or a dash, is none", () => {
  for (const b of ["x", "1", "_", ".", "-", "X"]) {
    deepStrictEqual(keyWordEnds(`${b}${NAME}=u:p`), [], b);
  }
});

Deno.test("a Bundler name is read 200 characters past bundle_, and the search goes on there", () => {
  const long = `bundle_${"a".repeat(200)}`;
  deepStrictEqual(keyWordEnds(`${long}key=1`), [207, 210]);
  deepStrictEqual(keyWordEnds(`${long}xkey=1`), [207, 211]);
  deepStrictEqual(keyWordEnds(` bundle_${"a".repeat(198)}token=1`), [208]);
});
