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

/** An article or a possessive before a word and `key`: whose key it is (`the Acme key`, `your key`). */
export const OWNER_WORDS = "the|your|an?|my|our|this";

/**
 * Words before `key` that name no key: articles, possessives, determiners and the prepositions
 * logs put there (`the key for this lookup is v`, `cache miss for key: v`: prose, read as a lone
 * `key` is, ./assignments.ts OWNED_KEY), and SSH, GPG and PGP keys (public, or a path).
 */
const NO_OWNER = new RegExp(
  `^(?:${OWNER_WORDS}|that|its|no|any|each|for|by|with|ssh|gpg|pgp)$`,
  "i",
);

/**
 * The kind `key` after a word and one space names, when that word and `key` joined by `_` name a
 * secret (`private_key`, `secret_key`, `api_key`: "secret") or any other key (`hasura_key`,
 * `using_key` as in `[DEBUG] using key = v`, `agora key='v'`: "plain", read as a lone `key` is by
 * ./assignments.ts isBareKeyValue: only a generated value, not a path nor an entity's id in base64
 * as a message key prints); null otherwise: `public key:`, `cache key:`, a word naming no key
 * (NO_OWNER: `the key is v`, `ssh key:`), an element's attribute (`<add key="MySettingKey12345"
 * …/>` names a setting) and a `key` after no word stay what a lone `key` is (no key name).
 */
export function spacedKeyKind(
  line: string,
  start: number,
  end: number,
): "secret" | "plain" | null {
  const m = end - start === 3 ? WORD_KEY.exec(line.slice(Math.max(0, start - 15), end)) : null;
  if (m === null) return null;
  const kind = keyKind(`${m[1]}_key`);
  if (kind === "secret") return kind;
  return kind === "key" && !NO_OWNER.test(m[1]) && line.charCodeAt(start - 2 - m[1].length) !== 0x3c
    ? "plain"
    : null;
}
