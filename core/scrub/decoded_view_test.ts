/** The decoded view: what it decodes, what it leaves, and the map back to the original line. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { decodedView, originalRange } from "./decoded_view.ts";

/** The view's text, and the original text each view character came from. */
function decode(line: string): [string, string[]] | null {
  const view = decodedView(line);
  if (view === null) return null;
  const sources = Array.from(
    { length: view.text.length },
    (_, i) => line.slice(...originalRange(view, i, i + 1)),
  );
  return [view.text, sources];
}

Deno.test("plain lines have no view", () => {
  for (
    const line of [
      "",
      "GET /index.html 200 12ms",
      "100% done, 50%off, %zz and %4",
      "C:\\Program Files\\app", // \P and \a are no escapes
      "price: 10%",
    ]
  ) strictEqual(decodedView(line), null, line);
});

Deno.test("terminal colour and control sequences are removed, raw or escaped", () => {
  strictEqual(decode("\x1b[33mwarn\x1b[0m ok")![0], "warn ok");
  strictEqual(decode("\x1b[1;38;5;208mkey\x1b[m")![0], "key");
  strictEqual(decode("\x1b]0;title\x07text")![0], "text");
  strictEqual(decode('{"msg":"\\u001b[31mfail\\u001b[0m"}')![0], '{"msg":"fail"}');
  strictEqual(decode("\\x1b[32mok\\033[0m \\e[1mbold")![0], "ok bold");
  strictEqual(decode("lone \x1b")![0], "lone ");
});

Deno.test("JSON escapes are decoded; control escapes become spaces", () => {
  deepStrictEqual(decode("alice\\u0040example.com")![0], "alice@example.com");
  strictEqual(decode("https:\\/\\/h.example\\/p")![0], "https://h.example/p");
  strictEqual(decode('{\\"a\\":\\"b\\\\c\\"}')![0], '{"a":"b\\c"}');
  strictEqual(decode("a\\nb\\tc")![0], "a b c");
  strictEqual(decode("\\ud83d\\ude00!")![0], "\u{1f600}!");
  strictEqual(decode("\\u00zz stays \\/")![0], "\\u00zz stays /");
});

Deno.test("percent-escapes are decoded, UTF-8 sequences whole, invalid bytes left", () => {
  strictEqual(decode("a%40b.com%2Fx%3d")![0], "a@b.com/x=");
  strictEqual(decode("m%C3%BCller")![0], "müller");
  strictEqual(decode("%E4%BE%8B%E5%AD%90")![0], "例子");
  strictEqual(decode("bad %C3%28 and %FF %2F")![0], "bad %C3( and %FF /");
});

Deno.test("every view character maps back to exactly the text it came from", () => {
  const line = "x=\x1b[1malice\\u0040ex.com%2Fp\x1b[0m;";
  const [text, sources] = decode(line)!;
  strictEqual(text, "x=alice@ex.com/p;");
  deepStrictEqual(sources.slice(0, 3), ["x", "=", "a"]);
  strictEqual(sources[7], "\\u0040");
  strictEqual(sources[14], "%2F");
  const view = decodedView(line)!;
  const at = text.indexOf("alice");
  const [start, end] = originalRange(view, at, text.indexOf(";"));
  strictEqual(line.slice(start, end), "alice\\u0040ex.com%2Fp");
});

Deno.test("a decoded view is never longer than its line, and decodes once", () => {
  // `%25` before a hex pair is one escape written twice (a URL in a query string): decoded
  // both times, no more; a character that splits a query's value, once only.
  strictEqual(decode("%252F")![0], "/");
  strictEqual(decode("%25252F")![0], "%252F");
  strictEqual(decode("100%25ab %25zz")![0], "100%ab %zz");
  strictEqual(decode("k%3Dab%2526cd%253D")![0], "k=ab%26cd%3D");
  strictEqual(decode("\\\\u0040")![0], "\\u0040");
  for (const line of ["%41%42", "\\u0041\\u0042", "\x1b[0m\x1b[0m"]) {
    const view = decodedView(line)!;
    strictEqual(view.text.length <= line.length, true);
  }
});

Deno.test("a long view maps every range back as a walk over its edits in order does", () => {
  /** Where view position `p` starts and the view character at `p` ends, edit by edit. */
  const walk = (edits: readonly number[], p: number, end: boolean) => {
    let offset = 0;
    for (let e = 0; e < edits.length && edits[e] <= p; e += 4) {
      if (p < edits[e + 1]) return edits[e + (end ? 3 : 2)];
      offset = edits[e + 3] - edits[e + 1];
    }
    return p + (end ? 1 : 0) + offset;
  };
  // Escapes that decode to one character, to none (colours) and to several, side by side.
  const pieces = ['\\"', "%40", "\x1b[0m", "\\u00e9", "&amp;", "x", " ", "\\\\", "%E4%BE%8B"];
  let line = "";
  for (let i = 0; line.length < 4000; i++) line += pieces[(i * 7) % pieces.length] + "ab"[i % 2];
  const view = decodedView(line)!;
  ok(view.edits.length / 4 > 500);
  for (let start = 0; start < view.text.length; start += 3) {
    for (const end of [start + 1, start + 2, start + 17, view.text.length]) {
      if (end > view.text.length) continue;
      deepStrictEqual(
        originalRange(view, start, end),
        [walk(view.edits, start, false), walk(view.edits, end - 1, true)],
        `${start}-${end}`,
      );
    }
  }
});
