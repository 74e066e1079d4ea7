/**
 * Every bound of a source's common fields, both sides, and each default: what a config may set
 * (lines, bytes, pages, timeouts, retries, environments, names, durations), checked through a
 * Loki source's schema (every backend shares these fields) and the overall fetch budget's.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { fetchBudgetSchema, lokiSchema } from "./config.ts";

const loki = (extra: Record<string, unknown> = {}) => ({
  name: "loki",
  kind: "loki",
  baseUrl: "https://loki.example.com",
  auth: { type: "bearer", tokenEnv: "LOKI_TOKEN" },
  environments: ["prod"],
  services: { checkout: { labels: { service_name: "checkout" } } },
  ...extra,
});
const accepts = (extra: Record<string, unknown>) => lokiSchema().safeParse(loki(extra)).success;

/** [field, lowest, highest, default]: integers only. */
const NUMBERS: [string, number, number, number][] = [
  ["maxLines", 1, 5000, 500],
  ["maxBytes", 1024, 4_000_000, 256_000],
  ["pageSize", 1, 1000, 200],
  ["maxPages", 1, 100, 10],
  ["requestTimeoutMs", 100, 8000, 4000],
  ["maxResponseBytes", 1024, 32_000_000, 8_000_000],
];
/** The same for the fields of `retry`. */
const RETRY: [string, number, number, number][] = [
  ["maxAttempts", 1, 6, 3],
  ["baseDelayMs", 0, 5000, 300],
  ["maxDelayMs", 0, 8000, 3000],
];

Deno.test("config bounds: each number of a source, its lowest and highest, integers, its default", () => {
  const defaults = lokiSchema().parse(loki()) as unknown as Record<string, unknown>;
  for (const [field, low, high, fallback] of NUMBERS) {
    strictEqual(accepts({ [field]: low }), true, `${field} ${low}`);
    strictEqual(accepts({ [field]: low - 1 }), false, `${field} ${low - 1}`);
    strictEqual(accepts({ [field]: high }), true, `${field} ${high}`);
    strictEqual(accepts({ [field]: high + 1 }), false, `${field} ${high + 1}`);
    strictEqual(accepts({ [field]: low + 0.5 }), false, `${field} ${low + 0.5}`);
    strictEqual(defaults[field], fallback, `${field}'s default`);
  }
  for (const [field, low, high, fallback] of RETRY) {
    const retry = (value: number) => accepts({ retry: { [field]: value } });
    strictEqual(retry(low), true, `retry.${field} ${low}`);
    strictEqual(retry(low - 1), false, `retry.${field} ${low - 1}`);
    strictEqual(retry(high), true, `retry.${field} ${high}`);
    strictEqual(retry(high + 1), false, `retry.${field} ${high + 1}`);
    const filled = lokiSchema().parse(loki({ retry: {} })).retry as Record<string, number>;
    strictEqual(filled[field], fallback, `retry.${field}'s default`);
  }
  const budget = fetchBudgetSchema();
  deepStrictEqual([1000, 8000, 999, 8001].map((ms) => budget.safeParse(ms).success), [
    true,
    true,
    false,
    false,
  ]);
  strictEqual(budget.parse(undefined), 8000);
});

Deno.test("config bounds: 1 to 20 environments, each a plain value of 1 to 100 characters", () => {
  const environments = (list: string[]) => accepts({ environments: list });
  strictEqual(environments([]), false);
  strictEqual(environments(["e"]), true);
  strictEqual(environments(Array.from({ length: 20 }, (_, i) => `e${i}`)), true);
  strictEqual(environments(Array.from({ length: 21 }, (_, i) => `e${i}`)), false);
  strictEqual(environments([`e${"/".repeat(99)}`]), true);
  strictEqual(environments([`e${"/".repeat(100)}`]), false);
  strictEqual(environments(["-prod"]), false);
  strictEqual(environments(["prod eu"]), false);
});

Deno.test("config bounds: env var names of 1 to 64 characters, durations that parse, their defaults", () => {
  const token = (tokenEnv: string) => accepts({ auth: { type: "bearer", tokenEnv } });
  strictEqual(token("A"), true);
  strictEqual(token(`A${"_".repeat(63)}`), true);
  strictEqual(token(`A${"_".repeat(64)}`), false);
  strictEqual(accepts({ defaultWindow: "1h", maxWindow: "2d" }), true);
  strictEqual(accepts({ defaultWindow: "soon" }), false);
  strictEqual(accepts({ maxWindow: "15" }), false);
  const { defaultWindow, maxWindow } = lokiSchema().parse(loki());
  deepStrictEqual([defaultWindow, maxWindow], ["15m", "24h"]);
});
