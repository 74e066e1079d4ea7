/**
 * A secret's key name written as two words with a space between (`Private Key:`, `secret key =`,
 * `API key:`): a label a tool prints, read as the name it would be with `_` for the space.
 */
import { keyKind } from "./key_names.ts";

/**
 * A word of at most 12 letters (`encryption`, `recovery`), no part of a longer name, one space and
 * `key`, ending the text: read on the 15 characters before `key` and `key`, so that a longer word
 * has a letter before any 12 of its letters.
 */
const WORD_KEY = /(?<!\w)([A-Za-z]{1,12}) key$/i;

/**
 * "secret" when `line[start, end)` is the word `key` after a word and one space, and that word
 * and `key` joined by `_` name a secret (`private_key`, `secret_key`, `api_key`; ./key_names.ts);
 * null otherwise: `public key:`, `cache key:`, `ssh key:` and a `key` after no word stay what a
 * lone `key` is (no key name).
 */
export function spacedKeyKind(line: string, start: number, end: number): "secret" | null {
  const m = end - start === 3 ? WORD_KEY.exec(line.slice(Math.max(0, start - 15), end)) : null;
  return m && keyKind(`${m[1]}_key`) === "secret" ? "secret" : null;
}
