/** Counts in words: "1 line", "2 lines", "0 lines". */

/** `n` and the noun, singular for exactly 1; `plural` for nouns that do not just take an "s". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
