/**
 * fetch_logs as deployed: the handler for the project's sources (config/sources.ts), with every
 * error and output made safe to show in Slack (functions/safe_result.ts).
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import sourcesConfig from "../../config/sources.ts";
import { withSafeResult } from "../safe_result.ts";
import { createFetchLogsHandler } from "./fetch_logs.ts";

export default withSafeResult(createFetchLogsHandler(sourcesConfig));
