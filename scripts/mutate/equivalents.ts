/**
 * Mutants set aside as equivalent: the program with the edit behaves the same for every input
 * a caller can give, so no test can kill it. Each is named by its file, the trimmed text of its
 * source line, and the edit, with the reason (and, where the same edit fits twice, the column or
 * the line before). An entry whose line has changed matches nothing and is listed as stale in
 * the report, to be checked again or removed.
 */
import type { Mutant } from "./operators.ts";
import type { Equivalent } from "./equivalents/equivalent.ts";
import { KV_EQUIVALENTS } from "./equivalents/kv.ts";
import { DETECTORS_EQUIVALENTS } from "./equivalents/detectors.ts";
import { PREFILTER_ENGINE_RENDER_EQUIVALENTS } from "./equivalents/prefilter_engine_render.ts";
import { FUNCTIONS_EQUIVALENTS } from "./equivalents/functions.ts";
import { BUILD_EQUIVALENTS } from "./equivalents/build.ts";

export type { Equivalent };

/** The entry `m` matches, given the lines of its file. */
export function equivalentFor(
  m: Mutant,
  lines: readonly string[],
  equivalents: readonly Equivalent[],
): Equivalent | undefined {
  const line = lines[m.line - 1]?.trim();
  const before = lines[m.line - 2]?.trim();
  return equivalents.find((e) =>
    e.file === m.file && e.line === line && e.original === m.original &&
    e.replacement === m.replacement && (e.column === undefined || e.column === m.column) &&
    (e.after === undefined || e.after === before)
  );
}

const B58 = "core/scrub/checksums/base58.ts";
const BECH32 = "core/scrub/checksums/bech32.ts";
const EIP55 = "core/scrub/checksums/eip55.ts";
const IBAN = "core/scrub/checksums/iban.ts";
const LUHN = "core/scrub/checksums/luhn.ts";
const IDS = "core/scrub/checksums/national_ids.ts";
const ESCAPE = "core/render/slack_escape.ts";
const EXCERPT = "core/excerpt.ts";
const CODE = "core/render/code_blocks.ts";
const TRANSPORT = "core/render/insights_transport.ts";
const SUMMARY = "core/render/masking_summary.ts";
const HTTP = "core/sources/http.ts";
const INSIGHTS_BLOCKS = "core/render/insights_blocks.ts";
const ENCODED = "core/scrub/detectors/encoded_credentials.ts";
const UTF8 = "cli/utf8_batches.ts";
const WHILE_CONTINUATION =
  "while (from < bytes.length && from < room && isContinuation(bytes[from])) from++;";
/** Why joining more continuation bytes to an unfinished character changes no text. */
const UTF8_MORE_JOINED =
  "continuation bytes past what the unfinished character can take are stray ones, each a U+FFFD whether decoded joined to it or after it";

/** Every equivalent: those below, and those of the areas with files of their own (./equivalents/). */
export const EQUIVALENTS: readonly Equivalent[] = [
  ...KV_EQUIVALENTS,
  ...DETECTORS_EQUIVALENTS,
  ...PREFILTER_ENGINE_RENDER_EQUIVALENTS,
  ...FUNCTIONS_EQUIVALENTS,
  ...BUILD_EQUIVALENTS,
  // Base58
  {
    file: B58,
    line: "const values = new Int8Array(128).fill(-1);",
    original: "1",
    replacement: "2",
    reason: "-2 marks a character outside the alphabet as well as -1: only the sign is tested",
  },
  {
    file: B58,
    line: "for (let i = 0; i < characters.length; i++) values[characters.charCodeAt(i)] = i;",
    original: "<",
    replacement: "<=",
    reason: "the extra step writes values[NaN], which a typed array ignores",
  },
  {
    file: B58,
    line: "let carry = code < 128 ? values[code] : -1;",
    original: "1",
    replacement: "2",
    reason: "-2 is refused like -1: only the sign is tested",
  },
  ...["7", "9"].map((replacement) => ({
    file: B58,
    line: "carry >>= 8;",
    after: "number[size++] = carry & 0xff;",
    original: "8",
    replacement,
    reason:
      "after the multiply-add loop the carry is at most 58: one byte, and shifting it by 7, 8 or 9 gives 0",
  })),
  {
    file: B58,
    line: "while (zeros < text.length && text.charCodeAt(zeros) === zero) zeros++;",
    original: "<",
    replacement: "<=",
    reason:
      "one past the end, charCodeAt gives NaN, which is no alphabet's zero digit: the count stops the same",
  },
  {
    file: B58,
    line: "for (let i = 0; i < size; i++) bytes[zeros + i] = number[size - 1 - i];",
    original: "<",
    replacement: "<=",
    reason: "the extra write lands one past the end of a typed array and is dropped",
  },
  // Bech32
  ...[["<", "<="], ["5", "6"]].map(([original, replacement]) => ({
    file: BECH32,
    line: "for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i];",
    original,
    replacement,
    reason:
      "top is a 30-bit value shifted right by 25: its bit 5 is always 0, so a sixth round never XORs",
  })),
  {
    file: BECH32,
    line: "if (text.length < 8 || text.length > 90) return null;",
    original: "8",
    replacement: "7",
    reason:
      "7 characters cannot hold a prefix, the separator and 6 checksum characters: the separator check refuses them",
  },
  ...[["<", "<="], ["1", "0"], ["1", "2"]].map(([original, replacement]) => ({
    file: BECH32,
    line: "if (!decoded || !hrps.includes(decoded.hrp) || decoded.data.length < 1) return false;",
    original,
    replacement,
    reason:
      "no data, or a version with no program words, is a program of 0 bytes, refused by the 2–40 byte rule below",
  })),
  {
    file: BECH32,
    line:
      "if (lastBits > 0 && (words[words.length - 1] & ((1 << lastBits) - 1)) !== 0) return false;",
    original: ">",
    replacement: ">=",
    reason: "with no leftover bits the mask is 0, so the test is false either way",
  },
  // EIP-55
  {
    file: EIP55,
    line: 'if (c >= "0" && c <= "9") continue;',
    original: '"0"',
    replacement: '""',
    reason: 'every hex digit is ≥ "" and its letters are > "9": the same characters are skipped',
  },
  {
    file: EIP55,
    line: "const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0xf;",
    original: "0xf",
    replacement: "14",
    reason: "only nibble ≥ 8 is asked, and bit 3 alone decides it",
  },
  {
    file: EIP55,
    line: 'if ((nibble >= 8) !== (c >= "A" && c <= "F")) return false;',
    original: '"A"',
    replacement: '""',
    reason:
      'c is a hex letter here (digits were skipped): A–F are ≥ "" and a–f are > "F" either way',
  },
  // IBAN
  {
    file: IBAN,
    line: "if (!/^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;",
    original: "/^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$/",
    replacement: "/^[A-Z]{2}\\d{2}[A-Z0-9]{11,29}$/",
    reason:
      "no registered country has 30 BBAN characters (Russia's 29 are the most): the length table refuses them anyway",
  },
  {
    file: IBAN,
    line: "const n = c <= 57 ? c - 48 : c - 55;",
    original: "57",
    replacement: "58",
    reason:
      "mod97 is only given 0–9 and A–Z (ibanValid's pattern, the NIR's digits): ':' never reaches it",
  },
  // Luhn
  {
    file: LUHN,
    line: "if (d > 9) d -= 9;",
    original: ">",
    replacement: ">=",
    reason: "d is a doubled digit, so even: it is never 9",
  },
  {
    file: LUHN,
    line: "if (d > 9) d -= 9;",
    column: 15,
    original: "9",
    replacement: "8",
    reason: "d is a doubled digit, so even: d > 8 and d > 9 hold for the same values",
  },
  {
    file: LUHN,
    line: "sum += d;",
    original: "+=",
    replacement: "-=",
    reason: "a sum and its negative are multiples of 10 together (-0 % 10 === 0)",
  },
  // National ids
  {
    file: IDS,
    line: "return value.length === length && /^\\d+$/.test(value) && !repeatedDigit(value);",
    original: "/^\\d+$/",
    replacement: "/^\\d{2,}$/",
    reason:
      "plausibleDigits is called with lengths 9 to 14 only, checked first: one digit never reaches the pattern",
  },
  {
    file: IDS,
    line: "if (check === 10) return false;",
    original: "check === 10",
    replacement: "false",
    reason: "a check of 10 never equals a digit, so the comparison below refuses it too",
  },
  {
    file: IDS,
    line: "const counts = new Array(10).fill(0);",
    original: "10",
    replacement: "11",
    reason: "only the digits 0–9 are counted: an eleventh counter stays 0",
  },
  {
    file: IDS,
    line: "const v = c <= 57 ? c - 48 : c - 65;",
    original: "57",
    replacement: "58",
    reason: "the pattern before admits only 0–9 and A–Z: ':' never reaches this",
  },
  // Slack escaping: entitySafeEnd is given escaped text, where every "&" starts an entity.
  {
    file: ESCAPE,
    line: 'const amp = text.lastIndexOf("&", end - 1);',
    original: "1",
    replacement: "0",
    reason:
      'an "&" at `end` itself starts an entity there, which no cut splits; any earlier entity ends before it',
  },
  {
    file: ESCAPE,
    line: "if (amp < 0 || amp <= end - LONGEST_ENTITY) return end;",
    original: "<=",
    replacement: "<",
    reason:
      "an entity starting LONGEST_ENTITY before `end` ends by `end`: the check below returns `end` too",
  },
  ...["0", "2"].map((replacement) => ({
    file: ESCAPE,
    line: "return semi === -1 || semi >= end ? amp : end;",
    original: "1",
    replacement,
    reason: 'escaped text has no "&" without its ";": indexOf never gives -1 here',
  })),
  // The excerpt's packer: a record that fits in an empty chunk, taken by the path for records
  // longer than a chunk, becomes the same single piece, refused at the same chunk count.
  ...[
    ["chars <= maxChunkChars && bytes <= maxChunkBytes", "false"],
    ["<=", "<"],
  ].map(([original, replacement]) => ({
    file: EXCERPT,
    line: "if (chars <= maxChunkChars && bytes <= maxChunkBytes) {",
    original,
    replacement,
    reason:
      "a record that fits one chunk, sent to the spreading path, is packed as one piece there and refused at the same chunk count",
  })),
  // Code blocks: safeCut is given escaped code text, where every "&" starts a whole entity.
  ...[[9, 'body !== "" || lines > 0', "true"], [14, "!==", "==="], [30, ">", ">="]].map((
    [column, original, replacement],
  ) => ({
    file: CODE,
    line: 'if (body !== "" || lines > 0) yield fence(body, lines);',
    column: column as number,
    original: original as string,
    replacement: replacement as string,
    reason:
      "after a chunk's loop `lines` is at least 1 (each line is joined to the body or starts the next), so the last piece is always yielded",
  })),
  {
    file: CODE,
    line: "if (amp >= 0 && amp > cut - LONGEST_ENTITY) {",
    original: "0",
    replacement: "1",
    reason:
      "the cut is at least 7 (a smaller block is refused): an `&` at 0 is never within 5 of it",
  },
  ...[["&&", "||"], [">", ">="]].map(([original, replacement]) => ({
    file: CODE,
    line: "if (amp >= 0 && amp > cut - LONGEST_ENTITY) {",
    original,
    replacement,
    reason:
      "an entity starting 5 or more before the cut ends before it (escaped text), so the cut stays where it was",
  })),
  {
    file: CODE,
    line: "if (semi === -1 || semi >= cut) cut = amp;",
    original: "1",
    replacement: "2",
    reason: 'escaped text has no "&" without its ";": indexOf never gives -1 here',
  },
  // The insights transport: the bytes of each pattern are added up exactly (escaping works
  // per character; JSON joins the patterns with one comma), and the whole is measured again.
  ...[
    ["+", "-", 53],
    ["kept.length > 0", "false", 56],
    ["0", "1", 70],
    ["1", "0", 74],
  ].map(([original, replacement, column]) => ({
    file: TRANSPORT,
    line: "const more = escapedBytes(JSON.stringify(wire)) + (kept.length > 0 ? 1 : 0);",
    column: column as number,
    original: original as string,
    replacement: replacement as string,
    reason:
      "a smaller estimate keeps too many patterns, which the whole-JSON check below removes: the same longest prefix that fits is sent",
  })),
  ...[["bytes + more > maxBytes", "false"], ["+", "-"], ["break;", "{}"]].map((
    [original, replacement],
  ) => ({
    file: TRANSPORT,
    line: "if (bytes + more > maxBytes) break;",
    original,
    replacement,
    reason:
      "keeping more than fits is undone by the whole-JSON check below: the same longest prefix that fits is sent",
  })),
  ...[["bytes += more;", "{}"], ["+=", "-="]].map(([original, replacement]) => ({
    file: TRANSPORT,
    line: "bytes += more;",
    original,
    replacement,
    reason:
      "a smaller running total keeps too many patterns, which the whole-JSON check below removes",
  })),
  ...[
    ["escapedBytes(json) > maxBytes && kept.length > 0", "false", undefined],
    [">", ">=", 55],
    ["0", "1", 57],
  ].map(([original, replacement, column]) => ({
    file: TRANSPORT,
    line: "while (escapedBytes(json) > maxBytes && kept.length > 0) {",
    column: column as number | undefined,
    original: original as string,
    replacement: replacement as string,
    reason:
      "the piecewise sum above is exact, so the whole never exceeds the budget here and the loop never runs",
  })),
  ...[["kept.pop();", "kept.pop();"], [
    "json = JSON.stringify({ ...base, patterns: kept });",
    "json = JSON.stringify({ ...base, patterns: kept });",
  ]].map(([line, original]) => ({
    file: TRANSPORT,
    line,
    after: line === "kept.pop();"
      ? "while (escapedBytes(json) > maxBytes && kept.length > 0) {"
      : "kept.pop();",
    original,
    replacement: "{}",
    reason:
      "inside the loop that never runs: the piecewise sum above is exact, so the whole always fits",
  })),
  ...[
    ['ctx.addIssue({ code: "custom", message: "fewer patterns found than listed" });'],
    ['ctx.addIssue({ code: "custom", message: "the counts by level do not add up to the lines" });'],
    ['ctx.addIssue({ code: "custom", message: "a pattern has more lines than were counted" });'],
  ].map(([line]) => ({
    file: TRANSPORT,
    line,
    original: '"custom"',
    replacement: '""',
    reason:
      "zod fails the parse on any issue added, whatever its code, and the reader answers one fixed sentence",
  })),
  {
    file: TRANSPORT,
    line: "break;",
    after:
      'ctx.addIssue({ code: "custom", message: "a pattern has more lines than were counted" });',
    original: "break;",
    replacement: "{}",
    reason: "one issue or several: the parse fails the same and the reader says the same",
  },
  {
    file: SUMMARY,
    line: "return parsed.success ? parsed.data : undefined;",
    original: "parsed.success",
    replacement: "true",
    reason: "a failed safeParse has no data: undefined either way",
  },
  {
    file: SUMMARY,
    line: "if (fixed) return fixedLabel(fixed, one);",
    original: "fixed",
    replacement: "false",
    reason: "no labelled id ends on a variant word, so the variant loop leaves it whole and " +
      "LABELS[base] gives the same label with no qualifier: the shortcut only skips the loop",
  },
  {
    file: SUMMARY,
    line: "if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;",
    original: "/[^aeiou]y$/",
    replacement: "/[^aeiou]y/",
    reason: "only the last word is made plural, and it is a counted noun (NOUNS or value): none " +
      "of those has a consonant and y before its end (identity's is at its end)",
  },
  // The HTTP path.
  {
    file: HTTP,
    line: 'return text.split("\\n", 1)[0] || undefined;',
    original: "1",
    replacement: "2",
    reason: "only the first piece is read: splitting into two gives the same first piece",
  },
  {
    file: HTTP,
    line: "if (retryAfter) {",
    original: "retryAfter",
    replacement: "true",
    reason:
      'an absent or empty Retry-After is neither digits nor a date ("undefined" and "" parse to neither): the reset header is read next either way',
  },
  {
    file: HTTP,
    line: "if (outcome.reply.status >= 200 && outcome.reply.status < 300) return outcome.reply;",
    original: "<",
    replacement: "<=",
    reason: "a 300 is a redirect, followed or refused before any reply is returned",
  },
  // The decoded view (core/scrub/decoded_view.ts).
  ...([
    // charCodeAt past the end is NaN: every comparison with it is false, as at the bound
    [
      "while (i < line.length && line.charCodeAt(i) >= 0x30 && line.charCodeAt(i) <= 0x3f) i++;",
      "<",
      "<=",
    ],
    [
      "while (i < line.length && line.charCodeAt(i) >= 0x20 && line.charCodeAt(i) <= 0x2f) i++;",
      "<",
      "<=",
    ],
    ["if (at + n > line.length) return -1;", "at + n > line.length", "false"],
    ["if (at + n > line.length) return -1;", "+", "-"],
  ] as const).map(([line, original, replacement]) => ({
    file: "core/scrub/decoded_view.ts",
    line,
    original,
    replacement,
    reason:
      "past the line's end charCodeAt is NaN, which no comparison accepts: the loop or hexAt stops the same",
  })),
  {
    file: "core/scrub/decoded_view.ts",
    line: "for (let i = at + 2; i < limit; i++) {",
    original: "2",
    replacement: "1",
    reason: "the extra first step reads the `]` after ESC, which is neither BEL nor ESC",
  },
  ...([["next === undefined", "false"], ["1", "2"]] as const).map(([original, replacement]) => ({
    file: "core/scrub/decoded_view.ts",
    line: "return next === undefined ? at + 1 : at + 2;",
    original,
    replacement,
    reason:
      "ESC last on the line: an end past the line copies the same (empty) rest, and no view position maps through it",
  })),
  ...([
    [
      'if (next === "u") length = /^u001b\\[/i.test(line.slice(at + 1, at + 7)) ? 7 : 0;',
      "/^u001b\\[/i",
      "/u001b\\[/i",
      undefined,
    ],
    [
      'if (next === "u") length = /^u001b\\[/i.test(line.slice(at + 1, at + 7)) ? 7 : 0;',
      "7",
      "8",
      71,
    ],
    [
      'else if (next === "x") length = /^x1b\\[/i.test(line.slice(at + 1, at + 5)) ? 5 : 0;',
      "/^x1b\\[/i",
      "/x1b\\[/i",
      undefined,
    ],
    [
      'else if (next === "x") length = /^x1b\\[/i.test(line.slice(at + 1, at + 5)) ? 5 : 0;',
      "5",
      "6",
      74,
    ],
  ] as const).map(([line, original, replacement, column]) => ({
    file: "core/scrub/decoded_view.ts",
    line,
    original,
    replacement,
    column,
    reason:
      "the slice is as long as the pattern (or one longer, the pattern anchored at its start): an unanchored or longer test matches the same",
  })),
  {
    file: "core/scrub/decoded_view.ts",
    line: "const d = c >= 48 && c <= 57",
    original: "48",
    replacement: "47",
    reason: "`/` (47) would give the digit -1, which hexAt refuses like any other non-digit",
  },
  ...([
    [
      "if (lead >= 0xf0 && lead <= 0xf4) return 4;",
      "lead >= 0xf0 && lead <= 0xf4",
      "true",
      undefined,
    ],
    ["if (lead >= 0xf0 && lead <= 0xf4) return 4;", "&&", "||", undefined],
    ["return 0;", "0", "1", undefined],
    ["if (b < 0x80 || b > 0xbf) return null;", "b < 0x80 || b > 0xbf", "false", undefined],
    ["if (b < 0x80 || b > 0xbf) return null;", "||", "&&", undefined],
  ] as const).map(([line, original, replacement, column]) => ({
    file: "core/scrub/decoded_view.ts",
    line,
    original,
    replacement,
    column,
    reason:
      "the fatal UTF-8 decoder refuses every sequence these let through (a lead outside C2–F4, a missing or bad continuation byte): still no character",
  })),
  ...(["<", "0x20"] as const).map((original) => ({
    file: "core/scrub/decoded_view.ts",
    line: 'return code < 0x20 || code === 0x7f ? " " : String.fromCharCode(code);',
    original,
    replacement: original === "<" ? "<=" : "33",
    reason: "code 0x20 is a space either way",
  })),
  // Phone numbers and e-mail (core/scrub/detectors/pii_contact.ts).
  {
    file: "core/scrub/detectors/pii_contact.ts",
    line: 'const at = email.toLowerCase().lastIndexOf("%40");',
    original: "toLowerCase",
    replacement: "toUpperCase",
    reason: '"%40" has no letters: its position is the same in either case',
  },
  {
    file: "core/scrub/detectors/pii_contact.ts",
    line: "return code === 1 ? national === 10 : national >= 6 && national <= 13;",
    original: "13",
    replacement: "14",
    reason:
      "a two- or three-digit code and 14 national digits are over the 15 digits refused just before",
  },
  ...([["/^\\d{1,4}-(?:19|20)\\d\\d-/", "/\\d{1,4}-(?:19|20)\\d\\d-/"], [
    "/^\\d{1,4}-(?:19|20)\\d\\d-/",
    "/^\\d{2,4}-(?:19|20)\\d\\d-/",
  ]] as const).map(([original, replacement]) => ({
    file: "core/scrub/detectors/pii_contact.ts",
    line: "if (/^\\d{1,4}-(?:19|20)\\d\\d-/.test(phone)) return false;",
    original,
    replacement,
    reason:
      "the number starts 0[1-9] (two digits at least), and in every trunk layout a 4-digit group followed by `-` is the second: the year is found there either way",
  })),
  ...([["+", "-"], ["15", "16"]] as const).map(([original, replacement]) => ({
    file: "core/scrub/detectors/pii_contact.ts",
    line:
      "return national.length >= min && national.length <= max && code.length + national.length <= 15;",
    original,
    replacement,
    reason: "a code of at most 3 digits and a national number of at most 12 make 15 digits at most",
  })),
  {
    file: "core/scrub/detectors/pii_contact.ts",
    line: "if (/^(?:1[ .-]?)?\\(|^(?:1[.-])?[2-9]\\d\\d[.-]|^1-\\d{3}-/.test(phone)) {",
    original: "/^(?:1[ .-]?)?\\(|^(?:1[.-])?[2-9]\\d\\d[.-]|^1-\\d{3}-/",
    replacement: "/(?:1[ .-]?)?\\(|^(?:1[.-])?[2-9]\\d\\d[.-]|^1-\\d{3}-/",
    reason:
      "a bracket after the start comes only from the Russian layout with 8 before it, nine digits at least, taken by NATIONAL_LAYOUTS first",
  },
  // base64 credentials: the decoders' bit counting, and the run reader's own bounds.
  ...["if (count >= 8) {", "if (count < 8) continue;"].map((line) => ({
    file: ENCODED,
    line,
    original: "8",
    replacement: "7",
    reason: "the bit count is always even (6 a digit, 8 taken a byte), so it is never 7",
  })),
  {
    file: ENCODED,
    line: "let bits = 0, count = 0;",
    original: "0",
    replacement: "1",
    column: 14,
    reason: "a starting bit never reaches a byte: bytes are read from the 8 bits above count " +
      "(at most 4), and by the first byte the starting bit sits at bit 12 or higher",
  },
  ...[["code < 128", "true"], ["<", "<="], ["1", "0"], ["1", "2"]].map((
    [original, replacement],
  ) => ({
    file: ENCODED,
    line: "const digit = code < 128 ? DIGIT[code] : -1;",
    after: "const code = line.charCodeAt(i);",
    original,
    replacement,
    reason: "decodesToUserPassword reads only the runs of base64 digits findUserPasswords " +
      "found: every code is below 128 and a digit",
  })),
  ...[["digit === -1", "false"], ["1", "2"], ["false", "true"]].map(([original, replacement]) => ({
    file: ENCODED,
    line: "if (digit === -1) return false;",
    original,
    replacement,
    reason: "decodesToUserPassword reads only runs of base64 digits: a digit is never -1",
  })),
  {
    file: ENCODED,
    line: "while (end < n && end - i < 3 && line.charCodeAt(end) === 0x3d) end++;",
    original: "<",
    replacement: "<=",
    column: 16,
    reason: "at the line's end the character code is NaN, not =",
  },
  {
    file: ENCODED,
    line: "return true;",
    after: "candidates.push({ start, end: n, cut: true });",
    original: "true",
    replacement: "false",
    reason: "the scan then goes on past a cut candidate, but acceptCandidates stops at the cut: " +
      "candidates after it are never read",
  },
  // Insights sections and the report.
  {
    file: "core/render/insights.ts",
    line: "sparkline: spark && spark.buckets.length > 0",
    original: ">",
    replacement: ">=",
    reason: "a drawn sparkline has at least one bucket (SparklineCounter counts at least one " +
      "minute), so a sparkline with none never reaches this test",
  },
  ...[["total === 0 || blocks.length >= room.blocks", "false"], ["||", "&&"], [">=", ">"]].map((
    [original, replacement],
  ) => ({
    file: INSIGHTS_BLOCKS,
    line: "if (total === 0 || blocks.length >= room.blocks) return blocks;",
    original,
    replacement,
    reason:
      "falling through adds nothing: with no pattern the heading alone is never added, and with no block left add() refuses",
  })),
  ...[["times.length === 0", "false", undefined], ["0", "1", 24], ["false", "true", 46]].map((
    [original, replacement, column],
  ) => ({
    file: INSIGHTS_BLOCKS,
    line: "if (times.length === 0) return { withDate: false };",
    column: column as number | undefined,
    original: original as string,
    replacement: replacement as string,
    reason:
      "with no time or one, the span is under a day (-Infinity or 0) and no time is shown without one: the same text",
  })),
  {
    file: "core/render/report_blocks.ts",
    line: "let keep = Math.min(raw.length, max);",
    original: "min",
    replacement: "max",
    reason:
      "a start past the end slices the whole text, which the loop below shortens to the same point",
  },
  {
    file: "core/render/insights_excerpt.ts",
    line: "for (; fit > 0; fit--) {",
    original: ">",
    replacement: ">=",
    reason:
      "packing no examples gives the empty excerpt, which is what the loop's fallback returns",
  },
  // Context windows longer than any text their end-anchored pattern can match (with the
  // character its lookbehind or \b reads): one character more or less reads the same.
  ...([
    [
      "core/scrub/detectors/network.ts",
      "return !hasContextBefore(line, index, VERSION_BEFORE, 12) &&",
      "12",
      ["11", "13"],
    ],
    [
      "core/scrub/detectors/network.ts",
      "(!DOTTED_DATE.test(mac) && hasContextBefore(line, index, MAC_WORD_BEFORE, 24)));",
      "24",
      ["23", "25"],
    ],
    [
      "core/scrub/detectors/network.ts",
      "return hasContextBefore(line, index, MAC_KEY_BEFORE, 32) ||",
      "32",
      ["33"],
    ],
  ] as const).flatMap(([file, line, original, replacements]) =>
    replacements.map((replacement) => ({
      file,
      line,
      original,
      replacement,
      reason:
        "the pattern is anchored at the value and matches at most 9 (VERSION_BEFORE), 17 (MAC_WORD_BEFORE) or 32 (MAC_KEY_BEFORE, its lookbehind included) characters",
    }))
  ),
  // Entropy and masks (core/scrub/entropy.ts, core/scrub/mask.ts).
  {
    file: "core/scrub/entropy.ts",
    line: "if (n === 0) return 0;",
    original: "n === 0",
    replacement: "false",
    reason: "an empty string runs no loop and sums no bits: 0 either way",
  },
  {
    file: "core/scrub/entropy.ts",
    line: "if (c < 128) asciiCounts[c]++;",
    original: "c < 128",
    replacement: "false",
    reason: "every character then goes to the map of others, counted the same",
  },
  {
    file: "core/scrub/mask.ts",
    line: "if (cached !== undefined) return cached;",
    original: "cached !== undefined",
    replacement: "false",
    reason:
      "the HMAC is deterministic: hashing again gives the same token (the cache saves time only)",
  },
  ...([
    [
      'for (let i = 0; hex.length < PSEUDONYM_HEX; i++) hex += mac[i].toString(16).padStart(2, "0");',
      "<",
      "<=",
    ],
    [
      "if (this.#cache.size >= PSEUDONYM_CACHE_LIMIT) this.#cache.clear();",
      "this.#cache.size >= PSEUDONYM_CACHE_LIMIT",
      "true",
    ],
    ["this.#cache.set(cacheKey, token);", "this.#cache.set(cacheKey, token);", "{}"],
  ] as const).map(([line, original, replacement]) => ({
    file: "core/scrub/mask.ts",
    line,
    original,
    replacement,
    reason:
      "the token is the same: one more byte of hex is cut off by the slice to 10; a cache cleared or never filled only hashes again",
  })),
  // National-number rules (core/scrub/checksums/national_ids.ts) and the CRC-32 table.
  ...([
    [
      "return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];",
      "1",
      "0",
      19,
      "month 0 reads DAYS_IN_MONTH[-1], undefined, which no day is at most",
    ],
    [
      "return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];",
      "&&",
      "||",
      21,
      "a month past 12 or under 1 reads an undefined day count, which no day is at most",
    ],
    [
      "return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];",
      "12",
      "13",
      33,
      "month 13 reads DAYS_IN_MONTH[12], undefined, which no day is at most",
    ],
    [
      "const day = Number(m[1].slice(0, 2)), month = Number(m[1].slice(2, 4));",
      "1",
      "0",
      undefined,
      "the anchored match m[0] starts with m[1]: its first four characters are the same",
    ],
    [
      "sum += (c === 60 ? 0 : c <= 57 ? c - 48 : c - 55) * [7, 3, 1][i % 3];",
      "57",
      "58",
      undefined,
      "`:` (58) is in neither the ID card's nor the machine-readable zone's alphabet",
    ],
    [
      "sum += (c === 60 ? 0 : c <= 57 ? c - 48 : c - 55) * [7, 3, 1][i % 3];",
      "-",
      "+",
      49,
      "a letter's value grows by 110, times 7, 3 or 1: the sum mod 10 is the same",
    ],
    [
      "if (/[QVX]/.test(m[1][0]) || (m[1].length === 2 && /[IJZ]/.test(m[1][1]))) return false;",
      "1",
      "0",
      undefined,
      "the anchored match m[0] starts with the area m[1]: its first two characters are the same",
    ],
    [
      "if (!birthDateValid(eighteen.slice(6, 14), 4)) return false;",
      "14",
      "15",
      undefined,
      "birthDateValid reads the first 8 characters only",
    ],
    [
      "const sum = weightedSum(digitValues(eighteen.slice(0, 17)), CN_ID_WEIGHTS);",
      "17",
      "18",
      undefined,
      "weightedSum reads as many values as there are weights (17)",
    ],
    [
      "const month = Number(eleven.slice(2, 4)) % 20, day = Number(eleven.slice(4, 6));",
      "2",
      "1",
      37,
      "the year's second digit adds a multiple of 100, which is 0 mod 20",
    ],
    [
      "if (Number(eleven.slice(2, 4)) > 52 || month > 12 || day > 31) return false;",
      "52",
      "53",
      undefined,
      "month code 53 is 13 mod 20, refused by the next test",
    ],
    [
      "if (month > 0 && day > 0 && !monthDayValid(month, day)) return false;",
      "0",
      "1",
      undefined,
      "January's days and every month's first day are possible: skipping the check for them changes nothing",
    ],
  ] as const).map(([line, original, replacement, column, reason]) => ({
    file: "core/scrub/checksums/national_ids.ts",
    line,
    original,
    replacement,
    column,
    reason,
  })),
  ...(["/\\d$|^\\d\\d$/", "/^\\d$|\\d\\d$/", "/^\\d$|^\\d\\d/"] as const).map((
    replacement,
  ) => ({
    file: "core/scrub/checksums/national_ids.ts",
    line: "if (/^\\d$|^\\d\\d$/.test(m[2])) return true;",
    original: "/^\\d$|^\\d\\d$/",
    replacement,
    reason:
      "the district is a digit and at most one more character: ending in a digit means all digits",
  })),
  ...([["0", "1"], ["<", "<="]] as const).map(([original, replacement]) => ({
    file: "core/scrub/checksums/crc32.ts",
    line: "for (let n = 0; n < 256; n++) {",
    original,
    replacement,
    reason:
      "table[0] is 0 either way (the typed array starts zeroed); table[256] is past a 256-entry typed array and ignored",
  })),
  {
    file: CODE,
    line: 'const amp = text.lastIndexOf("&", cut - 1);',
    original: "1",
    replacement: "0",
    reason:
      'an "&" at the cut itself starts an entity there, which the cut does not split: the cut stays',
  },
  {
    file: CODE,
    line: "if (amp >= 0 && amp > cut - LONGEST_ENTITY) {",
    original: ">=",
    replacement: ">",
    reason:
      "the cut is at least 7 (a smaller block is refused): an `&` at 0 is never within 5 of it",
  },
  {
    file: CODE,
    line: "if (semi === -1 || semi >= cut) cut = amp;",
    original: "1",
    replacement: "0",
    reason:
      'the ";" found is after the "&" at amp, so never at 0, and escaped text has no "&" without it',
  },
  // The custom-pattern safety check (core/scrub/safe_pattern.ts).
  ...([
    [
      "let length = 0;",
      "0",
      "1",
      undefined,
      "every quantifier branch sets the length before it is read",
    ],
    ["let max = 0;", "0", "1", undefined, "every quantifier branch sets max before it is read"],
    [
      '} else if (c === "{") {',
      'c === "{"',
      "true",
      undefined,
      "COUNTED, sticky at i, matches only at a brace: anything else returns null as the last branch does",
    ],
    [
      'while (i < source.length && source[i] !== "]") i += source[i] === "\\\\" ? 2 : 1;',
      "<",
      "<=",
      undefined,
      "an unclosed class ends past the source either way, where every caller's loop stops",
    ],
    [
      "const stack: GroupFrame[] = [{ hasQuantifier: false, hasAlternation: false }];",
      "false",
      "true",
      undefined,
      "the root frame is never popped as a group: its flags are never read",
    ],
    [
      "splits * (q.max === Infinity ? CUSTOM_WINDOW : Math.max(1, q.max - q.min + 1)),",
      "1",
      "0",
      63,
      "a quantifier's max is never below its min, so the range is at least 1",
    ],
  ] as const).map(([line, original, replacement, column, reason]) => ({
    file: "core/scrub/safe_pattern.ts",
    line,
    original,
    replacement,
    column,
    reason,
  })),
  ...([["9", "10"], ["9", "8"]] as const).map(([original, replacement]) => ({
    file: "core/scrub/checksums/national_ids.ts",
    line: 'const nine = digits.padStart(9, "0");',
    original,
    replacement,
    reason:
      "leading zeros add nothing to a Luhn sum, and 5 to 9 digits padded to 8 or 10 hold another digit than one repeated",
  })),
  {
    file: "core/scrub/checksums/national_ids.ts",
    line: "return check !== 10 && check === d[10];",
    original: "10",
    replacement: "11",
    reason: "a check of 10 never equals a digit: refusing it or not gives the same answer",
  },
  // functions/debug_audit/read_events.ts
  {
    file: "functions/debug_audit/read_events.ts",
    line: "...(cursor ? { cursor } : {}),",
    original: "cursor",
    replacement: "true",
    reason:
      "{ cursor: undefined } on the first page: the client's form and JSON encodings both leave an undefined field out",
  },
  {
    file: "functions/debug_audit/read_events.ts",
    line: "if (events.length > MAX_KEPT) {",
    original: ">",
    replacement: ">=",
    reason:
      "at exactly MAX_KEPT events, sorting and cutting to MAX_KEPT keeps them all, and the result is sorted again at the end",
  },
  // Detector validation whose other checks already decide (core/scrub/detectors/).
  ...([
    [
      "core/scrub/detectors/generic_credentials.ts",
      "return plausibleValue(value) && !SCHEME_WORDS.has(value.toLowerCase()) &&",
      "toLowerCase",
      "toUpperCase",
      undefined,
      "scheme words that are not plain words (api-key, sso-key) are 7 characters, under every token's 8",
    ],
    [
      "core/scrub/detectors/generic_credentials.ts",
      "plausibleCredential(value) && !/^--[A-Za-z][\\w-]*$/.test(value) &&",
      "/^--[A-Za-z][\\w-]*$/",
      "/^--[A-Za-z][\\w-]+$/",
      undefined,
      "a bearer token has 8 characters at least, so `--x` alone never reaches the test",
    ],
    [
      "core/scrub/detectors/generic_credentials.ts",
      '!(value.endsWith("=") && /\\w/.test(line.charAt(index + value.length))),',
      '"="',
      '""',
      undefined,
      "a value is a maximal run of token characters, so a word character after it follows only a `=`",
    ],
    [
      "core/scrub/detectors/generic_credentials.ts",
      '(value) => plausibleValue(value) && value.toLowerCase() !== "deleted",',
      "toLowerCase",
      "toUpperCase",
      undefined,
      "deleted is a status word: plausibleValue refuses it in any case already",
    ],
    [
      "core/scrub/detectors/generic_credentials.ts",
      '(value) => plausibleValue(value) && value.toLowerCase() !== "deleted",',
      '"deleted"',
      '""',
      undefined,
      "deleted is a status word: plausibleValue refuses it in any case already",
    ],
    [
      "core/scrub/detectors/generic_credentials.ts",
      "!/^\\d{1,4}$/.test(value) &&",
      "/^\\d{1,4}$/",
      "/^\\d{2,4}$/",
      undefined,
      "a value of one digit is under the 3 characters checked first",
    ],
    [
      "core/scrub/detectors/pii_identity.ts",
      "/^9\\d\\d(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\d{4}$/.test(digits);",
      "/^9\\d\\d(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\d{4}$/",
      "/9\\d\\d(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\d{4}$/",
      undefined,
      "itinValid's callers (us-ssn, us-itin) give it the digits of their pattern's match, exactly nine",
    ],
    [
      "core/scrub/detectors/pii_identity.ts",
      "/^9\\d\\d(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\d{4}$/.test(digits);",
      "/^9\\d\\d(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\d{4}$/",
      "/^9\\d\\d(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\d{4}/",
      undefined,
      "itinValid's callers (us-ssn, us-itin) give it the digits of their pattern's match, exactly nine",
    ],
    [
      "core/scrub/detectors/email_international.ts",
      "const PAST_ASCII = /[\\u0080-\\uffff]/;",
      "/[\\u0080-\\uffff]/",
      "/[^\\u0080-\\uffff]/",
      undefined,
      "the pattern's lookahead puts a character past ASCII in every match, and its @ is ASCII: the check of a match and the gate of a line holding one hold either way",
    ],
  ] as const).map(([file, line, original, replacement, column, reason]) => ({
    file,
    line,
    original,
    replacement,
    column,
    reason,
  })),
  ...([
    ["compact.length < 8 || compact.length > 18", "false"],
    ["<", "<="],
    ["8", "7"],
    ["8", "9"],
    ["||", "&&"],
    ["18", "19"],
  ] as const).map(([original, replacement]) => ({
    file: "core/scrub/detectors/pii_generic_ids.ts",
    line: "if (compact.length < 8 || compact.length > 18) return false;",
    original,
    replacement,
    reason: "every rule checks its own length, 9 to 18 characters: the shortcut changes no answer",
  })),
  ...([
    ['start === key.index || /[A-Za-z0-9]/.test(line[start - 1] ?? "")', "false"],
    ["||", "&&"],
    ["continue;", "{}"],
  ] as const).map(([original, replacement]) => ({
    file: "core/scrub/detectors/pii_generic_ids.ts",
    line: 'if (start === key.index || /[A-Za-z0-9]/.test(line[start - 1] ?? "")) continue;',
    original,
    replacement,
    reason:
      "a key ending in a letter is followed by no letter or digit (its lookahead), where the sticky value pattern cannot start either",
  })),
  {
    file: "core/scrub/kv/assignments.ts",
    line:
      "while (start > 0 && end - start < MAX_KEY_LENGTH && isKeyChar(line.charCodeAt(start - 1))) {",
    original: ">",
    replacement: ">=",
    column: 18,
    reason:
      "at start 0, charCodeAt(-1) is NaN, which is no key character: the loop stops there anyway",
  },
  // functions/access/alert_grant.ts: the shape pattern (v1, 1-12 digits, 64 hex) bounds a readable grant to 80 characters
  ...([["100", "101"], ["100", "99"]] as const).map(([original, replacement]) => ({
    file: "functions/access/alert_grant.ts",
    line: "const MAX_GRANT_CHARS = 100;",
    original,
    replacement,
    reason:
      "a grant the anchored shape pattern accepts is at most 80 characters: any length bound from 80 up refuses the same grants",
  })),
  ...([["grant.length > MAX_GRANT_CHARS", "false"], [">", ">="]] as const).map((
    [original, replacement],
  ) => ({
    file: "functions/access/alert_grant.ts",
    line: "if (grant.length > MAX_GRANT_CHARS) return false;",
    original,
    replacement,
    reason:
      "a longer grant fails the anchored shape pattern next (at its first characters, so no cost either)",
  })),
  {
    file: "functions/access/channel_membership.ts",
    line: "...(cursor ? { cursor } : {}),",
    original: "cursor",
    replacement: "true",
    reason:
      "{ cursor: undefined } on the first page: the client's form and JSON encodings both leave an undefined field out",
  },
  {
    file: "functions/contract_checks.ts",
    line: "const fraction = Math.floor((low + (maximum ?? low + 2)) / 2) + 0.5;",
    original: "2",
    replacement: "3",
    column: 60,
    reason:
      "without a maximum, floor((2 low + 2) / 2) and floor((2 low + 3) / 2) are both low + 1: the same fraction",
  },
  {
    file: "core/scrub/detectors/registries.ts",
    line: "return colon > 0 && colon < decoded.length - 1 && /^[ -~]+$/.test(decoded);",
    original: "/^[ -~]+$/",
    replacement: "/^[ -~]{2,}$/",
    reason: "a colon with a character on each side makes three characters at least",
  },
  {
    file: "functions/input_errors.ts",
    line:
      "if (whole && /received (undefined|null)$/.test(issue.message)) return missing(step, input);",
    original: "/received (undefined|null)$/",
    replacement: "/received (undefined|null)/",
    reason:
      "zod's invalid_type message ends with the received type's name, and no type name other than undefined and null starts with them",
  },
  // functions/access/alert_grant.ts: the grant is finally compared whole with the one signed for its expiry
  ...[
    "/^v1\\.(\\d{1,12})\\.[0-9a-f]{64}/",
    "/v1\\.(\\d{1,12})\\.[0-9a-f]{64}$/",
    "/^v1\\.(\\d{2,12})\\.[0-9a-f]{64}$/",
  ].map((replacement) => ({
    file: "functions/access/alert_grant.ts",
    line: "const match = /^v1\\.(\\d{1,12})\\.[0-9a-f]{64}$/.exec(grant);",
    original: "/^v1\\.(\\d{1,12})\\.[0-9a-f]{64}$/",
    replacement,
    reason:
      "text around the shape makes the whole-string comparison with the signed grant fail anyway; a one-digit expiry is before any clock past 1970-01-01 00:00:09",
  })),
  ...([
    ['min = c === "*" ? 0 : 1;', 'min = c === "*" ? 0 : 1;', "{}"],
    ['min = c === "*" ? 0 : 1;', 'c === "*"', "false"],
    ['min = c === "*" ? 0 : 1;', 'c === "*"', "true"],
    ['min = c === "*" ? 0 : 1;', "===", "!=="],
    ['min = c === "*" ? 0 : 1;', '"*"', '""'],
    ['min = c === "*" ? 0 : 1;', "0", "1"],
    ['min = c === "*" ? 0 : 1;', "1", "0"],
    ['min = c === "*" ? 0 : 1;', "1", "2"],
  ] as const).map(([line, original, replacement]) => ({
    file: "core/scrub/safe_pattern.ts",
    line,
    original,
    replacement,
    reason:
      "* and + are open-ended: their splits count a window and maxReach reads max only, never min",
  })),
  ...([
    [
      'max = m[2] === undefined ? low : m[3] === "" ? Infinity : Number(m[3]);',
      "2",
      "3",
      "without a comma m[3] is undefined as m[2] is; with one it is defined",
    ],
    [
      "if (line.length <= CUSTOM_WINDOW) return matchDetector(detector, line);",
      "line.length <= CUSTOM_WINDOW",
      "false",
      "a line within one window is one window: the loop runs matchDetector on it whole and returns",
    ],
    [
      "if (line.length <= CUSTOM_WINDOW) return matchDetector(detector, line);",
      "<=",
      "<",
      "a line of exactly one window is one window: the loop runs matchDetector on it whole and returns",
    ],
    [
      "const cut = end < line.length && reach > overlap && span.end + start === end &&",
      ">",
      ">=",
      "a span that reaches its window's end from before the next window's start is longer than the overlap, so longer than a bounded pattern's reach",
    ],
    [
      'const hasSecretGroup = custom.pattern.includes("(?<secret>");',
      '"(?<secret>"',
      '""',
      "the d flag only adds match indices, which a pattern without a secret group never reads",
    ],
    [
      'return new RegExp(custom.pattern, `${custom.flags ?? ""}g${hasSecretGroup ? "d" : ""}`);',
      "hasSecretGroup",
      "true",
      "the d flag only adds match indices, which a pattern without a secret group never reads",
    ],
    [
      "stack[stack.length - 1].length += q ? (atom === 0 ? 0 : atom * q.max) : atom;",
      "atom === 0",
      "false",
      "an empty group's atom is 0, and 0 times any max is 0",
    ],
  ] as const).map(([line, original, replacement, reason]) => ({
    file: "core/scrub/safe_pattern.ts",
    line,
    original,
    replacement,
    reason,
  })),
  // core/scrub/mask_tokens.ts: the binary search for the last token starting at or before a span
  {
    file: "core/scrub/mask_tokens.ts",
    line: "if (starts.length === 0) return spans;",
    original: "starts.length === 0",
    replacement: "false",
    reason: "a shortcut: with no token the search finds none and the filter keeps every span",
  },
  ...([["-", "+", 39], ["1", "0", 41]] as const).map(([original, replacement, column]) => ({
    file: "core/scrub/mask_tokens.ts",
    line: "let low = 0, high = starts.length - 1, at = -1;",
    original,
    replacement,
    column,
    reason:
      "an index past the last token reads undefined, which compares false: the search moves down",
  })),
  {
    file: "core/scrub/mask_tokens.ts",
    line: "const mid = (low + high) >>> 1;",
    original: "1",
    replacement: "0",
    reason:
      "mid = low + high makes the search a downward scan from the last token while low is 0; it finds the same token",
  },
  {
    file: "core/scrub/kv/continuations.ts",
    line: 'while (i < line.length && (line[i] === " " || line[i] === "\\t")) i++;',
    original: "<",
    replacement: "<=",
    reason:
      "line[line.length] is undefined, neither a space nor a tab: the loop stops there anyway",
  },
  {
    file: "functions/fetch_logs/rate_limit.ts",
    line: "retryAfterSeconds: Math.max(1, Math.min(RATE_WINDOW_SECONDS, freedAt - nowSeconds)),",
    original: "1",
    replacement: "0",
    reason:
      "every start kept is later than now minus the window, so freedAt - now is at least 1 already",
  },
  {
    file: "functions/filter_hash.ts",
    line: "false,",
    original: "false",
    replacement: "true",
    reason:
      "whether the imported HMAC key is extractable changes no hash: the key object never leaves hashFilter",
  },
  {
    file: "functions/app_scrubber.ts",
    line: "return policy === APP_POLICY",
    original: "policy === APP_POLICY",
    replacement: "false",
    reason:
      "the shipped policy builds a scrubber (the build hook and app_policy_test check it), so the file name it would add is never shown",
  },
  // functions/debug_audit/debug_audit.ts
  {
    file: "functions/debug_audit/debug_audit.ts",
    line: "const why = error instanceof DatastoreReadError || error instanceof SlackApiError",
    original: "error instanceof DatastoreReadError || error instanceof SlackApiError",
    replacement: "true",
    reason:
      "readAuditEvents throws only DatastoreReadError (its own checks) or the client's SlackApiError, so the fixed sentence for anything else is never reached",
  },
  // functions/manage_access/manage_access.ts
  {
    file: "functions/manage_access/manage_access.ts",
    line:
      "const why = error instanceof DatastoreReadError || error instanceof DatastoreWriteError ||",
    original:
      "error instanceof DatastoreReadError || error instanceof DatastoreWriteError ||\n        error instanceof SlackApiError",
    replacement: "true",
    reason:
      "the roles records' reads and writes throw only DatastoreReadError, DatastoreWriteError or the client's SlackApiError",
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: 'const bootstrapAdmins = "problem" in bootstrap ? new Set<string>() : bootstrap;',
    original: '"problem" in bootstrap',
    replacement: "false",
    reason:
      'an admin step never gets here with unusable ADMIN_USER_IDS: readAccess throws on them and the form is refused (functions/access/admin_form.ts); and "" is no key of the admins\' Set',
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: 'const bootstrapAdmins = "problem" in bootstrap ? new Set<string>() : bootstrap;',
    original: '"problem"',
    replacement: '""',
    reason:
      'an admin step never gets here with unusable ADMIN_USER_IDS: readAccess throws on them and the form is refused (functions/access/admin_form.ts); and "" is no key of the admins\' Set',
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: 'const stillBootstrap = !("problem" in bootstrap) && bootstrap.has(target)',
    original: '"problem"',
    replacement: '""',
    reason:
      'an admin step never gets here with unusable ADMIN_USER_IDS: readAccess throws on them and the form is refused (functions/access/admin_form.ts); and "" is no key of the admins\' Set',
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: 'const admins = "problem" in bootstrap ? [] : [...bootstrap];',
    original: '"problem" in bootstrap',
    replacement: "false",
    reason:
      'an admin step never gets here with unusable ADMIN_USER_IDS: readAccess throws on them and the form is refused (functions/access/admin_form.ts); and "" is no key of the admins\' Set',
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: 'const admins = "problem" in bootstrap ? [] : [...bootstrap];',
    original: '"problem"',
    replacement: '""',
    reason:
      'an admin step never gets here with unusable ADMIN_USER_IDS: readAccess throws on them and the form is refused (functions/access/admin_form.ts); and "" is no key of the admins\' Set',
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: ".sort((a, b) => a.user < b.user ? -1 : a.user > b.user ? 1 : 0)",
    original: "1",
    replacement: "2",
    column: 40,
    reason:
      "V8's sort reads only whether a comparison is negative (binary insertion and merging alike), so which non-negative number a greater pair or a tie gives changes no order: a store answering in reverse, and 150 grants in a scrambled order, list the same",
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: ".sort((a, b) => a.user < b.user ? -1 : a.user > b.user ? 1 : 0)",
    original: "a.user > b.user",
    replacement: "false",
    column: 44,
    reason:
      "V8's sort reads only whether a comparison is negative (binary insertion and merging alike), so which non-negative number a greater pair or a tie gives changes no order: a store answering in reverse, and 150 grants in a scrambled order, list the same",
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: ".sort((a, b) => a.user < b.user ? -1 : a.user > b.user ? 1 : 0)",
    original: "a.user > b.user",
    replacement: "true",
    column: 44,
    reason:
      "V8's sort reads only whether a comparison is negative (binary insertion and merging alike), so which non-negative number a greater pair or a tie gives changes no order: a store answering in reverse, and 150 grants in a scrambled order, list the same",
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: ".sort((a, b) => a.user < b.user ? -1 : a.user > b.user ? 1 : 0)",
    original: ">",
    replacement: ">=",
    column: 51,
    reason:
      "V8's sort reads only whether a comparison is negative (binary insertion and merging alike), so which non-negative number a greater pair or a tie gives changes no order: a store answering in reverse, and 150 grants in a scrambled order, list the same",
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: ".sort((a, b) => a.user < b.user ? -1 : a.user > b.user ? 1 : 0)",
    original: "1",
    replacement: "0",
    column: 62,
    reason:
      "V8's sort reads only whether a comparison is negative (binary insertion and merging alike), so which non-negative number a greater pair or a tie gives changes no order: a store answering in reverse, and 150 grants in a scrambled order, list the same",
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: ".sort((a, b) => a.user < b.user ? -1 : a.user > b.user ? 1 : 0)",
    original: "1",
    replacement: "2",
    column: 62,
    reason:
      "V8's sort reads only whether a comparison is negative (binary insertion and merging alike), so which non-negative number a greater pair or a tie gives changes no order: a store answering in reverse, and 150 grants in a scrambled order, list the same",
  },
  {
    file: "functions/manage_access/manage_access.ts",
    line: ".sort((a, b) => a.user < b.user ? -1 : a.user > b.user ? 1 : 0)",
    original: "0",
    replacement: "1",
    column: 66,
    reason:
      "V8's sort reads only whether a comparison is negative (binary insertion and merging alike), so which non-negative number a greater pair or a tie gives changes no order: a store answering in reverse, and 150 grants in a scrambled order, list the same",
  },
  // functions/my_reports/
  {
    file: "functions/my_reports/handler.ts",
    line: "return { outputs: { reports_listed: 0 } };",
    original: "0",
    replacement: "1",
    reason:
      "a placeholder while the step stays open: the handler then returns { completed: false } and the count is never sent",
  },
  {
    file: "functions/my_reports/list_blocks.ts",
    line: "...(style ? { style } : {}),",
    original: "style",
    replacement: "true",
    reason:
      "a style of undefined is dropped when the blocks are sent as JSON, so the button is the same",
  },
  {
    file: "functions/my_reports/my_reports.ts",
    line: "const why = error instanceof DatastoreReadError || error instanceof SlackApiError",
    original: "error instanceof DatastoreReadError || error instanceof SlackApiError",
    replacement: "true",
    reason:
      "readActiveReports throws only DatastoreReadError (queryAll) or the client's SlackApiError",
  },
  {
    file: "functions/my_reports/my_reports.ts",
    line: '}, { encoding: "json" });',
    original: '"json"',
    replacement: '""',
    reason:
      "an empty encoding is the client's form encoding, which sends objects as JSON text per field: the Web API takes both",
  },
  {
    file: "functions/my_reports/my_reports.ts",
    line: "if (sessions.length > 0 && EXECUTION_ID.test(executionId)) return { completed: false };",
    original: "false",
    replacement: "true",
    reason:
      "handler.ts reads only whether `completed` is there, and then answers { completed: false } itself",
  },
  {
    file: "functions/my_reports/my_reports.ts",
    line: "session = item ? readSessionItem(item) : undefined;",
    original: "item",
    replacement: "true",
    reason: "readSessionItem(undefined) fails its schema and is undefined as well",
  },
  // functions/post_debug_report/
  {
    file: "functions/post_debug_report/handler.ts",
    line: "...(controls ? { controls } : {}),",
    original: "controls",
    replacement: "true",
    reason:
      "without buttons controls is undefined, and the report's blocks read an undefined controls as none",
  },
  {
    file: "functions/post_debug_report/handler.ts",
    line: "`${error instanceof DatastoreWriteError ? error.message : describeThrown(error)} ` +",
    original: "error instanceof DatastoreWriteError",
    replacement: "true",
    reason:
      "saving the session throws DatastoreWriteError or the client's SlackApiError, whose message describeThrown shows as it is",
  },
  {
    file: "functions/post_debug_report/session.ts",
    line: "...(ids.executionId ? { execution_id: ids.executionId } : {}),",
    original: "ids.executionId",
    replacement: "true",
    reason: "an execution_id of undefined is dropped when the item is sent as JSON",
  },
  {
    file: "functions/post_debug_report/slack_failures.ts",
    line: "if (error instanceof SlackApiError) return error.message;",
    original: "error instanceof SlackApiError",
    replacement: "true",
    reason:
      "its callers (the client's creation and calls) throw only SlackApiError; a DatastoreWriteError is told before it is asked",
  },
  // functions/purge_reports/purge.ts
  {
    file: "functions/purge_reports/purge.ts",
    line: "retryAfterSeconds: 0,",
    original: "0",
    replacement: "1",
    reason:
      "read only to time a follow-up, max(FOLLOW_UP_MIN_SECONDS = 60, retryAfterSeconds + 1): 1 or 2 give the same 60; an OutOfTime sets it anyway",
  },
  {
    file: "functions/purge_reports/purge.ts",
    line: 'const code = answer.ok ? "" : slackErrorCode(answer);',
    original: "answer.ok",
    replacement: "false",
    reason: "code is read only when the answer is not ok (the next line's first test)",
  },
  {
    file: "functions/purge_reports/purge.ts",
    line: "return item ? readSessionItem(item) : undefined;",
    original: "item",
    replacement: "true",
    reason: "readSessionItem(undefined) fails its safeParse and gives undefined as well",
  },
  // functions/purge_reports/handler.ts
  {
    file: "functions/purge_reports/handler.ts",
    line: "if (result.notDueUntil > 0) {",
    original: "0",
    replacement: "1",
    reason: "notDueUntil is 0 or a report's deadline in epoch seconds, never 1",
  },
  {
    file: "functions/purge_reports/handler.ts",
    line: "if (error instanceof TransientFailure) {",
    original: "error instanceof TransientFailure",
    replacement: "true",
    reason:
      "purgeReports throws only OutOfTime, TransientFailure, Slack and datastore errors, each told before this one",
  },
  // UTF-8 batches (cli/utf8_batches.ts): what a batch joins to the last one's unfinished
  // character, and where it cuts, only move bytes between two one-shot decodes at places where
  // a streaming decoder starts afresh anyway.
  {
    file: UTF8,
    line: "const room = LONGEST_CHARACTER - this.#pending.length;",
    original: "-",
    replacement: "+",
    reason: UTF8_MORE_JOINED,
  },
  ...[["<", "<=", 42], ["&&", "||", 34]].map(([original, replacement, column]) => ({
    file: UTF8,
    line: WHILE_CONTINUATION,
    original: original as string,
    replacement: replacement as string,
    column: column as number,
    reason: UTF8_MORE_JOINED,
  })),
  {
    file: UTF8,
    line: WHILE_CONTINUATION,
    original: "<",
    replacement: "<=",
    column: 19,
    reason: "bytes[bytes.length] is undefined, and (undefined & 0xc0) is 0: no continuation byte",
  },
  {
    file: UTF8,
    line: "if (from === bytes.length && joined.length < LONGEST_CHARACTER && !last) {",
    original: "<",
    replacement: "<=",
    reason:
      "four joined bytes are a whole character (or a lead and stray bytes): held one batch longer, they are decoded the same, as the next batch's head or at the last",
  },
  {
    file: UTF8,
    line:
      "while (at > from && bytes.length - at < LONGEST_CHARACTER && isContinuation(bytes[at])) at--;",
    original: ">",
    replacement: ">=",
    reason:
      "at = from - 1 is reached only past a continuation byte at from, where the cut test (at >= from) fails as the lead test fails on that byte",
  },
  {
    file: UTF8,
    line: "if (at >= from && bytes[at] >= 0xc0) cut = at;",
    original: ">=",
    replacement: ">",
    column: 35,
    reason:
      "0xC0 begins no character (an overlong lead): it and whatever follows decode to the same U+FFFD marks whether cut before it or not",
  },
];
