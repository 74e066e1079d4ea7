/** LineFrame: a logger's wrapping, learned from one line and recognised by shape on others. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { LineFrame, MAX_BEFORE_LENGTH, MAX_INNER_TEXT_LENGTH } from "./line_frame.ts";

/** Every text `frame` offers `accept` for `line`, in order (accepting none). */
function offered(frame: LineFrame, line: string): string[] {
  const texts: string[] = [];
  frame.holds(line, (text) => {
    texts.push(text);
    return false;
  });
  return texts;
}

const word = (text: string) => /^\w+$/.test(text);

Deno.test("digits match digits of any width, whitespace any whitespace, the rest itself", () => {
  const frame = LineFrame.around("May  9 23:59:59 web-1 app[912]: ", "")!;
  ok(frame.holds("May 10 00:00:00 web-1 app[10234]: QUJD", word));
  ok(frame.holds("May\t10 0:0:0 web-1 app[1]: QUJD", word));
  ok(!frame.holds("Jun 10 00:00:00 web-1 app[10234]: QUJD", word), "a letter differs");
  ok(!frame.holds("May 10 00:00:00 web-2x app[10234]: QUJD", word), "web-2x: a letter more");
  ok(!frame.holds("May 10 00:00:00 web-1 app[10234]: QUJD more", word), "two words");
});

Deno.test("the text after must match whole at the end of the line", () => {
  const frame = LineFrame.around('{"ts":"12:00:01","msg":"', '","n":7}')!;
  // The text offered after each point of the text before that is punctuation, then after all of it.
  deepStrictEqual(offered(frame, '{"ts":"12:00:02","msg":"QUJD","n":12}  '), [
    '"ts":"12:00:02","msg":"QUJD',
    'ts":"12:00:02","msg":"QUJD',
    ':"12:00:02","msg":"QUJD',
    '"12:00:02","msg":"QUJD',
    '12:00:02","msg":"QUJD',
    '00:02","msg":"QUJD',
    '02","msg":"QUJD',
    ',"msg":"QUJD',
    '"msg":"QUJD',
    'msg":"QUJD',
    ':"QUJD',
    '"QUJD',
    "QUJD",
  ]);
  strictEqual(frame.holds('{"ts":"9:9:9","msg":"QUJD","n":7', word), false, "no closing brace");
  strictEqual(frame.holds('{"ts":"9:9:9","msg":"QUJD","n":7} x', word), false, "more after it");
  ok(frame.holds('{"ts":"9:9:9","msg":"QUJD","n":7}', word));
});

Deno.test("the text before matches whole or up to a space or punctuation, never inside a word", () => {
  const frame = LineFrame.around("2024-05-01T12:00:00Z INFO keys - loading key: ", "")!;
  ok(frame.holds("2024-05-01T12:00:09Z INFO keys - QUJD", word), "the logger's own prefix");
  ok(frame.holds("2024-05-01T12:00:09Z INFO keys - loading key: QUJD", word), "all of it");
  deepStrictEqual(offered(frame, "2024-05-01T12:00:09Z INFO keysQUJD"), [
    "05-01T12:00:09Z INFO keysQUJD",
    "01T12:00:09Z INFO keysQUJD",
    "00:09Z INFO keysQUJD",
    "09Z INFO keysQUJD",
    "INFO keysQUJD",
    "keysQUJD", // never a text that starts inside a word of the text before
  ]);
  ok(!frame.holds("2024-05-01T12:00:09Z WARN keys - QUJD more", word));
  // A logger's trailing space may be trimmed from an empty message.
  ok(frame.holds("2024-05-01T12:00:09Z INFO keys -", (t) => t === ""));
});

Deno.test("no frame without text around the marker; past MAX_BEFORE_LENGTH the text before is cut, not dropped", () => {
  strictEqual(LineFrame.around("", ""), null);
  strictEqual(LineFrame.around("  ", " \r"), null);
  const logger = "2024-05-01T12:00:00Z INFO keys - ";
  const long = logger + "w ".repeat(MAX_BEFORE_LENGTH) + "loading key: ";
  const frame = LineFrame.around(long, "")!;
  ok(frame.holds(logger + "QUJD", word), "a short last line after the logger's prefix");
});

Deno.test("work per line is bounded: inside the text before, no text over MAX_INNER_TEXT_LENGTH is offered", () => {
  const frame = LineFrame.around("A-".repeat(MAX_BEFORE_LENGTH), "")!;
  const long = "A-".repeat(MAX_BEFORE_LENGTH / 2) + "B".repeat(5000);
  // Every point of the text before is punctuation, and the rest of the line is long: only the
  // whole of the text before is offered a text.
  deepStrictEqual(offered(frame, long).map((t) => t.length), [5000]);
  const short = "A-".repeat(MAX_BEFORE_LENGTH / 2) + "B";
  const texts = offered(frame, short);
  ok(texts.length > 100, `${texts.length}`);
  ok(texts.every((t) => t.length <= MAX_INNER_TEXT_LENGTH), "a long text was offered");
});
