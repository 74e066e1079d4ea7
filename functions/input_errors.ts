/**
 * Turns a zod failure on a function's inputs into sentences for the person who ran the step:
 * each input by the name the form shows (its title in functions/<name>/definition.ts), what is
 * wrong with it and what to do. Never includes an input's value (it may hold a secret), nor
 * zod's own wording.
 *
 * A schema's own message is used when it is a lower-case predicate ("must be a whole number from
 * 1 to 5000": "The line limit must be …"), a lower-case clause that reads alone ("more lines are
 * shown than match": made a sentence, the input named after it), or a whole sentence marked
 * WORDED (functions/input_schemas.ts); every other problem (zod's own messages) is worded here
 * from its kind.
 */
import type * as z from "../core/zod.ts";

type Issue = z.core.$ZodIssue;

/** A step as Workflow Builder shows it (functions/step_titles.ts). */
export interface StepTitles {
  /** The step's name. */
  title: string;
  /** Each input's title. */
  inputs: Readonly<Record<string, string>>;
}

/** Inputs a person fills in (the others a workflow wires from an earlier step). */
const FORM_INPUTS = new Set([
  "service",
  "environment",
  "window",
  "filter",
  "max_lines",
  "source",
  "delivery",
  "channel_id",
  "user_id",
  "text",
]);

/** What to ask for when an input is missing or empty. */
const ASK_FOR: Readonly<Record<string, string>> = {
  service: "Choose a service.",
  environment: "Choose an environment.",
  window: "Give a time window, e.g. 15m or 2h.",
  delivery: "Choose a delivery: ephemeral (only you see the report) or channel.",
  channel_id: "Choose a channel.",
  user_id: "Choose the requester.",
  text: "Give the text to scrub.",
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a set of named values",
};

/** A schema's message that follows the input's name: "must be …", "is needed …". */
const PREDICATE = /^(must|is|are|needs|has|cannot|can't|should) /;

/** Problems described before the rest are only counted. */
const MAX_PROBLEMS = 3;

export function describeInputError(step: StepTitles, error: z.core.$ZodError): string {
  const sentences: string[] = [];
  const seen = new Set<string>();
  let more = 0;
  let wired = false;
  for (const issue of error.issues) {
    const input = typeof issue.path[0] === "string" ? issue.path[0] : "";
    if (seen.has(input)) continue;
    seen.add(input);
    if (sentences.length === MAX_PROBLEMS) {
      more++;
      continue;
    }
    if (!FORM_INPUTS.has(input)) wired = true;
    sentences.push(
      input === "" ? "The step's inputs could not be read." : describeIssue(step, issue, input),
    );
  }
  if (more > 0) {
    sentences.push(
      more === 1 ? "One more input has a problem." : `${more} more inputs have problems.`,
    );
  }
  if (wired) {
    sentences.push(`Check what the workflow gives the “${step.title}” step.`);
  }
  return sentences.join(" ");
}

/** `the filter` for an input people fill in; `the “Excerpt” input` for one a workflow wires. */
function inputName(step: StepTitles, input: string): string {
  const title = step.inputs[input];
  if (title === undefined) return `the “${input}” input`;
  return FORM_INPUTS.has(input)
    ? `the ${title[0].toLowerCase()}${title.slice(1)}`
    : `the “${title}” input`;
}

function missing(step: StepTitles, input: string): string {
  const ask = ASK_FOR[input];
  if (ask !== undefined) return ask;
  const name = inputName(step, input);
  return FORM_INPUTS.has(input) ? `Fill in ${name}.` : `${capitalize(name)} is missing.`;
}

function describeIssue(step: StepTitles, issue: Issue, input: string): string {
  if (issue.code === "custom" && issue.params?.worded === true) return issue.message;
  const subject = issue.path.length > 1
    ? `One item of ${inputName(step, input)}`
    : capitalize(inputName(step, input));
  if (/^[a-z]/.test(issue.message)) {
    return PREDICATE.test(issue.message)
      ? `${subject} ${issue.message}.`
      : `${capitalize(issue.message)} (${inputName(step, input)}).`;
  }
  const whole = issue.path.length === 1;
  switch (issue.code) {
    case "invalid_type":
      // zod says "received undefined" (or null) for an input that is not there at all.
      // For a form input, text of another type is asked for again the same way.
      if (whole && /received (undefined|null)$/.test(issue.message)) return missing(step, input);
      if (whole && issue.expected === "string" && FORM_INPUTS.has(input)) {
        return missing(step, input);
      }
      return `${subject} must be ${TYPE_WORDS[issue.expected] ?? "of another kind"}.`;
    case "too_small":
      if (issue.origin === "string") {
        return whole && Number(issue.minimum) <= 1
          ? missing(step, input)
          : `${subject} is too short: at least ${issue.minimum} characters.`;
      }
      if (issue.origin === "array") return `${subject} needs at least ${issue.minimum} items.`;
      return `${subject} must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}.`;
    case "too_big":
      if (issue.origin === "string") {
        return `${subject} is too long: at most ${issue.maximum} characters. Shorten it.`;
      }
      if (issue.origin === "array") {
        return `${subject} has too many items: at most ${issue.maximum}.`;
      }
      return `${subject} must be ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}.`;
    case "invalid_value":
      return `${subject} must be ${choices(issue.values)}.`;
    default:
      return `${subject} is not in a form the step accepts.`;
  }
}

/** The schema's own choices (never the input), quoted: “ephemeral” or “channel”. */
function choices(values: readonly unknown[]): string {
  const shown = values.filter((value) => value !== "" && value !== undefined).map((value) =>
    `“${String(value)}”`
  );
  if (shown.length <= 1) return shown[0] ?? "one of the accepted values";
  return `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
}

function capitalize(text: string): string {
  return `${text[0].toUpperCase()}${text.slice(1)}`;
}
