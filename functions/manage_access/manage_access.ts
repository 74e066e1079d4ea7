/**
 * Manage debug access: grant (or change), revoke or list roles. The person acting is the form's
 * submitter (interactivity.interactor, filled by Slack); they must manage access (a bootstrap
 * admin, or an admin for every service). Every change and every refusal is one audit event;
 * a change that would leave no admin (bootstrap admins and stored full-admin grants counted) is
 * refused. The result is shown to the admin alone (chat.postEphemeral), every value in it escaped.
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import * as z from "../../core/zod.ts";
import {
  type Grant,
  isFullAdmin,
  removesLastAdmin,
  ROLES,
  scopesProblem,
} from "../../core/access/mod.ts";
import { inlineCode } from "../../core/render/slack_escape.ts";
import { DatastoreReadError, DatastoreWriteError } from "../../datastores/records.ts";
import {
  deleteRole,
  getRoleItem,
  listRoleItems,
  type RoleRecord,
  saveRole,
} from "../../datastores/role_records.ts";
import type { FunctionContext, FunctionResult } from "../../slack/function_context.ts";
import { SlackApiError, type SlackClient } from "../../slack/web_api.ts";
import { grantOf } from "../access/access.ts";
import { linesMessage, showEphemerally } from "../access/admin_message.ts";
import { openAdminForm } from "../access/admin_form.ts";
import { requiredInteractivityInput } from "../access/identity.ts";
import { blankAsNone, blankOrOneOf } from "../input_schemas.ts";
import { readAdminIds } from "../access/settings.ts";
import type { AuditTrail } from "../audit_trail.ts";
import { channelId, USER_ID, userId } from "../slack_ids.ts";
import { MANAGE_ACTIONS } from "./actions.ts";

const ACTION = "manage_access";
const MAX_SCOPES_TEXT = 4000;

export const InputsSchema = z.object({
  interactivity: requiredInteractivityInput,
  channel_id: channelId,
  action: z.enum(MANAGE_ACTIONS),
  // Workflow Builder passes "" for an optional field left blank.
  user: blankAsNone(userId),
  role: blankOrOneOf(ROLES),
  scopes: z.optional(z.string().check(z.maxLength(MAX_SCOPES_TEXT))),
});

type Inputs = z.infer<typeof InputsSchema>;

export interface ManageAccessOutputs {
  outcome: "granted" | "changed" | "revoked" | "unchanged" | "listed";
}

const FIELD_TITLES: Record<string, string> = {
  interactivity: "form interaction (start this from the Manage debug access shortcut)",
  channel_id: "channel",
  action: "action (grant, revoke or list)",
  user: "person",
  role: "role (viewer, debugger or admin)",
  scopes: "services",
};

/** The manage_access handler; `now` (epoch ms) is the run's clock. */
export function createManageAccessHandler(now: () => number = Date.now) {
  return (ctx: FunctionContext<unknown>) => manageAccess(ctx, now);
}

async function manageAccess(
  ctx: FunctionContext<unknown>,
  now: () => number,
): Promise<FunctionResult<ManageAccessOutputs>> {
  // The actor is whoever Slack says submitted the form; a user id typed anywhere is ignored.
  const form = await openAdminForm(ctx, {
    action: ACTION,
    now,
    schema: InputsSchema,
    fieldTitles: FIELD_TITLES,
    undone: "changed",
    doing: "manage debug access",
  });
  if ("error" in form) return form;
  const { client, audit, inputs } = form;

  try {
    if (inputs.action === "list") return await listGrants(client, ctx.env, inputs, audit);
    if (inputs.user === undefined) {
      return audit.refused(
        "invalid_inputs",
        `Choose the person whose role to ${inputs.action}. Nothing was changed.`,
      );
    }
    return inputs.action === "grant"
      ? await grantRole(client, ctx.env, inputs, inputs.user, audit)
      : await revokeRole(client, ctx.env, inputs, inputs.user, audit);
  } catch (error) {
    const why = error instanceof DatastoreReadError || error instanceof DatastoreWriteError ||
        error instanceof SlackApiError
      ? error.message
      : "An unexpected internal error stopped it.";
    return audit.failed("datastore_error", `${why} Nothing more was changed; try again.`);
  }
}

/** The scopes typed in the form, or why they cannot be granted (never repeating them). */
function readScopes(text: string | undefined): string[] | { problem: string } {
  const scopes = [...new Set((text ?? "").split(/[\s,]+/).filter(Boolean))];
  const problem = scopesProblem(scopes);
  return problem === undefined ? scopes : { problem };
}

/** Refuses a change that would leave no admin; reads the stored admins only when it could. */
async function lastAdminRefusal(
  client: SlackClient,
  env: Record<string, string | undefined>,
  target: string,
  before: Grant | undefined,
  after: Grant | undefined,
  audit: AuditTrail,
): Promise<{ error: string } | undefined> {
  if (!isFullAdmin(before) || isFullAdmin(after)) return undefined;
  const bootstrap = readAdminIds(env);
  const bootstrapAdmins = "problem" in bootstrap ? new Set<string>() : bootstrap;
  const grantedAdmins = new Set(
    (await listRoleItems(client)).flatMap((item) =>
      typeof item.user_id === "string" && USER_ID.test(item.user_id) &&
        isFullAdmin(grantOf(item))
        ? [item.user_id]
        : []
    ),
  );
  if (!removesLastAdmin({ bootstrapAdmins, grantedAdmins }, target, after)) return undefined;
  return await audit.refused(
    "last_admin",
    "This would remove the last admin, so nothing was changed: first make someone else an admin " +
      "for every service (scope *), or add one to ADMIN_USER_IDS.",
    { target },
  );
}

function describeGrant(grant: Grant): string {
  return `${inlineCode(grant.role)} for ${grant.scopes.map(inlineCode).join(", ")}`;
}

/** The audit's words for a grant: role and scopes (checked: letters, digits, . _ - * only). */
function auditGrant(grant: Grant | undefined): string {
  return grant === undefined ? "none" : `${grant.role}:${grant.scopes.join(",")}`;
}

async function grantRole(
  client: SlackClient,
  env: Record<string, string | undefined>,
  inputs: Inputs,
  target: string,
  audit: AuditTrail,
): Promise<FunctionResult<ManageAccessOutputs>> {
  if (inputs.role === undefined) {
    return audit.refused("invalid_inputs", "Choose the role to grant. Nothing was changed.", {
      target,
    });
  }
  const scopes = readScopes(inputs.scopes);
  if ("problem" in scopes) {
    return audit.refused(
      "bad_scopes",
      `The services cannot be granted: ${scopes.problem}. Nothing was changed. Name services ` +
        "or globs separated by commas, e.g. checkout, pay-*, or * for all.",
      { target },
    );
  }
  const after: Grant = { role: inputs.role, scopes };
  const before = grantOf(await getRoleItem(client, target));
  const refused = await lastAdminRefusal(client, env, target, before, after, audit);
  if (refused) return refused;
  const record: RoleRecord = {
    user_id: target,
    role: after.role,
    scopes: [...after.scopes],
    granted_by: audit.actor,
    granted_at: audit.at,
  };
  await saveRole(client, record);
  const outcome = before === undefined ? "granted" : "changed";
  const saved = await audit.succeeded(
    `${outcome} ${auditGrant(after)} was ${auditGrant(before)}`,
    { target },
  );
  const lead = `${outcome === "granted" ? "Granted" : "Changed to"} ${describeGrant(after)} ` +
    `for <@${target}>${
      before === undefined ? "" : ` (was ${describeGrant(before)})`
    }. It applies from their next request.`;
  return await reply(client, inputs, audit, lead, outcome, saved);
}

async function revokeRole(
  client: SlackClient,
  env: Record<string, string | undefined>,
  inputs: Inputs,
  target: string,
  audit: AuditTrail,
): Promise<FunctionResult<ManageAccessOutputs>> {
  const item = await getRoleItem(client, target);
  const before = grantOf(item);
  const refused = await lastAdminRefusal(client, env, target, before, undefined, audit);
  if (refused) return refused;
  const bootstrap = readAdminIds(env);
  const stillBootstrap = !("problem" in bootstrap) && bootstrap.has(target)
    ? " They stay an admin through ADMIN_USER_IDS until it is changed."
    : "";
  if (item === undefined) {
    const saved = await audit.succeeded("unchanged: no stored role", { target });
    return await reply(
      client,
      inputs,
      audit,
      `<@${target}> has no stored role: nothing to revoke.${stillBootstrap}`,
      "unchanged",
      saved,
    );
  }
  await deleteRole(client, target);
  const saved = await audit.succeeded(`revoked was ${auditGrant(before)}`, { target });
  return await reply(
    client,
    inputs,
    audit,
    `Revoked the role of <@${target}>${
      before === undefined ? "" : ` (${describeGrant(before)})`
    }.${stillBootstrap}`,
    "revoked",
    saved,
  );
}

async function listGrants(
  client: SlackClient,
  env: Record<string, string | undefined>,
  inputs: Inputs,
  audit: AuditTrail,
): Promise<FunctionResult<ManageAccessOutputs>> {
  const items = await listRoleItems(client);
  const lines = items
    .map((item) => ({ item, user: typeof item.user_id === "string" ? item.user_id : "" }))
    .sort((a, b) => a.user < b.user ? -1 : a.user > b.user ? 1 : 0)
    .map(({ item, user }) => grantLine(item, user));
  const bootstrap = readAdminIds(env);
  const admins = "problem" in bootstrap ? [] : [...bootstrap];
  const lead = `${items.length === 1 ? "1 stored grant" : `${items.length} stored grants`}. ` +
    `Bootstrap admins (ADMIN_USER_IDS): ${
      admins.length === 0 ? "none" : admins.map((id) => `<@${id}>`).join(", ")
    }. Roles from user groups (USERGROUP_ROLES) are not listed here.`;
  const saved = await audit.succeeded(`listed ${items.length}`);
  return await reply(client, inputs, audit, lead, "listed", saved, lines);
}

/** One stored grant as a line: every stored value checked or escaped (the store is input too). */
function grantLine(item: Record<string, unknown>, user: string): string {
  const who = USER_ID.test(user) ? `<@${user}>` : inlineCode(user.slice(0, 64));
  const grant = grantOf(item);
  const what = grant === undefined || scopesProblem(grant.scopes) !== undefined
    ? "an item this version cannot read (counts as no role)"
    : describeGrant(grant);
  const by = typeof item.granted_by === "string" && USER_ID.test(item.granted_by)
    ? ` · by <@${item.granted_by}>`
    : "";
  // Epoch seconds up to year 5138; earlier than 1970 is no time (the ISO date would break).
  const at = typeof item.granted_at === "number" && item.granted_at >= 0 &&
      item.granted_at < 1e11
    ? ` · ${new Date(item.granted_at * 1000).toISOString().slice(0, 10)}`
    : "";
  return `• ${who}: ${what}${by}${at}`;
}

/** Shows the result to the admin alone; a change already made is said to be made. */
async function reply(
  client: SlackClient,
  inputs: Inputs,
  audit: AuditTrail,
  lead: string,
  outcome: ManageAccessOutputs["outcome"],
  audited: boolean,
  lines: readonly string[] = [],
): Promise<FunctionResult<ManageAccessOutputs>> {
  const done = outcome === "listed" || outcome === "unchanged"
    ? "Nothing was changed"
    : "The change was saved";
  if (!audited) {
    return {
      error: `${done}, but its audit event could not be saved. Tell an admin to check the ` +
        "app's datastore access.",
    };
  }
  const { shown: _, ...message } = linesMessage("Debug access", lead, lines, "grant");
  let code: string | undefined;
  try {
    code = await showEphemerally(client, inputs.channel_id, audit.actor, message);
  } catch {
    code = "unreachable";
  }
  if (code !== undefined) {
    return {
      error: `${done}, but the result could not be shown to you here (Slack said "${code}"). ` +
        "Run the shortcut from a channel the app is in.",
    };
  }
  return { outputs: { outcome } };
}
