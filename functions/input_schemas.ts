/**
 * Input fields that several functions share, validated the same way everywhere: the service
 * and environment a request names, the time window and filter a person types, whole numbers, and
 * optional free text from Workflow Builder.
 *
 * How refusals are worded (functions/input_errors.ts turns them into sentences): a schema's own
 * message is either a predicate starting in lower case ("must be a whole number from 1 to 5000"),
 * which follows the input's name ("The line limit must be …"), or, for a check that core words
 * itself, a whole sentence carried by a custom issue marked `WORDED`. No message repeats the value.
 */
import * as z from "../core/zod.ts";
import { checkFilter } from "../core/sources/filter.ts";
import { windowTextProblem } from "../core/sources/window.ts";

export const serviceName = /* @__PURE__ */ z.droppable(() =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(128))
);
export const environmentName = /* @__PURE__ */ z.droppable(() =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(64))
);

/**
 * `schema`, whose last check (z.overwrite) may leave a value as none: what a blank input becomes.
 * Checks that rewrite the value in place instead of zod's pipe and transform, which would add
 * their own code to a bundle for these inputs alone.
 */
const orNone = <T, I>(schema: z.ZodMiniType<T | undefined, I>) =>
  z.optional(schema) as unknown as z.ZodMiniType<T | undefined, I | undefined>;

/** Blank ("" or only spaces) as none. */
const blankNone = <T>() => z.overwrite((value: T) => (value || undefined) as T);

/** Workflow Builder passes an empty string for an optional field left blank. */
export const optionalText = (max: number) =>
  orNone(z.string().check(z.trim(), z.maxLength(max), blankNone<string>()));

/**
 * An optional id (a schema of text) that Workflow Builder passes as "" when left blank: none.
 * Text, then unless blank the id's schema checks it, in its own words ("must be a Slack channel
 * id"). Not a union with "", which brings zod's union into a bundle and says only "one of the
 * accepted values" for a value that is not text.
 */
export const blankAsNone = <T extends string>(choice: z.ZodMiniType<T>) =>
  orNone<T, string>(
    z.string().check(
      z.check<string>((payload) => {
        const checked = payload.value === "" ? undefined : choice.safeParse(payload.value);
        for (const issue of checked?.error?.issues ?? []) {
          z.addIssue(payload, { message: issue.message });
        }
      }),
      blankNone<string>(),
    ) as unknown as z.ZodMiniType<T | undefined, string>,
  );

/**
 * An optional choice among `values` that Workflow Builder passes as "" when left blank: none. One
 * enum with "" among its values: what a union of the enum and "" accepts and says (“ephemeral” or
 * “channel”), without zod's union in the bundle.
 */
export const blankOrOneOf = <T extends string>(values: readonly T[]) =>
  orNone<T, T | "">(
    (z.enum([...values, ""]) as unknown as z.ZodMiniType<T | "">).check(
      blankNone<T | "">(),
    ) as unknown as z.ZodMiniType<T | undefined, T | "">,
  );

/** `params` of a custom issue whose message is a whole sentence for people. */
export const WORDED = { worded: true } as const;

/** A whole number from `min` to `max`; every refusal gives the range. */
export function wholeNumber(min: number, max: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.number({ error }).check(z.integer(error), z.gte(min, { error }), z.lte(max, { error }));
}

/**
 * The time window as a person typed it (`15m`, `<start>/<end>` …), kept as typed. What the text
 * says is checked here, in core/sources/window.ts's words; the source's maximum and "not in the
 * future" are checked when the logs are read, in the same file's words.
 */
export const windowText = /* @__PURE__ */ z.droppable(() =>
  z.string().check(z.check<string>((payload) => {
    const problem = windowTextProblem(payload.value);
    if (problem !== undefined) z.addIssue(payload, { message: problem, params: WORDED });
  }))
);

/**
 * A person's filter, as core's checkFilter alone reads it, so its limit, its words and its
 * normalisation are the only ones: what it returns for a filter it accepts (trimmed, blank as
 * none) becomes the value, in the same check that words its refusal (too long, control
 * characters). One check, not a refine and then an overwrite: zod runs an overwrite after a refine
 * that raised an issue, where checkFilter would throw instead of refusing.
 */
export const filterText = /* @__PURE__ */ z.droppable(() =>
  orNone<string, string>(
    z.string().check(
      z.check<string>((payload) => {
        try {
          payload.value = checkFilter(payload.value) as string;
        } catch (error) {
          z.addIssue(payload, { message: (error as Error).message, params: WORDED });
        }
      }),
    ),
  )
);
