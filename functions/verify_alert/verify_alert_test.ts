/**
 * verify_alert's handler alone against the emulator, for what the workflow runner cannot send
 * (values that are not strings: the platform would refuse them before the step) and for the
 * datastore failing. The cases a webhook can send are in workflows/debug_from_alert_test.ts.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { DATASTORES } from "../../datastores/mod.ts";
import deployed from "./handler.ts";
import { VerifyAlertFunction } from "./definition.ts";
import { signedAlertBody, testAlertEnv } from "./test_alert.ts";
import type { OutputKinds } from "../contract_checks.ts";
import { definitionKinds } from "../contract_checks.ts";
import type { VerifyAlertOutputs } from "./verify_alert.ts";

const CHANNEL = "C05PRODDBG1";
const USER = "U05ONCALL01";

async function withEmulator(
  test: (run: (inputs: unknown) => Promise<unknown>, emulator: Emulator) => Promise<void>,
  datastores = DATASTORES,
) {
  const emulator = await startSlackEmulator({
    datastores: datastores.map((datastore) => datastore.definition),
    logFile: false,
  });
  const env = {
    SLACK_API_URL: emulator.url,
    DEBUG_CHANNEL_IDS: CHANNEL,
    ...testAlertEnv(["gateway"]),
  };
  try {
    await test(
      (inputs) =>
        deployed({ inputs, env, token: emulator.botToken, team_id: "T1", enterprise_id: "" }),
      emulator,
    );
  } finally {
    await emulator.stop();
  }
}
type Emulator = Awaited<ReturnType<typeof startSlackEmulator>>;

const alert = () =>
  signedAlertBody({
    service: "gateway",
    environment: "production",
    window: "15m",
    channel_id: CHANNEL,
    on_call_user_id: USER,
  });

function audits(emulator: Emulator) {
  return emulator.state.datastoreItems("audit_events").map((e) => [e.outcome, e.detail]);
}

Deno.test("verify_alert: numbers, objects and lists where text is expected are malformed, audited", async () => {
  await withEmulator(async (run, emulator) => {
    const body = alert();
    for (const change of [{ timestamp: 1 }, { service: { a: 1 } }, { window: ["15m"] }]) {
      const result = await run({ ...body, ...change }) as { error?: string };
      ok(result.error?.startsWith("The alert was refused"), JSON.stringify(result));
    }
    deepStrictEqual(audits(emulator).map(([, detail]) => detail).sort(), [
      "malformed:service",
      "malformed:timestamp",
      "malformed:window",
    ]);
    deepStrictEqual(emulator.state.datastoreItems("webhook_nonces"), []);
  });
});

Deno.test("verify_alert: the nonce store failing refuses the alert (fails closed)", async () => {
  await withEmulator(async (run, emulator) => {
    emulator.faults.failNext("apps.datastore.get", "internal_error");
    const result = await run(alert()) as { error?: string; outputs?: unknown };
    strictEqual(result.outputs, undefined);
    ok(result.error?.includes("nonce could not be checked"), result.error);
    deepStrictEqual(audits(emulator), [["refused", "nonce_store_failed"]]);
  });
});

Deno.test("verify_alert: an accepted alert's outputs are its checked fields, the on-call user as requester", async () => {
  await withEmulator(async (run, emulator) => {
    const result = await run(alert()) as { outputs?: Record<string, string> };
    deepStrictEqual(result.outputs, {
      service: "gateway",
      environment: "production",
      window: "15m",
      filter: "",
      channel_id: CHANNEL,
      user_id: USER,
    });
    deepStrictEqual(audits(emulator), [["success", "verified:signature:1"]]);
  });
});

Deno.test("verify_alert: an alert that cannot be audited is not passed on", async () => {
  const withoutAudit = DATASTORES.filter((store) => store.definition.name !== "audit_events");
  await withEmulator(async (run) => {
    const result = await run(alert()) as { error?: string; outputs?: unknown };
    strictEqual(result.outputs, undefined);
    ok(result.error?.includes("could not be audited"), result.error);
  }, withoutAudit);
});

const OUTPUTS: OutputKinds<VerifyAlertOutputs> = {
  service: "string",
  environment: "string",
  window: "string",
  filter: "string",
  channel_id: "string",
  user_id: "string",
  alert_grant: "string?",
};

Deno.test("verify_alert: the definition's outputs are VerifyAlertOutputs", () => {
  deepStrictEqual(definitionKinds(VerifyAlertFunction.definition.output_parameters), OUTPUTS);
});
