/** Equivalent mutants in core/scrub/kv/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

const ASSIGNMENTS = "core/scrub/kv/assignments.ts";
const CSV = "core/scrub/kv/csv_columns.ts";
const KUBERNETES = "core/scrub/kv/kubernetes.ts";
const COMMANDS = "core/scrub/kv/commands.ts";
const AFTER_KEY_WORDS = "core/scrub/kv/after_key_words.ts";
const KEY_NAMES = "core/scrub/kv/key_names.ts";
const SYNTAX = "core/scrub/kv/syntax.ts";
const CONTINUATIONS = "core/scrub/kv/continuations.ts";
const VALUES_NAMED_BY = "core/scrub/kv/values_named_by.ts";

/** Why a mutant of a one-line memo changes nothing. */
const MEMO =
  "a memo of the last line's result: the function it spares is pure (same line, same result), so reading the line again gives the same answer, only slower";
/** Why a mutant of the search of key word ends' lastIndex resets changes nothing. */
const KEY_END_RESET =
  "endsIn's loop is the only code that runs KEY_END or KEY_END_AT (other modules read KEY_END's source only), and it sets lastIndex right before every test: what this line leaves is never read";
/** Why `{other: false}` is `{other: true}`. */
const OTHER_FLAG =
  'an atom is told apart only by `"other" in atom` (after_key_words.ts parse and endings), never by the flag\'s value';

const DASHED = "const DASHED_PASSWORD = /^-(?!-)(?=\\S{0,200}[0-9A-Z])\\S{5,}$/;";
const STRING_PREFIX = "const STRING_PREFIX = /^(?:[bBrRuUfF]{1,2}|[@$L])(?=\\\\{0,7}[\"'`])/;";
const STRING_PREFIX_REGEX = "/^(?:[bBrRuUfF]{1,2}|[@$L])(?=\\\\{0,7}[\"'`])/";

export const KV_EQUIVALENTS: readonly Equivalent[] = [
  // assignments.ts
  {
    file: ASSIGNMENTS,
    line: "if (line === lastLine) return lastFound;",
    original: "line === lastLine",
    replacement: "false",
    reason: MEMO,
  },
  {
    file: ASSIGNMENTS,
    line: "if (line === endsLine) return endsFound;",
    original: "line === endsLine",
    replacement: "false",
    reason: MEMO,
  },
  {
    file: ASSIGNMENTS,
    line: "endsLine = line;",
    original: "endsLine = line;",
    replacement: "{}",
    reason: MEMO,
  },
  ...[["re.lastIndex = 0;", "{}"], ["0", "1"]].map(([original, replacement]) => ({
    file: ASSIGNMENTS,
    line: "re.lastIndex = 0;",
    after: "}",
    original,
    replacement,
    reason: KEY_END_RESET,
  })),
  {
    file: ASSIGNMENTS,
    line: "const arrow = CHANGE_ARROW.exec(line.slice(old.end + 1, old.end + 12));",
    original: "12",
    replacement: "11",
    reason:
      "CHANGE_ARROW is anchored and matches at most 9 characters (3 blanks, ->, 3 blanks, a quote): a slice of 10 or 12 gives the same match",
  },
  {
    file: ASSIGNMENTS,
    line: "const arrow = CHANGE_ARROW.exec(line.slice(old.end + 1, old.end + 12));",
    original: "12",
    replacement: "13",
    reason:
      "CHANGE_ARROW is anchored and matches at most 9 characters (3 blanks, ->, 3 blanks, a quote): a slice of 11 or 12 gives the same match",
  },
  {
    file: ASSIGNMENTS,
    line: "if (old.cut || old.opens !== null || !isQuoteCode(quote)) return null;",
    column: 15,
    original: "||",
    replacement: "&&",
    reason:
      "a cut value and a value that opens below both end at the line's end (every made(…, line.length …) and made(n, n …)), where quote is -1, no quote: the third test returns null for them anyway",
  },
  {
    file: ASSIGNMENTS,
    line:
      "if (start < 2 || line.charCodeAt(start - 1) !== 0x7b || line.charCodeAt(start - 2) !== 0x24) {",
    column: 15,
    original: "2",
    replacement: "1",
    reason:
      "at start 1 the third test reads charCodeAt(-1), NaN, which is not `$`: the function returns false as with start < 2",
  },
  // isArnResource's first test, a shortcut: ARN_BEFORE ends in `:\d{0,12}:$` and matches 10
  // characters at least (`arn:a:b:::`, after the line's start or a character), so it
  // holds only where the key follows a `:` at 10 or more: any test that lets more through, or
  // turns away only keys at 2 or less, returns what the ARN test returns.
  ...([
    ["before < 2 || line.charCodeAt(before - 1) !== 0x3a", "false"],
    ["<", "<="],
    ["2", "1"],
    ["2", "3"],
    ["||", "&&"],
  ] as const).map(([original, replacement]) => ({
    file: ASSIGNMENTS,
    line: "if (before < 2 || line.charCodeAt(before - 1) !== 0x3a) return false;",
    original,
    replacement,
    reason:
      "a shortcut: ARN_BEFORE ends in `:\\d{0,12}:$` after at least `arn:a:b:::` (10 characters), so the ARN test on the text before the key is false wherever the key is not right after a `:` or starts within the first 9 characters: the function returns false there either way",
  })),
  {
    file: ASSIGNMENTS,
    line: "const indentOf = (line: string) => /^[ \\t]*/.exec(line)![0].length;",
    original: "/^[ \\t]*/",
    replacement: "/[ \\t]*/",
    reason:
      "[ \\t]* matches (maybe empty) at index 0 of every string: exec finds the same match unanchored",
  },
  {
    file: ASSIGNMENTS,
    line: "return at !== -1 && at - from <= VALUE_CAP ? at : -1;",
    original: "1",
    replacement: "0",
    column: 18,
    reason:
      "when at is -1 the result is -1 either way (at - from is negative, so the mutant returns at, which is -1); `at !== 0` never decides (from ≥ 1)",
  },
  {
    file: ASSIGNMENTS,
    line: "return at !== -1 && at - from <= VALUE_CAP ? at : -1;",
    original: "1",
    replacement: "2",
    column: 18,
    reason: "when at is -1 the mutant returns at, which is -1, the same",
  },
  {
    file: ASSIGNMENTS,
    line: "const isBareEnd = (code: number) => code < 128 ? BARE_END[code] === 1 : code === 0xa0;",
    original: "<",
    replacement: "<=",
    reason: "at code 128, BARE_END[128] is undefined (not 1) and 128 is not 0xa0: false either way",
  },
  {
    file: ASSIGNMENTS,
    line: STRING_PREFIX,
    original: STRING_PREFIX_REGEX,
    replacement: "/(?:[bBrRuUfF]{1,2}|[@$L])(?=\\\\{0,7}[\"'`])/",
    reason:
      "on a 3-character slice an unanchored match can start only at index 1 (a prefix letter then a quote); from then moves 1 onto that prefix letter, no quote, and the value is read bare from `at` as without a prefix",
  },
  {
    file: ASSIGNMENTS,
    line: STRING_PREFIX,
    original: STRING_PREFIX_REGEX,
    replacement: "/^(?:[bBrRuUfF]{1,2}|[@$L])(?=\\\\{0,6}[\"'`])/",
    reason: "the pattern runs on a 3-character slice: at most 2 backslashes fit after a prefix",
  },
  {
    file: ASSIGNMENTS,
    line: "const wrapper = WRAPPER.exec(line.slice(from, from + 40));",
    original: "40",
    replacement: "39",
    reason:
      "WRAPPER is anchored and matches at most 21 characters (SecretString::new( and 3 blanks): a slice of 39 or 40 gives the same match",
  },
  {
    file: ASSIGNMENTS,
    line: "const wrapper = WRAPPER.exec(line.slice(from, from + 40));",
    original: "40",
    replacement: "41",
    reason:
      "WRAPPER is anchored and matches at most 21 characters (SecretString::new( and 3 blanks): a slice of 40 or 41 gives the same match",
  },
  {
    file: ASSIGNMENTS,
    line: "while (end > start && line.charCodeAt(end - 1) === 0x5c) end--;",
    original: ">",
    replacement: ">=",
    reason:
      "at end === start, the character before is the last of the opening quote token, a quote, never a backslash: the loop stops there either way",
  },
  // csv_columns.ts
  {
    file: CSV,
    line: "if (/[=:{[<>\\/]/.test(line)) return null;",
    original: "/[=:{[<>\\/]/.test(line)",
    replacement: "false",
    reason:
      "a glance only: none of = : { [ < > / is a separator or may be in a column NAME, so a line holding one has a field NAME rejects, and csvHeader returns null after reading it",
  },
  {
    file: CSV,
    line: "if (parts.length < 2) return null;",
    original: "parts.length < 2",
    replacement: "false",
    reason:
      "the line holds the separator; one field then means the separator is inside quotes in it, and NAME (no separator characters) rejects that field: null either way",
  },
  {
    file: CSV,
    line: "if (parts.length < 2) return null;",
    original: "2",
    replacement: "1",
    reason:
      "the line holds the separator; one field then means the separator is inside quotes in it, and NAME (no separator characters) rejects that field: null either way",
  },
  {
    file: CSV,
    line: 'if (!line.includes("\\\\n")) return [];',
    original: '!line.includes("\\\\n")',
    replacement: "false",
    reason:
      "a glance only: without an escaped break the line is one segment, a header at most, and no row is read: [] either way",
  },
  {
    file: CSV,
    line: 'if (!line.includes("\\\\n")) return [];',
    original: '"\\\\n"',
    replacement: '""',
    reason:
      "a glance only: without an escaped break the line is one segment, a header at most, and no row is read: [] either way",
  },
  {
    file: CSV,
    line: "ESCAPED_BREAK.lastIndex = 0;",
    original: "ESCAPED_BREAK.lastIndex = 0;",
    replacement: "{}",
    reason:
      "ESCAPED_BREAK is module-private and only used by matchAll, which runs a copy and never changes the original's lastIndex (0 from its creation)",
  },
  {
    file: CSV,
    line: 'while (start < end && (line[start] === " " || line[start] === "\\t")) start++;',
    original: "<",
    replacement: "<=",
    reason:
      "at start === end the field is empty or blank; moving past a tab separator makes start > end, a range csvRows (and csvInLine through it) never pushes, as it does not push the empty one",
  },
  {
    file: CSV,
    line:
      'end > start && (line[end - 1] === " " || line[end - 1] === "\\t" || line[end - 1] === "\\r")',
    original: ">",
    replacement: ">=",
    reason:
      "at end === start the field is empty or blank; stepping back over the blank or tab before it makes end < start, a range csvRows never pushes, as it does not push the empty one",
  },
  // kubernetes.ts
  {
    file: KUBERNETES,
    line: "if (value.length < 8 || value.length % 4 !== 0 || !BASE64.test(value)) return false;",
    original: "8",
    replacement: "7",
    reason: "a length of 7 is no multiple of 4: the shortest value let through is 8 either way",
  },
  {
    file: KUBERNETES,
    line: "return value.length >= 16 || decodeBase64Text(value) !== null;",
    original: "16",
    replacement: "15",
    reason: "only multiples of 4 reach this line: none is 15, so >= 15 and >= 16 agree",
  },
  {
    file: KUBERNETES,
    line: "const BASE64 = /^[A-Za-z0-9+/]{4,}={0,2}$/;",
    original: "/^[A-Za-z0-9+/]{4,}={0,2}$/",
    replacement: "/^[A-Za-z0-9+/]{5,}={0,2}$/",
    reason:
      "it runs only on values of 8 or more characters, so at least 6 come before the 2 `=` at most",
  },
  {
    file: KUBERNETES,
    line: "while (i < line.length && /\\s/.test(line[i])) i++;",
    original: "<",
    replacement: "<=",
    reason:
      'line[line.length] is undefined, and /\\s/ tests it as the text "undefined": no blank, the loop stops there either way',
  },
  // commands.ts
  {
    file: COMMANDS,
    line: 'if (!line.includes("|")) return;',
    original: '"|"',
    replacement: '""',
    reason:
      "a shortcut before the last search: ECHO_PIPE needs a `|`, so on a line without one it finds nothing",
  },
  {
    file: COMMANDS,
    line: "if (past !== -1) out.push({ start: past, end: next.length, cut: true });",
    original: "past !== -1",
    replacement: "true",
    reason:
      "the extra cut starts at -1: acceptCandidates (the engine's reader of a continued line) skips every candidate that starts before its running end, which starts at 0",
  },
  {
    file: COMMANDS,
    line: "while (i < n && isSpace(line.charCodeAt(i))) i++;",
    original: "<",
    replacement: "<=",
    reason: "charCodeAt(n) is NaN, no space: the loop stops at n either way",
  },
  {
    file: COMMANDS,
    line: "while (i < n && line.charCodeAt(i) !== c) {",
    original: "<",
    replacement: "<=",
    reason:
      "at i === n the mutant steps once more (NaN is no quote) and stops at n + 1; the line after clamps i to n: the same word",
  },
  {
    file: COMMANDS,
    line: "while (end > start && isSpace(line.charCodeAt(end - 1))) end--;",
    original: ">",
    replacement: ">=",
    reason:
      "at end === start the character before is the `:` of ::add-mask::, no space: the loop stops either way",
  },
  {
    file: COMMANDS,
    line: DASHED,
    original: "/^-(?!-)(?=\\S{0,200}[0-9A-Z])\\S{5,}$/",
    replacement: "/^-(?!-)(?=\\S{0,200}[0-9A-Z])\\S{5,}/",
    reason: "it tests one shell word, which holds no blank: \\S{5,} runs to its end either way",
  },
  // after_key_words.ts
  {
    file: AFTER_KEY_WORDS,
    line: "atom = /[.\\-_/]/.test(next) ? { literal: next, optional: false } : { other: true };",
    original: "true",
    replacement: "false",
    reason: OTHER_FLAG,
  },
  {
    file: AFTER_KEY_WORDS,
    line: "atom = { other: true };",
    original: "true",
    replacement: "false",
    reason: OTHER_FLAG,
  },
  {
    file: AFTER_KEY_WORDS,
    line: "else atom = { other: true };",
    original: "true",
    replacement: "false",
    reason: OTHER_FLAG,
  },
  {
    file: AFTER_KEY_WORDS,
    line: 'if (q[0] === "?" && !("other" in atom)) atom.optional = true;',
    original: '"other"',
    replacement: '""',
    reason:
      "the mutant also marks an `other` atom optional, and endings stops at an `other` atom before it reads optional: the same endings",
  },
  {
    file: AFTER_KEY_WORDS,
    line: "atom = /[.\\-_/]/.test(next) ? { literal: next, optional: false } : { other: true };",
    original: "false",
    replacement: "true",
    reason:
      "an optional escaped . - _ or / adds the endings without it; no key word holds one of these, so an ending ends in a key word with it exactly when it does without it",
  },
  // key_names.ts: the kinds memo (bounded by MAX_KINDS; kindOf is pure)
  {
    file: KEY_NAMES,
    line: "if (kind === undefined) {",
    original: "kind === undefined",
    replacement: "true",
    reason: MEMO,
  },
  {
    file: KEY_NAMES,
    line: "if (KINDS.size >= MAX_KINDS) KINDS.clear();",
    original: "KINDS.size >= MAX_KINDS",
    replacement: "true",
    reason: MEMO,
  },
  {
    file: KEY_NAMES,
    line: "if (KINDS.size >= MAX_KINDS) KINDS.clear();",
    original: ">=",
    replacement: ">",
    reason: "the memo holds 4,097 kinds instead of 4,096 before it starts again: " + MEMO,
  },
  // syntax.ts: reads past a line's ends, glances, and the key's start when no key is read
  ...([
    [
      "const has = (code: number, cls: number) => code < 128 && (CLASSES[code] & cls) !== 0;",
      "<",
      "<=",
      "CLASSES[128] is undefined, and undefined & cls is 0: false either way",
    ],
    [
      "for (let k = 0; k < ops.length; k++) if (line.startsWith(ops[k], at)) return ops[k];",
      "<",
      "<=",
      'ops[ops.length] is undefined, read as the text "undefined"; the character at `at` is an operator\'s first, never u: no match either way',
    ],
    [
      "if (op.length > best.length && end >= op.length && line.startsWith(op, end - op.length)) {",
      ">",
      ">=",
      "two operators of the same length that both end at `end` are the same text: best is the same",
    ],
    [
      "while (i < line.length && i - at < 7 && line.charCodeAt(i) === BACKSLASH) i++;",
      "<",
      "<=",
      "charCodeAt(line.length) is NaN, no backslash: the loop stops there either way",
    ],
    [
      "while (i > 0 && end - 1 - i < 7 && line.charCodeAt(i - 1) === BACKSLASH) i--;",
      ">",
      ">=",
      "at i 0 charCodeAt(-1) is NaN, no backslash: the loop stops there either way",
    ],
    [
      "while (i < line.length && i - at < max && isSpace(line.charCodeAt(i))) i++;",
      "<",
      "<=",
      "charCodeAt(line.length) is NaN, no space: the loop stops there either way",
    ],
    [
      "while (i > 0 && end - i < max && isSpace(line.charCodeAt(i - 1))) i--;",
      ">",
      ">=",
      "at i 0 charCodeAt(-1) is NaN, no space: the loop stops there either way",
    ],
    [
      "while (start > 0 && end - start < 100 && isKeyChar(line.charCodeAt(start - 1))) start--;",
      ">",
      ">=",
      "at start 0 charCodeAt(-1) is NaN, no key character: the loop stops there either way",
    ],
    [
      "if (c !== 0x20 && c !== 0x09 && c !== 0x3a && c !== 0x3f && c !== 0x3b) return at;",
      "c !== 0x20 && c !== 0x09 && c !== 0x3a && c !== 0x3f && c !== 0x3b",
      "false",
      "a glance: the type patterns are anchored and start with a blank, a tab, `?`, `:` or PHP's `;`, so on any other character none matches and afterType returns at",
    ],
  ] as const).map(([line, original, replacement, reason]) => ({
    file: SYNTAX,
    line,
    original,
    replacement,
    reason,
  })),
  // continuations.ts: trimmedFrom's loops at an empty or blank text
  {
    file: CONTINUATIONS,
    line: "while (start < end && /\\s/.test(line[start])) start++;",
    original: "<",
    replacement: "<=",
    reason:
      "at start === end the text is blank; stepping once more makes start > end, and the result is [] (end > start fails) either way",
  },
  {
    file: CONTINUATIONS,
    line: "while (end > start && /\\s/.test(line[end - 1])) end--;",
    original: ">",
    replacement: ">=",
    reason:
      "at end === start the text is blank; stepping back once more makes end < start, and the result is [] (end > start fails) either way",
  },
  {
    file: CONTINUATIONS,
    line: "if (ended) return null;",
    original: "ended",
    replacement: "false",
    reason:
      "nextLineScalar: once ended, the reading below returns `ended ? null : found`, null, whatever the line (ended never goes back to false)",
  },
  {
    file: CONTINUATIONS,
    line:
      "const MAPPING_ENTRY = /^\\s*(?:-\\s+)?(?:\"[^\"]*\"|'[^']*'|[^\\s:#\"'][^:#]*?)\\s*:(?:\\s|$)/;",
    original: "/^\\s*(?:-\\s+)?(?:\"[^\"]*\"|'[^']*'|[^\\s:#\"'][^:#]*?)\\s*:(?:\\s|$)/",
    replacement: "/^\\s+(?:-\\s+)?(?:\"[^\"]*\"|'[^']*'|[^\\s:#\"'][^:#]*?)\\s*:(?:\\s|$)/",
    reason:
      "it tests only lines read below a key, indented deeper than it (at least one blank): \\s+ and \\s* match the same",
  },
  // values_named_by.ts: memos, lastIndex resets, the optional search start, and cheap tests that only spare work
  {
    file: VALUES_NAMED_BY,
    line: "const first = nameAnywhere === undefined ? 0 : line.search(nameAnywhere);",
    original: "nameAnywhere === undefined",
    replacement: "false",
    reason:
      "without nameAnywhere, line.search(undefined) searches the empty pattern: 0, the start the line is searched from anyway",
  },
  {
    file: VALUES_NAMED_BY,
    line: "const first = nameAnywhere === undefined ? 0 : line.search(nameAnywhere);",
    original: "nameAnywhere === undefined",
    replacement: "true",
    reason:
      "nameAnywhere only moves the search's start to where a name first appears; starting at 0 finds the same named values (a value before the first name cannot be named by one)",
  },
  {
    file: VALUES_NAMED_BY,
    line: "const first = nameAnywhere === undefined ? 0 : line.search(nameAnywhere);",
    original: "===",
    replacement: "!==",
    reason:
      "nameAnywhere only moves the search's start to where a name first appears; starting at 0 finds the same named values (a value before the first name cannot be named by one)",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (first === -1) return NO_CANDIDATES;",
    original: "first === -1",
    replacement: "false",
    reason:
      "a line without a name: a search from the start finds no value named by one (every key read back is a piece of the line that holds a name), so the result is empty either way",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (first === -1) return NO_CANDIDATES;",
    original: "1",
    replacement: "2",
    reason:
      "a line without a name: a search from the start finds no value named by one (every key read back is a piece of the line that holds a name), so the result is empty either way",
  },
  {
    file: VALUES_NAMED_BY,
    line: "value.lastIndex = first;",
    original: "value.lastIndex = first;",
    replacement: "{}",
    reason:
      "lastIndex is 0 at every call's start (the line after the loop resets it), and a search from 0 finds the same named values as one from the first name",
  },
  {
    file: VALUES_NAMED_BY,
    line: "value.lastIndex = 0;",
    original: "value.lastIndex = 0;",
    replacement: "{}",
    reason:
      "the next call sets lastIndex to its start before searching (value.lastIndex = first), and the pattern is used by nothing else (valuesNamedAfterKeyWords runs a sticky copy)",
  },
  {
    file: VALUES_NAMED_BY,
    line: "value.lastIndex = 0;",
    original: "0",
    replacement: "1",
    reason:
      "the next call sets lastIndex to its start before searching (value.lastIndex = first), and the pattern is used by nothing else (valuesNamedAfterKeyWords runs a sticky copy)",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (line === startsLine) return startsFound;",
    original: "line === startsLine",
    replacement: "false",
    reason:
      "a memo of the last line's result: the function it spares is pure (same line, same result), so reading the line again gives the same answer, only slower",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (ends.length > 0) {",
    original: "ends.length > 0",
    replacement: "true",
    reason:
      "with no key word end the loop adds nothing and the empty list is returned as NO_STARTS either way",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (ends.length > 0) {",
    original: ">",
    replacement: ">=",
    reason:
      "with no key word end the loop adds nothing and the empty list is returned as NO_STARTS either way",
  },
  {
    file: VALUES_NAMED_BY,
    line: "for (let k = 1; k < out.length; k++) {",
    original: "1",
    replacement: "0",
    reason:
      "at k 0, out[-1] is undefined and out[0] < undefined is false: the loop goes on from k 1 as before",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (out[k] < out[k - 1]) {",
    original: "out[k] < out[k - 1]",
    replacement: "true",
    reason:
      "sorting numbers already in order changes nothing, and the loop sorts whenever some pair is out of order",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (out[k] < out[k - 1]) {",
    original: "<",
    replacement: "<=",
    reason:
      "sorting numbers already in order changes nothing, and the loop sorts whenever some pair is out of order",
  },
  {
    file: VALUES_NAMED_BY,
    line: "break;",
    original: "break;",
    replacement: "{}",
    reason: "once sorted, no later pair is out of order: the loop sorts nothing more",
  },
  {
    file: VALUES_NAMED_BY,
    line: "startsLine = line;",
    original: "startsLine = line;",
    replacement: "{}",
    reason:
      "a memo of the last line's result: the function it spares is pure (same line, same result), so reading the line again gives the same answer, only slower",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (starts.length === 0) return NO_CANDIDATES;",
    original: "starts.length === 0",
    replacement: "false",
    reason: "with no start the loop tries nothing and NO_CANDIDATES is returned either way",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (copy === undefined) {",
    original: "copy === undefined",
    replacement: "true",
    reason:
      "new sticky copies of the same source each call (and the same secretFirst): the same matches",
  },
  {
    file: VALUES_NAMED_BY,
    line: "let resume = 0;",
    original: "0",
    replacement: "1",
    reason:
      "every start is after a key word of 2 or more characters and a character between (or a tag's >): at least 1, never below resume 0 or 1",
  },
  {
    file: VALUES_NAMED_BY,
    line: "let previous = -1;",
    original: "1",
    replacement: "0",
    reason: "every start is 1 or more: none equals -1, 0 or -2",
  },
  {
    file: VALUES_NAMED_BY,
    line: "let previous = -1;",
    original: "1",
    replacement: "2",
    reason: "every start is 1 or more: none equals -1, 0 or -2",
  },
  {
    file: VALUES_NAMED_BY,
    line: "previous = at;",
    original: "previous = at;",
    replacement: "{}",
    reason:
      "a start tried twice gives the same match: the second is either null again or skipped, the first having moved resume past it",
  },
  {
    file: VALUES_NAMED_BY,
    line: "const LINE_HEAD = /^\\s*(?:-\\s+)?(?:\\\\{0,7}[\"'`])?/;",
    original: "/^\\s*(?:-\\s+)?(?:\\\\{0,7}[\"'`])?/",
    replacement: "/\\s*(?:-\\s+)?(?:\\\\{0,7}[\"'`])?/",
    reason:
      "every part is optional, so the pattern matches at index 0 of every line: exec finds the same match unanchored",
  },
  {
    file: VALUES_NAMED_BY,
    line: "const LINE_HEAD = /^\\s*(?:-\\s+)?(?:\\\\{0,7}[\"'`])?/;",
    original: "/^\\s*(?:-\\s+)?(?:\\\\{0,7}[\"'`])?/",
    replacement: "/^\\s*(?:-\\s+)?(?:\\\\{0,6}[\"'`])?/",
    reason:
      "every part is optional, so the pattern matches at index 0 of every line: exec finds the same match unanchored",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (head === -1) return true;",
    original: "head === -1",
    replacement: "true",
    reason:
      "mayOpenBelow is a cheap test that spares lines the full reading; saying yes more often runs the full reading, which opens nothing on those lines (a key opens a value below only at the line's head, or in an element, a name: entry or a here-document, which keyStartOf sends to the full reading anyway)",
  },
  {
    file: VALUES_NAMED_BY,
    line:
      'if (sticky === undefined) STICKY_NAMES.set(names, sticky = new RegExp(names.source, "y"));',
    original: "sticky === undefined",
    replacement: "true",
    reason: "a new sticky copy of the same source each call: the same matches",
  },
  {
    file: VALUES_NAMED_BY,
    line:
      'if (sticky === undefined) STICKY_NAMES.set(names, sticky = new RegExp(names.source, "y"));',
    original: '"y"',
    replacement: '""',
    reason:
      "mayOpenBelow is a cheap test that spares lines the full reading; saying yes more often runs the full reading, which opens nothing on those lines (a key opens a value below only at the line's head, or in an element, a name: entry or a here-document, which keyStartOf sends to the full reading anyway)",
  },
  {
    file: VALUES_NAMED_BY,
    line: "let headFound = -1;",
    original: "1",
    replacement: "0",
    reason:
      "headLine starts undefined, so the first call sets headFound before it is read: its first value is never used",
  },
  {
    file: VALUES_NAMED_BY,
    line: "let headFound = -1;",
    original: "1",
    replacement: "2",
    reason:
      "headLine starts undefined, so the first call sets headFound before it is read: its first value is never used",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (line !== headLine) {",
    original: "line !== headLine",
    replacement: "true",
    reason:
      "a memo of the last line's result: the function it spares is pure (same line, same result), so reading the line again gives the same answer, only slower",
  },
  {
    file: VALUES_NAMED_BY,
    line: "headLine = line;",
    original: "headLine = line;",
    replacement: "{}",
    reason:
      "a memo of the last line's result: the function it spares is pure (same line, same result), so reading the line again gives the same answer, only slower",
  },
  {
    file: VALUES_NAMED_BY,
    line: 'headFound = line.includes("<<") || OPENS_ELSEWHERE.test(line)',
    original: 'line.includes("<<") || OPENS_ELSEWHERE.test(line)',
    replacement: "true",
    reason:
      "mayOpenBelow is a cheap test that spares lines the full reading; saying yes more often runs the full reading, which opens nothing on those lines (a key opens a value below only at the line's head, or in an element, a name: entry or a here-document, which keyStartOf sends to the full reading anyway)",
  },
  {
    file: VALUES_NAMED_BY,
    line: 'headFound = line.includes("<<") || OPENS_ELSEWHERE.test(line)',
    original: '"<<"',
    replacement: '""',
    reason:
      "mayOpenBelow is a cheap test that spares lines the full reading; saying yes more often runs the full reading, which opens nothing on those lines (a key opens a value below only at the line's head, or in an element, a name: entry or a here-document, which keyStartOf sends to the full reading anyway)",
  },
  {
    file: VALUES_NAMED_BY,
    line: "if (!mayOpenBelow(line, names)) return null;",
    original: "!mayOpenBelow(line, names)",
    replacement: "false",
    reason:
      "mayOpenBelow is a cheap test that spares lines the full reading; saying yes more often runs the full reading, which opens nothing on those lines (a key opens a value below only at the line's head, or in an element, a name: entry or a here-document, which keyStartOf sends to the full reading anyway)",
  },
  {
    file: CSV,
    line: "const letter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a;",
    column: 27,
    original: "0x20",
    replacement: "33",
    reason:
      "the only characters it adds to the letters are @ and ` (their | 0x21 is a, their | 0x20 at most z), and NAME refuses a header starting with either: null either way",
  },
  {
    file: CSV,
    line: "const letter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a;",
    column: 36,
    original: "0x61",
    replacement: "96",
    reason:
      "the only characters it adds to the letters are @ and ` (| 0x20 is `), and NAME refuses a header starting with either: null either way",
  },
];
