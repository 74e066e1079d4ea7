/**
 * The messages core/zod.ts gives zod's issues: short and plain after a field's path in configs and
 * policies, and shaped as functions/input_errors.ts reads them (a capital first letter for zod's
 * own wording; "received undefined" for a value that is not there).
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import * as z from "./zod.ts";

function messages(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

Deno.test("zod's issues in plain words: types, sizes, choices, patterns, unknown keys", () => {
  const schema = z.strictObject({
    name: z.string().check(z.maxLength(3)),
    hosts: z.array(z.string()).check(z.minLength(2)),
    mode: z.enum(["params", "literals"]),
    kind: z.literal("loki"),
    budget: z.number().check(z.int(), z.lte(8000)),
    env: z.string().check(z.regex(/^[A-Z]+$/)),
  });
  deepStrictEqual(
    messages(schema, { name: "abcd", hosts: ["a"], mode: "x", kind: "es", budget: 9000, env: "a" }),
    [
      "Too big: at most 3 characters",
      "Too small: at least 2 items",
      'Invalid value: expected one of "params", "literals"',
      'Invalid value: expected "loki"',
      "Too big: at most 8000",
      "Invalid text: must match /^[A-Z]+$/",
    ],
  );
  deepStrictEqual(messages(schema, { name: 1, hosts: null, mode: "params", kind: "loki" }), [
    "Invalid input: expected string, received number",
    "Invalid input: expected array, received null",
    "Invalid input: expected number, received undefined",
    "Invalid input: expected string, received undefined",
  ]);
  deepStrictEqual(
    messages(z.strictObject({}), { sensitve: true, $comment: "x" }),
    ['Unrecognized keys: "sensitve", "$comment"'],
  );
  // A strict bound is none of our schemas': zod's general wording, never a bound's misworded.
  deepStrictEqual(messages(z.number().check(z.gt(0)), 0), ["Invalid input"]);
  deepStrictEqual(messages(z.union([z.string(), z.number()]), true), ["Invalid input"]);
});

Deno.test("every zod message starts with a capital letter, which input errors read as zod's own", () => {
  for (const message of messages(z.object({ a: z.string(), b: z.enum(["x"]) }), {})) {
    strictEqual(/^[A-Z]/.test(message), true, message);
  }
});

Deno.test("integer() accepts and refuses the numbers z.int() does, in its own words", () => {
  const numbers = [0, -5, 7, 1.5, -0.25, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, -(2 ** 53), 1e300];
  const int = z.number().check(z.int());
  const ours = z.number().check(z.integer("must be a whole number"));
  deepStrictEqual(
    numbers.map((n) => ours.safeParse(n).success),
    numbers.map((n) => int.safeParse(n).success),
  );
  deepStrictEqual(messages(ours, 1.5), ["must be a whole number"]);
  deepStrictEqual(messages(z.number().check(z.integer()), 2 ** 53), ["Invalid input"]);
});
