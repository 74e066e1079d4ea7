/**
 * The audit trail of one function run: one audit_events item per run, written when the run is
 * refused, fails or succeeds (a later write replaces the earlier one, so a fetch can record that
 * it started before it reads anything). Who asked and where come from the raw inputs, so a run
 * refused for bad inputs is recorded too (a malformed id as "invalid").
 */
import {
  type AuditEvent,
  type AuditOutcome,
  DatastoreWriteError,
  saveAuditEvent,
} from "../datastores/records.ts";
import { SlackApiError, type SlackClient } from "../slack/web_api.ts";
import { CHANNEL_ID, USER_ID } from "./slack_ids.ts";

/** What a run adds to its event besides who, what, when and how it ended. */
export type AuditFields = Partial<
  Omit<AuditEvent, "id" | "actor" | "action" | "channel" | "at" | "outcome" | "detail">
>;

export interface AuditTrail {
  /** The requester's user id, or "invalid". */
  readonly actor: string;
  /** When the run started (epoch seconds). */
  readonly at: number;
  /**
   * Saves the run's event with `fields` added to those of earlier writes. Throws
   * DatastoreWriteError or SlackApiError when it could not be saved.
   */
  write(outcome: AuditOutcome, detail: string, fields?: AuditFields): Promise<void>;
  /** Saves a success event; false when it could not be saved. */
  succeeded(detail: string, fields?: AuditFields): Promise<boolean>;
  /** Saves a failure event (best effort: the person's error matters more) and returns the error. */
  failed(detail: string, error: string, fields?: AuditFields): Promise<{ error: string }>;
  /** As `failed`, for a run stopped before anything was read or posted. */
  refused(detail: string, error: string, fields?: AuditFields): Promise<{ error: string }>;
}

/** `rawInputs` are unvalidated; `nowMs` is the run's clock. */
export function createAuditTrail(
  client: SlackClient,
  action: string,
  rawInputs: unknown,
  nowMs: () => number = Date.now,
): AuditTrail {
  const raw = typeof rawInputs === "object" && rawInputs !== null
    ? rawInputs as Record<string, unknown>
    : {};
  const id = crypto.randomUUID();
  const actor = idOrInvalid(raw.user_id, USER_ID);
  const channel = raw.channel_id === undefined || raw.channel_id === ""
    ? ""
    : idOrInvalid(raw.channel_id, CHANNEL_ID);
  const at = Math.floor(nowMs() / 1000);
  let known: AuditFields = { target: "" };

  const write = async (outcome: AuditOutcome, detail: string, fields: AuditFields = {}) => {
    known = { ...known, ...fields };
    await saveAuditEvent(client, {
      target: "",
      ...known,
      id,
      actor,
      action,
      channel,
      at,
      outcome,
      detail,
    });
  };
  const tryWrite = async (outcome: AuditOutcome, detail: string, fields?: AuditFields) => {
    try {
      await write(outcome, detail, fields);
      return true;
    } catch {
      return false;
    }
  };
  return {
    actor,
    at,
    write,
    succeeded: (detail, fields) => tryWrite("success", detail, fields),
    failed: async (detail, error, fields) => {
      await tryWrite("failure", detail, fields);
      return { error };
    },
    refused: async (detail, error, fields) => {
      await tryWrite("refused", detail, fields);
      return { error };
    },
  };
}

/** Why an audit event could not be saved, for the person: our own messages only. */
export function describeAuditFailure(error: unknown): string {
  if (error instanceof DatastoreWriteError || error instanceof SlackApiError) return error.message;
  return "An unexpected internal error stopped the audit trail. Try again; if it persists, " +
    "tell an admin.";
}

function idOrInvalid(value: unknown, pattern: RegExp): string {
  return typeof value === "string" && pattern.test(value) ? value : "invalid";
}
