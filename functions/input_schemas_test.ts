/**
 * The shared input schemas read a blank field as none, keep what is given otherwise, and refuse in
 * the words of the check that refuses (functions/input_errors.ts makes sentences of them).
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import * as z from "../core/zod.ts";
import { checkFilter } from "../core/sources/filter.ts";
import { windowTextProblem } from "../core/sources/window.ts";
import { seededRandom } from "../core/scrub/corpus/token_generator.ts";
import {
  blankAsNone,
  blankOrOneOf,
  filterText,
  optionalText,
  windowText,
  WORDED,
} from "./input_schemas.ts";
import { channelId } from "./slack_ids.ts";

const parsed = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success
    ? { value: result.data }
    : { messages: result.error.issues.map((i) => i.message) };
};

Deno.test("input schemas: blank is none, text is kept (trimmed where the field trims)", () => {
  const text = optionalText(8);
  for (const blank of [undefined, "", "   "]) {
    deepStrictEqual(parsed(text, blank), { value: undefined });
  }
  deepStrictEqual(parsed(text, "  loki "), { value: "loki" });
  deepStrictEqual(parsed(text, "123456789").messages?.length, 1);
  deepStrictEqual(parsed(text, 5).messages?.length, 1);

  const delivery = blankOrOneOf(["ephemeral", "channel"]);
  for (const blank of [undefined, ""]) {
    deepStrictEqual(parsed(delivery, blank), { value: undefined });
  }
  deepStrictEqual(parsed(delivery, "channel"), { value: "channel" });
  deepStrictEqual(parsed(delivery, " channel").messages?.length, 1);

  const channel = blankAsNone(channelId);
  for (const blank of [undefined, ""]) {
    deepStrictEqual(parsed(channel, blank), { value: undefined });
  }
  deepStrictEqual(parsed(channel, "C05PRODDBG1"), { value: "C05PRODDBG1" });
  deepStrictEqual(parsed(channel, "#prod"), { messages: ["must be a Slack channel id"] });
  strictEqual(parsed(channel, 7).messages?.length, 1);

  for (const blank of [undefined, "", "  "]) {
    deepStrictEqual(parsed(filterText, blank), { value: undefined });
  }
  deepStrictEqual(parsed(filterText, "  timeout  "), { value: "timeout" });
  deepStrictEqual(parsed(filterText, "a\tb").messages?.length, 1);
  deepStrictEqual(parsed(filterText, "x".repeat(5000)).messages?.length, 1);
});

Deno.test("filter: the value is checkFilter's, and a refused filter is an issue in its words", () => {
  for (
    const text of ["  timeout  ", "\ttimeout\t", "timeout", " 502 Bad Gateway ", "x".repeat(200)]
  ) {
    deepStrictEqual(parsed(filterText, text), { value: checkFilter(text) }, JSON.stringify(text));
  }
  for (const blank of ["", " \t "]) {
    deepStrictEqual(parsed(filterText, blank), { value: undefined });
  }
  for (const refused of ["a\tb", "  timeout\n502 ", "x".repeat(201)]) {
    const result = filterText.safeParse(refused);
    strictEqual(result.success, false, JSON.stringify(refused));
    deepStrictEqual(
      result.error?.issues.map((issue) => ({
        code: issue.code,
        message: issue.message,
        params: issue.code === "custom" ? issue.params : undefined,
      })),
      [{ code: "custom", message: throwsWith(() => checkFilter(refused)), params: WORDED }],
    );
  }
});

/** The message `fn` throws with. */
function throwsWith(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("it did not throw");
}

/**
 * The schemas as they were written with zod's superRefine (ctx.addIssue), which the shared ones now
 * do with one check each: the same values, issues and order.
 */
const SUPER_REFINED = {
  channel: z.optional(
    z.string().check(
      z.superRefine((value, ctx) => {
        const checked = value === "" ? undefined : channelId.safeParse(value);
        for (const issue of checked?.error?.issues ?? []) {
          ctx.addIssue({ code: "custom", message: issue.message });
        }
      }),
      z.overwrite((value: string) => (value || undefined) as string),
    ),
  ),
  window: z.string().check(z.superRefine((text, ctx) => {
    const problem = windowTextProblem(text);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem, params: WORDED });
  })),
  filter: z.optional(
    z.string().check(
      z.superRefine((text, ctx) => {
        try {
          ctx.value = checkFilter(text) as string;
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message, params: WORDED });
        }
      }),
    ),
  ),
};

Deno.test("channel, window and filter refuse and keep what their superRefine forms did, issue for issue", () => {
  const random = seededRandom(0x1b5);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const piece = () =>
    pick(["C", "05", "PROD", "#", " ", "\t", "\n", "m", "h", "15", "2026-11-29T10:00Z", "/", "x"]);
  const texts = Array.from(
    { length: 400 },
    () => Array.from({ length: Math.floor(random() * 6) }, piece).join(""),
  );
  const values = [
    ...texts,
    undefined,
    null,
    5,
    "",
    "  ",
    "15m",
    "C05PRODDBG1",
    "x".repeat(201),
    "2026-11-29T10:00Z/2026-11-29T11:00Z",
  ];
  const shared = { channel: blankAsNone(channelId), window: windowText, filter: filterText };
  const outcome = (schema: z.ZodMiniType, value: unknown) => {
    // Inside an object, as the functions' inputs parse them: paths too.
    const result = z.object({ field: schema }).safeParse({ field: value });
    return JSON.stringify(result.success ? result.data : result.error.issues);
  };
  for (const name of ["channel", "window", "filter"] as const) {
    for (const value of values) {
      strictEqual(
        outcome(shared[name], value),
        outcome(SUPER_REFINED[name], value),
        `${name}: ${JSON.stringify(value)}`,
      );
    }
  }
});
