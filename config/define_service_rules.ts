/**
 * How config/service_rules.ts is read: the per-service rules, validated at load with errors that
 * name the field. Apart from the sources config (./define_sources.ts), so that a function that
 * only checks the rules (post_debug_report) does not carry every backend's schema.
 */
import * as z from "../core/zod.ts";
import { scopeProblem } from "../core/access/mod.ts";
import { channelId } from "../functions/slack_ids.ts";

/** Most services with rules, and most channels one service names. */
export const MAX_SERVICE_RULES = 200;
const MAX_RULE_CHANNELS = 100;

/** A zod issue's path as a config field: `sources[1].baseUrl`, `payments.channels[0]`. */
export function fieldPath(path: PropertyKey[]): string {
  return path.map((part, i) =>
    typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`
  ).join("");
}

/** One service's rules: `sensitive` reports go only to the requester; `channels` narrow where. */
const ServiceRuleSchema = z.strictObject({
  sensitive: z.optional(z.boolean()),
  channels: z.optional(
    z.array(channelId).check(
      z.minLength(1, "name at least one channel id, or leave channels out"),
      z.maxLength(MAX_RULE_CHANNELS, `at most ${MAX_RULE_CHANNELS} channels`),
    ),
  ),
});

/** Per-service rules, keyed by service name or glob (`payments`, `checkout-*`). */
export const ServiceRulesSchema = z.record(z.string(), ServiceRuleSchema).check(z.superRefine(
  (rules, context) => {
    const keys = Object.keys(rules);
    if (keys.length > MAX_SERVICE_RULES) {
      context.addIssue({ code: "custom", message: `at most ${MAX_SERVICE_RULES} services` });
    }
    for (const key of keys.slice(0, MAX_SERVICE_RULES)) {
      const problem = scopeProblem(key);
      if (problem) {
        context.addIssue({
          code: "custom",
          path: [key],
          message: `not a service name or glob (${problem})`,
        });
      }
    }
  },
));

export type ServiceRule = z.infer<typeof ServiceRuleSchema>;
export type ServiceRules = Readonly<Record<string, Readonly<ServiceRule>>>;

/**
 * Validates the per-service rules of config/service_rules.ts; the thrown Error names the first bad
 * fields (`serviceRules.payments.channels[0]: must be a Slack channel id`).
 */
export function defineServiceRules(rules: z.input<typeof ServiceRulesSchema>): ServiceRules {
  const checked = ServiceRulesSchema.safeParse(rules);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 3)
      .map((issue) => `${fieldPath(["serviceRules", ...issue.path])}: ${issue.message}`);
    throw new Error(`Invalid service rules: ${issues.join("; ")}`);
  }
  return checked.data;
}
