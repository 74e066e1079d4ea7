import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { codeBlockPieces } from "./code_blocks.ts";

const MAX = 3000;
const inner = (text: string) => text.slice(4, -4).replaceAll("\u200B", "");
const unescape = (t: string) =>
  t.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

Deno.test("short chunks become one fenced block each, lines counted", () => {
  const pieces = [...codeBlockPieces(["a\nb", "c"], MAX)];
  deepStrictEqual(pieces, [{ text: "```\na\nb\n```", lines: 2 }, {
    text: "```\nc\n```",
    lines: 1,
  }]);
  const excerptLines = [...codeBlockPieces(["a\nb", "", "c"], MAX)].reduce(
    (n, p) => n + p.lines,
    0,
  );
  strictEqual(excerptLines, 3);
});

Deno.test("escaping expansion is re-split so every block stays within the limit", () => {
  const chunk = Array.from({ length: 40 }, () => "<".repeat(70)).join("\n"); // 2,839 chars raw
  const pieces = [...codeBlockPieces([chunk], MAX)];
  ok(pieces.length >= 4, `expected a re-split, got ${pieces.length}`);
  for (const p of pieces) ok(p.text.length <= MAX, `${p.text.length}`);
  strictEqual(pieces.reduce((n, p) => n + p.lines, 0), 40);
  strictEqual(pieces.map((p) => unescape(inner(p.text))).join("\n"), chunk);
});

Deno.test("a line longer than a block is cut across blocks without breaking entities", () => {
  const line = "x&".repeat(4000);
  const pieces = [...codeBlockPieces([line], MAX)];
  for (const p of pieces) {
    ok(p.text.length <= MAX);
    ok(!/&(a|am|amp)?$/.test(inner(p.text)), "no entity cut at a block end");
  }
  strictEqual(pieces.map((p) => unescape(inner(p.text))).join(""), line);
  strictEqual(pieces.reduce((n, p) => n + p.lines, 0), 1, "the cut line counts once");
});

Deno.test("a cut never splits a surrogate pair", () => {
  const line = "😀".repeat(3000);
  for (const p of codeBlockPieces([line], 101)) {
    const body = inner(p.text);
    ok(!/[\uD800-\uDBFF]$/.test(body) && !/^[\uDC00-\uDFFF]/.test(body));
  }
});

Deno.test("code fences inside log lines cannot close the block", () => {
  const [piece] = [...codeBlockPieces(["```\n<!channel> *bold* ```` end"], MAX)];
  strictEqual(piece.text.indexOf("``", 3), piece.text.length - 3, "only the closing fence");
  ok(piece.text.includes("&lt;!channel&gt;"));
});
