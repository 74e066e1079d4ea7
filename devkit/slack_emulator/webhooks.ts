// Webhook triggers as Slack serves them: `workflows.triggers.create` with `type: "webhook"` gives
// the trigger a `webhook_url` on this emulator (http://127.0.0.1:<port>/triggers/<team>/<id>/
// <secret>); a POST there with a flat JSON object is answered 200 `{"ok":true}` and maps the body
// to the workflow's inputs through the trigger's `inputs` (`{{data.field}}` is body.field). The
// emulator does not run workflows: the one listener attached (the workflow runner's
// runWebhookTriggers) checks the inputs and starts the run; without one, invocations are only
// recorded.
//
// Slack documents the success answer and `parameter_validation_failed` for a nested object
// (docs: "Webhook triggers", Invoke the trigger). The other answers are modelled, not documented:
// 400 `invalid_json` for a body that is not one JSON object, 404 `trigger_not_found` for a URL
// that names no live trigger (wrong secret or deleted trigger alike), 413 `request_too_large`
// past MAX_WEBHOOK_BODY_BYTES, 405 for another method. What matters to senders holds either way:
// 2xx accepted, 4xx final, 429/5xx worth retrying.
import { readAtMost } from "../../core/bounded_read.ts";
import { resolveReferences } from "../workflow_runner/references.ts";
import { isPlainObject } from "./args.ts";

/** What the webhook side reads of the workspace (state.ts's Workspace fits; no import cycle). */
export interface WebhookWorkspace {
  readonly triggers: ReadonlyMap<
    string,
    { readonly id: string; readonly workflow: string; readonly inputs: Record<string, unknown> }
  >;
  readonly fixture: { readonly team: { readonly id: string } };
  readonly clock: { now(): number };
}

/** The largest body a webhook trigger reads (modelled; Slack does not document its limit). */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
const MAX_INVOCATIONS = 10_000;
const MAX_RETRY_AFTER_SECONDS = 3600;
const WEBHOOK_PATH = /^\/triggers\/([A-Z0-9]{1,20})\/([0-9]{1,20})\/([0-9a-f]{1,64})$/;
const WORKFLOW_REFERENCE = /^#\/workflows\/([A-Za-z0-9_-]{1,100})$/;

/** One accepted POST: the workflow it starts and the inputs the trigger mapped from the body. */
export interface WebhookInvocation {
  trigger_id: string;
  /** The workflow's callback_id, e.g. "debug_from_alert". */
  callback_id: string;
  /** The workflow inputs, `{{data.x}}` resolved from the body; absent fields are left out. */
  inputs: Record<string, unknown>;
  /** The body as received (a flat JSON object). */
  data: Record<string, unknown>;
  /** Epoch ms (virtual clock) the POST was accepted. */
  received_at_ms: number;
}

/**
 * Called for each POST that passed Slack's checks, before it is answered: returns an error code
 * to refuse it (answered 400 `{ ok: false, error }`, nothing recorded), or nothing once it has
 * started the run. It must not throw.
 */
export type WebhookListener = (invocation: WebhookInvocation) => string | undefined;

export interface WebhookControls {
  /** Attaches the one listener (throws if one is attached); returns the function detaching it. */
  onInvoke(listener: WebhookListener): () => void;
  /** The next `times` POSTs to any webhook URL answer `status` (429 with Retry-After, or 5xx). */
  failNext(status: 429 | 500 | 503, options?: { times?: number; retryAfterSeconds?: number }): void;
  /** Accepted invocations, oldest first (a copy). */
  invocations(): WebhookInvocation[];
}

interface Hook {
  triggerId: string;
  secret: string;
}

function answer(status: number, body: Record<string, unknown>, headers: HeadersInit = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

const refuse = (status: number, error: string) => answer(status, { ok: false, error });

function randomDigits(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  return [...bytes].map((byte) => String(byte % 10)).join("").replace(/^0/, "1");
}

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A flat object: no value is an object or an array (Slack's parameter_validation_failed). */
function isFlat(data: Record<string, unknown>): boolean {
  return Object.values(data).every((value) => value === null || typeof value !== "object");
}

function unwrapInputs(inputs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, input]) => [name, (input as { value: unknown }).value]),
  );
}

export class WebhookTriggers implements WebhookControls {
  /** "http://127.0.0.1:<port>", set once the server listens. */
  baseUrl = "";
  private readonly hooks = new Map<string, Hook>();
  private readonly urls = new Map<string, string>();
  private readonly accepted: WebhookInvocation[] = [];
  private listener: WebhookListener | undefined;
  private fault: { status: number; remaining: number; retryAfterSeconds: number } | undefined;

  /** Gives a webhook trigger its URL; returns it. */
  register(trigger: { readonly id: string }, teamId: string): string {
    let hookId = randomDigits(13);
    while (this.hooks.has(hookId)) hookId = randomDigits(13);
    const secret = randomHex(16);
    this.hooks.set(hookId, { triggerId: trigger.id, secret });
    const url = `${this.baseUrl}/triggers/${teamId}/${hookId}/${secret}`;
    this.urls.set(trigger.id, url);
    return url;
  }

  urlOf(triggerId: string): string | undefined {
    return this.urls.get(triggerId);
  }

  onInvoke(listener: WebhookListener): () => void {
    if (this.listener) throw new Error("a webhook listener is already attached; detach it first");
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = undefined;
    };
  }

  failNext(
    status: 429 | 500 | 503,
    options: { times?: number; retryAfterSeconds?: number } = {},
  ): void {
    const times = options.times ?? 1;
    const retryAfterSeconds = options.retryAfterSeconds ?? 1;
    if (![429, 500, 503].includes(status)) throw new RangeError("status must be 429, 500 or 503");
    if (!Number.isInteger(times) || times < 1 || times > 1000) {
      throw new RangeError("times must be an integer from 1 to 1000");
    }
    if (
      !Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0 ||
      retryAfterSeconds > MAX_RETRY_AFTER_SECONDS
    ) {
      throw new RangeError(
        `retryAfterSeconds must be an integer from 0 to ${MAX_RETRY_AFTER_SECONDS}`,
      );
    }
    this.fault = { status, remaining: times, retryAfterSeconds };
  }

  invocations(): WebhookInvocation[] {
    return structuredClone(this.accepted);
  }

  /** Answers a request to /triggers/… as Slack would. */
  async handle(request: Request, workspace: WebhookWorkspace): Promise<Response> {
    const path = WEBHOOK_PATH.exec(new URL(request.url).pathname);
    const hook = path ? this.hooks.get(path[2]) : undefined;
    const trigger = hook ? workspace.triggers.get(hook.triggerId) : undefined;
    if (
      !path || !hook || !trigger || hook.secret !== path[3] ||
      path[1] !== workspace.fixture.team.id
    ) {
      await request.body?.cancel();
      return refuse(404, "trigger_not_found");
    }
    if (request.method !== "POST") {
      await request.body?.cancel();
      return refuse(405, "method_not_allowed");
    }
    const fault = this.takeFault();
    if (fault) {
      await request.body?.cancel();
      return answer(
        fault.status,
        { ok: false, error: fault.status === 429 ? "ratelimited" : "internal_error" },
        fault.status === 429 ? { "retry-after": String(fault.retryAfterSeconds) } : {},
      );
    }
    const bytes = await readAtMost(request.body, MAX_WEBHOOK_BODY_BYTES);
    if (!bytes) return refuse(413, "request_too_large");
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return refuse(400, "invalid_json");
    }
    if (!isPlainObject(data)) return refuse(400, "invalid_json");
    if (!isFlat(data)) return refuse(400, "parameter_validation_failed");
    let inputs: Record<string, unknown>;
    try {
      inputs = resolveReferences(unwrapInputs(trigger.inputs), { data });
    } catch {
      return refuse(400, "parameter_validation_failed");
    }
    const invocation: WebhookInvocation = {
      trigger_id: trigger.id,
      callback_id: WORKFLOW_REFERENCE.exec(trigger.workflow)?.[1] ?? "",
      inputs,
      data,
      received_at_ms: workspace.clock.now(),
    };
    if (this.accepted.length >= MAX_INVOCATIONS) return refuse(429, "ratelimited");
    const refusal = this.listener?.(invocation);
    if (refusal !== undefined) return refuse(400, refusal);
    this.accepted.push(invocation);
    return answer(200, { ok: true });
  }

  private takeFault() {
    const fault = this.fault;
    if (!fault) return undefined;
    if (--fault.remaining <= 0) this.fault = undefined;
    return fault;
  }
}
