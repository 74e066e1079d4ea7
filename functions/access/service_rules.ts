/**
 * Per-service delivery rules, checked by fetch_logs (before anything is read) and
 * post_debug_report (before anything is posted), for a channel report only: a sensitive service
 * (config/service_rules.ts, or SENSITIVE_SERVICES in the env) is never delivered to a
 * channel, whoever asks, and a service that names its own channels is delivered only to them
 * (DEBUG_CHANNEL_IDS is checked separately: the service's channels narrow it).
 */
import { scopeMatches } from "../../core/access/mod.ts";
import { inlineCode } from "../../core/render/slack_escape.ts";
import type { ServiceRules } from "../../config/define_service_rules.ts";
import { serviceRules as teamRules } from "../../config/service_rules.ts";
import { readSensitiveServices } from "./sensitive.ts";

export interface ServiceRuleRefusal {
  /** bad_settings, sensitive_service or channel_not_for_service. */
  detail: string;
  error: string;
}

/** Why a report of `service` may not go to `channel` as `delivery`, or undefined when it may. */
export function serviceRuleRefusal(
  env: Record<string, string | undefined>,
  service: string,
  delivery: string | undefined,
  channel: string | undefined,
  rules: ServiceRules = teamRules,
): ServiceRuleRefusal | undefined {
  if (delivery !== "channel") return undefined;
  // The service is typed by the person or a workflow: shown as code, it cannot format.
  const named = inlineCode(service.slice(0, 64));
  const sensitivePatterns = readSensitiveServices(env);
  if ("problem" in sensitivePatterns) {
    return { detail: "bad_settings", error: sensitivePatterns.problem };
  }
  const matching = Object.entries(rules)
    .filter(([pattern]) => scopeMatches(pattern, service))
    .map(([, rule]) => rule);
  const sensitive = matching.some((rule) => rule.sensitive === true) ||
    sensitivePatterns.some((pattern) => scopeMatches(pattern, service));
  if (sensitive) {
    return {
      detail: "sensitive_service",
      error: `${named} is marked sensitive: its reports are shown only to the person who ` +
        "asks. Nothing was read or posted. Choose ephemeral delivery (only you see it).",
    };
  }
  if (
    matching.some((rule) => rule.channels !== undefined && !rule.channels.includes(channel ?? ""))
  ) {
    return {
      detail: "channel_not_for_service",
      error: `Reports about ${named} may be posted only in its own channels, and this is not ` +
        "one of them. Nothing was read or posted. Post from one of its channels, or choose " +
        "ephemeral delivery (only you see it).",
    };
  }
  return undefined;
}
