/**
 * A policy file is untrusted: every field is accepted up to its bound and refused one past it,
 * with the field named, so a policy cannot switch off masking by a malformed id, flags that
 * change what a pattern means, or limits that make the engine give up.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { PolicyError } from "./errors.ts";
import { parsePolicy } from "./policy.ts";
import { DEFAULT_LIMITS } from "./policy_defaults.ts";

const custom = (fields: Record<string, unknown> = {}) => ({
  id: "order-token",
  kind: "secret",
  pattern: "ordtok_[a-z0-9]{24}",
  ...fields,
});

/** The PolicyError that parsing `policy` throws; a failure when it is accepted. */
function refusal(policy: unknown): PolicyError {
  try {
    parsePolicy(policy);
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error(`${JSON.stringify(policy).slice(0, 200)} was accepted`);
}

function refused(policy: unknown, field: string) {
  const { message } = refusal(policy);
  ok(message.includes(field), `${message} does not name ${field}`);
}

Deno.test("policy bounds: detector ids are kebab-case, 1 to 64 characters, wherever they are named", () => {
  const good = ["a", "0", "ipv4-address", "a-b-c", "x".repeat(64), `${"a-".repeat(31)}ab`];
  const bad = [
    "",
    "x".repeat(65),
    "-a",
    "a-",
    "a--b",
    "A",
    "ipv4_address",
    "a b",
    "é",
    "a-B",
    ".a",
    "a.",
  ];
  for (const id of good) {
    deepStrictEqual(parsePolicy({ disabled: [id] }).disabled, [id]);
    deepStrictEqual(parsePolicy({ strategies: { [id]: "partial" } }).strategies, {
      [id]: "partial",
    });
    strictEqual(parsePolicy({ customPatterns: [custom({ id })] }).customPatterns[0].id, id);
  }
  for (const id of bad) {
    refused({ disabled: [id] }, "policy.disabled[0]");
    refused({ customPatterns: [custom({ id })] }, "policy.customPatterns[0].id");
  }
});

Deno.test("policy bounds: a custom pattern's flags are at most 4 of i, m, s and u, none twice; its pattern is not empty", () => {
  for (const flags of ["", "i", "m", "s", "u", "imsu", "iu", "sm"]) {
    strictEqual(
      parsePolicy({ customPatterns: [custom({ flags })] }).customPatterns[0].flags,
      flags,
    );
  }
  for (
    const flags of [
      "g",
      "y",
      "d",
      "v",
      "x",
      "gi",
      "ig",
      "imsuu",
      "iiiii",
      "I",
      " i",
      "ii",
      "mm",
      "isi",
      "uu",
    ]
  ) {
    refused({ customPatterns: [custom({ flags })] }, "policy.customPatterns[0].flags");
  }
  strictEqual(
    parsePolicy({ customPatterns: [custom({ pattern: "a" })] }).customPatterns[0].pattern,
    "a",
  );
  refused({ customPatterns: [custom({ pattern: "" })] }, "policy.customPatterns[0].pattern");
});

Deno.test("policy bounds: a custom pattern has at most 32 keywords of 1 to 64 characters", () => {
  const at = (n: number, length: number) =>
    Array.from({ length: n }, (_, i) => `${i}`.padEnd(length, "k"));
  for (const keywords of [[], at(1, 1), at(32, 64), at(32, 2)]) {
    deepStrictEqual(
      parsePolicy({ customPatterns: [custom({ keywords })] }).customPatterns[0].keywords,
      keywords,
    );
  }
  refused(
    { customPatterns: [custom({ keywords: at(33, 2) })] },
    "policy.customPatterns[0].keywords",
  );
  refused({ customPatterns: [custom({ keywords: [""] })] }, "policy.customPatterns[0].keywords[0]");
  refused(
    { customPatterns: [custom({ keywords: ["k", "k".repeat(65)] })] },
    "policy.customPatterns[0].keywords[1]",
  );
});

Deno.test("policy bounds: at most 100 custom patterns, each id once", () => {
  const patterns = (n: number) => Array.from({ length: n }, (_, i) => custom({ id: `p-${i}` }));
  strictEqual(parsePolicy({ customPatterns: patterns(100) }).customPatterns.length, 100);
  refused({ customPatterns: patterns(101) }, "policy.customPatterns");
  for (const at of [1, 2, 99]) {
    const list = patterns(100);
    list[at] = custom({ id: list[at - 1].id });
    refused(
      { customPatterns: list },
      `policy.customPatterns[${at}].id: duplicate id "p-${at - 1}"`,
    );
  }
});

Deno.test("policy bounds: allowlist terms are 1 to 1,000 characters", () => {
  deepStrictEqual(parsePolicy({ allowlist: ["a", "b".repeat(1000)] }).allowlist, [
    "a",
    "b".repeat(1000),
  ]);
  refused({ allowlist: [""] }, "policy.allowlist[0]");
  refused({ allowlist: ["a", "b".repeat(1001)] }, "policy.allowlist[1]");
});

Deno.test("policy bounds: limits are whole numbers within their bounds, and the defaults fill the rest", () => {
  const cases: [string, number, number][] = [
    ["maxInputBytes", 1, 1 << 30],
    ["maxLineLength", 256, 1 << 20],
    ["timeBudgetMs", 1, 600_000],
  ];
  for (const [field, low, high] of cases) {
    for (const value of [low, low + 1, high - 1, high]) {
      deepStrictEqual(parsePolicy({ limits: { [field]: value } }).limits, {
        ...DEFAULT_LIMITS,
        [field]: value,
      });
    }
    for (const value of [low - 1, high + 1, low + 0.5, 0, -1, Number.NaN]) {
      refused({ limits: { [field]: value } }, `policy.limits.${field}`);
    }
  }
});

Deno.test("policy bounds: an invalid policy names its first five problems, no more", () => {
  const ids = ["A", "B", "C", "D", "E", "F", "G"];
  for (let n = 1; n <= ids.length; n++) {
    const { message } = refusal({ disabled: ids.slice(0, n) });
    const named = [...message.matchAll(/policy\.disabled\[(\d)\]/g)].map((m) => Number(m[1]));
    deepStrictEqual(named, [0, 1, 2, 3, 4].slice(0, Math.min(n, 5)), message);
  }
});
