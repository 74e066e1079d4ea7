/**
 * How config/sources.ts is read: as core's sources config (core/sources/config.ts), validated at
 * load with errors that name the field, except that
 * - a template with no source yet is allowed: it gives `undefined`, and fetch_logs then refuses
 *   with what to do (the rest of the template is still checked);
 * - `defaultSource` may be left out: the first source is the default.
 * It also validates the per-service rules (defineServiceRules, below), which hold for every
 * source.
 */
import * as z from "../core/zod.ts";
import { scopeProblem } from "../core/access/mod.ts";
import {
  loadSourcesConfig,
  type SourcesConfig,
  type SourcesConfigInput,
} from "../core/sources/mod.ts";
import { allowedHostsSchema, fetchBudgetSchema } from "../core/sources/config.ts";
import { once } from "../core/once.ts";
import { channelId } from "../functions/slack_ids.ts";

/** Most services with rules, and most channels one service names. */
export const MAX_SERVICE_RULES = 200;
const MAX_RULE_CHANNELS = 100;

/** What config/sources.ts writes: typed, so `deno check` catches a misspelt field. */
export type SourcesTemplate =
  & Omit<SourcesConfigInput, "defaultSource">
  & { defaultSource?: string };

/** The team's sources config, or `undefined` while none is configured. */
export type TeamSources = SourcesConfig | undefined;

/** The parts of the config that mean something before any source is added. */
const noSourceYetSchema = once(() =>
  z.object({ allowedHosts: allowedHostsSchema(), fetchBudgetMs: fetchBudgetSchema() })
);

function fieldPath(path: PropertyKey[]): string {
  return path.map((part, i) =>
    typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`
  ).join("");
}

/** Validates config/sources.ts; the thrown Error names the first bad fields. */
export function defineSources(template: SourcesTemplate): TeamSources {
  const first = template.sources[0];
  if (first !== undefined) {
    return loadSourcesConfig({ ...template, defaultSource: template.defaultSource ?? first.name });
  }
  if (template.defaultSource !== undefined) {
    throw new Error(
      `Invalid sources config: defaultSource: no source named "${template.defaultSource}" ` +
        "(no source is configured yet)",
    );
  }
  const checked = noSourceYetSchema().safeParse(template);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 3)
      .map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
    throw new Error(`Invalid sources config: ${issues.join("; ")}`);
  }
  return undefined;
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
 * Validates the per-service rules of config/sources.ts; the thrown Error names the first bad
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
