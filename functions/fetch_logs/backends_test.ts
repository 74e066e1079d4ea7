/**
 * fetch_logs end to end, once per backend kind: a one-step workflow run by the local workflow
 * runner against the Slack emulator, its source a loopback fake of that backend seeded with
 * fake secrets. Then the ways a source fails: down, slow, garbage, and an error quoting secrets.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { DefineFunction, DefineWorkflow, Schema } from "deno-slack-sdk";
import { WINDOW, WINDOW_START_MS } from "../../core/sources/test_support.ts";
import {
  clickhouseError,
  clickhouseParamRoute,
  cloudwatchError,
  cloudwatchRoute,
  datadogError,
  datadogRoute,
  elasticError,
  elasticsearchRoute,
  type FakeReply,
  type FakeRoute,
  lokiError,
  lokiRoute,
  type RecordedRequest,
  startFakeServer,
} from "../../devkit/fake_backends/mod.ts";
import { startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { DATASTORES } from "../../datastores/mod.ts";
import { runWorkflow } from "../../devkit/workflow_runner/mod.ts";
import { FetchLogsFunction } from "./definition.ts";

/** fetch_logs with its real parameters, over one source per kind (see the handler file). */
const FetchFromEveryBackend = DefineFunction({
  ...FetchLogsFunction.definition,
  callback_id: "fetch_logs_every_backend",
  source_file: "functions/fetch_logs/testdata/every_backend_handler.ts",
});

const workflow = DefineWorkflow({
  callback_id: "fetch_logs_end_to_end",
  title: "Fetch logs from one source",
  input_parameters: {
    properties: {
      source: { type: Schema.types.string },
      window: { type: Schema.types.string },
      filter: { type: Schema.types.string },
    },
    required: ["source", "window"],
  },
});
workflow.addStep(FetchFromEveryBackend, {
  service: "checkout",
  environment: "prod",
  user_id: "U05ONCALL01",
  window: workflow.inputs.window,
  source: workflow.inputs.source,
  filter: workflow.inputs.filter,
});

/** fetch_logs writes its audit trail to the app's datastores. */
const APP_DATASTORES = DATASTORES.map((datastore) => datastore.definition);

const AWS_KEY = "AKIAZ7QWERTY2345UIOP";
const EMAIL = "jane.doe@example.com";

interface Seed {
  offsetMs: number;
  level: string;
  message: string;
}

/** Oldest first, all inside WINDOW. */
const SEEDS: Seed[] = [
  { offsetMs: 60_000, level: "info", message: `checkout started for ${EMAIL}` },
  { offsetMs: 120_000, level: "error", message: `upload failed with key ${AWS_KEY}` },
  { offsetMs: 180_000, level: "warn", message: "retrying the upload" },
];
const EXPECTED_LINES = [
  "checkout started for [REDACTED:email-address]",
  "upload failed with key [REDACTED:aws-access-key-id]",
  "retrying the upload",
];

const epochMs = (seed: Seed) => WINDOW_START_MS + seed.offsetMs;
const iso = (seed: Seed) => new Date(epochMs(seed)).toISOString();
const epochNs = (seed: Seed) => (BigInt(epochMs(seed)) * 1_000_000n).toString();

interface Backend {
  kind: string;
  urlEnv: string;
  /** The source's credentials, by env name: none may appear in any output or error. */
  credentials: Record<string, string>;
  /** The backend's fake, serving `seeds`. */
  serve(seeds: Seed[]): FakeRoute;
  /** The backend's own error envelope around `text`. */
  failure(status: number, text: string): FakeReply;
  /** True when the request carries exactly the credentials above. */
  authenticated(request: RecordedRequest): boolean;
}

const BACKENDS: Backend[] = [
  {
    kind: "loki",
    urlEnv: "LOKI_URL",
    credentials: { LOKI_USER: "e2e-loki-user", LOKI_TOKEN: "glc_e2e_loki_token_6d1f0a93" },
    serve: (seeds) =>
      lokiRoute(seeds.map((seed) => ({
        stream: { service_name: "checkout", env: "prod", level: seed.level },
        values: [[epochNs(seed), seed.message]],
      }))),
    failure: lokiError,
    authenticated: (request) =>
      request.headers.authorization ===
        `Basic ${btoa("e2e-loki-user:glc_e2e_loki_token_6d1f0a93")}`,
  },
  {
    kind: "elasticsearch",
    urlEnv: "ELASTICSEARCH_URL",
    credentials: { ES_API_KEY: "ZTJlLWVzLWtleS1pZDplMmUtZXMtc2VjcmV0LTQ0" },
    serve: (seeds) =>
      elasticsearchRoute(seeds.map((seed) => ({
        "@timestamp": iso(seed),
        message: seed.message,
        log: { level: seed.level },
        service: { name: "checkout", environment: "prod" },
      }))),
    failure: (status, text) => elasticError(status, "search_phase_execution_exception", text),
    authenticated: (request) =>
      request.headers.authorization === "ApiKey ZTJlLWVzLWtleS1pZDplMmUtZXMtc2VjcmV0LTQ0",
  },
  {
    kind: "datadog",
    urlEnv: "DATADOG_URL",
    credentials: { DD_API_KEY: "e2e_dd_api_key_5b7c9e1f", DD_APP_KEY: "e2e_dd_app_key_0a2c4e6b" },
    serve: (seeds) =>
      datadogRoute(seeds.map((seed) => ({
        timestamp: iso(seed),
        message: seed.message,
        service: "checkout",
        env: "prod",
        status: seed.level,
      }))),
    failure: datadogError,
    authenticated: (request) =>
      request.headers["dd-api-key"] === "e2e_dd_api_key_5b7c9e1f" &&
      request.headers["dd-application-key"] === "e2e_dd_app_key_0a2c4e6b",
  },
  {
    kind: "cloudwatch",
    urlEnv: "CLOUDWATCH_URL",
    credentials: {
      CW_ACCESS_KEY_ID: "AKIDE2ETESTKEY",
      CW_SECRET_ACCESS_KEY: "e2eSecretAccessKey/K7MDENG+bPxRfiCYzz",
    },
    serve: (seeds) =>
      cloudwatchRoute(seeds.map((seed) => ({
        logGroupName: "/ecs/prod/checkout",
        logStreamName: "web/1",
        timestamp: epochMs(seed),
        message: seed.message,
      }))),
    failure: (status, text) => cloudwatchError(status, "ServiceUnavailableException", text),
    // The signature itself is checked against AWS's algorithm in core/sources/cloudwatch_test.ts.
    authenticated: (request) =>
      request.headers.authorization?.startsWith(
        "AWS4-HMAC-SHA256 Credential=AKIDE2ETESTKEY/",
      ) === true,
  },
  {
    kind: "clickhouse",
    urlEnv: "CLICKHOUSE_URL",
    credentials: { CH_USER: "e2e_reader", CH_PASSWORD: "ch-e2e-password-31c7" },
    serve: (seeds) =>
      clickhouseParamRoute(seeds.map((seed) => ({
        ts_ns: epochNs(seed),
        service: "checkout",
        level: seed.level,
        message: seed.message,
      }))),
    failure: (status, text) => clickhouseError(status, 1002, text),
    authenticated: (request) =>
      request.headers["x-clickhouse-user"] === "e2e_reader" &&
      request.headers["x-clickhouse-key"] === "ch-e2e-password-31c7",
  },
  {
    kind: "generic_json",
    urlEnv: "GENERIC_JSON_URL",
    credentials: { GENERIC_JSON_TOKEN: "generic-e2e-token-8b2e40" },
    // An API that answers oldest first, with a line stamped far outside the window: the
    // excerpt still holds the window's lines in time order, and only those.
    serve: (seeds) => () => ({
      body: {
        items: [
          ...seeds.map((seed) => ({ ts: iso(seed), msg: seed.message, level: seed.level })),
          { ts: "2099-01-01T00:00:00Z", msg: "stamped in 2099", level: "info" },
        ],
      },
    }),
    failure: (status, text) => ({ status, body: text }),
    authenticated: (request) => request.headers.authorization === "Bearer generic-e2e-token-8b2e40",
  },
];

type Emulator = Awaited<ReturnType<typeof startSlackEmulator>>;

async function withServers(
  route: FakeRoute,
  test: (emulator: Emulator, fake: Awaited<ReturnType<typeof startFakeServer>>) => Promise<void>,
): Promise<void> {
  const fake = await startFakeServer(route);
  const emulator = await startSlackEmulator({ logFile: false, datastores: APP_DATASTORES });
  try {
    await test(emulator, fake);
  } finally {
    await emulator.stop();
    await fake.stop();
  }
}

function runFetch(emulator: Emulator, backend: Backend, baseUrl: string, filter?: string) {
  return runWorkflow(workflow, {
    inputs: { source: backend.kind, window: WINDOW, ...(filter ? { filter } : {}) },
    emulator,
    env: {
      ...backend.credentials,
      [backend.urlEnv]: baseUrl,
      ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
    },
  });
}

/** The secrets a text must never hold: the seeded ones and the source's credentials. */
function leakedSecrets(text: string, backend: Backend): string[] {
  return [AWS_KEY, EMAIL, ...Object.values(backend.credentials)]
    .filter((secret) => text.includes(secret));
}

/** A loopback URL nothing listens on. */
function closedPortUrl(): string {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return `http://127.0.0.1:${port}`;
}

for (const backend of BACKENDS) {
  Deno.test(`fetch_logs end to end from ${backend.kind}: scrubbed excerpt, completion reached Slack`, async () => {
    await withServers(backend.serve(SEEDS), async (emulator, fake) => {
      const run = await runFetch(emulator, backend, fake.url);

      strictEqual(run.ok, true, run.error?.message);
      const [step] = run.steps;
      strictEqual(step.completedBy, "return");
      const outputs = step.outputs!;
      const lines = (outputs.excerpt as string[]).join("\n").split("\n");
      strictEqual(lines.length, SEEDS.length, lines.join("\n"));
      lines.forEach((line, index) => {
        ok(line.includes(` ${EXPECTED_LINES[index]}`), `line ${index}: ${line}`);
      });
      strictEqual(outputs.line_count, SEEDS.length);
      strictEqual(outputs.truncated, false);
      deepStrictEqual(JSON.parse(outputs.masked_counts as string), {
        "email-address": 1,
        "aws-access-key-id": 1,
      });
      strictEqual(outputs.source, backend.kind);
      strictEqual(outputs.window_start, new Date(WINDOW_START_MS).toISOString());
      deepStrictEqual(leakedSecrets(JSON.stringify(run), backend), []);

      const completions = emulator.state.functionCompletions();
      strictEqual(completions.length, 1);
      deepStrictEqual(completions[0].outputs, outputs);
      strictEqual(completions[0].error, undefined);

      ok(fake.requests.length >= 1, "the fake was asked");
      ok(fake.requests.every(backend.authenticated), "every request carried the credentials");
    });
  });

  Deno.test(`fetch_logs end to end from ${backend.kind}: the filter never reaches the backend`, async () => {
    // A backend that matched the filter against raw logs would reveal masked text one guessed
    // character at a time (a line comes back or not): the filter stays inside the function.
    const filter = "upload failed with key AKIA";
    await withServers(backend.serve(SEEDS), async (emulator, fake) => {
      const run = await runFetch(emulator, backend, fake.url, filter);
      ok(fake.requests.length >= 1, "the fake was asked");
      const sent = fake.requests.map(({ path, query, body }) =>
        JSON.stringify({ path, query, body })
      )
        .join("\n");
      for (const word of ["upload", "AKIA"]) {
        ok(!sent.includes(word), `"${word}" reached the backend: ${sent.slice(0, 400)}`);
      }
      deepStrictEqual(leakedSecrets(JSON.stringify(run), backend), []);
    });
  });

  Deno.test(`fetch_logs end to end from ${backend.kind}: a failing source gives a clear, secret-free error`, async (t) => {
    /** Runs the workflow against `baseUrl` and checks the failure the person would read. */
    async function expectFailure(emulator: Emulator, baseUrl: string, reason: RegExp) {
      const run = await runFetch(emulator, backend, baseUrl);
      strictEqual(run.ok, false);
      strictEqual(run.error?.stepIndex, 0);
      const message = run.error!.message;
      ok(
        message.startsWith(`Could not read the logs: Log source "${backend.kind}": `),
        message,
      );
      ok(reason.test(message), message);
      deepStrictEqual(leakedSecrets(JSON.stringify(run), backend), [], message);
      const completion = emulator.state.functionCompletions().at(-1);
      strictEqual(completion?.error, message, "the error completion reached Slack");
      strictEqual(completion?.outputs, undefined);
    }

    await t.step("down: nothing listens on the port", async () => {
      const emulator = await startSlackEmulator({ logFile: false, datastores: APP_DATASTORES });
      try {
        // The error text is scrubbed like any output: the loopback host is written by its role.
        await expectFailure(
          emulator,
          closedPortUrl(),
          /could not connect to \[ipv4-address:loopback\]:\d+/,
        );
      } finally {
        await emulator.stop();
      }
    });

    await t.step("slow: no answer within the request timeout", async () => {
      await withServers(() => ({ delayMs: 5000, body: "late" }), async (emulator, fake) => {
        await expectFailure(emulator, fake.url, /no answer within 500 ms/);
        strictEqual(fake.requests.length, 2, "retried once, then gave up");
      });
    });

    await t.step("garbage: a 200 reply that is not JSON", async () => {
      const garbage = `<html><body>proxy error for ${EMAIL}: ${AWS_KEY}</body></html>`;
      await withServers(() => ({ body: garbage }), async (emulator, fake) => {
        await expectFailure(emulator, fake.url, /the reply is not JSON/);
      });
    });

    await t.step("garbage: JSON that is not the backend's format", async () => {
      await withServers(() => ({ body: ["unexpected", AWS_KEY] }), async (emulator, fake) => {
        await expectFailure(emulator, fake.url, /something that is not its documented format/);
      });
    });

    await t.step("500 with a body quoting a secret and the source's own credential", async () => {
      const credential = Object.values(backend.credentials).at(-1)!;
      const body = `upstream failed for ${EMAIL} with key ${AWS_KEY} (auth ${credential})`;
      await withServers(() => backend.failure(500, body), async (emulator, fake) => {
        // The backend's words are quoted, with the secret masked and the credential replaced.
        await expectFailure(
          emulator,
          fake.url,
          /HTTP 500: .*\[REDACTED:aws-access-key-id\] \(auth \[secret\]\).*try again later/,
        );
        strictEqual(fake.requests.length, 2, "a 500 is retried once, then reported");
      });
    });
  });
}
