/**
 * The engine's own output tokens in a line (`[REDACTED:aws-access-key-id]`), so that scrubbing
 * scrubbed text again changes nothing.
 */
import type { Span } from "./match.ts";
import { MASK_TOKEN } from "./placeholders.ts";

/**
 * Drops candidates that lie inside this engine's own output tokens (re-scrubbing is stable). A
 * token counts only when it names a finding id these rules can write (`maskIds`): text dressed
 * up as a token, `[REDACTED:4111-1111-1111-1111]`, is still scrubbed.
 */
export function withoutMaskTokens(
  line: string,
  spans: Span[],
  maskIds: ReadonlySet<string>,
): Span[] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of line.matchAll(MASK_TOKEN)) {
    if (!maskIds.has(maskTokenId(m[0]))) continue;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  if (starts.length === 0) return spans;
  return spans.filter((s) => {
    // The last token starting at or before the span (tokens do not overlap; starts ascend).
    let low = 0, high = starts.length - 1, at = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] <= s.start) {
        at = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return at === -1 || s.end > ends[at];
  });
}

/** The finding id a token of MASK_TOKEN names: `[REDACTED:<id>]`, `[REDACTED:<id> …1234]`, `[<id>:<hex>]`. */
function maskTokenId(token: string): string {
  const redacted = "[REDACTED:";
  if (!token.startsWith(redacted)) return token.slice(1, token.indexOf(":"));
  const space = token.indexOf(" ");
  return token.slice(redacted.length, space === -1 ? -1 : space);
}
