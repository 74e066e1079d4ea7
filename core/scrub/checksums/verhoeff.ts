/**
 * The Verhoeff check digit (dihedral group D5), used by India's Aadhaar number. It catches
 * every single-digit error and every adjacent transposition.
 */

/**
 * The group's product: 0–4 are its rotations, 5–9 its reflections (the table Verhoeff gives,
 * computed).
 */
const multiply = (j: number, k: number) =>
  j < 5 ? (k < 5 ? 0 : 5) + (j + k) % 5 : (k < 5 ? 5 : 0) + (j - k + 5) % 5;

/** The permutation a digit goes through once per place from the right (its place mod 8 times). */
const STEP = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];

/** True when `digits` (ASCII digits, the check digit last) passes the Verhoeff check. */
export function verhoeffValid(digits: string): boolean {
  if (!/^\d{2,64}$/.test(digits)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    for (let r = i % 8; r > 0; r--) d = STEP[d];
    c = multiply(c, d);
  }
  return c === 0;
}
