/**
 * Each message core/zod.ts gives, one issue kind at a time (inclusive bounds, patterns, one
 * unknown key, record keys, what each size counts; the general wording for checks no schema of
 * ours uses), and the custom issue `refuse` raises in a transform.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import * as z from "./zod.ts";

function messages(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

Deno.test("zod messages: inclusive bounds, and what each size counts", () => {
  deepStrictEqual(messages(z.string().check(z.maxLength(3)), "abcd"), [
    "Too big: at most 3 characters",
  ]);
  deepStrictEqual(messages(z.array(z.string()).check(z.minLength(2)), ["a"]), [
    "Too small: at least 2 items",
  ]);
  deepStrictEqual(messages(z.number().check(z.lte(5)), 6), ["Too big: at most 5"]);
  deepStrictEqual(messages(z.number().check(z.gte(5)), 4), ["Too small: at least 5"]);
  deepStrictEqual(messages(z.number().check(z.int()), 2 ** 60), [
    `Too big: at most ${Number.MAX_SAFE_INTEGER}`,
  ]);
});

Deno.test("zod messages: types received, patterns, keys, and the checks no schema uses", () => {
  deepStrictEqual(messages(z.number(), NaN), ["Invalid input: expected number, received NaN"]);
  deepStrictEqual(messages(z.string(), [1]), ["Invalid input: expected string, received array"]);
  deepStrictEqual(messages(z.string(), 1), ["Invalid input: expected string, received number"]);
  deepStrictEqual(messages(z.string().check(z.regex(/^a$/)), "b"), [
    "Invalid text: must match /^a$/",
  ]);
  deepStrictEqual(messages(z.strictObject({}), { sensitve: true }), [
    'Unrecognized key: "sensitve"',
  ]);
  deepStrictEqual(messages(z.enum(["a"]), "b"), ['Invalid value: expected "a"']);
  deepStrictEqual(messages(z.literal(3), 4), ["Invalid value: expected 3"]);
  // Only text is quoted: a bigint or undefined is shown as written (JSON has neither).
  deepStrictEqual(messages(z.literal(5n), 4n), ["Invalid value: expected 5"]);
  deepStrictEqual(messages(z.literal(undefined), 1), ["Invalid value: expected undefined"]);
  deepStrictEqual(messages(z.record(z.string().check(z.regex(/^a/)), z.number()), { b: 1 }), [
    "Invalid key in this record",
  ]);
  // Checks none of our schemas uses get zod's general wording.
  deepStrictEqual(messages(z.string().check(z.email()), "nope"), ["Invalid input"]);
  deepStrictEqual(messages(z.number().check(z.multipleOf(5)), 7), ["Invalid input"]);
  deepStrictEqual(messages(z.array(z.string()).check(z.length(2)), ["a"]), ["Invalid input"]);
  deepStrictEqual(messages(z.number().check(z.lt(5)), 5), ["Invalid input"]);
});

Deno.test("zod: refuse raises a custom issue worded as given, with its params when given", () => {
  const refusing = (params?: Record<string, unknown>) =>
    z.pipe(z.string(), z.transform((_value, payload) => z.refuse(payload, "no good", params)));
  const issue = (params?: Record<string, unknown>) => {
    const result = refusing(params).safeParse("x", { reportInput: true });
    strictEqual(result.success, false);
    return JSON.parse(JSON.stringify(result.error!.issues[0]));
  };
  deepStrictEqual(issue(), { code: "custom", message: "no good", input: "x", path: [] });
  // Without params, the issue has no params key at all (not one set to undefined).
  const bare = refusing().safeParse("x");
  deepStrictEqual(Object.keys(bare.error!.issues[0]), ["code", "message", "path"]);
  deepStrictEqual(issue({ field: "url" }), {
    code: "custom",
    message: "no good",
    input: "x",
    params: { field: "url" },
    path: [],
  });
});
