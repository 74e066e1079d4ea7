/**
 * A function's contract is written three times: its DefineFunction parameters (what Slack and
 * Workflow Builder see), the zod schema its handler parses the inputs with, and its outputs
 * interface. The contract tests (functions/<name>/contract_test.ts) reduce each to
 * "name → kind", the kind being the JSON type Slack passes, with `?` when the value may be
 * left out: "string", "number?", "string[]" …
 * - definitionKinds: a definition's input or output parameters;
 * - schemaKinds: a zod object schema's fields (the type each accepts, and whether it accepts
 *   a missing value);
 * - OutputKinds<Outputs>: the type of a constant that names every field of an outputs interface
 *   with its kind, so `deno check` fails when the constant and the interface disagree.
 * Test code: reads schemas through the parts every zod build has (`def`, `shape`, `safeParse`).
 */

/** The JSON type of a TypeScript type: "string", "number", "boolean", "object", "string[]" … */
export type KindOf<T> = T extends string ? "string"
  : T extends number ? "number"
  : T extends boolean ? "boolean"
  : T extends readonly (infer Item)[] ? `${KindOf<Item>}[]`
  : "object";

/** Every field of `Outputs` with its kind, `?` after the kind of an optional one. */
export type OutputKinds<Outputs> = {
  [Key in keyof Outputs]-?: object extends Pick<Outputs, Key>
    ? `${KindOf<Exclude<Outputs[Key], undefined>>}?`
    : KindOf<Outputs[Key]>;
};

/** One parameter as DefineFunction declares it (the parts compared here). */
export interface ParameterDefinition {
  /** A type name, or one of Slack's custom types (its id is what it prints as). */
  type: string | { toString(): string };
  items?: { type: string };
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
}

export interface ParameterSet {
  properties: Record<string, ParameterDefinition>;
  required?: readonly (string | number)[];
}

/** The JSON type Slack passes for each parameter type the app's functions use. */
const PARAMETER_KINDS: Record<string, string> = {
  "string": "string",
  "integer": "number",
  "number": "number",
  "boolean": "boolean",
  "object": "object",
  "slack#/types/user_id": "string",
  "slack#/types/channel_id": "string",
  "slack#/types/timestamp": "number",
  "slack#/types/interactivity": "object",
};

function parameterKind(parameter: ParameterDefinition, name: string): string {
  if (parameter.type === "array") {
    if (!parameter.items) throw new Error(`${name}: an array parameter without items`);
    return `${parameterKind(parameter.items, `${name} items`)}[]`;
  }
  const kind = PARAMETER_KINDS[String(parameter.type)];
  if (!kind) throw new Error(`${name}: type ${parameter.type} is not mapped to a JSON type here`);
  return kind;
}

/** A definition's parameters as "name → kind", `?` when the parameter is not required. */
export function definitionKinds(parameters: ParameterSet | undefined): Record<string, string> {
  const required = new Set((parameters?.required ?? []).map(String));
  return Object.fromEntries(
    Object.entries(parameters?.properties ?? {}).map(([name, parameter]) => [
      name,
      parameterKind(parameter, name) + (required.has(name) ? "" : "?"),
    ]),
  );
}

/** A zod schema, classic or mini: the parts read here. */
interface Schema {
  def: unknown;
  safeParse(value: unknown): { success: boolean };
}

/** A zod object schema. */
interface ObjectSchema extends Schema {
  shape: Record<string, Schema>;
}

/** zod's own description of a schema (`schema.def`), the parts walked here. */
interface SchemaDef {
  type: string;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  options?: readonly Schema[];
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
}

const MAX_DEPTH = 16;

/** The JSON types a schema accepts as input: "string", or "number|string" for a union. */
function acceptedKind(schema: Schema, depth = 0): string {
  if (depth > MAX_DEPTH) throw new Error("schema nested too deeply to compare");
  const def = schema.def as SchemaDef;
  const inner = (next: Schema | undefined) => acceptedKind(next!, depth + 1);
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
    case "object":
      return def.type;
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
    case "readonly":
      return inner(def.innerType);
    case "pipe":
      return inner(def.in);
    case "array":
      return `${inner(def.element)}[]`;
    case "enum":
      return kinds(Object.values(def.entries ?? {}).map((value) => typeof value));
    case "literal":
      return kinds((def.values ?? []).map((value) => typeof value));
    case "union":
      return kinds((def.options ?? []).map((option) => inner(option)));
    default:
      throw new Error(`zod type ${def.type} is not mapped to a JSON type here`);
  }
}

function kinds(found: string[]): string {
  return [...new Set(found)].sort().join("|");
}

/** A zod object schema's fields as "name → kind", `?` when a missing value is accepted. */
export function schemaKinds(schema: ObjectSchema): Record<string, string> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => {
      const optional = field.safeParse(undefined).success;
      return [name, acceptedKind(field) + (optional ? "?" : "")];
    }),
  );
}

/**
 * What a definition promises about values that the schema does not keep: each enum value
 * accepted; an integer's minimum and maximum accepted, one past them and a fraction between
 * them refused;
 * and an optional text input accepts "" (what Workflow Builder passes for a blank field).
 */
export function valueProblems(
  schema: ObjectSchema,
  parameters: ParameterSet | undefined,
): string[] {
  const required = new Set((parameters?.required ?? []).map(String));
  const problems: string[] = [];
  for (const [name, parameter] of Object.entries(parameters?.properties ?? {})) {
    const field = schema.shape[name] as Schema | undefined;
    if (!field) continue;
    const accepts = (value: unknown) => field.safeParse(value).success;
    for (const value of parameter.enum ?? []) {
      if (!accepts(value)) {
        problems.push(`${name}: refuses the enum value ${JSON.stringify(value)}`);
      }
    }
    const { minimum, maximum } = parameter;
    if (minimum !== undefined) {
      if (!accepts(minimum)) problems.push(`${name}: refuses its minimum ${minimum}`);
      if (accepts(minimum - 1)) problems.push(`${name}: accepts ${minimum - 1}, below its minimum`);
    }
    if (maximum !== undefined) {
      if (!accepts(maximum)) problems.push(`${name}: refuses its maximum ${maximum}`);
      if (accepts(maximum + 1)) problems.push(`${name}: accepts ${maximum + 1}, past its maximum`);
    }
    if (parameter.type === "integer") {
      const low = minimum ?? 0;
      const fraction = Math.floor((low + (maximum ?? low + 2)) / 2) + 0.5;
      if (accepts(fraction)) problems.push(`${name}: accepts ${fraction}, not a whole number`);
    }
    const text = parameterKind(parameter, name) === "string";
    if (text && !required.has(name) && !accepts("")) {
      problems.push(`${name}: refuses "", which Workflow Builder passes for a blank field`);
    }
  }
  return problems;
}
