/** ADMIN_USER_IDS: the bootstrap admins, from the function's env; unusable: a message for admins. */
import { USER_ID } from "../slack_ids.ts";
import { listItems } from "../list_setting.ts";

export const MAX_BOOTSTRAP_ADMINS = 20;

export function readAdminIds(
  env: Record<string, string | undefined>,
): ReadonlySet<string> | { problem: string } {
  const ids = listItems(env.ADMIN_USER_IDS);
  if (ids.length > MAX_BOOTSTRAP_ADMINS || ids.some((id) => !USER_ID.test(id))) {
    return {
      problem: `ADMIN_USER_IDS must be a comma-separated list of at most ${MAX_BOOTSTRAP_ADMINS} ` +
        "user ids (like U0123ABCD). Ask a workspace admin to fix it with " +
        "`slack env add ADMIN_USER_IDS …`.",
    };
  }
  return new Set(ids);
}
