/**
 * The decoded view of a line: the text a person reading the log would see, for lines whose
 * values are hidden behind an encoding. Terminal colour and control sequences are removed
 * (`\x1b[33m…\x1b[0m`, also when a logger wrote them escaped: `\u001b[`, `\x1b[`, `\033[`),
 * JSON string escapes are decoded (`\u0040`, `\/`, `\\`, `\"`; `\n`, `\t` become spaces), and
 * so are hex escapes of printable characters in code (`\x22`), URL percent-escapes (`%40`, `%2F`,
 * UTF-8 sequences; an escape escaped again, `%2540`, both times) and HTML/XML character
 * references (`&quot;`, `&#34;`, `&#x40;`, `&amp;`); zero-width characters are dropped and
 * no-break spaces read as spaces. One pass, no decoding twice.
 *
 * Detectors run on the view as on any line; each character of the view knows the range of the
 * original line it came from, so a finding masks the original bytes it was decoded from.
 * The engine builds a view only for lines holding one of HIDING_MARKERS, or one of
 * WRAPPING_MARKERS where a detector may run (both found by the keyword scan it already makes),
 * so plain lines cost nothing more.
 */

const HEX_DIGITS = [..."123456789abcdef"];

/** A name/value pair of JSON whose quotes a CSV cell doubled (see HIDING_MARKERS). */
const CSV_PAIR = '"":""';

/** The percent-escapes of HIDING_MARKERS. */
const PERCENT_MARKERS: readonly string[] = [
  ..."%2f %3a %40 %3d %2b %24 %7c %2d %5f %2e %5c".split(" "),
  ...[..."0123456789"].map((d) => `%20${d}`),
  // The first byte of a letter's UTF-8 sequence beyond ASCII (`%C3%A9`, `%D0%98`, `%E4%BC%9F`).
  ..."%c %d %e".split(" "),
];

/**
 * Lower-case literals that mark a string inside a string: JSON carried in a JSON
 * string (`{\"k\":\"v\"}`, Python's `{\"k\": \"v\"}`), a quoted argument in a logged message
 * (`taxId: \"v\"`, `\"AUTH\" \"v\"`, `<<\"v\">>`, `(\"v\")`, `=\"v\"`); not a quote of a value's
 * own text (an ETag's `W/\"…\"`, on every other line of a key/value log; a template's
 * `default \"v\"`). Where a document starts, not at each of its names: a log of escaped JSON
 * holds a name every 60 characters, which would make its text look dense in keywords (see
 * KeywordIndex.scan). Such a line is read on its view (nestedView) instead of as it is written.
 */
export const ESCAPED_STRING_MARKERS: readonly string[] = [
  '\\" \\"',
  ...["{", "[", "(", "<", "=", ": ", ", "].map((c) => `${c}\\"`),
];

/**
 * Lower-case literals that mark a line whose escapes may hide a value's shape: a JSON `\u`
 * escape of a printable character (`\u0020` and up, not the `\u001b` of colours) or `\/`,
 * a percent-escape of a character that credentials, addresses and URLs carry, an escaped
 * space before a digit (`4757%202164…`: a card, IBAN, phone or ID number in groups, in a query
 * string; `%20` before a word is prose, left out) or a letter's UTF-8 sequence (`Jos%C3%A9`, a
 * name in a query string), once or twice escaped. Such a line always gets a view.
 */
export const HIDING_MARKERS: readonly string[] = [
  ...HEX_DIGITS.slice(1).map((h) => `\\u00${h}`),
  ...HEX_DIGITS.map((h) => `\\u0${h}`),
  ...HEX_DIGITS.map((h) => `\\u${h}`),
  "\\/",
  ...PERCENT_MARKERS,
  // The same escaped twice (`%2540`: a URL in another URL's query string).
  ...PERCENT_MARKERS.map((m) => `%25${m.slice(1)}`),
  // A code hex escape of a printable character (`\x22` for a quote, `\x40` for `@`).
  ..."234567".split("").map((h) => `\\x${h}`),
  // HTML/XML character references (a JSON or XML value escaped for a web page).
  ..."&quot; &apos; &# &lt; &gt; &amp;".split(" "),
  // Invisible characters (INVISIBLE): zero-width ones inside a value or key name, a no-break
  // space between a key and its value or in a number's groups.
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u00a0",
  "\u202f",
  // A JSON text in a CSV cell, its quotes doubled (`"{""password"":""v""}"`: a log exported as
  // CSV); no JSON holds a pair so, short of an empty name.
  CSV_PAIR,
];

/**
 * Lower-case literals that may start quoted-printable where it is unmistakable (see
 * quotedPrintable): an address's `@` before a letter (`=40` before a digit is most often a
 * number), the padding that ends a base64 value. Hex ids glued to `=` hold them too
 * (`span_id=40f6…`), so a line they mark gets a view only when it holds such an escape
 * (holdsQuotedPrintable): a 60 Ki-character line's view costs as much as the line.
 */
export const QUOTED_PRINTABLE_MARKERS: readonly string[] = [
  ..."abcdefghijklmnopqrstuvwxyz".split("").map((c) => `=40${c}`),
  "=3d=3d",
];

/** Whether `line` holds a quoted-printable escape the view decodes (quotedPrintable). */
export function holdsQuotedPrintable(line: string): boolean {
  for (let at = line.indexOf("="); at !== -1; at = line.indexOf("=", at + 1)) {
    if (quotedPrintable(line, at) !== null) return true;
  }
  return false;
}

/**
 * Lower-case literals that mark escapes which only wrap values (terminal colours, raw or
 * escaped; an escaped backslash; a JSON string's escaped line break or tab, glued to the value
 * after it: `"from\n10.0.0.7"`, `"keys:\nghp_…"`, whose letter hides where the value starts):
 * they can break a value's boundaries but hide no keyword or shape, so a line marked only by
 * them gets a view only when something was found to run on it.
 */
export const WRAPPING_MARKERS: readonly string[] = [
  "\x1b",
  ...String.raw`\u001b \x1b \033 \e[ \\ \n \t`.split(" "),
];

export interface DecodedView {
  /** The decoded text. */
  text: string;
  /** The view this one was decoded from, when the line's view was decoded again (nestedView). */
  outer?: DecodedView;
  /**
   * The decoded escapes, in order, four numbers each: where the decoded text starts and ends in
   * `text`, and where its source starts and ends in the original line. Between them, the view
   * and the line hold the same text.
   */
  edits: number[];
  /**
   * Whether every escape decoded is a JSON string's line break or tab (`\\n`, `\\t`), each a
   * blank in `text`: a word starts after it on the line too (see LinePrefilter.inView).
   */
  breaks?: boolean;
}

/** A control sequence's body: parameters 0x30–0x3F, intermediates 0x20–0x2F, a final 0x40–0x7E. */
function csiEnd(line: string, from: number): number {
  let i = from;
  while (i < line.length && line.charCodeAt(i) >= 0x30 && line.charCodeAt(i) <= 0x3f) i++;
  while (i < line.length && line.charCodeAt(i) >= 0x20 && line.charCodeAt(i) <= 0x2f) i++;
  const final = line.charCodeAt(i);
  return final >= 0x40 && final <= 0x7e ? i + 1 : -1;
}

/** An operating system command (`ESC ]` … BEL or `ESC \`), read up to this many characters. */
const MAX_OSC = 512;

/** Where the terminal sequence starting with ESC at `at` ends (just the ESC when malformed). */
function escapeSequenceEnd(line: string, at: number): number {
  const next = line[at + 1];
  if (next === "[") {
    const end = csiEnd(line, at + 2);
    return end === -1 ? at + 1 : end;
  }
  if (next === "]") {
    const limit = Math.min(line.length, at + MAX_OSC);
    for (let i = at + 2; i < limit; i++) {
      if (line.charCodeAt(i) === 0x07) return i + 1;
      if (line.charCodeAt(i) === 0x1b && line[i + 1] === "\\") return i + 2;
    }
    return at + 1;
  }
  return next === undefined ? at + 1 : at + 2;
}

/**
 * Where a logger's escaped spelling of ESC followed by `[` (`\u001b[`, `\x1b[`, `\033[`,
 * `\e[`) starts a control sequence at the backslash at `at`: the sequence's end, or -1.
 */
function escapedEscapeEnd(line: string, at: number): number {
  const next = line[at + 1];
  let length: number;
  if (next === "u") length = /^u001b\[/i.test(line.slice(at + 1, at + 7)) ? 7 : 0;
  else if (next === "x") length = /^x1b\[/i.test(line.slice(at + 1, at + 5)) ? 5 : 0;
  else if (next === "0") length = line.startsWith("033[", at + 1) ? 5 : 0;
  else if (next === "e") length = line[at + 2] === "[" ? 3 : 0;
  else return -1;
  return length === 0 ? -1 : csiEnd(line, at + length);
}

/** The hex value of `line[at, at + n)`, or -1. */
function hexAt(line: string, at: number, n: number): number {
  if (at + n > line.length) return -1;
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const c = line.charCodeAt(i);
    const d = c >= 48 && c <= 57
      ? c - 48
      : c >= 65 && c <= 70
      ? c - 55
      : c >= 97 && c <= 102
      ? c - 87
      : -1;
    if (d === -1) return -1;
    value = value * 16 + d;
  }
  return value;
}

/** Bytes a UTF-8 lead byte announces (0 for a continuation or invalid byte). */
function utf8Length(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** A UTF-8 decoder that throws on malformed input (./encoded_payloads.ts uses it too). */
export const utf8: TextDecoder = new TextDecoder("utf-8", { fatal: true });

/**
 * A percent-escaped UTF-8 sequence at `at` (`%C3%BC`, or `%25C3%25BC` escaped twice when `width`
 * is 5, an escape's length): the decoded text and where it ends, or null when the bytes are not
 * one valid character.
 */
function percentUtf8(
  line: string,
  at: number,
  lead: number,
  width: number,
): [string, number] | null {
  const n = utf8Length(lead);
  if (n === 0) return null;
  const bytes = new Uint8Array(n);
  bytes[0] = lead;
  for (let k = 1; k < n; k++) {
    const p = at + width * k;
    const b = line[p] === "%" && (width === 3 || line.startsWith("25", p + 1))
      ? hexAt(line, p + width - 2, 2)
      : -1;
    if (b < 0x80 || b > 0xbf) return null;
    bytes[k] = b;
  }
  try {
    return [utf8.decode(bytes), at + width * n];
  } catch {
    return null;
  }
}

/**
 * The percent-escape at the `%` at `at`: its decoded text and where it ends, or null. `%25` then
 * a hex pair is a character escaped twice (`%2540`, `%25C3%25BC`: a URL in another's query) and
 * decoded both times, unless it is one that ends or splits a query's value (SPLITS_VALUE: the
 * inner URL escaped it as part of a value) and the escape before it in the same word was not
 * escaped twice too (`inTwice`: a whole URL escaped twice, `%253A%252F%252F…%253Fk%253Dv`, whose
 * splits are its own); otherwise `%25` alone is decoded (`%25ab` → `%ab`).
 */
function percentEscape(line: string, at: number, inTwice: boolean): [string, number] | null {
  return (line.startsWith("25", at + 1) ? percentOf(line, at, 5, inTwice) : null) ??
    percentOf(line, at, 3, false);
}

/** What ends a word between two escapes: a blank, a quote, a query's `&`. */
const SEPARATES = /[\s"'&]/;

/**
 * `&`, `=`, `?`, `#`, `;` and `%`: escaped twice, a part of a value (`%2526` in
 * `next=%2Fcb%3Fkey%3Dab%2526cd`, the key's value `ab&cd`), decoded once only.
 */
const SPLITS_VALUE = /[&=?#;%]/;

/** The escape of `width` characters at `at` (`%40`: 3; `%2540`: 5) decoded, or null. */
function percentOf(
  line: string,
  at: number,
  width: number,
  inTwice: boolean,
): [string, number] | null {
  const byte = hexAt(line, at + width - 2, 2);
  if (byte === -1) return null;
  if (byte < 0x80) {
    const decoded = printable(byte);
    return width === 5 && !inTwice && SPLITS_VALUE.test(decoded) ? null : [decoded, at + width];
  }
  return percentUtf8(line, at, byte, width);
}

/** The named character references decoded, by name (`&quot;` → `"`). */
const ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  apos: "'",
  amp: "&",
  lt: "<",
  gt: ">",
};

/**
 * An HTML/XML character reference at the `&` at `at` (`&quot;`, `&#34;`, `&#x22;`): the decoded
 * character and where the reference ends, or null when none starts there.
 */
function characterReference(line: string, at: number): [string, number] | null {
  const semi = line.indexOf(";", at + 2);
  if (semi === -1 || semi - at > 8) return null;
  const body = line.slice(at + 1, semi);
  const named = ENTITIES[body];
  if (named !== undefined) return [named, semi + 1];
  const m = /^#(?:(\d{1,5})|[xX]([0-9a-fA-F]{1,4}))$/.exec(body);
  if (m === null) return null;
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
  return code > 0xffff ? null : [printable(code), semi + 1];
}

/** Control characters decode to a space: they separate values, as `\n` in a JSON string does. */
function printable(code: number): string {
  return code < 0x20 || code === 0x7f ? " " : String.fromCharCode(code);
}

/**
 * The characters an escape starts with: ESC, `\\`, `%`, `&`, `=`; and `"` on a line holding
 * CSV_PAIR, where `""` is one quote.
 */
const ESCAPE_STARTS = ["\x1b", "\\", "%", "&", "=", '"'];

/** `=40` between an address's local part and a domain, read from the character before it. */
const QP_AT =
  /^[\p{L}\p{N}._%+-]=40[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,63}(?![\p{L}\p{N}.-])/u;

/** `=3D=3D` right after a base64 digit and before none, read from the character before it. */
const QP_PADDING = /^[\w+\/-]=3D=3D(?![\w+\/=-])/iu;

/**
 * Quoted-printable at the `=` at `at`, decoded only where it is unmistakable: `=40` between an
 * address's local part and a domain (`ana.lopez=40corp.example.org`) is `@`, and `=3D=3D` right
 * after a base64 digit and before none is the padding `==` that ends a base64 value; every
 * other `=` (a key's, a value's) is plain text. The decoded text and where the escape ends, or
 * null.
 */
function quotedPrintable(line: string, at: number): [string, number] | null {
  // Most `=` on a line are a key's: only `=4` or `=3` can start either escape (no copy made).
  const next = line.charCodeAt(at + 1);
  if (at === 0 || (next !== 0x34 && next !== 0x33)) return null;
  const text = line.slice(at - 1, at + 330);
  return QP_AT.test(text) ? ["@", at + 3] : QP_PADDING.test(text) ? ["==", at + 6] : null;
}

/**
 * Invisible characters a value or key name is written with to break its shape for a reader
 * that matches text (`4111\u200b1111…`, `pa\u200bssword`, `token:\u00a0…`): zero-width spaces,
 * joiners and the byte-order mark are dropped, no-break spaces read as spaces.
 */
const INVISIBLE = /[\u00a0\u200b-\u200d\u202f\u2060\ufeff]/g;

/** INVISIBLE's code units that stand for a space (the others stand for nothing). */
const isNoBreakSpace = (code: number) => code === 0xa0 || code === 0x202f;

/**
 * Where the next of ESCAPE_STARTS, or of INVISIBLE, is in `line` at or after `from`
 * (line.length for none), given `found`, where each was found last (-1 for not yet looked for):
 * each is looked for again only once passed, so each character of the line is read once per
 * start character.
 */
function nextEscapeStart(line: string, from: number, found: Int32Array): number {
  let first = line.length;
  for (let k = 0; k <= ESCAPE_STARTS.length; k++) {
    if (found[k] < from && found[k] !== line.length) {
      let at: number;
      if (k < ESCAPE_STARTS.length) at = line.indexOf(ESCAPE_STARTS[k], from);
      else {
        INVISIBLE.lastIndex = from;
        at = INVISIBLE.exec(line)?.index ?? -1;
      }
      found[k] = at === -1 ? line.length : at;
    }
    if (found[k] < first) first = found[k];
  }
  return first;
}

/**
 * The decoded view of `line`, or null when nothing in it is encoded. Linear in the line's
 * length; the view is never longer than the line.
 */
export function decodedView(line: string): DecodedView | null {
  const parts: string[] = [];
  const edits: number[] = [];
  /**
   * Start of the plain text after the last escape; where the text not yet copied into the view
   * starts (`plain`, or the escape's last character when it is its own decoding); the view's
   * length so far.
   */
  let plain = 0, copyFrom = 0, length = 0;
  /** Where the last percent-escape ends when it was decoded twice (else -1). */
  let twiceEnd = -1;
  /** See DecodedView.breaks. */
  let breaks = true;
  const found = new Int32Array(ESCAPE_STARTS.length + 1).fill(-1);
  // Quotes are escapes only where a CSV cell doubled them (the last start but INVISIBLE).
  if (!line.includes(CSV_PAIR)) found[ESCAPE_STARTS.length - 1] = line.length;
  for (
    let i = nextEscapeStart(line, 0, found);
    i < line.length;
    i = nextEscapeStart(line, i + 1, found)
  ) {
    const c = line.charCodeAt(i);
    let decoded = "";
    let end = -1;
    if (c === 0x1b) end = escapeSequenceEnd(line, i);
    else if (c >= 0xa0) {
      decoded = isNoBreakSpace(c) ? " " : "";
      end = i + 1;
    } else if (c === 0x26 /* & */) {
      const reference = characterReference(line, i);
      if (reference !== null) [decoded, end] = reference;
    } else if (c === 0x25 /* % */) {
      const inTwice = twiceEnd !== -1 && !SEPARATES.test(line.slice(twiceEnd, i));
      const escape = percentEscape(line, i, inTwice);
      if (escape !== null) {
        [decoded, end] = escape;
        twiceEnd = end - i > 3 && line.startsWith("25", i + 1) ? end : -1;
      }
    } else if (c === 0x3d /* = */) {
      const escape = quotedPrintable(line, i);
      if (escape !== null) [decoded, end] = escape;
    } else if (c === 0x22 /* " */) {
      if (line.charCodeAt(i + 1) === 0x22) {
        decoded = '"';
        end = i + 2;
      }
    } else {
      const next = line[i + 1];
      if ('/\\"'.includes(next)) {
        decoded = next;
        end = i + 2;
      } else if ("nrtbf".includes(next)) {
        decoded = " ";
        end = i + 2;
      } else {
        end = escapedEscapeEnd(line, i);
        if (end === -1 && next === "u") {
          const code = hexAt(line, i + 2, 4);
          if (code !== -1) {
            decoded = printable(code);
            end = i + 6;
          }
        } else if (end === -1 && next === "x") {
          // `\xHH` of a printable character only: `\x1b` alone may be a colour cut short.
          const code = hexAt(line, i + 2, 2);
          if (code >= 0x20 && code < 0x7f) {
            decoded = String.fromCharCode(code);
            end = i + 4;
          }
        }
      }
    }
    if (end === -1) continue; // not an escape: plain text
    breaks &&= decoded === " " && end === i + 2 && "nt".includes(line[i + 1]);
    length += i - plain;
    edits.push(length, length + decoded.length, i, end);
    length += decoded.length;
    parts.push(line.slice(copyFrom, i));
    // A decoded character that is the escape's last one (`\"`, `\/`, `\\`) is copied with
    // the plain text after it: the same view, in fewer pieces.
    if (decoded.length === 1 && end === i + 2 && line[i + 1] === decoded) copyFrom = end - 1;
    else {
      parts.push(decoded);
      copyFrom = end;
    }
    plain = end;
    i = end - 1;
  }
  if (parts.length === 0) return null;
  parts.push(line.slice(copyFrom));
  return { text: parts.join(""), edits, breaks };
}

/**
 * The last edit (its index in `edits`) that starts at or before view position `p`, or -1: a
 * binary search, as a long line's view holds thousands of edits (each `\"` of a JSON string) and
 * each of its findings is mapped back.
 */
function lastEditFrom(edits: readonly number[], p: number): number {
  let lo = 0, hi = edits.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edits[mid * 4] <= p) lo = mid + 1;
    else hi = mid;
  }
  return (lo - 1) * 4;
}

/**
 * Where view position `p` (a character, or `text.length`) starts in the original line: in an
 * edit's decoded text, where the edit's source starts; after it (edits are in order and do not
 * overlap, so only the last one before `p` can hold it), as far from its source's end as `p` is
 * from its end.
 */
function originalStart(edits: readonly number[], p: number): number {
  const e = lastEditFrom(edits, p);
  if (e < 0) return p;
  return p < edits[e + 1] ? edits[e + 2] : p + edits[e + 3] - edits[e + 1];
}

/** Where the view character at `p` ends in the original line. */
function originalEnd(edits: readonly number[], p: number): number {
  const e = lastEditFrom(edits, p);
  if (e < 0) return p + 1;
  return p < edits[e + 1] ? edits[e + 3] : p + 1 + edits[e + 3] - edits[e + 1];
}

/** The range of the original line that view range `[start, end)` (not empty) was decoded from. */
export function originalRange(view: DecodedView, start: number, end: number): [number, number] {
  const from = originalStart(view.edits, start), to = originalEnd(view.edits, end - 1);
  return view.outer ? originalRange(view.outer, from, to) : [from, to];
}

/**
 * The decoded view of `line` (decodedView), decoded again while it still holds a string inside a
 * string (ESCAPED_STRING_MARKERS: `{\\\"k\\\":…` is `{\"k\":…` once decoded), `depth` levels at
 * most: each level of JSON carried in a JSON string is read as plain JSON. `outer`: the view
 * `line` is the text of. Null when nothing is encoded.
 */
export function nestedView(line: string, outer?: DecodedView, depth = 3): DecodedView | null {
  const view = decodedView(line);
  if (view === null) return outer ?? null;
  view.outer = outer;
  return --depth && ESCAPED_STRING_MARKERS.some((m) => view.text.includes(m))
    ? nestedView(view.text, view, depth)
    : view;
}
