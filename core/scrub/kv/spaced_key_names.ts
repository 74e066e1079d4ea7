/**
 * A secret's key name written as two words with a space between (`Private Key:`, `secret key =`,
 * `API key:`): a label a tool prints, read as the name it would be with `_` for the space.
 */
import { keyKind } from "./key_names.ts";

/** The first word's longest (`encryption`, `recovery`, `signing`, `account`). */
const MAX_WORD = 12;

const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isNameChar = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/**
 * "secret" when `line[start, end)` is the word `key` after a word and one space, and that word
 * and `key` joined by `_` name a secret (`private_key`, `secret_key`, `api_key`; ./key_names.ts);
 * null otherwise: `public key:`, `cache key:`, `ssh key:` and a `key` after no word stay what a
 * lone `key` is (no key name).
 */
export function spacedKeyKind(line: string, start: number, end: number): "secret" | null {
  if (end - start !== 3 || line.slice(start, end).toLowerCase() !== "key") return null;
  if (start < 2 || line.charCodeAt(start - 1) !== 0x20) return null;
  let from = start - 1;
  while (from > 0 && start - 1 - from < MAX_WORD && isLetter(line.charCodeAt(from - 1))) from--;
  if (from === start - 1 || (from > 0 && isNameChar(line.charCodeAt(from - 1)))) return null;
  return keyKind(`${line.slice(from, start - 1)}_key`) === "secret" ? "secret" : null;
}
