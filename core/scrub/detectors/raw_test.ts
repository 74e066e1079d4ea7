import { strictEqual } from "@node/assert";
import { raw } from "./raw.ts";

Deno.test("raw keeps backslashes as written and fills in the values, as String.raw does", () => {
  const digits = String.raw`\d{3}`;
  strictEqual(raw`(?<![\w.])${digits}\.\s`, "(?<![\\w.])\\d{3}\\.\\s");
});
