/**
 * deno task sign-webhook: signs one "Debug from alert" request and POSTs it to a webhook trigger
 * URL, to test a deployment or to send an alert from a script.
 *
 *   ALERT_SECRET=… deno task sign-webhook --url https://hooks.slack.com/triggers/… \
 *     --secret-env ALERT_SECRET --service gateway --window 15m \
 *     --channel C05PRODDBG1 --on-call U05ONCALL01 [--environment production] [--filter text]
 *
 * The secret is read from the environment variable named by --secret-env, never from the command
 * line (which other users and shell history can see), and is never printed. Exit codes: 0 the
 * URL answered 2xx; 1 it answered otherwise or could not be reached; 2 bad usage.
 */
import { parseArgs } from "node:util";
import { alertValues, readAlertRequest, signedAlertBody } from "../core/webhook/mod.ts";

const USAGE =
  `Usage: deno task sign-webhook --url URL --secret-env NAME --service NAME --window WINDOW
         --channel CHANNEL_ID --on-call USER_ID [--environment ENV] [--filter TEXT]

Signs one "Debug from alert" request (HMAC-SHA256, timestamp now, a fresh nonce) with the secret
held in the environment variable NAME, and POSTs it as JSON to URL.
  --environment   default: production
  -h, --help      this text`;

const TIMEOUT_MS = 15_000;
const MAX_ANSWER_CHARS = 500;

export interface SignWebhookIo {
  env: (name: string) => string | undefined;
  fetch: typeof fetch;
  out: (line: string) => void;
  err: (line: string) => void;
}

const DEFAULT_IO: SignWebhookIo = {
  env: (name) => Deno.env.get(name),
  fetch: globalThis.fetch,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

export async function main(args: string[], io: SignWebhookIo = DEFAULT_IO): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        url: { type: "string" },
        "secret-env": { type: "string" },
        service: { type: "string" },
        environment: { type: "string", default: "production" },
        window: { type: "string" },
        filter: { type: "string", default: "" },
        channel: { type: "string" },
        "on-call": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const missing = ["url", "secret-env", "service", "window", "channel", "on-call"]
    .filter((name) => !values[name as keyof typeof values]);
  if (missing.length > 0) {
    io.err(`Missing ${missing.map((name) => `--${name}`).join(", ")}.\n\n${USAGE}`);
    return 2;
  }
  let url: URL;
  try {
    url = new URL(values.url!);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error();
  } catch {
    io.err("--url must be an http(s) URL: the webhook trigger's URL.");
    return 2;
  }
  const secretName = values["secret-env"]!;
  const secret = io.env(secretName) ?? "";
  if (secret === "") {
    io.err(`The environment variable ${secretName} (--secret-env) is not set or empty.`);
    return 2;
  }
  const alert = alertValues({
    service: values.service!,
    environment: values.environment!,
    window: values.window!,
    filter: values.filter ?? "",
    channel_id: values.channel!,
    on_call_user_id: values["on-call"]!,
  });
  const checked = readAlertRequest(alert);
  if (!checked.ok) {
    const flags = checked.refusal.fields.map((field) => FLAG_OF[field] ?? field).join(", ");
    io.err(`The webhook would refuse this request (${checked.refusal.reason}): check ${flags}.`);
    return 2;
  }
  const body = JSON.stringify(signedAlertBody(alert, secret));
  let response: Response;
  try {
    response = await io.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    io.err(`Could not reach ${url.origin}: ${(error as Error).message}`);
    return 1;
  }
  const answer = (await response.text().catch(() => "")).slice(0, MAX_ANSWER_CHARS);
  if (!response.ok) {
    io.err(`${url.origin} answered HTTP ${response.status}: ${answer}`);
    return 1;
  }
  io.out(`Sent (nonce ${alert.nonce}); ${url.origin} answered HTTP ${response.status}.`);
  return 0;
}

const FLAG_OF: Record<string, string> = {
  service: "--service",
  environment: "--environment",
  window: "--window",
  filter: "--filter",
  channel_id: "--channel",
  on_call_user_id: "--on-call",
};

if (import.meta.main) Deno.exit(await main(Deno.args));
