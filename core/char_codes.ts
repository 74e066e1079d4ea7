/**
 * Tests of one UTF-16 code unit against the ASCII classes several modules read (the scrubber's
 * line shapes, key names and frames, and the log patterns): one definition each. A code unit past
 * the text (`charCodeAt` gives NaN) is in none.
 */

/** An ASCII digit, 0-9. */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** An ASCII letter, either case (`c | 32` is the lower case of an upper-case letter). */
export const isLetterCode = (c: number): boolean => (c | 32) >= 0x61 && (c | 32) <= 0x7a;

/** An ASCII letter or digit. */
export const isAlnumCode = (c: number): boolean => isDigitCode(c) || isLetterCode(c);
