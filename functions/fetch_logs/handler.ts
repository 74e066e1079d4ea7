/**
 * fetch_logs as deployed: the handler for the team's sources (config/sources.ts), with every
 * error and output made safe to show in Slack (functions/safe_result.ts).
 *
 * Local runs (`slack run`, the demo, the tests) also read the sample log service: while
 * SAMPLE_LOGS_URL is set in the function's env, the sample source is added as the default source
 * (./local_sample.ts). The deployed bundle is built without it (scripts/bundle.ts maps
 * ./local_sample.ts to ./local_sample_deployed.ts, which refuses SAMPLE_LOGS_URL, and
 * config/sources.ts to the config as validated at build time).
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import teamSources from "../../config/sources.ts";
import { withSafeResult } from "../safe_result.ts";
import { createDeployedFetchLogsHandler } from "./deployed.ts";

export default withSafeResult(createDeployedFetchLogsHandler(teamSources));
