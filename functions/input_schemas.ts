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
import * as z from "zod";
import { checkFilter } from "../core/sources/filter.ts";
import { windowTextProblem } from "../core/sources/window.ts";

export const serviceName = z.string().trim().min(1).max(128);
export const environmentName = z.string().trim().min(1).max(64);

/** Workflow Builder passes an empty string for an optional field left blank. */
export const optionalText = (max: number) =>
  z.string().trim().max(max).optional().transform((text) => text || undefined);

/** `params` of a custom issue whose message is a whole sentence for people. */
export const WORDED = { worded: true } as const;

/** A whole number from `min` to `max`; every refusal gives the range. */
export function wholeNumber(min: number, max: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/**
 * The time window as a person typed it (`15m`, `<start>/<end>` …), kept as typed. What the text
 * says is checked here, in core/sources/window.ts's words; the source's maximum and "not in the
 * future" are checked when the logs are read, in the same file's words.
 */
export const windowText = z.string().superRefine((text, ctx) => {
  const problem = windowTextProblem(text);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem, params: WORDED });
});

/**
 * A person's filter: trimmed, blank as none, and refused (too long, control characters) by
 * core's checkFilter alone, so its limit and its words are the only ones.
 */
export const filterText = z.string().optional().transform((text, ctx) => {
  try {
    return checkFilter(text);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message, params: WORDED });
    return z.NEVER;
  }
});
