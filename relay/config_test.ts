import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { readRelayConfig } from "./config.ts";

const MINIMAL = {
  trigger_url: "https://hooks.slack.com/triggers/T1/123/abc",
  secret_env: "ALERT_SECRET",
  channel_id: "C05PRODDBG1",
  on_call_user_id: "U05ONCALL01",
};

Deno.test("relay config: a minimal file gets the documented defaults", () => {
  const read = readRelayConfig(MINIMAL);
  if (!read.ok) throw new Error(read.problems.join("; "));
  deepStrictEqual(read.config.labels.service, ["service", "job"]);
  strictEqual(read.config.default_environment, "production");
  strictEqual(read.config.lookback_minutes, 15);
  deepStrictEqual(read.config.listen, { hostname: "127.0.0.1", port: 9094 });
  deepStrictEqual(read.config.retry, { attempts: 5, base_delay_ms: 500, max_delay_ms: 10_000 });
});

Deno.test("relay config: each problem names its field", () => {
  const read = readRelayConfig({
    ...MINIMAL,
    trigger_url: "ftp://example.com/",
    channel_id: "#prod-debug",
    retry: { attempts: 0 },
    labels: { service: ["bad label"] },
    secret: "inline secrets are not accepted",
  });
  if (read.ok) throw new Error("accepted");
  const fields = read.problems.map((problem) => problem.split(":")[0]).sort();
  deepStrictEqual(fields, [
    "(the file)",
    "channel_id",
    "labels.service.0",
    "retry.attempts",
    "trigger_url",
  ]);
  ok(read.problems.some((p) => p.includes("unknown field(s) secret")), read.problems.join("\n"));
  ok(!read.problems.join("\n").includes("inline secrets are not accepted"));
});

Deno.test("relay config: relay/example.json is valid", async () => {
  const text = await Deno.readTextFile(new URL("./example.json", import.meta.url));
  const read = readRelayConfig(JSON.parse(text));
  if (!read.ok) throw new Error(read.problems.join("; "));
  strictEqual(read.config.inbound_token_env, "SAFE_DEBUG_RELAY_TOKEN");
});
