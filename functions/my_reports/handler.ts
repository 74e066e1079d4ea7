/**
 * my_debug_reports as deployed: every error and output made safe to show in Slack
 * (functions/safe_result.ts); the list's clicks go to `blockActions`.
 * Runtime code: imports the SDK for types only.
 */
import { withSafeResult } from "../safe_result.ts";
import { type LeftOpen, myDebugReports, type MyDebugReportsOutputs } from "./my_reports.ts";
import type { FunctionContext, FunctionResult } from "../../slack/function_context.ts";

export default async function (
  ctx: FunctionContext<unknown>,
): Promise<FunctionResult<MyDebugReportsOutputs> | LeftOpen> {
  const run: { open: boolean } = { open: false };
  const result = await withSafeResult<unknown, MyDebugReportsOutputs>(async (context) => {
    const outcome = await myDebugReports(context);
    if ("completed" in outcome) {
      run.open = true;
      return { outputs: { reports_listed: 0 } };
    }
    return outcome;
  })(ctx);
  return run.open && result.outputs !== undefined ? { completed: false } : result;
}

export { blockActions } from "./my_reports.ts";
