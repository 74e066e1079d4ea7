/** fetchLogs end to end with the sample source's config against the sample log service. */
import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { SAMPLE_SOURCES_CONFIG as config } from "../../devkit/sample_logs/source.ts";
import { fetchLogs } from "./fetch_logs.ts";
import { LogSourceError, type SourceDeps } from "./types.ts";
import { startSampleLogService } from "../../devkit/sample_logs/mod.ts";

const NOW = Date.parse("2026-11-29T10:00:00Z");

async function withSample(run: (env: Record<string, string>) => Promise<void>) {
  const service = await startSampleLogService();
  try {
    await run({ SAMPLE_LOGS_URL: service.url, SAMPLE_LOGS_TOKEN: service.token });
  } finally {
    await service.stop();
  }
}

const at = (env: Record<string, string>, now = NOW): SourceDeps => ({ fetch, env, now: () => now });
const REQUEST = { service: "checkout", environment: "production", window: "15m" };

Deno.test("the default source reads the sample service: records, levels, attributes, pages", async () => {
  await withSample(async (env) => {
    const result = await fetchLogs(config, REQUEST, at(env));
    strictEqual(result.source, "sample");
    strictEqual(result.start.toISOString(), "2026-11-29T09:45:00.000Z");
    strictEqual(result.end.toISOString(), "2026-11-29T10:00:00.000Z");
    strictEqual(result.records.length, 225);
    strictEqual(result.pages, 3);
    strictEqual(result.truncated, false);
    const times = result.records.map((r) => r.time);
    deepStrictEqual([...times].sort().reverse(), times);
    ok(
      result.records.every((r) =>
        r.attributes.host?.startsWith("checkout-") && r.attributes.trace_id
      ),
    );
    ok(result.records.some((r) => r.level === "error"));
  });
});

Deno.test("maxLines is clamped to the source cap and truncation is reported", async () => {
  await withSample(async (env) => {
    const few = await fetchLogs(config, { ...REQUEST, maxLines: 5 }, at(env));
    strictEqual(few.records.length, 5);
    strictEqual(few.truncated, true);
    strictEqual(few.pages, 1);
    const many = await fetchLogs(config, { ...REQUEST, window: "1h", maxLines: 100_000 }, at(env));
    strictEqual(many.records.length, 300, "capped at the source's maxLines");
    strictEqual(many.truncated, true);
  });
});

Deno.test("requests the config does not cover fail with the known names", async () => {
  await withSample(async (env) => {
    await rejects(
      fetchLogs(config, { ...REQUEST, service: "payments" }, at(env)),
      (e: LogSourceError) =>
        e.code === "config" &&
        e.message ===
          'Unknown service "payments" for source "sample", known: checkout, auth, gateway, billing.',
    );
    await rejects(
      fetchLogs(config, { ...REQUEST, source: "splunk" }, at(env)),
      (e: LogSourceError) => e.message === 'Unknown log source "splunk", known: sample.',
    );
    await rejects(
      fetchLogs(config, { ...REQUEST, environment: "dev" }, at(env)),
      /Unknown environment "dev"/,
    );
    await rejects(
      fetchLogs(config, { ...REQUEST, window: "3d" }, at(env)),
      (e: LogSourceError) => e.code === "bad_query" && /24h|1d/.test(e.message),
    );
  });
});

Deno.test("missing env values and a base URL outside allowedHosts are config errors", async () => {
  await rejects(
    fetchLogs(config, REQUEST, at({ SAMPLE_LOGS_URL: "http://127.0.0.1:9" })),
    (e: LogSourceError) => e.code === "config" && /SAMPLE_LOGS_TOKEN is not set/.test(e.message),
  );
  await rejects(
    fetchLogs(config, REQUEST, at({ SAMPLE_LOGS_TOKEN: "t" })),
    (e: LogSourceError) => /env var SAMPLE_LOGS_URL, which is not set/.test(e.message),
  );
  await rejects(
    fetchLogs(
      config,
      REQUEST,
      at({ SAMPLE_LOGS_TOKEN: "t", SAMPLE_LOGS_URL: "https://attacker.example.net" }),
    ),
    (e: LogSourceError) => e.code === "config" && /not in allowedHosts/.test(e.message),
  );
});

Deno.test("a wrong token is an auth error that does not repeat the token", async () => {
  await withSample(async (env) => {
    const wrong = "wrong-token-value-123";
    await rejects(
      fetchLogs(config, REQUEST, at({ ...env, SAMPLE_LOGS_TOKEN: wrong })),
      (e: LogSourceError) =>
        e.code === "auth" && /HTTP 401: missing or wrong bearer token/.test(e.message) &&
        !e.message.includes(wrong),
    );
  });
});
