/**
 * fetch_logs, built for a given sources config: reads a service's logs for a window from a
 * configured source and scrubs them before returning. Its outputs never hold raw log text.
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import * as z from "zod";
import { buildExcerpt } from "../../core/excerpt.ts";
import { maskingSummary } from "../../core/render/masking_summary.ts";
import type { Policy } from "../../core/scrub/mod.ts";
import { APP_POLICY, createAppScrubber } from "../app_scrubber.ts";
import { fetchLogs, type SourcesConfig } from "../../core/sources/mod.ts";
import { LogSourceError } from "../../core/sources/types.ts";
import type { FunctionHandler } from "../../slack/function_context.ts";
import { describeInputError } from "../input_errors.ts";
import { scrubFailureReason } from "../scrub_failure.ts";
import {
  environmentName,
  filterText,
  optionalText,
  serviceName,
  wholeNumber,
  windowText,
} from "../input_schemas.ts";

const InputsSchema = z.object({
  service: serviceName,
  environment: environmentName,
  window: windowText,
  filter: filterText,
  max_lines: wholeNumber(1, 5000).optional(),
  source: optionalText(64),
});

export interface FetchLogsOutputs {
  excerpt: string[];
  line_count: number;
  truncated: boolean;
  masked_counts: string;
  masked_summary: string;
  window_start: string;
  window_end: string;
  source: string;
}

/** The fetch_logs handler that reads the sources of `config`. */
export function createFetchLogsHandler(
  config: SourcesConfig,
  policy: Policy = APP_POLICY,
): FunctionHandler<unknown, FetchLogsOutputs> {
  return async (ctx) => {
    const parsed = InputsSchema.safeParse(ctx.inputs);
    if (!parsed.success) return { error: describeInputError("fetch_logs", parsed.error) };
    const request = parsed.data;

    let result;
    try {
      result = await fetchLogs(config, {
        source: request.source,
        service: request.service,
        environment: request.environment,
        window: request.window,
        filter: request.filter,
        maxLines: request.max_lines,
      }, { fetch: globalThis.fetch, env: ctx.env, now: Date.now });
    } catch (error) {
      return { error: `Could not read the logs: ${describeSourceError(error, policy)}` };
    }

    const where = `${request.service} (${request.environment}) between ` +
      `${result.start.toISOString()} and ${result.end.toISOString()}`;
    if (result.records.length === 0) {
      return {
        error: `No log lines for ${where}${request.filter ? " matching the filter" : ""}. ` +
          "Widen the window, check the service name, or change the filter.",
      };
    }

    let excerpt;
    try {
      excerpt = buildExcerpt(result.records, createAppScrubber(policy));
    } catch (error) {
      const reason = scrubFailureReason(error);
      return {
        error: `Scrubbing the logs for ${where} failed (${reason}); nothing was returned. ` +
          "Narrow the window or lower the line limit.",
      };
    }

    return {
      outputs: {
        excerpt: excerpt.chunks,
        line_count: excerpt.lineCount,
        truncated: result.truncated || excerpt.dropped || result.partial !== undefined,
        masked_counts: JSON.stringify(excerpt.counts),
        masked_summary: maskingSummary(excerpt.counts),
        window_start: result.start.toISOString(),
        window_end: result.end.toISOString(),
        source: result.source,
      },
    };
  };
}

/**
 * A source's message is written for people, but it may quote a backend's error body, which
 * can hold log text: it is scrubbed like the logs. Anything else is not shown at all.
 */
function describeSourceError(error: unknown, policy: Policy): string {
  if (!(error instanceof LogSourceError)) {
    return "an unexpected internal error. Check the log source configuration and try again.";
  }
  try {
    return createAppScrubber(policy).scrub(error.message).text;
  } catch {
    return `the log source failed (${error.code}). Try again later, or ask an admin to check it.`;
  }
}
