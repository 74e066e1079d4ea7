/** config/service_rules.ts is read by defineServiceRules: anything invalid is refused by field. */
import { deepStrictEqual, throws } from "@node/assert";
import { defineServiceRules, MAX_SERVICE_RULES } from "./define_service_rules.ts";

Deno.test("defineServiceRules: sensitive and channels per service name or glob; errors name the field", () => {
  deepStrictEqual(
    defineServiceRules({
      payments: { sensitive: true },
      "checkout-*": { channels: ["C0123ABCD"] },
    }),
    { payments: { sensitive: true }, "checkout-*": { channels: ["C0123ABCD"] } },
  );
  const bad: [Parameters<typeof defineServiceRules>[0], RegExp][] = [
    [
      { payments: { channels: ["#payments"] } },
      /serviceRules\.payments\.channels\[0\]: must be a Slack channel id/,
    ],
    [
      { payments: { channels: [] } },
      /serviceRules\.payments\.channels: name at least one channel id/,
    ],
    [
      { "<!channel>": { sensitive: true } },
      /serviceRules\.<!channel>: not a service name or glob \(a scope holds only/,
    ],
    // deno-lint-ignore no-explicit-any
    [{ payments: { sensitve: true } as any }, /serviceRules\.payments: Unrecognized key/],
    // deno-lint-ignore no-explicit-any
    [{ payments: { sensitive: "yes" as any } }, /serviceRules\.payments\.sensitive: /],
    [
      Object.fromEntries(Array.from({ length: MAX_SERVICE_RULES + 1 }, (_, i) => [`s${i}`, {}])),
      /serviceRules: at most 200 services/,
    ],
  ];
  for (const [rules, expected] of bad) throws(() => defineServiceRules(rules), expected);
});
