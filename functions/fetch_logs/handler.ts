/**
 * fetch_logs as deployed: the handler for the team's sources (config/sources.ts), with every
 * error and output made safe to show in Slack (functions/safe_result.ts).
 *
 * Local runs (`slack run`, the demo, the tests) also read the sample log service: while
 * SAMPLE_LOGS_URL is set in the function's env, the sample source (devkit/sample_logs/source.ts,
 * which holds no log generator) is added as the default source. A deployed app never sets it.
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import teamSources from "../../config/sources.ts";
import type { TeamSources } from "../../config/define_sources.ts";
import type { SourcesConfig } from "../../core/sources/mod.ts";
import { SAMPLE_LOGS_URL_ENV } from "../../devkit/sample_logs/env_names.ts";
import { sampleLogsUrlProblem, withSampleSource } from "../../devkit/sample_logs/source.ts";
import type { FunctionHandler } from "../../slack/function_context.ts";
import { withSafeResult } from "../safe_result.ts";
import { createFetchLogsHandler, type FetchLogsOutputs } from "./fetch_logs.ts";

type FetchLogsHandler = FunctionHandler<unknown, FetchLogsOutputs>;

/** The error of a run with no log source to read: what is missing, and where to add it. */
export const NO_SOURCE_CONFIGURED = "No log source is configured, so nothing was read. An admin " +
  'must add one: edit config/sources.ts (see the README, "Configure your sources") and deploy ' +
  "the app again.";

/**
 * fetch_logs over `team` (the team's sources, none yet: `undefined`), with the sample source
 * added while SAMPLE_LOGS_URL is set. Each config's handler is built once, when first needed.
 */
export function createDeployedFetchLogsHandler(team: TeamSources): FetchLogsHandler {
  let teamHandler: FetchLogsHandler | undefined;
  let localHandler: FetchLogsHandler | { error: string } | undefined;

  const localRun = (): FetchLogsHandler | { error: string } => {
    let config: SourcesConfig;
    try {
      config = withSampleSource(team);
    } catch (error) {
      return {
        error: "The sample log service cannot be added to the configured sources " +
          `(${(error as Error).message}). Rename or remove a source in config/sources.ts, or ` +
          `unset ${SAMPLE_LOGS_URL_ENV} to read only the configured ones.`,
      };
    }
    return createFetchLogsHandler(config);
  };

  const handlerFor = (env: Record<string, string>): FetchLogsHandler | { error: string } => {
    const sampleUrl = (env[SAMPLE_LOGS_URL_ENV] ?? "").trim();
    if (sampleUrl === "") {
      if (team === undefined) return { error: NO_SOURCE_CONFIGURED };
      return teamHandler ??= createFetchLogsHandler(team);
    }
    const problem = sampleLogsUrlProblem(sampleUrl);
    if (problem) {
      return {
        error: `${problem}; it is for local runs only, so nothing was read. Remove it from ` +
          "a deployed app's env.",
      };
    }
    return localHandler ??= localRun();
  };

  return (ctx) => {
    const handler = handlerFor(ctx.env);
    return typeof handler === "function" ? handler(ctx) : Promise.resolve(handler);
  };
}

export default withSafeResult(createDeployedFetchLogsHandler(teamSources));
