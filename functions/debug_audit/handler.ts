/**
 * debug_audit as deployed: every error and output made safe to show in Slack
 * (functions/safe_result.ts). Runtime code: imports the SDK for types only.
 */
import { withSafeResult } from "../safe_result.ts";
import { createDebugAuditHandler } from "./debug_audit.ts";

export default withSafeResult(createDebugAuditHandler());
