/**
 * Roles and the access decision, free of Slack: who may do what for which service.
 * - viewer: may see channel reports;
 * - debugger: may request logs and post reports for the services in scope;
 * - admin: everything a debugger may, for the services in scope, and grants roles.
 * A higher role includes the lower ones. A bootstrap admin (named in the app's settings) is an
 * admin for every service.
 */
import { MAX_SCOPES, scopeMatches, scopeProblem } from "./scope.ts";

export const ROLES = ["viewer", "debugger", "admin"] as const;
export type Role = typeof ROLES[number];

const RANK: Record<Role, number> = { viewer: 0, debugger: 1, admin: 2 };

/** One person's grant, as the roles store holds it (or a user group's, from the settings). */
export interface Grant {
  role: Role;
  /** Service names or globs (`checkout-*`, `*`). */
  scopes: readonly string[];
}

export type Decision =
  | { allowed: true; via: "grant" | "usergroup" | "bootstrap_admin" }
  | {
    allowed: false;
    /** no_role: no grant at all; role_too_low: a lower role; out_of_scope: not for this service. */
    reason: "no_role" | "role_too_low" | "out_of_scope";
    needed: Role;
  };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Why `scopes` cannot be granted, or undefined when they can. */
export function scopesProblem(scopes: readonly string[]): string | undefined {
  if (scopes.length === 0) return "a grant needs at least one scope (a service name, or *)";
  if (scopes.length > MAX_SCOPES) return `a grant holds at most ${MAX_SCOPES} scopes`;
  for (const scope of scopes) {
    const problem = scopeProblem(scope);
    if (problem) return problem;
  }
  return undefined;
}

/** Someone's access: their own grant, the grants of the user groups they are in, bootstrap. */
export interface Holder {
  grant?: Grant;
  /** Grants that come from membership of a configured user group. */
  groupGrants?: readonly Grant[];
  bootstrapAdmin: boolean;
}

function allows(grant: Grant, needed: Role, service: string): boolean {
  return RANK[grant.role] >= RANK[needed] &&
    grant.scopes.slice(0, MAX_SCOPES).some((scope) => scopeMatches(scope, service));
}

/**
 * Whether `who` may act as `needed` for `service`: a bootstrap admin always, else their own grant
 * or any of their user groups' grants. A refusal says what is missing: no grant at all, a role
 * too low in every grant, or a high enough role that does not cover the service.
 */
export function decideAccess(who: Holder, needed: Role, service: string): Decision {
  if (who.bootstrapAdmin) return { allowed: true, via: "bootstrap_admin" };
  if (who.grant !== undefined && allows(who.grant, needed, service)) {
    return { allowed: true, via: "grant" };
  }
  const groups = who.groupGrants ?? [];
  if (groups.some((grant) => allows(grant, needed, service))) {
    return { allowed: true, via: "usergroup" };
  }
  const held = who.grant === undefined ? groups : [who.grant, ...groups];
  if (held.length === 0) return { allowed: false, reason: "no_role", needed };
  if (held.every((grant) => RANK[grant.role] < RANK[needed])) {
    return { allowed: false, reason: "role_too_low", needed };
  }
  return { allowed: false, reason: "out_of_scope", needed };
}

/** True when `grant` is an admin's for every service (a scope of only `*`). */
export function isFullAdmin(grant: Grant | undefined): boolean {
  return grant !== undefined && grant.role === "admin" &&
    grant.scopes.slice(0, MAX_SCOPES).some((scope) => /^\*+$/.test(scope));
}

/**
 * Whether `who` may manage roles and read the audit: a bootstrap admin, or an admin for every
 * service by their own grant or a user group's. An admin scoped to some services is not one.
 */
export function managesAccess(who: Holder): boolean {
  return who.bootstrapAdmin || isFullAdmin(who.grant) ||
    (who.groupGrants ?? []).some((grant) => isFullAdmin(grant));
}
