/**
 * Services whose reports go only to the person who asked (ephemeral delivery): SENSITIVE_SERVICES,
 * comma-separated names or globs (`payments`, `auth-*`). A channel report of one is refused before
 * anything is read.
 */
import { MAX_SCOPES, scopeMatches, scopesProblem } from "../../core/access/mod.ts";

/** The patterns of SENSITIVE_SERVICES (empty: none), or a message for admins. */
export function readSensitiveServices(
  env: Record<string, string | undefined>,
): readonly string[] | { problem: string } {
  const patterns = (env.SENSITIVE_SERVICES ?? "").split(",").map((s) => s.trim()).filter(Boolean);
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

/** The refusal of a channel report of `service` when it is sensitive, or undefined. */
export function sensitiveRefusal(
  env: Record<string, string | undefined>,
  service: string,
  delivery: string | undefined,
): { detail: string; error: string } | undefined {
  if (delivery !== "channel") return undefined;
  const patterns = readSensitiveServices(env);
  if ("problem" in patterns) return { detail: "bad_settings", error: patterns.problem };
  if (!patterns.some((pattern) => scopeMatches(pattern, service))) return undefined;
  return {
    detail: "sensitive_service",
    error: `${service} is marked sensitive: its reports are shown only to the person who asks. ` +
      "Nothing was read or posted. Choose ephemeral delivery (only you see it).",
  };
}
