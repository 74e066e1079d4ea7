/**
 * Checks values against a function's or workflow's declared parameters, as the platform does
 * before it starts a step (inputs) and when a function completes (outputs): every required
 * parameter present, no undeclared parameter, and primitive types right. Messages name the
 * parameter and the expected type, never the value (it may be a secret or raw log text).
 */
import type { ParameterDefinition, ParameterSet } from "./types.ts";

type Kind = "string" | "integer" | "number" | "boolean" | "array" | "object";

const SLACK_STRING_TYPES = [
  "user_id",
  "channel_id",
  "usergroup_id",
  "team_id",
  "message_ts",
  "date",
  "file_id",
  "canvas_id",
];

function expectedKind(type: unknown): Kind | undefined {
  if (typeof type !== "string") return undefined; // a custom type object: not checked here
  switch (type) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "array":
    case "object":
      return type;
    case "slack#/types/timestamp":
      return "number";
    case "slack#/types/interactivity":
      return "object";
    case "slack#/types/blocks":
      return "array";
  }
  const slackName = type.startsWith("slack#/types/") ? type.slice("slack#/types/".length) : "";
  return SLACK_STRING_TYPES.includes(slackName) ? "string" : undefined;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matches(kind: Kind, value: unknown): boolean {
  const actual = kindOf(value);
  return actual === kind || (kind === "number" && actual === "integer");
}

function typeProblem(name: string, definition: ParameterDefinition, value: unknown) {
  const kind = expectedKind(definition.type);
  if (kind && !matches(kind, value)) {
    return `"${name}" must be ${kind === "integer" ? "an" : "a"} ${kind}, not ${kindOf(value)}`;
  }
  if (definition.enum && !definition.enum.includes(value)) {
    return `"${name}" must be one of its ${definition.enum.length} declared choices`;
  }
  return undefined;
}

/** Problems with `values` against `parameters`, or an empty list when they fit. */
export function parameterProblems(
  parameters: ParameterSet | undefined,
  values: Record<string, unknown>,
): string[] {
  const properties = parameters?.properties ?? {};
  const problems: string[] = [];
  for (const key of parameters?.required ?? []) {
    const name = String(key);
    if (values[name] === undefined || values[name] === null) {
      problems.push(`required "${name}" is missing`);
    }
  }
  for (const [name, value] of Object.entries(values)) {
    if (!Object.hasOwn(properties, name)) {
      problems.push(`"${name}" is not declared`);
    } else if (value !== undefined && value !== null) {
      const problem = typeProblem(name, properties[name], value);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
