/**
 * One-off scheduled triggers for "Purge expired reports": each report's, at its deadline, and a
 * follow-up run when a run was stopped by rate limits with work left. Needs triggers:write.
 */
import { SlackApiError, type SlackClient, slackErrorCode } from "../../slack/web_api.ts";

/** The workflow the triggers start (workflows/purge_expired_reports.ts). */
export const PURGE_WORKFLOW = "#/workflows/purge_expired_reports";

/**
 * A trigger that runs the purge once at `atSeconds` (epoch seconds, in the future), for one
 * session or (without one) as a sweep. The trigger id, or Slack's error code.
 */
export async function schedulePurgeRun(
  client: SlackClient,
  atSeconds: number,
  sessionId?: string,
): Promise<{ triggerId: string } | { code: string }> {
  let answer;
  try {
    answer = await client.call("workflows.triggers.create", {
      type: "scheduled",
      name: sessionId
        ? "Purge a debug report at its deadline"
        : "Purge expired reports (follow-up)",
      workflow: PURGE_WORKFLOW,
      inputs: sessionId ? { session_id: { value: sessionId } } : {},
      schedule: {
        start_time: new Date(atSeconds * 1000).toISOString(),
        frequency: { type: "once" },
      },
    }, { encoding: "json" });
  } catch (error) {
    return { code: error instanceof SlackApiError ? error.code : "internal_error" };
  }
  const trigger = answer.trigger as { id?: unknown } | undefined;
  if (!answer.ok || typeof trigger?.id !== "string" || !/^Ft[A-Z0-9]{1,30}$/.test(trigger.id)) {
    return { code: answer.ok ? "malformed_answer" : slackErrorCode(answer) };
  }
  return { triggerId: trigger.id };
}
