/** Small digit helpers shared by the check-digit rules and the PII validators. */

/** True when `digits` is two or more of one digit (`0000`, `99999999`): a filler, not a number. */
export function repeatedDigit(digits: string): boolean {
  return /^(\d)\1+$/.test(digits);
}

/** True when `value` is exactly `length` digits, not all one digit (`000000000`). */
export function plausibleDigits(value: string, length: number): boolean {
  return value.length === length && /^\d+$/.test(value) && !repeatedDigit(value);
}

/** The numeric value of each character of a string of digits: `"907"` → `[9, 0, 7]`. */
export function digitValues(digits: string): number[] {
  return Array.from(digits, (c) => c.charCodeAt(0) - 48);
}

/** Σ values[i] × weights[i] over the first `weights.length` values. */
export function weightedSum(values: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += values[i] * weights[i];
  return sum;
}

/** The weights `first`, `first` − 1 … `last` (2 unless given): `countdown(5)` → `[5, 4, 3, 2]`. */
export const countdown = (first: number, last = 2): number[] =>
  Array.from({ length: first - last + 1 }, (_, i) => first - i);
