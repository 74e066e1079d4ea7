import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { readWebhookSettings } from "./settings.ts";

const SECRET = "s".repeat(40);

Deno.test("settings: several secrets, an optional API key and the services are read", () => {
  const settings = readWebhookSettings({
    ALERT_WEBHOOK_SECRETS: ` ${SECRET} , ${"t".repeat(40)} `,
    ALERT_WEBHOOK_API_KEY: "k".repeat(32),
    ALERT_WEBHOOK_SERVICES: "gateway, checkout",
    ALERT_SNAPSHOT_MINUTES: "30",
  });
  if ("problem" in settings) throw new Error(settings.problem);
  deepStrictEqual(settings.secrets, [SECRET, "t".repeat(40)]);
  strictEqual(settings.apiKey, "k".repeat(32));
  deepStrictEqual([...settings.services], ["gateway", "checkout"]);
  strictEqual(settings.snapshotMinutes, 30);
});

Deno.test("settings: API keys are off unless set; nothing set accepts nothing", () => {
  const settings = readWebhookSettings({});
  if ("problem" in settings) throw new Error(settings.problem);
  deepStrictEqual(settings, { secrets: [], services: new Set(), snapshotMinutes: 10 });
});

Deno.test("settings: a short secret or key, too many secrets, or a bad service name is refused without its value", () => {
  const cases: [Record<string, string>, string][] = [
    [{ ALERT_WEBHOOK_SECRETS: "short-secret" }, "ALERT_WEBHOOK_SECRETS"],
    [{ ALERT_WEBHOOK_SECRETS: Array(6).fill(SECRET).join(",") }, "ALERT_WEBHOOK_SECRETS"],
    [{ ALERT_WEBHOOK_API_KEY: "short-api-key" }, "ALERT_WEBHOOK_API_KEY"],
    [{ ALERT_WEBHOOK_SERVICES: "gateway,bad service" }, "ALERT_WEBHOOK_SERVICES"],
    [{ ALERT_SNAPSHOT_MINUTES: "-3" }, "ALERT_SNAPSHOT_MINUTES"],
    [{ ALERT_SNAPSHOT_MINUTES: "2.5" }, "ALERT_SNAPSHOT_MINUTES"],
  ];
  for (const [env, name] of cases) {
    const settings = readWebhookSettings(env);
    if (!("problem" in settings)) throw new Error(`${name} was accepted`);
    ok(settings.problem.startsWith(name), settings.problem);
    for (const value of Object.values(env)) ok(!settings.problem.includes(value), name);
  }
});
