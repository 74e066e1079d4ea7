/**
 * fetch_logs as deployed: the handler for the project's sources (config/sources.ts).
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import sourcesConfig from "../../config/sources.ts";
import { createFetchLogsHandler } from "./fetch_logs.ts";

export default createFetchLogsHandler(sourcesConfig);
