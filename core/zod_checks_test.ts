/**
 * core/zod.ts's own size, bound, pattern and rewrite checks (maxLength, minLength, lte, gte,
 * nonnegative, regex, overwrite, trim), held against zod's (zod/mini's of the same names) on the
 * same schemas and values: the same values accepted, the same output, the same issues key for key
 * and in the same order (so the same messages), with every form of params our schemas give.
 */
import { deepStrictEqual, notStrictEqual, strictEqual } from "@node/assert";
import * as zod from "zod/mini";
import * as z from "./zod.ts";
import { seededRandom } from "./scrub/corpus/token_generator.ts";

type Check = z.core.$ZodCheck<unknown>;
/** A check kind as core/zod.ts writes it and as zod does, from the same arguments. */
type Kind = (api: typeof zod) => unknown;

/** What parsing `value` gives: JSON, so that the issues' keys are compared in order too. */
function outcome(schema: z.ZodMiniType, value: unknown): string {
  const result = schema.safeParse(value, { reportInput: true });
  return JSON.stringify(
    result.success ? { data: result.data ?? null } : { issues: result.error.issues },
    (_key, inner) => inner === undefined ? "(undefined)" : inner,
  );
}

/** The same schema built with core/zod.ts's checks and with zod's. */
function both(build: (api: typeof zod) => z.ZodMiniType): [z.ZodMiniType, z.ZodMiniType] {
  return [build(z as unknown as typeof zod), build(zod)];
}

function assertSame(build: (api: typeof zod) => z.ZodMiniType, values: readonly unknown[]) {
  const [ours, theirs] = both(build);
  for (const value of values) {
    strictEqual(outcome(ours, value), outcome(theirs, value), `${build} on ${String(value)}`);
  }
}

/** Text of `length` characters, some of them astral (a surrogate pair) or a lone surrogate. */
function text(random: () => number, length: number): string {
  const pieces = ["a", " ", "é", "😀", "\ud83d", "\ude00", "\t", "Z"];
  let out = "";
  for (let i = 0; i < length; i++) out += pieces[Math.floor(random() * pieces.length)];
  return out;
}

const random = seededRandom(0x2ed);
const TEXTS = [
  "",
  " ",
  "  a  ",
  "😀",
  "😀😀",
  "a😀",
  "\ud83d",
  ...Array.from({ length: 120 }, () => text(random, Math.floor(random() * 9))),
];
const NOT_TEXT = [
  undefined,
  null,
  0,
  3,
  -1,
  1.5,
  NaN,
  true,
  [],
  ["a", "b", "c"],
  { length: 2 },
  {},
];
const NUMBERS = [
  0,
  -0,
  -1,
  1,
  2,
  2.5,
  3,
  4,
  5000,
  5001,
  1e12,
  Infinity,
  -Infinity,
  NaN,
  ...Array
    .from({ length: 60 }, () => Math.round((random() - 0.3) * 100) / 10),
];
const LISTS = [
  [],
  [1],
  [1, 2],
  [1, 2, 3],
  ["😀"],
  ...Array.from(
    { length: 20 },
    () => Array.from({ length: Math.floor(random() * 5) }, () => random()),
  ),
];

/** Every form of params our schemas give a check. */
const PARAMS: readonly unknown[] = [
  undefined,
  "must be something else",
  { error: "must be short" },
  { message: "is not right" },
  { abort: true },
  { error: (issue: { code: string }) => `worded for ${issue.code}` },
];

Deno.test("core/zod.ts's checks are its own, not zod's (which are in no bundle)", () => {
  for (const name of ["maxLength", "minLength", "lte", "gte", "nonnegative", "regex", "trim"]) {
    notStrictEqual(
      (z as unknown as Record<string, unknown>)[name],
      (zod as unknown as Record<string, unknown>)[name],
      name,
    );
  }
});

Deno.test("size checks: text by code points, lists by items, each form of params, as zod's", () => {
  const sizes: Kind[] = [(api) => api.maxLength, (api) => api.minLength];
  for (const kind of sizes) {
    for (const bound of [0, 1, 2, 3, 5]) {
      for (const params of PARAMS) {
        const check = (api: typeof zod) =>
          (kind(api) as (n: number, p: unknown) => Check)(bound, params);
        assertSame((api) => api.string().check(check(api)), [...TEXTS, ...NOT_TEXT]);
        assertSame((api) => api.array(api.unknown()).check(check(api)), [...LISTS, ...NOT_TEXT]);
        // A size check runs on any value with a length, after an earlier issue too.
        assertSame(
          (api) => api.unknown().check(api.refine(() => false, "refused"), check(api)),
          [...TEXTS.slice(0, 20), ...NOT_TEXT, ...LISTS],
        );
      }
    }
  }
});

Deno.test("bounds on numbers: lte, gte and nonnegative, each form of params, as zod's", () => {
  for (const bound of [-1, 0, 1, 2.5, 5000, 1e12]) {
    for (const params of PARAMS) {
      assertSame((api) => api.number().check(api.lte(bound, params as string)), NUMBERS);
      assertSame((api) => api.number().check(api.gte(bound, params as string)), NUMBERS);
      assertSame(
        (api) => api.number().check(api.gte(bound, params as string), api.lte(bound + 2)),
        [...NUMBERS, ...NOT_TEXT],
      );
    }
  }
  for (const params of PARAMS) {
    assertSame((api) => api.number().check(api.nonnegative(params as string)), NUMBERS);
  }
  // Not a number: no bound checked, as the type failed; on unknown, compared as JS compares.
  assertSame((api) => api.unknown().check(api.gte(1), api.lte(3)), [...NOT_TEXT, "2", "9"]);
});

Deno.test("regex: from the start each time (a global pattern too), each form of params, as zod's", () => {
  for (const pattern of [/^[a-z]+$/, /😀/u, /a/g, /^$/, /\s/y]) {
    for (const params of PARAMS) {
      assertSame(
        (api) => api.string().check(api.regex(pattern, params as string)),
        [...TEXTS, ...NOT_TEXT, "abc", "abc", "xa", "xa"],
      );
    }
  }
});

Deno.test("rewrites: trim and overwrite, then the next checks on what they wrote, as zod's", () => {
  assertSame((api) => api.string().check(api.trim()), [...TEXTS, ...NOT_TEXT]);
  assertSame(
    (api) => api.string().check(api.trim(), api.minLength(1), api.maxLength(3)),
    [...TEXTS, ...NOT_TEXT],
  );
  assertSame(
    (api) =>
      api.optional(
        api.string().check(
          api.trim(),
          api.maxLength(4),
          api.overwrite((value: string) => (value || undefined) as string),
        ),
      ),
    [...TEXTS, ...NOT_TEXT],
  );
  // A failed check (that does not abort) lets a rewrite after it run; one that aborts does not.
  for (const params of PARAMS) {
    assertSame(
      (api) =>
        api.string().check(
          api.minLength(2, params as string),
          api.overwrite((value: string) => `${value}!`),
          api.regex(/!$/),
        ),
      [...TEXTS, ...NOT_TEXT],
    );
  }
});

Deno.test("in an object: each issue's path and message as zod's, the first of each field first", () => {
  const build = (api: typeof zod) =>
    api.object({
      service: api.string().check(api.trim(), api.minLength(1), api.maxLength(8)),
      lines: api.optional(
        api.number({ error: "must be a whole number from 1 to 50" }).check(
          api.gte(1, { error: "must be a whole number from 1 to 50" }),
          api.lte(50, { error: "must be a whole number from 1 to 50" }),
        ),
      ),
      ids: api.array(api.string().check(api.regex(/^U[A-Z0-9]{2,}$/, "must be a user id")))
        .check(api.maxLength(2)),
      times: api.array(api.number().check(api.nonnegative())).check(api.minLength(1)),
    });
  const values: unknown[] = [];
  for (let i = 0; i < 200; i++) {
    values.push({
      service: TEXTS[Math.floor(random() * TEXTS.length)],
      lines: NUMBERS[Math.floor(random() * NUMBERS.length)],
      ids: Array.from({ length: Math.floor(random() * 4) }, () => random() < 0.5 ? "U0AB" : "u1"),
      times: Array.from({ length: Math.floor(random() * 3) }, () => random() * 4 - 1),
    });
  }
  assertSame(build, [...values, ...NOT_TEXT]);
  // The messages themselves, as core/zod.ts words zod's issues.
  const [ours] = both(build);
  const issues = (value: unknown) =>
    ours.safeParse(value).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
  deepStrictEqual(issues({ service: "  ", lines: 0, ids: ["U0AB", "x"], times: [] }), [
    ["service", "Too small: at least 1 characters"],
    ["lines", "must be a whole number from 1 to 50"],
    ["ids.1", "must be a user id"],
    ["times", "Too small: at least 1 items"],
  ]);
  // A list longer than its maximum: that alone, its items unread (next test).
  deepStrictEqual(issues({ service: "api", lines: 51, ids: ["x", "y", "z"], times: [-1] }), [
    ["lines", "must be a whole number from 1 to 50"],
    ["ids", "Too big: at most 2 items"],
    ["times.0", "Too small: at least 0"],
  ]);
});

Deno.test("a list longer than its leading maximum is refused before any item is read, as by zod", () => {
  for (const api of [z as unknown as typeof zod, zod]) {
    let read = 0;
    const item = api.string().check(api.refine(() => ++read > 0));
    const list = api.array(item).check(api.minLength(1), api.maxLength(10_000));
    strictEqual(list.safeParse(Array(10_001).fill("line")).success, false);
    strictEqual(read, 0, "no item read");
    strictEqual(list.safeParse(Array(10_000).fill("line")).success, true);
    strictEqual(read, 10_000);
  }
});

Deno.test("addIssue in a check raises what a superRefine's ctx.addIssue raises, and the next checks run", () => {
  type Issue = { message: string; params?: Record<string, unknown>; path?: PropertyKey[] };
  const cases: Issue[][] = [
    [],
    [{ message: "fewer patterns found than listed" }],
    [{ message: "is not a window", params: { worded: true } }],
    [{ message: "go together", path: ["lines_read"] }, {
      message: "same fetch",
      path: ["insights"],
    }],
  ];
  // zod writes the path of an issue into the array given (as our schemas give a new one each time).
  const fresh = (issue: Issue): Issue => issue.path ? { ...issue, path: [...issue.path] } : issue;
  for (const issues of cases) {
    const ours = z.object({ a: z.string() }).check(
      z.check((payload) => {
        for (const issue of issues) z.addIssue(payload, fresh(issue));
      }),
      z.refine(() => false, "a later check"),
    );
    const theirs = z.object({ a: z.string() }).check(
      z.superRefine((_value, ctx) => {
        for (const issue of issues) ctx.addIssue({ code: "custom", ...fresh(issue) });
      }),
      z.refine(() => false, "a later check"),
    );
    for (const value of [{ a: "x" }, { a: 1 }, null]) {
      strictEqual(
        outcome(z.object({ in: ours }), { in: value }),
        outcome(z.object({ in: theirs }), { in: value }),
      );
    }
  }
});
