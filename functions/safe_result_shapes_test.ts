/**
 * withSafeResult on every shape a handler can return: no outputs, outputs that are not an
 * object, an error that is not text, lists inside lists, and a grown value anywhere in a list;
 * hostile text is inert wherever it sits, and nothing a handler returns is lost or thrown.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { INTERNAL_ERROR, OUTPUT_TOO_LARGE, withSafeResult } from "./safe_result.ts";
import type { FunctionContext, FunctionResult } from "../slack/function_context.ts";
import { MAX_STRING_VALUE_BYTES } from "../slack/limits.ts";

const ctx: FunctionContext<unknown> = {
  inputs: {},
  env: {},
  token: "xoxb-test",
  team_id: "T1",
  enterprise_id: "",
};

const run = (result: unknown) =>
  withSafeResult(() => Promise.resolve(result as FunctionResult<Record<string, unknown>>))(ctx);

Deno.test("safe result: no outputs, or outputs that are not an object, pass as they are", async () => {
  for (const outputs of [undefined, null, "x", 7]) {
    deepStrictEqual(await run({ outputs }), { outputs }, String(outputs));
  }
  deepStrictEqual(await run({ outputs: {} }), { outputs: {} });
});

Deno.test("safe result: an error that is not text is the fixed internal sentence", async () => {
  for (const error of [42, { message: "<!channel> xoxb-1-secret" }, ["<!here>"], null]) {
    deepStrictEqual(await run({ error }), { error: INTERNAL_ERROR }, JSON.stringify(error));
  }
  deepStrictEqual(await run({ error: "" }), { error: "" });
});

Deno.test("safe result: hostile text is escaped at any depth of lists, other values kept", async () => {
  const hostile = "<!channel> <@U0123ABCD> a&b";
  const escaped = "&lt;!channel&gt; &lt;@U0123ABCD&gt; a&amp;b";
  const { outputs } = await run({
    outputs: { nested: [[hostile, 1], [[hostile]], null, true], empty: [], zero: 0 },
  });
  deepStrictEqual(outputs, {
    nested: [[escaped, 1], [[escaped]], null, true],
    empty: [],
    zero: 0,
  });
});

Deno.test("safe result: a value grown past Slack's limit anywhere in a list refuses the whole result", async () => {
  const grows = "<".repeat(MAX_STRING_VALUE_BYTES / 4 + 1);
  for (const outputs of [{ a: [grows] }, { a: ["ok", ["ok", grows]] }, { ok: "fine", b: grows }]) {
    deepStrictEqual(await run({ outputs }), { error: OUTPUT_TOO_LARGE });
  }
  const fits = "é".repeat(MAX_STRING_VALUE_BYTES / 2);
  const kept = await run({ outputs: { a: [fits] } });
  strictEqual((kept.outputs as { a: string[] }).a[0], fits, "counted in bytes, to the limit");
  const over = "é".repeat(MAX_STRING_VALUE_BYTES / 2) + "e";
  deepStrictEqual(await run({ outputs: { a: over } }), { error: OUTPUT_TOO_LARGE });
  ok(OUTPUT_TOO_LARGE.includes(`${MAX_STRING_VALUE_BYTES} bytes`));
});
