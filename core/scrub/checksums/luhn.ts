/**
 * The Luhn (mod 10) check digit rule of ISO/IEC 7812-1, used by payment card numbers and
 * by Canada's social insurance number.
 */

/** True when `digits` (ASCII digits only, at least 2) passes the Luhn check. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,64}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
