/** Equivalent mutants in core/scrub/detectors/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

const GENERIC = "core/scrub/detectors/generic_credentials.ts";
const SQL_INSERT = "core/scrub/detectors/sql_insert_values.ts";
const CONTACT = "core/scrub/detectors/pii_contact.ts";
const PREFIXED = "core/scrub/detectors/prefixed_tokens.ts";
const PREFIXED_REACH =
  "reach: more.lead === undefined && more.prefilter === undefined ? AT_KEYWORD : undefined,";
const VALUE_RUNS = "core/scrub/detectors/value_runs.ts";

/** Why a mutant of a find-based detector's `pattern` changes nothing. */
const FIND_PATTERN =
  "the detector reads its candidates with find and is prefiltered by keywords: its pattern is never run (match.ts runs find; prefilter/mod.ts and naive.ts use the pattern only for detectors without keywords)";

/**
 * Why an empty tail changes nothing where the tail is the cut class: the ending is then
 * `(?<cut>)(?=[C])` or else `(?![C])` against `(?<cut>)(?=[C])` or else nothing, and where the
 * next character is not of C the first fails and both seconds succeed (provider_shapes.ts ending).
 */
const TAIL_IS_CUT_CLASS =
  "the tail is the cut class: at a next character of the class the cut is taken either way, and at any other the lookahead the tail adds succeeds anyway, so the match and its groups are the same";

export const DETECTORS_EQUIVALENTS: readonly Equivalent[] = [
  {
    file: GENERIC,
    line: "/password|passwd|passphrase|pass|pwd|pw|pswd|auth|community|psk/gi,",
    original: "/password|passwd|passphrase|pass|pwd|pw|pswd|auth|community|psk/gi",
    replacement: "/password|passwd|passphrase|pass|pwd|pw|pswd|auth|community|psk/g",
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: "/secret|token|credential|key|bundle_|pat/gi,",
    original: "/secret|token|credential|key|bundle_|pat/gi",
    replacement: "/secret|token|credential|key|bundle_|pat/g",
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: "/key|auth|cred/gi,",
    original: "/key|auth|cred/gi",
    replacement: "/key|auth|cred/g",
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: "/\\binsert\\b/gi,",
    original: "/\\binsert\\b/gi",
    replacement: "/\\binsert/gi",
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: "/\\binsert\\b/gi,",
    original: "/\\binsert\\b/gi",
    replacement: "/insert\\b/gi",
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: "/\\binsert\\b/gi,",
    original: "/\\binsert\\b/gi",
    replacement: "/\\binsert\\b/g",
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: 'new RegExp(SECRET_STORE_KEYWORDS.join("|"), "gi"),',
    original: '"|"',
    replacement: '""',
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: 'new RegExp(COMMAND_KEYWORDS.join("|"), "gi"),',
    original: '"|"',
    replacement: '""',
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: '/data:|data\\\\?"/gi,',
    original: '/data:|data\\\\?"/gi',
    replacement: '/data:|data\\\\?"/g',
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: '/data:|data\\\\?"/gi,',
    original: '/data:|data\\\\?"/gi',
    replacement: '/data:|data\\\\"/gi',
    reason: FIND_PATTERN,
  },
  {
    file: GENERIC,
    line: "String.raw`:\\/\\/(?:${URL_PASSWORD_AT}{0,${2 * VALUE_CAP + 1}}@|${URL_PASSWORD_AT}{${",
    original: "2",
    replacement: "1",
    reason:
      "a prefilter bound of at least VALUE_CAP + 1 is the same filter: its second branch admits any line with VALUE_CAP + 1 user-info characters after :// (the same class, a password's blank and inner @ included), so the first branch decides only lines with at most VALUE_CAP of them before the @",
  },
  {
    file: GENERIC,
    line: "String.raw`:\\/\\/(?:${URL_PASSWORD_AT}{0,${2 * VALUE_CAP + 1}}@|${URL_PASSWORD_AT}{${",
    original: "2",
    replacement: "3",
    reason:
      "a prefilter bound of at least VALUE_CAP + 1 is the same filter: its second branch admits any line with VALUE_CAP + 1 user-info characters after :// (the same class, a password's blank and inner @ included), so the first branch decides only lines with at most VALUE_CAP of them before the @",
  },
  {
    file: GENERIC,
    line: "String.raw`:\\/\\/(?:${URL_PASSWORD_AT}{0,${2 * VALUE_CAP + 1}}@|${URL_PASSWORD_AT}{${",
    original: "+",
    replacement: "-",
    reason:
      "a prefilter bound of at least VALUE_CAP + 1 is the same filter: its second branch admits any line with VALUE_CAP + 1 user-info characters after :// (the same class, a password's blank and inner @ included), so the first branch decides only lines with at most VALUE_CAP of them before the @",
  },
  {
    file: GENERIC,
    line: "String.raw`:\\/\\/(?:${URL_PASSWORD_AT}{0,${2 * VALUE_CAP + 1}}@|${URL_PASSWORD_AT}{${",
    original: "1",
    replacement: "0",
    reason:
      "a prefilter bound of at least VALUE_CAP + 1 is the same filter: its second branch admits any line with VALUE_CAP + 1 user-info characters after :// (the same class, a password's blank and inner @ included), so the first branch decides only lines with at most VALUE_CAP of them before the @",
  },
  {
    file: GENERIC,
    line: "String.raw`:\\/\\/(?:${URL_PASSWORD_AT}{0,${2 * VALUE_CAP + 1}}@|${URL_PASSWORD_AT}{${",
    original: "1",
    replacement: "2",
    reason:
      "a prefilter bound of at least VALUE_CAP + 1 is the same filter: its second branch admits any line with VALUE_CAP + 1 user-info characters after :// (the same class, a password's blank and inner @ included), so the first branch decides only lines with at most VALUE_CAP of them before the @",
  },
  {
    file: GENERIC,
    line: "VALUE_CAP + 1",
    original: "+",
    replacement: "-",
    reason:
      "admits more lines only (a run of VALUE_CAP or VALUE_CAP - 1 characters, which the pattern's cut, needing VALUE_CAP + 1, does not cut): the pattern decides; the same output",
  },
  {
    file: GENERIC,
    line: "VALUE_CAP + 1",
    original: "1",
    replacement: "0",
    reason:
      "admits more lines only (a run of VALUE_CAP or VALUE_CAP - 1 characters, which the pattern's cut, needing VALUE_CAP + 1, does not cut): the pattern decides; the same output",
  },
  {
    file: SQL_INSERT,
    line: "if (end < 0) {",
    original: "<",
    replacement: "<=",
    reason:
      "readRow returns -1 or an index past a ')' (at least 1), never 0: end < 0 and end <= 0 (or < 1) are the same test",
  },
  {
    file: SQL_INSERT,
    line: "if (end < 0) {",
    original: "0",
    replacement: "1",
    reason:
      "readRow returns -1 or an index past a ')' (at least 1), never 0: end < 0 and end <= 0 (or < 1) are the same test",
  },
  {
    file: SQL_INSERT,
    line: "if (i >= line.length) return -1;",
    original: ">=",
    replacement: ">",
    reason:
      "at i === line.length the character read is undefined (no backslash, no quote): the loop steps past the end and returns -1 at the next test; a backslash at the end jumps past both bounds",
  },
  {
    file: SQL_INSERT,
    line: "if (i >= line.length) return -1;",
    original: "1",
    replacement: "2",
    reason: "the caller only tests the result for < 0: -2 fails the row as -1 does",
  },
  {
    file: SQL_INSERT,
    line: "while (end > start && SPACE.test(line[end - 1])) end--;",
    original: ">",
    replacement: ">=",
    reason:
      "end >= start differs only when end === start (an empty bare value): end then goes below start and the value, empty either way, is not pushed (value.end > value.start)",
  },
  {
    file: CONTACT,
    line: "(hasContextBefore(line, index, PARTY_KEY_BEFORE, 24) && PHONE_LINE_WORDS.test(line));",
    original: "24",
    replacement: "23",
    reason:
      "PARTY_KEY_BEFORE is anchored at the window's end and spans at most 18 characters (destination, a quote, 2 spaces, : or =, 2 spaces, a quote) plus the one its lookbehind reads: every window of 19 or more gives the same answer",
  },
  {
    file: CONTACT,
    line: "(hasContextBefore(line, index, PARTY_KEY_BEFORE, 24) && PHONE_LINE_WORDS.test(line));",
    original: "24",
    replacement: "25",
    reason:
      "PARTY_KEY_BEFORE is anchored at the window's end and spans at most 18 characters (destination, a quote, 2 spaces, : or =, 2 spaces, a quote) plus the one its lookbehind reads: every window of 19 or more gives the same answer",
  },
  {
    file: CONTACT,
    line: "if (/[^0-9+ ().-]/.test(phone)) return false;",
    original: "/[^0-9+ ().-]/.test(phone)",
    replacement: "false",
    reason:
      "the pattern admits only digits, ( ) . - + and the escapes %2[0BbDdEe89], which decode to space + ( ) - .: the decoded value never holds another character",
  },
  {
    file: CONTACT,
    line: 'return /[A-Za-z0-9]/.test(email.slice(0, at)) && !/^" [+.] /.test(email) &&',
    original: "0",
    replacement: "1",
    reason:
      "the match starts with a quote or an escaped quote: slicing from 1 drops a quote or a backslash, never the letter or digit the test looks for",
  },
  {
    file: CONTACT,
    line: 'plausibleMailbox("x", email.slice(at + 1));',
    original: '"x"',
    replacement: '""',
    reason:
      "plausibleMailbox refuses a local part ending in a dot, holding two dots or being git: none is true of the empty string either",
  },
  {
    file: "core/scrub/detectors/chat.ts",
    line: '"A-Za-z0-9%/+=_-",',
    original: '"A-Za-z0-9%/+=_-"',
    replacement: '""',
    after: "4,",
    reason: TAIL_IS_CUT_CLASS,
  },
  {
    file: "core/scrub/detectors/observability.ts",
    line: '"A-Za-z0-9_=-",',
    original: '"A-Za-z0-9_=-"',
    replacement: '""',
    after: "4,",
    reason: TAIL_IS_CUT_CLASS,
  },
  {
    file: "core/scrub/detectors/registries.ts",
    line: '"A-Za-z0-9_-",',
    original: '"A-Za-z0-9_-"',
    replacement: '""',
    after: "4,",
    reason: TAIL_IS_CUT_CLASS,
  },
  {
    file: "core/scrub/detectors/saas.ts",
    line: '"A-Za-z0-9+/=_-",',
    original: '"A-Za-z0-9+/=_-"',
    replacement: '""',
    after: "4,",
    reason: TAIL_IS_CUT_CLASS,
  },
  {
    file: "core/scrub/detectors/saas.ts",
    line:
      'compactToken("facebook-access-token", "EAA[A-Za-z0-9]{28,512}", 4, "A-Za-z0-9", undefined, {',
    original: '"A-Za-z0-9"',
    replacement: '""',
    reason: TAIL_IS_CUT_CLASS,
  },
  {
    file: SQL_INSERT,
    line: "while (i < line.length && SPACE.test(line[i])) i++;",
    original: "<",
    replacement: "<=",
    reason:
      "at i === line.length, line[i] is undefined and SPACE.test(undefined) tests the text 'undefined', which holds no space: the loop stops there either way",
  },
  {
    file: SQL_INSERT,
    line: `else if (c === "'" || c === '"') return -1;`,
    original: "1",
    replacement: "2",
    reason: "the callers only test the result for < 0: -2 fails the row as -1 does",
  },
  {
    file: SQL_INSERT,
    line: 'if (line[i] !== ",") return -1;',
    original: "1",
    replacement: "2",
    reason: "the callers only test the result for < 0: -2 fails the row as -1 does",
  },
  // prefixed_tokens.ts: one prefix in a group of its own matches what it matches bare; and no
  // reach only makes a long line searched whole, which finds the same (windowed_match.ts).
  ...[["list.length === 1", "false", undefined], ["1", "0", 33]].map((
    [original, replacement, column],
  ) => ({
    file: PREFIXED,
    line:
      'const start = list.length === 1 ? literal(list[0]) : `(?:${list.map(literal).join("|")})`;',
    original: original as string,
    replacement: replacement as string,
    column: column as number | undefined,
    reason: "(?:p) matches what p matches, with the same groups",
  })),
  ...[["more.lead === undefined && more.prefilter === undefined", "false", undefined], [
    "===",
    "!==",
    22,
  ]].map(([original, replacement, column]) => ({
    file: PREFIXED,
    line: PREFIXED_REACH,
    original: original as string,
    replacement: replacement as string,
    column: column as number | undefined,
    reason:
      "every prefixed token then has no reach: a long line is searched whole, which finds exactly what its windows find, only slower",
  })),
  // value_runs.ts: its tables are tested for 0 only; the line's reading.
  {
    file: VALUE_RUNS,
    line: ") => [cls, Uint8Array.from(GROUPS, (g) => (g & bits) !== 0 ? 1 : 0)]),",
    original: "1",
    replacement: "2",
    reason: "isMember tests a table's entry for 0 only",
  },
  {
    file: VALUE_RUNS,
    line: "for (const c of chars) table[c.charCodeAt(0)] = 1;",
    original: "1",
    replacement: "2",
    reason: "isMember tests a table's entry for 0 only",
  },
  {
    file: VALUE_RUNS,
    line: "let end = at + 1;",
    original: "1",
    replacement: "0",
    reason:
      "line[at] is a member (the reading back from at found no other): the reading on steps over it to the same end",
  },
  ...[["first = known = end + 1;", "{}"], ["+", "-"], ["1", "0"]].map((
    [original, replacement],
  ) => ({
    file: VALUE_RUNS,
    line: "first = known = end + 1;",
    original,
    replacement,
    reason:
      "line[end] is no member (or end is the range's end, and the next at is past it): reading back from the next at stops there and sets first to end + 1 itself (and known, and in readRuns knownSeen, to what that reading saw)",
  })),
  ...[["1", "0"], ["+", "-"]].map(([original, replacement]) => ({
    file: VALUE_RUNS,
    line: "known = at + 1;",
    original,
    replacement,
    reason:
      "line[at] and line[at - 1] are members, read already: the next reading back reads them once more (adding the groups it already added) and stops where it would",
  })),
  {
    file: VALUE_RUNS,
    line: "let end = at + 1;",
    original: "+",
    replacement: "-",
    reason:
      "line[at - 1] and line[at] are members (the reading back from at found no other, and at - 1 >= first): the reading on steps over them to the same end",
  },
  {
    file: VALUE_RUNS,
    line: "if (end - start > longestRun) longestRun = end - start;",
    original: ">",
    replacement: ">=",
    reason: "on a tie the same length is written again",
  },
  {
    file: VALUE_RUNS,
    line: "if (end - start > longestRun) longestRun = end - start;",
    original: "-",
    replacement: "+",
    column: 50,
    reason:
      "a longest run said longer only makes mayHoldRun say yes: the runs themselves are then looked at, each by its own length (speed only)",
  },
  {
    file: VALUE_RUNS,
    line: "if (!mayHoldRun(line, shortest)) return false;",
    original: "!mayHoldRun(line, shortest)",
    replacement: "false",
    reason:
      "forEachRunOf asks mayHoldRun the same first (and throws the same for a length under SHORTEST_RUN): a no there visits nothing, and found stays false",
  },
  ...[["longestRun = 0;", "{}"], ["0", "1"]].map(([original, replacement]) => ({
    file: VALUE_RUNS,
    line: "longestRun = 0;",
    original,
    replacement,
    reason:
      "a longest run kept from an earlier line only makes mayHoldRun say yes: the runs of this line (none long enough) are then looked at and none is visited, as a no would have given (speed only)",
  })),
  {
    file: VALUE_RUNS,
    line: "if (line === profiled) return;",
    original: "line === profiled",
    replacement: "false",
    reason: "the same line read again gives the same runs: a cache that only saves time",
  },
  {
    file: VALUE_RUNS,
    line: "let seen = 0;",
    original: "0",
    replacement: "1",
    reason:
      "bit 1 is the digits' group, which every class holds: (groups & ~bits) is the same for every class",
  },
  {
    file: VALUE_RUNS,
    line: "starts = grown(starts, new Int32Array(count * 2));",
    original: "2",
    replacement: "3",
    reason: "a larger table holds the same runs",
  },
  ...[
    "ends = grown(ends, new Int32Array(count * 2));",
    "groups = grown(groups, new Uint16Array(count * 2));",
  ]
    .map((line) => ({
      file: VALUE_RUNS,
      line,
      original: "2",
      replacement: "3",
      reason: "a larger table holds the same runs",
    })),
  ...([["(groups[i] & ~bits) === 0", "false"], ["0", "1"]] as const).map((
    [original, replacement],
  ) => ({
    file: VALUE_RUNS,
    line: "if ((groups[i] & ~bits) === 0) visitRun(starts[i], ends[i]);",
    original,
    replacement,
    reason:
      "a run then is read again with forEachRun, which finds it whole when all its characters are the class's ((groups & ~bits) is never 1: every class holds the digits' bit)",
  })),
];
