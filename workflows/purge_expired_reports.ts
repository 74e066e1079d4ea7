import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { PurgeReportsFunction } from "../functions/purge_reports/definition.ts";

/**
 * "Purge expired reports": started by each report's one-off scheduled trigger at its deadline
 * (with its session id) and by the hourly sweep trigger (triggers/purge_sweep_hourly.ts, no
 * session id: every report that is due).
 */
export const PurgeExpiredReportsWorkflow = DefineWorkflow({
  callback_id: "purge_expired_reports",
  title: "Purge expired reports",
  description: "Deletes debug reports whose deadline has passed",
  input_parameters: {
    properties: {
      session_id: {
        type: Schema.types.string,
        description: "The report's debug_sessions id; empty for the sweep",
      },
    },
    required: [],
  },
});

PurgeExpiredReportsWorkflow.addStep(PurgeReportsFunction, {
  session_id: PurgeExpiredReportsWorkflow.inputs.session_id,
});

export default PurgeExpiredReportsWorkflow;
