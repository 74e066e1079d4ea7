/**
 * Who may act, for functions: one person's role, read once per run (the roles datastore, the
 * user groups of USERGROUP_ROLES and the bootstrap admins of ADMIN_USER_IDS), and the refusal a
 * function returns when it is not enough. The decision itself is core/access; this file only
 * reads and words it.
 */
import {
  decideAccess,
  type Grant,
  isRole,
  managesAccess,
  type Role,
} from "../../core/access/mod.ts";
import { inlineCode } from "../../core/render/slack_escape.ts";
import { DatastoreReadError } from "../../datastores/records.ts";
import { getRoleItem } from "../../datastores/role_records.ts";
import { SlackApiError, type SlackClient } from "../../slack/web_api.ts";
import { readAdminIds } from "./settings.ts";
import {
  createMembershipLookup,
  groupGrantsOf,
  readUsergroupRoles,
  UsergroupReadError,
} from "./usergroups.ts";

/** Longest service name repeated in a refusal. */
const MAX_SERVICE_SHOWN = 64;

/** One person's access, as read at the start of a run. */
export interface Access {
  userId: string;
  grant?: Grant;
  /** Grants from the configured user groups the person is in (those worth asking about). */
  groupGrants?: Grant[];
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
 * What a run is about to check, so that only the user groups that could allow it are asked
 * about: acting as `needed` for `service`, or "manage" (managing roles, reading the audit).
 */
export type Wanted = { needed: Role; service: string } | "manage";

/**
 * Reads `userId`'s access: one datastore read, skipped for a bootstrap admin; then, only when
 * their own grant does not allow `wanted`, the configured user groups that would. A stored item
 * this version cannot read counts as no role (fails closed). Throws AccessReadError.
 */
export async function readAccess(
  client: SlackClient,
  env: Record<string, string | undefined>,
  userId: string,
  wanted?: Wanted,
): Promise<Access> {
  const admins = readAdminIds(env);
  if ("problem" in admins) throw new AccessReadError(admins.problem);
  const groups = readUsergroupRoles(env);
  if ("problem" in groups) throw new AccessReadError(groups.problem);
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
  const own: Access = { ...base, bootstrapAdmin: false, grant: grantOf(item) };
  if (groups.length === 0 || allowsWanted(own, wanted)) return own;
  const worthAsking = (grant: Grant) =>
    wanted === undefined ||
    allowsWanted({ ...base, bootstrapAdmin: false, grant }, wanted);
  try {
    const groupGrants = await groupGrantsOf(
      createMembershipLookup(client),
      groups,
      userId,
      worthAsking,
    );
    return { ...own, groupGrants };
  } catch (error) {
    const why = error instanceof UsergroupReadError
      ? error.message
      : "An unexpected internal error stopped the read.";
    throw new AccessReadError(`Could not read your role, so nothing was done: ${why}`);
  }
}

function allowsWanted(access: Access, wanted: Wanted | undefined): boolean {
  if (wanted === undefined) return false;
  if (wanted === "manage") return managesAccess(access);
  return decideAccess(access, wanted.needed, wanted.service).allowed;
}

/** The grant a stored roles item holds, or undefined when this version cannot read it. */
export function grantOf(item: Record<string, unknown> | undefined): Grant | undefined {
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
  // The service is typed by the person or a workflow: shown as code, it cannot format.
  const named = inlineCode(service.slice(0, MAX_SERVICE_SHOWN));
  const has = decision.reason === "no_role"
    ? "you have no role"
    : decision.reason === "role_too_low"
    ? `your role is ${rolesHeld(access)}`
    : `your ${rolesHeld(access)} role does not cover ${named}`;
  const who = whoGrants(access);
  return {
    detail: `access:${decision.reason}`,
    error: `You need the ${needed} role for ${named} to ${purpose}, and ${has}. Nothing was ` +
      `read or posted. Ask ${who} to grant you ${needed} for ${named}.`,
  };
}

/** The roles someone holds, for a refusal: their own, then their groups'. */
function rolesHeld(access: Access): string {
  const roles = [access.grant, ...(access.groupGrants ?? [])].flatMap((grant) =>
    grant ? [grant.role] : []
  );
  return [...new Set(roles)].join(" or ");
}

/**
 * Why `access` does not allow managing roles or reading the audit, or undefined when it does:
 * that needs a bootstrap admin, or an admin for every service (scope `*`).
 */
export function manageRefusal(access: Access, purpose: string): AccessRefusal | undefined {
  if (managesAccess(access)) return undefined;
  const held = [access.grant, ...(access.groupGrants ?? [])].filter((g) => g !== undefined);
  const has = held.length === 0
    ? "you have no role"
    : held.some((grant) => grant.role === "admin")
    ? "your admin role covers only some services"
    : `your role is ${rolesHeld(access)}`;
  return {
    detail: held.length === 0 ? "access:no_role" : "access:not_full_admin",
    error: `You need the admin role for every service (scope *) to ${purpose}, and ${has}. ` +
      `Nothing was changed or shown. Ask ${whoGrants(access)} to grant it.`,
  };
}

function whoGrants(access: Access): string {
  return access.admins.length === 0
    ? "an admin of this app (ADMIN_USER_IDS is empty: a workspace admin must set it first)"
    : `an admin (${access.admins.slice(0, 3).join(", ")})`;
}

/** Why access could not be read, for the person: our own messages only. */
export function describeAccessFailure(error: unknown): string {
  if (error instanceof AccessReadError) return error.message;
  return "Could not read your role because of an unexpected internal error, so nothing was " +
    "done. Try again; if it persists, tell an admin.";
}
