/**
 * Which sources the deployed fetch_logs reads (handler.ts): the team's, refusing with what to do
 * while there are none; the sample log service as the default too, only while SAMPLE_LOGS_URL
 * names it on this machine (`slack run`, the demo, the tests).
 */
import { ok, strictEqual } from "@node/assert";
import { loadSourcesConfig, type SourcesConfig } from "../../core/sources/mod.ts";
import { genericJson } from "../../core/sources/generic_json.ts";
import { DATASTORES } from "../../datastores/mod.ts";
import { startSampleLogService } from "../../devkit/sample_logs/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../../devkit/sample_logs/source.ts";
import { startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import type { FunctionResult } from "../../slack/function_context.ts";
import type { FetchLogsOutputs } from "./fetch_logs.ts";
import { createDeployedFetchLogsHandler, NO_SOURCE_CONFIGURED } from "./deployed.ts";

const INPUTS = {
  service: "checkout",
  environment: "production",
  window: "15m",
  user_id: "U05ONCALL01",
};

/** A team source in the sample service's wire format, at TEAM_LOGS_URL. */
function teamSources(name = "team"): SourcesConfig {
  return loadSourcesConfig({
    backends: [genericJson],
    defaultSource: name,
    allowedHosts: ["127.0.0.1"],
    sources: [{
      ...SAMPLE_SOURCES_CONFIG.sources[0],
      name,
      baseUrlEnv: "TEAM_LOGS_URL",
      auth: { type: "bearer", tokenEnv: "TEAM_LOGS_TOKEN" },
    }],
  });
}

/** Runs `handler` with the Slack emulator (fetch_logs audits) and two services: team and sample. */
async function withServices(
  test: (
    call: (
      team: SourcesConfig | undefined,
      env: Record<string, string>,
      inputs?: Record<string, unknown>,
    ) => Promise<FunctionResult<FetchLogsOutputs>>,
    env: { team: Record<string, string>; sample: Record<string, string> },
  ) => Promise<void>,
): Promise<void> {
  const emulator = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const team = await startSampleLogService();
  const sample = await startSampleLogService();
  try {
    await test(
      (config, env, inputs = INPUTS) =>
        createDeployedFetchLogsHandler(config)({
          inputs,
          env: { SLACK_API_URL: emulator.url, ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02", ...env },
          token: emulator.botToken,
          team_id: "",
          enterprise_id: "",
        }),
      {
        team: { TEAM_LOGS_URL: team.url, TEAM_LOGS_TOKEN: team.token },
        sample: { SAMPLE_LOGS_URL: sample.url, SAMPLE_LOGS_TOKEN: sample.token },
      },
    );
  } finally {
    await sample.stop();
    await team.stop();
    await emulator.stop();
  }
}

Deno.test("fetch_logs with no source configured refuses, saying where to add one", async () => {
  await withServices(async (call, env) => {
    const refused = await call(undefined, {});
    strictEqual(refused.error, NO_SOURCE_CONFIGURED);
    ok(NO_SOURCE_CONFIGURED.includes("config/sources.ts"));
    ok(NO_SOURCE_CONFIGURED.includes('"Configure your sources"'));
    strictEqual((await call(undefined, { SAMPLE_LOGS_URL: " " })).error, NO_SOURCE_CONFIGURED);
    const local = await call(undefined, env.sample);
    strictEqual(local.error, undefined, local.error);
    strictEqual(local.outputs?.source, "sample", "the sample service is read for a local run");
  });
});

Deno.test("fetch_logs reads the team's default source, or the sample one while SAMPLE_LOGS_URL is set", async () => {
  await withServices(async (call, env) => {
    const deployed = await call(teamSources(), env.team);
    strictEqual(deployed.error, undefined, deployed.error);
    strictEqual(deployed.outputs?.source, "team");
    const sample = await call(teamSources(), { ...env.team, ...env.sample });
    strictEqual(sample.outputs?.source, "sample", "the sample is the default of a local run");
    const chosen = await call(teamSources(), { ...env.team, ...env.sample }, {
      ...INPUTS,
      source: "team",
    });
    strictEqual(chosen.outputs?.source, "team", "the team's sources stay readable");
    const deployedAsks = await call(teamSources(), env.team, { ...INPUTS, source: "sample" });
    ok(/Unknown log source "sample"/.test(deployedAsks.error ?? ""), deployedAsks.error);
  });
});

Deno.test("fetch_logs refuses a SAMPLE_LOGS_URL off this machine, and a sample it cannot add", async () => {
  await withServices(async (call, env) => {
    const remote = await call(teamSources(), {
      ...env.team,
      SAMPLE_LOGS_URL: "https://logs.example.com",
      SAMPLE_LOGS_TOKEN: "t",
    });
    ok(remote.error?.startsWith("SAMPLE_LOGS_URL must be the local sample log service"));
    ok(remote.error?.includes("nothing was read"), remote.error);
    const clash = await call(teamSources("sample"), { ...env.team, ...env.sample });
    ok(
      clash.error?.startsWith("The sample log service cannot be added to the configured sources"),
      clash.error,
    );
    ok(clash.error?.includes("duplicate name"), clash.error);
  });
});
