/**
 * manage_access as deployed: every error and output made safe to show in Slack
 * (functions/safe_result.ts). Runtime code: imports the SDK for types only.
 */
import { withSafeResult } from "../safe_result.ts";
import { createManageAccessHandler } from "./manage_access.ts";

export default withSafeResult(createManageAccessHandler());
