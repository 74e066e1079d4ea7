/** The audit trail of one post_debug_report run: who asked, where, and how it ended. */
import { saveAuditEvent } from "../../datastores/records.ts";
import type { SlackClient } from "../../slack/web_api.ts";
import { CHANNEL_ID, USER_ID } from "./inputs.ts";

export interface AuditTrail {
  /** Saves a success event; false when the datastore refused it. */
  succeeded(detail: string, target: string): Promise<boolean>;
  /** Saves a failure event (best effort: the person's error matters more) and returns the error. */
  failed(detail: string, error: string): Promise<{ error: string }>;
}

/** `rawInputs` are unvalidated: ids that are not well-formed are recorded as "invalid". */
export function createAuditTrail(
  client: SlackClient,
  action: string,
  rawInputs: unknown,
): AuditTrail {
  const raw = typeof rawInputs === "object" && rawInputs !== null
    ? rawInputs as Record<string, unknown>
    : {};
  const actor = idOrInvalid(raw.user_id, USER_ID);
  const channel = idOrInvalid(raw.channel_id, CHANNEL_ID);
  const save = async (outcome: "success" | "failure", detail: string, target: string) => {
    try {
      const at = Math.floor(Date.now() / 1000);
      const id = crypto.randomUUID();
      await saveAuditEvent(client, { id, actor, action, target, channel, at, outcome, detail });
      return true;
    } catch {
      return false;
    }
  };
  return {
    succeeded: (detail, target) => save("success", detail, target),
    failed: async (detail, error) => {
      await save("failure", detail, "");
      return { error };
    },
  };
}

function idOrInvalid(value: unknown, pattern: RegExp): string {
  return typeof value === "string" && pattern.test(value) ? value : "invalid";
}
