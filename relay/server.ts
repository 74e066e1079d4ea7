/**
 * The relay's HTTP handler: POST an Alertmanager webhook payload; each firing alert is signed and
 * sent to the Slack webhook trigger (send.ts), resolved ones are ignored. Answers 200 with counts
 * when every alert was delivered, 502 when one was not (Alertmanager then retries the group; the
 * app's storm limit keeps repeats from posting again), 400/401/405/413 for a bad request.
 * GET /healthz answers 200 `{"ok":true}` without the inbound token (it tells nothing).
 */
import { readAtMost } from "../core/bounded_read.ts";
import { constantTimeEqual } from "../core/webhook/mod.ts";
import { AlertmanagerPayloadSchema, mapAlerts } from "./alertmanager.ts";
import type { RelayConfig } from "./config.ts";
import { sendAlert, type SendDeps } from "./send.ts";

export interface RelaySecrets {
  signingSecret: string;
  inboundToken?: string;
}

function answer(status: number, body: Record<string, unknown>) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody(request: Request, maxBytes: number): Promise<string | undefined> {
  const bytes = await readAtMost(request.body, maxBytes);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

export function createRelayHandler(
  config: RelayConfig,
  secrets: RelaySecrets,
  deps: SendDeps,
  log: (line: string) => void = console.log,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method === "GET" && new URL(request.url).pathname === "/healthz") {
      return answer(200, { ok: true });
    }
    if (request.method !== "POST") return answer(405, { error: "POST an Alertmanager payload" });
    if (secrets.inboundToken !== undefined) {
      const given = request.headers.get("authorization") ?? "";
      if (!constantTimeEqual(given, `Bearer ${secrets.inboundToken}`)) {
        return answer(401, { error: "missing or wrong bearer token" });
      }
    }
    const text = await readBody(request, config.max_body_bytes);
    if (text === undefined) {
      return answer(413, { error: `body larger than ${config.max_body_bytes} bytes` });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return answer(400, { error: "the body is not JSON" });
    }
    const payload = AlertmanagerPayloadSchema.safeParse(json);
    if (!payload.success) {
      const fields = [...new Set(payload.error.issues.map((i) => i.path.join(".") || "(body)"))];
      return answer(400, {
        error: `not an Alertmanager payload: check ${fields.slice(0, 5).join(", ")}`,
      });
    }
    const mapped = mapAlerts(payload.data, config, deps.nowMs());
    let sent = 0;
    const failures: string[] = [];
    for (const fields of mapped.requests) {
      const result = await sendAlert(fields, secrets.signingSecret, config, deps);
      if (result.ok) sent++;
      else {
        const attempts = `${result.attempts} attempt${result.attempts === 1 ? "" : "s"}`;
        failures.push(`${fields.service}: ${result.reason} after ${attempts}`);
      }
    }
    const summary = {
      sent,
      failed: failures.length,
      resolved_ignored: mapped.resolved,
      without_service: mapped.unmapped,
      over_limit: mapped.dropped,
    };
    log(`relay: ${JSON.stringify(summary)}${failures.length ? ` ${failures.join("; ")}` : ""}`);
    return answer(failures.length > 0 ? 502 : 200, { ...summary, failures });
  };
}
