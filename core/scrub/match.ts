/**
 * Runs one detector over one line and returns the accepted spans (what to mask).
 * The engine calls this for every detector the keyword prefilter lets through;
 * the detector tests call it alone on each detector's own examples. A secret detector's
 * candidate that is only a placeholder (`${DB_PASSWORD}`, `changeme`) is refused here, for
 * every secret detector alike, custom ones included.
 */
import type { Detector } from "./detector.ts";
import { shannonEntropy } from "./entropy.ts";
import { isPlaceholder } from "./placeholders.ts";

export interface Span {
  start: number;
  end: number;
  detector: Detector;
}

/** Upper bound on candidates one detector may produce on one line. */
export const MAX_MATCHES_PER_LINE = 1000;

export function matchDetector(detector: Detector, line: string): Span[] {
  const spans: Span[] = [];
  const re = detector.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(line)) !== null && guard++ < MAX_MATCHES_PER_LINE) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const group = m.groups?.secret;
    let start = m.index;
    let secret = m[0];
    if (group !== undefined) {
      const at = m.indices?.groups?.secret;
      if (group.length === 0 || !at) continue;
      start = at[0];
      secret = group;
    }
    if (detector.minEntropy !== undefined && shannonEntropy(secret) < detector.minEntropy) continue;
    if (detector.kind === "secret" && isPlaceholder(secret)) continue;
    if (detector.validate && !detector.validate(secret, line, start)) continue;
    spans.push({ start, end: start + secret.length, detector });
    // The search goes on after the accepted secret (a pattern that reads its value by a
    // lookahead ends before it): nothing inside it needs finding twice.
    if (re.lastIndex < start + secret.length) re.lastIndex = start + secret.length;
  }
  re.lastIndex = 0;
  return spans;
}
