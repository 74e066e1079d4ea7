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

Deno.test("at most 40 chunks by default: the oldest records beyond them are dropped and said so", () => {
  const records: LogRecord[] = Array.from({ length: 45 }, (_, k) => ({
    time: new Date(Date.UTC(2026, 10, 29, 10) + (45 - k) * 1000).toISOString(),
    message: "x".repeat(2000), // one record per chunk
    attributes: {},
  }));
  const excerpt = buildExcerpt(records, passThrough);
  strictEqual(excerpt.chunks.length, 40);
  strictEqual(excerpt.lineCount, 40);
  strictEqual(excerpt.dropped, true);
  strictEqual(buildExcerpt(records.slice(0, 40), passThrough).dropped, false);
});

Deno.test("CR, CRLF and LF all end a line of a message", () => {
  for (const eol of ["\r", "\r\n", "\n"]) {
    const excerpt = buildExcerpt(
      [{ time: "2026-11-29T10:00:00.000Z", message: `first${eol}second`, attributes: {} }],
      passThrough,
    );
    deepStrictEqual(
      excerpt.chunks,
      ["2026-11-29T10:00:00.000Z first\n  second"],
      JSON.stringify(eol),
    );
  }
});

Deno.test("a scrubber that changes the number of lines is not trusted: no excerpt, for one record or many", () => {
  const dropsALine = {
    scrub: (t: string) => ({ text: t.split("\n").slice(1).join("\n"), counts: {} }),
  };
  const addsALine = { scrub: (t: string) => ({ text: t + "\nextra", counts: {} }) };
  for (const scrubber of [dropsALine, addsALine]) {
    for (const n of [1, 3]) {
      let threw = false;
      try {
        buildExcerpt(generated(n, 20).map((r) => ({ ...r, message: "one\ntwo" })), scrubber);
      } catch {
        threw = true;
      }
      ok(threw, `${n} records`);
    }
  }
});

Deno.test("a record longer than a chunk is spread over pieces holding as many of its lines as fit", () => {
  for (const c of ["a", "é", "€"]) {
    const k = 9; // each line: 9 characters
    const line = c.repeat(k);
    const lines = 12;
    const message = Array.from({ length: lines }, () => line).join("\n");
    const record = { time: "2026-11-29T10:00:00.000Z", message, attributes: {} };
    // Lines as packed: the first carries the time, the others are indented by two spaces.
    const shown = `2026-11-29T10:00:00.000Z ${line}`;
    const rest = `  ${line}`;
    for (const perPiece of [2, 3, 4]) {
      // Room for exactly `perPiece` continuation lines, by characters and by bytes.
      const chars = perPiece * rest.length + perPiece - 1;
      const bytes = perPiece * utf8Length(rest) + perPiece - 1;
      for (
        const l of [
          { maxChunkChars: Math.max(chars, shown.length), maxChunkBytes: 10_000, maxChunks: 40 },
          {
            maxChunkChars: 10_000,
            maxChunkBytes: Math.max(bytes, utf8Length(shown)),
            maxChunks: 40,
          },
        ]
      ) {
        const { chunks } = buildExcerpt([record], passThrough, { limits: l });
        // Packed from the newest line back: full pieces, then the rest, then the first line
        // (too long to share a chunk).
        strictEqual(chunks[0], shown);
        ok(chunks[1].split("\n").length <= perPiece);
        for (const chunk of chunks.slice(2)) {
          strictEqual(chunk.split("\n").length, perPiece, `${c}, ${JSON.stringify(l)}`);
        }
        strictEqual(chunks.join("\n").split("\n").length, lines, "every line shown once");
      }
    }
  }
});

Deno.test("a record spread over exactly the chunks left is shown; one chunk fewer, it is dropped", () => {
  const message = Array.from({ length: 3 }, () => "y".repeat(30)).join("\n");
  const record = { time: "2026-11-29T10:00:00.000Z", message, attributes: {} };
  const limits = { maxChunkChars: 60, maxChunkBytes: 10_000, maxChunks: 3 };
  const spread = buildExcerpt([record], passThrough, { limits });
  strictEqual(spread.chunks.length, 3, "three lines, one a chunk");
  strictEqual(spread.lineCount, 1);
  const fewer = buildExcerpt([record], passThrough, { limits: { ...limits, maxChunks: 2 } });
  strictEqual(fewer.lineCount, 0);
  strictEqual(fewer.dropped, true);
});

Deno.test("a cut backs off before an escaped entity it would split, and counts the bytes it kept", () => {
  for (const unit of ["&amp;", "&lt;", "&gt;", "é&lt;", "😀&gt;"]) {
    const line = unit.repeat(40);
    for (let maxChars = CUT_MARKER.length + 6; maxChars < 60; maxChars++) {
      const cut = cutLine(line, maxChars, 4 * maxChars);
      const kept = cut.text.slice(0, -CUT_MARKER.length);
      strictEqual(cut.bytes, utf8Length(cut.text), `${unit} at ${maxChars}`);
      ok(!/&[a-z]*$/.test(kept), `entity split: ${kept.slice(-6)}`);
      // As late as possible: the next whole unit boundary would not have fitted.
      ok(
        kept.length + unit.length > maxChars - CUT_MARKER.length,
        `${unit}: ${kept.length} at ${maxChars}`,
      );
    }
  }
});
