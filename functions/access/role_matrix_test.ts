/**
 * The role matrix, through the deployed handlers and the Slack emulator: fetch_logs and
 * post_debug_report each run for every role × scope case, and each run leaves its audit record.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { ROLES_DATASTORE, saveRole } from "../../datastores/role_records.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { signAlertGrant } from "./alert_grant.ts";
import { ADMIN, DEBUG_CHANNEL, ONCALL, withAccessWorld } from "./test_support.ts";
import fetchLogs from "../fetch_logs/handler.ts";
import postDebugReport from "../post_debug_report/handler.ts";

const { createContext } = SlackFunctionTester("access");

/** An on-call engineer in #prod-debug, no admin. */
const MEMBER = ONCALL;
const OUTSIDER = "U05OUTSIDER"; // not in #prod-debug
const ALERT_GRANT_KEY = "a".repeat(40);

type Handler = (ctx: ReturnType<typeof createContext>) => Promise<{ error?: string }>;

interface Rig {
  emu: SlackEmulator;
  /** Runs `handler` with `inputs`; returns its error (undefined: it went through) and its audit event. */
  run(
    handler: Handler,
    inputs: Record<string, unknown>,
    extraEnv?: Record<string, string>,
  ): Promise<{ error?: string; audit: Record<string, unknown> }>;
  /** Replaces `userId`'s stored grant (none: removes it). */
  grant(userId: string, role?: string, scopes?: string[]): Promise<void>;
}

function withRig(test: (rig: Rig) => Promise<void>) {
  return withAccessWorld(({ emu, client, env }) =>
    test({
      emu,
      run: async (handler, inputs, extraEnv = {}) => {
        const before = new Set(emu.state.datastoreItems("audit_events").map((e) => e.id));
        const result = await handler(createContext({
          // deno-lint-ignore no-explicit-any
          inputs: inputs as any,
          env: { ...env, ...extraEnv },
          token: emu.botToken,
        }));
        const fresh = emu.state.datastoreItems("audit_events").filter((e) => !before.has(e.id));
        strictEqual(fresh.length, 1, "one audit event per run");
        return { error: result.error, audit: fresh[0] };
      },
      grant: async (userId, role, scopes = []) => {
        if (role === undefined) {
          const gone = await client.call("apps.datastore.delete", {
            datastore: ROLES_DATASTORE,
            id: userId,
          });
          ok(gone.ok, JSON.stringify(gone));
          return;
        }
        await saveRole(client, {
          user_id: userId,
          role,
          scopes,
          granted_by: ADMIN,
          granted_at: 1_764_000_000,
        });
      },
    }), { ALERT_GRANT_KEY });
}

/** role, scopes (undefined: no grant), acting user → the refusal's audit detail, or "allowed". */
const MATRIX: [string | undefined, string[], string, string][] = [
  ["debugger", ["checkout"], MEMBER, "allowed"],
  ["debugger", ["billing"], MEMBER, "access:out_of_scope"],
  ["debugger", ["check*"], MEMBER, "allowed"],
  ["debugger", ["checkout-*"], MEMBER, "access:out_of_scope"],
  ["debugger", ["*"], MEMBER, "allowed"],
  ["admin", ["checkout"], MEMBER, "allowed"],
  ["admin", ["billing"], MEMBER, "access:out_of_scope"],
  ["viewer", ["*"], MEMBER, "access:role_too_low"],
  ["superuser", ["*"], MEMBER, "access:no_role"],
  [undefined, [], MEMBER, "access:no_role"],
  [undefined, [], ADMIN, "allowed"],
];

const FETCH = { service: "checkout", environment: "production", window: "15m" };

const REPORT = {
  channel_id: DEBUG_CHANNEL,
  delivery: "ephemeral",
  service: "checkout",
  environment: "production",
  window_start: "2026-11-29T10:00:00.000Z",
  window_end: "2026-11-29T10:15:00.000Z",
  excerpt: ["10:14:59 ERROR payment timeout order=A1"],
  line_count: 1,
  truncated: false,
  masked_counts: "{}",
  source: "sample",
};

for (
  const [name, handler, inputs] of [
    ["fetch_logs", fetchLogs, FETCH],
    ["post_debug_report", postDebugReport, REPORT],
  ] as const
) {
  Deno.test(`${name}: the role matrix decides, and every run is audited`, async () => {
    await withRig(async (rig) => {
      for (const [role, scopes, user, expected] of MATRIX) {
        const label = `${role ?? "no role"} ${JSON.stringify(scopes)} as ${user}`;
        await rig.grant(user, role, scopes);
        const { error, audit } = await rig.run(handler as Handler, { ...inputs, user_id: user });
        strictEqual(audit.actor, user, label);
        if (expected === "allowed") {
          strictEqual(error, undefined, `${label}: ${error}`);
          strictEqual(audit.outcome, "success", label);
        } else {
          deepStrictEqual([audit.outcome, audit.detail], ["refused", expected], label);
          ok(error?.includes("You need the debugger role for `checkout`"), `${label}: ${error}`);
          ok(error?.includes(`Ask an admin (${ADMIN}) to grant you debugger`), error);
        }
      }
    });
  });
}

Deno.test("a refused fetch reads no logs and returns nothing but the refusal", async () => {
  await withRig(async (rig) => {
    const refused = await rig.run(fetchLogs as Handler, { ...FETCH, user_id: MEMBER });
    strictEqual(refused.audit.detail, "access:no_role");
    strictEqual(refused.audit.lines_read, undefined, "nothing was read");
    deepStrictEqual(Object.keys(refused).sort(), ["audit", "error"]);
  });
});

Deno.test("a refused report posts nothing and records no session", async () => {
  await withRig(async (rig) => {
    await rig.grant(MEMBER, "debugger", ["billing"]);
    const refused = await rig.run(postDebugReport as Handler, {
      ...REPORT,
      delivery: "channel",
      user_id: MEMBER,
    });
    strictEqual(refused.audit.detail, "access:out_of_scope");
    strictEqual(rig.emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 0);
    strictEqual(rig.emu.state.ephemeralMessages(DEBUG_CHANNEL).length, 0);
    deepStrictEqual(rig.emu.state.datastoreItems("debug_sessions"), []);
  });
});

Deno.test("channel delivery needs the requester to be a member of the channel", async () => {
  await withRig(async (rig) => {
    await rig.grant(OUTSIDER, "debugger", ["checkout"]);
    await rig.grant(MEMBER, "debugger", ["checkout"]);
    for (
      const [name, handler, inputs] of [["fetch", fetchLogs, FETCH], [
        "post",
        postDebugReport,
        REPORT,
      ]] as const
    ) {
      const outsider = await rig.run(handler as Handler, {
        ...inputs,
        user_id: OUTSIDER,
        delivery: "channel",
        channel_id: DEBUG_CHANNEL,
      });
      deepStrictEqual([outsider.audit.outcome, outsider.audit.detail], [
        "refused",
        "channel_not_member",
      ], name);
      ok(outsider.error?.includes("not a member of this channel"), outsider.error);
      const member = await rig.run(handler as Handler, {
        ...inputs,
        user_id: MEMBER,
        delivery: "channel",
        channel_id: DEBUG_CHANNEL,
      });
      strictEqual(member.error, undefined, `${name}: ${member.error}`);
    }
    strictEqual(
      rig.emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length,
      1,
      "only the member's report",
    );
  });
});

Deno.test("a stored scope that is not a usable scope matches nothing", async () => {
  await withRig(async (rig) => {
    await rig.grant(MEMBER, "debugger", ["<@U05ONCALL02>"]);
    const odd = await rig.run(fetchLogs as Handler, { ...FETCH, user_id: MEMBER });
    strictEqual(odd.audit.detail, "access:out_of_scope");
  });
});

Deno.test("an unusable ADMIN_USER_IDS, or an unreadable role, refuses before reading", async () => {
  await withRig(async (rig) => {
    await rig.grant(MEMBER, "debugger", ["*"]);
    for (
      const [name, handler, inputs] of [["fetch", fetchLogs, FETCH], [
        "post",
        postDebugReport,
        REPORT,
      ]] as const
    ) {
      const bad = await rig.run(handler as Handler, { ...inputs, user_id: MEMBER }, {
        ADMIN_USER_IDS: "maya",
      });
      deepStrictEqual([bad.audit.outcome, bad.audit.detail], ["refused", "access_unknown"], name);
      ok(bad.error?.includes("ADMIN_USER_IDS must be"), bad.error);
      rig.emu.faults.failNext("apps.datastore.get", "internal_error");
      const unread = await rig.run(handler as Handler, { ...inputs, user_id: MEMBER });
      deepStrictEqual([unread.audit.outcome, unread.audit.detail], ["refused", "access_unknown"]);
      ok(unread.error?.includes("Could not read your role"), unread.error);
      ok(unread.error?.includes("internal_error"), unread.error);
    }
  });
});

Deno.test("without ADMIN_USER_IDS nobody can grant yet, and the refusal says so", async () => {
  await withRig(async (rig) => {
    const none = await rig.run(fetchLogs as Handler, { ...FETCH, user_id: ADMIN }, {
      ADMIN_USER_IDS: "",
    });
    strictEqual(none.audit.detail, "access:no_role");
    ok(none.error?.includes("ADMIN_USER_IDS is empty"), none.error);
  });
});

Deno.test("an alert grant stands in for a role only for its own request; a forged one is refused", async () => {
  await withRig(async (rig) => {
    const now = Math.floor(Date.now() / 1000);
    const granted = { service: "checkout", environment: "production", filter: "" };
    const where = { channel_id: DEBUG_CHANNEL, user_id: OUTSIDER };
    const grant = signAlertGrant(ALERT_GRANT_KEY, { ...granted, ...where }, now);
    const forged = signAlertGrant("f".repeat(40), { ...granted, ...where }, now);
    for (
      const [name, handler, inputs] of [["fetch", fetchLogs, FETCH], [
        "post",
        postDebugReport,
        REPORT,
      ]] as const
    ) {
      const asAlert = { ...inputs, ...where, delivery: "channel" };
      // OUTSIDER has no role and is not in the channel: only the grant lets this through.
      const allowed = await rig.run(handler as Handler, { ...asAlert, alert_grant: grant });
      strictEqual(allowed.error, undefined, `${name}: ${allowed.error}`);
      strictEqual(allowed.audit.outcome, "success", name);
      for (
        const [label, changed] of [
          ["forged", { alert_grant: forged }],
          ["another service", { alert_grant: grant, service: "billing" }],
          ["another user", { alert_grant: grant, user_id: MEMBER }],
          ["another channel", { alert_grant: grant, channel_id: "C05GENERAL1" }],
        ] as const
      ) {
        // Both channels allowed, so only the grant can refuse the other one.
        const refused = await rig.run(handler as Handler, { ...asAlert, ...changed }, {
          DEBUG_CHANNEL_IDS: `${DEBUG_CHANNEL},C05GENERAL1`,
        });
        deepStrictEqual(
          [refused.audit.outcome, refused.audit.detail],
          ["refused", "access:bad_alert_grant"],
          `${name}, ${label}`,
        );
      }
    }
  });
});

Deno.test("a workflow that passes someone else's user id with the form cannot borrow their role", async () => {
  await withRig(async (rig) => {
    // ADMIN may read checkout; OUTSIDER, who submitted the form, may not.
    const submittedBy = (id: string) => ({
      interactivity: { interactivity_pointer: "1.form", interactor: { id, secret: "s" } },
    });
    for (
      const [name, handler, inputs] of [["fetch", fetchLogs, FETCH], [
        "post",
        postDebugReport,
        REPORT,
      ]] as const
    ) {
      const borrowed = await rig.run(handler as Handler, {
        ...inputs,
        user_id: ADMIN,
        ...submittedBy(OUTSIDER),
      });
      deepStrictEqual([borrowed.audit.outcome, borrowed.audit.detail], [
        "refused",
        "identity_mismatch",
      ], name);
      ok(borrowed.error?.includes("not the person who submitted the form"), borrowed.error);
      const own = await rig.run(handler as Handler, {
        ...inputs,
        user_id: ADMIN,
        ...submittedBy(ADMIN),
      });
      strictEqual(own.error, undefined, `${name}: ${own.error}`);
    }
  });
});

Deno.test("a sensitive service is never delivered to a channel, even by an admin or an alert", async () => {
  await withRig(async (rig) => {
    const now = Math.floor(Date.now() / 1000);
    const where = { channel_id: DEBUG_CHANNEL, user_id: ADMIN };
    const grant = signAlertGrant(ALERT_GRANT_KEY, {
      service: "checkout",
      environment: "production",
      filter: "",
      ...where,
    }, now);
    const sensitive = { SENSITIVE_SERVICES: "billing,check*" };
    for (
      const [name, handler, inputs] of [["fetch", fetchLogs, FETCH], [
        "post",
        postDebugReport,
        REPORT,
      ]] as const
    ) {
      for (const extra of [{}, { alert_grant: grant }]) {
        const refused = await rig.run(handler as Handler, {
          ...inputs,
          ...where,
          ...extra,
          delivery: "channel",
        }, sensitive);
        deepStrictEqual([refused.audit.outcome, refused.audit.detail], [
          "refused",
          "sensitive_service",
        ], name);
        ok(refused.error?.includes("`checkout` is marked sensitive"), refused.error);
      }
      const ephemeral = await rig.run(handler as Handler, {
        ...inputs,
        ...where,
        delivery: "ephemeral",
      }, sensitive);
      strictEqual(ephemeral.error, undefined, `${name}: ${ephemeral.error}`);
      const bad = await rig.run(handler as Handler, { ...inputs, ...where, delivery: "channel" }, {
        SENSITIVE_SERVICES: "<!channel>",
      });
      strictEqual(bad.audit.detail, "bad_settings");
    }
    strictEqual(rig.emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 0);
  });
});

/**
 * USERGROUP_ROLES, own grant (role, scopes), acting user → audit detail, or "allowed". A group
 * whose role could not allow the request is not asked about (one Tier 2 call saved), so its
 * members are refused as they would be without it.
 */
const GROUP_MATRIX: [string, [string, string[]] | undefined, string, string][] = [
  ["S05ONCALL01:debugger:check*", undefined, MEMBER, "allowed"],
  ["S05ONCALL01:debugger:checkout", ["viewer", ["*"]], MEMBER, "allowed"],
  ["S05ONCALL01:debugger:billing", undefined, MEMBER, "access:no_role"],
  ["S05ONCALL01:viewer:*", undefined, MEMBER, "access:no_role"],
  ["S05ONCALL01:viewer:*", ["viewer", ["checkout"]], MEMBER, "access:role_too_low"],
  ["S05ONCALL01:admin:*", undefined, OUTSIDER, "access:no_role"],
  ["S05ONCALL01:debugger:billing", ["debugger", ["checkout-*"]], MEMBER, "access:out_of_scope"],
  ["S05NOGROUP9:debugger:*", undefined, MEMBER, "access_unknown"],
];

for (
  const [name, handler, inputs] of [
    ["fetch_logs", fetchLogs, FETCH],
    ["post_debug_report", postDebugReport, REPORT],
  ] as const
) {
  Deno.test(`${name}: a role from a user group (USERGROUP_ROLES) decides too, audited`, async () => {
    await withRig(async (rig) => {
      for (const [groups, own, user, expected] of GROUP_MATRIX) {
        const label = `${groups} with ${JSON.stringify(own)} as ${user}`;
        await rig.grant(user, own?.[0], own?.[1]);
        const { error, audit } = await rig.run(
          handler as Handler,
          { ...inputs, user_id: user },
          { USERGROUP_ROLES: groups },
        );
        strictEqual(audit.actor, user, label);
        if (expected === "allowed") {
          strictEqual(error, undefined, `${label}: ${error}`);
          strictEqual(audit.outcome, "success", label);
        } else {
          deepStrictEqual([audit.outcome, audit.detail], ["refused", expected], label);
        }
        if (expected === "access_unknown") {
          ok(error?.includes("user group S05NOGROUP9"), error);
        } else if (expected !== "allowed") {
          ok(error?.includes("You need the debugger role for `checkout`"), `${label}: ${error}`);
        }
        await rig.grant(user);
      }
    });
  });
}
