// The HTTP side: POST /api/<method> → auth, the method's scope, faults, the method handler, the
// call log.
import { SlackError } from "./args.ts";
import type { CallLog } from "./call_log.ts";
import type { Faults } from "./faults.ts";
import type { MethodHandler } from "./methods/handler.ts";
import { readApiRequest } from "./request.ts";
import { requireScope } from "./scopes.ts";
import type { Workspace } from "./state.ts";

export interface ServerParts {
  workspace: Workspace;
  /** Accepted like the bot token, without the scope check: the platform's own calls. */
  platformToken: string;
  methods: Record<string, MethodHandler>;
  faults: Faults;
  callLog: CallLog;
}

const API_PATH = /^\/api\/([A-Za-z0-9_.]{1,100})$/;

function json(body: Record<string, unknown>, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

function slackFailure(error: SlackError): Record<string, unknown> {
  return {
    ok: false,
    error: error.code,
    ...error.extra,
    ...(error.detail ? { response_metadata: { messages: [error.detail] } } : {}),
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createRequestHandler(parts: ServerParts): (request: Request) => Promise<Response> {
  const { workspace, platformToken, methods, faults, callLog } = parts;

  return async (request) => {
    const pathname = new URL(request.url).pathname;
    if (pathname.startsWith("/triggers/")) {
      return await workspace.webhooks.handle(request, workspace);
    }
    const method = API_PATH.exec(pathname)?.[1];
    if (!method) return json({ ok: false, error: "unknown_method" }, 404);
    if (request.method !== "POST" && request.method !== "GET") {
      return json({ ok: false, error: "invalid_post_type" }, 405);
    }
    let args: Record<string, unknown> = {};
    let status = 200;
    let headers: HeadersInit = {};
    let body: Record<string, unknown>;
    try {
      const call = await readApiRequest(request);
      args = call.args;
      const handler = methods[method];
      if (!handler) throw new SlackError("unknown_method", "[ERROR] no such Web API method");
      if (!call.token) throw new SlackError("not_authed", "[ERROR] no token was sent");
      if (call.token === workspace.fixture.bot.token) requireScope(method, args, workspace);
      else if (call.token !== platformToken) {
        throw new SlackError("invalid_auth", "[ERROR] the token is not valid for this workspace");
      }
      const latency = faults.latencyFor(method);
      if (latency > 0) await delay(latency);
      const retryAfter = faults.takeRateLimit(method);
      if (retryAfter !== undefined) {
        status = 429;
        headers = { "retry-after": String(retryAfter) };
        throw new SlackError("ratelimited");
      }
      const injected = faults.takeFailure(method);
      if (injected) throw new SlackError(injected, "[ERROR] injected by the emulator's faults");
      body = { ok: true, ...handler(args, workspace) };
    } catch (error) {
      if (!(error instanceof SlackError)) {
        console.error(`slack emulator: ${method} crashed: ${(error as Error).message}`);
        status = 500;
      }
      body = error instanceof SlackError
        ? slackFailure(error)
        : { ok: false, error: "internal_error" };
    }
    callLog.record({
      method,
      args,
      ok: body.ok === true,
      ...(body.ok === true ? {} : { error: String(body.error) }),
    });
    return json(body, status, headers);
  };
}
