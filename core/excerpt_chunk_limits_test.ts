/**
 * The excerpt's packing, on generated records (one to three lines, ASCII and 2-, 3- and 4-byte
 * characters, entities from escaping) under random small limits: every chunk fits its character
 * and UTF-8 byte limits exactly as Slack counts them, no more chunks than allowed, the newest
 * records kept whole and in order, a chunk closed only when the next record really did not fit,
 * and `dropped` true exactly when a matching record is not shown.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../devkit/sample_logs/random.ts";
import {
  buildExcerpt,
  CUT_MARKER,
  cutLine,
  type ExcerptLimits,
  isRecordStart,
  utf8Length,
} from "./excerpt.ts";
import type { LogRecord } from "./sources/types.ts";

const random = seededRandom(0xe3c);
/** The scrubber is not under test here: text passes through unchanged. */
const passThrough = { scrub: (text: string) => ({ text, counts: {} }) };

/** Characters of every UTF-8 length, and the ones escaping turns into entities. */
const ALPHABETS = [
  "abcdefghijklmnopqrstuvwxyz0123456789 .:=",
  "é\u0080\u07ff",
  "€\u0800\uffff",
  "😀\u{10000}\u{10ffff}",
  "<>&",
];

function text(length: number): string {
  let out = "";
  while (out.length < length) out += random.pick([...random.pick(ALPHABETS)]);
  return out;
}

/** `n` records, newest first, each one to three lines. */
function generated(n: number, maxChars: number): LogRecord[] {
  return Array.from({ length: n }, (_, k) => {
    const lines = Array.from({ length: 1 + random.int(3) }, () => text(1 + random.int(maxChars)));
    const time = new Date(Date.UTC(2026, 10, 29, 10) + (n - k) * 1000).toISOString();
    return { time, message: lines.join("\n"), attributes: {} };
  });
}

function limits(): ExcerptLimits {
  const maxChunkChars = 40 + random.int(120);
  return {
    maxChunkChars,
    maxChunkBytes: maxChunkChars + random.int(3 * maxChunkChars),
    maxChunks: 1 + random.int(5),
  };
}

/** The records a chunk holds, each as its lines (a chunk may start inside a spread record). */
function recordsOf(chunk: string): string[][] {
  const out: string[][] = [];
  for (const line of chunk.split("\n")) {
    if (isRecordStart(line) || out.length === 0) out.push([line]);
    else out.at(-1)!.push(line);
  }
  return out;
}

const size = (lines: string[]) => ({
  chars: lines.join("\n").length,
  bytes: utf8Length(lines.join("\n")),
});

Deno.test("every chunk fits its limits, and there are never more chunks than allowed", () => {
  for (let i = 0; i < 300; i++) {
    const l = limits();
    const excerpt = buildExcerpt(generated(1 + random.int(12), l.maxChunkChars), passThrough, {
      limits: l,
    });
    ok(excerpt.chunks.length <= l.maxChunks, `${excerpt.chunks.length} chunks of ${l.maxChunks}`);
    for (const chunk of excerpt.chunks) {
      ok(chunk.length <= l.maxChunkChars, `${chunk.length} chars of ${l.maxChunkChars}`);
      ok(utf8Length(chunk) <= l.maxChunkBytes, `${utf8Length(chunk)} bytes of ${l.maxChunkBytes}`);
    }
  }
});

Deno.test("a chunk is closed only when the next, older record did not fit in it", () => {
  let boundaries = 0;
  for (let i = 0; i < 300; i++) {
    const l = limits();
    const { chunks } = buildExcerpt(
      generated(2 + random.int(12), l.maxChunkChars / 2),
      passThrough,
      {
        limits: l,
      },
    );
    for (let c = 0; c + 1 < chunks.length; c++) {
      const older = recordsOf(chunks[c]);
      const newer = chunks[c + 1];
      const last = older.at(-1)!;
      // A record too long for any chunk is spread over several: no boundary to judge there.
      if (!isRecordStart(newer.split("\n")[0]) || older.length === 1 && !isRecordStart(last[0])) {
        continue;
      }
      const alone = size(last);
      if (alone.chars > l.maxChunkChars || alone.bytes > l.maxChunkBytes) continue;
      const joined = size([...last, ...newer.split("\n")]);
      ok(
        joined.chars > l.maxChunkChars || joined.bytes > l.maxChunkBytes,
        `${JSON.stringify(last)} would have fit before ${JSON.stringify(newer)} (${
          JSON.stringify(l)
        })`,
      );
      boundaries++;
    }
  }
  ok(boundaries > 100, `${boundaries} chunk boundaries judged`);
});

Deno.test("the newest records are shown whole and in order; dropped says whether any is missing", () => {
  for (let i = 0; i < 300; i++) {
    const l = limits();
    const records = generated(1 + random.int(10), l.maxChunkChars / 3);
    const excerpt = buildExcerpt(records, passThrough, { limits: l });
    strictEqual(excerpt.matched, records.length);
    strictEqual(excerpt.dropped, excerpt.lineCount < records.length);
    const shown = excerpt.chunks.join("\n").split("\n").filter(isRecordStart).length;
    strictEqual(shown, excerpt.lineCount, "every record counted is shown, and only those");
    // The newest `lineCount` records, oldest first, each starting with its own time.
    const expected = records.slice(0, excerpt.lineCount).toReversed().map((r) => r.time);
    deepStrictEqual(
      excerpt.chunks.join("\n").split("\n").filter(isRecordStart).map((line) => line.slice(0, 24)),
      expected,
    );
  }
});

Deno.test("chunks filled to the last character or byte are used, not left for a new chunk", () => {
  // Records of exactly known size: "<time> " + message, one line each.
  const time = (k: number) => new Date(Date.UTC(2026, 10, 29, 10) + k * 1000).toISOString();
  for (const width of [1, 2, 3, 4]) {
    const char = ["a", "é", "€", "😀"][width - 1];
    const message = char.repeat(10);
    const line = `${time(0)} ${message}`;
    const chars = line.length, bytes = utf8Length(line);
    const n = 3;
    const records: LogRecord[] = Array.from({ length: n }, (_, k) => ({
      time: time(n - k),
      message,
      attributes: {},
    }));
    // Exactly three lines and two newlines: one chunk, by characters and by bytes.
    const exact = {
      maxChunkChars: n * chars + n - 1,
      maxChunkBytes: n * bytes + n - 1,
      maxChunks: 1,
    };
    const fit = buildExcerpt(records, passThrough, { limits: exact });
    strictEqual(fit.lineCount, n, `${width}-byte characters: exactly full`);
    strictEqual(fit.dropped, false);
    // One byte or character less: the oldest record no longer fits, and it is reported.
    for (
      const tighter of [{ ...exact, maxChunkChars: exact.maxChunkChars - 1 }, {
        ...exact,
        maxChunkBytes: exact.maxChunkBytes - 1,
      }]
    ) {
      const cut = buildExcerpt(records, passThrough, { limits: tighter });
      strictEqual(cut.lineCount, n - 1, JSON.stringify(tighter));
      strictEqual(cut.dropped, true);
    }
  }
});

Deno.test("cutLine counts UTF-8 bytes as an encoder does, at every code point size boundary", () => {
  const boundaries = ["\u007f", "\u0080", "\u07ff", "\u0800", "\uffff", "\u{10000}", "\u{10ffff}"];
  for (const c of boundaries) {
    // Limits with room for the marker (8 bytes) and a character or more.
    for (let maxChars = CUT_MARKER.length + 4; maxChars < 40; maxChars++) {
      for (const maxBytes of [maxChars + 4, 2 * maxChars, 4 * maxChars]) {
        const line = c.repeat(30) + "x";
        const cut = cutLine(line, maxChars, maxBytes);
        strictEqual(
          cut.bytes,
          utf8Length(cut.text),
          `${JSON.stringify(c)} at ${maxChars}/${maxBytes}`,
        );
        ok(cut.text.length <= maxChars && cut.bytes <= maxBytes, JSON.stringify(cut));
        if (cut.text !== line) ok(cut.text.endsWith(CUT_MARKER));
        // Cut as late as the limits allow: one more character would not have fitted.
        if (cut.text !== line) {
          const kept = cut.text.slice(0, -CUT_MARKER.length);
          const longer = line.slice(0, kept.length + c.length) + CUT_MARKER;
          ok(
            longer.length > maxChars || utf8Length(longer) > maxBytes,
            `${JSON.stringify(c)}: ${kept.length} kept at ${maxChars}/${maxBytes}`,
          );
        }
      }
    }
  }
});

Deno.test("a line that fits exactly is kept whole; one character or byte over, it is cut", () => {
  for (const c of ["a", "é", "€", "😀"]) {
    const line = c.repeat(12);
    strictEqual(cutLine(line, line.length, utf8Length(line)).text, line);
    ok(cutLine(line, line.length - 1, utf8Length(line)).text.endsWith(CUT_MARKER));
    ok(cutLine(line, line.length, utf8Length(line) - 1).text.endsWith(CUT_MARKER));
  }
});
