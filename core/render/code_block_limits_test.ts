/**
 * Excerpt chunks as code blocks, on generated text (escapable characters, backticks, emoji,
 * long and short lines) and random block sizes: every block fits, holds exactly the chunk's
 * text in order once unescaped, counts each line once, is closed only when the next line did
 * not fit, and a line longer than a block is cut as late as an entity or surrogate pair allows.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { codeBlockPieces } from "./code_blocks.ts";
import { escapeCodeBlockText } from "./slack_escape.ts";

const random = seededRandom(0xc0de);
const FENCES = "```\n".length + "\n```".length;
const body = (text: string) => text.slice(4, -4);
const unescape = (t: string) =>
  t.replaceAll("\u200B", "").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll(
    "&amp;",
    "&",
  );

function line(maxLength: number): string {
  const alphabet = random.pick(["abc xyz 0123", "<>&", "`*_~", "😀é€", "a<b&c>`d😀"]);
  let out = "";
  const length = 1 + random.int(maxLength);
  while (out.length < length) out += random.pick([...alphabet]);
  return out;
}

/** Lines of every length, some empty (never a lone space, which a block shows for an empty one). */
function chunk(maxChars: number): string {
  return Array.from({ length: 1 + random.int(8) }, () => {
    const kind = random.int(6);
    if (kind === 0) return "";
    const l = line(kind === 1 ? 3 * maxChars : maxChars / 3);
    return l === " " ? "x" : l;
  }).join("\n") || "x"; // an empty chunk has no block at all (see below)
}

Deno.test("blocks fit, keep the chunk's text in order, and count each line once", () => {
  for (let i = 0; i < 400; i++) {
    const maxChars = FENCES + 7 + random.int(80);
    const text = chunk(maxChars);
    const pieces = [...codeBlockPieces([text], maxChars)];
    let rebuilt = "";
    for (const p of pieces) {
      ok(p.text.length <= maxChars, `${p.text.length} > ${maxChars}`);
      ok(p.text.startsWith("```\n") && p.text.endsWith("\n```"), p.text);
      const b = body(p.text);
      rebuilt += (b === " " ? "" : unescape(b)) + (p.lines > 0 ? "\n" : "");
    }
    strictEqual(rebuilt, text + "\n", `${maxChars}: ${JSON.stringify(text)}`);
    strictEqual(pieces.reduce((n, p) => n + p.lines, 0), text.split("\n").length);
  }
});

Deno.test("a block is closed only when the next line did not fit; a cut is as late as allowed", () => {
  let judged = 0;
  for (let i = 0; i < 400; i++) {
    const maxChars = FENCES + 7 + random.int(80);
    const room = maxChars - FENCES;
    const pieces = [...codeBlockPieces([chunk(maxChars)], maxChars)];
    for (let k = 0; k + 1 < pieces.length; k++) {
      const here = body(pieces[k].text), next = body(pieces[k + 1].text);
      if (pieces[k].lines === 0) {
        // A cut: backed off at most an entity's length (or one code unit of a surrogate pair).
        ok(here.length > room - "&amp;".length - 1, `cut at ${here.length} of ${room}`);
        continue;
      }
      // The next line was too long for any block: it starts a run of cut pieces.
      if (pieces[k + 1].lines === 0) continue;
      const nextFirst = next.split("\n")[0];
      ok(
        here.length + 1 + nextFirst.length > room,
        `${JSON.stringify(nextFirst)} fitted after ${here.length} of ${room}`,
      );
      judged++;
    }
  }
  ok(judged > 200, `${judged} block boundaries judged`);
});

Deno.test("a line that fills a block exactly stays in it; one character more, it is cut", () => {
  for (const maxChars of [FENCES + 7, FENCES + 20, 3000]) {
    const room = maxChars - FENCES;
    const exact = "x".repeat(room);
    const [one] = [...codeBlockPieces([exact], maxChars)];
    strictEqual(one.text, "```\n" + exact + "\n```");
    strictEqual([...codeBlockPieces([exact + "y"], maxChars)].length, 2);
    // Two lines that together fill the block exactly share it.
    const a = "a".repeat(Math.floor((room - 1) / 2)), b = "b".repeat(room - 1 - a.length);
    strictEqual([...codeBlockPieces([`${a}\n${b}`], maxChars)].length, 1);
    strictEqual([...codeBlockPieces([`${a}\n${b}c`], maxChars)].length, 2);
  }
});

Deno.test("entities and surrogate pairs are never split at a cut, at every cut position", () => {
  for (let maxChars = FENCES + 7; maxChars < FENCES + 40; maxChars++) {
    for (const unit of ["&", "<", ">", "😀", "a&", "a😀"]) {
      const text = unit.repeat(60);
      const pieces = [...codeBlockPieces([text], maxChars)];
      for (const p of pieces) {
        const b = body(p.text);
        ok(!/&(?:a|am|amp|l|lt|g|gt)?$/.test(b), `entity split: ${JSON.stringify(b.slice(-6))}`);
        ok(!/[\uD800-\uDBFF]$/.test(b) && !/^[\uDC00-\uDFFF]/.test(b), "surrogate pair split");
      }
      strictEqual(pieces.map((p) => unescape(body(p.text))).join(""), text);
      strictEqual(escapeCodeBlockText(text).length > maxChars - FENCES, pieces.length > 1);
    }
  }
});

/** Where a block of `room` characters cuts escaped text: not inside an entity or a surrogate pair. */
function expectedCut(escaped: string, room: number): number {
  let cut = room;
  for (const m of escaped.matchAll(/&(?:amp|lt|gt);/g)) {
    if (m.index! < cut && cut < m.index! + m[0].length) cut = m.index!;
  }
  const before = escaped.charCodeAt(cut - 1);
  return before >= 0xd800 && before <= 0xdbff ? cut - 1 : cut;
}

Deno.test("a long line is cut exactly where its block ends, or just before an entity or pair there", () => {
  for (let maxChars = FENCES + 7; maxChars < FENCES + 50; maxChars++) {
    for (const unit of ["a&", "ab<", "&&x", "😀&", "a😀", "é>", "&amp;"]) {
      const text = unit.repeat(40);
      const escaped = escapeCodeBlockText(text);
      const [first] = [...codeBlockPieces([text], maxChars)];
      strictEqual(
        body(first.text).length,
        expectedCut(escaped, maxChars - FENCES),
        `${unit} in ${maxChars}`,
      );
    }
  }
});

Deno.test("a block must hold the longest entity and more: smaller sizes are refused", () => {
  let refused = false;
  try {
    [...codeBlockPieces(["x"], FENCES + 6)];
  } catch (error) {
    refused = error instanceof RangeError;
  }
  ok(refused, "room for 6 characters is too small");
  strictEqual([...codeBlockPieces(["x"], FENCES + 7)].length, 1, "room for 7 is enough");
});

Deno.test("empty lines are kept, counted, and an empty chunk body is shown as a space", () => {
  for (const text of ["", "\n", "a\n\nb", "\n\n\nx", "x\n\n"]) {
    const pieces = [...codeBlockPieces([text], FENCES + 40)];
    if (text === "") {
      strictEqual(pieces.length, 0, "an empty chunk has no block");
      continue;
    }
    strictEqual(
      pieces.reduce((n, p) => n + p.lines, 0),
      text.split("\n").length,
      JSON.stringify(text),
    );
    strictEqual(pieces.length, 1);
    const b = body(pieces[0].text);
    strictEqual(b === " " ? "" : b, text, JSON.stringify(text));
  }
});
