/**
 * manage_access as deployed, run as Slack's runtime runs it: the exact words the admin is shown
 * for each grant, change, revoke and list (every stored value inert: the roles store is input
 * too), what each is audited as, who counts as the last admin, and what each failure says
 * (whether the change was saved or not).
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import {
  ADMIN,
  auditsOf,
  formRun,
  ONCALL,
  shownTo,
  withRewrittenQueries,
} from "../access/test_support.ts";
import { api, withEmulator } from "../purge_reports/test_fixtures.ts";
import handler from "./handler.ts";

const OTHER = "U0OTHER001";
const DAY = 1_764_000_000; // 2025-11-24

async function store(emu: SlackEmulator, item: Record<string, unknown>) {
  const put = await api(emu, "apps.datastore.put", { datastore: "roles", item });
  ok(put.ok, JSON.stringify(put));
}

const grant = (user: string, role: string, scopes: unknown, fields = {}) => ({
  user_id: user,
  role,
  scopes,
  granted_by: ADMIN,
  granted_at: DAY,
  ...fields,
});

/** The lead and the lines of the last message shown to `user`. */
function lastShown(emu: SlackEmulator, user: string): { lead: string; lines: string[] } {
  const last = emu.state.ephemeralMessages().filter((m) => m.user === user).at(-1);
  const texts = ((last?.blocks ?? []) as { type: string; text?: { text: string } }[])
    .filter((b) => b.type === "section").map((b) => b.text?.text ?? "");
  return { lead: texts[0] ?? "", lines: texts.slice(1).flatMap((t) => t.split("\n")) };
}

const roles = (emu: SlackEmulator) =>
  emu.state.datastoreItems("roles").map((r) => [r.user_id, r.role, r.scopes]).sort();

Deno.test("manage_access: grant, change and revoke say exactly what changed, and are audited so", async () => {
  await withEmulator(async (emu) => {
    const run = (answers: Record<string, unknown>) => handler(formRun(emu, ADMIN, answers));
    deepStrictEqual(
      await run({ action: "grant", user: ONCALL, role: "debugger", scopes: "pay-*, checkout" }),
      { outputs: { outcome: "granted" } },
    );
    strictEqual(
      lastShown(emu, ADMIN).lead,
      `Granted \`debugger\` for \`pay-*\`, \`checkout\` for <@${ONCALL}>. It applies from their ` +
        "next request.",
    );
    deepStrictEqual(roles(emu), [[ONCALL, "debugger", ["pay-*", "checkout"]]]);
    const stored = emu.state.datastoreItems("roles")[0];
    strictEqual(stored.granted_by, ADMIN);
    ok(typeof stored.granted_at === "number" && stored.granted_at > DAY, "granted now");
    deepStrictEqual(
      await run({ action: "grant", user: ONCALL, role: "viewer", scopes: "checkout checkout" }),
      { outputs: { outcome: "changed" } },
    );
    strictEqual(
      lastShown(emu, ADMIN).lead,
      `Changed to \`viewer\` for \`checkout\` for <@${ONCALL}> (was \`debugger\` for \`pay-*\`, ` +
        "`checkout`). It applies from their next request.",
    );
    deepStrictEqual(await run({ action: "revoke", user: ONCALL }), {
      outputs: { outcome: "revoked" },
    });
    strictEqual(
      lastShown(emu, ADMIN).lead,
      `Revoked the role of <@${ONCALL}> (\`viewer\` for \`checkout\`).`,
    );
    deepStrictEqual(roles(emu), []);
    deepStrictEqual(await run({ action: "revoke", user: ONCALL }), {
      outputs: { outcome: "unchanged" },
    });
    strictEqual(lastShown(emu, ADMIN).lead, `<@${ONCALL}> has no stored role: nothing to revoke.`);
    // A bootstrap admin's stored role goes, but they stay an admin, and are told so.
    await store(emu, grant(ADMIN, "viewer", ["checkout"]));
    deepStrictEqual(await run({ action: "revoke", user: ADMIN }), {
      outputs: { outcome: "revoked" },
    });
    strictEqual(
      lastShown(emu, ADMIN).lead,
      `Revoked the role of <@${ADMIN}> (\`viewer\` for \`checkout\`). They stay an admin ` +
        "through ADMIN_USER_IDS until it is changed.",
    );
    deepStrictEqual(await run({ action: "revoke", user: ADMIN }), {
      outputs: { outcome: "unchanged" },
    });
    strictEqual(
      lastShown(emu, ADMIN).lead,
      `<@${ADMIN}> has no stored role: nothing to revoke. They stay an admin through ` +
        "ADMIN_USER_IDS until it is changed.",
    );
    // A stored item this version cannot read is revoked all the same.
    await store(emu, grant(OTHER, "boss", "*"));
    deepStrictEqual(await run({ action: "revoke", user: OTHER }), {
      outputs: { outcome: "revoked" },
    });
    strictEqual(lastShown(emu, ADMIN).lead, `Revoked the role of <@${OTHER}>.`);
    deepStrictEqual(roles(emu), []);
    deepStrictEqual(auditsOf(emu, "manage_access"), [
      [ADMIN, "success", "granted debugger:pay-*,checkout was none", ONCALL],
      [ADMIN, "success", "changed viewer:checkout was debugger:pay-*,checkout", ONCALL],
      [ADMIN, "success", "revoked was viewer:checkout", ONCALL],
      [ADMIN, "success", "unchanged: no stored role", ONCALL],
      [ADMIN, "success", "revoked was viewer:checkout", ADMIN],
      [ADMIN, "success", "unchanged: no stored role", ADMIN],
      [ADMIN, "success", "revoked was none", OTHER],
    ]);
    strictEqual(shownTo(emu, ADMIN).length, 7, "each result shown to the admin alone");
  });
});

Deno.test("manage_access: the list is sorted by person and shows every stored value inert", async () => {
  await withEmulator(async (emu) => {
    const hostile = "<!here>" + "x".repeat(100);
    await store(emu, grant("U0BBBBBB2", "viewer", ["checkout"]));
    await store(
      emu,
      grant("U0AAAAAA1", "admin", ["*"], { granted_by: "<!channel>", granted_at: 1e11 }),
    );
    await store(emu, grant(hostile, "boss", "*", { granted_by: 7 }));
    await store(emu, grant("U0CCCCCC3", "debugger", ["pay ments"], { granted_at: "1764000000" }));
    await store(emu, grant("U0DDDDDD4", "debugger", ["pay-*"], { granted_at: -1 }));
    await store(emu, grant("U0EEEEEE5", "viewer", ["a", "b"], { granted_at: 0 }));
    await store(emu, grant("U0FFFFFF6", "viewer", ["c"], { granted_at: 1e11 - 1 }));
    deepStrictEqual(await handler(formRun(emu, ADMIN, { action: "list" })), {
      outputs: { outcome: "listed" },
    });
    const { lead, lines } = lastShown(emu, ADMIN);
    strictEqual(
      lead,
      `7 stored grants. Bootstrap admins (ADMIN_USER_IDS): <@${ADMIN}>. Roles from user groups ` +
        "(USERGROUP_ROLES) are not listed here.",
    );
    deepStrictEqual(lines, [
      "• `&lt;!here&gt;" + "x".repeat(57) +
      "`: an item this version cannot read (counts as no role)" +
      " · 2025-11-24",
      "• <@U0AAAAAA1>: `admin` for `*`",
      `• <@U0BBBBBB2>: \`viewer\` for \`checkout\` · by <@${ADMIN}> · 2025-11-24`,
      `• <@U0CCCCCC3>: an item this version cannot read (counts as no role) · by <@${ADMIN}>`,
      `• <@U0DDDDDD4>: \`debugger\` for \`pay-*\` · by <@${ADMIN}>`,
      `• <@U0EEEEEE5>: \`viewer\` for \`a\`, \`b\` · by <@${ADMIN}> · 1970-01-01`,
      `• <@U0FFFFFF6>: \`viewer\` for \`c\` · by <@${ADMIN}> · 5138-11-16`,
    ]);
    deepStrictEqual(auditsOf(emu, "manage_access"), [[ADMIN, "success", "listed 7", ""]]);
  });
});

Deno.test("manage_access: the list is sorted by person whatever order the store answers in; items no app wrote are inert and no admin", async () => {
  await withEmulator(async (emu) => {
    for (const user of ["U0CCCCCC3", "U0AAAAAA1", "U0BBBBBB2", "U0AAAAAA10"]) {
      await store(emu, grant(user, "viewer", ["checkout"], { granted_by: "", granted_at: "" }));
    }
    await store(emu, grant(ONCALL, "admin", ["*"]));
    const foreign = [
      { role: "admin", scopes: ["*"], user_id: 42 },
      { role: "viewer", scopes: ["a"] },
    ];
    await withRewrittenQueries(emu, (items) => [...foreign, ...items.reverse()], async (url) => {
      const run = (answers: Record<string, unknown>) =>
        handler(formRun(emu, ONCALL, answers, { ADMIN_USER_IDS: "", SLACK_API_URL: url }));
      deepStrictEqual(await run({ action: "list" }), { outputs: { outcome: "listed" } });
      const { lines } = lastShown(emu, ONCALL);
      deepStrictEqual(lines, [
        // Items of the same person (here: none) keep the store's order.
        "• ` `: `admin` for `*`",
        "• ` `: `viewer` for `a`",
        `• <@${ONCALL}>: \`admin\` for \`*\` · by <@${ADMIN}> · 2025-11-24`,
        "• <@U0AAAAAA1>: `viewer` for `checkout`",
        "• <@U0AAAAAA10>: `viewer` for `checkout`",
        "• <@U0BBBBBB2>: `viewer` for `checkout`",
        "• <@U0CCCCCC3>: `viewer` for `checkout`",
      ]);
      strictEqual(
        emu.state.ephemeralMessages().at(-1)?.text,
        "Debug access: 7 grants shown",
      );
      // Neither foreign item is an admin by a readable id: ONCALL is the last admin.
      ok((await run({ action: "revoke", user: ONCALL })).error?.includes("the last admin"));
    });
  });
});

Deno.test("manage_access: a change that cannot remove an admin does not read every grant", async () => {
  await withEmulator(async (emu) => {
    await store(emu, grant(ONCALL, "viewer", ["*"]));
    // Listing the grants fails (e.g. more than one listing reads): only a change that could
    // remove the last admin needs it.
    emu.faults.failNext("apps.datastore.query", "internal_error", 4);
    const run = (answers: Record<string, unknown>) =>
      handler(formRun(emu, ADMIN, answers, { ADMIN_USER_IDS: ADMIN }));
    for (
      const [answers, outcome] of [
        [{ action: "grant", user: ONCALL, role: "debugger", scopes: "*" }, "changed"],
        [{ action: "grant", user: OTHER, role: "admin", scopes: "*" }, "granted"],
        [{ action: "grant", user: OTHER, role: "admin", scopes: "*, a" }, "changed"],
        [{ action: "revoke", user: ONCALL }, "revoked"],
      ] as const
    ) {
      deepStrictEqual(await run(answers), { outputs: { outcome } }, JSON.stringify(answers));
    }
    ok((await run({ action: "revoke", user: OTHER })).error?.includes("internal_error"));
  });
});

Deno.test("manage_access: the list names every bootstrap admin, or none, and counts one grant so", async () => {
  await withEmulator(async (emu) => {
    await store(emu, grant(ONCALL, "admin", ["*"]));
    const leads: string[] = [];
    for (const admins of [`${ADMIN}, ${OTHER}`, ""]) {
      const result = await handler(formRun(emu, ONCALL, { action: "list" }, {
        ADMIN_USER_IDS: admins,
      }));
      deepStrictEqual(result, { outputs: { outcome: "listed" } });
      leads.push(lastShown(emu, ONCALL).lead.split(". Roles")[0]);
    }
    deepStrictEqual(leads, [
      `1 stored grant. Bootstrap admins (ADMIN_USER_IDS): <@${ADMIN}>, <@${OTHER}>`,
      "1 stored grant. Bootstrap admins (ADMIN_USER_IDS): none",
    ]);
  });
});

Deno.test("manage_access: what is missing or unusable is named, nothing changes, and the refusal is audited", async () => {
  await withEmulator(async (emu) => {
    const run = (answers: Record<string, unknown>) => handler(formRun(emu, ADMIN, answers));
    const fields: [Record<string, unknown>, string][] = [
      [{ action: "promote" }, "The action (grant, revoke or list) is missing or not usable"],
      [{ action: "grant", user: "<!channel>" }, "The person is missing or not usable"],
      [{ action: "grant", user: ONCALL, role: "owner" }, "The role (viewer, debugger or admin) is"],
      [{ action: "grant", user: ONCALL, role: "admin", scopes: "x".repeat(4001) }, "The services"],
      [{ action: "list", channel_id: "<#C1>" }, "The channel is missing or not usable"],
    ];
    for (const [answers, said] of fields) {
      const result = await run(answers);
      ok(result.error?.startsWith(said), `${JSON.stringify(answers)}: ${result.error}`);
      ok(result.error?.endsWith("so nothing was changed. Fill in the form again."), result.error);
    }
    strictEqual(
      (await run({ action: "grant", role: "admin", scopes: "*" })).error,
      "Choose the person whose role to grant. Nothing was changed.",
    );
    strictEqual(
      (await run({ action: "revoke" })).error,
      "Choose the person whose role to revoke. Nothing was changed.",
    );
    strictEqual(
      (await run({ action: "grant", user: ONCALL, scopes: "*" })).error,
      "Choose the role to grant. Nothing was changed.",
    );
    for (const scopes of ["", " , ", "pay ments<!here>", "a".repeat(200)]) {
      const bad = await run({ action: "grant", user: ONCALL, role: "viewer", scopes });
      ok(bad.error?.startsWith("The services cannot be granted: "), bad.error);
      ok(
        bad.error?.endsWith(
          ". Nothing was changed. Name services or globs separated by commas, e.g. checkout, " +
            "pay-*, or * for all.",
        ),
        bad.error,
      );
      ok(!bad.error?.includes("here") && !bad.error?.includes("aaaa"), "never repeats them");
    }
    deepStrictEqual(roles(emu), []);
    deepStrictEqual(shownTo(emu, ADMIN), []);
    deepStrictEqual(auditsOf(emu, "manage_access"), [
      ...fields.map(() => [ADMIN, "refused", "invalid_inputs", ""]),
      [ADMIN, "refused", "invalid_inputs", ""],
      [ADMIN, "refused", "invalid_inputs", ""],
      [ADMIN, "refused", "invalid_inputs", ONCALL],
      ...Array.from({ length: 4 }, () => [ADMIN, "refused", "bad_scopes", ONCALL]),
    ]);
  });
});

Deno.test("manage_access: only stored full admins with a readable id count against removing the last admin", async () => {
  await withEmulator(async (emu) => {
    const noBootstrap = { ADMIN_USER_IDS: "" };
    const run = (actor: string, answers: Record<string, unknown>, env = noBootstrap) =>
      handler(formRun(emu, actor, answers, env));
    await store(emu, grant(ONCALL, "admin", ["*"]));
    await store(emu, grant(OTHER, "admin", ["*"]));
    // Items that are no full admin: a scoped admin, a hostile id, an unreadable role.
    await store(emu, grant("U0SCOPED01", "admin", ["checkout"]));
    await store(emu, grant("<@U0FAKE001>", "admin", ["*"]));
    await store(emu, grant("U0BROKEN01", "admin", "*"));
    // Another full admin is left: the change is made.
    deepStrictEqual(
      await run(ONCALL, { action: "grant", user: OTHER, role: "viewer", scopes: "*" }),
      {
        outputs: { outcome: "changed" },
      },
    );
    // Now ONCALL is the last one, however the change would remove them.
    for (
      const answers of [
        { action: "revoke", user: ONCALL },
        { action: "grant", user: ONCALL, role: "debugger", scopes: "*" },
        { action: "grant", user: ONCALL, role: "admin", scopes: "checkout" },
      ]
    ) {
      strictEqual(
        (await run(ONCALL, answers)).error,
        "This would remove the last admin, so nothing was changed: first make someone else an " +
          "admin for every service (scope *), or add one to ADMIN_USER_IDS.",
      );
    }
    // Still an admin for every service: no last-admin question.
    deepStrictEqual(
      await run(ONCALL, { action: "grant", user: ONCALL, role: "admin", scopes: "*, x" }),
      {
        outputs: { outcome: "changed" },
      },
    );
    // A bootstrap admin counts: then the last stored one may go.
    deepStrictEqual(
      await run(ONCALL, { action: "revoke", user: ONCALL }, { ADMIN_USER_IDS: ADMIN }),
      {
        outputs: { outcome: "revoked" },
      },
    );
    deepStrictEqual(
      auditsOf(emu, "manage_access").map(([, outcome, detail]) => [outcome, detail]),
      [
        ["success", "changed viewer:* was admin:*"],
        ["refused", "last_admin"],
        ["refused", "last_admin"],
        ["refused", "last_admin"],
        ["success", "changed admin:*,x was admin:*"],
        ["success", "revoked was admin:*,x"],
      ],
    );
  });
});

Deno.test("manage_access: a failure says whether the change was saved, and what Slack said", async () => {
  await withEmulator(async (emu) => {
    const run = (answers: Record<string, unknown>) => handler(formRun(emu, ADMIN, answers));
    emu.faults.failNext("apps.datastore.get", "internal_error");
    const unread = await run({ action: "revoke", user: ONCALL });
    ok(unread.error?.includes('"internal_error"'), unread.error);
    ok(unread.error?.endsWith(" Nothing more was changed; try again."), unread.error);
    emu.faults.rateLimit("apps.datastore.put", 3600);
    const limited = await run({ action: "grant", user: ONCALL, role: "viewer", scopes: "*" });
    ok(!limited.error?.includes("unexpected"), limited.error);
    ok(limited.error?.endsWith(" Nothing more was changed; try again."), limited.error);
    deepStrictEqual(roles(emu), []);
    // The change is made, its audit event is not.
    await store(emu, grant(ONCALL, "viewer", ["*"]));
    emu.faults.failNext("apps.datastore.put", "internal_error");
    strictEqual(
      (await run({ action: "revoke", user: ONCALL })).error,
      "The change was saved, but its audit event could not be saved. Tell an admin to check " +
        "the app's datastore access.",
    );
    deepStrictEqual(roles(emu), []);
    emu.faults.failNext("apps.datastore.put", "internal_error");
    strictEqual(
      (await run({ action: "list" })).error,
      "Nothing was changed, but its audit event could not be saved. Tell an admin to check " +
        "the app's datastore access.",
    );
    deepStrictEqual(shownTo(emu, ADMIN), []);
    emu.faults.failNext("chat.postEphemeral", "channel_not_found");
    strictEqual(
      (await run({ action: "revoke", user: ONCALL })).error,
      "Nothing was changed, but the result could not be shown to you here (Slack said " +
        '"channel_not_found"). Run the shortcut from a channel the app is in.',
    );
    emu.faults.rateLimit("chat.postEphemeral", 3600);
    strictEqual(
      (await run({ action: "grant", user: ONCALL, role: "viewer", scopes: "*" })).error,
      "The change was saved, but the result could not be shown to you here (Slack said " +
        '"unreachable"). Run the shortcut from a channel the app is in.',
    );
    deepStrictEqual(roles(emu), [[ONCALL, "viewer", ["*"]]]);
    deepStrictEqual(
      auditsOf(emu, "manage_access").map(([, outcome, detail]) => [outcome, detail]),
      [
        ["failure", "datastore_error"],
        ["failure", "datastore_error"],
        ["success", "unchanged: no stored role"],
        ["success", "granted viewer:* was none"],
      ],
    );
  });
});
