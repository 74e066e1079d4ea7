/**
 * Service scopes of a role grant: a service name, or a glob where `*` stands for any run of
 * characters (`checkout-*`, `*`). Matching works on characters, never on a regular expression
 * built from the pattern, and is bounded by the sizes checked here.
 */

/** Longest scope pattern and service name compared. */
export const MAX_SCOPE_CHARS = 64;
/** Most `*` in one pattern. */
export const MAX_SCOPE_STARS = 4;
/** Most scopes in one grant. */
export const MAX_SCOPES = 50;

const SCOPE_CHARS = /^[A-Za-z0-9._*-]+$/;

/** Why `pattern` is not a usable scope, or undefined when it is. */
export function scopeProblem(pattern: string): string | undefined {
  if (pattern.length === 0 || pattern.length > MAX_SCOPE_CHARS) {
    return `a scope is 1 to ${MAX_SCOPE_CHARS} characters`;
  }
  if (!SCOPE_CHARS.test(pattern)) {
    return "a scope holds only letters, digits, '.', '_', '-' and '*'";
  }
  let stars = 0;
  for (const char of pattern) if (char === "*") stars++;
  if (stars > MAX_SCOPE_STARS) return `a scope holds at most ${MAX_SCOPE_STARS} '*'`;
  return undefined;
}

/**
 * True when `service` matches `pattern` (`*`: any run of characters, possibly empty). A pattern
 * or service past the size limits, or a pattern that is not a usable scope, matches nothing.
 */
export function scopeMatches(pattern: string, service: string): boolean {
  if (scopeProblem(pattern) !== undefined) return false;
  if (service.length === 0 || service.length > MAX_SCOPE_CHARS) return false;
  // Greedy wildcard matching with one backtrack point: O(pattern × service) at worst.
  let p = 0;
  let s = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (s < service.length) {
    if (p < pattern.length && pattern[p] !== "*" && pattern[p] === service[s]) {
      p++;
      s++;
    } else if (p < pattern.length && pattern[p] === "*") {
      starAt = p++;
      resumeAt = s;
    } else if (starAt !== -1) {
      p = starAt + 1;
      s = ++resumeAt;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
