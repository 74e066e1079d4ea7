import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { createHmac } from "node:crypto";
import { sha256 } from "../../core/crypto/sha256.ts";
import AuditEvents from "../../datastores/audit_events.ts";
import DebugSessions from "../../datastores/debug_sessions.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { withEmulator as withSlackEmulator } from "../../devkit/slack_emulator/test_client.ts";
import { POST_DEBUG_REPORT_STEP } from "../step_titles.ts";
import handler from "./handler.ts";
import { REPORT } from "./test_support.ts";

const { createContext } = SlackFunctionTester("post_debug_report");

const DEBUG_CHANNEL = "C05PRODDBG1"; // private, bot and on-call users are members
const CHANNEL_WITHOUT_BOT = "C05RANDOM01";
const ONCALL = "U05ONCALL01";
const OUTSIDER = "U05OUTSIDER"; // not in the debug channel
const AWS_KEY = "AKIAZ3MQ7XK2LP4RTW5N";
const GITHUB_TOKEN = "ghp_R8fK2pQz7LmW4xTn9VbC3yHs6JdA1eGu5oPi";

const goodInputs = {
  ...REPORT,
  excerpt: ["10:14:59 ERROR payment timeout order=A1\n10:14:58 INFO retrying"],
  line_count: 2,
  masked_counts: '{"email":2}',
  source: "sample",
  filter: "timeout",
};

const withEmulator = (test: (emu: SlackEmulator) => Promise<void>) =>
  withSlackEmulator(test, { datastores: [DebugSessions.definition, AuditEvents.definition] });

function run(
  emu: SlackEmulator,
  inputs: Record<string, unknown>,
  env: Record<string, string> = {},
) {
  return handler(createContext({
    inputs,
    env: {
      SLACK_API_URL: emu.url,
      DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
      ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
      ...env,
    },
    token: emu.botToken,
  }));
}

const hex = (text: string) =>
  Array.from(sha256(new TextEncoder().encode(text)), (b) => b.toString(16).padStart(2, "0"))
    .join("");
const AUDIT_HASH_KEY = "k".repeat(16) + "7f3a9c2e51d84b06";
const hmac = (text: string) => createHmac("sha256", AUDIT_HASH_KEY).update(text).digest("hex");

function audits(emu: SlackEmulator) {
  return emu.state.datastoreItems("audit_events");
}

Deno.test("channel delivery posts the report, records the session and an audit event", async () => {
  await withEmulator(async (emu) => {
    const before = Math.floor(Date.now() / 1000);
    const result = await run(emu, goodInputs, { REPORT_TTL_MINUTES: "30", AUDIT_HASH_KEY });
    const after = Math.floor(Date.now() / 1000);
    strictEqual(result.error, undefined, result.error);
    const outputs = result.outputs!;

    const [message] = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id);
    strictEqual(message.ts, outputs.message_ts);
    const posted = JSON.stringify(message.blocks);
    ok(posted.includes("Safe Debug: checkout (production)"));
    ok(posted.includes(`<@${ONCALL}>`));
    ok(posted.includes("2 emails masked"));
    ok(posted.includes("10:14:59 ERROR payment timeout"));
    strictEqual(emu.state.ephemeralMessages().length, 0);

    const [session] = emu.state.datastoreItems("debug_sessions");
    ok(outputs.expires_at >= before + 1800 && outputs.expires_at <= after + 1800);
    deepStrictEqual(session, {
      id: outputs.session_id,
      requester: ONCALL,
      channel: DEBUG_CHANNEL,
      message_ts: outputs.message_ts,
      delivery: "channel",
      service: "checkout",
      environment: "production",
      source: "sample",
      window_start: Date.parse(goodInputs.window_start) / 1000,
      window_end: Date.parse(goodInputs.window_end) / 1000,
      query_hash: hmac("timeout"),
      masked_counts: '{"email":2}',
      created_at: session.created_at,
      expires_at: outputs.expires_at,
      status: "active",
      purge_after: outputs.expires_at + 86_400,
      trigger_id: session.trigger_id,
      attempts: 0,
    });
    const [trigger] = emu.state.triggers();
    strictEqual(session.trigger_id, trigger.id, "the one-off purge trigger is on the session");
    ok(!JSON.stringify(session).includes('timeout"'), "the filter itself is never stored");
    ok(!JSON.stringify(session).includes(hex("timeout")), "nor its unkeyed hash");

    const [event] = audits(emu);
    strictEqual(event.actor, ONCALL);
    strictEqual(event.channel, DEBUG_CHANNEL);
    strictEqual(event.action, "post_debug_report");
    strictEqual(event.outcome, "success");
    strictEqual(event.target, outputs.session_id);
    strictEqual(event.detail, "delivery=channel lines=2 masked=2");
  });
});

Deno.test("ephemeral delivery shows the report only to the requester, even with no allow-list", async () => {
  await withEmulator(async (emu) => {
    const result = await run(emu, { ...goodInputs, delivery: "ephemeral" }, {
      DEBUG_CHANNEL_IDS: "",
    });
    strictEqual(result.error, undefined, result.error);
    const [ephemeral] = emu.state.ephemeralMessages(DEBUG_CHANNEL);
    strictEqual(ephemeral.user, ONCALL);
    strictEqual(ephemeral.message_ts, result.outputs!.message_ts);
    strictEqual(emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 0);
    strictEqual(emu.state.datastoreItems("debug_sessions")[0].delivery, "ephemeral");
  });
});

Deno.test("channel delivery is refused when no channel is allowed, or not this one", async () => {
  await withEmulator(async (emu) => {
    const off = await run(emu, goodInputs, { DEBUG_CHANNEL_IDS: "" });
    ok(off.error?.includes("DEBUG_CHANNEL_IDS is not set") && off.error.includes("ephemeral"));
    const elsewhere = await run(emu, { ...goodInputs, channel_id: "C05GENERAL1" });
    ok(elsewhere.error?.includes("not allowed") && elsewhere.error.includes("ask an admin"));
    strictEqual(emu.state.messages("C05GENERAL1").filter((m) => m.bot_id).length, 0);
    strictEqual(emu.state.datastoreItems("debug_sessions").length, 0);
    deepStrictEqual(
      audits(emu).map((e) => [e.outcome, e.detail]).sort(),
      [["failure", "channel_delivery_off"], ["failure", "channel_not_allowed"]],
    );
  });
});

Deno.test("Slack errors become clear errors, audited, with no session recorded", async () => {
  await withEmulator(async (emu) => {
    const notIn = await run(emu, { ...goodInputs, channel_id: CHANNEL_WITHOUT_BOT }, {
      DEBUG_CHANNEL_IDS: `${DEBUG_CHANNEL},${CHANNEL_WITHOUT_BOT}`,
    });
    ok(notIn.error?.includes("not a member") && notIn.error.includes("/invite"), notIn.error);

    // An admin (so the role check passes) outside the channel: Slack refuses the ephemeral.
    const outsider = await run(emu, { ...goodInputs, delivery: "ephemeral", user_id: OUTSIDER }, {
      ADMIN_USER_IDS: OUTSIDER,
    });
    ok(outsider.error?.includes("requester is not a member"), outsider.error);

    emu.faults.failNext("chat.postMessage", "msg_blocks_too_long");
    const tooLong = await run(emu, goodInputs);
    ok(tooLong.error?.includes("too large") && tooLong.error.includes("Narrow"), tooLong.error);

    emu.faults.rateLimit("chat.postMessage", 120);
    const limited = await run(emu, goodInputs);
    ok(limited.error?.includes("rate-limited"), limited.error);

    emu.faults.failNext("chat.postMessage", "fatal_error");
    const odd = await run(emu, goodInputs);
    ok(odd.error?.includes("Slack refused the channel report (fatal_error)"), odd.error);

    strictEqual(emu.state.datastoreItems("debug_sessions").length, 0);
    deepStrictEqual(
      audits(emu).map((e) => e.detail).sort(),
      [
        "slack:fatal_error",
        "slack:msg_blocks_too_long",
        "slack:not_in_channel",
        "slack:user_not_in_channel",
        "slack_unreachable",
      ].sort(),
    );
    ok(audits(emu).every((e) => e.outcome === "failure"));
  });
});

Deno.test("a secret in the excerpt or names never reaches Slack; counts are merged", async () => {
  await withEmulator(async (emu) => {
    const result = await run(emu, {
      ...goodInputs,
      service: `checkout ${GITHUB_TOKEN}`,
      excerpt: [`login ok key=${AWS_KEY} <!channel> <@U05ONCALL02>\n\`\`\`\n*bold*`],
    });
    strictEqual(result.error, undefined, result.error);
    const [message] = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id);
    const everything = JSON.stringify(message);
    ok(!everything.includes(AWS_KEY) && !everything.includes(GITHUB_TOKEN));
    ok(!everything.includes("<!channel>") && !everything.includes("<@U05ONCALL02>"));
    ok(everything.includes("&lt;!channel&gt;"));
    ok(everything.includes("2 emails, 1 AWS access key ID, 1 GitHub PAT masked"), everything);
    const [session] = emu.state.datastoreItems("debug_sessions");
    deepStrictEqual(JSON.parse(session.masked_counts as string), {
      email: 2,
      "aws-access-key-id": 1,
      "github-pat": 1,
    });
    ok(!JSON.stringify(emu.state.datastoreItems("debug_sessions")).includes(GITHUB_TOKEN));
    ok(!JSON.stringify(audits(emu)).includes(GITHUB_TOKEN));
  });
});

Deno.test("bad inputs give a clear error without echoing values, and are audited", async () => {
  await withEmulator(async (emu) => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...goodInputs, channel_id: `#${AWS_KEY}` }, "The channel must be a Slack channel id."],
      [{ ...goodInputs, delivery: "everyone" }, "The delivery must be “ephemeral” or “channel”."],
      [
        { ...goodInputs, window_start: goodInputs.window_end, window_end: goodInputs.window_start },
        "The “Window start” input must be before the window end.",
      ],
      [{ ...goodInputs, window_end: `yesterday ${AWS_KEY}` }, "The “Window end” input must be"],
      [{ ...goodInputs, excerpt: Array.from({ length: 41 }, () => "x") }, "“Excerpt” input"],
      [{ ...goodInputs, masked_counts: `{"${AWS_KEY}": 1}` }, "“Masking counts (JSON)” input"],
      [{ ...goodInputs, line_count: -1 }, "The “Lines shown” input must be at least 0."],
      [{}, "Choose a channel."],
    ];
    for (const [inputs, field] of cases) {
      const result = await run(emu, inputs);
      ok(result.error?.includes(field), `${field}: ${result.error}`);
      ok(!result.error?.includes(AWS_KEY), "no input value echoed");
    }
    strictEqual(emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 0);
    const events = audits(emu);
    strictEqual(events.length, cases.length);
    ok(events.every((e) => e.outcome === "failure" && e.detail === "invalid_inputs"));
    ok(events.some((e) => e.channel === "invalid"), "a malformed channel id is not stored");
  });
});

Deno.test("bad settings are reported for an admin to fix", async () => {
  await withEmulator(async (emu) => {
    const ttl = await run(emu, goodInputs, { REPORT_TTL_MINUTES: "1h" });
    ok(ttl.error?.includes("REPORT_TTL_MINUTES"), ttl.error);
    const ids = await run(emu, goodInputs, { DEBUG_CHANNEL_IDS: "prod-debug" });
    ok(ids.error?.includes("DEBUG_CHANNEL_IDS must be"), ids.error);
    strictEqual(emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 0);
  });
});

Deno.test("a report that cannot be recorded for purging is deleted again", async () => {
  await withEmulator(async (emu) => {
    emu.faults.failNext("apps.datastore.put", "datastore_error");
    const result = await run(emu, goodInputs);
    ok(result.error?.includes("debug_sessions") && result.error.includes("deleted"), result.error);
    const [message] = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id);
    strictEqual(message.deleted, true);
    strictEqual(audits(emu)[0].detail, "session_not_saved");
  });
});

Deno.test("an unreachable Slack is a clear error, not a crash", async () => {
  const probe = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, () => new Response());
  const url = `http://127.0.0.1:${probe.addr.port}/api/`;
  await probe.shutdown();
  const result = await handler(createContext({
    inputs: goodInputs,
    env: {
      SLACK_API_URL: url,
      DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
      ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
    },
    token: "xoxb-unused",
  }));
  ok(result.error?.includes("Could not reach Slack"), result.error);
  ok(!result.error?.includes("xoxb"));
});

Deno.test("a maximal hostile excerpt (40 chunks of `<`) still posts within Slack's limits", async () => {
  await withEmulator(async (emu) => {
    const chunk = Array.from({ length: 29 }, () => "<".repeat(99)).join("\n");
    const result = await run(emu, {
      ...goodInputs,
      excerpt: Array.from({ length: 40 }, () => chunk),
      line_count: 1160,
    });
    strictEqual(result.error, undefined, result.error);
    const [message] = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id);
    ok(
      /The \d+ oldest lines are left out to fit Slack's message size/.test(
        JSON.stringify(message.blocks),
      ),
    );
  });
});

Deno.test("the filter is stored only as a keyed hash: nothing without AUDIT_HASH_KEY", async () => {
  await withEmulator(async (emu) => {
    strictEqual((await run(emu, goodInputs)).error, undefined);
    strictEqual(
      (await run(emu, { ...goodInputs, filter: "" }, { AUDIT_HASH_KEY })).error,
      undefined,
    );
    const short = await run(emu, goodInputs, { AUDIT_HASH_KEY: "too-short" });
    ok(short.error?.includes("AUDIT_HASH_KEY must be"), short.error);
    const hashes = emu.state.datastoreItems("debug_sessions").map((s) => s.query_hash);
    deepStrictEqual(hashes, ["", ""]);
    ok(!JSON.stringify(emu.state.datastoreItems("debug_sessions")).includes(hex("timeout")));
  });
});

Deno.test("fetch_logs' account of the lines is shown as one line, and checked", async () => {
  await withEmulator(async (emu) => {
    const account = {
      lines_read: 300,
      lines_out_of_window: 4,
      lines_repeated: 0,
      lines_matched: 2,
      filtered: true,
      read_stopped_by: "line_limit",
      partial_result: false,
      truncated: true,
    };
    const result = await run(emu, { ...goodInputs, ...account });
    strictEqual(result.error, undefined, result.error);
    const [message] = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id);
    const posted = JSON.stringify(message.blocks);
    ok(posted.includes("*Lines:* 300 read · 4 outside the window · 2 match the filter · 2 shown"));
    ok(posted.includes("The read stopped at the line limit"), posted);
    ok(posted.includes("2 emails masked in the 300 lines read"), posted);

    const cases: [Record<string, unknown>, string][] = [
      [{ ...account, lines_matched: 297 }, "lines_read"],
      [{ ...account, lines_matched: 1 }, "lines_read"],
      [{ ...account, lines_matched: undefined }, "lines_matched"],
      [{ ...account, read_stopped_by: "whim" }, "read_stopped_by"],
    ];
    for (const [given, field] of cases) {
      const refused = await run(emu, { ...goodInputs, ...given });
      ok(
        refused.error?.includes(`“${POST_DEBUG_REPORT_STEP.inputs[field]}”`),
        `${field}: ${refused.error}`,
      );
    }
    strictEqual(emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 1);
  });
});
