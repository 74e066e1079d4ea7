/**
 * What a person reads when a step's inputs are refused, for every kind of problem zod reports:
 * each input by its form title, what is wrong and what to do, at most three problems described
 * and the rest counted, the step named when a workflow wires the input, and never a value.
 * Issues are generated as zod reports them (the fields describeInputError reads).
 */
import { ok, strictEqual } from "@node/assert";
import type * as z from "../core/zod.ts";
import { describeInputError } from "./input_errors.ts";
import { STEPS } from "./step_titles.ts";

type Issue = Record<string, unknown> & { code: string; path: PropertyKey[]; message: string };

const ZOD_MESSAGE = "Invalid input";

function said(issues: Issue[], functionId = "fetch_logs"): string {
  return describeInputError(STEPS[functionId], { issues } as unknown as z.core.$ZodError);
}

const issue = (path: PropertyKey[], code: string, extra: Record<string, unknown> = {}): Issue => ({
  code,
  path,
  message: ZOD_MESSAGE,
  ...extra,
});

Deno.test("input errors: three problems are described, the rest counted in words", () => {
  const inputs = ["service", "environment", "window", "delivery", "channel_id"];
  const missing = (name: string) =>
    issue([name], "invalid_type", {
      expected: "string",
      message: "expected string, received undefined",
    });
  for (let count = 1; count <= inputs.length; count++) {
    const text = said(inputs.slice(0, count).map((name) => ({ ...missing(name), message: "X" })));
    const described = Math.min(count, 3);
    strictEqual(text.split(". ").length >= described, true);
    const more = count - 3;
    ok(
      more <= 0
        ? !text.includes("more input")
        : more === 1
        ? text.endsWith("One more input has a problem.")
        : text.endsWith(`${more} more inputs have problems.`),
      `${count}: ${text}`,
    );
  }
  strictEqual(
    said(inputs.slice(0, 4).map((name) => issue([name], "invalid_type", { expected: "string" }))),
    "Choose a service. Choose an environment. Give a time window, e.g. 15m or 2h. One more " +
      "input has a problem.",
  );
  strictEqual(
    said([
      issue(["service"], "too_small", { origin: "string", minimum: 1 }),
      issue(["service"], "custom"),
    ]),
    "Choose a service.",
    "an input is described once",
  );
});

Deno.test("input errors: a wired input names the step by its title, a form input does not", () => {
  const wired = issue(["excerpt"], "invalid_type", {
    expected: "string",
    message: "Invalid input: expected string, received undefined",
  });
  strictEqual(
    said([wired], "post_debug_report"),
    "The “Excerpt” input is missing. Check what the workflow gives the “Post a scrubbed debug " +
      "report” step.",
  );
  ok(said([wired], "scrub_text").endsWith("“Scrub secrets and personal data” step."));
  ok(said([wired], "fetch_logs").endsWith("“Fetch scrubbed logs” step."));
  const form = issue(["filter"], "invalid_type", { expected: "string" });
  strictEqual(said([form]), "Fill in the filter.");
  const fourth = said([
    form,
    form,
    { ...form, path: ["source"] },
    { ...form, path: ["max_lines"] },
    wired,
  ]);
  ok(
    !fourth.includes("Check what the workflow"),
    `a wired input only counted is not named: ${fourth}`,
  );
  strictEqual(
    said([issue([], "invalid_type", { expected: "object" })]),
    "The step's inputs could not be read. Check what the workflow gives the “Fetch scrubbed " +
      "logs” step.",
  );
  strictEqual(
    said([issue([3], "custom")]),
    "The step's inputs could not be read. Check what the workflow gives the “Fetch scrubbed " +
      "logs” step.",
  );
  strictEqual(
    said([issue(["mystery"], "invalid_type", { expected: "number" })]),
    "The “mystery” input must be a number. Check what the workflow gives the “Fetch scrubbed " +
      "logs” step.",
  );
});

Deno.test("input errors: a missing input is asked for; a missing form input without a question is to fill in", () => {
  const asks: [string, string][] = [
    ["service", "Choose a service."],
    ["environment", "Choose an environment."],
    ["window", "Give a time window, e.g. 15m or 2h."],
    ["delivery", "Choose a delivery: ephemeral (only you see the report) or channel."],
    ["channel_id", "Choose a channel."],
    ["user_id", "Choose the requester."],
    ["text", "Give the text to scrub."],
    ["filter", "Fill in the filter."],
    ["max_lines", "Fill in the line limit."],
    ["source", "Fill in the log source."],
  ];
  for (const [input, ask] of asks) {
    for (const received of ["undefined", "null"]) {
      const message = `Invalid input: expected number, received ${received}`;
      strictEqual(said([issue([input], "invalid_type", { expected: "number", message })]), ask);
    }
    strictEqual(said([issue([input], "too_small", { origin: "string", minimum: 1 })]), ask);
    strictEqual(said([issue([input], "too_small", { origin: "string", minimum: 0 })]), ask);
  }
  strictEqual(
    said([issue(["service"], "too_small", { origin: "string", minimum: 2 })]),
    "The service is too short: at least 2 characters.",
  );
  strictEqual(
    said([issue(["service", 0], "too_small", { origin: "string", minimum: 1 })]),
    "One item of the service is too short: at least 1 characters.",
  );
  strictEqual(
    said([issue(["max_lines"], "invalid_type", { expected: "number" })]),
    "The line limit must be a number.",
    "a form input of another type than text is not asked for again",
  );
  strictEqual(
    said([issue(["service", 1], "invalid_type", { expected: "string" })]),
    "One item of the service must be text.",
  );
  strictEqual(
    said(
      [issue(["excerpt"], "invalid_type", {
        expected: "string",
        message: "Invalid input: expected string, received null",
      })],
      "post_debug_report",
    ),
    "The “Excerpt” input is missing. Check what the workflow gives the “Post a scrubbed debug " +
      "report” step.",
  );
});

Deno.test("input errors: each expected type in words", () => {
  const words: [string, string][] = [
    ["number", "a number"],
    ["int", "a whole number"],
    ["boolean", "true or false"],
    ["array", "a list"],
    ["object", "a set of named values"],
    ["bigint", "of another kind"],
  ];
  for (const [expected, word] of words) {
    strictEqual(
      said([issue(["max_lines"], "invalid_type", { expected })]),
      `The line limit must be ${word}.`,
    );
  }
  strictEqual(
    said([issue(["truncated"], "invalid_type", { expected: "string" })], "post_debug_report")
      .split(" Check")[0],
    "The “Truncated” input must be text.",
  );
});

Deno.test("input errors: sizes and ranges at their bounds, inclusive or not", () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ code: "too_small", origin: "array", minimum: 2 }, "The filter needs at least 2 items."],
    [
      { code: "too_small", origin: "number", minimum: 1, inclusive: true },
      "The filter must be at least 1.",
    ],
    [
      { code: "too_small", origin: "number", minimum: 1, inclusive: false },
      "The filter must be more than 1.",
    ],
    [
      { code: "too_big", origin: "string", maximum: 200 },
      "The filter is too long: at most 200 characters. Shorten it.",
    ],
    [{ code: "too_big", origin: "array", maximum: 5 }, "The filter has too many items: at most 5."],
    [
      { code: "too_big", origin: "number", maximum: 5000, inclusive: true },
      "The filter must be at most 5000.",
    ],
    [
      { code: "too_big", origin: "number", maximum: 5000, inclusive: false },
      "The filter must be less than 5000.",
    ],
    [{ code: "invalid_format", format: "regex" }, "The filter is not in a form the step accepts."],
    [{ code: "unrecognized_keys", keys: ["x"] }, "The filter is not in a form the step accepts."],
  ];
  for (const [extra, sentence] of cases) {
    strictEqual(said([issue(["filter"], String(extra.code), extra)]), sentence);
  }
});

Deno.test("input errors: choices are the schema's own, quoted, never the value given", () => {
  const lists: [unknown[], string][] = [
    [[], "one of the accepted values"],
    [[""], "one of the accepted values"],
    [["ephemeral"], "“ephemeral”"],
    [["ephemeral", "channel"], "“ephemeral” or “channel”"],
    [["a", "", undefined, "b", "c"], "“a”, “b” or “c”"],
    [[5, 10, 15], "“5”, “10” or “15”"],
  ];
  for (const [values, words] of lists) {
    strictEqual(
      said([issue(["delivery"], "invalid_value", { values })]),
      `The delivery must be ${words}.`,
    );
  }
  const secret = "ghp_R8kLm2Xq9TzW4vB7nC1sD5fG3hJ6kL0pQ2wE";
  const text = said([
    issue(["delivery"], "invalid_value", { values: ["ephemeral"], input: secret }),
  ]);
  ok(!text.includes(secret), text);
});

Deno.test("input errors: a schema's own words: a predicate follows the name, a clause stands alone, a worded sentence as is", () => {
  for (const verb of ["must", "is", "are", "needs", "has", "cannot", "can't", "should"]) {
    strictEqual(
      said([issue(["max_lines"], "custom", { message: `${verb} be fine` })]),
      `The line limit ${verb} be fine.`,
    );
  }
  for (const clause of ["more lines are shown than match", "mustard is yellow", "isolated"]) {
    strictEqual(
      said([issue(["max_lines"], "custom", { message: clause })]),
      `${clause[0].toUpperCase()}${clause.slice(1)} (the line limit).`,
    );
  }
  strictEqual(
    said([issue(["excerpt", 2], "custom", { message: "must be one line" })], "post_debug_report")
      .split(" Check")[0],
    "One item of the “Excerpt” input must be one line.",
  );
  strictEqual(
    said([
      issue(["window"], "custom", {
        message: "Whole sentence, as worded.",
        params: { worded: true },
      }),
    ]),
    "Whole sentence, as worded.",
  );
  strictEqual(
    said([issue(["window"], "custom", { message: "Not worded.", params: { worded: "yes" } })]),
    "The time window is not in a form the step accepts.",
  );
});
