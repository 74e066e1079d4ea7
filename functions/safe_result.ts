/**
 * The last step of every function: what it returns is made safe to show in Slack, whatever the
 * handler put in it. A function's error text is shown to people and its string outputs can be
 * posted by any Workflow Builder "Send a message" step, so:
 *
 * - the error text is scrubbed (a backend's error body may quote log text) and Slack-escaped; when
 *   it cannot be scrubbed, a fixed sentence replaces it (fails closed);
 * - every string output, and every string in an array output, is Slack-escaped (idempotently, so
 *   text escaped by an earlier step is not escaped twice); a value that escaping grew past Slack's
 *   limit for one value is refused rather than cut;
 * - a handler that throws gets a fixed sentence, never the exception's message.
 *
 * Escaping covers `&`, `<`, `>` (mentions, links, dates). Formatting characters (`*`, `_`, `~`,
 * backticks) are left as they are: outputs are data that later steps read and people copy, and
 * formatting can neither mention, link nor hide text. Runtime code: no SDK import.
 */
import { utf8Length } from "../core/excerpt.ts";
import { escapeSlackText } from "../core/render/slack_escape.ts";
import type { Policy } from "../core/scrub/mod.ts";
import type { FunctionHandler, FunctionResult } from "../slack/function_context.ts";
import { MAX_STRING_VALUE_BYTES } from "../slack/limits.ts";
import { APP_POLICY, createAppScrubber } from "./app_scrubber.ts";

/** Shown instead of an error text that could not be checked for secrets. */
export const UNCHECKED_ERROR = "The step failed, and its error message could not be checked for " +
  "secrets, so it is not shown. Try again; if it fails again, ask an admin to check the app.";

/** Shown when a handler throws instead of returning an error. */
export const INTERNAL_ERROR = "The step stopped on an unexpected internal error. Try again; if " +
  "it fails again, ask an admin to check the app.";

/** Shown when an output no longer fits Slack once escaped. */
export const OUTPUT_TOO_LARGE = `The step's result is larger than Slack accepts for one value ` +
  `(${MAX_STRING_VALUE_BYTES} bytes) once made safe to show in Slack. Try again with less text: ` +
  "a shorter time window, a filter or a lower line limit.";

/** `handler`, with every error and string output scrubbed or escaped as above. */
export function withSafeResult<Inputs, Outputs>(
  handler: FunctionHandler<Inputs, Outputs>,
  policy: Policy = APP_POLICY,
): FunctionHandler<Inputs, Outputs> {
  return async (ctx) => {
    let result: FunctionResult<Outputs>;
    try {
      result = await handler(ctx);
    } catch {
      return { error: INTERNAL_ERROR };
    }
    if (result.error !== undefined) return { error: safeErrorText(result.error, policy) };
    return escapeOutputs(result.outputs);
  };
}

/** An error text scrubbed and escaped, or the fixed sentence when it cannot be scrubbed. */
function safeErrorText(error: unknown, policy: Policy = APP_POLICY): string {
  if (typeof error !== "string") return INTERNAL_ERROR;
  try {
    return escapeSlackText(createAppScrubber(policy).scrub(error).text);
  } catch {
    return UNCHECKED_ERROR;
  }
}

function escapeOutputs<Outputs>(outputs: Outputs): FunctionResult<Outputs> {
  if (typeof outputs !== "object" || outputs === null) return { outputs };
  const escaped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(outputs)) {
    const safe = escapeValue(value);
    if (safe === undefined) return { error: OUTPUT_TOO_LARGE };
    escaped[name] = safe.value;
  }
  return { outputs: escaped as Outputs };
}

/** A string or string array escaped (undefined when a string grew too large); others as given. */
function escapeValue(value: unknown): { value: unknown } | undefined {
  if (typeof value === "string") {
    const text = escapeSlackText(value);
    return utf8Length(text) <= MAX_STRING_VALUE_BYTES ? { value: text } : undefined;
  }
  if (!Array.isArray(value)) return { value };
  const items: unknown[] = [];
  for (const item of value) {
    const safe = escapeValue(item);
    if (safe === undefined) return undefined;
    items.push(safe.value);
  }
  return { value: items };
}
