/**
 * The shared input schemas read a blank field as none, keep what is given otherwise, and refuse in
 * the words of the check that refuses (functions/input_errors.ts makes sentences of them).
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import * as z from "../core/zod.ts";
import { checkFilter } from "../core/sources/filter.ts";
import { blankAsNone, blankOrOneOf, filterText, optionalText, WORDED } from "./input_schemas.ts";
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
