/**
 * zod for every schema that runs in a function: zod 4's tree-shakable build (`zod/mini`,
 * functions instead of methods: `z.optional(z.string().check(z.maxLength(64)))`), with messages
 * for the issues our schemas raise (below), which the classic build sets up itself and the mini
 * build leaves to the app (without them every message is "Invalid input"). The classic build
 * weighs ~95 KB in each bundle and builds every schema with its methods; one module importing
 * `zod` brings it all back (the bundle test refuses that).
 */
import * as z from "zod/mini";

/** What a size limit counts, by what is measured. */
const UNITS: Readonly<Record<string, string>> = {
  string: " characters",
  array: " items",
  set: " items",
  map: " entries",
  file: " bytes",
};

function shown(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

/**
 * The message of an issue whose schema gave none. Each starts with a capital letter, which
 * functions/input_errors.ts reads as zod's own wording (a schema's own predicates are lower case),
 * and a missing value's ends in "received undefined" (or null), which it reads as a missing input.
 * Configs and policies show these messages after the field's path.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `Invalid input: expected ${issue.expected}, received ${typeOf(issue.input)}`;
    case "invalid_value":
      return `Invalid value: expected ${issue.values.length > 1 ? "one of " : ""}${
        issue.values.map(shown).join(", ")
      }`;
    case "too_big":
    case "too_small": {
      const big = issue.code === "too_big";
      const bound = big ? issue.maximum : issue.minimum;
      const limit = issue.exact
        ? "exactly"
        : issue.inclusive === false
        ? (big ? "less than" : "more than")
        : (big ? "at most" : "at least");
      return `Too ${big ? "big" : "small"}: ${limit} ${bound}${UNITS[issue.origin] ?? ""}`;
    }
    case "invalid_format":
      return issue.format === "regex"
        ? `Invalid text: must match ${issue.pattern}`
        : `Invalid text: not a valid ${issue.format}`;
    case "not_multiple_of":
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${
        issue.keys.map(shown).join(", ")
      }`;
    case "invalid_key":
      return `Invalid key in this ${issue.origin}`;
    case "invalid_element":
      return `Invalid value in this ${issue.origin}`;
    default:
      return "Invalid input";
  }
}

z.config({ localeError: issueMessage });

export * from "zod/mini";

/**
 * In a transform (`z.transform((value, payload) => …)`): refuses the value with a custom issue
 * worded `message`, as classic zod's `ctx.addIssue` there did, and returns what stands for no
 * value.
 */
export function refuse(
  payload: z.core.ParsePayload,
  message: string,
  params?: Record<string, unknown>,
): never {
  payload.issues.push({
    code: "custom",
    message,
    input: payload.value,
    ...(params === undefined ? {} : { params }),
  });
  return z.NEVER;
}

/**
 * Refuses a number that is not whole or is beyond ±(2^53 − 1), which `z.int()` refuses too, as
 * one custom check worded `message` ("Invalid input" without one): z.int()'s number-format code
 * adds 1.4 KB to a bundle that has no other use for it.
 */
export function integer(message?: string): z.core.$ZodCheck<number> {
  return z.refine((value: number) => Number.isSafeInteger(value), message);
}

/**
 * `schema`, its value then made into another by `convert` once every check of `schema` passed:
 * what `z.pipe(schema, z.transform(convert))` does, as one custom check (zod's pipe and
 * transform add 1.3 KB to a bundle). `convert` may refuse the value (refuse()); it is not called
 * for a value `schema` refused.
 */
export function converted<T extends z.ZodMiniType, O>(
  schema: T,
  convert: (value: z.output<T>, payload: z.core.ParsePayload) => O,
): z.ZodMiniType<O, z.input<T>> {
  return schema.check(z.check((payload: z.core.ParsePayload) => {
    if (payload.issues.length === 0) payload.value = convert(payload.value as z.output<T>, payload);
  })) as unknown as z.ZodMiniType<O, z.input<T>>;
}

/**
 * The schema `make` builds, built when the module loads. Write a module's top-level schema as
 * `/* @__PURE__ *\/ z.droppable(() => …)`: a bundle that uses none of it then leaves it out,
 * with what only its checks call. The bundler cannot tell that zod's calls have no side
 * effects, so it keeps every top-level schema of a module it bundles, used or not.
 */
export function droppable<T>(make: () => T): T {
  return make();
}
