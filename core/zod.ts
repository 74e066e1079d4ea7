/**
 * zod for every schema that runs in a function: zod 4's tree-shakable build (`zod/mini`,
 * functions instead of methods: `z.optional(z.string().check(z.maxLength(64)))`), with messages
 * for the issues our schemas raise (below), which the classic build sets up itself and the mini
 * build leaves to the app (without them every message is "Invalid input"). The classic build
 * weighs ~95 KB in each bundle and builds every schema with its methods; one module importing
 * `zod` brings it all back (the bundle test refuses that).
 */
import * as z from "zod/mini";

/** What a size limit counts, by what is measured (the sizes our schemas bound). */
const UNITS: Readonly<Record<string, string>> = {
  string: " characters",
  array: " items",
};

const shown = (value: unknown): string => {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
};

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
 * Configs and policies show these messages after the field's path. Worded: the issues our schemas
 * raise (bounds are inclusive: this module's checks and z.int()'s; a format is a pattern, checked
 * with z.regex); any other, from a check none of them uses (exact sizes, strict bounds, multiples,
 * sets, maps, files, other formats), is "Invalid input".
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
      if (issue.exact || issue.inclusive === false) break;
      const big = issue.code === "too_big";
      return `Too ${big ? "big: at most" : "small: at least"} ${
        big ? issue.maximum : issue.minimum
      }${UNITS[issue.origin] ?? ""}`;
    }
    case "invalid_format":
      if (issue.format === "regex") return `Invalid text: must match ${issue.pattern}`;
      break;
    case "unrecognized_keys":
      return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${
        issue.keys.map(shown).join(", ")
      }`;
    case "invalid_key":
      return `Invalid key in this ${issue.origin}`;
  }
  return "Invalid input";
}

z.config({ localeError: issueMessage });

export * from "zod/mini";

/**
 * zod's checks of sizes, bounds, patterns and rewrites, written here as the custom check
 * (`z.check`) every bundle already carries, in place of zod's own (these names shadow zod/mini's,
 * whose check classes, per-check code and factories are then in no bundle: 1.4 KB of fetch_logs).
 * Each accepts and refuses what zod's does and raises the issue zod's raises, key for key (code,
 * origin, bound, pattern), so the same messages: `params` (a message, `{ error }`, `{ message }`,
 * `{ abort }`) as zod reads them; a failed check lets the next ones run unless it aborts; a size
 * check runs, as zod's, on any value that has a length, even after an earlier issue, and a list's
 * leading size checks are known to zod by their kind and bound (`def`), so that a list longer
 * than their maximum is refused before its items are read, as zod refuses it.
 * core/zod_checks_test.ts holds each against zod's own.
 */
function zodCheck<T>(
  params: string | object | undefined,
  issue: (value: T) => Record<string, unknown> | undefined,
  def?: Record<string, unknown>,
): z.core.$ZodCheck<T> {
  const check: z.core.$ZodCheck<T> = z.check<T>((payload) => {
    const found = issue(payload.value);
    if (found !== undefined) {
      payload.issues.push({
        ...found,
        input: payload.value,
        inst: check,
        continue: !check._zod.def.abort,
      } as unknown as z.core.$ZodRawIssue);
    }
  }, { ...(typeof params === "string" ? { error: params } : params), ...def });
  return check;
}

/**
 * At most (`big`) or at least `bound`: the value itself, or its length when `sized` (code points
 * of text, a surrogate pair once, as zod counts them; items of a list), refused with zod's issue.
 */
function bounded<T>(
  big: boolean,
  bound: number,
  params: string | object | undefined,
  sized?: boolean,
): z.core.$ZodCheck<T> {
  const limit = big ? "maximum" : "minimum";
  return zodCheck<T>(
    params,
    (value) => {
      let count = value as unknown as number;
      if (sized) {
        count = (value as { length: number }).length;
        // Code points are counted only where they may differ from UTF-16 units (zod's shortcut).
        if (
          typeof value === "string" && (big ? count > bound : count >= bound && count < bound * 2)
        ) {
          count = [...value].length;
        }
      }
      return (big ? count <= bound : count >= bound) ? undefined : {
        origin: sized
          ? (Array.isArray(value) ? "array" : typeof value === "string" ? "string" : "unknown")
          : typeof value === "bigint"
          ? "bigint"
          : typeof value === "object"
          ? "date"
          : "number",
        code: big ? "too_big" : "too_small",
        [limit]: bound,
        inclusive: true,
      };
    },
    sized
      ? {
        check: big ? "max_length" : "min_length",
        [limit]: bound,
        when: ({ value }: z.core.ParsePayload) =>
          value !== null && value !== undefined &&
          (value as { length?: number }).length !== undefined,
      }
      : undefined,
  );
}

type Sized = { length: number };

/** `z.maxLength`: at most `maximum` code points of text, or items. */
export function maxLength(
  maximum: number,
  params?: string | z.core.$ZodCheckMaxLengthParams,
): z.core.$ZodCheck<Sized> {
  return bounded(true, maximum, params, true);
}

/** `z.minLength`: at least `minimum` code points of text, or items. */
export function minLength(
  minimum: number,
  params?: string | z.core.$ZodCheckMinLengthParams,
): z.core.$ZodCheck<Sized> {
  return bounded(false, minimum, params, true);
}

/** `z.lte`: at most `maximum`. */
export function lte(
  maximum: number,
  params?: string | z.core.$ZodCheckLessThanParams,
): z.core.$ZodCheck<number> {
  return bounded(true, maximum, params);
}

/** `z.gte`: at least `minimum`. */
export function gte(
  minimum: number,
  params?: string | z.core.$ZodCheckGreaterThanParams,
): z.core.$ZodCheck<number> {
  return bounded(false, minimum, params);
}

/** `z.nonnegative`: at least 0. */
export function nonnegative(
  params?: string | z.core.$ZodCheckGreaterThanParams,
): z.core.$ZodCheck<number> {
  return bounded(false, 0, params);
}

/** `z.regex`: text that `pattern` matches (from its start: `lastIndex` is reset). */
export function regex(
  pattern: RegExp,
  params?: string | z.core.$ZodCheckRegexParams,
): z.core.$ZodCheck<string> {
  return zodCheck<string>(params, (value) => {
    pattern.lastIndex = 0;
    return pattern.test(value) ? undefined : {
      origin: "string",
      code: "invalid_format",
      format: "regex",
      pattern: pattern.toString(),
    };
  });
}

/** `z.overwrite`: the value made into `tx(value)`. */
export function overwrite<T>(tx: (value: T) => T): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => {
    payload.value = tx(payload.value);
  });
}

/** `z.trim`: text without its leading and trailing white space. */
export function trim(): z.core.$ZodCheck<string> {
  return overwrite((value: string) => value.trim());
}

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
 * In a check (`z.check((payload) => …)`): refuses the value with a custom issue (its message, then
 * its params or path when given), raised as a superRefine's `ctx.addIssue` raises it: the checks
 * after it still run, and it reads the same. Checks written so in place of `z.superRefine` leave
 * zod's superRefine, with its zod 3 forms of issues, out of every bundle.
 */
export function addIssue(
  payload: z.core.ParsePayload,
  issue: { message: string; params?: Record<string, unknown>; path?: PropertyKey[] },
): void {
  payload.issues.push({ code: "custom", ...issue, input: payload.value, continue: true });
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
