/**
 * Marks the patterns of a window that are new or rose sharply against the previous
 * same-length window, when the two were mined apart. (Mining both together, with
 * PatternSummarizer.addPrevious or minePatterns' `previous`, matches templates exactly and is
 * preferred; this is for summaries made separately, such as one kept from an earlier report.)
 *
 * A template matches a previous one when they are equal, or when they have the same words and
 * each differing word is a variable (`<*>`) on one side that covers the other side's word:
 * `user <*> logged in` matches `user alice logged in`.
 */
import { type Change, changeOf, type Pattern } from "./summary.ts";
import { WILDCARD } from "./tokenize.ts";

export interface ComparedPattern {
  pattern: Pattern;
  /** Lines of matching previous patterns. */
  previousCount: number;
  change: Change;
}

/** At most this many previous patterns are compared word by word with each current one. */
const MAX_FUZZY_CANDIDATES = 2_000;

export function comparePatterns(
  current: readonly Pattern[],
  previous: readonly Pattern[],
): ComparedPattern[] {
  const exact = new Map<string, number>();
  const byWords = new Map<number, { words: string[]; count: number }[]>();
  let fuzzy = 0;
  for (const p of previous) {
    exact.set(p.template, (exact.get(p.template) ?? 0) + p.count);
    if (fuzzy >= MAX_FUZZY_CANDIDATES) continue;
    const words = p.template.split(" ");
    const list = byWords.get(words.length);
    if (list) list.push({ words, count: p.count });
    else byWords.set(words.length, [{ words, count: p.count }]);
    fuzzy++;
  }
  return current.map((pattern) => {
    let previousCount = exact.get(pattern.template) ?? 0;
    if (previousCount === 0) {
      const words = pattern.template.split(" ");
      for (const candidate of byWords.get(words.length) ?? []) {
        if (wordsMatch(words, candidate.words)) previousCount += candidate.count;
      }
    }
    return { pattern, previousCount, change: changeOf(pattern.count, previousCount) };
  });
}

function wordsMatch(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && !covers(a[i], b[i]) && !covers(b[i], a[i])) return false;
  }
  return true;
}

/** True when `word`, read with `<*>` as "any text", can be `other`. */
function covers(word: string, other: string): boolean {
  if (!word.includes(WILDCARD)) return false;
  const parts = word.split(WILDCARD);
  if (!other.startsWith(parts[0]) || !other.endsWith(parts[parts.length - 1])) return false;
  let at = parts[0].length;
  const end = other.length - parts[parts.length - 1].length;
  if (end < at) return false;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = other.indexOf(parts[i], at);
    if (found === -1 || found + parts[i].length > end) return false;
    at = found + parts[i].length;
  }
  return true;
}
