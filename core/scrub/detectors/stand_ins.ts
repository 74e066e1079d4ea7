/**
 * Documentation stand-ins for provider tokens: values that have a provider token's shape but
 * were written by a person to show it, not issued by the provider. Two kinds are recognised,
 * both judged on the token's random part (its last run of letters and digits):
 *
 * - a random part carrying the word EXAMPLE (any case), as providers' documentation writes
 *   them (AWS's `AKIAIOSFODNN7EXAMPLE`);
 * - an obviously sequential random part: one ascending run through the digits and the
 *   alphabet (`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef`, `1234567890abcdef`), which no random
 *   generator writes.
 *
 * Runs of one repeated character (`xxxx`, `0000`) are left to each detector's entropy bound.
 */
import { isAlnumCode as isAlnum } from "../../char_codes.ts";

/** The random part must be at least this long to be judged at all. */
const MIN_RUN = 8;

/** Letters and digits, by class: the successor of a character is the next one in its class. */
const CLASSES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

function classOf(c: string): string | undefined {
  return CLASSES.find((k) => k.includes(c));
}

/**
 * Whether `next` may follow `c` in a sequence a person types: the next character of its class
 * (`a`→`b`, `8`→`9`), `9`→`0` (`1234567890`), or from a class's last character (or `0` after
 * `…890`) to another class's first (`Z`→`a`, `9`→`a`, `z`→`0`).
 */
function follows(c: string, next: string): boolean {
  const own = classOf(c);
  if (own === undefined) return false;
  const at = own.indexOf(c);
  if (own[at + 1] === next) return true;
  if (c === "9" && next === "0") return true;
  const other = classOf(next);
  if (other === undefined || other === own) return false;
  const endsClass = at === own.length - 1 || c === "0";
  return endsClass && (next === other[0] || (other === CLASSES[0] && next === "1"));
}

/** The last run of letters and digits in `value`. */
export function randomPart(value: string): string {
  let end = value.length;
  while (end > 0 && !isAlnum(value.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isAlnum(value.charCodeAt(start - 1))) start--;
  return value.slice(start, end);
}

/** True when `part` is one ascending run (see `follows`), at least MIN_RUN long. */
export function isSequential(part: string): boolean {
  if (part.length < MIN_RUN) return false;
  for (let i = 1; i < part.length; i++) {
    if (!follows(part[i - 1], part[i])) return false;
  }
  return true;
}

/** True when the random part of `value` carries EXAMPLE in any case (a documentation value). */
export function saysExample(value: string): boolean {
  return /example/i.test(randomPart(value));
}

/**
 * True when the random part of a token-shaped `value` is obviously sequential: a person wrote
 * it. A random part is the last run of letters and digits; up to 4 characters glued before the
 * run (a prefix such as `AKIA`) are allowed.
 */
export const hasSequentialRandomPart = (value: string): boolean => {
  const part = randomPart(value);
  if (part.length < MIN_RUN) return false;
  for (let skip = 0; skip <= 4 && part.length - skip >= MIN_RUN; skip++) {
    if (isSequential(part.slice(skip))) return true;
  }
  return false;
};
