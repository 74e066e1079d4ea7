/**
 * Resolves workflow references — `{{inputs.x}}`, `{{steps.N.y.z}}`, `{{data.user_id}}` — inside
 * step inputs, as Slack does: a string that is exactly one reference takes the referenced value
 * whatever its type; a reference embedded in longer text is replaced by the value as text
 * (objects as JSON). Works on any JSON value; nesting and path length are bounded.
 */

const MAX_DEPTH = 32;
const MAX_PATH_SEGMENTS = 16;
const WHOLE_REFERENCE = /^\{\{\s*([^{}\s]+)\s*\}\}$/;
const EMBEDDED_REFERENCE = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** Values references can reach, by root name: `inputs`, `steps` (keyed by step id), `data`. */
export type ReferenceScope = Record<string, unknown>;

export class WorkflowReferenceError extends Error {
  override name = "WorkflowReferenceError";
}

const MISSING = Symbol("missing");

function lookup(path: string, scope: ReferenceScope): unknown | typeof MISSING {
  const segments = path.split(".");
  if (segments.length > MAX_PATH_SEGMENTS) {
    throw new WorkflowReferenceError(
      `reference {{${path}}} is longer than ${MAX_PATH_SEGMENTS} segments`,
    );
  }
  const [root, ...rest] = segments;
  if (!Object.hasOwn(scope, root)) {
    throw new WorkflowReferenceError(
      `reference {{${path}}} starts with "${root}"; a workflow can refer only to ${
        Object.keys(scope).map((name) => `"${name}"`).join(", ")
      }`,
    );
  }
  if (root === "steps" && rest.length > 0) {
    const steps = scope.steps as Record<string, unknown>;
    if (!Object.hasOwn(steps, rest[0])) {
      throw new WorkflowReferenceError(
        `reference {{${path}}} names step ${rest[0]}, which has not run before this step`,
      );
    }
  }
  let value: unknown = scope[root];
  for (const segment of rest) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) {
      return MISSING;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function asText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function resolveString(text: string, scope: ReferenceScope): unknown {
  const whole = WHOLE_REFERENCE.exec(text);
  if (whole) {
    const value = lookup(whole[1], scope);
    return value === MISSING ? undefined : value;
  }
  return text.replace(EMBEDDED_REFERENCE, (_match, path: string) => {
    const value = lookup(path, scope);
    if (value === MISSING || value === undefined) {
      throw new WorkflowReferenceError(`reference {{${path}}} inside a text has no value`);
    }
    return asText(value);
  });
}

function resolveValue(value: unknown, scope: ReferenceScope, depth: number): unknown {
  if (depth > MAX_DEPTH) {
    throw new WorkflowReferenceError(`input nests deeper than ${MAX_DEPTH} levels`);
  }
  if (typeof value === "string") return resolveString(value, scope);
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, scope, depth + 1));
  if (value !== null && typeof value === "object") {
    const resolved: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const itemValue = resolveValue(item, scope, depth + 1);
      if (itemValue !== undefined) resolved[key] = itemValue;
    }
    return resolved;
  }
  return value;
}

/**
 * Resolves every reference in a step's inputs. A whole-value reference to a value that is not
 * there leaves the input out (required-input checks then name it); an embedded one is an error.
 * Throws `WorkflowReferenceError` for references to unknown roots or to steps that have not run.
 */
export function resolveReferences(
  inputs: Record<string, unknown>,
  scope: ReferenceScope,
): Record<string, unknown> {
  return resolveValue(inputs, scope, 0) as Record<string, unknown>;
}
