/**
 * Who may act, for functions: one person's role, read once per run (the roles datastore and the
 * bootstrap admins of ADMIN_USER_IDS), and the refusal a function returns when it is not enough.
 * The decision itself is core/access; this file only reads and words it.
 */
import { decideAccess, type Grant, isRole, type Role } from "../../core/access/mod.ts";
import { DatastoreReadError } from "../../datastores/records.ts";
import { getRoleItem } from "../../datastores/role_records.ts";
import { SlackApiError, type SlackClient } from "../../slack/web_api.ts";
import { readAdminIds } from "./settings.ts";

/** One person's access, as read at the start of a run. */
export interface Access {
  userId: string;
  grant?: Grant;
  bootstrapAdmin: boolean;
  /** The bootstrap admins, named in refusals as who can grant a role. */
  admins: readonly string[];
}

export interface AccessRefusal {
  /** Short code for the audit trail: access:no_role, access:role_too_low, access:out_of_scope. */
  detail: string;
  /** What the person reads. */
  error: string;
}

/** Raised when access cannot be read; its message is for the person (never a secret). */
export class AccessReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccessReadError";
  }
}

/**
 * Reads `userId`'s access: one datastore read, skipped for a bootstrap admin. A stored item this
 * version cannot read counts as no role (fails closed). Throws AccessReadError.
 */
export async function readAccess(
  client: SlackClient,
  env: Record<string, string | undefined>,
  userId: string,
): Promise<Access> {
  const admins = readAdminIds(env);
  if ("problem" in admins) throw new AccessReadError(admins.problem);
  const base = { userId, admins: [...admins] };
  if (admins.has(userId)) return { ...base, bootstrapAdmin: true };
  let item;
  try {
    item = await getRoleItem(client, userId);
  } catch (error) {
    const why = error instanceof DatastoreReadError || error instanceof SlackApiError
      ? error.message
      : "an unexpected internal error stopped the read.";
    throw new AccessReadError(`Could not read your role, so nothing was done: ${why}`);
  }
  return { ...base, bootstrapAdmin: false, grant: grantOf(item) };
}

function grantOf(item: Record<string, unknown> | undefined): Grant | undefined {
  if (item === undefined || !isRole(item.role) || !Array.isArray(item.scopes)) return undefined;
  const scopes = item.scopes.filter((scope): scope is string => typeof scope === "string");
  return { role: item.role, scopes };
}

/**
 * Why `access` does not allow acting as `needed` for `service` (to `purpose`, e.g. "read its
 * logs"), or undefined when it does.
 */
export function accessRefusal(
  access: Access,
  needed: Role,
  service: string,
  purpose: string,
): AccessRefusal | undefined {
  const decision = decideAccess(access, needed, service);
  if (decision.allowed) return undefined;
  const has = decision.reason === "no_role"
    ? "you have no role"
    : decision.reason === "role_too_low"
    ? `your role is ${access.grant?.role}`
    : `your ${access.grant?.role} role does not cover ${service}`;
  const who = access.admins.length === 0
    ? "an admin of this app (ADMIN_USER_IDS is empty: a workspace admin must set it first)"
    : `an admin (${access.admins.slice(0, 3).join(", ")})`;
  return {
    detail: `access:${decision.reason}`,
    error: `You need the ${needed} role for ${service} to ${purpose}, and ${has}. Nothing was ` +
      `read or posted. Ask ${who} to grant you ${needed} for ${service}.`,
  };
}

/** Why access could not be read, for the person: our own messages only. */
export function describeAccessFailure(error: unknown): string {
  if (error instanceof AccessReadError) return error.message;
  return "Could not read your role because of an unexpected internal error, so nothing was " +
    "done. Try again; if it persists, tell an admin.";
}
