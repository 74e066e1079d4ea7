/**
 * The contract checks at their edges, so a drift between a definition and its schema cannot hide
 * behind them: every parameter type Slack passes, nullable and readonly wrappers, unions of kinds
 * (sorted, joined), nesting up to 16 wrappers and no deeper, an array without items, and every
 * side of a numeric range (its minimum, its maximum, one past each, a fraction between).
 */
import { deepStrictEqual, throws } from "@node/assert";
import * as z from "zod";
import { definitionKinds, schemaKinds, valueProblems } from "./contract_checks.ts";

Deno.test("contract kinds: every parameter type the app's functions use, required or not", () => {
  const types: [string, string][] = [
    ["string", "string"],
    ["integer", "number"],
    ["number", "number"],
    ["boolean", "boolean"],
    ["object", "object"],
    ["slack#/types/user_id", "string"],
    ["slack#/types/channel_id", "string"],
    ["slack#/types/timestamp", "number"],
    ["slack#/types/interactivity", "object"],
  ];
  const properties = Object.fromEntries(types.map(([type], i) => [`p${i}`, { type }]));
  const required = types.map((_, i) => `p${i}`).filter((_, i) => i % 2 === 0);
  deepStrictEqual(
    definitionKinds({ properties, required }),
    Object.fromEntries(types.map(([, kind], i) => [`p${i}`, kind + (i % 2 === 0 ? "" : "?")])),
  );
  deepStrictEqual(
    definitionKinds({ properties: { list: { type: "array", items: { type: "integer" } } } }),
    { list: "number[]?" },
  );
  throws(
    () => definitionKinds({ properties: { list: { type: "array" } } }),
    /list: an array parameter without items/,
  );
  deepStrictEqual(definitionKinds(undefined), {});
});

Deno.test("contract kinds: wrappers are seen through, unions sorted and joined, 16 levels deep at most", () => {
  deepStrictEqual(
    schemaKinds(z.object({
      a: z.string().nullable(),
      b: z.number().readonly(),
      c: z.union([z.string(), z.number(), z.string()]),
      d: z.enum(["x", "y"]),
      e: z.literal(3),
      f: z.string().prefault("x"),
    })),
    { a: "string", b: "number", c: "number|string", d: "string", e: "number", f: "string?" },
  );
  let deep: z.ZodType = z.string();
  for (let level = 1; level <= 17; level++) {
    deep = deep.nullable();
    const read = () => schemaKinds(z.object({ deep }));
    if (level <= 16) deepStrictEqual(read(), { deep: "string" }, `${level} wrappers`);
    else throws(read, /schema nested too deeply to compare/);
  }
});

Deno.test("contract values: both ends of a range, one past each and a fraction between are checked", () => {
  const range = { properties: { n: { type: "integer", minimum: 3, maximum: 9 } } };
  const accepts = (lo: number, hi: number, int = true) => {
    const base = z.number().min(lo).max(hi);
    return z.object({ n: (int ? base.int() : base).optional() });
  };
  deepStrictEqual(valueProblems(accepts(3, 9), range), []);
  deepStrictEqual(valueProblems(accepts(4, 9), range), ["n: refuses its minimum 3"]);
  deepStrictEqual(valueProblems(accepts(2, 9), range), ["n: accepts 2, below its minimum"]);
  deepStrictEqual(valueProblems(accepts(3, 8), range), ["n: refuses its maximum 9"]);
  deepStrictEqual(valueProblems(accepts(3, 10), range), ["n: accepts 10, past its maximum"]);
  deepStrictEqual(valueProblems(accepts(3, 9, false), range), [
    "n: accepts 6.5, not a whole number",
  ]);
  deepStrictEqual(
    valueProblems(z.object({ n: z.number().min(6).max(8) }), {
      properties: { n: { type: "integer", minimum: 6 } },
    }),
    ["n: accepts 7.5, not a whole number"],
  );
  deepStrictEqual(
    valueProblems(z.object({ n: z.number() }), { properties: { n: { type: "integer" } } }),
    ["n: accepts 1.5, not a whole number"],
  );
});

Deno.test("contract values: a parameter the schema lacks is left to the kinds check; a number parameter may take fractions", () => {
  deepStrictEqual(
    valueProblems(z.object({}), { properties: { n: { type: "integer", minimum: 1, maximum: 3 } } }),
    [],
  );
  deepStrictEqual(
    valueProblems(z.object({ n: z.number().min(1).max(9) }), {
      properties: { n: { type: "number", minimum: 1, maximum: 9 } },
    }),
    [],
  );
});
