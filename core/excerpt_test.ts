import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import {
  buildExcerpt,
  CUT_MARKER,
  cutLine,
  EXCERPT_LIMITS,
  formatRecord,
  isRecordStart,
  utf8Length,
} from "./excerpt.ts";
import type { Scrubber } from "./scrub/mod.ts";
import type { LogRecord } from "./sources/types.ts";

type ScrubOnly = Pick<Scrubber, "scrub">;

/** Masks `tok_…` values and `password=…`, counting each: enough to see what the excerpt scrubs. */
const fakeScrubber: ScrubOnly = {
  scrub(text) {
    const counts: Record<string, number> = {};
    const out = text
      .replace(/tok_[a-z0-9]+/g, () => {
        counts["fake-token"] = (counts["fake-token"] ?? 0) + 1;
        return "[REDACTED:fake-token]";
      })
      .replace(/(password=)\S+/g, (_m, key) => {
        counts["password"] = (counts["password"] ?? 0) + 1;
        return `${key}[REDACTED:password]`;
      });
    return { text: out, counts };
  },
};

function record(i: number, message = `request ${i} done`): LogRecord {
  const time = new Date(Date.UTC(2026, 10, 29, 10, 0, 0) + i * 1000).toISOString();
  return { time, level: "info", message, attributes: {} };
}

/** Newest first, as sources return them. */
function records(n: number, message?: (i: number) => string): LogRecord[] {
  return Array.from({ length: n }, (_, k) => n - 1 - k).map((i) => record(i, message?.(i)));
}

Deno.test("formatRecord: time, upper-case level, message, attributes sorted by key", () => {
  strictEqual(
    formatRecord({
      time: "2026-11-29T10:00:00.000Z",
      level: "warn",
      message: "slow query",
      attributes: { pod: "api-7", duration_ms: "812" },
    }),
    "2026-11-29T10:00:00.000Z WARN slow query duration_ms=812 pod=api-7",
  );
  strictEqual(
    formatRecord({ time: "2026-11-29T10:00:00.000Z", message: "no level", attributes: {} }),
    "2026-11-29T10:00:00.000Z no level",
  );
});

Deno.test("buildExcerpt: scrubs messages and attribute values, counts every finding", () => {
  const excerpt = buildExcerpt([
    {
      time: "2026-11-29T10:00:01.000Z",
      level: "error",
      message: "login failed password=hunter2",
      attributes: { session: "tok_abc123", pod: "api-1" },
    },
    { time: "2026-11-29T10:00:00.000Z", message: "token tok_zzz9 seen", attributes: {} },
  ], fakeScrubber);
  deepStrictEqual(excerpt.chunks, [
    "2026-11-29T10:00:00.000Z token [REDACTED:fake-token] seen\n" +
    "2026-11-29T10:00:01.000Z ERROR login failed password=[REDACTED:password] pod=api-1 session=[REDACTED:fake-token]",
  ]);
  deepStrictEqual(excerpt.counts, { "fake-token": 2, password: 1 });
  strictEqual(excerpt.lineCount, 2);
  strictEqual(excerpt.dropped, false);
});

Deno.test("buildExcerpt: no records gives no chunks", () => {
  deepStrictEqual(buildExcerpt([], fakeScrubber), {
    chunks: [],
    lineCount: 0,
    matched: 0,
    dropped: false,
    counts: {},
  });
});

Deno.test("buildExcerpt: the filter is matched against the scrubbed lines, ignoring case", () => {
  const recs = [
    record(3, "payment TIMEOUT for order 7"),
    record(2, "login failed password=hunter2"),
    record(1, "session tok_abc123 refreshed"),
    record(0, "cache warm"),
  ];
  const timeouts = buildExcerpt(recs, fakeScrubber, { filter: "timeout" });
  strictEqual(timeouts.matched, 1);
  strictEqual(timeouts.lineCount, 1);
  strictEqual(timeouts.dropped, false);
  ok(timeouts.chunks.join("\n").endsWith("payment TIMEOUT for order 7"));
  deepStrictEqual(timeouts.counts, { "fake-token": 1, password: 1 }, "every line read is counted");

  // A masked value cannot be found: the result is exactly that of a filter matching nothing.
  const nothing = buildExcerpt(recs, fakeScrubber, { filter: "no such text" });
  for (const raw of ["hunter2", "HUNTER", "tok_abc", "tok_abc123"]) {
    deepStrictEqual(buildExcerpt(recs, fakeScrubber, { filter: raw }), nothing, raw);
  }
  strictEqual(nothing.matched, 0);
  deepStrictEqual(nothing.chunks, []);

  const masked = buildExcerpt(recs, fakeScrubber, { filter: "[redacted:fake-token]" });
  strictEqual(masked.matched, 1, "the placeholder can be searched for");
  ok(masked.chunks[0].includes("session [REDACTED:fake-token] refreshed"));
});

Deno.test("buildExcerpt: lines left out for size are counted among the matching ones only", () => {
  const recs = records(600, (i) => `${i % 2 === 0 ? "even" : "odd"} ${"z".repeat(400)}`);
  const excerpt = buildExcerpt(recs, fakeScrubber, { filter: "EVEN" });
  strictEqual(excerpt.matched, 300);
  ok(excerpt.lineCount < 300 && excerpt.lineCount > 100, `${excerpt.lineCount} shown`);
  strictEqual(excerpt.dropped, true);
  ok(excerpt.chunks.join("\n").split("\n").every((line) => line.includes(" even ")));
});

Deno.test("buildExcerpt: a record's later lines are indented, so each record start can be told", () => {
  const excerpt = buildExcerpt(
    [record(1, "boom\nCaused by: disk full\n\tat io.write\n"), record(0, "before")],
    fakeScrubber,
  );
  const lines = excerpt.chunks.join("\n").split("\n");
  deepStrictEqual(lines.slice(1), [
    "2026-11-29T10:00:01.000Z INFO boom",
    "  Caused by: disk full",
    "\tat io.write",
    "",
  ]);
  deepStrictEqual(lines.map(isRecordStart), [true, true, false, false, false]);
});

Deno.test("buildExcerpt: a scrubber failure propagates instead of returning raw text", () => {
  const failing: ScrubOnly = {
    scrub() {
      throw new Error("budget exceeded");
    },
  };
  throws(() => buildExcerpt(records(3), failing), /budget exceeded/);
});

Deno.test("buildExcerpt: control characters and bidi overrides are neutralised", () => {
  const excerpt = buildExcerpt(
    [record(0, "red \u001b[31malert\u001b[0m nul\u0000 rtl\u202e end\r\nnext")],
    fakeScrubber,
  );
  const text = excerpt.chunks.join("\n");
  // deno-lint-ignore no-control-regex
  ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/.test(text), JSON.stringify(text));
  ok(text.includes("red \uFFFD[31malert\uFFFD[0m nul\uFFFD rtl\uFFFD end\n  next"));
});

Deno.test("buildExcerpt: chunks respect every limit and keep the newest lines", () => {
  const many = records(5000, (i) => `request ${i} served in ${i % 97} ms ${"é".repeat(i % 40)}`);
  const excerpt = buildExcerpt(many, fakeScrubber);
  strictEqual(excerpt.chunks.length, EXCERPT_LIMITS.maxChunks);
  for (const chunk of excerpt.chunks) {
    ok(chunk.length <= EXCERPT_LIMITS.maxChunkChars, `chunk of ${chunk.length} chars`);
    ok(utf8Length(chunk) <= EXCERPT_LIMITS.maxChunkBytes, `chunk of ${utf8Length(chunk)} bytes`);
  }
  strictEqual(excerpt.dropped, true);
  const lines = excerpt.chunks.join("\n").split("\n");
  strictEqual(lines.length, excerpt.lineCount);
  ok(excerpt.lineCount < 5000 && excerpt.lineCount > 1000, `${excerpt.lineCount} lines`);
  // Oldest first, ending with the newest record.
  ok(lines.at(-1)!.includes("request 4999 served"));
  ok(lines[0].includes(`request ${5000 - excerpt.lineCount} served`));
});

Deno.test("buildExcerpt: a line longer than a chunk is cut with a visible marker", () => {
  const long = "x".repeat(10_000);
  const excerpt = buildExcerpt([record(1, "short"), record(0, long)], fakeScrubber);
  strictEqual(excerpt.chunks.length, 2, "the cut line fills a chunk of its own");
  const [cut, short] = excerpt.chunks;
  ok(cut.startsWith("2026-11-29T10:00:00.000Z INFO xxx"));
  ok(cut.endsWith(CUT_MARKER));
  strictEqual(cut.length, EXCERPT_LIMITS.maxChunkChars);
  ok(short.endsWith("short"));
});

Deno.test("buildExcerpt: a multi-line record longer than a chunk spreads over chunks in order", () => {
  const trace = Array.from({ length: 300 }, (_, i) => `    at frame${i} (app.ts:${i})`).join("\n");
  const excerpt = buildExcerpt([record(0, `boom\n${trace}`)], fakeScrubber);
  ok(excerpt.chunks.length > 1);
  strictEqual(excerpt.lineCount, 1);
  const lines = excerpt.chunks.join("\n").split("\n");
  strictEqual(lines.length, 301);
  strictEqual(lines[1], "    at frame0 (app.ts:0)");
  strictEqual(lines[300], "    at frame299 (app.ts:299)");
});

Deno.test("cutLine: respects bytes and never splits a surrogate pair", () => {
  const emoji = "😀".repeat(2000); // 4000 chars, 8000 bytes
  const { text: cut, bytes } = cutLine(emoji, 2900, 3900);
  strictEqual(bytes, utf8Length(cut));
  ok(utf8Length(cut) <= 3900);
  ok(cut.length <= 2900);
  ok(cut.endsWith(CUT_MARKER));
  ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut), "no lone high surrogate");
  strictEqual(cutLine("fits", 2900, 3900).text, "fits");
});

Deno.test("buildExcerpt: a private key logged one line per record is masked as one block", async () => {
  const { createScrubber } = await import("./scrub/mod.ts");
  const body = Array.from(
    { length: 3 },
    (_, i) =>
      btoa(String.fromCharCode(...Array.from({ length: 48 }, (_, j) => (i * 31 + j * 7) % 256))),
  );
  const lines = [
    "loading signing key",
    "-----BEGIN RSA PRIVATE KEY-----",
    ...body,
    "-----END RSA PRIVATE KEY-----",
    "signing key loaded",
  ];
  // Newest first, as sources return them: the END line is the newest record.
  const recs = lines.map((message, i) => record(i, message)).reverse();
  const excerpt = buildExcerpt(recs, createScrubber());
  const text = excerpt.chunks.join("\n");
  for (const b of body) ok(!text.includes(b), "no key body line survives");
  strictEqual(excerpt.counts["private-key-block"], 1);
  strictEqual(excerpt.lineCount, lines.length);
  const before = text.indexOf("loading signing key");
  const after = text.indexOf("signing key loaded");
  ok(before >= 0 && after > before, "the lines around the key survive, oldest first");
});

Deno.test("buildExcerpt: lines are Slack-escaped before packing, and cuts never split an entity", () => {
  const hostile = "<!channel> <@U0123> <https://evil.example|click> a&b &lt;kept&gt;";
  const last = buildExcerpt([record(0, hostile)], fakeScrubber).chunks[0];
  ok(
    last.endsWith(
      "&lt;!channel&gt; &lt;@U0123&gt; &lt;https://evil.example|click&gt; a&amp;b &lt;kept&gt;",
    ),
    last,
  );
  for (let pad = 0; pad < 5; pad++) {
    const long = `${"x".repeat(pad)}${"<>&".repeat(2000)}`;
    const [cut] = buildExcerpt([record(0, long)], fakeScrubber).chunks;
    ok(cut.endsWith(CUT_MARKER) && !/[<>]/.test(cut));
    const body = cut.slice(0, -CUT_MARKER.length);
    ok(/(&lt;|&gt;|&amp;)$/.test(body), `pad ${pad}: cut inside an entity: …${body.slice(-12)}`);
    ok(cut.length <= EXCERPT_LIMITS.maxChunkChars);
    ok(utf8Length(cut) <= EXCERPT_LIMITS.maxChunkBytes);
  }
});
