/**
 * Bare values the key/value reader (./assignments.ts) finds after a secret-named key that are
 * code, not a secret: a name the key is compared with (`if token == END_MARK:`), a stand-in
 * before a call's closing brackets (`def read(self, pwd=None):`). Only clear code: a word with a
 * digit or a capital inside (`Zx9Qm2Lw`) stays a value. Kept small: every function's bundle
 * carries it.
 */
import type { Assignment } from "./assignments.ts";
import { isPlaceholder } from "../placeholders.ts";

/** Whether the value `a` that the reader found on `line` is code, not a secret. */
export function isCodeValue(line: string, a: Assignment): boolean {
  const v = line.slice(a.start, a.end), op = line.slice(a.keyStart + a.key.length, a.start);
  return !a.cut && !a.opens && !/["'`]/.test(line[a.start - 1]) && (
    /[=!]=/.test(op) && /^(?:[A-Z_]+|[a-z_.]+)[):]?$/.test(v) ||
    /^\w+[)\]}]/.test(v) && isPlaceholder(v.replace(/\W+$/, ""))
  );
}
