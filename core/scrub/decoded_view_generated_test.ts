/**
 * The decoded view under generated lines: each line is built from pieces whose decoding is known
 * by construction (terminal sequences raw and escaped, JSON escapes, percent-escapes of every
 * UTF-8 length, and look-alikes that are no escape), so the view's text and the original text
 * of every view character are known from how the line was built.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { decodedView, HIDING_MARKERS, originalRange, WRAPPING_MARKERS } from "./decoded_view.ts";
import { seededRandom } from "../../devkit/sample_logs/random.ts";

/** A piece of a line: `raw` decodes to `decoded`, or (`decoded` null) stays as it is. */
interface Piece {
  raw: string;
  decoded: string | null;
}

const ESC = "\x1b";
const plain = (raw: string): Piece => ({ raw, decoded: null });
const escape = (raw: string, decoded: string): Piece => ({ raw, decoded });

/** What the view of `pieces` is, and the original text of each view character. */
function expected(pieces: readonly Piece[]): { text: string; sources: string[] } {
  let text = "";
  const sources: string[] = [];
  for (const p of pieces) {
    if (p.decoded === null) {
      text += p.raw;
      sources.push(...p.raw.split(""));
    } else {
      text += p.decoded;
      for (let k = 0; k < p.decoded.length; k++) sources.push(p.raw);
    }
  }
  return { text, sources };
}

function assertView(pieces: readonly Piece[]) {
  const line = pieces.map((p) => p.raw).join("");
  const want = expected(pieces);
  const view = decodedView(line);
  if (pieces.every((p) => p.decoded === null)) {
    strictEqual(view, null, JSON.stringify(line));
    return;
  }
  if (view === null) throw new Error(`no view of ${JSON.stringify(line)}`);
  strictEqual(view.text, want.text, JSON.stringify(line));
  const sources = Array.from(
    { length: view.text.length },
    (_, i) => line.slice(...originalRange(view, i, i + 1)),
  );
  deepStrictEqual(sources, want.sources, JSON.stringify(line));
}

const random = seededRandom(16);
const mixCase = (s: string) =>
  [...s].map((c) => (random.int(2) === 0 ? c.toLowerCase() : c.toUpperCase())).join("");
const hex2 = (n: number) => mixCase(n.toString(16).padStart(2, "0"));
const hex4 = (n: number) => mixCase(n.toString(16).padStart(4, "0"));

/** A control sequence's body after `[`: parameters, intermediates, one final byte. */
function csiBody(): string {
  const params = random.chars(random.int(4), "0123456789:;<=>?");
  const inter = random.chars(random.int(3), " !\"#$%&'()*+,-./");
  const final = random.pick(["@", "A", "m", "K", "h", "q", "~", "`", "z"]);
  return params + inter + final;
}

/**
 * Plain text: no backslash, percent or ESC (other control characters, `[`, `]` and letters). A
 * line of such text holding a CSV-doubled pair (`"":""`) is generated again (see holdsCsvPair).
 */
const PLAIN = "abcxyzAZ09 .,:;=/@[]{}\"'ü例\x07\x01\x7f-_";

/** The generated pieces that decode; `sep` follows each so that no piece runs into the next. */
function decodingPiece(): Piece {
  switch (random.int(12)) {
    case 0:
      return escape(`${ESC}[${csiBody()}`, "");
    case 1: { // an operating system command, ended by BEL or ESC \
      const body = random.chars(random.int(20), "abc;0 =[");
      return escape(`${ESC}]${body}${random.int(2) === 0 ? "\x07" : `${ESC}\\`}`, "");
    }
    case 2: // ESC and one character
      return escape(`${ESC}${random.pick(["c", "7", "8", "(", "=", ">", "M", "\\", "%"])}`, "");
    case 3: { // a logger's escaped ESC [
      const lead = random.pick([
        `\\u${mixCase("001b")}[`,
        `\\x${mixCase("1b")}[`,
        "\\033[",
        "\\e[",
      ]);
      return escape(lead + csiBody(), "");
    }
    case 4:
      return random.pick([
        escape("\\/", "/"),
        escape("\\\\", "\\"),
        escape('\\"', '"'),
        escape(`\\x${mixCase("22")}`, '"'),
        escape("\\x40", "@"),
        escape("\\x7e", "~"),
        escape("&quot;", '"'),
        escape("&#34;", '"'),
        escape(`&#${mixCase("x4a")};`, "J"),
        escape("&amp;", "&"),
        escape("&lt;", "<"),
        escape("&apos;", "'"),
      ]);
    case 5:
      return escape(`\\${random.pick(["n", "r", "t", "b", "f"])}`, " ");
    case 6: { // \uXXXX of any code but ESC (whose escaped form may start a colour)
      const code = random.pick([
        random.int(0x20),
        0x1f,
        0x20,
        0x21,
        0x7e,
        0x7f,
        0x80,
        random.int(0x10000),
      ]);
      if (code === 0x1b) return escape("\\u0041", "A");
      const decoded = code < 0x20 || code === 0x7f ? " " : String.fromCharCode(code);
      return escape(`\\u${hex4(code)}`, decoded);
    }
    case 7: { // %XX of one ASCII byte
      const byte = random.pick([random.int(0x80), 0x00, 0x1f, 0x20, 0x7e, 0x7f, 0x40, 0x2f]);
      const decoded = byte < 0x20 || byte === 0x7f ? " " : String.fromCharCode(byte);
      return escape(`%${hex2(byte)}`, decoded);
    }
    default: { // a UTF-8 sequence of 2, 3 or 4 bytes, the ends of each length among them
      const code = random.pick([
        0x80,
        0x7ff,
        0x800,
        0xfff,
        0x1000,
        0xd7ff,
        0xe000,
        0xffff,
        0x10000,
        0x3ffff,
        0x40000,
        0xfffff,
        0x100000,
        0x10ffff,
        0x80 + random.int(0x780),
        0x800 + random.int(0xd000),
        0x10000 + random.int(0x100000),
      ]);
      const char = String.fromCodePoint(code);
      const raw = [...new TextEncoder().encode(char)].map((b) => `%${hex2(b)}`).join("");
      return escape(raw, char);
    }
  }
}

/** Look-alikes of escapes that are none: they stay as they are. */
const NOT_ESCAPES = [
  "%zz",
  "%4",
  "%3g",
  "%3G",
  "%3@",
  "%3`",
  "%3:",
  "%3/",
  "%g3",
  "%80",
  "%BF",
  "%C0%80",
  "%C1%BF",
  "%F5%80%80%80",
  "%FF",
  "%E0%80%80", // overlong
  "%ED%A0%80", // a surrogate
  "%F4%90%80%80", // past U+10FFFF
  "%F0%8F%BF%BF", // overlong
  "%C3x80",
  "%E2%82",
  "%C3%C3",
  "\\q",
  "\\a",
  "\\u12G4",
  "\\u004:",
  "\\u004@",
  "\\u004g",
  "\\u004`",
  "\\u00",
  "\\x1b",
  "\\x7f",
  "\\x0a",
  "\\xg1",
  "&quo",
  "&quot",
  "&#;",
  "&#x;",
  "&#xzz;",
  "&nbsp;",
  "&#1234567;",
  "& amp;",
  "\\x1",
  "\\033",
  "\\012",
  "\\01",
  "\\e",
  "\\ez",
  "\\q[m",
  "\\U001b[m",
];

/** Malformed control sequences: only the ESC goes (what follows is plain text). */
const MALFORMED_CSI = [
  "[/1m", // an intermediate, then a parameter byte
  "[\x1fm",
  "[ 0m",
  "[\x1f",
  "[\x7f",
  "[ü",
  "[1;\x01",
  "[ ?",
  "[ 0",
  "[/1",
  "[12 /5",
  "[",
];

const SEPARATORS = [" ", "z", "Q", "ü", "\x01"];

/**
 * Whether the line of `pieces` holds `"":""`, where the view reads every `""` as one quote (a
 * JSON text in a CSV cell; ./decoded_csv_quotes_test.ts): these pieces take a quote as plain.
 */
const holdsCsvPair = (pieces: readonly Piece[]) =>
  pieces.map((p) => p.raw).join("").includes('"":""');

Deno.test("generated lines: the view holds each piece decoded, and maps back to its source", () => {
  for (let n = 0; n < 3000; n++) {
    const pieces: Piece[] = [];
    const count = 1 + random.int(6);
    for (let k = 0; k < count; k++) {
      const roll = random.int(4);
      if (roll === 0) pieces.push(plain(random.chars(1 + random.int(6), PLAIN)));
      else if (roll === 1) pieces.push(plain(random.pick(NOT_ESCAPES)));
      else pieces.push(decodingPiece());
      pieces.push(plain(random.pick(SEPARATORS)));
    }
    if (holdsCsvPair(pieces)) n--;
    else assertView(pieces);
  }
});

Deno.test("generated long lines: escapes of each kind far apart and close together, in one view", () => {
  // The view looks for each escape's first character (ESC, `\\`, `%`, `&`) ahead of where it
  // reads: one kind may be thousands of characters away while others come and go, and an escape
  // may follow another at once (`\\\"`).
  for (let n = 0; n < 40; n++) {
    const pieces: Piece[] = [];
    for (let k = 0; k < 400; k++) {
      const roll = random.int(6);
      if (roll === 0) pieces.push(plain(random.chars(1 + random.int(3000), PLAIN)));
      else if (roll === 1) pieces.push(plain(random.pick(NOT_ESCAPES)));
      else pieces.push(decodingPiece());
      if (random.int(3) === 0) pieces.push(plain(random.pick(SEPARATORS)));
      else pieces.push(random.pick([escape('\\"', '"'), escape("\\\\", "\\"), escape("\\/", "/")]));
    }
    if (holdsCsvPair(pieces)) n--;
    else assertView(pieces);
  }
});

Deno.test("every look-alike of an escape stays as it is, alone or between plain text", () => {
  for (const raw of NOT_ESCAPES) {
    assertView([plain(raw)]);
    assertView([plain("a"), plain(raw), plain(" b")]);
    assertView([plain(raw), plain(" "), escape("%40", "@")]);
  }
});

Deno.test("a malformed control sequence loses only its ESC", () => {
  for (const rest of MALFORMED_CSI) {
    assertView([plain("a"), escape(ESC, ""), plain(rest), plain("\x01b")]);
    assertView([escape(ESC, ""), plain(rest)]);
  }
  // the escaped spellings of ESC [ are no sequence then: \u001b is one control character
  assertView([escape("\\u001b", " "), plain("[\x01 x")]);
  assertView([plain("\\x1b[\x01 x")]);
  assertView([plain("\\033[\x01 x")]);
  assertView([plain("\\e[\x01 x")]);
});

Deno.test("control sequences end at their final byte: every final, none after it read", () => {
  for (let final = 0x40; final <= 0x7e; final++) {
    const f = String.fromCharCode(final);
    for (const lead of [`${ESC}[`, "\\u001b[", "\\x1b[", "\\033[", "\\e["]) {
      for (const body of ["", "0", "?25", "1;31", " ", "2 ", "!"]) {
        assertView([plain("x"), escape(`${lead}${body}${f}`, ""), plain("@ ~y")]);
      }
    }
  }
});

Deno.test("operating system commands: ended by BEL or ESC \\ within 512 characters, else only ESC goes", () => {
  for (const end of ["\x07", `${ESC}\\`]) {
    assertView([plain("a"), escape(`${ESC}]${end}`, ""), plain("b")]);
    assertView([plain("a\x07"), escape(`${ESC}]0;t${ESC}x${end}`, ""), plain("b")]);
  }
  // the terminator's first character at offsets 509 and 510 from ESC's next: found up to 511
  for (const length of [500, 508, 509]) {
    const body = "t".repeat(length);
    assertView([plain("a"), escape(`${ESC}]${body}\x07`, ""), plain("b")]);
  }
  for (const length of [510, 511, 600]) {
    const body = "t".repeat(length);
    assertView([plain("a"), escape(ESC, ""), plain(`]${body}\x07b`)]);
  }
  assertView([plain("a"), escape(ESC, ""), plain("]title without end")]);
  assertView([plain("a"), escape(ESC, "")]);
});

Deno.test("percent-escaped UTF-8: every lead byte, and continuation bytes at their bounds", () => {
  for (let lead = 0x80; lead <= 0xff; lead++) {
    for (const cont of [0x7f, 0x80, 0xbf, 0xc0]) {
      const raw = `%${hex2(lead)}` + `%${hex2(cont)}`.repeat(3);
      const bytes = new Uint8Array([lead, cont, cont, cont]);
      const n = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
      let char: string | null = null;
      if (lead >= 0xc2 && lead <= 0xf4) {
        try {
          char = new TextDecoder("utf-8", { fatal: true }).decode(bytes.slice(0, n));
        } catch {
          char = null;
        }
      }
      const line = `(${raw})`;
      const view = decodedView(line);
      if (char === null) {
        // the lead stays; a continuation byte on its own stays too, and %7F is a control
        const want = cont === 0x7f ? line.replaceAll(/%7f/gi, " ") : line;
        strictEqual(view?.text ?? line, want, line);
      } else {
        const rest = raw.slice(3 * n).replaceAll(/%7f/gi, " ");
        strictEqual(view?.text, `(${char}${rest})`, line);
        const [start, end] = originalRange(view!, 1, 1 + char.length);
        strictEqual(line.slice(start, end), raw.slice(0, 3 * n), line);
      }
    }
  }
});

Deno.test("hiding markers: every \\u escape of a printable character holds one, controls none", () => {
  const holds = (text: string, markers: readonly string[]) => markers.some((m) => text.includes(m));
  for (let code = 0; code < 0x10000; code += code < 0x200 ? 1 : 97) {
    const escaped = `\\u${code.toString(16).padStart(4, "0")}`;
    strictEqual(holds(escaped, HIDING_MARKERS), code >= 0x20, escaped);
  }
  for (const spelling of ["\x1b[0m", "\\u001b[0m", "\\x1b[0m", "\\033[0m", "\\e[0m", "a\\\\b"]) {
    strictEqual(holds(spelling.toLowerCase(), WRAPPING_MARKERS), true, spelling);
    strictEqual(holds(spelling.toLowerCase(), HIDING_MARKERS), false, spelling);
  }
});
