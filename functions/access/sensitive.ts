/**
 * Services whose reports go only to the person who asked (ephemeral delivery): SENSITIVE_SERVICES,
 * comma-separated names or globs (`payments`, `auth-*`), added to the services
 * config/service_rules.ts marks `sensitive` (service_rules.ts refuses a channel report of one
 * before anything is read).
 */
import { MAX_SCOPES, scopesProblem } from "../../core/access/mod.ts";
import { listItems } from "../list_setting.ts";

/** The patterns of SENSITIVE_SERVICES (empty: none), or a message for admins. */
export function readSensitiveServices(
  env: Record<string, string | undefined>,
): readonly string[] | { problem: string } {
  const patterns = listItems(env.SENSITIVE_SERVICES);
  if (patterns.length === 0) return [];
  const problem = scopesProblem(patterns);
  if (problem) {
    return {
      problem: `SENSITIVE_SERVICES must be at most ${MAX_SCOPES} comma-separated service names ` +
        `or globs (${problem}). Ask an admin to fix it with \`slack env add SENSITIVE_SERVICES …\`.`,
    };
  }
  return patterns;
}
