/**
 * fetch_logs, built for a given sources config: checks who asks and where the report will go,
 * reads a service's logs for a window (unfiltered, within the source's budgets), scrubs every
 * line read, and keeps the lines whose SCRUBBED text contains the filter. The filter never leaves
 * the function, so no output, count or error depends on whether raw text would have matched it.
 * Every run is written to the audit trail (a fetch that cannot be recorded returns nothing), and
 * a person's fetches per minute are limited. Its outputs never hold raw log text.
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import * as z from "../../core/zod.ts";
import { packExcerpt, type ScrubbedRecords, scrubRecords } from "../../core/excerpt.ts";
import {
  isIncomplete,
  type LineAccount,
  lines,
  linesInWindow,
  type ReadStop,
  shortfalls,
} from "../../core/line_account.ts";
import { counted } from "../../core/render/counted.ts";
import {
  type Comparison,
  type ComparisonFailure,
  insightsOf,
  mineScrubbedWindow,
  type ScrubbedWindow,
} from "../../core/render/insights.ts";
import {
  examplesExcerpt,
  EXCERPT_MODES,
  type ExcerptMode,
  excerptModeOf,
} from "../../core/render/insights_excerpt.ts";
import { encodeInsights } from "../../core/render/insights_transport.ts";
import { maskingSummary } from "../../core/render/masking_summary.ts";
import type { Policy, Scrubber } from "../../core/scrub/mod.ts";
import {
  checkFilter,
  fetchLogs,
  type FetchResult,
  type SourcesConfig,
} from "../../core/sources/mod.ts";
import { LogSourceError } from "../../core/sources/types.ts";
import type {
  FunctionContext,
  FunctionHandler,
  FunctionResult,
} from "../../slack/function_context.ts";
import { createSlackClient, type SlackClient } from "../../slack/web_api.ts";
import { APP_POLICY, createAppScrubber } from "../app_scrubber.ts";
import { accessRefusal, describeAccessFailure, readAccess } from "../access/access.ts";
import { alertGrantCheck } from "../access/alert_grant.ts";
import { identityRefusal, interactivityInput } from "../access/identity.ts";
import { serviceRuleRefusal } from "../access/service_rules.ts";
import { membershipRefusal } from "../access/channel_membership.ts";
import { type AuditFields, createAuditTrail, describeAuditFailure } from "../audit_trail.ts";
import { DELIVERIES, deliveryRefusal } from "../channel_delivery.ts";
import { hashFilter } from "../filter_hash.ts";
import { describeInputError } from "../input_errors.ts";
import { FETCH_LOGS_STEP } from "../step_titles.ts";
import {
  blankAsNone,
  blankOrOneOf,
  environmentName,
  filterText,
  optionalText,
  serviceName,
  wholeNumber,
  windowText,
} from "../input_schemas.ts";
import { scrubFailureReason } from "../scrub_failure.ts";
import { channelId, userId } from "../slack_ids.ts";
import { checkFetchRate, describeRateFailure } from "./rate_limit.ts";
import { readFetchSettings } from "./settings.ts";

const ACTION = "fetch_logs";

/** fetch_logs' inputs; contract_test.ts holds them against the definition. */
export const InputsSchema = z
  .object({
    service: serviceName,
    environment: environmentName,
    window: windowText,
    user_id: userId,
    alert_grant: optionalText(100),
    interactivity: interactivityInput,
    filter: filterText,
    max_lines: z.optional(wholeNumber(1, 5000)),
    source: optionalText(64),
    // Workflow Builder passes "" for an optional field left blank.
    delivery: blankOrOneOf(DELIVERIES),
    channel_id: blankAsNone(channelId),
    compare_previous: z.optional(z.boolean()),
    // Blank or none is "newest" (fetchScrubbedLogs); one enum with "": zod's union would weigh
    // more and say the same.
    excerpt_mode: z.optional(z.enum([...EXCERPT_MODES, ""])),
  })
  .check(z.refine((inputs) => inputs.delivery !== "channel" || inputs.channel_id !== undefined, {
    message: 'is needed for delivery "channel"',
    path: ["channel_id"],
  }));

type FetchInputs = z.infer<typeof InputsSchema>;

export interface FetchLogsOutputs {
  excerpt: string[];
  line_count: number;
  lines_read: number;
  lines_out_of_window: number;
  lines_repeated: number;
  lines_matched: number;
  filtered: boolean;
  read_stopped_by: ReadStop | "";
  partial_result: boolean;
  truncated: boolean;
  masked_counts: string;
  masked_summary: string;
  window_start: string;
  window_end: string;
  source: string;
  /** The log insights, as JSON (core/render/insights_transport.ts). */
  insights: string;
  excerpt_mode: ExcerptMode;
}

/**
 * With the previous window compared, the window asked for may take this share of the fetch's
 * time budget; the previous window gets what is left of the whole budget (at least the rest).
 */
export const MAIN_FETCH_SHARE = 0.75;
/** The previous window is not read with less time than this left of the budget. */
export const MIN_COMPARE_BUDGET_MS = 500;

/**
 * The fetch_logs handler that reads the sources of `config`, on the clock `now` (epoch ms: tests
 * fix it to compare runs).
 */
export function createFetchLogsHandler(
  config: SourcesConfig,
  policy: Policy = APP_POLICY,
  now: () => number = Date.now,
): FunctionHandler<unknown, FetchLogsOutputs> {
  return (ctx) => fetchScrubbedLogs(ctx, config, policy, now);
}

async function fetchScrubbedLogs(
  ctx: FunctionContext<unknown>,
  config: SourcesConfig,
  policy: Policy,
  now: () => number,
): Promise<FunctionResult<FetchLogsOutputs>> {
  let client: SlackClient;
  try {
    client = createSlackClient({ token: ctx.token, env: ctx.env });
  } catch (error) {
    return { error: `${describeAuditFailure(error)} Nothing was read.` };
  }
  const audit = createAuditTrail(client, ACTION, ctx.inputs, now);

  // Refusals: nothing has been read yet, and nothing will be.
  const parsed = InputsSchema.safeParse(ctx.inputs);
  if (!parsed.success) {
    return audit.refused("invalid_inputs", describeInputError(FETCH_LOGS_STEP, parsed.error));
  }
  const request = { ...parsed.data, excerpt_mode: excerptModeOf(parsed.data) };
  const settings = readFetchSettings(ctx.env);
  if ("problem" in settings) return audit.refused("bad_settings", settings.problem);
  let filter: string | undefined;
  try {
    filter = checkFilter(request.filter);
  } catch (error) {
    return audit.refused("bad_filter", (error as Error).message);
  }
  const asked = describeRequest(request, filter, settings.hashKey, policy);
  /** A check's refusal, recorded with what was asked. */
  const refuse = (found: { detail: string; error: string }) =>
    audit.refused(found.detail, found.error, asked);
  // Who asks: an authenticated alert (its grant), or their role, read once, which must cover
  // the service before anything else.
  const impostor = identityRefusal(request.interactivity, request.user_id);
  if (impostor) return refuse(impostor);
  const alerted = request.alert_grant !== undefined;
  if (alerted) {
    const granted = alertGrantCheck(ctx.env, request.alert_grant ?? "", {
      service: request.service,
      environment: request.environment,
      filter: request.filter ?? "",
      channel_id: request.channel_id ?? "",
      user_id: request.user_id,
    }, audit.at);
    if (granted !== "granted") return refuse(granted);
  } else {
    let access;
    try {
      access = await readAccess(client, ctx.env, request.user_id, {
        needed: "debugger",
        service: request.service,
      });
    } catch (error) {
      return audit.refused("access_unknown", describeAccessFailure(error), asked);
    }
    const denied = accessRefusal(access, "debugger", request.service, "read its logs");
    if (denied) return refuse(denied);
  }
  const refusal = request.delivery === undefined
    ? undefined
    : deliveryRefusal(request.delivery, request.channel_id ?? "", settings.allowedChannels);
  if (refusal) return refuse(refusal);
  const secret = serviceRuleRefusal(
    ctx.env,
    request.service,
    request.delivery,
    request.channel_id,
  );
  if (secret) return refuse(secret);
  if (!alerted && request.delivery === "channel" && request.channel_id !== undefined) {
    const outsider = await membershipRefusal(client, request.channel_id, request.user_id);
    if (outsider) return refuse(outsider);
  }

  let rate;
  try {
    rate = await checkFetchRate(client, audit.actor, settings.ratePerMinute, audit.at);
  } catch (error) {
    return audit.refused(
      "rate_unknown",
      `Could not check how often you fetched logs: ${describeRateFailure(error)} ` +
        "Nothing was read.",
      asked,
    );
  }
  if (rate.kind === "reset") {
    return audit.refused(
      "rate_record_reset",
      "Your record of recent fetches could not be read, so this fetch was refused and the " +
        "record was cleared. Nothing was read. Try again; if this happens again, tell an admin " +
        "(the fetch_rate datastore holds items this version of the app cannot read).",
      asked,
    );
  }
  if (rate.kind === "limited") {
    return audit.refused(
      "rate_limited",
      `You have fetched logs ${counted(rate.recent, "time")} in the last minute; the limit is ` +
        `${settings.ratePerMinute} per minute. Try again in ${
          counted(rate.retryAfterSeconds, "second")
        }.`,
      asked,
    );
  }

  // From here on the run reads logs: it is recorded before it starts, and before it returns.
  try {
    await audit.write("started", "reading", asked);
  } catch (error) {
    return {
      error: `Could not record this fetch in the audit trail, so nothing was read: ${
        describeAuditFailure(error)
      }`,
    };
  }

  // Both reads share the fetch's one time budget: the window asked for first, capped to its
  // share when the previous window is read too, then the previous window in what is left.
  const startedAt = now();
  const deps = { fetch: globalThis.fetch, env: ctx.env, now };
  let result: FetchResult;
  try {
    result = await fetchLogs(
      request.compare_previous
        ? { ...config, fetchBudgetMs: Math.floor(config.fetchBudgetMs * MAIN_FETCH_SHARE) }
        : config,
      {
        source: request.source,
        service: request.service,
        environment: request.environment,
        window: request.window,
        maxLines: request.max_lines,
      },
      deps,
    );
  } catch (error) {
    const code = error instanceof LogSourceError ? error.code : "internal";
    return audit.failed(
      `source:${code}`,
      `Could not read the logs: ${describeSourceError(error, policy)}`,
    );
  }

  const read = {
    target: result.source,
    window_start: Math.floor(result.start.getTime() / 1000),
    window_end: Math.floor(result.end.getTime() / 1000),
  };
  const where = `${request.service} (${request.environment}) between ` +
    `${result.start.toISOString()} and ${result.end.toISOString()}`;
  const previous = request.compare_previous
    ? await fetchPreviousWindow(config, result, request, deps, startedAt + config.fetchBudgetMs)
    : undefined;

  const scrubber = createAppScrubber(policy);
  let scrubbed: ScrubbedRecords;
  try {
    scrubbed = scrubRecords(result.records, scrubber, filter);
  } catch (error) {
    const reason = scrubFailureReason(error);
    return audit.failed(
      "scrub_failed",
      `Scrubbing the logs for ${where} failed (${reason}); nothing was returned. ` +
        "Narrow the window or lower the line limit.",
      read,
    );
  }

  const compared: { comparison: Comparison; window?: ScrubbedWindow } = previous === undefined
    ? { comparison: { state: "off" } }
    : scrubPreviousWindow(previous, scrubber, filter);
  const mined = mineScrubbedWindow(
    { records: result.records, matching: scrubbed.matching },
    { start: result.start.getTime(), end: result.end.getTime() },
    { previous: compared.window },
  );
  const excerpt = request.excerpt_mode === "patterns"
    ? examplesExcerpt(mined.examples)
    : packExcerpt(scrubbed.matching.map((record) => record.lines));

  const account: LineAccount = {
    read: result.records.length + result.outOfWindow + result.repeated,
    outOfWindow: result.outOfWindow,
    repeated: result.repeated,
    filtered: filter !== undefined,
    matched: scrubbed.matching.length,
    shown: excerpt.lineCount,
    stoppedBy: readStop(result),
    partial: result.partial !== undefined,
  };
  const counts = {
    ...read,
    lines_read: account.read,
    lines_matched: account.matched,
    lines_shown: account.shown,
  };
  if (account.shown === 0 && account.matched > 0) {
    return audit.failed(
      "line_too_long",
      `The ${request.excerpt_mode === "patterns" ? "first example" : "newest"} ${
        account.filtered ? "matching " : ""
      }line for ${where} is too long to show ` +
        "even alone (it would need more than Slack's blocks for one report), so nothing was " +
        `returned. Choose a window that ends before it${
          account.filtered ? ", or a filter it does not match" : ", or add a filter"
        }.`,
      counts,
    );
  }
  if (account.shown === 0) {
    const empty = noLinesError(account, where);
    return audit.failed(linesInWindow(account) === 0 ? "no_lines" : "no_match", empty, counts);
  }

  try {
    const also = previous === undefined
      ? ""
      : typeof previous === "string"
      ? "+previous_failed"
      : "+previous";
    await audit.write("success", `read${also}`, counts);
  } catch (error) {
    return {
      error: `The logs were read, but this fetch could not be recorded in the audit trail, so ` +
        `nothing is returned: ${describeAuditFailure(error)}`,
    };
  }
  return {
    outputs: {
      excerpt: excerpt.chunks,
      line_count: account.shown,
      lines_read: account.read,
      lines_out_of_window: account.outOfWindow,
      lines_repeated: account.repeated,
      lines_matched: account.matched,
      filtered: account.filtered,
      read_stopped_by: account.stoppedBy ?? "",
      partial_result: account.partial,
      truncated: request.excerpt_mode === "patterns"
        ? readStop(result) !== undefined || account.partial ||
          account.shown < mined.summary.patternCount
        : isIncomplete(account),
      masked_counts: JSON.stringify(scrubbed.counts),
      masked_summary: maskingSummary(scrubbed.counts),
      window_start: result.start.toISOString(),
      window_end: result.end.toISOString(),
      source: result.source,
      insights: encodeInsights(insightsOf(mined.summary, account.filtered, compared.comparison)),
      excerpt_mode: request.excerpt_mode,
    },
  };
}

/**
 * The previous window's records scrubbed like the others, and those whose scrubbed text matches
 * the filter kept (they count only then, as in the window asked for); or why it could not be
 * compared.
 */
function scrubPreviousWindow(
  previous: FetchResult | ComparisonFailure,
  scrubber: Pick<Scrubber, "scrub">,
  filter: string | undefined,
): { comparison: Comparison; window?: ScrubbedWindow } {
  if (typeof previous === "string") return { comparison: { state: "failed", reason: previous } };
  let matching: ScrubbedRecords["matching"];
  try {
    matching = scrubRecords(previous.records, scrubber, filter).matching;
  } catch {
    return { comparison: { state: "failed", reason: "scrub_failed" } };
  }
  return {
    comparison: {
      state: "done",
      start: previous.start.getTime(),
      end: previous.end.getTime(),
      lines: matching.length,
      partial: readStop(previous) !== undefined || previous.partial !== undefined,
    },
    window: { records: previous.records, matching },
  };
}

/**
 * Reads the window of the same length just before `current`, from the same source, within what
 * is left of the fetch's time budget (until `deadline`). Its failure is not the run's: it comes
 * back as why the comparison could not be made.
 */
async function fetchPreviousWindow(
  config: SourcesConfig,
  current: FetchResult,
  request: FetchInputs,
  deps: { fetch: typeof fetch; env: Record<string, string>; now: () => number },
  deadline: number,
): Promise<FetchResult | ComparisonFailure> {
  const left = deadline - deps.now();
  if (left < MIN_COMPARE_BUDGET_MS) return "out_of_time";
  const length = current.end.getTime() - current.start.getTime();
  const start = new Date(current.start.getTime() - length);
  try {
    return await fetchLogs({ ...config, fetchBudgetMs: Math.floor(left) }, {
      source: current.source,
      service: request.service,
      environment: request.environment,
      window: `${start.toISOString()}/${current.start.toISOString()}`,
      maxLines: request.max_lines,
    }, deps);
  } catch (error) {
    return error instanceof LogSourceError && error.code === "timeout"
      ? "out_of_time"
      : "source_error";
  }
}

/**
 * What the audit trail records of the request: the names scrubbed, the filter only as an HMAC
 * keyed with AUDIT_HASH_KEY (nothing but whether one was given, without a key).
 */
function describeRequest(
  request: FetchInputs,
  filter: string | undefined,
  hashKey: string | undefined,
  policy: Policy,
): AuditFields {
  const scrubber = createAppScrubber(policy);
  const scrubbed = (text: string) => {
    try {
      return scrubber.scrub(text).text;
    } catch {
      return "[not recorded: could not be scrubbed]";
    }
  };
  const fields: AuditFields = {
    service: scrubbed(request.service),
    environment: scrubbed(request.environment),
    window: scrubbed(request.window),
    filter_given: filter !== undefined,
  };
  if (filter !== undefined && hashKey !== undefined) {
    fields.filter_hmac = hashFilter(filter, hashKey);
  }
  return fields;
}

/** What stopped the read before the whole window was read, if anything did. */
function readStop(result: FetchResult): ReadStop | undefined {
  return result.stoppedBy ?? (result.truncated ? "limit" : undefined);
}

/**
 * The error for a run that found nothing to show. It depends only on the lines read and on
 * their scrubbed text, so a filter that would match only raw (masked) text reads exactly like
 * one that matches nothing.
 */
function noLinesError(account: LineAccount, where: string): string {
  const inWindow = linesInWindow(account);
  const shortfall = shortfalls({ ...account, matched: 0, shown: 0 }).map((note) => note.text);
  if (inWindow === 0) {
    return shortfall.length > 0
      ? [`No log lines for ${where} could be read.`, ...shortfall].join(" ")
      : `No log lines for ${where}. Widen the window or check the service name.`;
  }
  return [
    `None of the ${lines(inWindow)} read for ${where} contain the filter (matched ignoring ` +
    "case, against the lines with secrets and personal data masked).",
    ...shortfall,
    "Change the filter or the window.",
  ].join(" ");
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
