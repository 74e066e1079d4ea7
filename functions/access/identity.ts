/**
 * Who is acting, when a step is given the interactivity of the form that started it: Slack fills
 * `interactor.id` with the person who submitted the form, and a workflow author cannot type one
 * in, so it must be the requester named in `user_id`. Without it, `user_id` is trusted as given
 * (an admin restricts who may run the step with `slack function access`).
 */
import * as z from "../../core/zod.ts";
import { userId } from "../slack_ids.ts";

/** The interactivity of the form that started the workflow, for steps that must have one. */
export const requiredInteractivityInput = z.looseObject({
  interactivity_pointer: z.string().check(z.minLength(1), z.maxLength(256)),
  interactor: z.looseObject({ id: userId }),
});

export const interactivityInput = z.optional(requiredInteractivityInput);

export type InteractivityInput = z.infer<typeof interactivityInput>;

/**
 * Who the raw inputs say submitted the form, and in which channel, before they are parsed: what a
 * form-started step audits, whatever else its inputs hold (a typed `user_id` is not read).
 */
export function formSubmitter(inputs: unknown): { user_id?: unknown; channel_id?: unknown } {
  const raw = typeof inputs === "object" && inputs !== null
    ? inputs as Record<string, unknown>
    : {};
  const interactivity = raw.interactivity as { interactor?: { id?: unknown } } | undefined;
  return { user_id: interactivity?.interactor?.id, channel_id: raw.channel_id };
}

/** The refusal when the form's submitter is not the requester named in `user_id`, or undefined. */
export function identityRefusal(
  interactivity: InteractivityInput,
  requester: string,
): { detail: string; error: string } | undefined {
  if (interactivity === undefined || interactivity.interactor.id === requester) return undefined;
  return {
    detail: "identity_mismatch",
    error: "The requester is not the person who submitted the form, so nothing was read or " +
      "posted: a step acts only for the person who started it. Ask the workflow's author to " +
      "pass the trigger's user as the requester.",
  };
}
