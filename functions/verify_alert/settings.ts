/**
 * The webhook's settings, from the function's env (`slack env add …`), never Deno.env:
 * - ALERT_WEBHOOK_SECRETS: signing secrets, comma-separated; every one is accepted, so a new
 *   secret is added next to the old one, senders move to it, then the old one is removed.
 * - ALERT_WEBHOOK_API_KEY: for senders that cannot sign; off unless set.
 * - ALERT_WEBHOOK_SERVICES: the services an alert may ask for, comma-separated.
 * - ALERT_SNAPSHOT_MINUTES: at most one snapshot per service and channel this often (default
 *   10, 1 to 1440); the alerts in between are counted and said in the next snapshot.
 * With neither secrets nor an API key the webhook accepts nothing.
 */

export const MIN_SECRET_CHARS = 32;
const MAX_SECRET_CHARS = 256;
const MAX_SECRETS = 5;
const MAX_SERVICES = 100;
const SERVICE = /^[A-Za-z0-9][A-Za-z0-9._:\/-]{0,127}$/;

export const DEFAULT_SNAPSHOT_MINUTES = 10;
const MAX_SNAPSHOT_MINUTES = 24 * 60;

export interface WebhookSettings {
  secrets: string[];
  apiKey?: string;
  services: ReadonlySet<string>;
  snapshotMinutes: number;
}

function list(value: string | undefined): string[] {
  return (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);
}

const ADVICE = "Ask an admin to fix it with `slack env add …`; nothing was fetched or posted.";

/** The settings, or a message for admins naming the setting that is unusable (never its value). */
export function readWebhookSettings(
  env: Record<string, string | undefined>,
): WebhookSettings | { problem: string } {
  const secrets = list(env.ALERT_WEBHOOK_SECRETS);
  if (
    secrets.length > MAX_SECRETS ||
    secrets.some((secret) => secret.length < MIN_SECRET_CHARS || secret.length > MAX_SECRET_CHARS)
  ) {
    return {
      problem: `ALERT_WEBHOOK_SECRETS must be 1 to ${MAX_SECRETS} comma-separated secrets of ` +
        `${MIN_SECRET_CHARS} to ${MAX_SECRET_CHARS} characters (e.g. \`openssl rand -hex 32\`). ` +
        ADVICE,
    };
  }
  const apiKey = (env.ALERT_WEBHOOK_API_KEY ?? "").trim();
  if (apiKey !== "" && (apiKey.length < MIN_SECRET_CHARS || apiKey.length > MAX_SECRET_CHARS)) {
    return {
      problem: `ALERT_WEBHOOK_API_KEY must be ${MIN_SECRET_CHARS} to ${MAX_SECRET_CHARS} ` +
        `characters (e.g. \`openssl rand -hex 32\`), or unset. ${ADVICE}`,
    };
  }
  const services = list(env.ALERT_WEBHOOK_SERVICES);
  if (services.length > MAX_SERVICES || services.some((service) => !SERVICE.test(service))) {
    return {
      problem: `ALERT_WEBHOOK_SERVICES must be a comma-separated list of at most ${MAX_SERVICES} ` +
        `service names. ${ADVICE}`,
    };
  }
  const minutesText = (env.ALERT_SNAPSHOT_MINUTES ?? "").trim();
  const snapshotMinutes = minutesText === "" ? DEFAULT_SNAPSHOT_MINUTES : Number(minutesText);
  if (
    !Number.isInteger(snapshotMinutes) || snapshotMinutes < 1 ||
    snapshotMinutes > MAX_SNAPSHOT_MINUTES
  ) {
    return {
      problem: `ALERT_SNAPSHOT_MINUTES must be a whole number of minutes from 1 to ` +
        `${MAX_SNAPSHOT_MINUTES}, or unset (${DEFAULT_SNAPSHOT_MINUTES}). ${ADVICE}`,
    };
  }
  return {
    secrets,
    ...(apiKey ? { apiKey } : {}),
    services: new Set(services),
    snapshotMinutes,
  };
}
