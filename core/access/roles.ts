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

/** One person's grant, as the roles store holds it. */
export interface Grant {
  role: Role;
  /** Service names or globs (`checkout-*`, `*`). */
  scopes: readonly string[];
}

export type Decision =
  | { allowed: true; via: "grant" | "bootstrap_admin" }
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

/** Whether someone with `grant` (or a bootstrap admin) may act as `needed` for `service`. */
export function decideAccess(
  who: { grant?: Grant; bootstrapAdmin: boolean },
  needed: Role,
  service: string,
): Decision {
  if (who.bootstrapAdmin) return { allowed: true, via: "bootstrap_admin" };
  const grant = who.grant;
  if (grant === undefined) return { allowed: false, reason: "no_role", needed };
  if (RANK[grant.role] < RANK[needed]) return { allowed: false, reason: "role_too_low", needed };
  const scopes = grant.scopes.slice(0, MAX_SCOPES);
  if (!scopes.some((scope) => scopeMatches(scope, service))) {
    return { allowed: false, reason: "out_of_scope", needed };
  }
  return { allowed: true, via: "grant" };
}
