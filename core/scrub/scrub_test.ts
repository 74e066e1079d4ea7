/** The engine through its public API, with the small test detectors of test_fixtures.ts. */
import { deepStrictEqual, notStrictEqual, ok, strictEqual, throws } from "@node/assert";
import type { Detector } from "./detector.ts";
import { matchDetector } from "./match.ts";
import { createScrubber, PolicyError, type PolicyInput, ScrubError } from "./mod.ts";
import { KEY_BLOCK, TEST_DETECTOR_SET, TEST_DETECTORS } from "./test_fixtures.ts";

const KEY = new Uint8Array(32).fill(9);
const scrubber = (policy?: PolicyInput, pseudonymKey = KEY) =>
  createScrubber(policy, { ...TEST_DETECTOR_SET, pseudonymKey });

const SAMPLE = [
  "2025-06-01T00:00:00Z INFO started pid=4242 port=8080",
  "use tok_abcdefghij0123456789 now key=hunter22 mail ann.lee@corp.example",
  "card 4111-1111-1111-4242 from ip 10.1.2.3 then ip 10.1.2.3 and ip 10.9.9.9",
  "x -----BEGIN TEST KEY-----",
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7",
  "Proc-Type: 4,ENCRYPTED",
  "",
  "abc==",
  "-----END TEST KEY----- tail key=abcd1234",
  "key=${VAR} key=xxxx key=<token>",
  "done, no newline at the end",
].join("\n");

Deno.test("masks each finding with its detector's strategy and counts per id", () => {
  const { text, counts } = scrubber().scrub(SAMPLE);
  const lines = text.split("\n");
  strictEqual(lines.length, SAMPLE.split("\n").length);
  strictEqual(lines[0], SAMPLE.split("\n")[0]);
  strictEqual(
    lines[1],
    "use [REDACTED:test-token] now key=[REDACTED:test-key-value] mail [REDACTED:test-email]",
  );
  ok(lines[2].startsWith("card [REDACTED:test-card …4242] from ip [test-ip:"), lines[2]);
  const pseudonyms = lines[2].match(/\[test-ip:[0-9a-f]{10}\]/g) ?? [];
  strictEqual(pseudonyms.length, 3);
  strictEqual(pseudonyms[0], pseudonyms[1], "same value, same token");
  notStrictEqual(pseudonyms[0], pseudonyms[2], "different value, different token");
  deepStrictEqual(lines.slice(3, 9), [
    "x [REDACTED:test-key-block]",
    "[REDACTED:test-key-block]",
    "[REDACTED:test-key-block]",
    "",
    "[REDACTED:test-key-block]",
    "[REDACTED:test-key-block] tail key=[REDACTED:test-key-value]",
  ]);
  strictEqual(lines[9], "key=${VAR} key=xxxx key=<token>", "placeholders are not findings");
  deepStrictEqual(counts, {
    "test-token": 1,
    "test-key-value": 2,
    "test-email": 1,
    "test-card": 1,
    "test-ip": 3,
    "test-key-block": 1,
  });
  for (
    const secret of [
      "tok_abcdefghij0123456789",
      "hunter22",
      "ann.lee",
      "4111-1111",
      "10.1.2.3",
      "MIIE",
      "abc==",
    ]
  ) {
    ok(!text.includes(secret), `leaked ${secret}`);
  }
});

Deno.test("unchanged lines are byte-identical, including CR, odd Unicode and the final newline", () => {
  const s = scrubber();
  for (
    const text of [
      "",
      "\n",
      "a\r\nb\r\n",
      "no newline",
      "trailing\n\n",
      "emoji 😀 and U+FFFD \uFFFD and lone surrogate \ud800 ok",
    ]
  ) strictEqual(s.scrub(text).text, text);
  const mixed = "keep me\r\nkey=topsecret\r\nkeep  me  too \n";
  strictEqual(s.scrub(mixed).text, "keep me\r\nkey=[REDACTED:test-key-value]\r\nkeep  me  too \n");
});

/** Keyword-free detectors whose whole-region search could differ from a per-line search. */
const ANCHORED: Detector = {
  ...TEST_DETECTORS[0],
  id: "test-anchored",
  prefilter: undefined,
  pattern: /^pin:\s*(?<secret>\d{4,8})$/dg,
};
const DIGIT_PAIR: Detector = {
  ...TEST_DETECTORS[0],
  id: "test-digit-pair",
  prefilter: undefined,
  pattern: /(?<!\S)\d{4}\s+\d{4}(?!\S)/g,
};

Deno.test("the prefilters give the same result as running every detector on every line", () => {
  const detectors = [...TEST_DETECTORS, ANCHORED, DIGIT_PAIR];
  const lines = SAMPLE.split("\n").slice(0, 3).concat([
    "TOK_ABCDEFGHIJ0123456789 upper-case keyword",
    "KEY=UPPER1234 and Card 1234-5678-9012-3456",
    "tok_abcdefghij012345678 one short",
    "pin: 1234",
    "pin: 12345 trailing",
    "9999",
    "55555555",
    "0000",
    "1234 5678",
    "",
    "pin:",
  ]);
  const { text } = createScrubber({}, { detectors, blockDetectors: [], pseudonymKey: KEY })
    .scrub(lines.join("\n"));
  // Reference: every detector on every line, spans masked by hand (no overlaps here).
  const expected = lines.map((line) => {
    const spans = detectors.flatMap((d: Detector) => matchDetector(d, line))
      .sort((a, b) => b.start - a.start);
    let out = line;
    for (const s of spans) out = out.slice(0, s.start) + "#" + out.slice(s.end);
    return out;
  });
  const masked = text.split("\n").map((l) => l.replace(/\[[^\]]+\]/g, "#"));
  deepStrictEqual(masked, expected);
  strictEqual(masked[6], "pin: #");
  strictEqual(masked[11], "#");
});

Deno.test("streaming line by line and in arbitrary chunks equals whole-text scrubbing", () => {
  const whole = scrubber().scrub(SAMPLE + "\n" + SAMPLE);
  const lines = scrubber().stream();
  const out: string[] = [];
  for (const line of (SAMPLE + "\n" + SAMPLE).split("\n")) out.push(...lines.push(line));
  out.push(...lines.end());
  strictEqual(out.join("\n"), whole.text);
  deepStrictEqual(lines.counts(), whole.counts);

  for (const size of [1, 3, 17, 64]) {
    const chunks = scrubber().textStream();
    const pieces = scrubber().textStream();
    const input = SAMPLE + "\n" + SAMPLE;
    let text = "";
    const parts: string[] = [];
    for (let i = 0; i < input.length; i += size) {
      text += chunks.write(input.slice(i, i + size));
      parts.push(...pieces.writeParts(input.slice(i, i + size)));
    }
    text += chunks.end();
    parts.push(pieces.end());
    strictEqual(text, whole.text, `chunk size ${size}`);
    deepStrictEqual(chunks.counts(), whole.counts);
    strictEqual(parts.join(""), whole.text, `writeParts, chunk size ${size}`);
    deepStrictEqual(pieces.counts(), whole.counts);
  }
});

Deno.test("an unterminated block stops at the first line that cannot be key body", () => {
  const text = "-----BEGIN TEST KEY-----\nAAAA\nBBBB\n@@@@ CASE 7 @@@@\nkey=hunter22";
  const out = scrubber().scrub(text).text.split("\n");
  deepStrictEqual(out, [
    "[REDACTED:test-key-block]",
    "[REDACTED:test-key-block]",
    "[REDACTED:test-key-block]",
    "@@@@ CASE 7 @@@@",
    "key=[REDACTED:test-key-value]",
  ]);
});

Deno.test("a block continues through logger-prefixed and quoted body lines", () => {
  const body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
  const text = [
    "app[42]: -----BEGIN TEST KEY-----",
    `app[42]: ${body}`,
    `  "${body}\\n",`,
    "app[42]: -----END TEST KEY-----",
    "app[42]: started",
  ].join("\n");
  const out = scrubber().scrub(text).text.split("\n");
  deepStrictEqual(out, [
    "app[42]: [REDACTED:test-key-block]",
    "[REDACTED:test-key-block]",
    "[REDACTED:test-key-block]",
    "[REDACTED:test-key-block]",
    "app[42]: started",
  ]);
});

Deno.test("past maxLines a block goes on through base64 body only: a long key is masked to its end", () => {
  const body = Array.from({ length: 8 }, () => "QUJDRA==");
  const prefixed = "app[42]: QUJDRA0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH";
  const text = [
    "-----BEGIN TEST KEY-----",
    "Proc-Type: 4,ENCRYPTED",
    ...body,
    prefixed,
    "",
    "Comment: a header-like line past maxLines ends the block",
    "key=hunter22",
  ].join("\n");
  const { text: out, counts } = scrubber().scrub(text);
  // maxLines is 5: up to there a header line may continue the block, past it only body lines.
  deepStrictEqual(out.split("\n"), [
    ...Array(11).fill("[REDACTED:test-key-block]"),
    "",
    "Comment: a header-like line past maxLines ends the block",
    "key=[REDACTED:test-key-value]",
  ]);
  deepStrictEqual(counts, { "test-key-block": 1, "test-key-value": 1 });
});

Deno.test("policy: disabled detectors, strategy overrides by id and by kind, allowlist, custom patterns", () => {
  const s = scrubber({
    disabled: ["test-email"],
    strategies: { "test-card": "placeholder", secret: "pseudonym" },
    allowlist: ["hunter22"],
    customPatterns: [{ id: "order-ref", pattern: "ORD-\\d{6}", keywords: ["ord-"], kind: "pii" }],
  });
  const { text, counts } = s.scrub(
    "a@b.co key=hunter22 key=other999 card 4111-1111-1111-4242 ORD-123456 tok_abcdefghij0123456789",
  );
  ok(text.startsWith("a@b.co key=hunter22 key=[test-key-value:"), text);
  ok(text.includes("card [REDACTED:test-card] [REDACTED:order-ref] [test-token:"), text);
  deepStrictEqual(counts, { "test-key-value": 1, "test-card": 1, "order-ref": 1, "test-token": 1 });
});

Deno.test("policy errors name the field and never echo a pattern", () => {
  const cases: [unknown, RegExp][] = [
    [{ disabled: ["no-such-detector"] }, /policy\.disabled\[0\]/],
    [{ strategies: { "test-card": "shred" } }, /policy\.strategies\.test-card/],
    [{ strategies: { "no-such": "placeholder" } }, /policy\.strategies\.no-such/],
    [
      { customPatterns: [{ id: "x", pattern: "(s3cr3t+)+", kind: "secret" }] },
      /customPatterns\[0\]\.pattern/,
    ],
    [
      { customPatterns: [{ id: "test-token", pattern: "x", kind: "secret" }] },
      /customPatterns\[0\]\.id/,
    ],
    [{ customPatterns: [{ id: "x", pattern: "x", kind: "weird" }] }, /customPatterns\[0\]\.kind/],
    [{ limits: { maxLineLength: 10 } }, /policy\.limits\.maxLineLength/],
    [{ surprise: true }, /policy/],
    ["not an object", /policy/],
  ];
  for (const [policy, field] of cases) {
    throws(
      () => scrubber(policy as PolicyInput),
      (e: unknown) =>
        e instanceof PolicyError && field.test(e.message) && !e.message.includes("s3cr3t"),
      JSON.stringify(policy),
    );
  }
});

Deno.test("pseudonyms are stable within a scrubber and differ across keys", () => {
  const a = scrubber();
  const first = a.scrub("ip 10.1.2.3").text;
  strictEqual(a.scrub("ip 10.1.2.3").text, first);
  notStrictEqual(scrubber({}, new Uint8Array(32).fill(1)).scrub("ip 10.1.2.3").text, first);
  const random1 = createScrubber({}, TEST_DETECTOR_SET).scrub("ip 10.1.2.3").text;
  const random2 = createScrubber({}, TEST_DETECTOR_SET).scrub("ip 10.1.2.3").text;
  notStrictEqual(random1, random2, "a random key per scrubber when none is given");
});

Deno.test("budgets fail closed: too much input, too long a line, too much time", () => {
  const s = scrubber({ limits: { maxInputBytes: 100, maxLineLength: 256 } });
  throws(
    () => s.scrub("é".repeat(51)),
    (e: unknown) => e instanceof ScrubError && e.failure === "input-too-large",
  );

  const long = scrubber({ limits: { maxLineLength: 256 } });
  const line = "tok_abcdefghij0123456789 " + "a".repeat(300);
  const { text, counts } = long.scrub(`ok\n${line}\nok`);
  strictEqual(text, "ok\n[REDACTED:oversized-line]\nok");
  deepStrictEqual(counts, { "oversized-line": 1 });

  const chunks = long.textStream();
  let streamed = "";
  for (let i = 0; i < line.length; i += 50) streamed += chunks.write(line.slice(i, i + 50));
  streamed += chunks.write("\nok") + chunks.end();
  strictEqual(streamed, "[REDACTED:oversized-line]\nok");
  const pieces = long.textStream();
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += 50) parts.push(...pieces.writeParts(line.slice(i, i + 50)));
  parts.push(...pieces.writeParts("\nok"), pieces.end());
  strictEqual(parts.join(""), "[REDACTED:oversized-line]\nok");

  const slow: Detector = {
    ...TEST_DETECTORS[0],
    id: "slow",
    prefilter: undefined,
    validate: () => {
      const until = performance.now() + 5;
      while (performance.now() < until) { /* burn the budget */ }
      return false;
    },
    pattern: /x/g,
  };
  const timed = createScrubber({ limits: { timeBudgetMs: 20 } }, {
    detectors: [slow],
    blockDetectors: [],
  });
  throws(
    () => timed.scrub("x\n".repeat(2000)),
    (e: unknown) =>
      e instanceof ScrubError && e.failure === "time-budget" && !e.message.includes("x\n"),
  );
});

Deno.test("a detector that throws fails closed without echoing the input; a failed stream stays failed", () => {
  const broken: Detector = {
    ...TEST_DETECTORS[0],
    id: "broken",
    validate: (secret) => {
      throw new Error(`cannot handle ${secret}`);
    },
  };
  const s = createScrubber({}, { detectors: [broken], blockDetectors: [] });
  throws(
    () => s.scrub("tok_abcdefghij0123456789"),
    (e: unknown) =>
      e instanceof ScrubError && e.failure === "internal" && !e.message.includes("tok_"),
  );
  const stream = s.stream();
  throws(() => stream.push("tok_abcdefghij0123456789"), ScrubError);
  throws(
    () => stream.push("harmless"),
    (e: unknown) => e instanceof ScrubError && e.failure === "stream-failed",
  );
});

Deno.test("scrubbing scrubbed text changes nothing (defence in depth stays stable)", () => {
  const s = scrubber({ strategies: { secret: "pseudonym" } });
  const once = s.scrub(SAMPLE).text;
  strictEqual(s.scrub(once).text, once);
});

Deno.test("a block detector without keywords is refused when the scrubber is built", () => {
  throws(
    () =>
      createScrubber({}, {
        detectors: TEST_DETECTORS,
        blockDetectors: [{ ...KEY_BLOCK, prefilter: { keywords: [] } }],
      }),
    /block detector test-key-block needs keywords/,
  );
});
