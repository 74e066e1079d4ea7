/**
 * The sample log service: a loopback JSON log API with realistic lines for four services, seeded
 * with FAKE secrets and personal data. The demo, the tests and `slack run` read it (source.ts).
 *
 *   GET /v1/logs?service=&environment=&start=<ISO>&end=<ISO>&limit=<1..500>[&cursor=]
 *   Authorization: Bearer <token>
 *   → {"items":[{"timestamp","level","message","attributes":{…}}], "next_cursor": "…" | null}
 *
 * Errors are RFC 9457 problem+json. Env names for the Slack function: env_names.ts; the sample
 * source that reads it: source.ts; on its own for `slack run`: serve.ts (`deno task sample-logs`).
 */
import { sampleLines } from "./generator.ts";
import { SAMPLE_SERVICES } from "./services.ts";

export const SAMPLE_ENVIRONMENTS = ["production", "staging"];
export const MAX_PAGE = 500;
const MAX_WINDOW_MS = 7 * 86_400_000;

export interface SampleLogService {
  /** `http://127.0.0.1:<port>` */
  url: string;
  token: string;
  services: string[];
  stop(): Promise<void>;
}

function problem(status: number, title: string, detail: string): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, detail }), {
    status,
    headers: { "content-type": "application/problem+json" },
  });
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `sample_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function decodeBase64(text: string): string {
  try {
    return atob(text);
  } catch {
    return "";
  }
}

export function handleSampleRequest(request: Request, token: string): Response {
  const url = new URL(request.url);
  if (request.method !== "GET" || url.pathname !== "/v1/logs") {
    return problem(404, "Not Found", "use GET /v1/logs");
  }
  const auth = request.headers.get("authorization") ?? "";
  if (!timingSafeEqual(auth, `Bearer ${token}`)) {
    return problem(401, "Unauthorized", "missing or wrong bearer token");
  }
  const p = url.searchParams;
  const service = p.get("service") ?? "";
  const environment = p.get("environment") ?? "";
  if (!Object.hasOwn(SAMPLE_SERVICES, service)) {
    return problem(
      404,
      "Unknown service",
      `known services: ${Object.keys(SAMPLE_SERVICES).join(", ")}`,
    );
  }
  if (!SAMPLE_ENVIRONMENTS.includes(environment)) {
    return problem(400, "Unknown environment", `known: ${SAMPLE_ENVIRONMENTS.join(", ")}`);
  }
  const startMs = Date.parse(p.get("start") ?? "");
  let endMs = Date.parse(p.get("end") ?? "");
  const limit = Number(p.get("limit") ?? "100");
  if (
    Number.isNaN(startMs) || Number.isNaN(endMs) || endMs <= startMs ||
    endMs - startMs > MAX_WINDOW_MS
  ) {
    return problem(
      400,
      "Bad window",
      "start and end must be ISO times, start before end, at most 7 days apart",
    );
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    return problem(400, "Bad limit", `limit must be 1..${MAX_PAGE}`);
  }
  const cursor = p.get("cursor");
  if (cursor) {
    const decoded = /^end:(\d{1,15})$/.exec(decodeBase64(cursor));
    if (!decoded) return problem(400, "Bad cursor", "pass next_cursor back unchanged");
    endMs = Math.min(endMs, Number(decoded[1]));
  }
  const page = sampleLines({ service, environment, startMs, endMs, limit });
  return Response.json({
    items: page.items,
    next_cursor: page.nextEndMs === undefined ? null : btoa(`end:${page.nextEndMs}`),
  });
}

/**
 * Starts the service on 127.0.0.1: on `options.port` (default: any free port), answering to
 * `options.token` (default: a new random one). Throws Deno.errors.AddrInUse when the port is taken.
 */
export function startSampleLogService(
  options: { token?: string; port?: number } = {},
): Promise<SampleLogService> {
  const token = options.token ?? randomToken();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: options.port ?? 0, onListen: () => {} },
    (request) => handleSampleRequest(request, token),
  );
  return Promise.resolve({
    url: `http://127.0.0.1:${server.addr.port}`,
    token,
    services: Object.keys(SAMPLE_SERVICES),
    stop: () => server.shutdown(),
  });
}
