/**
 * A logger's frame judged character by character, for every ASCII character: in the text before
 * and the text after a key line, a digit matches a run of other digits, whitespace (tab, line
 * feed, vertical tab, form feed, carriage return, space) a run of other whitespace, anything else
 * only itself; the text before may stop at any character that is not a letter or digit, with the
 * wrapped text then up to MAX_INNER_TEXT_LENGTH characters long.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { LineFrame, MAX_INNER_TEXT_LENGTH } from "./line_frame.ts";

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isLetterOrDigit = (c: number) => /^[A-Za-z0-9]$/.test(String.fromCharCode(c));
/** Another character of the same run class as `c` (a digit for a digit, whitespace for whitespace). */
const sameClass = (c: number) => isDigit(c) ? (c === 0x37 ? "42" : "7") : c === 0x20 ? "\t\t" : " ";

const TEXT = "QUJDREVG";
const is = (expected: string) => (text: string) => text === expected;

function frame(before: string, after: string): LineFrame {
  const f = LineFrame.around(before, after);
  if (f === null) throw new Error(`no frame around ${JSON.stringify([before, after])}`);
  return f;
}

/** Every text `f` offers for `line`, in order (accepting none). */
function offered(f: LineFrame, line: string): string[] {
  const texts: string[] = [];
  f.holds(line, (text) => {
    texts.push(text);
    return false;
  });
  return texts;
}

const ASCII = Array.from({ length: 0x80 }, (_, c) => c);

Deno.test("line frame: in the text before, a character matches itself, or another of its run class", () => {
  for (const c of ASCII) {
    const ch = String.fromCharCode(c);
    const f = frame(`[${ch}] `, "");
    const name = `U+${c.toString(16).padStart(4, "0")}`;
    // Itself always matches.
    strictEqual(f.holds(`[${ch}] ${TEXT}`, is(TEXT)), true, `${name} itself`);
    // A run of another digit or whitespace matches only when it is a digit or whitespace.
    strictEqual(
      f.holds(`[${sameClass(c)}] ${TEXT}`, is(TEXT)),
      isDigit(c) || isSpace(c),
      `${name} by its class`,
    );
    // A character of no run class never stands for another.
    if (!isDigit(c) && !isSpace(c)) {
      for (const other of ["7", " ", "x", "-"]) {
        if (other !== ch) {
          strictEqual(f.holds(`[${other}] ${TEXT}`, is(TEXT)), false, `${name} ≠ ${other}`);
        }
      }
      // Twice is twice: only runs of digits or whitespace stretch.
      const twice = frame(`[${ch}${ch}] `, "");
      strictEqual(twice.holds(`[${ch}] ${TEXT}`, is(TEXT)), false, `${name} twice`);
      strictEqual(f.holds(`[${ch}${ch}] ${TEXT}`, is(TEXT)), false, `${name} once`);
    }
  }
});

Deno.test("line frame: in the text after, a character matches itself, or another of its run class", () => {
  for (const c of ASCII) {
    const ch = String.fromCharCode(c);
    // After the text: a closing quote, the character, a closing brace (trailing whitespace is trimmed).
    const f = frame("msg=", `"${ch}}`);
    const name = `U+${c.toString(16).padStart(4, "0")}`;
    strictEqual(f.holds(`msg=${TEXT}"${ch}}`, is(TEXT)), true, `${name} itself`);
    strictEqual(
      f.holds(`msg=${TEXT}"${sameClass(c)}}`, is(TEXT)),
      isDigit(c) || isSpace(c),
      `${name} by its class`,
    );
    if (!isDigit(c) && !isSpace(c)) {
      for (const other of ["7", " ", "x", "-"]) {
        if (other !== ch) {
          strictEqual(f.holds(`msg=${TEXT}"${other}}`, is(TEXT)), false, `${name} ≠ ${other}`);
        }
      }
    }
    // A text after that is missing, or holds one character more, never matches.
    strictEqual(f.holds(`msg=${TEXT}`, is(TEXT)), false, `${name}: nothing after`);
    strictEqual(f.holds(`msg=${TEXT}"${ch}}}`, is(TEXT)), false, `${name}: a brace more`);
  }
});

Deno.test("line frame: the text before may stop after any character but a letter or digit", () => {
  for (const c of ASCII) {
    if (isSpace(c) || c === 0x0a) continue;
    const ch = String.fromCharCode(c);
    // The line carries the frame's text before up to the character, then the key text.
    const f = frame(`ts${ch}loading key: `, "");
    const stops = !isLetterOrDigit(c);
    strictEqual(
      f.holds(`ts${ch}${TEXT}`, is(TEXT)),
      stops,
      `U+${c.toString(16).padStart(4, "0")}: ${stops ? "a stop" : "no stop"}`,
    );
  }
});

Deno.test("line frame: at a stop inside the text before, a wrapped text of up to MAX_INNER_TEXT_LENGTH characters", () => {
  const f = frame("key: loading ", "");
  for (const length of [1, MAX_INNER_TEXT_LENGTH - 1, MAX_INNER_TEXT_LENGTH]) {
    const text = "A".repeat(length);
    strictEqual(f.holds(`key:${text}`, is(text)), true, `${length} characters`);
  }
  for (const length of [MAX_INNER_TEXT_LENGTH + 1, MAX_INNER_TEXT_LENGTH + 2]) {
    const text = "A".repeat(length);
    strictEqual(f.holds(`key:${text}`, is(text)), false, `${length} characters`);
  }
});

Deno.test("line frame: runs of digits and whitespace are whole, at the start, the end and next to each other", () => {
  const f = frame("12 ", " 34");
  deepStrictEqual(offered(f, `9 ${TEXT} 0`), [TEXT]);
  deepStrictEqual(offered(f, `98765\t \t${TEXT}\t\t  1234567`), [TEXT]);
  // A run cannot be empty, nor end inside digits or whitespace.
  deepStrictEqual(offered(f, ` ${TEXT} 0`), []);
  deepStrictEqual(offered(f, `9${TEXT} 0`), []);
  deepStrictEqual(offered(f, `9 ${TEXT}0`), []);
  deepStrictEqual(offered(f, `9 ${TEXT} `), []);
  deepStrictEqual(offered(f, `9 ${TEXT} x0`), []);
  // The wrapped text is what lies between the runs, whatever it is made of.
  deepStrictEqual(offered(f, "1 a 2"), ["a"]);
  deepStrictEqual(offered(f, "1 x1 2"), ["x1"]);
  // A frame of only a text after: the whole line before it is offered.
  const afterOnly = frame("", ' "}');
  deepStrictEqual(offered(afterOnly, `${TEXT} "}`), [TEXT]);
  deepStrictEqual(offered(afterOnly, ` "}`), [""]);
  deepStrictEqual(offered(afterOnly, `"}`), []);
  // A frame of only a text before ending in whitespace: a line of the text before alone offers
  // the empty text (the logger trimmed its trailing space).
  const beforeOnly = frame("t1 ", "");
  deepStrictEqual(offered(beforeOnly, "t22"), [""]);
  deepStrictEqual(offered(beforeOnly, "t22  "), [""]);
  deepStrictEqual(offered(beforeOnly, "t"), []);
  deepStrictEqual(offered(beforeOnly, "t22x"), []);
});

Deno.test("line frame: a part of the frame that does not match fails the line, wherever it is", () => {
  // In the text before: a run or a character that is not there, at the end of the line or not.
  deepStrictEqual(offered(frame("x1x", ""), "x"), []);
  deepStrictEqual(offered(frame("x1x", ""), "xzQ"), []);
  deepStrictEqual(offered(frame("x x", ""), "xzQ"), []);
  deepStrictEqual(offered(frame("xyx", ""), "xzQ"), []);
  // In the text after: the same, reading back from the end of the line.
  deepStrictEqual(offered(frame("", "1}"), "A}"), []);
  deepStrictEqual(offered(frame("", " }"), "A}"), []);
  deepStrictEqual(offered(frame("", '"}'), "A}"), []);
  // The text after may take the whole line, a run or a character at its very start.
  deepStrictEqual(offered(frame("", '"}'), '"}'), [""]);
  deepStrictEqual(offered(frame("", "1}"), "12}"), [""]);
  deepStrictEqual(offered(frame("", "1}"), "A12}"), ["A"]);
  // A text after that lies inside the text before's span is never matched across it.
  deepStrictEqual(offered(frame('k"', '"}'), 'k"}'), []);
  // A blank line in a frame that begins with whitespace is offered as an empty text.
  deepStrictEqual(offered(frame(" [x] ", ""), ""), [""]);
  deepStrictEqual(offered(frame(" [x] ", ""), "   "), [""]);
});
