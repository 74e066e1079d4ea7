/**
 * scrub_text: masks secrets and personal data in one text value.
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import * as z from "../../core/zod.ts";
import { utf8Length } from "../../core/excerpt.ts";
import { maskingSummary } from "../../core/render/masking_summary.ts";
import { escapeSlackText } from "../../core/render/slack_escape.ts";
import type { Policy } from "../../core/scrub/mod.ts";
import type { FunctionHandler, FunctionResult } from "../../slack/function_context.ts";
import { MAX_STRING_VALUE_BYTES } from "../../slack/limits.ts";
import { describeInputError } from "../input_errors.ts";
import { SCRUB_TEXT_STEP } from "../step_titles.ts";
import { scrubFailureReason } from "../scrub_failure.ts";
import { APP_POLICY, createAppScrubber } from "../app_scrubber.ts";
import { withSafeResult } from "../safe_result.ts";

/** scrub_text's inputs; contract_test.ts holds them against the definition. */
export const InputsSchema = z.object({ text: z.string() });

export interface ScrubTextOutputs {
  text: string;
  masked_counts: string;
  masked_summary: string;
}

function scrubText(inputs: unknown, policy: Policy): FunctionResult<ScrubTextOutputs> {
  const parsed = InputsSchema.safeParse(inputs);
  if (!parsed.success) return { error: describeInputError(SCRUB_TEXT_STEP, parsed.error) };
  const { text } = parsed.data;
  const bytes = utf8Length(text);
  if (bytes > MAX_STRING_VALUE_BYTES) {
    return {
      error: `The text to scrub is too long: at most ${MAX_STRING_VALUE_BYTES} bytes (Slack's ` +
        `limit for a text value); this one has ${bytes}. Split it into smaller pieces.`,
    };
  }
  let result;
  try {
    result = createAppScrubber(policy).scrub(text);
  } catch (error) {
    const reason = scrubFailureReason(error);
    return { error: `Scrubbing failed (${reason}); nothing was returned. Try a shorter text.` };
  }
  // Escaped here because it is the escaped text (withSafeResult returns it so) that must fit.
  const shown = escapeSlackText(result.text);
  const grown = utf8Length(shown);
  if (grown > MAX_STRING_VALUE_BYTES) {
    return {
      error:
        `The scrubbed text has ${grown} bytes, more than Slack's ${MAX_STRING_VALUE_BYTES} for a ` +
        "text value (placeholders, and the escaping that keeps it from mentioning or linking in " +
        "Slack, are longer than what they replace). Split the text in two.",
    };
  }
  return {
    outputs: {
      text: shown,
      masked_counts: JSON.stringify(result.counts),
      masked_summary: maskingSummary(result.counts),
    },
  };
}

/** The scrub_text handler for a scrubbing policy (the app's, config/scrub_policy.json, by default). */
export function createScrubTextHandler(
  policy: Policy = APP_POLICY,
): FunctionHandler<unknown, ScrubTextOutputs> {
  return (ctx) => Promise.resolve(scrubText(ctx.inputs, policy));
}

/** As deployed: every error and output made safe to show in Slack (functions/safe_result.ts). */
export default withSafeResult(createScrubTextHandler());
