/**
 * ./local_sample.ts as the deployed fetch_logs bundle has it (scripts/bundle.ts maps one onto the
 * other): a deployed app has no sample source, so a SAMPLE_LOGS_URL in its env is refused, with
 * what to do, and nothing is read.
 */
import type { TeamSources } from "../../config/define_sources.ts";
import type { SourcesConfig } from "../../core/sources/mod.ts";
import { SAMPLE_LOGS_URL_ENV } from "../../devkit/sample_logs/env_names.ts";

/** The error of a deployed run whose env sets SAMPLE_LOGS_URL. */
export const SAMPLE_IN_DEPLOYED_APP = `${SAMPLE_LOGS_URL_ENV} is for local runs only ` +
  "(`slack run`, the demo, the tests): a deployed app has no sample log service, so nothing " +
  `was read. Remove it from the deployed app's env (\`slack env remove ${SAMPLE_LOGS_URL_ENV}\`).`;

export function localSampleRefusal(_url: string): string | undefined {
  return SAMPLE_IN_DEPLOYED_APP;
}

export function localSampleSources(_team: TeamSources): SourcesConfig | { error: string } {
  return { error: SAMPLE_IN_DEPLOYED_APP };
}
