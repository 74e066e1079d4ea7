/**
 * The items of a list written in one setting (an env var such as `ADMIN_USER_IDS=U1, U2`, or a
 * part of one): split at `separator`, each trimmed, the empty ones dropped; none when unset.
 */
export function listItems(value: string | undefined, separator = ","): string[] {
  return (value ?? "").split(separator).map((item) => item.trim()).filter(Boolean);
}
