import { strictEqual, throws } from "@node/assert";
import { checkFilter, MAX_FILTER_CHARS } from "./filter.ts";

Deno.test("checkFilter trims, treats blank as no filter, and refuses long or multi-line text", () => {
  strictEqual(checkFilter(undefined), undefined);
  strictEqual(checkFilter("   "), undefined);
  strictEqual(checkFilter("  502 "), "502");
  strictEqual(checkFilter("x".repeat(MAX_FILTER_CHARS)), "x".repeat(MAX_FILTER_CHARS));
  throws(() => checkFilter("x".repeat(MAX_FILTER_CHARS + 1)), /longer than 200 characters/);
  throws(() => checkFilter("a\nb"), /control characters/);
  throws(() => checkFilter("a\u007fb"), /control characters/);
});
