import type { TriggerDefinition } from "../workflows/trigger_definition.ts";

/**
 * The hourly sweep: runs "Purge expired reports" over every report whose deadline has passed
 * (those whose one-off trigger could not be created, was deleted, or whose purge failed).
 * `slack trigger create --trigger-def triggers/purge_sweep_hourly.ts` once per install. Slack
 * needs a start time in the future: this one starts two minutes after the file is read.
 */
const purgeSweepHourly: TriggerDefinition = {
  type: "scheduled",
  name: "Purge expired reports (hourly sweep)",
  description: "Deletes debug reports whose deadline has passed",
  workflow: "#/workflows/purge_expired_reports",
  inputs: {},
  schedule: {
    start_time: new Date(Date.now() + 2 * 60_000).toISOString(),
    frequency: { type: "hourly", repeats_every: 1 },
  },
};

export default purgeSweepHourly;
