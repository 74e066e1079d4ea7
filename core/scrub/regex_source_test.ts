import { strictEqual } from "@node/assert";
import { hasTopLevelBar } from "./regex_source.ts";

Deno.test("hasTopLevelBar: a | outside every group and class, not one inside, escaped or in a class", () => {
  strictEqual(hasTopLevelBar("ab|cd"), true);
  strictEqual(hasTopLevelBar("(?:a|b)c"), false);
  strictEqual(hasTopLevelBar("a[|]b"), false);
  strictEqual(hasTopLevelBar("a\\|b"), false);
  strictEqual(hasTopLevelBar("[\\]|]x"), false);
  strictEqual(hasTopLevelBar("(a)|b"), true);
  strictEqual(hasTopLevelBar("((a|b)|c)d"), false);
});
