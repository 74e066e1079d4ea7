import { ok, strictEqual, throws } from "@node/assert";
import { PolicyError } from "./errors.ts";
import { createScrubber } from "./mod.ts";
import {
  assertSafePattern,
  compileCustomPattern,
  CUSTOM_WINDOW,
  CUSTOM_WINDOW_OVERLAP,
  matchCustom,
} from "./safe_pattern.ts";

Deno.test("patterns that can backtrack catastrophically are refused", () => {
  const cases: [string, RegExp][] = [
    ["(a+)+$", /nested quantifier/],
    ["(?:\\w+\\s?)*x", /nested quantifier/],
    ["((ab)*c)+", /nested quantifier/],
    ["(a|aa)*b", /alternatives/],
    ["(?:x|y){2,}", /alternatives/],
    ["(\\w)\\1", /backreference/],
    ["(?<q>a)\\k<q>", /backreference/],
    ["a{1,5000}", /counted repetition/],
    // More digits than a short reader takes are still a repetition in JavaScript.
    ["(a{1,12345678})+$", /counted repetition/],
    ["a{99999999}", /counted repetition/],
    ["a".repeat(301), /longer than/],
    ["(ab", /unbalanced/],
    ["\\s*\\s*x", /splits multiply/],
    ["a+b+", /splits multiply/],
    ["\\w{0,200}\\w{0,200}", /splits multiply/],
    ["ab)", /unbalanced/],
  ];
  for (const [source, reason] of cases) {
    throws(() => assertSafePattern(source), reason, source);
  }
});

Deno.test("ordinary custom patterns are accepted", () => {
  for (
    const source of [
      "ACME-[A-Z0-9]{32}",
      "internal_token=(?<secret>\\w+)",
      "cust_[a-z0-9]{10,40}\\b",
      "(?:foo|bar)-\\d{4}",
      "(ab)?c",
      "[(+*]+x",
      "\\(\\d+\\)",
      "user=\\S+ id=\\d{1,3}",
    ]
  ) assertSafePattern(source);
});

Deno.test("a compiled custom pattern gets g (and d for a secret group); errors name the field", () => {
  const d = compileCustomPattern(
    { id: "acme", pattern: "acme=(?<secret>\\w{8})", kind: "secret", keywords: ["ACME="] },
    "policy.customPatterns[0]",
  );
  ok(d.pattern.global && d.pattern.hasIndices);
  strictEqual(d.prefilter?.keywords?.[0], "acme=");
  throws(
    () =>
      compileCustomPattern(
        { id: "x", pattern: "(a+)+", kind: "secret" },
        "policy.customPatterns[3]",
      ),
    (e: unknown) => e instanceof PolicyError && /customPatterns\[3\]\.pattern/.test(e.message),
  );
  throws(
    () =>
      compileCustomPattern({ id: "x", pattern: "[z-a]", kind: "pii" }, "policy.customPatterns[1]"),
    (e: unknown) =>
      e instanceof PolicyError && /customPatterns\[1\]\.pattern is not a valid/.test(e.message) &&
      !e.message.includes("[z-a]"),
  );
});

Deno.test("custom patterns run in overlapping windows on long lines, and still find every match", () => {
  const d = compileCustomPattern({ id: "acme", pattern: "ACME-\\d{6}", kind: "secret" }, "f");
  const step = CUSTOM_WINDOW - CUSTOM_WINDOW_OVERLAP;
  // One match inside the first window, one straddling a window edge, one at the very end.
  const at = [10, step - 3, 3 * step + 100];
  let line = "x".repeat(3 * step + 111);
  for (const p of at) line = line.slice(0, p) + "ACME-123456" + line.slice(p + 11);
  const starts = [...new Set(matchCustom(d, line).map((s) => s.start))].sort((a, b) => a - b);
  strictEqual(JSON.stringify(starts), JSON.stringify(at));
});

Deno.test("a custom pattern is compiled once: the regex its check compiled is the one used", () => {
  const source = "ord_[a-z0-9]{12}";
  const Compiled = globalThis.RegExp;
  let compiled = 0;
  globalThis.RegExp = new Proxy(Compiled, {
    construct(target, args, newTarget) {
      if (args[0] === source) compiled++;
      return Reflect.construct(target, args, newTarget);
    },
  });
  try {
    const detector = compileCustomPattern({ id: "ord", pattern: source, kind: "secret" }, "f");
    strictEqual(compiled, 1);
    strictEqual(detector.pattern.source, source);
    const scrubber = createScrubber({
      customPatterns: [{ id: "ord", pattern: source, kind: "secret" }],
    });
    strictEqual(compiled, 2, "one more for the scrubber's rules");
    ok(!scrubber.scrub("order ord_ab12cd34ef56 shipped").text.includes("ord_ab12"));
  } finally {
    globalThis.RegExp = Compiled;
  }
});
