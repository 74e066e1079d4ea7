import { deepStrictEqual } from "@node/assert";
import { within } from "./windowed_match.ts";

Deno.test("within is the reach written as an object, with an anchor only when one is given", () => {
  deepStrictEqual(within(64, 19), { before: 64, after: 19 });
  deepStrictEqual(Object.keys(within(0, 56)), ["before", "after"]);
  const anchor = /@/g;
  const anchored = within(31, 0, anchor);
  deepStrictEqual(anchored, { before: 31, after: 0, anchor });
  deepStrictEqual(Object.keys(anchored), ["before", "after", "anchor"]);
});
