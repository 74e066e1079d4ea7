/**
 * The compact form of the commonest provider token: a literal prefix (or a few) and a random body,
 * found anywhere in a line (./provider_shapes.ts's token()), the prefixes, lower-cased, being the
 * prefilter's keywords, with the entropy bound every provider token has unless it says otherwise
 * (3 bits per character, so that all-x placeholders stay). One call per provider keeps each family
 * file's additions, and the function bundles, small. compactToken is the same for any other token.
 */
import type { Detector } from "../detector.ts";
import { AT_KEYWORD } from "../windowed_match.ts";
import { token, type TokenSpec } from "./provider_shapes.ts";
import { literal } from "./raw.ts";

/**
 * A token starting with one of `prefixes` and going on with `body` (a regex source); `more`
 * overrides or adds to the spec (a tail, a validate).
 */
export function prefixedToken(
  id: string,
  prefixes: string | readonly string[],
  body: string,
  more: Partial<TokenSpec> = {},
): Detector {
  const list = typeof prefixes === "string" ? [prefixes] : prefixes;
  const start = list.length === 1 ? literal(list[0]) : `(?:${list.map(literal).join("|")})`;
  return token({
    id,
    prefilter: { keywords: list.map((prefix) => prefix.toLowerCase()) },
    token: start + body,
    minEntropy: 3,
    // Every match starts with one of the prefixes, its keywords (the default lead only looks
    // behind), unless `more` names other keywords or another lead.
    reach: more.lead === undefined && more.prefilter === undefined ? AT_KEYWORD : undefined,
    ...more,
  });
}

/**
 * Keywords of a token whose literal prefix `lead` is a common word (`key`, `pub`) and a hex digit
 * follows it: the prefix and each hex digit, so that the word alone (`routing_key`, `public`)
 * wakes no search for the token.
 */
export const hexLed = (lead: string): string[] =>
  [..."0123456789abcdef"].map((digit) => lead + digit);

/**
 * The compact form of any other token(): an id, the token's regex source, its entropy bound, the
 * characters that may not follow it and, when its literal prefixes are not enough, the prefilter
 * keywords (token() infers them otherwise); `more` adds the rest of the spec (a validate, a cut
 * class, a lead, a reach, a prefilter instead of keywords, a checksum). Any token can be written
 * this way or with token().
 */
export function compactToken(
  id: string,
  source: string,
  minEntropy?: number,
  tail?: string,
  keywords?: readonly string[],
  more?: Omit<Partial<TokenSpec>, "id" | "token" | "minEntropy" | "tail" | "keywords">,
): Detector {
  return token({ id, token: source, minEntropy, tail, keywords, ...more });
}
