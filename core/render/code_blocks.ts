/**
 * Excerpt text → ``` code-block texts that each fit one section (≤ `maxChars` after escaping).
 * Escaping expands text (`<` → `&lt;`), so chunks sized before escaping are re-split here: on line
 * boundaries where possible, a line longer than a block is cut (never inside an entity or a
 * surrogate pair) and continues in the next block.
 */
import { escapeCodeBlockText } from "./slack_escape.ts";

const FENCE_OPEN = "```\n";
const FENCE_CLOSE = "\n```";
const LONGEST_ENTITY = "&amp;".length;

export interface CodeBlockPiece {
  /** The section text, fences included. */
  text: string;
  /** Source lines that end inside this piece (a line cut across pieces counts once, at its end). */
  lines: number;
}

/** Yields the pieces in excerpt order; their `lines` add up to the excerpt's line count. */
export function* codeBlockPieces(
  chunks: readonly string[],
  maxChars: number,
): Generator<CodeBlockPiece> {
  const room = maxChars - FENCE_OPEN.length - FENCE_CLOSE.length;
  if (room < LONGEST_ENTITY + 2) throw new RangeError("code block size too small to hold text");
  for (const chunk of chunks) {
    if (chunk === "") continue;
    let body = "";
    let lines = 0;
    for (const rawLine of chunk.split("\n")) {
      let line = escapeCodeBlockText(rawLine);
      const joined = body === "" && lines === 0 ? line : `${body}\n${line}`;
      if (joined.length <= room) {
        body = joined;
        lines++;
        continue;
      }
      if (body !== "" || lines > 0) yield fence(body, lines);
      while (line.length > room) {
        const cut = safeCut(line, room);
        yield fence(line.slice(0, cut), 0);
        line = line.slice(cut);
      }
      body = line;
      lines = 1;
    }
    if (body !== "" || lines > 0) yield fence(body, lines);
  }
}

function fence(body: string, lines: number): CodeBlockPiece {
  return { text: `${FENCE_OPEN}${body === "" ? " " : body}${FENCE_CLOSE}`, lines };
}

/** The largest cut ≤ `max` that splits neither an `&…;` entity nor a surrogate pair. */
function safeCut(text: string, max: number): number {
  let cut = max;
  const amp = text.lastIndexOf("&", cut - 1);
  if (amp >= 0 && amp > cut - LONGEST_ENTITY) {
    const semi = text.indexOf(";", amp);
    if (semi === -1 || semi >= cut) cut = amp;
  }
  const before = text.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut--;
  return cut;
}
