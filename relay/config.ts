/**
 * The Alertmanager relay's configuration: a JSON file, validated with zod; every error names the
 * field. Secrets are never in the file: it names the environment variables that hold them.
 */
import * as z from "zod";

const envName = z.string().regex(/^[A-Z_][A-Z0-9_]{0,63}$/, "must be an environment variable name");
const labelName = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/, "must be a label name");

export const RelayConfigSchema = z.object({
  /** The "Debug from alert" webhook trigger's URL (https://hooks.slack.com/triggers/…). */
  trigger_url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  /** The variable holding the signing secret (one of the app's ALERT_WEBHOOK_SECRETS). */
  secret_env: envName,
  /** Where reports go and who is shown as requester, unless a label names another. */
  channel_id: z.string().regex(/^[CG][A-Z0-9]{2,20}$/, "must be a Slack channel id"),
  on_call_user_id: z.string().regex(/^[UW][A-Z0-9]{2,20}$/, "must be a Slack user id"),
  /** Alert labels read, in order, for each field; the first present wins. */
  labels: z.object({
    service: z.array(labelName).min(1).max(10).default(["service", "job"]),
    environment: z.array(labelName).max(10).default(["env", "environment"]),
    channel_id: z.array(labelName).max(10).default([]),
    on_call_user_id: z.array(labelName).max(10).default([]),
    filter: z.array(labelName).max(10).default([]),
  }).strict().default({
    service: ["service", "job"],
    environment: ["env", "environment"],
    channel_id: [],
    on_call_user_id: [],
    filter: [],
  }),
  /** The environment when no label gives one. */
  default_environment: z.string().min(1).max(64).default("production"),
  /** The logs read start this long before the alert's startsAt, and run up to now. */
  lookback_minutes: z.number().int().min(1).max(1440).default(15),
  /** The longest window asked for; an alert firing longer reads only the latest part. */
  max_window_minutes: z.number().int().min(1).max(1440).default(60),
  /** Where the relay listens. Loopback by default; put it behind TLS if it leaves the host. */
  listen: z.object({
    hostname: z.string().min(1).default("127.0.0.1"),
    port: z.number().int().min(0).max(65535).default(9094),
  }).strict().default({ hostname: "127.0.0.1", port: 9094 }),
  /** When set, Alertmanager must send `Authorization: Bearer <value of this variable>`. */
  inbound_token_env: envName.optional(),
  /** Retries of one alert after a 429, a 5xx or a network error (with exponential backoff). */
  retry: z.object({
    attempts: z.number().int().min(1).max(10).default(5),
    base_delay_ms: z.number().int().min(1).max(60_000).default(500),
    max_delay_ms: z.number().int().min(1).max(120_000).default(10_000),
  }).strict().default({ attempts: 5, base_delay_ms: 500, max_delay_ms: 10_000 }),
  /** The largest Alertmanager body read, in bytes. */
  max_body_bytes: z.number().int().min(1024).max(10_000_000).default(1_000_000),
  /** Firing alerts relayed per Alertmanager request; the rest are counted in the answer. */
  max_alerts_per_request: z.number().int().min(1).max(1000).default(100),
}).strict();

export type RelayConfig = z.infer<typeof RelayConfigSchema>;

/** The config, or one message per problem naming the field (`retry.attempts: …`). */
export function readRelayConfig(
  json: unknown,
): { ok: true; config: RelayConfig } | { ok: false; problems: string[] } {
  const parsed = RelayConfigSchema.safeParse(json);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join(".") || "(the file)";
      if (issue.code === "unrecognized_keys") {
        return `${field}: unknown field(s) ${issue.keys.join(", ")}`;
      }
      return `${field}: ${issue.message}`;
    }),
  };
}
