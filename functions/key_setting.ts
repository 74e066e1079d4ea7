/**
 * A secret key set in the function's env (ALERT_GRANT_KEY, AUDIT_HASH_KEY): its text, trimmed,
 * absent when unset, or a message for admins when it is too short to be a key or too long.
 */

/** Shortest key accepted: 32 characters, e.g. `openssl rand -hex 32` (64). */
export const MIN_KEY_CHARS = 32;
const MAX_KEY_CHARS = 1024;

/** The key in `env[name]` (absent when unset), or a message for admins when it is unusable. */
export function readKeySetting(
  env: Record<string, string | undefined>,
  name: string,
): { key?: string } | { problem: string } {
  const key = (env[name] ?? "").trim();
  if (key === "") return {};
  if (key.length < MIN_KEY_CHARS || key.length > MAX_KEY_CHARS) {
    return {
      problem: `${name} must be ${MIN_KEY_CHARS} to ${MAX_KEY_CHARS} characters long ` +
        "(e.g. the output of `openssl rand -hex 32`). Ask an admin to fix it with " +
        `\`slack env add ${name} …\`.`,
    };
  }
  return { key };
}
