/**
 * A bundle's long strings written shorter: each string literal of PACKED_MIN UTF-8 bytes or more
 * that is a value (the front-coded lists of given and family names of
 * core/scrub/detectors/pii_running_text.ts, 3.6 and 1.5 KB; the detectors' labels of
 * core/render/masking_summary.ts, 2.5 KB; the base64 of the prefilter's WebAssembly and of the
 * line-shape tables; lists of words, such as the months' names or the commands' password flags)
 * has its commonest pieces, of two to eight characters, written as one character that the string
 * does not hold (a printable ASCII one), a piece at a time, the one that saves the most bytes
 * first, while a piece pays for its entry in the string's table (the character and the piece).
 * Each such string becomes a module-level `var`, declared before any other statement, holding the
 * string unpacked once, when the module loads, by one function declared with them that undoes the
 * replacements of a table, the last first: the same program, every value the same (names are
 * taken as withHoistedStrings takes them). Each string has a table of its own (the pieces of
 * names, of English labels and of base64 differ: one table for the five strings of 1 KB or more
 * saved 0.8 KB, one each 1.6 KB), and is packed only where that pays. About 2.2 KB of every
 * function bundle (strings of 128 bytes or more, some 40, of which 32 pay: 0.55 KB more than
 * those of 1 KB or more; of 96, less, as the later rewrites then find fewer repeated parts);
 * unpacking them takes about 0.5 ms.
 */
import { parse } from "acorn";
import { utf8Length } from "../core/excerpt.ts";
import {
  forEachNode,
  freeNames,
  inPlaceOf,
  isValue,
  type Node,
  withDeclarationsFirst,
} from "./hoisted_strings.ts";

/** Strings this long (UTF-8 bytes) or longer are packed. */
export const PACKED_MIN = 128;

/**
 * The longest piece written as one character (eight: about 0.3 KB of every bundle more than
 * four, for a packing pass about twice as long at build time).
 */
const LONGEST_PIECE = 8;

/** The pieces ranked first by their count (overlaps included) whose exact saving is measured. */
const RANKED = 24;

/**
 * Characters a piece may be written as, each one byte as written (stringLiteral): printable ASCII,
 * except what a `"…"` literal escapes, then the control characters JSON writes as `\u00XX` (not
 * NUL, nor those it writes `\b`, `\t`, `\n`, `\f`, `\r`) and DEL, which a literal holds as
 * themselves (only a line terminator may not stand in one): 0.15 KB of every bundle, in the
 * strings that had used every printable one (the lists of names, the labels, base64).
 */
const SYMBOLS = [
  ...[...Array(95)].map((_, i) => String.fromCharCode(32 + i)),
  ...[...Array(32)].map((_, i) => String.fromCharCode(i)),
  "\x7f",
].filter((c) => c !== '"' && c !== "\\" && !"\0\b\t\n\f\r".includes(c));

/** A JSON escape, `\\` or `\u00XX` of a control character (the others: `\n` …). */
const CONTROL_ESCAPE = /\\(?:\\|u00([01][0-9a-f]))/g;

/**
 * `text` as a string literal, as JSON writes it but for its control characters other than NUL,
 * `\b`, `\t`, `\n`, `\f` and `\r`, written as themselves: one byte each, where `\u00XX` takes six.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(
    CONTROL_ESCAPE,
    (escape, hex?: string) =>
      hex === undefined || hex === "00" ? escape : String.fromCharCode(parseInt(hex, 16)),
  );
}

/** UTF-8 bytes of `text` (utf8Length, without an encoder: it is asked of every piece). */
function bytesOf(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair's two units take four bytes, as written (two each).
    if (code >= 0x80) bytes += code < 0x800 ? 1 : code < 0xd800 || code > 0xdfff ? 2 : 1;
  }
  return bytes;
}

/**
 * `texts` with pieces of them written as single characters, and the table that undoes it: each
 * entry a character then its piece, the last replacement first, joined by `separator`; null when
 * no piece pays, or no character is free (two are needed: one for the separator).
 */
export function packed(
  texts: readonly string[],
): { texts: string[]; table: string; separator: string } | null {
  const free = SYMBOLS.filter((c) => !texts.some((text) => text.includes(c)));
  if (free.length < 2) return null;
  const separator = free.shift()!;
  let out = [...texts];
  const entries: string[] = [];
  for (const symbol of free) {
    const counts = new Map<string, number>();
    for (const text of out) {
      for (let i = 0; i < text.length - 1; i++) {
        for (let n = 2; n <= LONGEST_PIECE && i + n <= text.length; n++) {
          const piece = text.slice(i, i + n);
          counts.set(piece, (counts.get(piece) ?? 0) + 1);
        }
      }
    }
    const saving = (piece: string, count: number) =>
      count * (bytesOf(piece) - 1) - (bytesOf(piece) + 2);
    // The RANKED best by their counts, ties in the order first found.
    const ranked: [string, number][] = [];
    for (const [piece, count] of counts) {
      const score = saving(piece, count);
      if (score <= 0 || (ranked.length === RANKED && score <= ranked[RANKED - 1][1])) continue;
      let at = ranked.length;
      while (at > 0 && ranked[at - 1][1] < score) at--;
      ranked.splice(at, 0, [piece, score]);
      if (ranked.length > RANKED) ranked.pop();
    }
    let best = "", most = 0;
    for (const [piece] of ranked) {
      // Occurrences as split finds them: left to right, none overlapping.
      const count = out.reduce((sum, text) => sum + text.split(piece).length - 1, 0);
      if (saving(piece, count) > most) [best, most] = [piece, saving(piece, count)];
    }
    if (most <= 0) break;
    out = out.map((text) => text.split(best).join(symbol));
    entries.unshift(symbol + best);
  }
  return entries.length === 0 ? null : { texts: out, table: entries.join(separator), separator };
}

/** `table`'s replacements undone on `text`, as the bundle's unpacking function does. */
export function unpacked(text: string, table: string, separator: string): string {
  for (const entry of table.split(separator)) text = text.split(entry[0]).join(entry.slice(1));
  return text;
}

/** `code` (a module with no imports, such as a bundle) with its longest strings packed. */
export function withPackedStrings(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const byText = new Map<string, Node[]>();
  forEachNode(ast, (node, parent) => {
    if (
      node.type === "Literal" && typeof node.value === "string" && parent !== null &&
      isValue(node, parent) && utf8Length(node.value) >= PACKED_MIN
    ) {
      const same = byText.get(node.value);
      if (same === undefined) byText.set(node.value, [node]);
      else same.push(node);
    }
  });
  const names = freeNames(code);
  const unpack = names.next().value!;
  const declarations = [
    `${unpack}=(s,t)=>t.slice(1).split(t[0]).map(e=>s=s.split(e[0]).join(e.slice(1)))&&s`,
  ];
  const replaced: [Node, string][] = [];
  // Each string with a table of its own: the pieces of a list of names and of base64 differ.
  for (const [text, literals] of [...byText].sort((a, b) => a[1][0].start - b[1][0].start)) {
    const packing = packed([text]);
    if (packing === null) continue;
    const name = names.next().value!;
    const declaration = `${name}=${unpack}(${stringLiteral(packing.texts[0])},${
      stringLiteral(packing.separator + packing.table)
    })`;
    const as = literals.map((literal): [Node, string] => [
      literal,
      inPlaceOf(code, literal, name),
    ]);
    // Only where it pays: the string as the bundle writes it (its escapes as characters), at
    // each place, against its declaration and its name there.
    const before = literals.length * utf8Length(JSON.stringify(text));
    const after = utf8Length(declaration) + 1 +
      as.reduce((sum, [, written]) => sum + written.length, 0);
    if (after >= before) continue;
    declarations.push(declaration);
    replaced.push(...as);
  }
  if (replaced.length === 0) return code;
  const written = withDeclarationsFirst(code, declarations, replaced);
  return utf8Length(written) < utf8Length(code) ? written : code;
}
