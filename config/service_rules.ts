/**
 * Your team's per-service delivery rules, for every source of config/sources.ts (see README,
 * "Configure your sources"). Non-secret settings only: this file is committed.
 */
import { defineServiceRules } from "./define_service_rules.ts";

/**
 * Per-service rules, for every source, keyed by service name or glob (validated at load; errors
 * name the field). `sensitive: true`: reports only ephemerally, to the person who asked (as
 * SENSITIVE_SERVICES in the env, which still works and adds to these). `channels`: channel reports
 * only to these channels, which must also be in DEBUG_CHANNEL_IDS (they narrow it, never widen
 * it). When several keys match a service, every matching rule applies.
 */
export const serviceRules = defineServiceRules({
  // payments: { sensitive: true },
  // "checkout-*": { channels: ["C0123CHECKOUT"] },
});
