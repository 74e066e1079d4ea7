/**
 * Plays Slack's built-in OpenForm step from answers supplied up front: checks the interactivity
 * pointer is fresh (a form must be the first step or follow an interactive step), checks the
 * answers against the form's elements (required fields, declared names, types), and outputs the
 * answers (fields left unanswered take their `default`) as `fields` with a new interactivity
 * pointer, as Slack does on submit.
 */
import * as z from "zod";
import { nowSeconds } from "./message_steps.ts";
import { parameterProblems } from "./parameters.ts";
import type { ParameterDefinition, StepContext, StepOutcome } from "./types.ts";

const MAX_ELEMENTS = 100;

const formInputs = z.object({
  title: z.string().min(1).max(300),
  fields: z.object({
    elements: z.array(z.looseObject({ name: z.string().min(1).max(255), type: z.unknown() }))
      .max(MAX_ELEMENTS),
    required: z.array(z.string()).max(MAX_ELEMENTS).optional(),
  }),
  interactivity: z.object({
    interactivity_pointer: z.string().min(1),
    interactor: z.looseObject({ id: z.string() }).optional(),
  }),
});

function randomId(prefix: string): string {
  return `${prefix}${crypto.randomUUID().replaceAll("-", "")}`;
}

export function playOpenForm(step: StepContext): StepOutcome {
  const parsed = formInputs.safeParse(step.inputs);
  if (!parsed.success) {
    return {
      error: `OpenForm at step ${step.index} has malformed inputs: ${
        parsed.error.issues.map((i) => `${i.path.join(".") || "inputs"}: ${i.message}`).join("; ")
      }`,
      completedBy: "builtin",
    };
  }
  const { title, fields, interactivity } = parsed.data;
  const pointer = interactivity.interactivity_pointer;
  if (step.usedPointers.has(pointer)) {
    return {
      error: `OpenForm "${title}" at step ${step.index} reuses an interactivity pointer that ` +
        `already opened a view; a form must be the first step or follow an interactive step`,
      completedBy: "builtin",
    };
  }
  step.usedPointers.add(pointer);

  const answers = step.options.formAnswers?.[step.stepId] ?? step.options.formAnswers?.[title];
  if (!answers) {
    return {
      error: `OpenForm "${title}" at step ${step.index} has no answers: pass ` +
        `formAnswers["${step.stepId}"] or formAnswers["${title}"]`,
      completedBy: "builtin",
    };
  }
  const properties: Record<string, ParameterDefinition> = {};
  const submitted: Record<string, unknown> = {};
  for (const element of fields.elements) {
    properties[element.name] = element as ParameterDefinition;
    // A field with a default is shown prefilled: left alone, it submits its default.
    if (element.default !== undefined) submitted[element.name] = element.default;
  }
  Object.assign(submitted, answers);
  const problems = parameterProblems({ properties, required: fields.required }, submitted);
  if (problems.length > 0) {
    return {
      error: `OpenForm "${title}" answers do not fit the form: ${problems.join("; ")}`,
      completedBy: "builtin",
    };
  }

  const submitter = step.options.userId ?? interactivity.interactor?.id ?? "";
  const now = nowSeconds(step);
  return {
    outputs: {
      fields: submitted,
      interactivity: {
        interactivity_pointer: randomId("ip."),
        interactor: { id: submitter, secret: randomId("") },
      },
      submit_user: submitter,
      timestamp_started: now,
      timestamp_completed: now,
    },
    completedBy: "builtin",
  };
}
