/**
 * The body an alerting system sends to the "Debug from alert" webhook, checked field by field
 * before anything else looks at it: every value plain text (no control characters, so the
 * canonical string cannot be confused), within its size, the ids shaped as Slack's.
 * Slack-free: the id shapes are written here, not imported from the functions.
 */
import * as z from "../zod.ts";
import { once } from "../once.ts";

/** The fields the workflow uses, in the order the canonical string names them. */
export const SIGNED_FIELDS = [
  "timestamp",
  "nonce",
  "service",
  "environment",
  "window",
  "filter",
  "channel_id",
  "on_call_user_id",
] as const;
export type SignedField = typeof SIGNED_FIELDS[number];

/** The longest value of each field, in characters; a longer one refuses the request. */
export const FIELD_MAX_CHARS: Readonly<Record<SignedField | "signature" | "api_key", number>> = {
  timestamp: 12,
  nonce: 64,
  service: 128,
  environment: 64,
  window: 100,
  filter: 200,
  channel_id: 24,
  on_call_user_id: 24,
  signature: 3 + 64,
  api_key: 256,
};

/** Plain text: no control characters (newlines included) and no lone surrogates. */
const PLAIN = /^[^\p{Cc}\p{Cs}]*$/u;

const text = (max: number, shape?: RegExp, min?: number) =>
  z.string().check(
    z.maxLength(max),
    z.regex(PLAIN),
    ...(shape ? [z.regex(shape)] : []),
    ...(min === undefined ? [] : [z.minLength(min)]),
  );

/**
 * The body's fields once checked; `filter` is "" when none was given. Built on first use: every
 * function that checks an alert grant loads this module, and only verify_alert parses bodies.
 */
const alertRequestSchema = /* @__PURE__ */ once(() =>
  z.object({
    timestamp: text(FIELD_MAX_CHARS.timestamp, /^[1-9]\d{0,11}$/),
    nonce: text(FIELD_MAX_CHARS.nonce, /^[A-Za-z0-9_-]{16,64}$/),
    service: text(FIELD_MAX_CHARS.service, /^[A-Za-z0-9][A-Za-z0-9._:\/-]*$/),
    environment: text(FIELD_MAX_CHARS.environment, /^[A-Za-z0-9][A-Za-z0-9._-]*$/),
    window: text(FIELD_MAX_CHARS.window, undefined, 1),
    filter: z.pipe(
      z.optional(text(FIELD_MAX_CHARS.filter)),
      z.transform((value: string | undefined) => value ?? ""),
    ),
    channel_id: text(FIELD_MAX_CHARS.channel_id, /^[CG][A-Z0-9]{2,20}$/),
    on_call_user_id: text(FIELD_MAX_CHARS.on_call_user_id, /^[UW][A-Z0-9]{2,20}$/),
    signature: z.optional(text(FIELD_MAX_CHARS.signature, /^v1=[0-9a-f]{64}$/)),
    api_key: z.optional(text(FIELD_MAX_CHARS.api_key, undefined, 1)),
  })
);
export type AlertRequest = z.infer<ReturnType<typeof alertRequestSchema>>;

/** Why a body was refused before its authentication was looked at. */
export type ShapeRefusal =
  | { reason: "missing_fields"; fields: string[] }
  | { reason: "oversized"; fields: string[] }
  | { reason: "malformed"; fields: string[] };

/**
 * The body's fields, or why they cannot be read: a required field missing or empty, a value
 * longer than its limit, or a value that is not plain text of its shape. `fields` names the
 * fields (never their values). Unknown fields are ignored (the trigger passes only its own).
 */
export function readAlertRequest(
  body: unknown,
): { ok: true; request: AlertRequest } | { ok: false; refusal: ShapeRefusal } {
  const raw = typeof body === "object" && body !== null && !Array.isArray(body)
    ? body as Record<string, unknown>
    : {};
  const present = (name: string) =>
    raw[name] !== undefined && raw[name] !== null && raw[name] !== "";
  const values: Record<string, unknown> = {};
  for (const name of [...SIGNED_FIELDS, "signature", "api_key"] as const) {
    if (present(name)) values[name] = raw[name];
  }
  const missing = SIGNED_FIELDS.filter((name) => name !== "filter" && !present(name));
  if (missing.length > 0) {
    return { ok: false, refusal: { reason: "missing_fields", fields: missing } };
  }
  const oversized = Object.entries(values)
    .filter(([name, value]) =>
      typeof value === "string" && value.length > FIELD_MAX_CHARS[name as SignedField]
    )
    .map(([name]) => name);
  if (oversized.length > 0) {
    return { ok: false, refusal: { reason: "oversized", fields: oversized } };
  }
  const parsed = alertRequestSchema().safeParse(values);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")))];
    return { ok: false, refusal: { reason: "malformed", fields } };
  }
  return { ok: true, request: parsed.data };
}
