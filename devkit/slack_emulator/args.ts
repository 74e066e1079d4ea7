// Reading method arguments as Slack receives them: form fields are strings (objects and arrays
// arrive JSON-encoded per field), JSON bodies carry real values. Failures become SlackError.

export type Args = Record<string, unknown>;

/** A Slack-level failure: answered as HTTP 200 `{ ok: false, error: code, ... }`. */
export class SlackError extends Error {
  constructor(
    readonly code: string,
    /** Human-readable detail, sent as `response_metadata.messages` (never echoes secrets). */
    readonly detail?: string,
    /** Extra top-level response fields, e.g. datastore `errors`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

function present(args: Args, name: string): boolean {
  return args[name] !== undefined && args[name] !== null && args[name] !== "";
}

export function requiredString(
  args: Args,
  name: string,
  missingCode = "invalid_arguments",
): string {
  if (!present(args, name)) {
    throw new SlackError(missingCode, `[ERROR] missing required field: ${name}`);
  }
  const value = args[name];
  if (typeof value !== "string" && typeof value !== "number") {
    throw new SlackError("invalid_arguments", `[ERROR] ${name} must be a string`);
  }
  return String(value);
}

export function optionalString(args: Args, name: string): string | undefined {
  return present(args, name) ? requiredString(args, name) : undefined;
}

export function optionalInteger(
  args: Args,
  name: string,
  bounds: { min: number; max: number; code?: string },
): number | undefined {
  if (!present(args, name)) return undefined;
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new SlackError(
      bounds.code ?? "invalid_arguments",
      `[ERROR] ${name} must be an integer from ${bounds.min} to ${bounds.max}`,
    );
  }
  return value;
}

export function optionalBoolean(args: Args, name: string): boolean | undefined {
  if (!present(args, name)) return undefined;
  const value = args[name];
  if (value === true || value === "true" || value === 1 || value === "1") return true;
  if (value === false || value === "false" || value === 0 || value === "0") return false;
  throw new SlackError("invalid_arguments", `[ERROR] ${name} must be a boolean`);
}

/** An object/array argument: accepted as a value (JSON body) or a JSON string (form field). */
export function optionalJson(args: Args, name: string, invalidCode = "invalid_arguments"): unknown {
  if (!present(args, name)) return undefined;
  const value = args[name];
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new SlackError(invalidCode, `[ERROR] ${name} is not valid JSON`);
  }
}

export function requiredJson(args: Args, name: string, invalidCode = "invalid_arguments"): unknown {
  const value = optionalJson(args, name, invalidCode);
  if (value === undefined) {
    throw new SlackError("invalid_arguments", `[ERROR] missing required field: ${name}`);
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
