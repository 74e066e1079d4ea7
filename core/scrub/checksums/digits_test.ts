import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { digitValues, repeatedDigit, weightedSum } from "./digits.ts";

Deno.test("repeatedDigit is true only for two or more of one digit", () => {
  for (const filler of ["00", "1111", "999999999"]) ok(repeatedDigit(filler), filler);
  for (const value of ["", "7", "1211", "123456789", "aa"]) ok(!repeatedDigit(value), value);
});

Deno.test("digitValues and weightedSum read digits as numbers", () => {
  deepStrictEqual(digitValues("907"), [9, 0, 7]);
  strictEqual(weightedSum([9, 0, 7, 5], [3, 2, 1]), 9 * 3 + 0 * 2 + 7 * 1);
});
