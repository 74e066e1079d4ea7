/**
 * "Manage debug access" end to end: the runner plays the form as the person who submitted it,
 * manage_access runs through its real handler against the emulator, and every change or refusal
 * leaves one audit event; the result is shown to the admin alone.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { DATASTORES } from "../datastores/mod.ts";
import { saveRole } from "../datastores/role_records.ts";
import { type SlackEmulator, startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { runWorkflow } from "../devkit/workflow_runner/mod.ts";
import debugAudit from "../functions/debug_audit/handler.ts";
import manageAccess from "../functions/manage_access/handler.ts";
import { createSlackClient } from "../slack/web_api.ts";
import { ManageDebugAccessWorkflow } from "./manage_debug_access.ts";

const DEBUG_CHANNEL = "C05PRODDBG1";
const MAYA = "U05ONCALL01";
const LIAM = "U05ONCALL02";
const SAM = "U05OUTSIDER";

interface App {
  emulator: SlackEmulator;
  /** Runs the workflow as `actor` (who clicks the link and submits the form) with `answers`. */
  manage(
    actor: string,
    answers: Record<string, unknown>,
    env?: Record<string, string>,
  ): ReturnType<typeof runWorkflow>;
  roles(): Record<string, unknown>[];
  audits(): Record<string, unknown>[];
  /** What the app showed `user` ephemerally, as JSON. */
  shown(user: string): string[];
  store(userId: string, role: string, scopes: string[]): Promise<void>;
}

async function withApp(test: (app: App) => Promise<void>) {
  const emulator = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const client = createSlackClient({
    token: emulator.botToken,
    env: { SLACK_API_URL: emulator.url },
  });
  try {
    await test({
      emulator,
      manage: (actor, answers, env = { ADMIN_USER_IDS: LIAM }) =>
        runWorkflow(ManageDebugAccessWorkflow, {
          inputs: {
            interactivity: {
              interactivity_pointer: `1.${crypto.randomUUID()}`,
              interactor: { id: actor, secret: "s" },
            },
            channel_id: DEBUG_CHANNEL,
          },
          userId: actor,
          emulator,
          env,
          formAnswers: { "Manage debug access": answers },
        }),
      roles: () => emulator.state.datastoreItems("roles"),
      audits: () =>
        emulator.state.datastoreItems("audit_events").filter((e) => e.action === "manage_access"),
      shown: (user) =>
        emulator.state.ephemeralMessages(DEBUG_CHANNEL).filter((m) => m.user === user)
          .map((m) => JSON.stringify(m.blocks)),
      store: (userId, role, scopes) =>
        saveRole(client, { user_id: userId, role, scopes, granted_by: LIAM, granted_at: 1 }),
    });
  } finally {
    await emulator.stop();
  }
}

Deno.test("Manage debug access: a bootstrap admin grants, changes, lists and revokes; each change audited", async () => {
  await withApp(async (app) => {
    const granted = await app.manage(LIAM, {
      action: "grant",
      user: MAYA,
      role: "debugger",
      scopes: "checkout-*, payments",
    });
    ok(granted.ok, JSON.stringify(granted.error));
    strictEqual(granted.steps[1].outputs?.outcome, "granted");
    deepStrictEqual(
      app.roles().map((r) => [r.user_id, r.role, r.scopes, r.granted_by]),
      [[MAYA, "debugger", ["checkout-*", "payments"], LIAM]],
    );
    const changed = await app.manage(LIAM, {
      action: "grant",
      user: MAYA,
      role: "viewer",
      scopes: "*",
    });
    strictEqual(changed.steps[1].outputs?.outcome, "changed");
    strictEqual(app.roles()[0].role, "viewer");
    const listed = await app.manage(LIAM, { action: "list" });
    ok(listed.ok, JSON.stringify(listed.error));
    const list = app.shown(LIAM).at(-1)!;
    ok(list.includes(`<@${MAYA}>: \`viewer\` for \`*\``), list);
    ok(list.includes(`Bootstrap admins (ADMIN_USER_IDS): <@${LIAM}>`), list);
    const revoked = await app.manage(LIAM, { action: "revoke", user: MAYA });
    strictEqual(revoked.steps[1].outputs?.outcome, "revoked");
    deepStrictEqual(app.roles(), []);
    deepStrictEqual(
      app.audits().sort((a, b) => Number(a.at) - Number(b.at) || 0).map((e) => [
        e.actor,
        e.outcome,
        e.target,
        e.detail,
      ]).sort(),
      [
        [LIAM, "success", "", "listed 1"],
        [LIAM, "success", MAYA, "changed viewer:* was debugger:checkout-*,payments"],
        [LIAM, "success", MAYA, "granted debugger:checkout-*,payments was none"],
        [LIAM, "success", MAYA, "revoked was viewer:*"],
      ],
    );
    for (const event of app.audits()) strictEqual(event.channel, DEBUG_CHANNEL);
    strictEqual(app.shown(LIAM).length, 4, "every result shown to the admin alone");
    strictEqual(app.emulator.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 0);
  });
});

Deno.test("Manage debug access: only an admin for every service may; refusals are audited and change nothing", async () => {
  await withApp(async (app) => {
    await app.store(MAYA, "admin", ["checkout"]);
    for (const actor of [MAYA, SAM]) {
      const run = await app.manage(actor, {
        action: "grant",
        user: actor,
        role: "admin",
        scopes: "*",
      });
      strictEqual(run.ok, false);
      ok(
        run.error?.message.includes("You need the admin role for every service"),
        run.error?.message,
      );
    }
    deepStrictEqual(
      app.audits().map((e) => [e.actor, e.outcome, e.detail]).sort(),
      [[MAYA, "refused", "access:not_full_admin"], [SAM, "refused", "access:no_role"]],
    );
    deepStrictEqual(app.roles().map((r) => [r.user_id, r.role]), [[MAYA, "admin"]]);
    // An admin by user group manages access too.
    const byGroup = await app.manage(MAYA, { action: "list" }, {
      ADMIN_USER_IDS: LIAM,
      USERGROUP_ROLES: "S05ONCALL01:admin:*",
    });
    ok(byGroup.ok, JSON.stringify(byGroup.error));
  });
});

Deno.test("Manage debug access: the last admin cannot be removed; with another admin it can", async () => {
  await withApp(async (app) => {
    const noBootstrap = { ADMIN_USER_IDS: "" };
    await app.store(MAYA, "admin", ["*"]);
    for (
      const answers of [{ action: "revoke", user: MAYA }, {
        action: "grant",
        user: MAYA,
        role: "debugger",
        scopes: "*",
      }, { action: "grant", user: MAYA, role: "admin", scopes: "checkout" }]
    ) {
      const run = await app.manage(MAYA, answers, noBootstrap);
      strictEqual(run.ok, false, JSON.stringify(answers));
      ok(run.error?.message.includes("would remove the last admin"), run.error?.message);
    }
    deepStrictEqual(app.roles().map((r) => [r.user_id, r.role, r.scopes]), [[MAYA, "admin", [
      "*",
    ]]]);
    deepStrictEqual(app.audits().map((e) => [e.outcome, e.detail, e.target]), [
      ["refused", "last_admin", MAYA],
      ["refused", "last_admin", MAYA],
      ["refused", "last_admin", MAYA],
    ]);
    // A bootstrap admin counts: with one, the last stored admin may go.
    const withBootstrap = await app.manage(MAYA, { action: "revoke", user: MAYA }, {
      ADMIN_USER_IDS: LIAM,
    });
    ok(withBootstrap.ok, JSON.stringify(withBootstrap.error));
    await app.store(MAYA, "admin", ["*"]);
    ok(
      (await app.manage(
        MAYA,
        { action: "grant", user: LIAM, role: "admin", scopes: "*" },
        noBootstrap,
      )).ok,
    );
    const handedOver = await app.manage(MAYA, { action: "revoke", user: MAYA }, noBootstrap);
    ok(handedOver.ok, JSON.stringify(handedOver.error));
    deepStrictEqual(app.roles().map((r) => r.user_id), [LIAM]);
  });
});

Deno.test("Manage debug access: the actor is whoever submitted the form, not a user id passed in", async () => {
  await withApp(async (app) => {
    // A workflow author wires the admin's id wherever they can; Sam submits the form.
    const run = await runWorkflow(ManageDebugAccessWorkflow, {
      inputs: {
        interactivity: { interactivity_pointer: "1.x", interactor: { id: LIAM, secret: "s" } },
        channel_id: DEBUG_CHANNEL,
      },
      userId: SAM,
      emulator: app.emulator,
      env: { ADMIN_USER_IDS: LIAM },
      formAnswers: {
        "Manage debug access": { action: "grant", user: SAM, role: "admin", scopes: "*" },
      },
    });
    strictEqual(run.ok, false);
    deepStrictEqual(app.audits().map((e) => [e.actor, e.outcome]), [[SAM, "refused"]]);
    deepStrictEqual(app.roles(), []);
  });
});

Deno.test("Manage debug access and Debug audit: a user_id passed to the step is ignored; only the form's submitter counts", async () => {
  await withApp(async (app) => {
    const { createContext } = SlackFunctionTester("identity");
    const asSam = {
      interactivity: { interactivity_pointer: "1.form", interactor: { id: SAM, secret: "s" } },
      channel_id: DEBUG_CHANNEL,
      // What a Workflow Builder author could type: the bootstrap admin's id.
      user_id: LIAM,
    };
    const env = { SLACK_API_URL: app.emulator.url, ADMIN_USER_IDS: LIAM };
    for (
      const [handler, inputs] of [
        [manageAccess, { ...asSam, action: "grant", user: SAM, role: "admin", scopes: "*" }],
        [debugAudit, asSam],
      ] as const
    ) {
      const result = await (handler as (ctx: unknown) => Promise<{ error?: string }>)(
        createContext({ inputs, env, token: app.emulator.botToken }),
      );
      ok(result.error?.includes("You need the admin role for every service"), result.error);
    }
    deepStrictEqual(
      app.emulator.state.datastoreItems("audit_events").map((e) => [e.actor, e.action, e.outcome])
        .sort(),
      [[SAM, "debug_audit", "refused"], [SAM, "manage_access", "refused"]],
    );
    deepStrictEqual(app.roles(), []);
  });
});
