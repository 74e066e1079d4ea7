import { deepStrictEqual, strictEqual } from "@node/assert";
import { hasTopLevelBar, topLevelAlternatives } from "./regex_source.ts";

Deno.test("hasTopLevelBar: a | outside every group and class, not one inside, escaped or in a class", () => {
  strictEqual(hasTopLevelBar("ab|cd"), true);
  strictEqual(hasTopLevelBar("(?:a|b)c"), false);
  strictEqual(hasTopLevelBar("a[|]b"), false);
  strictEqual(hasTopLevelBar("a\\|b"), false);
  strictEqual(hasTopLevelBar("[\\]|]x"), false);
  strictEqual(hasTopLevelBar("(a)|b"), true);
  strictEqual(hasTopLevelBar("((a|b)|c)d"), false);
});

Deno.test("topLevelAlternatives: the source cut at its top-level bars only", () => {
  deepStrictEqual(topLevelAlternatives("ab|cd"), ["ab", "cd"]);
  deepStrictEqual(topLevelAlternatives("(?:a|b)c|[|]x|\\|y|"), ["(?:a|b)c", "[|]x", "\\|y", ""]);
  deepStrictEqual(topLevelAlternatives("abc"), ["abc"]);
});
