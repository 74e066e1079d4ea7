/**
 * What the personal-data detectors of numbers share: the boundaries a number may not continue
 * past, separators taken out, and context words (`ssn`, `"tckn":`, `passport no.`) that make a
 * number too common to mask alone (nine plain digits) an identifier.
 */
import { regex } from "./regex.ts";
import { literal, raw } from "./raw.ts";
import type { Detector } from "../detector.ts";
import { type CompactPrefilter, type DetectorExtras, pii } from "./compact_detector.ts";
import { digitsOf, hasContextBefore } from "./value_checks.ts";
import { AT_NUMBER_RUN } from "../windowed_match.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import { charsBefore } from "../kv/syntax.ts";

/**
 * No digit run, decimal, path, version, key or grouped number continues on the left (a comma may
 * come before: a CSV field, a list); a word's last digit does not (`SSN2 234-56-7890`) …
 */
export const BEFORE = raw`(?<![\w.:/+-]|(?<![A-Za-z_])\d[ -])`;
/**
 * … or on the right; a `/` and a word after it end a path's segment
 * (`/users/ssn:123-45-6789/profile`), a `/` and a digit continue a number (`2026/01`).
 */
export const AFTER = raw`(?![\w:]|\/(?![A-Za-z])|[ .,-]?\d)`;
/** No letter or digit right before a value (a token's start) … */
export const ALONE_BEFORE = "(?<![A-Za-z0-9])";
/** … or right after it. */
export const ALONE_AFTER = "(?![A-Za-z0-9])";
/** As BEFORE, but a value may follow `:` or `#` right away (`ssn:536904399`, `NPI#1234567893`). */
export const KEYED_BEFORE = raw`(?<![\w./+-]|(?<![A-Za-z_])\d[ -])`;

/** The head of an IBAN in capitals and any groups of four after it (`DE89 3704 `). */
const IBAN_HEAD_BEFORE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: [A-Z0-9]{4})* $/;

/**
 * Whether the number at `index` of `line` is the rest of an IBAN (one mistyped, or not one of a
 * registered length, when no IBAN detector took it), no card or telephone number: a group of four
 * at its start, an IBAN's head right before (`DE89 3704 ` before `0044 0532 …`). A number of
 * another layout after a token of that shape is none (`NW10 020 7946 0018`, `SO12 4539…6467`).
 */
export const ibanRestAt = (line: string, index: number): boolean =>
  /^[A-Z0-9]{4}(?![A-Za-z0-9])/.test(line.slice(index, index + 5)) &&
  hasContextBefore(line, index, IBAN_HEAD_BEFORE);

/**
 * The start of a number: its first character `first` (a digit or a class of digits) where BEFORE
 * (or, `keyed`, KEYED_BEFORE) holds. It matches what `BEFORE + first` does: no word character
 * before a digit is `\b` (a digit is one, whatever the flags), and the rest of the lookbehind
 * is checked after it. V8 then skips ahead to the characters `first` takes and refuses a digit
 * inside a number at the boundary, where a pattern that opens with the whole lookbehind is tried
 * at every character of the line (3x slower); checking it behind `first` instead was a tenth
 * slower than this on the mixed log's number lines.
 */
export function numberStart(first: string, keyed = true): string {
  const before = (keyed ? KEYED_BEFORE : BEFORE).slice("(?<![\\w".length);
  return `\\b(?<![${before}${first}`;
}

/**
 * As numberStart (keyed), but the number may also be glued to a standalone `is` right before it
 * (`id code is030594W903B`): the space after a name's `is` left out. Only inContext detectors use
 * it, whose context check reads such an `is` as though the space were there.
 */
export function numberStartAfterIs(first: string): string {
  const before = raw`[\w./+-](?<!(?<![A-Za-z])[iI][sS])|(?<![A-Za-z_])\d[ -]`;
  return `${first}(?<!(?:${before})${first})`;
}

/** A standalone `is` right before a value (numberStartAfterIs's glued form). */
const GLUED_IS = /(?<![A-Za-z])is$/i;

/**
 * A number's pattern: its first character `first` at a number's start (numberStart, `keyed` as
 * there), then `body`, then nothing that continues it (AFTER), searched globally.
 */
export const numberPattern = (first: string, body: string, keyed = true): RegExp =>
  regex(`${numberStart(first, keyed)}${body}${AFTER}`, "g");

/** `value` without spaces, dashes and dots, upper-cased: `x-1234567-l` → `X1234567L`. */
export const compact = (value: string): string => value.replace(/[ .-]/g, "").toUpperCase();

/** A check of a number's digits as a check of the value as written (`529.982.247-25`). */
export const ofDigits = (valid: (digits: string) => boolean) => (value: string): boolean =>
  valid(digitsOf(value));

/** inContext's extras for a value checked without separators, in capitals (`compact`). */
export const COMPACT_VALUE = { normalize: compact };

/**
 * The prefilter of a keyword-free detector of numbers: the number-run line shape (nine digits in
 * one run of digits and short separators), one object for them all.
 */
export const NUMBER_RUN: CompactPrefilter = { shape: "number-run" };

/**
 * The extras of a detector whose matches start at a number-run start (AT_NUMBER_RUN): numberStart's
 * digit, which none of `A-Za-z0-9_./+-` precedes, then nine digits or more with one of a few
 * separators at most between each two. One object for them all keeps the bundles small.
 */
export const RUN_START: DetectorExtras = { reach: AT_NUMBER_RUN };

/** The patterns of grouped() that hold nine digits or more (see inContext). */
const numberRuns = new WeakSet<RegExp>();

/** A number in the given digit groups, each separated by one optional space, dash or dot. */
export function grouped(...groups: number[]): RegExp {
  // The first digit is numberStart's.
  const [first, ...rest] = groups;
  const body = [first - 1, ...rest].map((n) => raw`\d{${n}}`).join(raw`[ .-]?`);
  const pattern = numberPattern(raw`\d`, body);
  if (groups.reduce((a, b) => a + b, 0) >= 9) numberRuns.add(pattern);
  return pattern;
}

/** `text` with every ASCII letter matching either case: `no` → `[nN][oO]`. */
function anyCase(text: string): string {
  return text.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/**
 * What a log says of a value between its name and the value (`NINO invalid: `, `PAN
 * verification failed: `, `Rufnummer ungültig: `): words a name may be followed by, as `is` is.
 */
export const ID_STATUS_WORDS =
  "invalid|invalide|invalido|inv\u00e1lido|non valido|ung\u00fcltig|unknown|" +
  "rejected|failed|blocked|unreachable|not found|mismatch|missing|expired|" +
  "verification failed|check failed|lookup failed|not verified|unverified";

/** Whose value it is, between its name and the value (`SSN mismatch for applicant `). */
const HOLDER_WORDS = "applicant|customer|user|holder|patient|member|employee|account";

/**
 * A letter before a name that does not join the name to its word: a lower-case one before the
 * name's capital, a camel-case hump (`providerNpi`); case-sensitive, so left out where a pattern
 * ignores case.
 */
export const HUMP = "(?<![a-z](?=[A-Z]))";
/** How a name may be followed before its value: `no.`, `number:`, `#`, `"`, ` is `. */
const NAME_SUFFIX = `(?:[ _.-]?(?:${
  anyCase("no|nr|num|number|nummer|numero")
}|[nN](?:°|º|\\.º?)|#))?`;
/**
 * NAME_JOIN's joining words (at most two), after up to five other characters and an escaped quote
 * (`\": \"`: a JSON key's quotes escaped, as Python's json.dumps spaces them); an identifier's
 * name may also be followed by what the log says of the value (ID_STATUS_WORDS, `changed to`,
 * `updated to`) and whose it is (HOLDER_WORDS), at most three words in all.
 */
const joinOf = (words: string, most: number) =>
  `[^A-Za-z0-9\\n]{0,5}(?:\\\\")?(?:(?:${anyCase(words)})[^A-Za-z0-9\\n]{1,3}){0,${most}}`;
const NAME_JOIN = joinOf("is|was|of|for|no|number", 2);
const ID_NAME_JOIN = joinOf(
  `is|was|of|for|no|number|changed|updated|to|${ID_STATUS_WORDS}|${HOLDER_WORDS}`,
  3,
);
/**
 * NAME_JOIN for a name asked for in a sentence and given in the next (`your date of birth? It's
 * 1969-03-23`): also `it's`, `it is`, `it was`, and `is` in Spanish, French, German, Italian and
 * Portuguese (`mi fecha de nacimiento es 17 de agosto de 1965`).
 */
export const SPOKEN_NAME_JOIN = joinOf(
  "is|was|of|for|no|number|it's|it’s|it is|it was|es|est|ist|è|é",
  2,
);

/**
 * The names a value may follow: plain words, and patterns for a name no word spells (`cc` and a
 * card brand's two letters): a pattern's source is used as written, in lower case, which the
 * readers that ignore case (afterNameAnyCase, afterWordAnyCase) match in any case.
 */
export type Names = readonly (string | RegExp)[];

/**
 * Regular-expression source for a value's name in any case: one of `phrases` (plain words; a
 * space in one stands for a space, `_`, `.`, `-` or nothing, an apostrophe may be left out; or
 * patterns, see Names),
 * maybe `no.` / `number` / `#`, then at most a few joining characters and words (`: `, `" : "`,
 * ` is `, a list's `': ['` as Django's QueryDict prints a form field) and nothing else up to the
 * value: `"passport_no": "`, `Passport number is `, `DL# `; not `passport office closed, ref `. A
 * name starts after no letter, or at a camel-case hump (`providerNpi=`, `AbaRouting:`: a capital
 * after a lower-case letter), as objects name their fields. Identifiers' names (afterName, namedRightBefore)
 * may also be followed by what the log says of the value (ID_STATUS_WORDS: `NINO invalid: `).
 */
export function nameSource(phrases: Names, join = NAME_JOIN, hump = false): string {
  const words = phrases.map((p) =>
    p instanceof RegExp
      ? p.source
      : anyCase(literal(p)).replace(/ /g, "[ _.-]?").replace(/'/g, "'?")
  );
  return `(?<![A-Za-z]${hump ? HUMP : ""})(?:${words.join("|")})${NAME_SUFFIX}${join}`;
}

/**
 * Keywords that find every line naming one of `phrases` as nameSource reads them, few and short:
 * a phrase's longest part between its spaces and apostrophes when it has five characters or more
 * (`date of birth` → `birth`, `carta de condução` → `condução`), which every way of writing the
 * phrase holds; the ways of writing a shorter one (phraseKeywords: `dl no` → `dl_no`, `dlno` …).
 * Fewer and shorter keywords than phraseKeywords' keep the prefilter's automaton small.
 */
export function nameKeywords(phrases: readonly string[]): string[] {
  const short: string[] = [];
  const words = phrases.flatMap((phrase) => {
    const longest = phrase.split(/[ ']/).reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length >= 5) return [longest.toLowerCase()];
    short.push(phrase);
    return [];
  });
  return phraseKeywords([...words, ...short]);
}

/** nameSource for an identifier's name, which may also be followed by ID_STATUS_WORDS. */
const idNameSource = (phrases: Names) => nameSource(phrases, ID_NAME_JOIN, true);

/**
 * A pattern for a value right after its name (see nameSource): `value` is the source of the
 * value, found as the group `secret`, which may not be followed by a letter or digit.
 */
export function afterName(phrases: Names, value: string): RegExp {
  return regex(`${idNameSource(phrases)}(?<secret>${value})(?![A-Za-z0-9])`, "dg");
}

/** afterName for a value with no letters: the pattern ignores case, which searches faster. */
export function afterNameAnyCase(phrases: Names, value: string): RegExp {
  const source = idNameSource(phrases).replace(HUMP, "").replace(/\[([a-z])[A-Z]\]/g, "$1");
  return regex(`${source}(?<secret>${value})(?![A-Za-z0-9])`, "dgi");
}

/**
 * afterNameAnyCase, with no digit right before the name either (its own pattern refuses only a
 * letter there): so a short Latin name may wake its detector at a word's start alone (keywords
 * `atWordStart`: `inn` not in `beginning`, `pan` not in `company`).
 */
export const afterWordAnyCase = (phrases: Names, value: string): RegExp =>
  regex(`(?<!\\d)${afterNameAnyCase(phrases, value).source}`, "dgi");

/** A context pattern: the text before a value ends with one of `phrases`, named as nameSource says. */
export function namedRightBefore(phrases: Names): RegExp {
  return regex(`${idNameSource(phrases)}$`);
}

/**
 * A detector gated on context words before the value: `context` ends within `window` characters
 * (default 56: a long name and what the log says of the value fit) before it, and `valid` holds
 * of the value as `normalize` leaves it (default: its digits).
 */
export function inContext(
  id: string,
  prefilter: CompactPrefilter,
  pattern: RegExp,
  context: RegExp,
  valid: (value: string) => boolean,
  more: DetectorExtras & {
    normalize?: (value: string) => string;
    window?: number;
  } = {},
): Detector {
  const { normalize = digitsOf, window = 56, ...rest } = more;
  // A grouped() number of nine digits or more starts at a number-run start: numberStart's digit,
  // which none of `A-Za-z0-9_./+-` precedes, then its other digits with one of ` .-` at most
  // between each two.
  if (rest.reach === undefined && numberRuns.has(pattern)) rest.reach = AT_NUMBER_RUN;
  return pii(
    id,
    prefilter,
    pattern,
    (value, line, index) => {
      if (!valid(normalize(value))) return false;
      if (hasContextBefore(line, index, context, window)) return true;
      // A value glued to its name's `is` (numberStartAfterIs): the context as if spaced. GLUED_IS
      // needs an `s` right before the value: looked at first, so that the values refused by
      // their context (most) are not sliced again.
      if ((line.charCodeAt(index - 1) | 0x20) !== 0x73) return false;
      const before = charsBefore(line, index, window);
      return GLUED_IS.test(before) && context.test(before + " ");
    },
    rest,
  );
}
