/**
 * The opening every admin step started from a form shares (manage_access, debug_audit): a Slack
 * client, an audit trail in the name of whoever submitted the form, the inputs parsed (a refusal
 * names the field), and the submitter's right to manage access. Each refusal is audited.
 */
import type * as z from "../../core/zod.ts";
import type { FunctionContext } from "../../slack/function_context.ts";
import { createSlackClient, type SlackClient } from "../../slack/web_api.ts";
import { type AuditTrail, createAuditTrail } from "../audit_trail.ts";
import { type Access, describeAccessFailure, manageRefusal, readAccess } from "./access.ts";
import { formSubmitter } from "./identity.ts";

export interface AdminForm<T> {
  client: SlackClient;
  audit: AuditTrail;
  inputs: T;
  /** Who submitted the form: Slack's interactor, never a typed user id. */
  actor: string;
  access: Access;
}

export async function openAdminForm<T extends { interactivity: { interactor: { id: string } } }>(
  ctx: FunctionContext<unknown>,
  how: {
    action: string;
    now: () => number;
    schema: z.ZodMiniType<T>;
    /** Each input's title, as the refusal names it. */
    fieldTitles: Record<string, string>;
    /** What did not happen, e.g. "changed" or "shown". */
    undone: string;
    /** What a refused person tried, e.g. "manage debug access". */
    doing: string;
  },
): Promise<AdminForm<T> | { error: string }> {
  let client: SlackClient;
  try {
    client = createSlackClient({ token: ctx.token, env: ctx.env });
  } catch {
    return { error: `The app's Slack settings are not usable, so nothing was ${how.undone}.` };
  }
  const audit = createAuditTrail(client, how.action, formSubmitter(ctx.inputs), how.now);
  const parsed = how.schema.safeParse(ctx.inputs);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "inputs");
    return audit.refused(
      "invalid_inputs",
      `The ${how.fieldTitles[field] ?? "inputs"} is missing or not usable, so nothing was ` +
        `${how.undone}. Fill in the form again.`,
    );
  }
  const inputs = parsed.data;
  const actor = inputs.interactivity.interactor.id;
  let access: Access;
  try {
    access = await readAccess(client, ctx.env, actor, "manage");
  } catch (error) {
    return audit.refused("access_unknown", describeAccessFailure(error));
  }
  const denied = manageRefusal(access, how.doing);
  if (denied) return audit.refused(denied.detail, denied.error);
  return { client, audit, inputs, actor, access };
}
