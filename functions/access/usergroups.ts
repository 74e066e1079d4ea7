/**
 * Roles that come from membership of a Slack user group: USERGROUP_ROLES in the function's env,
 * `GROUP:ROLE:SCOPES` entries separated by `;` (SCOPES: comma-separated names or globs), e.g.
 * `S0123ONCALL:debugger:checkout-*,payments; S0456SRE:admin:*`. Ids differ per workspace, so
 * they are settings, like ADMIN_USER_IDS. Membership is read with usergroups.users.list
 * (usergroups:read) only for the groups that could allow what is asked, and each group at most
 * once per execution (a lookup made for one run is never reused by the next).
 */
import { type Grant, isRole, type Role, scopesProblem } from "../../core/access/mod.ts";
import { SlackApiError, type SlackClient, slackErrorCode } from "../../slack/web_api.ts";
import { listItems } from "../list_setting.ts";

/** Most groups configured: each can cost one usergroups.users.list call (Tier 2) per run. */
export const MAX_USERGROUP_ROLES = 10;
const USERGROUP_ID = /^S[A-Z0-9]{2,20}$/;
/** Most members read from one answer; a group past it counts as unreadable (fails closed). */
const MAX_GROUP_MEMBERS = 100_000;

export interface UsergroupRole {
  usergroup: string;
  grant: Grant;
}

/** USERGROUP_ROLES (empty: none), or a message for admins naming the bad entry's position. */
export function readUsergroupRoles(
  env: Record<string, string | undefined>,
): UsergroupRole[] | { problem: string } {
  const entries = listItems(env.USERGROUP_ROLES, ";");
  const fix = "Ask an admin to fix it with `slack env add USERGROUP_ROLES …` " +
    "(entries like S0123ABCD:debugger:checkout-*,payments separated by ;).";
  if (entries.length > MAX_USERGROUP_ROLES) {
    return { problem: `USERGROUP_ROLES holds at most ${MAX_USERGROUP_ROLES} entries. ${fix}` };
  }
  const roles: UsergroupRole[] = [];
  for (const [index, entry] of entries.entries()) {
    const [usergroup, role, scopeText, ...rest] = entry.split(":").map((s) => s.trim());
    const scopes = listItems(scopeText);
    const problem = rest.length > 0 || scopeText === undefined
      ? "it must be GROUP:ROLE:SCOPES"
      : !USERGROUP_ID.test(usergroup)
      ? "the group must be a user group id (like S0123ABCD)"
      : !isRole(role)
      ? "the role must be viewer, debugger or admin"
      : scopesProblem(scopes);
    if (problem !== undefined) {
      return { problem: `USERGROUP_ROLES entry ${index + 1} is not usable: ${problem}. ${fix}` };
    }
    roles.push({ usergroup, grant: { role: role as Role, scopes } });
  }
  return roles;
}

/** Raised when a group's membership cannot be read; the message names the group and why. */
export class UsergroupReadError extends Error {
  constructor(usergroup: string, why: string) {
    super(`Could not read the members of user group ${usergroup} (${why}).`);
    this.name = "UsergroupReadError";
  }
}

/**
 * Membership lookups for one execution: each group's member list is read at most once, then
 * answered from memory. Create one per run; never keep one between runs.
 */
export function createMembershipLookup(client: SlackClient) {
  const members = new Map<string, ReadonlySet<string>>();
  return async (usergroup: string, userId: string): Promise<boolean> => {
    let known = members.get(usergroup);
    if (known === undefined) {
      known = await readMembers(client, usergroup);
      members.set(usergroup, known);
    }
    return known.has(userId);
  };
}

async function readMembers(client: SlackClient, usergroup: string): Promise<ReadonlySet<string>> {
  let response;
  try {
    response = await client.call("usergroups.users.list", { usergroup });
  } catch (error) {
    throw new UsergroupReadError(
      usergroup,
      error instanceof SlackApiError ? error.message : "an unexpected internal error",
    );
  }
  if (!response.ok) {
    throw new UsergroupReadError(usergroup, `Slack said "${slackErrorCode(response)}"`);
  }
  const users = response.users;
  if (!Array.isArray(users) || users.length > MAX_GROUP_MEMBERS) {
    throw new UsergroupReadError(
      usergroup,
      "the answer was not a list of members Safe Debug reads",
    );
  }
  return new Set(users.filter((user): user is string => typeof user === "string"));
}

/**
 * The grants `userId` holds through the groups of `roles` for which `worthAsking` is true, in
 * order. Throws UsergroupReadError when a group asked about cannot be read.
 */
export async function groupGrantsOf(
  lookup: ReturnType<typeof createMembershipLookup>,
  roles: readonly UsergroupRole[],
  userId: string,
  worthAsking: (grant: Grant) => boolean = () => true,
): Promise<Grant[]> {
  const grants: Grant[] = [];
  for (const { usergroup, grant } of roles.slice(0, MAX_USERGROUP_ROLES)) {
    if (worthAsking(grant) && await lookup(usergroup, userId)) grants.push(grant);
  }
  return grants;
}
