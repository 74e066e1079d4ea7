/** Counts of ASCII characters, shared by calls (each call leaves it zeroed). */
const asciiCounts = new Int32Array(128);

/** Shannon entropy of a string, in bits per character (0 for the empty string). */
export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let others: Map<number, number> | undefined;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) asciiCounts[c]++;
    else {
      others ??= new Map();
      others.set(c, (others.get(c) ?? 0) + 1);
    }
  }
  let bits = 0;
  // Each ASCII character's count is used at its first occurrence, then cleared.
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || asciiCounts[c] === 0) continue;
    const p = asciiCounts[c] / n;
    bits -= p * Math.log2(p);
    asciiCounts[c] = 0;
  }
  for (const count of others?.values() ?? []) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
