/**
 * The key/value reader: one pass over a line finds every key whose name says it holds a secret
 * (./key_names.ts), then reads from that key, by one grammar (./syntax.ts), to its value and the
 * value's quoting. It reads, among others:
 *
 *   password=v  password = "v"  "password": "v"  \"password\":\"v\"  'password' => 'v'
 *   password := "v"  PASSWORD :::= v  $password .= "v"  $env:PASSWORD = 'v'  password: str = "v"
 *   var password string = "v"  let password: &str = "v"  env["PASSWORD"] = "v"
 *   set("PASSWORD", "v")  --password v  -Password v  ENV PASSWORD v  set -gx PASSWORD 'v'
 *   <password>v</password>  <password><![CDATA[v]]></password>  <entry key="password">v</entry>
 *   <key>Password</key><string>v</string>  <key>Secret</key> <data>v</data>
 *   password 'v'  key = []byte("v")  key = Buffer.from("v")  the password was: v
 *   {"name":"DB_PASSWORD","value":"v"}  Name=DB_PASSWORD,Value=v
 *
 * and says where a value goes on below the line instead (`password: |`, `password:` alone,
 * `<password>` alone, `<key>Password</key>` alone, `password = <<EOF`, `- name: DB_PASSWORD`
 * then `value: v`, `Password for the elastic user (…):`), for ./continuations.ts to read. What
 * only refers to a secret is no value: `${KEY:?message}`, an ARN's `secret:NAME`.
 *
 * The result of the last line read is kept: the detectors that share the reader run one after
 * another on the same line, and read it once.
 */
import {
  FOREIGN_PASSWORDS,
  HOST_AFTER_KEY,
  type KeyKind,
  keyKind,
  keyKindAt,
  snakeName,
} from "./key_names.ts";
import { decodeBase64Text } from "../detectors/value_checks.ts";
import { membersOf } from "../detectors/value_runs.ts";
import { echoedLiteralAt } from "./echoed_literal.ts";
import { isCodeValue } from "./code_values.ts";
import { symbolWordEnd } from "./symbol_words.ts";
import { decodedView } from "../decoded_view.ts";
import { OWNER_WORDS, spacedKeyKind } from "./spaced_key_names.ts";
import type { HitList } from "../prefilter/hit_list.ts";
import {
  afterType,
  charsBefore,
  isKeyChar,
  isQuote,
  KEY_VALUE_ELEMENT,
  keyStartBefore,
  OBJECT_FIELD,
  operatorAt,
  quoteTokenAt,
  quoteTokenBefore,
  skipSpaces,
  skipSpacesBack,
  textEnd,
} from "./syntax.ts";
import { isDigitCode } from "../../char_codes.ts";

/**
 * A value is read up to this many characters (a bound on the work per key). A longer one is
 * `cut`: the rest of the line is masked unread (see ../match.ts).
 */
export const VALUE_CAP = 4096;

/**
 * Secret-named keys read per line (a bound on the work per line: each may read up to VALUE_CAP
 * characters). Past it, the rest of the line is one cut, masked unread.
 */
export const MAX_KEYS_PER_LINE = 1000;

/** A key name is read back at most this far from the word it ends in. */
const MAX_KEY_LENGTH = 200;

/** How a value that is not on its key's line goes on below it. */
export type Opener =
  /** A YAML block scalar (`key: |`, `key: >-`): the lines indented deeper than the key's line. */
  | { form: "block"; indent: number }
  /**
   * `key:` with nothing after it (or `"key": {`): a scalar (or list items) on the lines indented
   * deeper, or a map's value field there.
   */
  | { form: "next-line"; indent: number }
  /** An XML element whose value sits on its own line(s): up to the next tag. */
  | { form: "element" }
  /**
   * A property list's `<key>NAME</key>` ending its line: the `<string>` or `<data>` element
   * that starts the next line (after blank lines at most), its text there or below it.
   */
  | { form: "property-list" }
  /**
   * A line announcing a password a tool prints below it (`Password for the elastic user (…):`,
   * `Password for the [elastic] user successfully reset.`), or an etcd key's path alone
   * (`/app/db/password`): the next line's single word.
   */
  | { form: "printed-below" }
  /** A here-document (`key = <<EOF`): up to the line holding only its marker. */
  | { form: "heredoc"; marker: string }
  /**
   * `name: KEY` (a Kubernetes env entry): the `value:` entry beside it, at `indent`, below; an
   * HCL `variable "KEY" {` (`indent` -1): its `default = v` below, as deep as the block's first
   * attribute.
   */
  | { form: "named-value"; indent: number }
  /**
   * A shell line continuation (`\` ending the line) right after the key's flag (`--token \`)
   * or inside its value (`TOKEN="abc\`): the value goes on at the next line's start, inside
   * `quote` (the value's open quote, "" for a bare word).
   */
  | { form: "continued"; quote: string }
  /**
   * `"passwords": [` (JSON over several lines; a Python or TOML list) ending its line: the
   * quoted strings on the lines below, one a line, up to the `]`.
   */
  | { form: "array" }
  /**
   * A dump's `=>` ending the key's line (`["password"]=>`, `'password' =>`), or a console's
   * expression ending in the key (`>>> app.config["SECRET_KEY"]`): the next line's quoted string
   * (after `=> ` or `##[debug]=> `), or PHP's `string(15) "v"`.
   */
  | { form: "after-arrow" };

export interface Assignment {
  /** The key as written, without quotes (`db_password`, `--api-key`, `X-Api-Key`). */
  key: string;
  /** Where the key starts in the line. */
  keyStart: number;
  kind: KeyKind;
  /** The value: `line[start, end)`, without its quotes; empty when it goes on below (`opens`). */
  start: number;
  end: number;
  /** The value runs past VALUE_CAP (or the line holds more than MAX_KEYS_PER_LINE keys). */
  cut: boolean;
  opens: Opener | null;
}

const NONE: readonly Assignment[] = [];
let lastLine: string | undefined;
let lastFound: readonly Assignment[] = NONE;

/** Every value `line` assigns to a secret-named key, in order. */
export function readAssignments(line: string): readonly Assignment[] {
  if (line === lastLine) return lastFound;
  const found = read(line);
  lastLine = line;
  lastFound = found;
  return found;
}

/**
 * The value assigned to the key `line[start, end)` whatever its name (a provider's key name,
 * ../detectors/provider_shapes.ts), read as the value of a `key`-named key; null when none.
 */
export function valueOfKey(line: string, start: number, end: number): Assignment | null {
  return readValue(line, start, end, line.slice(start, end), "key");
}

const DASH = 0x2d, LT = 0x3c, GT = 0x3e, SLASH = 0x2f, COMMA = 0x2c, BACKSLASH = 0x5c;
const EQUALS = 0x3d;

/**
 * Where a secret-named key may end: a word such names end in (./key_names.ts), in any case, maybe
 * with a word saying it is the value glued after it (`apiKeyValue`, `passwordText`) or an
 * environment's (`STRIPEAPIKEYPROD`, `SLACKTOKEN_V2`: keyKind judges them), maybe
 * numbered (`DB_PASSWORD_2`, `api_token_123`, `db_password1`), or a password, secret or API key
 * word and one to three words after it (`password_secure`: keyKind judges them), not followed by
 * more of a name (`token_count`, `password-file`; `password.=` and `password->` do end there); or
 * Bundler's credentials, a whole `BUNDLE_…` name; the host a per-host setting names after its
 * word is read as part of it (HOST_AFTER_KEY: `fs.azure.account.key.ACCOUNT.dfs.core.windows.net`).
 * One search, far faster than reading every name on the line; keyKind then judges the whole
 * name, read back from where the word ends. (The `i` flag: measured as fast as caseless()
 * spellings here, and without the `u` flag it matches no non-ASCII letter to an ASCII one.) A `BUNDLE_…` name starts the line or
 * follows a character that is no part of a name, read as part of the match (only where matches
 * end is kept) rather than looked behind for, which the search did at every position. The
 * groups in `wacht(?:woord)` and `commun(?:ity…)` keep the lead word the scan finds (`wacht`,
 * `commun`, KEY_WORD_LEADS) at the match's start.
 */
export const KEY_END = new RegExp(
  String
    .raw`(?:(?:password|secrete?|api_?key)(?:_[a-z0-9]+){1,3}|pass(?:words?|wort|wd|[_.-]?phrase|ord|code|e|w)?(?:[_.-]?confirm(?:ation)?)?|${
    FOREIGN_PASSWORDS.join("|")
  }|pw(?:d|o?rd)?|pswd|psk|secrete?(?:[_.-]?(?:string|value|binary))?|token|cred(?:entials?|s)?|keys?|base|auth(?:tok|[_.-]?ident)?|pat|salt|verifier|commun(?:ity(?:[_.-]?strings?)?)|steamaccount)(?:${HOST_AFTER_KEY})?(?:value|str(?:ing)?|text|_?(?:prod|live|test|dev|staging|sandbox|v\d))?(?:[_-]?\d{1,4})?(?![A-Za-z0-9]|_(?!_?:)|[.-]+[A-Za-z0-9_])|(?:^|[^A-Za-z0-9_.-])bundle_\w{1,200}`,
  "gi",
);

/**
 * The words KEY_END's matches of other languages' words for a password start with: each of
 * ./key_names.ts FOREIGN_PASSWORDS up to a group, a class or a `_` (`wacht`, `contrase`, `kata`;
 * `passwort` and `mot_de_passe` are `pass`'s): also the password detector's keywords.
 */
export const FOREIGN_PASSWORD_LEADS: readonly string[] = FOREIGN_PASSWORDS.map((word) =>
  word.split(/[([_]/)[0]
);

/**
 * The words KEY_END's matches start with, in lower case: a match starts where one does, or (a
 * `BUNDLE_…` name's, the only lead ending in `_`) one character before. The keyword scan
 * (../prefilter/) finds where each ends, and keyWordEnds tries KEY_END only there
 * (key_word_leads_test.ts derives them from KEY_END's source: a word that one has and the other
 * lacks fails it).
 */
export const KEY_WORD_LEADS: readonly string[] = [
  "pass",
  "pw",
  "pswd",
  "psk",
  "secret",
  "api",
  "token",
  "cred",
  "key",
  "base",
  "auth",
  "pat",
  "salt",
  "verifier",
  "commun",
  "steamaccount",
  "bundle_",
  ...FOREIGN_PASSWORD_LEADS,
];

/** KEY_END tried at one place: a match that starts there. */
const KEY_END_AT = new RegExp(KEY_END.source, "iy");

const NO_ENDS: readonly number[] = [];
let endsLine: string | undefined;
let endsFound: readonly number[] = NO_ENDS;

/** The line the keyword scan's hits are handed over for (presetKeyWords), and those hits. */
let presetLine: string | undefined;
let presetHits = { length: 0 } as HitList;
let presetFirst = 0, presetOffset = 0;
let presetMarks: Marks = { firstMark: 0, markLengths: new Int32Array(0) };

/**
 * The scan's marks (../prefilter/keyword_index.ts): hits in a state from `firstMark` on end a
 * lead word (KEY_WORD_LEADS), `markLengths[state - firstMark]` long (-1: leads of two lengths
 * end there).
 */
export interface Marks {
  readonly firstMark: number;
  readonly markLengths: Int32Array;
}

/**
 * Hands keyWordEnds the keyword scan's hits on `line` (../prefilter/candidate_lines.ts): `hits`
 * from `first` on, positions in a text where the line starts at `offset`, and the `marks` of the
 * index that scanned it. Hits depend only on a line's text: a line of the same text has the
 * same ones.
 */
export function presetKeyWords(
  line: string,
  hits: HitList,
  first: number,
  marks: Marks,
  offset: number,
): void {
  presetLine = line;
  presetHits = hits;
  presetFirst = first;
  presetMarks = marks;
  presetOffset = offset;
}

/**
 * Where the words a secret-named key ends in end on `line` (`password`, `token`, `key` …, see
 * KEY_END), in order: the places every key/value reading of the line starts from, found by one
 * search per line and shared by the reader and the provider detectors that are found after a
 * key name (../detectors/provider_shapes.ts). Each takes two or more characters of the line, so
 * there are at most half as many as the line is long.
 */
export function keyWordEnds(line: string): readonly number[] {
  if (line === endsLine) return endsFound;
  const found = (line === presetLine && endsIn(line, true)) || endsIn(line, false)!;
  endsLine = line;
  return endsFound = found;
}

/**
 * keyWordEnds by a search of the whole line; or, `atLeads` (a line the keyword scan read:
 * presetKeyWords), by KEY_END tried only where a lead word starts (or a character before a lead
 * ending in `_`), in order, each place not inside a match found before: every match starts at
 * one of these places, so the first match at them is the one a search of the line finds next.
 * Null where those places are not known in order (a hit of two leads, or a lead starting before
 * one that ended earlier): the line is searched instead.
 */
function endsIn(line: string, atLeads: boolean): readonly number[] | null {
  let ends: number[] | null = null;
  const { positions, states, length } = presetHits;
  const { firstMark, markLengths } = presetMarks, re = atLeads ? KEY_END_AT : KEY_END;
  for (let k = presetFirst, from = 0, last = 0;;) {
    if (atLeads) {
      while (k < length && states[k] < firstMark) k++;
      if (k === length) break;
      const at = positions[k] - presetOffset, n = markLengths[states[k++] - firstMark];
      if (at >= line.length) break;
      let start = at + 1 - n;
      if (start > 0 && line.charCodeAt(at) === 0x5f) start--;
      if (!(n > 0) || start < last) return null;
      if ((last = start) < from) continue;
      from = start;
    }
    re.lastIndex = from;
    if (!re.test(line)) {
      if (atLeads) continue;
      break;
    }
    const end = from = re.lastIndex;
    if (isDigitCode(line.charCodeAt(end - 1)) && isNumberedShortWord(line, end)) continue;
    (ends ??= []).push(end);
  }
  re.lastIndex = 0;
  return ends ?? NO_ENDS;
}

/**
 * A short key word numbered and alone, no name before it (`"key_859"`, `base64`, `auth0`): ids and
 * words in values, no key (on a tenth of the key/value log's lines, where reading each as a key
 * cost 5 % of the CPU). Its longest, `creds_1234`, and the character before it fit in 11.
 */
const NUMBERED_SHORT_WORD = /(?:^|[^A-Za-z0-9_.-])(?:key|base|auth|pwd?|pass|creds?)[_-]?\d{1,4}$/i;

/**
 * Whether the numbered key word ending at `end` is a short one alone (NUMBERED_SHORT_WORD) and
 * no sign assigns to it, right after it or after its closing quote (`pwd2=`, `KEY_1:`,
 * `"pass2": `: so it is a key's name, keyKind judges it and `base64:` names none).
 */
const isNumberedShortWord = (line: string, end: number) =>
  NUMBERED_SHORT_WORD.test(charsBefore(line, end, 11)) &&
  !"=:".includes(line[isQuote(line.charCodeAt(end)) ? end + 1 : end]);

/** A letter past ASCII, as another language's key name holds (`contraseña`, `пароль`). */
const LETTER = /\p{L}/u;

/** A character of a key name (isKeyChar), or a letter past ASCII. */
const isNameChar = (code: number) =>
  isKeyChar(code) || code >= 0xc0 && LETTER.test(String.fromCharCode(code));

/** Where the key name read back from `start` to `end` starts, letters past ASCII taken. */
function nameStart(line: string, start: number, end: number): number {
  while (start > 0 && end - start < MAX_KEY_LENGTH && isNameChar(line.charCodeAt(start - 1))) {
    start--;
  }
  return start;
}

function read(line: string): readonly Assignment[] {
  let found: Assignment[] | null = null;
  let keys = 0;
  const ends = keyWordEnds(line);
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k];
    let start = keyStartBefore(line, end, MAX_KEY_LENGTH);
    // A name that holds letters past ASCII (`contraseña`, `пароль`) goes on at them, read apart
    // so that the loop above stays as cheap as for an ASCII name (nearly every one).
    if (start > 0 && line.charCodeAt(start - 1) >= 0xc0) start = nameStart(line, start, end);
    while (line.charCodeAt(start) === 0x2e) start++; // `.apiKey(…)`: a name starts after its dot
    // A URL's user name (`https://x-access-token:…@github.com/…`) is no key: url-credentials
    // masks its password and keeps the host.
    if (start >= 3 && line.startsWith("://", start - 3)) continue;
    if (++keys > MAX_KEYS_PER_LINE) {
      const cut = { key: "", keyStart: start, kind: "secret" as const, start, end: line.length };
      (found ??= []).push({ ...cut, cut: true, opens: null });
      break;
    }
    const bare = isBareKey(line, start, end);
    const named = bare ? "key" : keyKindAt(line, start, end) ?? spacedKeyKind(line, start, end);
    // `key` after a word naming some key (`hasura key: v`) takes what a plain `key` takes.
    const kind = named === "plain" ? null : named;
    const plain = named === "plain" || kind === null && isPlainKey(line, start, end);
    if (kind === null && !plain) continue;
    const value = readValue(line, start, end, line.slice(start, end), kind ?? "key");
    if (
      value === null || (bare || plain) && !isBareKeyValue(line, value, plain) ||
      namesOnly(line, value) || isCodeValue(line, value) || isCertKeyId(line, value) ||
      // An entity's id glued to the key's `:` (`passwd:user:42`, `session_secret:user:147`, as a
      // cache or Redis key is written): one namespaced name, not a key and its value (Redis
      // MONITOR's `"SET" "passwd:user:42" "v"` holds the secret in the next argument).
      line[value.start - 1] === ":" && ENTITY_ID.test(line.slice(value.start, value.end))
    ) continue;
    (found ??= []).push(value);
    const changed = changedTo(line, value);
    if (changed !== null) found.push(changed);
    else alternativesAfter(line, value, found);
  }
  return found ?? NONE;
}

/** A name that is only `key`, maybe numbered (`key1`, `KEY_2`): isBareKey's and isPlainKey's. */
const ONLY_KEY = String.raw`^key(?:[_-]?\d{1,4})?`;
/** ONLY_KEY glued to `=`, the value unquoted. */
const BARE_KEY = new RegExp(`${ONLY_KEY}=(?!["'])`, "i");
/**
 * ONLY_KEY, then `:` (not `::`, `:=`), `=` (not `==`, `="`) or a verb; or a numbered one quoted
 * (`"key1": `) or given a quoted value (`KEY_2="`, `key3='`).
 */
const PLAIN_KEY = new RegExp(
  `${ONLY_KEY}(?:(?<=\\d)(?:["'] {0,3}:|=["'])| {0,3}(?::(?![:=])|=(?![="'])|is |was ))`,
  "i",
);

/**
 * `Key=v` as a word of its own, the value unquoted (a log line's `Using Key=v`, `key1=v`): a key
 * named only `key`, maybe numbered, holds one (read as a `…_key`, so only a generated value is
 * taken). Not `key="…"`, an attribute naming something (`<add key="logLevel" …>`), nor `Key:`
 * (`CrashReporter Key:` gives a report's id).
 */
function isBareKey(line: string, start: number, end: number): boolean {
  if (end - start > 8) return false;
  const b = line.charCodeAt(start - 1);
  return (start === 0 || b === 0x20 || b === 0x09) &&
    BARE_KEY.test(line.slice(start, end + 2));
}

/**
 * A key named only `key`, maybe numbered (`key1`), then `:` (` :`, not `::` or `:=`), ` = ` (not
 * `="`: an attribute naming something, `<add key="…">`) or a verb (`key is v`), no word before
 * it (`cache key: v`; `CrashReporter Key:` gives a report's id) but prose naming whose key it is
 * (OWNED_KEY): read as
 * a bare `Key=` (isBareKeyValue), its value on its line and one run of 16 or more letters and
 * digits with both (LETTERS_AND_DIGITS: a name joins words, `npm-cache-v2-<hash>`,
 * `tls-cert-2026-01-15.pem`).
 */
function isPlainKey(line: string, start: number, end: number): boolean {
  if (end - start > 8 || !PLAIN_KEY.test(line.slice(start, end + 8))) return false;
  const before = textBefore(line, start);
  // no word before it, or `{"`, `, '` (JSON, YAML), or `export `
  if (/(?:^|[^\w.-])\s$|^$|(?:^|[\s{,])["']$|export $/.test(before)) return true;
  const owner = OWNED_KEY.exec(before);
  return owner !== null && (owner[1] === undefined || keyKind(`${owner[1]}_key`) !== null);
}

/**
 * An article or a possessive and a word before `key`, saying whose key it is (`the Acme key is
 * v`, `Here is your new key: v`, `new key: v`): the word, which must not name a key that is no
 * secret (`the cache key`, `the primary key`: keyKind) nor a public one (`the SSH key`).
 */
const OWNED_KEY = new RegExp(
  `(?:^|[^\\w.-])(?:(?:${OWNER_WORDS}) (?:new )?(?!ssh|gpg|pgp)([A-Za-z][\\w-]{0,30})|new) $`,
  "i",
);

/**
 * A bare `Key=`'s value that may be generated: a digit in it (`key=DB_PASSWORD,value=…` names
 * the next field's key), no `/` (`key=uploads/2026/…` is an object's path), not the base64 of an
 * entity's id (BASE64_OF_ID), and not a record's fields (RECORD_KEY); a `plain` key's
 * (isPlainKey), one run of letters and digits (LETTERS_AND_DIGITS), a URL-safe token with a
 * random run (hasRandomPart) or 40 or more characters of base64 with a digit; a `/` in it only
 * with more than six places where a capital follows a small letter or a digit, or a digit a
 * capital (`key: Gfdy4GD5…+NRbZ…/`: base64 of random bytes has one about every third
 * character), as an object's path of words and hex digests has not (`uploads/2026/ReportFinal`,
 * `objects/8f3a9c…`).
 */
function isBareKeyValue(line: string, value: Assignment, plain: boolean): boolean {
  const text = line.slice(value.start, value.end);
  return (plain
    ? LETTERS_AND_DIGITS.test(text) || hasRandomPart(text) ||
      /^(?=.*\d)[a-z\d+/]{40,}={0,2}$/i.test(text)
    : /\d/.test(text)) &&
    (!text.includes("/") ||
      plain && text.split(/[a-z\d](?=[A-Z])|[A-Z](?=\d)/).length > 7) &&
    !isBase64OfId(text) &&
    !(text.includes("|") && RECORD_KEY.test(text));
}

/**
 * A token of the URL-safe alphabet (`_` and `-` in it, as base64url writes) with a run of 16 or
 * more letters and digits holding capitals, small letters and digits: generated, where a name
 * that joins words (`npm-cache-v2-<hex>`, `orders-2026-01-15-000123`) has no such run.
 */
function hasRandomPart(text: string): boolean {
  return /^[\w-]{20,}$/.test(text) &&
    text.split(/[-_]/).some((part) =>
      part.length >= 16 && /[a-z]/.test(part) && /[A-Z]/.test(part) && /\d/.test(part)
    );
}

/**
 * A record's fields joined by `|`, three or more, each a number, empty or a lower-case dotted
 * name (Android's notification key `0|com.tencent.mm|4097|null|10112`).
 */
const RECORD_KEY =
  /^-?\d{0,12}(?:\|(?:-?\d{1,12}|[a-z][a-z0-9_]{0,63}(?:\.[a-z0-9_]{1,63}){0,8})?){2,12}$/;

/**
 * An entity's id, a lower-case word, one `-`, `_` or `:` and a number (`order-79250`, `user:42`):
 * what a message broker's record key holds, printed in base64 (Kafka's `key=b3JkZXItNzkyNTA=`),
 * and, glued to a key's `:`, the rest of a namespaced name (`passwd:user:42`; see read).
 */
const ENTITY_ID = /^[a-z]{3,20}[-_:]\d{1,12}$/;

/** Whether `text` is short base64 (at most 44 characters) of an entity's id (ENTITY_ID). */
function isBase64OfId(text: string): boolean {
  if (text.length > 44 || !/^[A-Za-z0-9+/]{4,}={0,2}$/.test(text)) return false;
  const decoded = decodeBase64Text(text);
  return decoded !== null && ENTITY_ID.test(decoded);
}

/** A dotted name in code (`request.json_body`, `self.config`). */
const DOTTED_CODE_NAME = /^[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){1,8}$/;
/** A PHP or Perl variable (`$input`). */
const SCRIPT_VARIABLE = /^\$[A-Za-z_]\w{0,63}$/;

/**
 * An unquoted value that only names where the secret is, in code (detect-secrets' documented
 * false positives): the key's own name (`login(password=password)`, `apiKey: apiKey`), a
 * dotted name subscripted (`password = request.json_body['p']`) or ending in the key's own name
 * (`secret_length = X25519.secret_length`, `client_secret = Settings.client_secret`), a variable given to a
 * variable (`$password = $input;`) or to a command's parameter (PowerShell's `-Password
 * $securePassword`, `--token $TOKEN`: the shell puts the variable's value there).
 */
function namesOnly(line: string, value: Assignment): boolean {
  if (value.cut || value.opens !== null) return false;
  if (isQuoteCode(line.charCodeAt(value.start - 1))) {
    return keyInLiteral(line, value) || namesItsKey(line, value);
  }
  const n = value.end - value.start, key = value.key;
  if (n === key.length && line.startsWith(key, value.start)) return true;
  const dot = key.lastIndexOf(".");
  if (
    dot !== -1 && n === key.length - dot - 1 && line.startsWith(key.slice(dot + 1), value.start)
  ) {
    return true;
  }
  // `obj[…]`, or an object's field of the key's own name (`secret_length = X25519.secret_length`)
  if (
    (value.end < line.length && line.charCodeAt(value.end) === 0x5b) ||
    n > key.length && line.startsWith("." + key, value.end - key.length - 1)
  ) {
    return DOTTED_CODE_NAME.test(line.slice(value.start, value.end));
  }
  const variableKey = line.charCodeAt(value.keyStart - 1) === 0x24 ||
    line.charCodeAt(value.keyStart) === DASH;
  return variableKey && line.charCodeAt(value.start) === 0x24 &&
    SCRIPT_VARIABLE.test(line.slice(value.start, value.end));
}

/** A certificate's description in the kernel's quotes (`Loaded X.509 cert '`, `Loaded cert '`). */
const CERT_QUOTE = /cert '[^']{1,200}$/;

/**
 * The kernel's description of a certificate it loads (`Loaded X.509 cert 'Build time
 * autogenerated kernel key: 3c4b…'`, `MODSIGN: Loaded cert 'Fedora kernel signing key: 2f4e…'`):
 * its subject's name, `: ` and its key identifier, lower-case hex, closing the quote. The
 * identifier names a public key; it is no secret.
 */
function isCertKeyId(line: string, value: Assignment): boolean {
  const n = value.end - value.start;
  return n >= 16 && n <= 64 && line.charCodeAt(value.end) === 0x27 &&
    /^[0-9a-f]+$/.test(line.slice(value.start, value.end)) &&
    CERT_QUOTE.test(charsBefore(line, value.keyStart, 200));
}

/** Code after a literal's closing quote: blanks, then `+`, `.`, `,`, `)` or `;`. */
const AFTER_LITERAL = /^[ \t]{0,3}[+.,);]/;

/**
 * A key inside a string literal, its separator too, then the literal's closing quote and code
 * (`"Password: " + getPassword()`, PHP's `'password = '.$p['x']`, `label:"Password:",next:"…"`):
 * what follows the quote is code, not a value. The key is inside a literal when an odd number of
 * its quotes come before it (in the 2000 characters before it), and the value's opening quote is
 * the first such quote after the key.
 */
function keyInLiteral(line: string, value: Assignment): boolean {
  const at = value.start - 1, quote = line[at], from = value.keyStart;
  return AFTER_LITERAL.test(line.slice(at + 1, at + 5)) && line.indexOf(quote, from) === at &&
    charsBefore(line, from, 2000).split(quote).length % 2 === 0;
}

/** A text's letters only, in lower case (`#add-password` → `addpassword`). */
const lettersOf = (text: string) => text.replace(/[^a-z]/gi, "").toLowerCase();

/**
 * A quoted value that is its key's own name of two words or more (camel case, or words joined by
 * `_` or `-`), in any spelling, at most after a selector's `#` or `.` (`addPassword =
 * "#add-password"`, `accountKey = Buffer.from("accountKey")`): a name, not a secret. Letters,
 * blanks, `_` and `-` only, so a password made of the key's words and a digit is still one; a
 * dotted name ending in the key's name is still one too.
 */
function namesItsKey(line: string, value: Assignment): boolean {
  const text = line.slice(value.start, value.end), key = lastName(value.key);
  return /^[#.]?[a-z][a-z _-]*$/i.test(text) && /[a-z][A-Z]|.[_-]./.test(key) &&
    lettersOf(text) === lettersOf(key);
}

/** A `|` between quoted values (`token = 'v1' | 'v2'`), up to the next value's opening quote. */
const ALTERNATIVE = /^[ \t]{0,3}\|[ \t]{0,3}(["'])/;
/** Quoted values read after a key's first one (a bound on the work per key). */
const MAX_ALTERNATIVES = 16;

/**
 * The quoted values that follow a key's quoted value, each after a `|` (`token = 'v1' | 'v2'`,
 * as trufflehog's tests write a value twice): values of the same key, added to `found`.
 */
function alternativesAfter(line: string, first: Assignment, found: Assignment[]): void {
  let value: Assignment | null = first;
  for (let k = 0; k < MAX_ALTERNATIVES && value !== null; k++) {
    // The same quote on both sides, then a `|` (a quick look before the pattern's).
    const end = value.end;
    if (
      end >= line.length || line.charCodeAt(value.start - 1) !== line.charCodeAt(end) ||
      line.charCodeAt(skipSpaces(line, end + 1, 3)) !== 0x7c
    ) return;
    value = quotedAfter(line, value, ALTERNATIVE, 10);
    if (value !== null) found.push(value);
  }
}

/** A plan's change of a quoted value: `"old" -> "new"` (Terraform), after the old value's quote. */
const CHANGE_ARROW = /^[ \t]{1,3}->[ \t]{1,3}(["'])/;

/** The new value of a change (`key = "old" -> "new"`) after the value `old`, or null. */
const changedTo = (line: string, old: Assignment) => quotedAfter(line, old, CHANGE_ARROW, 12);

/**
 * The quoted value that follows the quoted value `old` (its closing quote at `old.end`), of the
 * same key, where `lead` (a pattern of what comes between, the next opening quote its group 1)
 * matches in the `span` characters after the closing quote; null when none. Not closed on the
 * line (a line cut short): the value runs to the end, as an open quote's.
 */
function quotedAfter(line: string, old: Assignment, lead: RegExp, span: number): Assignment | null {
  const quote = old.end < line.length ? line.charCodeAt(old.end) : -1;
  if (old.cut || old.opens !== null || !isQuoteCode(quote)) return null;
  const opening = lead.exec(line.slice(old.end + 1, old.end + span));
  if (opening === null) return null;
  const start = old.end + 1 + opening[0].length;
  const close = line.indexOf(opening[1], start);
  if (close === -1 || close - start > VALUE_CAP) {
    return line.length - start > VALUE_CAP
      ? { ...old, start, end: line.length, cut: true }
      : { ...old, start, end: line.length };
  }
  return { ...old, start, end: close };
}

export const isQuoteCode = (c: number) => c === 0x22 || c === 0x27;

/**
 * An HCL variable's block starting the line, its `{` ending it (before a comment at most) or then
 * its `default` (a one-line block), up to the value's quote.
 */
const HCL_VARIABLE =
  /^[ \t]*variable[ \t]+"[^"]*"[ \t]*\{[ \t]*(?:(?:#.*)?$|(default[ \t]*=[ \t]*)(?="))/;

/** Markdown's emphasis or code marker, before a `:` or a blank (sticky). */
const MARKER = /([*_`])\1?(?=[ \t]*:|[ \t]|$)/y;

/**
 * Past the Markdown marker (`*`, `**`, `_`, `__`, a backquote) at `at` when one like it opens in
 * the 16 characters before the key starting at `start`, or at its start (`**API key`, `*Token`,
 * `__Password`); else `at`.
 */
function pastMarker(line: string, start: number, at: number): number {
  MARKER.lastIndex = at;
  return MARKER.test(line) && line.slice(Math.max(0, start - 16), start + 1).includes(line[at])
    ? MARKER.lastIndex
    : at;
}

/**
 * What comes before a key that takes its value after a space: at the start of a line `ENV`,
 * `ARG` (Dockerfile; also after the build step a builder prints before it: Docker's `Step 7/12 :
 * `, Buildah's and Podman's `STEP 3/7: `), `setenv` (csh), `set -gx` (fish), `setx` (Windows), `#define`, `SetEnv`
 * (Apache), `fastcgi_param` / `uwsgi_param` / `scgi_param` / `proxy_set_header` (nginx);
 * at a line's start or after a blank, a CLI's `config set`, `configure set`, `CONFIG SET` or
 * `config` with a scope (`aws configure set aws_secret_access_key v`, `git config --global
 * github.token v`, `redis-cli CONFIG SET requirepass v`), also before a registry-scoped key
 * (`npm config set //registry.npmjs.org/:_authToken v`).
 */
const DIRECTIVE =
  /(?:^\s*(?:S(?:tep|TEP) \d+\/\d+ ?: (?=ENV|ARG))?(?:ENV|ARG|setenv|setx|set(?:\s+-[a-zA-Z]{1,3}){0,2}|#\s*define|SetEnv|(?:fastcgi|uwsgi|scgi)_param|proxy_set_header)|(?:^|\s)(?:config(?:ure)?\s+set|CONFIG\s+SET|config\s+--(?:global|local|system|worktree)))\s+$|\sconfig\s+set\s+\/\/[^\s:]{1,200}:$/;

/**
 * Whether DIRECTIVE may match the text before the key at `start` (a cheap necessary condition):
 * it ends in a blank (`\s`: a space, a control or no ASCII character) or, after a registry
 * scope, `:`.
 */
function mayFollowDirective(line: string, start: number): boolean {
  const b = line.charCodeAt(start - 1);
  return b === 0x3a || b <= 0x20 || b >= 0x7f;
}

/** A fallback operator (`||`, `??`, `?:`, `or`; not `||=`) and the blanks after it. */
const FALLBACK = /^(?:\|\||\?\?|\?:|or(?=[ \t]))(?!=)[ \t]{0,4}/;

/**
 * Where the literal a variable falls back to starts, after the key (at `at`, past its closing
 * quote and blanks) and, for a quoted key, the `)` of the call that reads it; or -1.
 */
function fallbackAt(line: string, at: number, quoted: boolean): number {
  let i = at;
  if (i >= line.length) return -1;
  if (quoted && line.charCodeAt(i) === 0x29) i = skipSpaces(line, i + 1, 4);
  const c = line.charCodeAt(i);
  if (c !== 0x7c && c !== 0x3f && c !== 0x6f) return -1;
  const m = FALLBACK.exec(line.slice(i, i + 12));
  return m === null ? -1 : i + m[0].length;
}

/** What comes before a key that names what a digest is of (`checksum/secret: 9bf1…`). */
const CHECKSUM_BEFORE = /checksum\/$/i;
/** A PAM management group closing a `service:group` label: `(passwd:chauthtok)`. */
const PAM_GROUP = /^[a-z]{2,16}\)/;

/** The text before `at`, at most 80 characters (then after a NUL, so that `^` cannot match there). */
const textBefore = (line: string, at: number) =>
  at <= 80 ? line.slice(0, at) : "\u0000" + line.slice(at - 80, at);
/** An option (`--host`, `-v`, `--tls=false`) where a flag's value would be: it has none. */
const FLAG = /^--?[A-Za-z][\w.-]*(?:[=\s]|$)/;
/** An option after a directive's key (`config set KEY --from-file f`, `setx KEY -m`). */
const DIRECTIVE_OPTION = /^(?:--[A-Za-z][\w.-]*|-[A-Za-z]{1,24})(?:[=\s]|$)/;
/** A URL's scheme and `//` (`https://`, `ftp://`): a command's target, not a flag's password. */
const URL_ARGUMENT = /^[A-Za-z][\w+.-]{0,15}:\/\//;
/**
 * A token after a flag that is no option though it starts with one dash (`--token -VyZ_Bd…`): a
 * generated value of 20 or more word characters and dashes with a digit in it, no `=` or `.`
 * (as an option's `-Dname=v` or `-Xmx1024m` has or is short).
 */
const DASHED_TOKEN = /^-(?=[\w-]{0,80}\d)[A-Za-z0-9_][\w-]{18,}(?:\s|$)/;
/**
 * YAML tags that come before a secret (Ansible Vault, YAML's own, CloudFormation's, Home
 * Assistant's `!secret`), and an anchor naming the value (`password: &db_pass v`).
 */
const YAML_TAG =
  /^(?:&[\w.-]{1,40}[ \t]+)?(?:!!(?:str|binary)|!(?:vault|ENV|Ref|GetAtt|ImportValue|Sub|Base64|Join|secret))(?:[ \t]+|$)|^&[\w.-]{1,40}(?:[ \t]+|$)/;
/**
 * A CloudFormation reference alone as a value (`!Ref DbPassword`, `!GetAtt DbSecret.SecretString`,
 * `!ImportValue shared-token-arn`): a parameter's, a resource attribute's or an export's name; so
 * is Home Assistant's (ESPHome's) `!secret wifi_password`, an entry of its `secrets.yaml`.
 */
const CFN_REFERENCE =
  /^(?:&[\w.-]{1,40}[ \t]+)?!(?:Ref|GetAtt|ImportValue|secret)[ \t]+[A-Za-z][\w.:-]{0,255}[ \t]*(?:$|[,}\]]|#)/;
/** A YAML alias alone as a value: `*name`, then the line's end, a comma or a closing brace. */
const YAML_ALIAS = /^\*[\w.-]{1,40}[ \t]*(?:$|[,}\]#])/;
/** A YAML block scalar's header after `key:`: `|` or `>`, chomping and indentation, maybe a comment. */
const BLOCK_HEADER = /^[|>][+-]?[1-9]?[+-]?[ \t]*(?:#.*)?$/;
/**
 * A run of 24 base64 characters or more with a digit in it, ending a text: a key word at its end
 * (`AAAAB3NzaC1yc2EAAAADAQABAAABAQC7Tpw`) is no name, though the run may start with one.
 */
const BASE64_TAIL = /(?=[A-Za-z+/]*\d)[A-Za-z\d+/]{24,}$/;
/**
 * An LDIF value in base64 after its attribute's name (RFC 2849: `::`, blanks, base64): after
 * blanks, whatever the line holds (a value of any length, or text after it, is still the value:
 * no limit passes it); glued to `::`, a base64 word of two or more characters ending the line, as
 * code's `Password::class;` and `Password::min(12)` are not.
 */
const LDIF_BASE64 = /^::(?:[ \t]+\S|[A-Za-z0-9+/]{2,}={0,2}[ \t]*$)/;
/** A run of no blank, bracket, `,` or `;` with a sign no name has (`pwd::v`'s value). */
const SIGNED_VALUE = /^(?=\S*[^\w\s(),;:])[^\s(),;]{2,256}\s*$/;
const HEREDOC = /^<<[-~]?(["']?)([A-Za-z_][A-Za-z0-9_]{0,30})\1[ \t]*$/;
/** An array's empty or numbered index after a key (`password[]`, `char password[25]`). */
const ARRAY_INDEX = /^\[\d{0,4}\]/;
/** The attribute before a quoted key that names an element's value (`<entry key="…">v</entry>`). */
const NAMING_ATTRIBUTE = /(?:^|\s)(?:key|name) {0,3}= {0,3}$/i;

/**
 * A statement assigning several names at once, from its line's start: a declaration's keyword
 * maybe (`var`, `const`, `let`, `local`), two to eight names joined by `,` (their span: the `d`
 * flag's indices), a type maybe (Go's `string`), then `=` or `:=`.
 */
const TUPLE =
  /^\s*(?:(?:var|const|let|local)\s+)?((?:[\w$]+\s*,\s*){1,7}[\w$]+)(?:\s+[\w.]+)?\s*:?=(?!=)/d;
/** One of the values after it, up to its `,`: a quoted literal (its text: group 2), or any other. */
const TUPLE_ITEM = /\s*(?:(["'`])((?:\\.|(?!\1)[^\\])*)\1|[^,]*)\s*,?/dy;

/**
 * In a statement assigning several names at once (TUPLE: `user, password = "u", "v"`, Go's
 * `const a, b string = "x", "y"`), where the text of the quoted literal in the place of the name
 * at `line[at, end)` starts and ends; null when that place holds no quoted literal; undefined
 * when the line is no such statement or the name none of its targets.
 */
function tupleValue(line: string, at: number, end: number): number[] | null | undefined {
  const m = TUPLE.exec(line);
  const [from, to] = m?.indices?.[1] ?? [0, 0];
  if (at < from || end > to) return undefined;
  TUPLE_ITEM.lastIndex = m![0].length;
  let item;
  for (let k = line.slice(from, at).split(",").length; k > 0; k--) item = TUPLE_ITEM.exec(line);
  return item?.indices?.[2] ?? null;
}

/** The value assigned to the key `line[start, end)`, or null when it assigns none. */
function readValue(
  line: string,
  start: number,
  end: number,
  key: string,
  kind: KeyKind,
): Assignment | null {
  const n = line.length;
  const made = (from: number, to: number, cut = false, opens: Opener | null = null) => ({
    key,
    keyStart: start,
    kind,
    start: from,
    end: to,
    cut,
    opens,
  });
  /** No value on the line: it opens on the lines below, read as `opens` says. */
  const below = (opens: Opener) => made(n, n, false, opens);
  // `"$DB_PASSWORD": "v"`, `<$token>v`: a variable's `$` before the name is the key's.
  const keyAt = line.charCodeAt(start - 1) === 0x24 ? start - 1 : start;
  const openQuote = quoteTokenBefore(line, keyAt);
  let p = end;
  let quoted = false;
  if (openQuote > 0 && line.startsWith(line.slice(keyAt - openQuote, keyAt), p)) {
    p += openQuote;
    quoted = true;
  }
  const before = keyAt - openQuote;
  if (isExpansionMessage(line, start, end) || isArnResource(line, before)) return null;
  // CEF's custom field labelled with the key's name (`cs1Label=password … cs1=v`): that field's
  // value.
  if (!quoted && line.charCodeAt(before - 1) === 0x3d) {
    const labelled = labelledField(line, before, p, made);
    if (labelled !== undefined) return labelled;
  }
  // `"v" == password`, `'v' !== token`: a literal compared with the key, before it.
  const compared = comparedBefore(line, before, made);
  if (compared !== null) return compared;
  // `user, password = "u", "v"`, Go's `a, token := "x", "v"`: the literal in the key's place.
  const item = tupleValue(line, keyAt, end);
  if (item !== undefined) return item && made(item[0], item[1]);
  const tagOpen = tagOpenBefore(line, before);
  // `<PGPASSWORD=v>` (cron's `X-Cron-Env:` header): a pair in angle brackets, no element.
  if (
    !quoted && before > 0 && line.charCodeAt(tagOpen - 1) === LT && line.charCodeAt(p) !== EQUALS
  ) {
    // `'<your-api-key>'`: a placeholder quoted whole as a value, no element.
    const quote = line.charCodeAt(tagOpen - 2);
    if (isQuoteCode(quote) && line.charCodeAt(p) === GT && line.charCodeAt(p + 1) === quote) {
      return null;
    }
    // `<password value="v"/>`: the element's `value` attribute; else its text.
    const attribute = VALUE_ATTRIBUTE.exec(line.slice(p, p + 400));
    if (attribute !== null) return literal(line, p + attribute[0].length, made, true);
    return element(line, afterAttributes(line, p), made);
  }
  // `<key>NAME</key>`, Hadoop's `<name>NAME</name>`: the value element after it.
  // In any case (KeePass's `<Key>Password</Key>`).
  const naming = quoted || !line.startsWith("</", p)
    ? undefined
    : NAMING_ELEMENTS.find((name) => lowerAt(line, p + 2, `${name}>`));
  if (
    naming !== undefined && before >= naming.length + 2 &&
    lowerAt(line, before - naming.length - 2, `<${naming}>`)
  ) {
    return propertyListValue(line, p + naming.length + 3, made);
  }
  // Erlang's binary key (`#{<<"password">> => <<"v">>}`): the key's quotes inside `<<` `>>`.
  if (quoted && line.startsWith(">>", p) && line.startsWith("<<", before - 2)) p += 2;
  else if (quoted) {
    // `name="password">v<` and `name = "password" >v<`: the tag's `>` after blanks
    let gt = p;
    while (line.charCodeAt(gt) === 0x20) gt++;
    if (line.charCodeAt(gt) === GT) {
      if (NAMING_ATTRIBUTE.test(charsBefore(line, before, 12))) {
        return element(line, gt, made);
      }
      if (gt === p) return null;
    }
  }
  // Markdown's emphasis or code around the key's name (`**Password**: v`, `__Password__: v`,
  // `` `API key`: v ``), closed before the `:` (or after it: `**API key:** v`, below).
  p = pastMarker(line, start, p);
  // HCL (Terraform): `variable "db_password" {`, its `default` on the line or below it.
  const hcl = quoted && line.indexOf('"') === before ? HCL_VARIABLE.exec(line) : null;
  if (hcl !== null) {
    return hcl[1] === undefined
      ? below({ form: "named-value", indent: -1 })
      : literal(line, hcl[0].length, made, true);
  }
  // PHP's print_r and var_dump name a property with its visibility, inside the brackets
  // (`[password:protected] => v`, `[token:App\Client:private] => v`,
  // `["token":"App\Client":private]=>`): the operator comes after the `]`.
  if (
    p < n && line.charCodeAt(p) === 0x3a && before > 0 && line.charCodeAt(before - 1) === 0x5b
  ) {
    PHP_VISIBILITY.lastIndex = p;
    if (PHP_VISIBILITY.test(line)) p = PHP_VISIBILITY.lastIndex;
  }
  // `password[] = "v"` (PHP's append, Objective-C's array), `char password[25] = "v"` (a C
  // array's size): an empty or numbered index, then the operator.
  const index = p < n && line.charCodeAt(p) === 0x5b
    ? ARRAY_INDEX.exec(line.slice(p, p + 7))
    : null;
  if (index !== null) p += index[0].length;
  // env["KEY"], env[KEY]; a `]` with no `[` before the key ends something else (`gdm-password]:`,
  // a syslog tag cut short).
  else if (p < n && line.charCodeAt(p) === 0x5d) {
    if (before === 0 || line.charCodeAt(before - 1) !== 0x5b) return null;
    p++;
  }
  // A Helm annotation's `checksum/secret:` holds a digest of a Secret, not a secret.
  if (
    before >= 9 && line.charCodeAt(before - 1) === SLASH &&
    CHECKSUM_BEFORE.test(line.slice(before - 9, before))
  ) return null;
  p = afterType(line, p);
  let spaced = skipSpaces(line, p);
  // A table's key column padded past 16 blanks (PowerShell prints a hashtable's `Name  Value`
  // rows with names padded to 31 characters): up to 64 blanks, for a key starting its line.
  if (spaced - p === 16 && lineStartsWith(line, start)) spaced = skipSpaces(line, spaced, 48);
  // `process.env.API_KEY || "v"`, `$_ENV["DB_PASSWORD"] ?? "v"`, `getenv("TOKEN") or "v"`:
  // the literal a missing variable falls back to is a value of it.
  const fallback = fallbackAt(line, spaced, quoted);
  if (fallback !== -1) return literal(line, fallback, made, true);
  // LDIF's `userPassword:: <base64>` (RFC 2849: `::` before a value in base64), the key starting
  // its line: the rest of the line.
  if (before === 0 && line.startsWith("::", p) && LDIF_BASE64.test(line.slice(p))) {
    return made(skipSpaces(line, p + 2), line.trimEnd().length);
  }
  // A dot leader after a key starting its line (Laravel's `config:show`: `api_key ..... v`):
  // the rest of the line.
  if (spaced > p && line[spaced] === "." && lineStartsWith(line, start)) {
    const dots = /^\.{3,} +(?=\S)/.exec(line.slice(spaced));
    if (dots) return made(spaced + dots[0].length, n);
  }
  const op = operatorAt(line, spaced);
  const colon = op === ":";
  // `Password::min(12)`, `Token::class`: a scope's member (PHP, C++, Rust), no value.
  // `apiKey :: "v"` (a spaced `::`, then a quoted literal) is a value; so is the rest of a line
  // the key starts, `pwd::v`, when it has a sign no name has and no bracket, `,` or `;`.
  if (colon && line.charCodeAt(spaced + 1) === 0x3a) {
    const after = skipSpaces(line, spaced + 2, 3);
    if (spaced > p && isQuoteCode(line.charCodeAt(after))) return literal(line, after, made, true);
    return before === 0 && SIGNED_VALUE.test(line.slice(after))
      ? made(after, line.trimEnd().length)
      : null;
  }
  // Base64's `==` padding glued to a bare word that ends in a key word (`ssh-rsa AAAA…Tpw== me@h`,
  // `…Tpw==\n-----END`), a blank or a line's end after it: no operator (HTTPie's `pw==v` glues its
  // value, a comparison spaces it: `pw == v`). One `=` so after a base64 word (BASE64_TAIL:
  // `…AQC7Tpw= me@h`), not after a name (`password= v` gives v).
  if (
    (op === "==" || op === "=" && BASE64_TAIL.test(charsBefore(line, end, 64))) && !quoted &&
    spaced === p && /^(?:\s|\\[nrt]|$)/.test(line.slice(spaced + op.length))
  ) return null;
  if (op !== "") {
    let at = skipSpaces(line, spaced + op.length);
    // `wget --password= URL`: a flag's `=` glued to it with a blank after it, then a URL or
    // another option: the flag is given an empty value, the next word is the next argument.
    if (
      op === "=" && spaced === p && line.charCodeAt(start) === DASH && at > p + 1 &&
      (line.charCodeAt(at) === DASH || URL_ARGUMENT.test(line.slice(at, at + 20)))
    ) return null;
    if (colon) at = skipSpaces(line, pastMarker(line, start, at));
    // Spring's binding error (`Field error in object 'form' on field 'password': rejected value
    // [v]; codes […]`): the bracket's text, to the `]` before `; ` (else to the line's end).
    if (colon && line.startsWith(REJECTED_VALUE, at)) {
      const from = at + REJECTED_VALUE.length;
      const end = line.indexOf("]; ", from);
      return made(from, end < 0 ? n : end);
    }
    // `pam_unix(passwd:chauthtok)`: a PAM service and its management group, no value.
    if (colon && at === spaced + 1 && before > 0 && line.charCodeAt(before - 1) === 0x28) {
      const label = PAM_GROUP.exec(line.slice(at, at + 20));
      if (label !== null) return null;
    }
    // A comment (`key: # …`) has a space on both sides of its `#`; `password: #x=` is a value.
    if (at === n || (at > spaced + op.length && /^#(?:\s|$)/.test(line.slice(at, at + 2)))) {
      // A dump's `=>` ending the line after a quoted key (PHP's var_dump `["password"]=>`,
      // Xdebug's `'password' =>`, Ruby's pp breaking a long pair `"password"=>`): the value
      // starts the next line.
      if (op === "=>" && at === n && quoted) {
        return below({ form: "after-arrow" });
      }
      return colon && lineStartsWith(line, before) ? below(nextLine(line)) : null;
    }
    // A YAML tag before the value (`password: !vault |`, `!!binary`) is no part of it.
    // An anchor, a tag or both (`token: &tok !vault |`); a YAML alias (`password: *db_pass`)
    // only points at a value given elsewhere.
    const tag = colon ? YAML_TAG.exec(line.slice(at, at + 72)) : null;
    // CloudFormation's `!Ref DbPassword`, `!GetAtt DbSecret.SecretString`: where it comes from.
    if (tag !== null && CFN_REFERENCE.test(line.slice(at, at + 300))) return null;
    if (tag !== null) at += tag[0].length;
    if (colon && YAML_ALIAS.test(line.slice(at, at + 48))) return null;
    // After `name: ` a word glued to `=` and a value starts another pair (`INFO auth:
    // image=registry/app:1.2`, a logger's name before a key/value line): a token or key has no
    // `=` but its padding, so the name has none; a password may hold one (`password: ab=Zq8`).
    if (colon && kind !== "password" && at > spaced + 1 && startsPair(line, at)) return null;
    // Go's `%+v` of a struct prints an empty field as its name, `:` and the blank before the next
    // field (`{Host:db Token: Password:v Port:5432}`): an exported field's name glued to its `:`
    // and one blank, then the next exported field's name glued to its `:`, inside `{`: no value.
    if (
      colon && spaced === p && at === spaced + 2 &&
      (GO_EMPTY_FIELD.lastIndex = start, GO_EMPTY_FIELD.test(line)) &&
      line.lastIndexOf("{", before) > line.lastIndexOf("}", before)
    ) return null;
    if (at === n) return lineStartsWith(line, before) ? below(nextLine(line)) : null;
    const c = line.charCodeAt(at);
    if ((c === 0x7c || c === GT) && colon && BLOCK_HEADER.test(line.slice(at, at + 40))) {
      return lineStartsWith(line, before) ? below(block(line)) : null;
    }
    // `<<EOF`, `<<"EOF"` ending the line: a here-document; `<<"v">>`: an Erlang binary's string.
    if (c === LT && line.startsWith("<<", at)) {
      const m = HEREDOC.exec(line.slice(at, at + 40));
      if (m !== null) return below({ form: "heredoc", marker: m[2] });
      return erlangString(line, at, made);
    }
    // PowerShell's here-string (`$secret = @"` ending its line): up to the line `"@`.
    if (c === 0x40 && isQuoteCode(line.charCodeAt(at + 1)) && line.trimEnd().length === at + 2) {
      return below({ form: "heredoc", marker: line[at + 1] + "@" });
    }
    if (c === 0x7b && op === "=") return braced(line, at, made) ?? scrambled(line, at, made);
    // An object given to the key (a template's parameter: CloudFormation's `"DbPassword":
    // {"Type": "String", "Default": "v"}`, ARM's `"defaultValue"`; Pulumi's `"plaintext"`,
    // Envoy's `"secret": {"inline_string": "v"}`): its field that gives the value; `{` ending
    // the line: that field below, as for `key:` alone.
    if ((c === 0x5b || c === 0x7b) && at + 1 === line.trimEnd().length && (colon || op === "=")) {
      return below(c === 0x5b ? { form: "array" } : nextLine(line));
    }
    if (c === 0x7b) {
      const field = OBJECT_FIELD.exec(line.slice(at, at + 400));
      if (field) return literal(line, at + field[0].length, made, true);
    }
    // A list's first item on the key's line (`token=[v]`, `"token": ["v", …]`, Go's http.Header
    // and gRPC metadata: `map[X-Api-Key:[v]]`) when it holds a digit: a bracketed word is a
    // stand-in (`[FILTERED]`), read whole as before.
    // The item ends at the list's `]` before a query's `&` or a list's `,` or `;`
    // (`token=[FILTERED]&state=1`: no digit in the item); a `]` inside a word is the word's.
    let item = c === 0x5b ? literal(line, at + 1, made, false) : null;
    const close = item === null ? -1 : line.indexOf("]", item.start);
    if (item !== null && close > item.start && close < item.end && /[&,;]/.test(line[close + 1])) {
      item = made(item.start, close);
    }
    return item !== null && /\d/.test(line.slice(item.start, item.end))
      ? listedAfter(line, item, made)
      : literal(line, at, made, false);
  }
  const named = namedValue(line, before, spaced, made);
  if (named !== undefined) return named;
  if (quoted && line.charCodeAt(spaced) === COMMA) {
    // set("KEY", "v"); but in `"svc":"token", …` the quoted word is a value, not a key, and in
    // SQL's `"auth_user"."password", "auth_user"."last_login"` (Django's and Rails' queries,
    // MySQL's backquotes) a table's column, the next a column too.
    if (
      isValueBefore(line, before) ||
      line.charCodeAt(before - 1) === 0x2e && isQuote(line.charCodeAt(before - 2))
    ) return null;
    // Up to 16 blanks before the value: wp-config.php aligns its keys' values
    // (`define( 'AUTH_KEY',         'v' );`).
    return literal(line, skipSpaces(line, spaced + 1, 16), made, true);
  }
  // Erlang's tuple `{token, "v"}`, `{token, <<"v">>}` (an atom after `{`, `,`, a string or a
  // binary), a Clojure/EDN keyword's `{:token "v"}`, `:db/token "v"` (`:`, the key, a blank, a
  // string): the string, unless it is a lower-case word or has a blank (`{token, "expired"}`,
  // `{:token "is invalid"}`: a state, a message), read on as before.
  if (
    !quoted &&
    (spaced === p
      ? p < n && line.charCodeAt(p) === COMMA && before > 0 && line.charCodeAt(before - 1) === 0x7b
      : spaced < n && line.charCodeAt(spaced) === 0x22 &&
        KEYWORD_BEFORE.test(textBefore(line, start)))
  ) {
    const value = erlangString(line, skipSpaces(line, spaced === p ? p + 1 : spaced, 4), made);
    if (value !== null && !/^[a-z]*$|\s/.test(line.slice(value.start, value.end))) return value;
  }
  // A CSV row `apiToken,v,` (the key a cell of its own, at the row's start or after a comma).
  if (
    !quoted && spaced === p && p < n && line.charCodeAt(p) === COMMA &&
    (before === 0 || line.charCodeAt(before - 1) === COMMA)
  ) return csvCell(line, p + 1, made);
  // `token - 'v'` (trufflehog's tests): a dash between blanks, then a quoted literal.
  if (spaced > p && line.charCodeAt(spaced) === DASH && isSpaceCode(line.charCodeAt(spaced + 1))) {
    const at = skipSpaces(line, spaced + 1, 3);
    if (quoteTokenAt(line, at) === 1) return literal(line, at, made, true);
  }
  // `api_key "v";`, `api_key'v';` (nginx, C): a quoted literal after the key, then `;`; a
  // blank in it is words (`private_key '"no spaces';`).
  if (!quoted && quoteTokenAt(line, spaced) === 1) {
    const value = literal(line, spaced, made, true);
    if (
      value !== null && !value.cut && value.end + 1 < n &&
      line.charCodeAt(value.end + 1) === 0x3b &&
      !/\s/.test(line.slice(value.start, value.end))
    ) return value;
  }
  // `.password("v")`, `setApiKey("v")`, `withToken('v')`: a setter or builder given a literal.
  if (p < n && line.charCodeAt(p) === 0x28 && SETTER.test(snakeName(lastName(key)))) {
    return literal(line, skipSpaces(line, p + 1, 4), made, true);
  }
  const cmdlet = mayFollowCmdlet(line, before, spaced) && hasCmdlet(line)
    ? POWERSHELL_SET.exec(textBefore(line, before))
    : null;
  if (cmdlet !== null) return cmdletValue(line, p, cmdlet[1], made);
  // The key ends its line, or a call given its quoted name does (`os.getenv("X")`,
  // `sys.env("X")`, `System.get_env("X")`, read as an index is): etcdctl's listing, a key's path
  // alone on its line (`/app/db/password`), its value below; a console's or CI log's expression
  // ending in it (`>>> app.config["SECRET_KEY"]`, `irb(main):001> ENV["TOKEN"]`,
  // `##[debug]Evaluating: secrets.TOKEN`), its value printed below after an arrow.
  if (spaced === n || quoted && spaced === p && line.charCodeAt(p) === 0x29 && p + 1 === n) {
    const form = spaced === n && ETCD_KEY.test(line)
      ? "printed-below"
      : PROMPT.test(line)
      ? "after-arrow"
      : null;
    if (form !== null) return below({ form });
  }
  if (spaced === p) return null;
  // A flag, or a game engine's console variable set on its command line (`+rcon_password v`).
  const flag = line.charCodeAt(start) === DASH ||
    line.charCodeAt(start - 1) === 0x2b && !(start > 1 && line.charCodeAt(start - 2) > 0x20);
  if (
    flag || (!quoted && mayFollowDirective(line, start) && DIRECTIVE.test(textBefore(line, start)))
  ) {
    // An option is the next flag, not a value; after a directive's key (`ENV KEY -v…`) only a
    // `--option` or a short all-letter `-opt`: a long dashed token there is the value.
    const next = line.slice(spaced, spaced + 80);
    const option = flag ? FLAG.test(next) && !DASHED_TOKEN.test(next) : DIRECTIVE_OPTION.test(next);
    // A URL after the flag is the command's target (`curl --tlspassword https://host`): no value.
    if (option || (flag && URL_ARGUMENT.test(next))) return null;
    // `--token \` at the line's end: the value is the next line's first word.
    if (spaced === n - 1 && line.charCodeAt(spaced) === BACKSLASH) {
      return below({ form: "continued", quote: "" });
    }
    return literal(line, spaced, made, false);
  }
  // Prose: `the password was: v`, `the token is v`, `API key set to "v"` (a mixed-class word).
  // A word after `=`, `:` or `/` is a value or a path (`auth_method=password next_token=v`).
  const inValue = "=:/".includes(line[start - 1]);
  PROSE_VERB.lastIndex = spaced;
  const verb = quoted || inValue ? null : PROSE_VERB.exec(line);
  // After whose key it is and a colon (`token for user bob: v`), a token only, as after a blank
  // (no token there: read on, as `Password for the elastic user: ` is).
  const told = verb && proseValue(line, start, PROSE_VERB.lastIndex, key, made, verb[1] === ":");
  if (verb !== null && (told !== null || verb[1] === undefined)) return told;
  if (kind === "password" && !quoted) {
    // `PASSWORD 'v'` (SQL, or a message quoting it): a quoted value after a password word; not
    // after a shell variable's expansion (`-p $NEO4J_PASSWORD "MATCH …"`: the next argument).
    if (quoteTokenAt(line, spaced) > 0 && keyAt === start) return literal(line, spaced, made, true);
    // `Password for the elastic user (reset with …):` ending its line (Elasticsearch's first
    // start), `… user successfully reset.` (its reset tool): the password is printed below.
    PRINTED_BELOW.lastIndex = spaced;
    if (n - spaced <= 300 && PRINTED_BELOW.test(line)) {
      return below({ form: "printed-below" });
    }
    // .netrc: `machine HOST login USER password v`.
    if (NETRC.test(charsBefore(line, start, 600))) {
      return literal(line, spaced, made, false);
    }
    // A .netrc entry over several lines: `  password v` alone on its line (a mixed-class word);
    // so is a protocol's command in a session's transcript (FTP's and POP3's `PASS v` after the
    // direction a client prints: `> `, `C: `, `---> `).
    if (lineStartsWith(line, start) || TRANSCRIPT.test(textBefore(line, start))) {
      const value = literal(line, spaced, made, false);
      return value !== null && line.slice(value.end).trim() === "" &&
          isMixedWord(line.slice(value.start, value.end))
        ? value
        : null;
    }
  }
  if (quoted) return null;
  const last = lastWordValue(line, start, p, spaced, made);
  if (last !== null || inValue || !(kind === "secret" || BARE_NAME.test(key))) return last;
  // Prose: `the travis credential v was pasted`, `Using token v`, `github-key v` (a generated
  // word, blanks before it). Quoted there, a token as error messages quote the value they refuse
  // (`invalid token 'v' for user bob`, `Invalid API key "v" provided`); any other quoted word is
  // quoted prose (`unexpected token '}'`, `invalid token 'EOF'`).
  return quoteTokenAt(line, spaced) > 0
    ? quotedToken(line, start, literal(line, spaced, made, true), key)
    : proseValue(line, start, spaced, key, made, true);
}

/**
 * `value`, a quoted word after a secret's name and a blank, when it is a token (TOKEN_RUN), or a
 * shorter word (SHORT_QUOTED) after a secret's name in an error message refusing it (`invalid
 * client_secret 'v' for client web`, `bad api_key "v"`: an error's word before the name), and the
 * word before the name does not make it a name of something else (`next page token 'v'`).
 */
function quotedToken(
  line: string,
  start: number,
  value: Assignment | null,
  key: string,
): Assignment | null {
  if (value === null || value.cut) return null;
  const text = line.slice(value.start, value.end);
  if (!TOKEN_RUN.test(text) && !(value.kind === "secret" && refusedValue(line, start, text))) {
    return null;
  }
  const word = WORD_BEFORE.exec(textBefore(line, start))?.[1];
  return !word || keyKind(`${word}_${key}`) !== null ? value : null;
}

/**
 * `text`, quoted at or after `at`, is a short value an error message refuses: 6 to 64 characters,
 * no blank, a letter and a digit or a sign other than `_.-` (not a field's or a method's name,
 * `client_secret_basic`, nor a word, `expired`), in both cases or with a sign other than `._/:-`
 * (a name is in one case: a Kubernetes Secret's `db-creds-2`, `secret/data/app1`, `mysecret1`,
 * `API_KEY_V2`, an algorithm's `ES256K`), an error's word before `at` on the line (`invalid`,
 * `bad`, `wrong`, `incorrect`, `failed`, `rejected`, `mismatch`). The reader takes such a value
 * after a secret's name (quotedToken); secret-assignment's check lets it be shorter than other
 * values (6 characters, not 8).
 */
export const refusedValue = (line: string, at: number, text: string) =>
  SHORT_QUOTED.test(text) && REFUSED.test(textBefore(line, at));
const SHORT_QUOTED = /^(?![a-z\d._/:-]+$|[A-Z\d._/:-]+$)(?=.*[A-Za-z])(?=.*[^A-Za-z_.-])\S{6,64}$/;
const REFUSED =
  /(?<![a-z])(?:invalid|bad|wrong|incorrect|fail|reject|mismatch)(?:ed|ure)?(?![a-z])/i;

/**
 * Names other than a secret's that take a value after a blank alone: a password's whole word
 * (not `pass`), a provider's key (`github-key`; not an SSH or GPG key's: public).
 */
const BARE_NAME = /pass(?:word|wd)$|^(?!ssh|gpg)[a-z]+[-_]key$/i;

/**
 * The value of a key in prose, from `at`: after a verb (`is`, `was:`; `bare` false), a word of
 * mixed classes (isMixedWord); after a blank alone (`bare`), a token (TOKEN_RUN) after a name of
 * two words (`Using token v`, `github-key v`; not a dotted name's, `auth.login_with_api_key v`, a
 * method's and its argument), or of mixed case after one (a lone word starting a line, `token v
 * revoked`, gives an id in hex). Not when the word before names a key that is no secret (`next
 * page token v`). The word before is read last: most words after a key word in prose are no token.
 */
function proseValue(
  line: string,
  start: number,
  at: number,
  key: string,
  made: Made,
  bare: boolean,
): Assignment | null {
  let value = literal(line, at, made, false);
  if (value === null) return null;
  let text = line.slice(value.start, value.end);
  // A `.` ending the word ends the sentence (`the token for ci is v.`), as a password's may not.
  if (!bare && value.kind !== "password" && text.endsWith(".")) {
    value = { ...value, end: value.end - 1 };
    text = text.slice(0, -1);
  }
  // After a verb, a shorter word of mixed classes too, with no `-`, `.` or `:` unless a
  // password's or a UUID (`the token is v2.3.1-beta`, `private key is RSA-2048`, `API key was
  // rotated-2026` are words).
  if (
    !TOKEN_RUN.test(text) &&
    (bare || !isMixedWord(text) ||
      value.kind !== "password" && !/^[\w+/=]+$|^[\da-f-]{36}$/i.test(text))
  ) return null;
  const word = WORD_BEFORE.exec(textBefore(line, start))?.[1];
  return (!bare || word || /^[a-z]+[-_]/i.test(key) || /[a-z]/.test(text) && /[A-Z]/.test(text)) &&
      (!word || keyKind(`${word}_${key}`) !== null)
    ? value
    : null;
}

/**
 * A token: 20 or more characters of a token's alphabet (letters, digits, `_-+/=.`) with a letter
 * and a digit, and a random run of 16 letters and digits (hex, base64, `sk-…`; not a name of
 * short parts joined, `db-password-v2-prod-2026`, nor a UUID, an id as often as a token).
 */
const TOKEN_RUN = /^(?=.*[a-z\d]{16})(?=\D*\d)(?=.*[a-z])[\w+/=.-]{20,}$/i;

/** The word before a key and one blank (letters, digits, `_.-`, at most 40). */
const WORD_BEFORE = /([\w.-]{1,40}) $/;

/**
 * A `.properties` key, dotted lower-case words (`db.password`, `api.key`); not a method's name
 * of words joined by `_` (`auth.login_with_api_key v`: a call and its argument).
 */
const PROPERTY = /^[a-z][a-z\d-]*(?:\.[a-z\d-]+)+$/;
/** A key in a configuration language's lower case (`insecure-password`, `auth`). */
const LOWER_NAME = /^[a-z][a-z0-9_-]{0,63}$/;
/**
 * Lower-case words of a configuration directive before a key, indented in its section (HAProxy's
 * `    user NAME `, `    stats `).
 */
const DIRECTIVE_WORDS = /^[ \t]+[a-z][\w-]{0,30}(?:[ \t]+[\w.@-]{1,64}){0,3}[ \t]+$/;

/**
 * A value given after blanks alone, as one mixed-class word ending the line (isMixedWord): in a
 * table of keys and values, the key starting its line and two or more blanks after it (`vault
 * login`'s `token    v`) or one if it is a `.properties` key (`api.key v`), or in a configuration
 * line, after a directive's lower-case words
 * (HAProxy's `user NAME insecure-password v`; `stats auth USER:v`, whose password is after the
 * colon). Null otherwise.
 */
function lastWordValue(
  line: string,
  start: number,
  p: number,
  spaced: number,
  made: Made,
): Assignment | null {
  // A table's row of cells, `| KEY | v |`, `│ KEY │ v │` (Doppler's, Vault's): the value ending it.
  const bar = line[spaced];
  const cell = (bar === "|" || bar === "│") && /^\s*[|│]\s*$/.test(line.slice(0, start));
  if (cell) spaced = skipSpaces(line, spaced + 1);
  let end = spaced;
  while (end < line.length && !isSpaceCode(line.charCodeAt(end))) end++;
  if (end === spaced || end - spaced > 200 || line.slice(end).trim() !== (cell ? bar : "")) {
    return null;
  }
  // Pulumi's `app:dbPassword   v`: a namespace before the key, maybe after a logger's head.
  const table = cell ||
    (spaced - p >= 2 || PROPERTY.test(line.slice(start, p))) &&
      lineStartsWith(line, start - (NAMESPACE.exec(textBefore(line, start))?.[0].length ?? 0));
  if (
    !table &&
    !(LOWER_NAME.test(line.slice(start, p)) && DIRECTIVE_WORDS.test(textBefore(line, start)))
  ) return null;
  const value = literal(line, spaced, made, false);
  if (value === null || value.end !== end) return null;
  const text = line.slice(value.start, value.end);
  // `auth USER:PASS` (HAProxy's `stats auth`): the password after the colon.
  const colon = text.indexOf(":");
  if (colon > 0 && colon < text.length - 1 && value.key.toLowerCase() === "auth") {
    return { ...value, kind: "password", start: value.start + colon + 1 };
  }
  return isMixedWord(text) ? value : null;
}

/**
 * A PowerShell cmdlet that sets an item or variable named by the key, up to the key's name:
 * `Set-Item -Path Env:`, `New-Item Env:\`, `Set-Variable -Name `, `sv `, maybe in quotes (the
 * quote is captured, to be closed after the key).
 */
const POWERSHELL_SET =
  /(?:^|[\s;({|])(?:set-item|new-item|set-variable|new-variable|si|ni|sv|nv)(?:\s{1,4}-(?:path|literalpath|name))?\s{1,4}(["']?)(?:env:\\?|variable:\\?)?$/i;
/** A cmdlet or alias POWERSHELL_SET reads after, anywhere on a line. */
const CMDLET_WORD = /(?:set|new)-(?:item|variable)|(?:^|[\s;({|])(?:si|ni|sv|nv)\s/i;
let cmdletLine: string | undefined;
let cmdletFound = false;

/** A drive before a cmdlet's key, as POWERSHELL_SET ends: `Env:`, `Variable:\`. */
const DRIVE_BEFORE = /(?:env|variable):\\?$/i;

/**
 * A cheap first look for a cmdlet's key: after a drive (`Env:`, `Env:\`), or after a blank or
 * a quote and before a quoted value or a parameter (`"v"`, `-Value`); a key in prose (`token
 * for …`) is neither. POWERSHELL_SET ends in a drive, a quote or a blank, so no other character
 * before the key lets it match.
 */
function mayFollowCmdlet(line: string, before: number, spaced: number): boolean {
  const b = line.charCodeAt(before - 1);
  const next = spaced < line.length ? line.charCodeAt(spaced) : -1;
  if (b === 0x3a || b === 0x5c) {
    return DRIVE_BEFORE.test(charsBefore(line, before, 10));
  }
  // A blank: `\s`, of which every one is a space, a control or no ASCII character.
  return (isQuoteCode(next) || next === DASH) && (isQuoteCode(b) || b <= 0x20 || b >= 0x7f);
}

/** Whether `line` holds a cmdlet that sets an item or variable (kept for the line last asked). */
function hasCmdlet(line: string): boolean {
  if (line !== cmdletLine) {
    cmdletLine = line;
    cmdletFound = CMDLET_WORD.test(line);
  }
  return cmdletFound;
}

/** The value's parameter, after other parameters at most (`-Scope Global -Value`). */
const VALUE_PARAMETER =
  /^(?:-[A-Za-z]{1,20}(?:\s{1,4}[\w:]{1,20})?\s{1,4}){0,3}-value(?::|\s{1,4})/i;

/**
 * A cmdlet's value after the key's name (at `p`): its closing quote, blanks, the value given
 * `-Value` (after other parameters at most) or as the next argument.
 */
function cmdletValue(line: string, p: number, quote: string, made: Made): Assignment | null {
  let at = p;
  if (quote !== "") {
    if (line[at] !== quote) return null;
    at++;
  }
  const spaced = skipSpaces(line, at, 4);
  if (spaced === at) return null;
  const parameter = VALUE_PARAMETER.exec(line.slice(spaced, spaced + 120));
  const from = parameter === null ? spaced : skipSpaces(line, spaced + parameter[0].length, 4);
  if (parameter === null && line.charCodeAt(from) === DASH) return null;
  return literal(line, from, made, false);
}

/**
 * `${DB_PASSWORD:?message}`, `${TOKEN?message}`: a shell expansion that fails with a message
 * when the variable is unset; the message is no value (a default, `${X:-v}`, is one).
 */
function isExpansionMessage(line: string, start: number, end: number): boolean {
  if (start < 2 || line.charCodeAt(start - 1) !== 0x7b || line.charCodeAt(start - 2) !== 0x24) {
    return false;
  }
  const c = line.charCodeAt(end);
  return c === 0x3f || (c === 0x3a && line.charCodeAt(end + 1) === 0x3f);
}

/** An ARN up to its resource type (`arn:aws:secretsmanager:eu-west-1:123456789012:`). */
const ARN_BEFORE = /(?:^|[^\w-])arn:[\w-]{1,32}:[\w-]{1,64}:[\w-]{0,32}:\d{0,12}:$/;

/**
 * `arn:aws:secretsmanager:…:secret:NAME`: the ARN names a secret, it holds none; `secret` there
 * is the ARN's resource type, not a key.
 */
function isArnResource(line: string, before: number): boolean {
  if (before < 2 || line.charCodeAt(before - 1) !== 0x3a) return false;
  // ARN_BEFORE ends in `:\d{0,12}:`: a digit or a colon stands before the last colon.
  const c = line.charCodeAt(before - 2);
  return (c === 0x3a || isDigitCode(c)) && ARN_BEFORE.test(textBefore(line, before));
}

/**
 * A field that names a value given in another field: `name:`, `"Name":`, `key=` before the key,
 * a password manager's `"label":` (1Password's `op item get --format json` fields), or
 * CloudFormation's `ParameterKey=` (its value in `ParameterValue=`).
 */
const NAME_FIELD =
  /(?:^|[\s{,])\\{0,7}["']?(?:parameter)?(?:name|key|label)\\{0,7}["']?[ \t]{0,3}[:=][ \t]{0,3}$/i;
/**
 * Whether the text before `at` may end as NAME_FIELD does (a cheap necessary condition, so that
 * most keys skip its search): `name`, `key` or `label` (its last letter `e`, `y` or `l`, in any
 * case), at most 7 backslashes, a quote maybe, at most 3 blanks, `:` or `=`, at most 3 blanks.
 */
function mayEndNameField(line: string, at: number): boolean {
  let i = skipSpacesBack(line, at, 3);
  const op = line.charCodeAt(i - 1);
  if (op !== 0x3a && op !== 0x3d) return false;
  i = skipSpacesBack(line, i - 1, 3);
  if (isQuoteCode(line.charCodeAt(i - 1))) i--;
  for (let k = 0; k < 7 && line.charCodeAt(i - 1) === BACKSLASH; k++) i--;
  const last = line.charCodeAt(i - 1) | 0x20;
  return last === 0x65 || last === 0x79 || last === 0x6c;
}
/**
 * The field that gives that value, after the comma: `"value":`, `Value=`, `value: `; maybe after
 * one or two fields of a word each (SSM's `"Type": "SecureString", "Value": "v"`).
 */
const VALUE_FIELD =
  /^(?:[ \t]{0,3}"\w{1,20}"[ \t]{0,3}:[ \t]{0,3}"[\w.:-]{0,40}",){0,2}[ \t]{0,3}\\{0,7}["']?(?:parameter)?value\\{0,7}["']?[ \t]{0,3}[:=][ \t]{0,3}/i;
/** A YAML `name:` entry alone on its line before the key (`- name: DB_PASSWORD`). */
const NAME_ENTRY = /^([ \t]*(?:-[ \t]+)?)(?:name|key):[ \t]*$/i;

/**
 * A secret-named key that is the value of a `name` field, its value in the `value` field beside
 * it: `{"name":"DB_PASSWORD","value":"v"}` (ECS, JSON), `Name=DB_PASSWORD,Value=v`, or on the
 * next line (a Kubernetes env list: `- name: DB_PASSWORD` then `value: v`; JSON over several
 * lines: `"name": "DB_PASSWORD",` then `"value": "v"`). Undefined when the
 * key is not such a name; null when no value follows on the line.
 */
function namedValue(
  line: string,
  before: number,
  spaced: number,
  made: Made,
): Assignment | null | undefined {
  // The key ending a quoted path (SSM's `"Name": "/prod/db/password",`): from the path's quote.
  const q = spaced < line.length ? line.charCodeAt(spaced) : -1;
  if (isQuoteCode(q) && before > 0 && line.charCodeAt(before - 1) === 0x2f) {
    let i = before - 1;
    while (i > 0 && before - i < 256 && /[\w./-]/.test(line[i - 1])) i--;
    if (line.charCodeAt(i - 1) !== q || line.charCodeAt(i) !== 0x2f) return undefined;
    before = i - 1;
    spaced = skipSpaces(line, spaced + 1);
  }
  if (!mayEndNameField(line, before)) return undefined;
  const head = textBefore(line, before);
  if (!NAME_FIELD.test(head)) return undefined;
  if (spaced === line.length) {
    const entry = NAME_ENTRY.exec(head);
    return entry === null ? null : made(spaced, spaced, false, {
      form: "named-value",
      indent: entry[1].length,
    });
  }
  if (line.charCodeAt(spaced) !== COMMA) return undefined;
  // `"name": "DB_PASSWORD",` ending its line (JSON over several lines): `"value":` is below.
  if (skipSpaces(line, spaced + 1) === line.length) {
    return made(line.length, line.length, false, { form: "named-value", indent: indentOf(line) });
  }
  const field = VALUE_FIELD.exec(line.slice(spaced + 1, spaced + 180));
  return field === null ? null : literal(line, spaced + 1 + field[0].length, made, false);
}

/**
 * After `password`, a line that announces the password printed below it: `for the NAME user`,
 * then up to `:` ending the line (`(reset with `…`):`), or `successfully reset.`.
 */
const PRINTED_BELOW =
  /for[ \t]+the[ \t]+\S{1,64}[ \t]+user\b(?:[^\r\n]{0,200}:|[ \t]+(?:successfully[ \t]+)?reset\.)[ \t]*$/iy;

/**
 * A verb that gives a key's value in a sentence: `is`, `was:`, `set to`, `changed to`, maybe
 * after a few words saying whose or which key it is (`for this app`, `of user bob`, `on the
 * staging database`: `for`, `of`, `on` or `in` and up to four words), or those words and a
 * colon alone (`token for user bob: v`, captured) (sticky: tried where the blanks after the key
 * end, with no copy of the line).
 */
const PROSE_VERB =
  /(?:(?:for|of|on|in)(?:[ \t]{1,2}[\w.@'-]{1,40}){1,4}?(?:[ \t]{0,2}(:)|[ \t]{1,2}))?(?:is|was|(?:set|changed|reset) to|(?<=:))(?:[ \t]{0,2}:)?[ \t]{1,3}/iy;

/** What Spring's binding errors write between a field's name and its value's `[`. */
const REJECTED_VALUE = "rejected value [";

/**
 * A word of 8 or more characters with three of: lower case, upper case, digit, symbol, or of 16
 * or more letters and digits with both, as a hex or base36 token is (where prose gives a
 * password, a plain word is just the sentence going on: `password is incorrect`).
 */
function isMixedWord(word: string): boolean {
  if (word.length < 8) return false;
  const classes = Number(/[a-z]/.test(word)) + Number(/[A-Z]/.test(word)) +
    Number(/\d/.test(word)) + Number(/[^A-Za-z0-9]/.test(word));
  return classes >= 3 || LETTERS_AND_DIGITS.test(word);
}

/** 16 or more letters and digits, both among them. */
const LETTERS_AND_DIGITS = /^(?=.*\d)(?=.*[a-z])[a-z\d]{16,}$/i;

/** What comes before `password` in a .netrc entry. */
const NETRC =
  /(?:^|\s)(?:machine\s+\S{1,253}|default)(?:\s+(?:login|account|port)\s+\S{1,253}){0,3}\s+$/;
/**
 * A setter or builder named for a secret (in snake case): `password`, `set_password`,
 * `with_api_key`, `webhook_secret`; not a call that reads, checks or derives one
 * (`get_password`, `validate_password`, `hash_token`).
 */
const SETTER =
  /^(?!(?:get|has|is|validate|check|verify|hash|encrypt|decrypt|reset|find|load|read|generate|create|update|delete|remove|rotate|revoke|compare|match|parse|decode|encode|sign|print|log|mask|redact|store|save|fetch|request|issue|new|make|to|from|as|clear|require|prompt|ask|input|change|forgot|set_new)_)(?:[a-z0-9]+_){0,5}(?:password|passwd|pass|secret|token|key|credentials?)$/;

/** The last name of a dotted one (`ds.setPassword` → `setPassword`). */
const lastName = (key: string) => key.slice(key.lastIndexOf(".") + 1);

/** After an element's attributes (`<password type="plain">`): where its `>` is, or `at`. */
function afterAttributes(line: string, at: number): number {
  if (!isSpaceCode(line.charCodeAt(at))) return at;
  const gt = line.indexOf(">", at);
  if (gt === -1 || gt - at > 200 || line.lastIndexOf("<", gt) > at) return at;
  return gt;
}

const isSpaceCode = (c: number) => c === 0x20 || c === 0x09;

/** A CEF custom field's label, up to the key's name it gives (`cs1Label=`), the field in group 1. */
const CEF_LABEL = /(?:^|[\s|])((?:cs|cn|cfp|flexString|flexNumber|deviceCustomString)\d)Label=$/;
/** A CEF extension's next key, where a value ends (`␠suser=`). */
const CEF_NEXT_KEY = / [A-Za-z][\w.]{0,63}=/g;

/**
 * The value of the CEF custom field whose label is the key `line[before, end)` (`cs1Label=password
 * suser=bob cs1=v`): after the field's `cs1=`, to the next extension key or the line's end (a CEF
 * value may hold blanks); null when the field is not on the line; undefined when the key is no
 * custom field's label.
 */
function labelledField(
  line: string,
  before: number,
  end: number,
  made: Made,
): Assignment | null | undefined {
  const label = CEF_LABEL.exec(textBefore(line, before));
  if (label === null || (end < line.length && !isSpaceCode(line.charCodeAt(end)))) return undefined;
  const field = `${label[1]}=`;
  let at = line.indexOf(" " + field);
  if (at === -1) at = line.indexOf("|" + field);
  if (at === -1) return null;
  const from = at + 1 + field.length;
  CEF_NEXT_KEY.lastIndex = from;
  const next = CEF_NEXT_KEY.exec(line);
  const to = next === null ? line.trimEnd().length : next.index;
  return to > from ? made(from, to) : null;
}

type Made = (from: number, to: number, cut?: boolean, opens?: Opener | null) => Assignment;

/**
 * An exported Go field's name glued to its `:`, one blank, and the next one's name glued to its
 * `:`, as `%+v` prints a struct's empty field.
 */
const GO_EMPTY_FIELD = /[A-Z]\w*: [A-Z][A-Za-z0-9]{0,40}:/y;

/**
 * A key/value pair starting: a name written in words (`image`, `traceId`, `REQUEST_ID`,
 * `x-request-id`, `client.ip`; digits only at its end, as a random token has them anywhere),
 * `=` and a value right after it (not `==`, nor a blank or the line's end).
 */
const NEXT_PAIR =
  /^(?=[A-Za-z][\w.-]{1,40}=)(?:[a-z]+|[A-Z][a-z]*|[A-Z]+)(?:[_.-]?(?:[a-z]+|[A-Z][a-z]*|[A-Z]+)){0,8}\d{0,3}=[^\s=]/;

/**
 * Whether a pair starts at `at` (NEXT_PAIR), read as the decoded view shows it when colour codes
 * open it (`\x1b[36mtraceId\x1b[0m=…`, ../decoded_view.ts), as match.ts judges coloured values.
 */
function startsPair(line: string, at: number): boolean {
  const head = line.slice(at, at + 100);
  return NEXT_PAIR.test(
    line.charCodeAt(at) === 0x1b ? decodedView(head)?.text ?? head : head,
  );
}

/**
 * After a list's first item: the items after it up to the list's `]` on the line (quoted or
 * bare, each one word, `,` between them), the list's rest LIST_REST reads (at most this many
 * characters).
 */
const MAX_LIST_REST = 1024;
const LIST_REST = /^((?:["']?[ \t]*,[ \t]*["']?[^\s"',[\]{}]+)+)["']?[ \t]*$/;

/**
 * A secret-named key's list whole, from its first `item` to its last (`community_strings: ['v1',
 * 'v2']`, `api_keys=[v1,v2]`): every item is one of the secrets the name says it holds; just
 * `item` when it is the only one or the list is not one of plain items on this line.
 */
function listedAfter(line: string, item: Assignment, made: Made): Assignment {
  if (item.cut) return item;
  const close = line.indexOf("]", item.end);
  if (close === -1 || close - item.end > MAX_LIST_REST) return item;
  const rest = LIST_REST.exec(line.slice(item.end, close));
  return rest === null ? item : made(item.start, item.end + rest[1].length);
}

/**
 * What a logger, a log shipper or a tool prints before a line's own text, each part ending in a
 * blank or a sign: an ISO timestamp (CI runners', `kubectl logs --timestamps`), a syslog or
 * journald one with its host and tag (`Dec  1 08:11:27 db1 bash[26102]: `), a number (`cat -n`),
 * a level (`INFO `), `set -x`'s `+ `, a quote's `> `, a bracket (`[12] `, `kubectl logs
 * --prefix`'s `[pod/web-1/app] `), `docker compose logs`' `app-1  | `, `grep -n`'s `12:` and
 * `-H`'s `path:12:`, a file and its line (`redis.conf:12 `).
 */
const STARTS =
  /^\s*(?:(?:\d[\d:.,TZ+-]*|[A-Z][a-z]{2} [ \d]\d [\d:]{8}(?: \S+ \S+:)?|[A-Z]{4,5}|[+>]+)\s+|(?:\[[^\]]*\]|[\w.-]+ +\||(?:[\w./-]+:)?\d+[:\s-])\s*){0,6}(?:-\s+)?$/;

/**
 * Whether only spaces (or a YAML list dash) come before `at` on the line, after what a logger
 * prints before it (STARTS).
 */
function lineStartsWith(line: string, at: number): boolean {
  return STARTS.test(line.slice(0, at));
}

/** A namespace's name and colon before a key (Pulumi's `app:` in `app:dbPassword   v`). */
const NAMESPACE = /[\w-]+:$/;

/**
 * The direction a protocol session's transcript prints before a client's line (`> `, `>>> `,
 * `C: `, `---> `, `client: `), read here and by ./commands.ts's SESSION_LOGIN.
 */
export const CLIENT_DIRECTION = String.raw`>{1,3}|C:|-{1,3}>|client:`;

/** A line's direction in a session's transcript, the client's or the server's `S: `, then blanks. */
const TRANSCRIPT = new RegExp(String.raw`^\s*(?:${CLIENT_DIRECTION}|S:)[ \t]+$`);

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;
const nextLine = (line: string): Opener => ({ form: "next-line", indent: indentOf(line) });
const block = (line: string): Opener => ({ form: "block", indent: indentOf(line) });

/** Whether the quoted word ending before `at` is a value: `:` or `=` comes before it. */
function isValueBefore(line: string, at: number): boolean {
  const c = line.charCodeAt(skipSpacesBack(line, at, 4) - 1);
  return c === 0x3a || c === 0x3d || c === GT;
}

/**
 * Where an element's name starting at `before` has its `<`, past blanks (`< password >`) or an
 * XML namespace's prefix (`<wsse:Password`, `<ns2:apiKey`): or `before`.
 */
function tagOpenBefore(line: string, before: number): number {
  const i = skipSpacesBack(line, before, 3);
  if (i < before && line.charCodeAt(i - 1) === LT) return i;
  // NAMESPACE_PREFIX ends in a name's character and `:` (not a JSON key's `":`).
  const prefix = line.charCodeAt(before - 1) === 0x3a && isKeyChar(line.charCodeAt(before - 2))
    ? NAMESPACE_PREFIX.exec(textBefore(line, before))
    : null;
  return prefix === null ? before : before - prefix[0].length + 1;
}

/** An XML namespace's prefix after an element's `<`, up to its `:` (`<wsse:`). */
const NAMESPACE_PREFIX = /<[A-Za-z_][\w.-]{0,31}:$/;

/**
 * An element's `value` attribute after its name (`<password value="v"/>`, after other
 * attributes at most), up to its opening quote.
 */
const VALUE_ATTRIBUTE =
  /^[ \t]+(?:[\w:.-]{1,40}[ \t]{0,3}=[ \t]{0,3}(?:"[^"<>]{0,100}"|'[^'<>]{0,100}')[ \t]+){0,4}value[ \t]{0,3}=[ \t]{0,3}(?=["'])/i;

/**
 * A quoted literal compared with the key, before it (`"v" == password`, `'v' !== token`), the
 * key's text (and its opening quote) starting at `before`; or null. The comparisons are `==`,
 * `===`, `!=` and `!==`, read from their last `=` back, the longest that ends there (as the
 * operators of ./syntax.ts are read: no other operator ends in `==` or `!=`).
 */
function comparedBefore(line: string, before: number, made: Made): Assignment | null {
  let i = skipSpacesBack(line, before, 4);
  const b = line.charCodeAt(i - 2), c = line.charCodeAt(i - 3);
  if (line.charCodeAt(i - 1) !== 0x3d || (b !== 0x3d && b !== 0x21)) return null;
  i = skipSpacesBack(line, i - (b === 0x3d && (c === 0x3d || c === 0x21) ? 3 : 2), 4);
  const quote = line.charCodeAt(i - 1);
  if (!isQuoteCode(quote)) return null;
  const open = line.lastIndexOf(line[i - 1], i - 2);
  if (open === -1 || open + 1 === i - 1) return null;
  // Longer than VALUE_CAP: cut, from its start (the rest of the line is masked unread).
  return i - 1 - (open + 1) > VALUE_CAP ? made(open + 1, line.length, true) : made(open + 1, i - 1);
}

/**
 * A CSV cell from `at` (after the key's cell): up to the next comma or the line's end. Only a
 * value that looks generated (8 or more characters, a letter and a digit, no blank) is one: a
 * header row's next column (`password,username`) is a name.
 */
function csvCell(line: string, at: number, made: Made): Assignment | null {
  let i = at;
  while (i < line.length && i - at <= VALUE_CAP && line.charCodeAt(i) !== COMMA) i++;
  if (i - at > VALUE_CAP) return made(at, line.length, true);
  const cell = line.slice(at, i);
  return cell.length >= 8 && !/\s/.test(cell) && /[A-Za-z]/.test(cell) && /\d/.test(cell)
    ? made(at, i)
    : null;
}

/** Tags and blanks only, up to the start tag being read (`  <config><password`). */
const ONLY_TAGS = /^\s*(?:<[^<>]{1,200}>\s*){0,8}<\$?[\w:.-]{1,100}(?:\s[^<>]{0,200})?$/;

/** An XML element's text after its `>` at `gt`: up to its closing tag, in CDATA, or below. */
function element(line: string, gt: number, made: Made): Assignment | null {
  if (line.charCodeAt(gt) !== GT || line.charCodeAt(gt - 1) === SLASH) return null;
  const from = gt + 1;
  if (line.startsWith("<![CDATA[", from)) {
    const close = indexWithin(line, "]]>", from + 9);
    return close === -1 ? toLineEnd(line, from + 9, made) : made(from + 9, close);
  }
  let close = indexWithin(line, "<", from);
  if (close !== -1) close = textEnd(line, close);
  if (close === -1) {
    if (line.length - from > VALUE_CAP && line.slice(from).trim() !== "") {
      return cutOrNone(line, from, made);
    }
    // `<password>v` with no closing tag on the line (a line cut short, the tag below), the
    // element after tags and blanks only: the value runs to the line's end. Text after a blank
    // (`<password> field`) is prose; a tag after text (`GOCSPX-<client-secret>"`), a placeholder.
    if (
      from < line.length && !/\s/.test(line[from]) && ONLY_TAGS.test(line.slice(0, gt))
    ) {
      return toLineEnd(line, from, made);
    }
    // `<password>` alone on its line (after other tags at most): its value is below.
    const alone = line.slice(from).trim() === "" && ONLY_TAGS.test(line.slice(0, gt));
    return alone ? made(line.length, line.length, false, { form: "element" }) : null;
  }
  if (line.charCodeAt(close + 1) !== SLASH) return null;
  // `<password> v </password>`: the text without the blanks around it.
  let start = from, end = close;
  while (start < end && isSpaceCode(line.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(line.charCodeAt(end - 1))) end--;
  return made(start, end);
}

/** Whether `line` holds `lower` at `at`, in any case. */
const lowerAt = (line: string, at: number, lower: string) =>
  line.slice(at, at + lower.length).toLowerCase() === lower;

/** Elements naming the value element after their closing tag (`</key>`, `</name>`, a cell's). */
const NAMING_ELEMENTS = ["key", "name", "td", "th"];
/** The element a `<key>` names (`<entry><key>NAME</key> <value>v</value></entry>`), after blanks. */
const PLIST_VALUE = new RegExp(`^[ \\t]{0,40}${KEY_VALUE_ELEMENT}`, "i");

/**
 * The value a property list's `<key>NAME</key>` names (Apple's plist XML, `defaults read`),
 * from `at`, right after `</key>`: the `<string>` or `<data>` element after blanks, read as an
 * element's text (to its closing tag, in CDATA, to the line's end, or below its tag alone); or,
 * with nothing after the key on its line, the element on the next line (../continuations.ts).
 */
function propertyListValue(line: string, at: number, made: Made): Assignment | null {
  const n = line.length;
  const tag = PLIST_VALUE.exec(line.slice(at, at + 600));
  if (tag === null) {
    return n - at <= 60 && /^\s*$/.test(line.slice(at))
      ? made(n, n, false, { form: "property-list" })
      : null;
  }
  const from = at + tag[0].length;
  if (indexWithin(line, "<", from) !== -1) return element(line, from - 1, made);
  if (n - from <= 60 && /^\s*$/.test(line.slice(from))) {
    return made(n, n, false, { form: "element" });
  }
  return toLineEnd(line, from, made);
}

/** What may follow a braced value's closing `}`: the line's end, `;`, a blank or a quote. */
const AFTER_BRACE = /^(?:$|[;\s"'])/;

/**
 * An object's or a map's first entry after its `{`, its name bare: `{user: "bob", …`, TOML's
 * `{ user = "bob", …`, Ruby's `{:user=>"bob"`, Java's `{user=bob, password=…}` (a `=` glued to
 * the name when another such entry follows after a `,`).
 */
const OBJECT_START = /^\{\s*:?[A-Za-z_][\w.-]*(?::\s|\s*=>|\s+=\s|=[^,}]*, ?[A-Za-z_][\w.-]*=)/;

/**
 * An ODBC value in braces after `=` (`PWD={p;a}}ss}`, where `}}` is a `}`): inside them, when the
 * closing `}` ends the attribute. A template (`{{ .Values.x }}`, `{db_password}`: letters only,
 * `{0}`) or an object (`{"a": …}`,
 * `{user: "bob", …}`: its entries are read by their own names) is no such value.
 */
function braced(line: string, at: number, made: Made): Assignment | null {
  const first = line.charCodeAt(at + 1);
  if (first === 0x7b || isQuoteCode(first)) return null;
  if (OBJECT_START.test(line.slice(at, at + 400))) return null;
  let i = at + 1;
  while (i < line.length && i - at <= VALUE_CAP) {
    if (line.charCodeAt(i) === 0x7d) {
      if (line.charCodeAt(i + 1) !== 0x7d) break;
      i += 2;
    } else i++;
  }
  if (i - at > VALUE_CAP) return made(at + 1, line.length, true);
  if (
    i >= line.length || /^(?:[a-z_.]*|\d)$/i.test(line.slice(at + 1, i)) ||
    !AFTER_BRACE.test(line.slice(i + 1, i + 2))
  ) return null;
  return made(at + 1, i);
}

/** Where `text` occurs in `line` within VALUE_CAP characters after `from`, or -1. */
function indexWithin(line: string, text: string, from: number): number {
  const at = line.indexOf(text, from);
  return at !== -1 && at - from <= VALUE_CAP ? at : -1;
}

/**
 * A value not closed on its line: to the line's end (without the blanks there; none when only
 * blanks are left), or cut past VALUE_CAP.
 */
function toLineEnd(line: string, from: number, made: Made): Assignment | null {
  if (line.length - from > VALUE_CAP) return made(from, line.length, true);
  const end = from + line.slice(from).trimEnd().length;
  return end > from ? made(from, end) : null;
}

/** A value that runs on past VALUE_CAP is cut; one that ends before it is no value here. */
function cutOrNone(line: string, from: number, made: Made): Assignment | null {
  return line.length - from > VALUE_CAP ? made(from, line.length, true) : null;
}

/**
 * Characters that end a bare value: space, quotes, `,`, `;`, `&` (query strings, connection
 * strings), brackets, `<`, `>` and `\` (an escaped quote in JSON).
 */
const BARE_END = membersOf(" \t\r\n\f\v\"'`,;&<>(){}[]\\");
const isBareEnd = (code: number) => code < 128 ? BARE_END[code] === 1 : code === 0xa0;

/** Brackets by their codes: each closing one to its opening one (0 for an opening one). */
const BRACKETS = new Map<number, number>([
  [0x28, 0],
  [0x5b, 0],
  [0x7b, 0],
  [0x3c, 0],
  [0x29, 0x28],
  [0x5d, 0x5b],
  [0x7d, 0x7b],
  [0x3e, 0x3c],
]);
/** Closing brackets and separators that may end a value's word without being part of it. */
const WORD_TAIL = new Set([0x29, 0x5d, 0x7d, 0x3e, 0x2c, 0x3b]);

/**
 * A bare word from `at` (up to a blank or a quote) whose brackets do not pair (`{{h}o)p$[x>`:
 * a closing one before its opening one, or another's): a generated password, one value, not
 * code (`getenv("X")`, `request.json['k']`, `${VAR}`, `{{ x }}` pair theirs). Closing brackets
 * and `,` `;` ending the word are not judged (`password=secret)` closes a call); `,` and `;`
 * there are no part of the value. Null when the brackets pair or the word is over VALUE_CAP.
 */
function scrambled(line: string, at: number, made: Made): Assignment | null {
  let end = at;
  while (
    end < line.length && end - at <= VALUE_CAP && !isSpaceCode(line.charCodeAt(end)) &&
    !isQuote(line.charCodeAt(end))
  ) end++;
  if (end - at > VALUE_CAP) return null;
  let judged = end;
  while (judged > at && WORD_TAIL.has(line.charCodeAt(judged - 1))) judged--;
  const open: number[] = [];
  let unpaired = false;
  for (let i = at; i < judged && !unpaired; i++) {
    const opening = BRACKETS.get(line.charCodeAt(i));
    if (opening === 0) open.push(line.charCodeAt(i));
    else if (opening !== undefined) unpaired = open.pop() !== opening;
  }
  if (!unpaired) return null;
  while (end > at && (line.charCodeAt(end - 1) === COMMA || line.charCodeAt(end - 1) === 0x3b)) {
    end--;
  }
  return made(at, end);
}

/**
 * A console's prompt (Python, IPython, Node, IRB, pry, Scala, IEx, JShell) or GitHub Actions'
 * `Evaluating:`, one expression.
 */
const PROMPT =
  /^(?:>{1,3}|irb(?:\(\w+\):\d+(?::\d+)?)?>|\[\d+\] pry\(\w+\)>|In \[\d+\]:|scala>|iex(?:\(\d+\))?>|jshell>|##\[debug\]Evaluating:) +\S+\s*$/;
/** A path of two or more names alone on its line, as `etcdctl get` prints a key. */
const ETCD_KEY = /^(?:\/[\w.-]+){2,}[ \t]*$/;

/** A Clojure/EDN keyword's `:` and namespace (`:db/`) before a key, after a blank or a bracket. */
const KEYWORD_BEFORE = /(?:^|[\s{(\[,]):(?:[\w.-]{1,64}\/)?$/;

/**
 * A conversion around a string literal, which the value is inside: `[]byte("v")` (Go),
 * `Buffer.from("v")` (Node), `String::from("v")` (Rust), `bytes("v")`, `SecretStr("v")`, Rust's
 * `Some("v")` (an `Option` printed by `{:?}`), Erlang's binary `<<"v">>`; a printout's optional
 * or type before a string: Swift's `Optional("v")`, Haskell's `Just "v"`, F#'s `Some "v"`, R's
 * `str()` `chr "v"`, go-spew's `(string) (len=12) "v"`; the OpenTelemetry collector's debug
 * exporter's attribute values, `Slice(["v"])` and `Str(v)`.
 * Only a quoted literal inside one is a value (`[]byte(os.Getenv("X"))` is not), but for `Str(`
 * ending its line: the exporter writes the string bare.
 */
const WRAPPER =
  /^(?:(?:\[\]byte|Buffer\.from|String::from|(?:Secret(?:String|Box|Vec)?|SecUtf8)::new|SecretStr|bytes|bytearray|new\s{1,3}String|String|[Ss]tr|Some|Optional)\(\s{0,3}|Slice\(\[|(?:Just|Some|chr|\(string\)(?: \(len=\d{1,6}\))?) (?="))/;

/** A quoted literal at `at`, or inside an Erlang binary there (`<<"v">>`, `<<"v"/utf8>>`). */
function erlangString(line: string, at: number, made: Made): Assignment | null {
  if (!line.startsWith("<<", at)) return literal(line, at, made, true);
  return line.charCodeAt(at + 2) === 0x22 && line.includes(">>", at + 3)
    ? literal(line, at + 2, made, true)
    : null;
}

/** A class's method (`JWT.encode`, `OpenSSL::PKey.read`), a blank, a name and `,`. */
const RUBY_CALL = /^[A-Z]\w*(?:::[A-Z]\w*)*\.[a-z_][a-z\d_]*[?!]? [a-z_@$][\w.]*,/;

/**
 * A PowerShell cmdlet whose output a variable takes (`$pw = Read-Host -AsSecureString`, `$token =
 * Get-Secret -Name x`): a call, not a literal. The verbs that return a value.
 */
const CMDLET =
  /^(?:Get|Read|New|Import|ConvertTo|ConvertFrom|Invoke|Unprotect|Resolve|Find|Receive|Select)-[A-Z][A-Za-z]{1,40}$/;
/** The first letters of CMDLET's verbs (a first look). */
const CMDLET_START = new Set([..."GRNICUFS"].map((c) => c.charCodeAt(0)));

/** A class's name, `{` and an identity hash (Android's `AppWindowToken{9f4ef63 …}`). */
const OBJECT_PRINTOUT = /^[A-Z][\w$]{0,80}\{[0-9a-f]{6,8}[ }]/;
/** An index by a symbol or a quoted key right after a bare value: `[:password]`, `["token"]`. */
const INDEX = /^\[(?::\w{1,64}|"[^"\n]{1,64}"|'[^'\n]{1,64}')\]/;
/** The name of a map indexed so: `params`, `self.config`, `$_POST`, `@options`, `ENV`. */
const MAP_NAME = /^[A-Za-z_$@][\w$@]{0,63}(?:\.[A-Za-z_]\w{0,63}){0,4}$/;

/**
 * A property's visibility as PHP's print_r and var_dump print it after its name, up to the `]`:
 * `:protected`, `:private`, after the declaring class too (`:App\Client:private`,
 * `:"App\Client":private`).
 */
const PHP_VISIBILITY = /:(?:protected|(?:"?[A-Za-z_\\][\w\\]{0,200}"?:)?private)(?=\])/y;

/** String prefixes before a quote: `b"…"`, `r'…'`, `f"…"`, `@"…"` (C#), `$"…"`, `L"…"`. */
const STRING_PREFIX = /^(?:[bBrRuUfF]{1,2}|[@$L])(?=\\{0,7}["'`])/;

/**
 * The value starting at `at`: quoted (a quote, maybe escaped, to the same quote; `\` escapes
 * in a plainly quoted one), or bare up to a delimiter; maybe inside a WRAPPER. `quotedOnly`: a bare value is no value.
 */
function literal(line: string, at: number, made: Made, quotedOnly: boolean): Assignment | null {
  const n = line.length;
  let from = at;
  const wrapper = WRAPPER.exec(line.slice(from, from + 40));
  if (wrapper !== null) from += wrapper[0].length;
  // Rust's `{:#?}` breaks an `Option` over lines (`password: Some(` ending its line, then
  // `    "v",`): the string on the next line.
  if (wrapper?.[0] === "Some(" && from === line.trimEnd().length) {
    return made(n, n, false, { form: "after-arrow" });
  }
  const prefix = STRING_PREFIX.exec(line.slice(from, from + 3));
  if (prefix !== null) from += prefix[0].length;
  const token = quoteTokenAt(line, from);
  // `$(echo v)`, `$(printf '%s' v)`, `"$(echo -n 'v')"`: a substitution printing a literal is
  // it, when it is the whole value (`"$(echo v)w"` is read as the quoted value it is part of).
  const inQuote = token === 1 && line.charCodeAt(from) !== 0x60;
  const echoed = echoedLiteralAt(line, inQuote ? from + 1 : from);
  if (
    echoed !== null &&
    (inQuote ? line.charCodeAt(echoed[2]) === line.charCodeAt(from) : token === 1 ||
      (!quotedOnly && wrapper === null &&
        (echoed[2] === line.length || isBareEnd(line.charCodeAt(echoed[2])))))
  ) return made(echoed[0], echoed[1]);
  if (token === 0) {
    if (wrapper?.[0] === "Str(" && !quotedOnly && line.endsWith(")")) {
      return n - 1 - from > VALUE_CAP ? made(from, n, true) : made(from, n - 1);
    }
    if (quotedOnly || wrapper !== null) return null;
    let i = at;
    while (i < n && i - at <= VALUE_CAP && !isBareEnd(line.charCodeAt(i))) i++;
    if (i - at > VALUE_CAP) return made(at, n, true);
    // Stopped at a bracket: a word whose brackets do not pair is one value (`p)a{ss]`).
    if (i < n && BRACKETS.has(line.charCodeAt(i))) {
      const word = scrambled(line, at, made);
      if (word !== null) return word;
    }
    // Stopped at a symbol its syntax does not end it at (`5VL&0-&*^Iz6`, `P@ss(w0rd)`): whole.
    const whole = symbolWordEnd(line, at, i);
    if (whole > i) return made(at, whole);
    // `password = getenv("X")`: a call, not a literal.
    if (i === at || (i < n && line.charCodeAt(i) === 0x28)) return null;
    // `wtoken = AppWindowToken{9f4ef63 …}`: an object's printout with its identity hash.
    if (i < n && line.charCodeAt(i) === 0x7b && OBJECT_PRINTOUT.test(line.slice(at, i + 10))) {
      return null;
    }
    // `password = params[:password]`, `config["token"]`: an index into a map, not a literal.
    if (
      i < n && line.charCodeAt(i) === 0x5b && INDEX.test(line.slice(i, i + 70)) &&
      MAP_NAME.test(line.slice(at, i))
    ) return null;
    // `token = JWT.encode payload, key`: Ruby's call of a class's method without brackets (a
    // class's name starts with a capital: the slice only then).
    const first = line.charCodeAt(at);
    if (first >= 0x41 && first <= 0x5a && RUBY_CALL.test(line.slice(at, i + 40))) return null;
    // `$pw = Read-Host -AsSecureString`: a PowerShell cmdlet's output, not a literal.
    if (CMDLET_START.has(line.charCodeAt(at)) && CMDLET.test(line.slice(at, i))) return null;
    // `TOKEN=abc\` ending the line: the word goes on at the next line's start.
    return i === n - 1 && line.charCodeAt(i) === BACKSLASH
      ? made(at, i, false, { form: "continued", quote: "" })
      : made(at, i);
  }
  const quote = line.charCodeAt(from + token - 1);
  // A triple-quoted string (`"""v"""`, `'''v'''`: Python, TOML): the value starts inside it.
  const triple = token === 1 && line.charCodeAt(from + 1) === quote &&
    line.charCodeAt(from + 2) === quote;
  const start = from + (triple ? 3 : token);
  let i = start;
  if (token === 1) {
    // A shell's quote inside single quotes, `'\''`, goes on to the next quote.
    while (
      i < n && i - start <= VALUE_CAP &&
      (line.charCodeAt(i) !== quote || line.startsWith("'\\''", i) && (i += 3))
    ) i += line.charCodeAt(i) === 0x5c ? 2 : 1;
    if (i - start > VALUE_CAP) return made(start, n, true);
    // Not closed, and `\` ends the line (`TOKEN="abc\`): the value goes on below, in its quote.
    if (i >= n && n - 1 > start && line.charCodeAt(n - 1) === BACKSLASH) {
      return made(start, n - 1, false, { form: "continued", quote: String.fromCharCode(quote) });
    }
    return made(start, Math.min(i, n));
  }
  // An escaped quote (`\"` in JSON inside JSON) ends at the next quote, without its backslashes.
  while (i < n && i - start <= VALUE_CAP && line.charCodeAt(i) !== quote) i++;
  if (i - start > VALUE_CAP) return made(start, n, true);
  let end = i;
  while (end > start && line.charCodeAt(end - 1) === 0x5c) end--;
  return made(start, end);
}
