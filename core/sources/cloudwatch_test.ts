import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { fetchLogs } from "./fetch_logs.ts";
import { awsErrorType } from "./cloudwatch.ts";
import { LogSourceError } from "./types.ts";
import { deps, oneSourceConfig, WINDOW, WINDOW_START_MS } from "./test_support.ts";
import {
  cloudwatchError,
  type CloudWatchEvent,
  cloudwatchRoute,
  type RecordedRequest,
  startFakeServer,
  withFaults,
} from "../../devkit/fake_backends/mod.ts";

const KEY_ID = "AKIDEXAMPLE";
const SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
const sha256 = async (text: string) =>
  hex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
async function hmac(key: ArrayBuffer, text: string): Promise<ArrayBuffer> {
  const imported = await crypto.subtle.importKey(
    "raw",
    key,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return await crypto.subtle.sign("HMAC", imported, encoder.encode(text));
}

/** Recomputes the SigV4 signature (AWS's documented algorithm) independently of the signer (./sigv4.ts). */
async function expectedSignature(request: RecordedRequest): Promise<string> {
  const signed = /SignedHeaders=([^,]+)/.exec(request.headers.authorization)![1];
  const scope = /Credential=[^/]+\/([^,]+)/.exec(request.headers.authorization)![1];
  const [date, region, service] = scope.split("/");
  const canonical = [
    request.method,
    request.path,
    "",
    ...signed.split(";").map((name) => `${name}:${request.headers[name].trim()}`),
    "",
    signed,
    await sha256(request.body),
  ].join("\n");
  const toSign = ["AWS4-HMAC-SHA256", request.headers["x-amz-date"], scope, await sha256(canonical)]
    .join("\n");
  let key = encoder.encode(`AWS4${SECRET}`).buffer as ArrayBuffer;
  for (const part of [date, region, service, "aws4_request"]) key = await hmac(key, part);
  return hex(await hmac(key, toSign));
}
const SOURCE = {
  name: "cw",
  kind: "cloudwatch",
  region: "eu-west-1",
  accessKeyIdEnv: "AWS_ACCESS_KEY_ID",
  secretAccessKeyEnv: "AWS_SECRET_ACCESS_KEY",
  environments: ["prod"],
  pageSize: 2,
  services: { checkout: { logGroupName: "/ecs/{environment}/checkout" } },
};
const ENV = { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET };
const REQUEST = { service: "checkout", environment: "prod", window: WINDOW };
const GROUP = "/ecs/prod/checkout";

const EVENTS: CloudWatchEvent[] = [
  { logGroupName: GROUP, logStreamName: "s/1", timestamp: WINDOW_START_MS, message: "at start" },
  {
    logGroupName: GROUP,
    logStreamName: "s/1",
    timestamp: WINDOW_START_MS + 1000,
    message: "ERROR boom",
  },
  {
    logGroupName: GROUP,
    logStreamName: "s/2",
    timestamp: WINDOW_START_MS + 2000,
    message: "later",
  },
  {
    logGroupName: GROUP,
    logStreamName: "s/2",
    timestamp: WINDOW_START_MS + 900_000,
    message: "at end (excluded)",
  },
];

Deno.test("CloudWatch: signed FilterLogEvents, empty page with a token followed, newest first", async () => {
  const fake = await startFakeServer(cloudwatchRoute(EVENTS, { emptyFirstPage: true }));
  try {
    const result = await fetchLogs(oneSourceConfig(SOURCE, fake.url), REQUEST, deps(ENV));
    deepStrictEqual(result.records.map((r) => r.message), ["later", "ERROR boom", "at start"]);
    strictEqual(result.records[0].attributes.log_stream, "s/2");
    strictEqual(result.pages, 3);
    const first = fake.requests[0];
    strictEqual(first.method, "POST");
    strictEqual(first.path, "/");
    strictEqual(first.headers["content-type"], "application/x-amz-json-1.1");
    strictEqual(first.headers["x-amz-target"], "Logs_20140328.FilterLogEvents");
    ok(/^\d{8}T\d{6}Z$/.test(first.headers["x-amz-date"]));
    const auth = first.headers.authorization;
    ok(
      auth.startsWith(`AWS4-HMAC-SHA256 Credential=${KEY_ID}/`) &&
        auth.includes("/eu-west-1/logs/aws4_request"),
      auth,
    );
    strictEqual(await expectedSignature(first), /Signature=([0-9a-f]{64})$/.exec(auth)?.[1]);
    ok(!auth.includes(SECRET));
    deepStrictEqual(JSON.parse(first.body), {
      logGroupName: GROUP,
      startTime: WINDOW_START_MS,
      endTime: WINDOW_START_MS + 900_000 - 1,
      limit: 2,
    });
    strictEqual(typeof JSON.parse(fake.requests[1].body).nextToken, "string");
  } finally {
    await fake.stop();
  }
});

Deno.test("CloudWatch: 400 ThrottlingException is retried; other __type codes map to clear errors", async () => {
  const fake = await startFakeServer(withFaults([
    cloudwatchError(400, "ThrottlingException", "Rate exceeded", true),
    cloudwatchError(
      400,
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    ),
    cloudwatchError(
      400,
      "ResourceNotFoundException",
      "The specified log group does not exist.",
      true,
    ),
  ], cloudwatchRoute(EVENTS)));
  try {
    const config = oneSourceConfig(SOURCE, fake.url);
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) => e.code === "auth" && /UnrecognizedClientException/.test(e.message),
    );
    strictEqual(fake.requests.length, 2, "the throttle was retried");
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) =>
        e.code === "not_found" &&
        /ResourceNotFoundException: The specified log group/.test(e.message),
    );
  } finally {
    await fake.stop();
  }
});

Deno.test("awsErrorType strips namespace# and :suffix, reading the body or X-Amzn-ErrorType", () => {
  strictEqual(
    awsErrorType(JSON.parse('{"__type":"com.amazonaws.logs#ThrottlingException"}'), new Headers()),
    "ThrottlingException",
  );
  strictEqual(
    awsErrorType(
      undefined,
      new Headers({ "x-amzn-errortype": "AccessDeniedException:http://internal" }),
    ),
    "AccessDeniedException",
  );
  strictEqual(awsErrorType(undefined, new Headers()), undefined);
});
