/**
 * The grammar of a key/value assignment, shared by the reader that goes forward from a key to
 * its value (./assignments.ts) and the one that goes back from a value to its key (keyBefore):
 * which characters make a key, the operators between a key and its value, the type a
 * declaration may name on the way, and the quotes around either.
 *
 * Between a key and its value, in order, each optional: the key's closing quote (as escaped as
 * its opening one: `\"`), an index bracket (`env["API_KEY"]`), a type (`apiKey string`,
 * `api_key: str`, `let key: &str`, PHP's serialized `;s:12`), spaces, an operator (`=`, `:`,
 * `:=`, `::=`, `:::=`, `?=`, `+=`, `.=`, `||=`, `=>`, `->`, `<-`, `==`, `!=`, `→` …), spaces, the
 * value's opening quote.
 */

/** Character classes of the code units below 128 (a key character, a quote, an operator). */
const KEY = 1, OPERATOR = 2, SPACE = 4, QUOTE = 8;
const CLASSES = new Uint8Array(128);
([
  [KEY, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"],
  [OPERATOR, ":=?+.|&<>-!"],
  [SPACE, " \t"],
  [QUOTE, "\"'`"],
] as const).forEach(([cls, chars]) => {
  for (const c of chars) CLASSES[c.charCodeAt(0)] |= cls;
});

const has = (code: number, cls: number) => code < 128 && (CLASSES[code] & cls) !== 0;

/** A character of a key name: letters, digits, `_`, `.` and `-` (`spring.datasource.password`). */
export const isKeyChar = (code: number) => has(code, KEY);
/**
 * Where the key name that ends at `end` starts: read back over key characters (isKeyChar), at
 * most `max` of them. One loop on the class table, no call per character: the reader
 * (./assignments.ts) reads a name back from every key word it finds (a quarter of a million on
 * 20 MB of key/value lines), keyBefore and ./values_named_by.ts from a value.
 */
export function keyStartBefore(line: string, end: number, max: number): number {
  let start = end, code;
  while (
    start > 0 && end - start < max && (code = line.charCodeAt(start - 1)) < 128 &&
    CLASSES[code] & KEY
  ) start--;
  return start;
}
/** A space or tab. */
export const isSpace = (code: number) => has(code, SPACE);
/** `"`, `'` or a backquote. */
export const isQuote = (code: number) => has(code, QUOTE);

const BACKSLASH = 0x5c;

/**
 * The operators between a key and its value, longest first within each first character (the
 * longest that the text starts with is taken: `=-x` is `=` then the value `-x`).
 */
const OPERATORS: readonly string[] = [
  ":::=",
  "::=",
  ":=",
  ":",
  "===",
  "==",
  "=>",
  "=",
  "??=",
  "?=",
  "+=",
  ".=",
  "||=",
  "|=",
  "&&=",
  "->",
  "<-",
  // A comparison with a literal (`password != "v"`, `token !== 'v'`) gives the value away too.
  "!==",
  "!=",
  // A table's or a pretty-printer's arrow (`token → v`, `API_KEY ⇒ v`, `password ➜ v`).
  "→",
  "⇒",
  "➜",
];

/** U+2190 (←), where Unicode's arrows start: OPERATORS' arrows are past it, the others ASCII. */
const ARROWS = 0x2190;

/** OPERATORS by their first character's code (in the same order: longest first). */
const OPERATORS_BY_FIRST: readonly (readonly string[])[] = Array.from(
  { length: 128 },
  (_, code) => OPERATORS.filter((op) => op.charCodeAt(0) === code),
);

/** The operator that `line` has at `at`, or "" when none. */
export function operatorAt(line: string, at: number): string {
  if (at >= line.length) return "";
  const code = line.charCodeAt(at);
  if (code >= ARROWS) return OPERATORS.includes(line[at]) ? line[at] : "";
  if (!has(code, OPERATOR)) return "";
  const ops = OPERATORS_BY_FIRST[code];
  for (let k = 0; k < ops.length; k++) if (line.startsWith(ops[k], at)) return ops[k];
  return "";
}

/** The operator that ends at `end` in `line` (the longest), or "". */
function operatorBefore(line: string, end: number): string {
  let best = "";
  for (const op of OPERATORS) {
    if (op.length > best.length && end >= op.length && line.startsWith(op, end - op.length)) {
      best = op;
    }
  }
  return best;
}

/**
 * Types a declaration names between a key and its operator (`apiKey string =`, `api_key: str =`,
 * Python's `API_KEY: Final =`, Haskell's `apiKey :: String =`), and the string types `reg query`
 * prints between a registry value's name and its data (`DefaultPassword    REG_SZ    v`).
 */
const SPACED_TYPE = String
  .raw`[ \t]{1,3}(?:string|String|str|\[\]byte|SecureString)| {4}REG_(?:EXPAND_)?SZ`;
const COLON_TYPE = String.raw`[ \t]{0,3}(?:\??:|::)[ \t]{0,3}` +
  String
    .raw`(?:&(?:'static[ \t]+)?str|string|String|str|SecureString|(?:Final|ClassVar)(?:\[str\])?)`;
/**
 * PHP's serialize() writes a string's length between a key and its value
 * (`s:8:"password";s:12:"v";`): read as a type, before the `:` operator.
 */
const PHP_SERIALIZED = String.raw`;s:\d{1,6}`;
const TYPE_AFTER = new RegExp(
  `^(?:${SPACED_TYPE}|${COLON_TYPE}|${PHP_SERIALIZED})(?![\\w\\]])`,
);
/** The same types, ending where a key's value would start (read back from there). */
const TYPE_BEFORE = new RegExp(`(?:${SPACED_TYPE}|${COLON_TYPE}|${PHP_SERIALIZED})$`);

/** Where a declared type after a key ends (`apiKey string = …`), or `at` when there is none. */
export function afterType(line: string, at: number): number {
  if (at >= line.length) return at;
  const c = line.charCodeAt(at);
  if (c !== 0x20 && c !== 0x09 && c !== 0x3a && c !== 0x3f && c !== 0x3b) return at;
  const rest = line.slice(at, at + 40);
  const m = TYPE_AFTER.exec(rest);
  return m === null ? at : at + m[0].length;
}

/** Where a declared type that ends at `end` begins (`apiKey string` → after `apiKey`), or `end`. */
function beforeType(line: string, end: number): number {
  const m = TYPE_BEFORE.exec(charsBefore(line, end, 40));
  return m === null ? end : end - m[0].length;
}

/**
 * The quote that opens a value or closes a key at `at`: a quote character with the backslashes
 * that escape it (`\"` in JSON inside a JSON string), as a length; 0 when there is none.
 */
export function quoteTokenAt(line: string, at: number): number {
  let i = at;
  while (i < line.length && i - at < 7 && line.charCodeAt(i) === BACKSLASH) i++;
  return i < line.length && isQuote(line.charCodeAt(i)) ? i - at + 1 : 0;
}

/** The length of the quote (with its escaping backslashes) that ends at `end`, or 0. */
export function quoteTokenBefore(line: string, end: number): number {
  if (end === 0 || !isQuote(line.charCodeAt(end - 1))) return 0;
  let i = end - 1;
  while (i > 0 && end - 1 - i < 7 && line.charCodeAt(i - 1) === BACKSLASH) i--;
  return end - i;
}

/** The `count` characters of `line` before `at` (fewer near its start). */
export const charsBefore = (line: string, at: number, count: number) =>
  line.slice(Math.max(0, at - count), at);

/** Skips spaces and tabs from `at`, at most `max`. */
export function skipSpaces(line: string, at: number, max = 16): number {
  let i = at;
  while (i < line.length && i - at < max && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/** Skips spaces and tabs back from `end`, at most `max`. */
export function skipSpacesBack(line: string, end: number, max = 16): number {
  let i = end;
  while (i > 0 && end - i < max && isSpace(line.charCodeAt(i - 1))) i--;
  return i;
}

/** A key read back from a value: its text and where it starts. */
export interface KeyBefore {
  key: string;
  start: number;
}

/**
 * The key whose value starts at `index` in `line`, read back over the same grammar as the
 * forward reader: the value's opening quote, spaces, the operator (or the comma of
 * `set("KEY", …)`, or the space after a `--flag`), spaces, a declared type, an index bracket,
 * the key's closing quote, and the key; up to 64 blanks before the operator, as an aligned column
 * pads its keys (`task_id         : 6084…`). Without an operator, the word before the spaces.
 * Empty when there is none.
 */
export function keyBefore(line: string, index: number): KeyBefore {
  let i = index - quoteTokenBefore(line, index);
  i = skipSpacesBack(line, i, 4);
  const op = operatorBefore(line, i);
  if (op !== "") i = skipSpacesBack(line, i - op.length, 64);
  else if (i > 0 && line.charCodeAt(i - 1) === 0x2c) i = skipSpacesBack(line, i - 1, 4);
  i = beforeType(line, i);
  if (i > 0 && line.charCodeAt(i - 1) === 0x5d) i--;
  const end = i - quoteTokenBefore(line, i);
  const start = keyStartBefore(line, end, 100);
  return { key: line.slice(start, end), start };
}

/**
 * Where an element's text that stops at the `<` at `lt` ends: there, or, when that `<` opens no
 * tag but goes on a word (`x$L:<kEgo`: no blank, `<` or `>` up to a `</` or the line's end), at
 * that `</` or the line's end.
 */
export const textEnd = (line: string, lt: number) =>
  lt + (/^<[^\s<>/][^\s<>]*(?=<\/|$)/.exec(line.slice(lt, lt + 4096))?.[0].length ?? 0);

/**
 * The element holding the value a `<key>` names: a property list's `<string>` or `<data>`, or the
 * `<value>` of an XML entry pairing `<key>` and `<value>` (as integration configs write settings,
 * and KeePass's export `<Key>Password</Key><Value ProtectInMemory="True">`), with its attributes,
 * or the table cell after a cell naming the key (Whoops's and Symfony's tables of variables,
 * `<td>DB_PASSWORD</td><td>v</td>`), inside up to three `<pre>`/`<span>` of a dump
 * (`<td><pre class=sf-dump>"<span class=sf-dump-str>v</span>"`).
 */
export const KEY_VALUE_ELEMENT =
  '<(?:string|data|value|td)(?:\\s[^<>]{0,200})?>(?:"?<(?:pre|span)\\b[^<>]{0,99}>){0,3}';

/**
 * After an object's `{` (none on a line below its key), its field among its first level's (no
 * bracket before it) that gives its value: `Default`, `defaultValue`, `value`, `plaintext`,
 * `inline_string` (`"Default": "v"`, `defaultValue: v`); and the quote of a string inside its
 * string (Pulumi's `"plaintext": "\"v\""`, the value encoded as JSON).
 */
export const OBJECT_FIELD =
  /^\{?(?:[^{}[\]]{0,300}?,)?\s*("?)(?:value|default(?:value)?|plaintext|inline_string)\1\s*:\s*(?:"(?=\\"))?/i;
