/**
 * Turns a zod failure on a function's inputs into a sentence for people: which input, what
 * is wrong with it. Never includes the input's value (it may hold a secret).
 */
import type { ZodError } from "zod";

export function describeInputError(functionId: string, error: ZodError): string {
  const problems = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join(".") : "inputs";
    return `\`${field}\`: ${issue.message}`;
  });
  return `${functionId} got invalid inputs (${
    problems.join("; ")
  }). Check the step's inputs in the workflow.`;
}
