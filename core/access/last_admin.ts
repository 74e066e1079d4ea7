/**
 * The last-admin rule: a change of roles may not leave the app without an admin who can manage
 * access. Admins counted: the bootstrap admins (ADMIN_USER_IDS) and the stored grants of an admin
 * for every service. Admins by user group are not counted: membership changes outside the app.
 */
import { type Grant, isFullAdmin } from "./roles.ts";

export interface AdminCount {
  /** The bootstrap admins. */
  bootstrapAdmins: ReadonlySet<string>;
  /** Users whose stored grant makes them an admin for every service. */
  grantedAdmins: ReadonlySet<string>;
}

/**
 * True when giving `target` the grant `after` (undefined: revoking theirs) takes away the last
 * admin, counting as above: there was one, and none is left.
 */
export function removesLastAdmin(admins: AdminCount, target: string, after?: Grant): boolean {
  const before = new Set([...admins.bootstrapAdmins, ...admins.grantedAdmins]);
  if (before.size === 0 || isFullAdmin(after) || admins.bootstrapAdmins.has(target)) return false;
  const remaining = new Set(before);
  remaining.delete(target);
  return remaining.size === 0;
}
