import { strictEqual } from "@node/assert";
import { regex } from "./regex.ts";

Deno.test("regex builds the pattern new RegExp builds, with its flags or none", () => {
  const built = regex("(?<secret>\\d{3})-\\d", "dg");
  strictEqual(built.source, "(?<secret>\\d{3})-\\d");
  strictEqual(built.flags, "dg");
  strictEqual(regex("a.b").flags, "");
  strictEqual(regex("a.b", "i").test("A-B"), true);
});
