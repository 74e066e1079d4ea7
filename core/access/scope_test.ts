import { ok, strictEqual } from "@node/assert";
import { MAX_SCOPE_CHARS, scopeMatches, scopeProblem } from "./scope.ts";

Deno.test("a scope matches its service exactly, or by glob", () => {
  const cases: [string, string, boolean][] = [
    ["checkout", "checkout", true],
    ["checkout", "checkout-api", false],
    ["checkout", "Checkout", false],
    ["checkout-*", "checkout-api", true],
    ["checkout-*", "checkout-", true],
    ["checkout-*", "checkout", false],
    ["checkout-*", "payments-checkout-api", false],
    ["*", "anything.at-all", true],
    ["*-api", "checkout-api", true],
    ["*-api", "checkout-api-v2", false],
    ["a*b*c", "aXXbYYc", true],
    ["a*b*c", "aXXcYYb", false],
    ["pay.*", "payXments", false],
  ];
  for (const [pattern, service, expected] of cases) {
    strictEqual(scopeMatches(pattern, service), expected, `${pattern} ~ ${service}`);
  }
});

Deno.test("scope text is never a regular expression", () => {
  strictEqual(scopeMatches(".*", "checkout"), false, "'.' is a literal dot");
  strictEqual(scopeMatches("check(out)?", "check"), false, "not a usable scope");
  strictEqual(scopeMatches("[a-z]*", "checkout"), false);
});

Deno.test("unusable scopes are refused with a reason, and match nothing", () => {
  ok(scopeProblem("")?.includes("1 to"));
  ok(scopeProblem("x".repeat(MAX_SCOPE_CHARS + 1))?.includes("1 to"));
  ok(scopeProblem("<!channel>")?.includes("only letters"));
  ok(scopeProblem("*a*b*c*d*")?.includes("at most 4"));
  strictEqual(scopeProblem("checkout-*"), undefined);
  strictEqual(scopeMatches("*a*b*c*d*", "abcd"), false);
  strictEqual(scopeMatches("*", "x".repeat(MAX_SCOPE_CHARS + 1)), false, "service too long");
  strictEqual(scopeMatches("*", ""), false);
});

Deno.test("the worst glob for backtracking stays within its bound", () => {
  const service = "a".repeat(MAX_SCOPE_CHARS - 1) + "b";
  strictEqual(scopeMatches("*a*a*a*c", service), false);
  strictEqual(scopeMatches("*a*a*a*b", service), true);
});
