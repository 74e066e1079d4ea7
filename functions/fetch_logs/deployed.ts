/**
 * fetch_logs over the team's sources as deployed (./handler.ts, the function's entry, which
 * exports nothing else: a bundle keeps its entry's every export): the sample log service added
 * while SAMPLE_LOGS_URL is set (./local_sample.ts; refused in the deployed bundle, which is built
 * with ./local_sample_deployed.ts in its place).
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import type { TeamSources } from "../../config/define_sources.ts";
import { SAMPLE_LOGS_URL_ENV } from "../../devkit/sample_logs/env_names.ts";
import type { FunctionHandler } from "../../slack/function_context.ts";
import { createFetchLogsHandler, type FetchLogsOutputs } from "./fetch_logs.ts";
import { localSampleRefusal, localSampleSources } from "./local_sample.ts";

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
    const config = localSampleSources(team);
    return "error" in config ? config : createFetchLogsHandler(config);
  };

  const handlerFor = (env: Record<string, string>): FetchLogsHandler | { error: string } => {
    const sampleUrl = (env[SAMPLE_LOGS_URL_ENV] ?? "").trim();
    if (sampleUrl === "") {
      if (team === undefined) return { error: NO_SOURCE_CONFIGURED };
      return teamHandler ??= createFetchLogsHandler(team);
    }
    const refusal = localSampleRefusal(sampleUrl);
    if (refusal) return { error: refusal };
    return localHandler ??= localRun();
  };

  return (ctx) => {
    const handler = handlerFor(ctx.env);
    return typeof handler === "function" ? handler(ctx) : Promise.resolve(handler);
  };
}
