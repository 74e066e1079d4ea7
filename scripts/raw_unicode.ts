/**
 * A bundle's non-ASCII characters written as themselves (UTF-8) instead of the escapes `deno
 * bundle` writes for them: `"f\xFChrerschein"` becomes `"führerschein"`, `\u0440` one Cyrillic
 * letter. The same program, every value the same: only the escapes of string literals change,
 * and only those whose character is not a line terminator, half of a surrogate pair or a
 * byte-order mark (each of those stays as written). Template literals stay as written (a tag may
 * read their raw text: `raw\`…\``), and so do regular-expression literals (their `source` would
 * change, and they hold few such escapes: 42 bytes' worth). An escape takes 4 to 6 bytes, the
 * character 2 or 3: about 0.8 KB of every function bundle (the locale words of the personal-data
 * detectors).
 */
import { parse, type Token } from "acorn";

/** `\uXXXX` or `\xXX` after a run of backslashes (an odd run: the last one starts the escape). */
const ESCAPE = /(\\+)(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))/g;

/** Characters kept as escapes: ASCII, surrogates, line and paragraph separators, the BOM. */
function keepsEscape(code: number): boolean {
  return code < 0x80 || (code >= 0xd800 && code <= 0xdfff) || code === 0x2028 ||
    code === 0x2029 || code === 0xfeff;
}

/** `literal` (a string literal's text) with its escapes as characters. */
function unescapedLiteral(literal: string): string {
  return literal.replace(ESCAPE, (escape, slashes: string, u?: string, x?: string) => {
    if (slashes.length % 2 === 0) return escape;
    const code = parseInt(u ?? x ?? "", 16);
    return keepsEscape(code) ? escape : `${slashes.slice(1)}${String.fromCharCode(code)}`;
  });
}

/**
 * `code` (a minified module) with the escapes of its string literals as characters. Its tokens
 * are the parser's (onToken): acorn's tokenizer alone guesses whether a `/` starts a regular
 * expression, and guesses wrong after `await`, reading a string inside `await/"\xFC"/`.
 */
export function withRawUnicode(code: string): string {
  const tokens: Token[] = [];
  parse(code, { ecmaVersion: "latest", sourceType: "module", onToken: tokens });
  let out = "";
  let copied = 0;
  for (const token of tokens) {
    if (token.type.label !== "string") continue;
    const literal = code.slice(token.start, token.end);
    const written = unescapedLiteral(literal);
    if (written === literal) continue;
    out += code.slice(copied, token.start) + written;
    copied = token.end;
  }
  return out + code.slice(copied);
}
