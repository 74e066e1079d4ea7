/**
 * The sample log service for local runs (`slack run`, the demo, the tests): while SAMPLE_LOGS_URL
 * names it on this machine, fetch_logs reads it as its default source, beside the team's.
 *
 * A deployed app never reads it: the build hook (scripts/bundle.ts) bundles fetch_logs with
 * ./local_sample_deployed.ts in place of this module, so the deployed bundle holds no sample source
 * and no generic JSON backend for it, and refuses a SAMPLE_LOGS_URL set by mistake.
 */
import type { TeamSources } from "../../config/define_sources.ts";
import type { SourcesConfig } from "../../core/sources/mod.ts";
import { SAMPLE_LOGS_URL_ENV } from "../../devkit/sample_logs/env_names.ts";
import { sampleLogsUrlProblem, withSampleSource } from "../../devkit/sample_logs/source.ts";

/** Why a run may not read the sample service at `url` (SAMPLE_LOGS_URL), or undefined. */
export function localSampleRefusal(url: string): string | undefined {
  const problem = sampleLogsUrlProblem(url);
  if (problem === undefined) return undefined;
  return `${problem}; it is for local runs only, so nothing was read. Remove it from ` +
    "a deployed app's env.";
}

/** The team's sources with the sample one added as the default, or why they cannot be combined. */
export function localSampleSources(team: TeamSources): SourcesConfig | { error: string } {
  try {
    return withSampleSource(team);
  } catch (error) {
    return {
      error: "The sample log service cannot be added to the configured sources " +
        `(${(error as Error).message}). Rename or remove a source in config/sources.ts, or ` +
        `unset ${SAMPLE_LOGS_URL_ENV} to read only the configured ones.`,
    };
  }
}
