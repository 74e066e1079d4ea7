/**
 * Alertmanager's webhook payload (version 4) and how each firing alert becomes a "Debug from
 * alert" request: service, environment, channel, on-call user and filter from labels (config),
 * the window from `startsAt` minus the lookback up to now. Resolved alerts are ignored.
 */
import * as z from "zod";
import type { RelayConfig } from "./config.ts";

const labels = z.record(z.string(), z.string());

const AlertSchema = z.object({
  status: z.enum(["firing", "resolved"]),
  labels: labels.default({}),
  annotations: labels.default({}),
  startsAt: z.string().max(64).optional(),
  endsAt: z.string().max(64).optional(),
  fingerprint: z.string().max(128).optional(),
});

export const AlertmanagerPayloadSchema = z.object({
  version: z.string().max(8).optional(),
  status: z.enum(["firing", "resolved"]),
  alerts: z.array(AlertSchema).max(10_000),
});
export type AlertmanagerPayload = z.infer<typeof AlertmanagerPayloadSchema>;

/** One alert's request fields, before timestamp, nonce and signature. */
export interface AlertFields {
  service: string;
  environment: string;
  window: string;
  filter: string;
  channel_id: string;
  on_call_user_id: string;
}

export interface MappedAlerts {
  requests: AlertFields[];
  resolved: number;
  /** Firing alerts with no service label. */
  unmapped: number;
  /** Firing alerts past max_alerts_per_request. */
  dropped: number;
}

function firstLabel(alert: z.infer<typeof AlertSchema>, names: readonly string[]) {
  for (const name of names) {
    const value = alert.labels[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The window's start as ISO text: startsAt − lookback, no earlier than now − max window. */
export function windowFor(startsAt: string | undefined, config: RelayConfig, nowMs: number) {
  const started = startsAt ? Date.parse(startsAt) : NaN;
  const from = Number.isFinite(started) && started > 0 && started <= nowMs ? started : nowMs;
  const start = Math.max(
    from - config.lookback_minutes * 60_000,
    nowMs - config.max_window_minutes * 60_000,
  );
  return new Date(start).toISOString();
}

export function mapAlerts(
  payload: AlertmanagerPayload,
  config: RelayConfig,
  nowMs: number,
): MappedAlerts {
  const result: MappedAlerts = { requests: [], resolved: 0, unmapped: 0, dropped: 0 };
  for (const alert of payload.alerts) {
    if (alert.status !== "firing") {
      result.resolved++;
      continue;
    }
    const service = firstLabel(alert, config.labels.service);
    if (service === undefined) {
      result.unmapped++;
      continue;
    }
    if (result.requests.length >= config.max_alerts_per_request) {
      result.dropped++;
      continue;
    }
    result.requests.push({
      service,
      environment: firstLabel(alert, config.labels.environment) ?? config.default_environment,
      window: windowFor(alert.startsAt, config, nowMs),
      filter: firstLabel(alert, config.labels.filter) ?? "",
      channel_id: firstLabel(alert, config.labels.channel_id) ?? config.channel_id,
      on_call_user_id: firstLabel(alert, config.labels.on_call_user_id) ?? config.on_call_user_id,
    });
  }
  return result;
}
