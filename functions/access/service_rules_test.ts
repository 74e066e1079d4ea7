/** Per-service rules: sensitive services stay ephemeral, a service's own channels narrow where. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { defineServiceRules } from "../../config/define_service_rules.ts";
import { serviceRules as teamRules } from "../../config/service_rules.ts";
import { serviceRuleRefusal } from "./service_rules.ts";

const DEBUG = "C05PRODDBG1";
const PAY_CHANNEL = "C05PAYDBG01";
const RULES = defineServiceRules({
  payments: { sensitive: true, channels: [PAY_CHANNEL] },
  "checkout-*": { channels: [DEBUG, PAY_CHANNEL] },
  "checkout-eu": { channels: [PAY_CHANNEL] },
});

const detail = (
  service: string,
  delivery: string | undefined,
  channel: string | undefined,
  env: Record<string, string> = {},
) => serviceRuleRefusal(env, service, delivery, channel, RULES)?.detail ?? "allowed";

Deno.test("a sensitive service is refused for a channel, whatever the channel; ephemeral goes", () => {
  strictEqual(detail("payments", "channel", PAY_CHANNEL), "sensitive_service");
  strictEqual(detail("payments", "ephemeral", PAY_CHANNEL), "allowed");
  strictEqual(detail("payments", undefined, undefined), "allowed");
  const refusal = serviceRuleRefusal({}, "payments", "channel", PAY_CHANNEL, RULES);
  ok(refusal?.error.includes("`payments` is marked sensitive"), refusal?.error);
});

Deno.test("a service's own channels narrow channel delivery; every matching rule applies", () => {
  strictEqual(detail("checkout-api", "channel", DEBUG), "allowed");
  strictEqual(detail("checkout-api", "channel", "C05GENERAL1"), "channel_not_for_service");
  strictEqual(detail("checkout-eu", "channel", DEBUG), "channel_not_for_service", "both rules");
  strictEqual(detail("checkout-eu", "channel", PAY_CHANNEL), "allowed");
  strictEqual(detail("billing", "channel", "C05GENERAL1"), "allowed", "no rule: no narrowing");
  strictEqual(detail("checkout-api", "ephemeral", "C05GENERAL1"), "allowed");
  ok(
    serviceRuleRefusal({}, "checkout-api", "channel", "C05GENERAL1", RULES)?.error
      .includes("only in its own channels"),
  );
});

Deno.test("SENSITIVE_SERVICES still marks services sensitive, next to the configured rules", () => {
  strictEqual(
    detail("auth", "channel", DEBUG, { SENSITIVE_SERVICES: "auth*" }),
    "sensitive_service",
  );
  strictEqual(detail("auth", "channel", DEBUG), "allowed");
  strictEqual(detail("auth", "channel", DEBUG, { SENSITIVE_SERVICES: "<!here>" }), "bad_settings");
  ok(
    !JSON.stringify(serviceRuleRefusal({ SENSITIVE_SERVICES: "<!here>" }, "a", "channel", DEBUG))
      .includes("<!here>"),
  );
});

Deno.test("the handlers use the team's rules from config/service_rules.ts by default", () => {
  // The committed template has no rules yet: nothing is narrowed or sensitive by config alone.
  deepStrictEqual(teamRules, {});
  strictEqual(serviceRuleRefusal({}, "payments", "channel", DEBUG), undefined);
});
