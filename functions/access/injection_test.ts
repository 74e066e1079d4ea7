/**
 * Injection: every user-controlled field that reaches Slack (service, environment, window,
 * filter, grant scopes and stored grants, audit filters and stored events) carrying mentions,
 * links, backticks and mrkdwn reaches Slack inert. Asserted on what the emulator recorded as
 * posted (blocks and fallback text), and on the errors Slack would show.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { AUDIT_EVENTS } from "../../datastores/records.ts";
import { ROLES_DATASTORE, saveRole } from "../../datastores/role_records.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import type { SlackClient } from "../../slack/web_api.ts";
import { ADMIN, DEBUG_CHANNEL, ONCALL, withAccessWorld } from "./test_support.ts";
import debugAudit from "../debug_audit/handler.ts";
import fetchLogs from "../fetch_logs/handler.ts";
import manageAccess from "../manage_access/handler.ts";
import postDebugReport from "../post_debug_report/handler.ts";

const { createContext } = SlackFunctionTester("injection");

/** An on-call engineer in #prod-debug, no admin. */
const MEMBER = ONCALL;

/** Everything that could mention, link or format, in one value (fits a 128-character field). */
const HOSTILE = "<!channel> <!here> <@U123> <https://x|y> `tick` *bold* _it_ ~strike~ ```block```";
const LIVE = ["<!channel>", "<!here>", "<@U123>", "<https://x|y>"];

type Handler = (ctx: ReturnType<typeof createContext>) => Promise<{ error?: string }>;

/**
 * The texts a message shows as mrkdwn (`mrkdwn` text objects; its `text` when it has no blocks),
 * or, with `plain`, those shown as typed: `plain_text` objects and the fallback `text` of a
 * message with blocks (its notification). Plain texts must not mention or link; mrkdwn texts
 * must not format either.
 */
function textsOf(message: { text?: string; blocks?: unknown[] }, plain = false): string[] {
  const texts: string[] = message.text && (message.blocks !== undefined) === plain
    ? [message.text]
    : [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) {
      const object = value as Record<string, unknown>;
      if (typeof object.text === "string" && (object.type === "plain_text") === plain) {
        texts.push(object.text);
      }
      Object.values(object).forEach(walk);
    }
  };
  walk(message.blocks ?? []);
  return texts;
}

function assertNoLiveTokens(text: string, label: string) {
  for (const live of LIVE) ok(!text.includes(live), `${label}: ${live} is live in ${text}`);
  for (const token of text.match(/<[^>]*>/g) ?? []) {
    // The app's own: mentions of well-formed ids, and dates it formats from validated times.
    ok(
      /^<[@#][UWC][A-Z0-9]{2,20}>$/.test(token) ||
        /^<!date\^\d{1,12}\^[^|<>]*\|[^<>]*>$/.test(token),
      `${label}: ${token} in ${text}`,
    );
  }
}

/**
 * `text` is inert: no `<…>` but the app's own mentions of well-formed ids, and the hostile
 * value's formatting only inside code (spans or blocks), where Slack shows it as typed.
 */
function assertInert(text: string, label: string) {
  assertNoLiveTokens(text, label);
  const outsideCode = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  for (const format of ["*bold*", "_it_", "~strike~", "tick"]) {
    ok(!outsideCode.includes(format), `${label}: ${format} formats outside code in ${text}`);
  }
}

interface Rig {
  emu: SlackEmulator;
  client: SlackClient;
  run(handler: Handler, inputs: Record<string, unknown>): Promise<{ error?: string }>;
  /** Everything the app posted or showed since the rig started, as texts. */
  posted(): string[];
  /** The texts it posted that are shown as typed (plain_text, notifications). */
  plainTexts(): string[];
}

function withRig(test: (rig: Rig) => Promise<void>) {
  return withAccessWorld(({ emu, client, env }) =>
    test({
      emu,
      client,
      run: (handler, inputs) =>
        handler(createContext({
          // deno-lint-ignore no-explicit-any
          inputs: inputs as any,
          env,
          token: emu.botToken,
        })),
      posted: () => [
        ...emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).flatMap((m) => textsOf(m)),
        ...emu.state.ephemeralMessages().flatMap((m) => textsOf(m)),
      ],
      plainTexts: () => [
        ...emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).flatMap((m) =>
          textsOf(m, true)
        ),
        ...emu.state.ephemeralMessages().flatMap((m) => textsOf(m, true)),
      ],
    })
  );
}

const submittedBy = (id: string) => ({
  interactivity: { interactivity_pointer: "1.form", interactor: { id, secret: "s" } },
  channel_id: DEBUG_CHANNEL,
});

Deno.test("injection: service, environment and source of a report reach Slack inert, in a channel and ephemerally", async () => {
  await withRig(async (rig) => {
    await saveRole(rig.client, {
      user_id: MEMBER,
      role: "debugger",
      scopes: ["*"],
      granted_by: ADMIN,
      granted_at: 1,
    });
    for (const delivery of ["channel", "ephemeral"]) {
      const result = await rig.run(postDebugReport as Handler, {
        channel_id: DEBUG_CHANNEL,
        user_id: MEMBER,
        delivery,
        service: HOSTILE.slice(0, 60),
        environment: HOSTILE.slice(0, 64),
        source: HOSTILE.slice(0, 64),
        window_start: "2026-11-29T10:00:00.000Z",
        window_end: "2026-11-29T10:15:00.000Z",
        excerpt: [HOSTILE],
        line_count: 1,
        truncated: false,
        masked_counts: "{}",
        filter: HOSTILE,
      });
      strictEqual(result.error, undefined, result.error);
    }
    const texts = rig.posted();
    ok(texts.length >= 4, "both reports were posted");
    ok(texts.some((t) => t.includes("&lt;!channel&gt;")), "the values are shown, escaped");
    texts.forEach((text, i) => assertInert(text, `text ${i}`));
    const plain = rig.plainTexts();
    ok(plain.length >= 4, "headers and notifications");
    plain.forEach((text, i) => assertNoLiveTokens(text, `plain text ${i}`));
  });
});

Deno.test("injection: a hostile service, environment, window or filter is refused inertly and nothing is posted", async () => {
  await withRig(async (rig) => {
    await saveRole(rig.client, {
      user_id: MEMBER,
      role: "debugger",
      scopes: ["*"],
      granted_by: ADMIN,
      granted_at: 1,
    });
    const base = { service: "checkout", environment: "production", window: "15m", user_id: MEMBER };
    for (const field of ["service", "environment", "window", "filter"]) {
      const result = await rig.run(fetchLogs as Handler, { ...base, [field]: HOSTILE });
      if (result.error !== undefined) assertInert(result.error, field);
    }
    deepStrictEqual(rig.posted(), [], "fetch_logs posts nothing");
  });
});

Deno.test("injection: grant scopes are refused without echo; stored grants are listed inert", async () => {
  await withRig(async (rig) => {
    const refused = await rig.run(manageAccess as Handler, {
      ...submittedBy(ADMIN),
      action: "grant",
      user: MEMBER,
      role: "debugger",
      scopes: HOSTILE,
    });
    ok(refused.error?.includes("The services cannot be granted"), refused.error);
    assertInert(refused.error!, "refusal");
    deepStrictEqual(rig.emu.state.datastoreItems(ROLES_DATASTORE), []);
    // The store is written by anyone with datastore access: a hostile item is shown inert.
    const put = await rig.client.call("apps.datastore.put", {
      datastore: ROLES_DATASTORE,
      item: {
        user_id: HOSTILE,
        role: HOSTILE,
        scopes: [HOSTILE],
        granted_by: HOSTILE,
        granted_at: 1,
      },
    });
    ok(put.ok, JSON.stringify(put));
    await saveRole(rig.client, {
      user_id: MEMBER,
      role: "debugger",
      scopes: ["checkout-*"],
      granted_by: ADMIN,
      granted_at: 1,
    });
    const listed = await rig.run(manageAccess as Handler, {
      ...submittedBy(ADMIN),
      action: "list",
    });
    strictEqual(listed.error, undefined, listed.error);
    const texts = rig.posted();
    ok(texts.some((t) => t.includes("`checkout-*`")), texts.join("\n"));
    ok(texts.some((t) => t.includes("counts as no role")), "the hostile item is named unreadable");
    texts.forEach((text, i) => assertInert(text, `text ${i}`));
  });
});

Deno.test("injection: audit filters and stored events reach Slack inert", async () => {
  await withRig(async (rig) => {
    const put = await rig.client.call("apps.datastore.put", {
      datastore: AUDIT_EVENTS,
      item: {
        id: "hostile",
        actor: HOSTILE,
        action: HOSTILE,
        target: HOSTILE,
        channel: HOSTILE,
        at: 1_764_000_000,
        outcome: HOSTILE,
        detail: HOSTILE,
        service: HOSTILE,
        environment: HOSTILE,
        window: HOSTILE,
      },
    });
    ok(put.ok, JSON.stringify(put));
    for (const filter of [{}, { service: HOSTILE }]) {
      const result = await rig.run(debugAudit as Handler, { ...submittedBy(ADMIN), ...filter });
      strictEqual(result.error, undefined, result.error);
    }
    const texts = rig.posted();
    strictEqual(rig.emu.state.ephemeralMessages().length, 2);
    ok(texts.filter((t) => t.includes("&lt;!here&gt;")).length >= 2, "shown, escaped");
    texts.forEach((text, i) => assertInert(text, `text ${i}`));
  });
});
