/** AWS CloudWatch Logs FilterLogEvents over the JSON 1.1 protocol, SigV4-signed (./sigv4.ts). */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { cloudwatchSchema, type CloudWatchSource } from "./config.ts";
import type { SourceBackend } from "./backend.ts";
import type { LogQuery, LogResult } from "./types.ts";
import type { AdapterContext } from "./context.ts";
import { sendForJson, type VendorErrors } from "./http.ts";
import { readPages } from "./pager.ts";
import { makeRecord } from "./records.ts";
import { nsFromMs } from "./time.ts";
import { type AwsCredentials, signV4 } from "./sigv4.ts";

/** The reply's schema, built on first use (not when a function loads). */
const replySchema = once(() =>
  z.object({
    events: z.optional(
      z.array(z.object({
        timestamp: z.number().check(z.integer(), z.nonnegative()),
        message: z.string(),
        logStreamName: z.optional(z.string()),
      })).check(z.maxLength(10_000)),
    ),
    nextToken: z.optional(z.string().check(z.maxLength(4000))),
  })
);

const THROTTLES = new Set(["ThrottlingException", "LimitExceededException"]);
const AUTH_ERRORS = new Set([
  "AccessDeniedException",
  "UnrecognizedClientException",
  "ExpiredTokenException",
  "InvalidSignatureException",
  "IncompleteSignatureException",
]);

/** An awsJson1.1 error body; any field may be missing. */
type AwsErrorBody = { __type?: unknown; message?: unknown; Message?: unknown } | null | undefined;

/**
 * The awsJson1.1 error code: the parsed body's `__type` or X-Amzn-ErrorType, minus `namespace#`
 * and `:suffix`. `json` is undefined when the body was not JSON.
 */
export function awsErrorType(json: unknown, headers: Headers): string | undefined {
  const type = (json as AwsErrorBody)?.__type;
  const raw = typeof type === "string" ? type : headers.get("x-amzn-errortype") ?? undefined;
  return raw?.split(":")[0].split("#").pop();
}

const cloudwatchErrors: VendorErrors = {
  detail({ json, headers }) {
    const type = awsErrorType(json, headers);
    const body = json as AwsErrorBody;
    let message = "";
    try {
      message = String(body?.message ?? body?.Message ?? "");
    } catch {
      // a message that is no string (hostile JSON): keep just the type
    }
    return type ? `${type}${message ? `: ${message}` : ""}` : undefined;
  },
  code({ json, headers }) {
    const type = awsErrorType(json, headers) ?? "";
    if (AUTH_ERRORS.has(type)) return "auth";
    if (type === "ResourceNotFoundException") return "not_found";
    return undefined;
  },
  throttled: ({ status, json, headers }) =>
    status === 400 && THROTTLES.has(awsErrorType(json, headers) ?? ""),
};

export async function readCloudWatch(
  source: CloudWatchSource,
  query: LogQuery,
  ctx: AdapterContext,
): Promise<LogResult> {
  const mapping = source.services[query.service];
  const credentials: AwsCredentials = {
    accessKeyId: ctx.secrets[source.accessKeyIdEnv],
    secretAccessKey: ctx.secrets[source.secretAccessKeyEnv],
    sessionToken: source.sessionTokenEnv ? ctx.secrets[source.sessionTokenEnv] : undefined,
  };
  const scope = { region: source.region, service: "logs" };
  const request: Record<string, unknown> = {
    logGroupName: mapping.logGroupName.replaceAll("{environment}", query.environment),
    startTime: query.start.getTime(),
    // FilterLogEvents' endTime is inclusive; the query's end is exclusive.
    endTime: query.end.getTime() - 1,
  };
  if (mapping.logStreamNamePrefix) request.logStreamNamePrefix = mapping.logStreamNamePrefix;
  return await readPages<string>(
    query,
    { source, http: ctx.http, order: "oldest_first" },
    async (nextToken, limit) => {
      const body = { ...request, limit, nextToken };
      const data = await sendForJson(
        ctx.http,
        {
          method: "POST",
          url: new URL("/", ctx.baseUrl),
          headers: {
            "content-type": "application/x-amz-json-1.1",
            "x-amz-target": "Logs_20140328.FilterLogEvents",
          },
          body: JSON.stringify(body),
          vendor: cloudwatchErrors,
          sign: (unsigned) => signV4(unsigned, credentials, scope, new Date(ctx.http.now())),
        },
        replySchema(),
        "FilterLogEvents response",
      );
      // A page with no events may leave the list out.
      const records = (data.events ?? []).map((event) =>
        makeRecord(nsFromMs(event.timestamp), event.message, undefined, {
          log_stream: event.logStreamName,
        })
      );
      return { records, next: data.nextToken || undefined };
    },
  );
}

/** The AWS CloudWatch Logs backend: list it in a sources config's `backends` to read cloudwatch sources. */
export const cloudwatch: SourceBackend<CloudWatchSource> = {
  kind: "cloudwatch",
  configSchema: cloudwatchSchema,
  read: readCloudWatch,
};
