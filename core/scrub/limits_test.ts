/**
 * Every limit on the scrubbing path fails closed: at each one (just under, at, just over) no raw
 * finding passes. A limit masks the rest of a line as `[REDACTED:scrub-limit]`, replaces a line
 * (`oversized-line`) or refuses with ScrubError; it never lets text through unexamined.
 */
import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import { matchDetector, MAX_REFUSALS_PER_LINE, SCRUB_LIMIT } from "./match.ts";
import { PSEUDONYM_CACHE_LIMIT } from "./mask.ts";
import { createScrubber, type PolicyInput, ScrubError } from "./mod.ts";
import { compileCustomPattern, CUSTOM_WINDOW, matchCustom, maxReach } from "./safe_pattern.ts";
import { CHUNK_LENGTH } from "./prefilter/wasm/scan.ts";
import { EMAIL, KEY_VALUE, TEST_DETECTOR_SET } from "./test_fixtures.ts";

const KEY = new Uint8Array(32).fill(9);
const scrubber = (policy?: PolicyInput) =>
  createScrubber(policy, { ...TEST_DETECTOR_SET, pseudonymKey: KEY });

/** `key=xxxx` is a candidate of test-key-value that it refuses (a placeholder value). */
const REFUSED = "key=xxxx ";
const SECRET = "key=hunter22";
const spansOf = (line: string) =>
  matchDetector(KEY_VALUE, line).map((s) => [s.start, s.end, s.detector.id]);

Deno.test("a detector's refusal budget: a secret after it is masked, just under, at and over", () => {
  const under = REFUSED.repeat(MAX_REFUSALS_PER_LINE - 1) + SECRET;
  deepStrictEqual(spansOf(under), [[under.length - 8, under.length, "test-key-value"]]);

  // At the budget: the next candidate is not examined; it and all after it are masked.
  const at = REFUSED.repeat(MAX_REFUSALS_PER_LINE) + SECRET;
  deepStrictEqual(spansOf(at), [[at.length - SECRET.length, at.length, "scrub-limit"]]);

  // Over: the masking starts at the first look-alike past the budget.
  const over = REFUSED.repeat(MAX_REFUSALS_PER_LINE + 1) + SECRET;
  const from = REFUSED.length * MAX_REFUSALS_PER_LINE;
  deepStrictEqual(spansOf(over), [[from, over.length, "scrub-limit"]]);
  strictEqual(matchDetector(KEY_VALUE, over)[0].detector, SCRUB_LIMIT);

  // A line that ends with its last refusal has nothing left to mask.
  deepStrictEqual(spansOf(REFUSED.repeat(MAX_REFUSALS_PER_LINE)), []);
});

Deno.test("past the refusal budget the rest of the line is one scrub-limit finding", () => {
  const prefix = REFUSED.repeat(MAX_REFUSALS_PER_LINE);
  const line = prefix + REFUSED + "then " + SECRET + " tok_abcdefghij0123456789 ann@corp.example";
  const { text, counts } = scrubber().scrub(`before\n${line}\nkey=after123`);
  deepStrictEqual(text.split("\n"), [
    "before",
    prefix + "[REDACTED:scrub-limit]",
    "key=[REDACTED:test-key-value]",
  ]);
  // The token and e-mail detectors ran too; what they found lies inside the masked rest.
  deepStrictEqual(counts, { "scrub-limit": 1, "test-key-value": 1 });
});

Deno.test("accepted findings do not use up the budget: 1,100 e-mail addresses are each masked", () => {
  const emails = Array.from({ length: 1100 }, (_, i) => `u${i}@mail.example`);
  strictEqual(matchDetector(EMAIL, emails.join(", ")).length, 1100);
  const { text, counts } = scrubber().scrub(emails.join(", "));
  strictEqual(text, Array(1100).fill("[REDACTED:test-email]").join(", "));
  deepStrictEqual(counts, { "test-email": 1100 });
});

Deno.test("built-in detectors: the review's lines leave nothing raw", () => {
  const s = createScrubber({}, { pseudonymKey: KEY });
  const emails = Array.from({ length: 1100 }, (_, i) => `user${i}@mail${i}.example.org`);
  const all = s.scrub(emails.join(", "));
  strictEqual(all.counts["email-address"], 1100);
  ok(!/user\d+@/.test(all.text), "an address passed raw");

  // scp-style remotes that the e-mail detector refuses, then a real address (a 29 KB line).
  const remotes = "git@github.com:acme/repo.git ".repeat(1000);
  const { text } = s.scrub(remotes + "owner carol.jones@corp-mail.net");
  ok(!text.includes("carol.jones"), text.slice(-80));
  strictEqual(text, remotes + "owner [REDACTED:scrub-limit]");
});

Deno.test("scrub-limit wins a merge and is masked whole, whatever the strategy or allowlist", () => {
  const prefix = REFUSED.repeat(MAX_REFUSALS_PER_LINE);
  // The token inside the rest of the line would be masked partially (its last 4 shown); the
  // merged span is the rest of the line, so nothing of it may be shown.
  const partial = scrubber({ strategies: { secret: "partial" } })
    .scrub(prefix + "key=tok_abcdefghij0123456789");
  strictEqual(partial.text, prefix + "[REDACTED:scrub-limit]");
  // An allowlisted term drops a finding equal to it, never the unexamined rest of a line.
  const allowed = scrubber({ allowlist: [SECRET] }).scrub(prefix + SECRET);
  strictEqual(allowed.text, prefix + "[REDACTED:scrub-limit]");
});

Deno.test("a line at, under and over maxLineLength: scanned, or replaced whole", () => {
  const max = 256;
  const lineOf = (length: number) => "x".repeat(length - SECRET.length - 1) + " " + SECRET;
  const masked = (length: number) =>
    "x".repeat(length - SECRET.length - 1) + " key=[REDACTED:test-key-value]";
  const s = scrubber({ limits: { maxLineLength: max } });
  for (
    const [length, expected] of [
      [max - 1, masked(max - 1)],
      [max, masked(max)],
      [max + 1, "[REDACTED:oversized-line]"],
    ] as const
  ) {
    const input = `${lineOf(length)}\nkey=next1234`;
    const want = `${expected}\nkey=[REDACTED:test-key-value]`;
    strictEqual(s.scrub(input).text, want, `scrub, length ${length}`);
    const lines = s.stream();
    const out = [...lines.push(lineOf(length)), ...lines.push("key=next1234"), ...lines.end()];
    strictEqual(out.join("\n"), want, `line stream, length ${length}`);
    const chunks = s.textStream();
    let text = "";
    for (let i = 0; i < input.length; i += 40) text += chunks.write(input.slice(i, i + 40));
    strictEqual(text + chunks.end(), want, `text stream, length ${length}`);
  }
});

Deno.test("maxInputBytes: exactly the limit is scrubbed, one byte more is refused", () => {
  const s = scrubber({ limits: { maxInputBytes: 100 } });
  const ascii = SECRET + " " + "a".repeat(100 - SECRET.length - 1);
  strictEqual(s.scrub(ascii).text, "key=[REDACTED:test-key-value] " + "a".repeat(87));
  throws(
    () => s.scrub(ascii + "a"),
    (e: unknown) => e instanceof ScrubError && e.failure === "input-too-large",
  );
  // Two-byte characters are counted in bytes, not characters.
  const accents = SECRET + " " + "é".repeat(43) + "a";
  strictEqual(new TextEncoder().encode(accents).length, 100);
  ok(s.scrub(accents).text.startsWith("key=[REDACTED:test-key-value] "));
  throws(
    () => s.scrub(accents + "é"),
    (e: unknown) =>
      e instanceof ScrubError && e.failure === "input-too-large" && !e.message.includes("hunter"),
  );
});

Deno.test("the pseudonym cache bound: past it every value is still masked, to the same token", () => {
  const s = scrubber();
  const ip = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const lines = Array.from({ length: PSEUDONYM_CACHE_LIMIT + 1 }, (_, i) => `ip ${ip(i)}`);
  const out = s.scrub([...lines, "ip " + ip(0), "ip " + ip(PSEUDONYM_CACHE_LIMIT)].join("\n"))
    .text.split("\n");
  ok(out.every((l) => /^ip \[test-ip:[0-9a-f]{10}\]$/.test(l)), "a value passed raw");
  strictEqual(
    out[PSEUDONYM_CACHE_LIMIT + 1],
    out[0],
    "the first value, after the cache was dropped",
  );
  strictEqual(out[PSEUDONYM_CACHE_LIMIT + 2], out[PSEUDONYM_CACHE_LIMIT]);
  strictEqual(new Set(out.slice(0, PSEUDONYM_CACHE_LIMIT + 1)).size, PSEUDONYM_CACHE_LIMIT + 1);
});

Deno.test("maxReach bounds what a custom pattern reads; open-ended repetitions are unbounded", () => {
  for (
    const [source, atLeast] of [["ACME-\\d{6}", 11], ["(?:foo|barbaz)-\\d{4}", 11], [
      "a{3}(bc){2}",
      7,
    ]] as const
  ) {
    const reach = maxReach(source);
    ok(Number.isFinite(reach) && reach >= atLeast, `${source}: ${reach}`);
  }
  for (const source of ["token=\\S+", "a*b", "x{2,}", "(ab)+c"]) {
    strictEqual(maxReach(source), Infinity, source);
  }
});

Deno.test("custom windows: a long bounded match is found across every window edge", () => {
  const d = compileCustomPattern(
    { id: "ordtok", pattern: "ordtok_[a-z0-9]{600}", kind: "secret" },
    "f",
  );
  const token = "ordtok_" + "a1b2c3d4e5".repeat(60);
  // Starts on both sides of where the first window ends and the second begins.
  for (let at = CUSTOM_WINDOW - 1200; at <= CUSTOM_WINDOW; at += 37) {
    const line = "x ".repeat(at / 2) + (at % 2 ? " " : "") + token + " y".repeat(2000);
    strictEqual(line.indexOf(token), at);
    const spans = matchCustom(d, line);
    ok(
      spans.some((s) => s.start === at && s.end === at + token.length && s.detector === d),
      `at ${at}`,
    );
  }
});

Deno.test("custom windows: an open-ended match cut at a window's end masks the rest of the line", () => {
  const s = scrubber({
    customPatterns: [{ id: "tok", pattern: "token=(?<secret>\\S+)", kind: "secret" }],
  });
  const value = "Q".repeat(2500) + "TAIL";
  // Ends before the first window's end: masked as itself.
  const inside = "a ".repeat(500) + "token=" + value.slice(0, 2000) + " done " + "b ".repeat(3000);
  const one = s.scrub(inside);
  strictEqual(one.text, "a ".repeat(500) + "token=[REDACTED:tok] done " + "b ".repeat(3000));
  // Runs past it: no part of the value (nor what follows) passes.
  const across = "a ".repeat(1000) + "token=" + value + " done " + "b ".repeat(3000);
  const two = s.scrub(across);
  strictEqual(two.text, "a ".repeat(1000) + "token=[REDACTED:scrub-limit]");
  deepStrictEqual(two.counts, { "scrub-limit": 1 });
});

Deno.test("custom windows: a window past the refusal budget masks the rest of the whole line", () => {
  // `xxx` is a placeholder, so each one is a refused candidate.
  const d = compileCustomPattern({ id: "sec", pattern: "xxx|sec-\\d{4}", kind: "secret" }, "f");
  const line = "xxx ".repeat(MAX_REFUSALS_PER_LINE) + "sec-1234 " + "a".repeat(5000) + " sec-5678";
  deepStrictEqual(
    matchCustom(d, line).map((s) => [s.start, s.end, s.detector.id]),
    [[4 * MAX_REFUSALS_PER_LINE, line.length, "scrub-limit"]],
  );
  const s = scrubber({
    customPatterns: [{ id: "sec", pattern: "xxx|sec-\\d{4}", kind: "secret" }],
  });
  strictEqual(s.scrub(line).text, "xxx ".repeat(MAX_REFUSALS_PER_LINE) + "[REDACTED:scrub-limit]");
});

Deno.test("the prefilter's chunks: findings across a WebAssembly chunk edge are still masked", () => {
  const s = createScrubber({}, { pseudonymKey: KEY });
  const key = "AKIAUOAHU7VIXMVZJSZJ";
  const email = "alice.smith@corp-mail.net";
  const place = (line: string, text: string, at: number) =>
    line.slice(0, at) + text + line.slice(at + text.length);
  // A keyword and a line shape each cut in two by a chunk edge (a detector runs on a line when
  // its keyword or shape occurs anywhere on it, so each occurs once); a non-ASCII chunk in
  // between (scanned in JavaScript) carries the automata's state across as well.
  let line = "lorem ipsum ".repeat(4000).slice(0, 3 * CHUNK_LENGTH + 100);
  line = place(line, ` ${key} `, CHUNK_LENGTH - 3); // "AK" | "IA…"
  line = place(line, "é", CHUNK_LENGTH + 500);
  line = place(line, ` ${email} `, 2 * CHUNK_LENGTH - 12); // "alice.smith" | "@corp…"
  const { text, counts } = s.scrub(line);
  ok(!text.includes(key) && !text.includes("alice.smith"), "a finding passed raw");
  strictEqual(counts["aws-access-key-id"], 1);
  strictEqual(counts["email-address"], 1);
});
