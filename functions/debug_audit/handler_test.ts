/**
 * debug_audit as deployed, run as Slack's runtime runs it: what the admin is shown (the lead
 * names each filter asked, how many events there are and how many are shown), what is audited,
 * and what each failure says (the read, the audit of the view, the ephemeral post), with nothing
 * shown when the view could not be audited.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import type { AuditEvent } from "../../datastores/records.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { ADMIN, auditsOf, formRun, ONCALL, shownTo } from "../access/test_support.ts";
import { api, withEmulator } from "../purge_reports/test_fixtures.ts";
import handler from "./handler.ts";
import { MAX_EVENTS_SHOWN } from "./debug_audit.ts";

const event = (n: number, fields: Partial<AuditEvent> = {}): AuditEvent => ({
  id: `e${n}`,
  actor: ONCALL,
  action: "fetch_logs",
  target: "",
  channel: "C05PRODDBG1",
  at: 1_764_000_000 + n,
  outcome: "success",
  detail: `run ${n}`,
  service: "checkout",
  ...fields,
});

async function seed(emu: SlackEmulator, events: AuditEvent[]) {
  for (let i = 0; i < events.length; i += 25) {
    const put = await api(emu, "apps.datastore.bulkPut", {
      datastore: "audit_events",
      items: events.slice(i, i + 25),
    });
    ok(put.ok, JSON.stringify(put));
  }
}

/** The lead sentence of the last view shown to the admin. */
function lastLead(emu: SlackEmulator): string {
  const last = emu.state.ephemeralMessages().filter((m) => m.user === ADMIN).at(-1);
  const blocks = (last?.blocks ?? []) as { type: string; text?: { text: string } }[];
  return blocks.find((b) => b.type === "section")?.text?.text ?? "";
}

const OUTSIDER = "U05OUTSIDER";
const NOTE = "Events hold who asked what and how it ended: never log text, filter text or secrets.";

Deno.test("debug_audit: the lead names each filter asked, the events found and shown, and nothing else", async () => {
  await withEmulator(async (emu) => {
    await seed(emu, [
      event(1),
      event(2, { actor: OUTSIDER, service: "billing" }),
      event(3, { service: "billing", outcome: "refused" }),
    ]);
    const cases: [Record<string, unknown>, string, number][] = [
      [{}, "The latest 3 of 3 events, newest first.", 3],
      [{ user: OUTSIDER }, `The latest 1 of 1 events by <@${OUTSIDER}>, newest first.`, 1],
      [{ outcome: "refused" }, "The latest 1 of 1 events that ended `refused`, newest first.", 1],
      // Each view is itself audited (with the service asked for): the views above are not
      // fetch runs of billing.
      [{ service: "billing" }, "The latest 2 of 2 events for service `billing`, newest first.", 2],
      [
        { user: ONCALL, service: "billing", outcome: "refused" },
        `The latest 1 of 1 events by <@${ONCALL}>, for service \`billing\`, that ended ` +
        "`refused`, newest first.",
        1,
      ],
      [
        { service: "payments" },
        "The latest 0 of 0 events for service `payments`, newest first.",
        0,
      ],
    ];
    for (const [answers, lead, shown] of cases) {
      const result = await handler(formRun(emu, ADMIN, answers));
      deepStrictEqual(result, { outputs: { events_shown: shown } }, JSON.stringify(answers));
      strictEqual(lastLead(emu), `${lead} ${NOTE}`);
    }
    // Each view is audited in the admin's name, with what it showed and the service asked for.
    const views = emu.state.datastoreItems("audit_events").filter((e) =>
      e.action === "debug_audit"
    );
    deepStrictEqual(
      views.map((e) => JSON.stringify([e.actor, e.outcome, e.detail, e.service ?? null])).sort(),
      [
        [ADMIN, "success", "shown 0 of 0", "payments"],
        [ADMIN, "success", "shown 1 of 1", "billing"],
        [ADMIN, "success", "shown 1 of 1", null],
        [ADMIN, "success", "shown 1 of 1", null],
        [ADMIN, "success", "shown 2 of 2", "billing"],
        [ADMIN, "success", "shown 3 of 3", null],
      ].map((view) => JSON.stringify(view)).sort(),
    );
  });
});

Deno.test("debug_audit: at most the latest 60 events are shown, newest first, and the lead counts all", async () => {
  await withEmulator(async (emu) => {
    const total = MAX_EVENTS_SHOWN + 1;
    strictEqual(total, 61);
    await seed(emu, Array.from({ length: total }, (_, n) => event(n)));
    const result = await handler(formRun(emu, ADMIN, {}));
    deepStrictEqual(result, { outputs: { events_shown: 60 } });
    ok(lastLead(emu).startsWith("The latest 60 of 61 events, newest first."), lastLead(emu));
    const shown = shownTo(emu, ADMIN).at(-1)!;
    ok(shown.includes("`run 60`") && shown.includes("`run 1`"), "the newest 60");
    ok(!shown.includes("`run 0`"), "the oldest is left out");
    ok(!shown.includes("not shown"), "all 60 fit in one message");
    // The notification's text counts them too.
    strictEqual(emu.state.ephemeralMessages().at(-1)?.text, "Debug audit: 60 events shown");
  });
});

Deno.test("debug_audit: a refused person sees nothing and the refusal is audited", async () => {
  await withEmulator(async (emu) => {
    await seed(emu, [event(1)]);
    const result = await handler(formRun(emu, ONCALL, {}));
    ok(result.error?.includes("admin role for every service"), result.error);
    deepStrictEqual(shownTo(emu, ONCALL), []);
    deepStrictEqual(auditsOf(emu, "debug_audit"), [[ONCALL, "refused", "access:no_role", ""]]);
  });
});

Deno.test("debug_audit: each unusable field is named in the refusal, without its value", async () => {
  await withEmulator(async (emu) => {
    const cases: [Record<string, unknown>, string][] = [
      [{ channel_id: "<!channel>" }, "The channel is missing"],
      [{ user: "<@U1|x>" }, "The person is missing"],
      [{ outcome: "exploded<b>" }, "The outcome is missing"],
      [{ service: "s".repeat(129) }, "The service (at most 128 characters) is missing"],
    ];
    for (const [answers, said] of cases) {
      const result = await handler(formRun(emu, ADMIN, answers));
      ok(result.error?.startsWith(said), `${JSON.stringify(answers)}: ${result.error}`);
      ok(result.error?.includes("so nothing was shown. Fill in the form again."), result.error);
      ok(!/<!channel>|<@U1|exploded|s{129}/.test(result.error ?? ""), result.error);
    }
    deepStrictEqual(shownTo(emu, ADMIN), []);
  });
});

Deno.test("debug_audit: an unreadable audit says why and that nothing was shown, and the failure is audited", async () => {
  await withEmulator(async (emu) => {
    await seed(emu, [event(1)]);
    emu.faults.failNext("apps.datastore.query", "internal_error");
    const refused = await handler(formRun(emu, ADMIN, {}));
    ok(refused.error?.includes('Slack said "internal_error"'), refused.error);
    ok(refused.error?.endsWith("Nothing was shown; try again."), refused.error);
    emu.faults.rateLimit("apps.datastore.query", 3600);
    const limited = await handler(formRun(emu, ADMIN, {}));
    ok(!limited.error?.includes("unexpected"), limited.error);
    ok(limited.error?.includes("rate"), limited.error);
    ok(limited.error?.endsWith("Nothing was shown; try again."), limited.error);
    deepStrictEqual(shownTo(emu, ADMIN), []);
    deepStrictEqual(
      auditsOf(emu, "debug_audit").map(([actor, outcome, detail]) => [actor, outcome, detail]),
      [[ADMIN, "failure", "datastore_error"], [ADMIN, "failure", "datastore_error"]],
    );
  });
});

Deno.test("debug_audit: a view that cannot be audited is not shown", async () => {
  await withEmulator(async (emu) => {
    await seed(emu, [event(1)]);
    emu.faults.failNext("apps.datastore.put", "internal_error");
    const result = await handler(formRun(emu, ADMIN, {}));
    ok(result.error?.startsWith("The audit could not record this view, so nothing was shown."));
    deepStrictEqual(shownTo(emu, ADMIN), []);
  });
});

Deno.test("debug_audit: a view Slack does not show says what Slack said and where to run it", async () => {
  await withEmulator(async (emu) => {
    await seed(emu, [event(1)]);
    emu.faults.failNext("chat.postEphemeral", "channel_not_found");
    const refused = await handler(formRun(emu, ADMIN, {}));
    strictEqual(
      refused.error,
      'The events could not be shown to you here (Slack said "channel_not_found"). Run the ' +
        "shortcut from a channel the app is in.",
    );
    emu.faults.rateLimit("chat.postEphemeral", 3600);
    const unreachable = await handler(formRun(emu, ADMIN, {}));
    ok(unreachable.error?.includes('(Slack said "unreachable")'), unreachable.error);
    deepStrictEqual(shownTo(emu, ADMIN), []);
  });
});
