import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import * as z from "zod";
import { FetchLogsFunction } from "./fetch_logs/definition.ts";
import { PostDebugReportFunction } from "./post_debug_report/definition.ts";
import { ScrubTextFunction } from "./scrub_text/definition.ts";
import { describeInputError } from "./input_errors.ts";
import { STEPS } from "./step_titles.ts";
import {
  environmentName,
  filterText,
  optionalText,
  serviceName,
  wholeNumber,
  windowText,
} from "./input_schemas.ts";

const SECRET = "ghp_R8kLm2Xq9TzW4vB7nC1sD5fG3hJ6kL0pQ2wE";

/** fetch_logs' kind of inputs, built from the shared schemas. */
const FormSchema = z.object({
  service: serviceName,
  environment: environmentName,
  window: windowText,
  filter: filterText,
  max_lines: z.optional(wholeNumber(1, 5000)),
  source: optionalText(64),
  delivery: z.enum(["ephemeral", "channel"]).optional(),
});
const good = { service: "checkout", environment: "production", window: "15m" };

/** The sentence for `inputs`, checked to hold neither the secret nor zod's own wording. */
function refusal(schema: z.ZodType, inputs: unknown, functionId = "fetch_logs"): string {
  const parsed = schema.safeParse(inputs);
  if (parsed.success) throw new Error(`${JSON.stringify(inputs)} was accepted`);
  const text = describeInputError(STEPS[functionId], parsed.error);
  ok(!text.includes(SECRET), `the value is echoed: ${text}`);
  ok(!/Too (big|small)|Invalid|expected|received|[<>]=/.test(text), `zod's wording: ${text}`);
  return text;
}

Deno.test("the input and step names are the titles the definitions give them", () => {
  for (const fn of [FetchLogsFunction, PostDebugReportFunction, ScrubTextFunction]) {
    const { callback_id, title, input_parameters } = fn.definition;
    strictEqual(STEPS[callback_id].title, title, callback_id);
    deepStrictEqual(
      STEPS[callback_id].inputs,
      Object.fromEntries(
        Object.entries(input_parameters?.properties ?? {}).map(([input, parameter]) => [
          input,
          (parameter as { title?: string }).title,
        ]),
      ),
      callback_id,
    );
  }
});

Deno.test("missing or empty choices are asked for by name", () => {
  strictEqual(
    refusal(FormSchema, {}),
    "Choose a service. Choose an environment. Give a time window, e.g. 15m or 2h.",
  );
  strictEqual(refusal(FormSchema, { ...good, service: "   " }), "Choose a service.");
  strictEqual(refusal(FormSchema, { ...good, environment: 42 }), "Choose an environment.");
});

Deno.test("a filter that is too long or holds control characters says so in core's words", () => {
  const long = refusal(FormSchema, { ...good, filter: `${SECRET} ${"x".repeat(200)}` });
  strictEqual(long, "The filter is longer than 200 characters: shorten it.");
  const lines = refusal(FormSchema, { ...good, filter: `${SECRET}\nsecond` });
  ok(/^The filter contains control characters \(line breaks, tabs\): remove them\.$/.test(lines));
  strictEqual(FormSchema.parse({ ...good, filter: "  timeout " }).filter, "timeout");
  strictEqual(FormSchema.parse({ ...good, filter: "  " }).filter, undefined);
});

Deno.test("a text limit of zod's own is worded with the input's name and the limit", () => {
  const schema = z.object({ filter: z.string().max(200), source: optionalText(64) });
  strictEqual(
    refusal(schema, { filter: SECRET.repeat(6), source: SECRET.repeat(2) }),
    "The filter is too long: at most 200 characters. Shorten it. " +
      "The log source is too long: at most 64 characters. Shorten it.",
  );
});

Deno.test("the line limit gives its whole range, whatever is wrong with it", () => {
  for (const max_lines of [0, 5001, 2.5, -1, "100", Number.NaN]) {
    strictEqual(
      refusal(FormSchema, { ...good, max_lines }),
      "The line limit must be a whole number from 1 to 5000.",
      String(max_lines),
    );
  }
  const plain = z.object({ max_lines: z.number().int().min(1).max(5000) });
  strictEqual(refusal(plain, { max_lines: 0 }), "The line limit must be at least 1.");
  strictEqual(refusal(plain, { max_lines: 9000 }), "The line limit must be at most 5000.");
  strictEqual(refusal(plain, { max_lines: 1.5 }), "The line limit must be a whole number.");
});

Deno.test("a time window's problem is said in core/sources/window.ts's words", () => {
  const negative = refusal(FormSchema, { ...good, window: "-5h" });
  ok(/^The time window cannot be negative/.test(negative), negative);
  const unit = refusal(FormSchema, { ...good, window: "5 weeks" });
  ok(/unit is not one Safe Debug knows/.test(unit) && !unit.includes("weeks"), unit);
  ok(/end is not after its start/.test(
    refusal(FormSchema, { ...good, window: "2026-11-29T11:00Z/2026-11-29T10:00Z" }),
  ));
  strictEqual(
    FormSchema.parse({ ...good, window: "2d" }).window,
    "2d",
    "the maximum is the source's",
  );
});

Deno.test("a choice outside the list names the choices, not the value", () => {
  strictEqual(
    refusal(FormSchema, { ...good, delivery: SECRET }),
    "The delivery must be “ephemeral” or “channel”.",
  );
  // No step's schema is a union (a blank choice is one enum with ""): a union's refusal is the
  // general wording, which names no value either.
  const union = z.object({ delivery: z.union([z.enum(["ephemeral", "channel"]), z.literal("")]) });
  strictEqual(
    refusal(union, { delivery: SECRET }),
    "The delivery is not in a form the step accepts.",
  );
});

Deno.test("inputs a workflow wires are named by title, and the step is named", () => {
  const schema = z.object({
    window_start: z.string().transform((text, ctx) => {
      ctx.addIssue({ code: "custom", message: "must be an ISO 8601 time like 2026-11-29T10:00Z" });
      return text;
    }),
    excerpt: z.array(z.string().max(10)).max(40),
    truncated: z.boolean(),
    channel_id: z.string().regex(/^C/, "must be a Slack channel id"),
  });
  const text = refusal(schema, {
    window_start: SECRET,
    excerpt: [SECRET],
    truncated: SECRET,
    channel_id: SECRET,
  }, "post_debug_report");
  strictEqual(
    text,
    "The “Window start” input must be an ISO 8601 time like 2026-11-29T10:00Z. " +
      "One item of the “Excerpt” input is too long: at most 10 characters. Shorten it. " +
      "The “Truncated” input must be true or false. One more input has a problem. " +
      "Check what the workflow gives the “Post a scrubbed debug report” step.",
  );
  strictEqual(
    refusal(schema, { excerpt: Array(41).fill("x"), channel_id: "C1" }, "post_debug_report"),
    "The “Window start” input is missing. " +
      "The “Excerpt” input has too many items: at most 40. The “Truncated” input is missing. " +
      "Check what the workflow gives the “Post a scrubbed debug report” step.",
  );
});

Deno.test("a schema's own clause reads as a sentence of its own", () => {
  const schema = z.object({ lines_read: z.number() }).superRefine((_, ctx) => {
    ctx.addIssue({
      code: "custom",
      message: "more lines match than were read",
      path: ["lines_read"],
    });
  });
  strictEqual(
    refusal(schema, { lines_read: 1 }, "post_debug_report"),
    "More lines match than were read (the “Lines read” input). " +
      "Check what the workflow gives the “Post a scrubbed debug report” step.",
  );
});

Deno.test("inputs that are not an object at all", () => {
  strictEqual(
    refusal(FormSchema, null, "scrub_text"),
    "The step's inputs could not be read. " +
      "Check what the workflow gives the “Scrub secrets and personal data” step.",
  );
});
