import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { createSlackClient } from "../slack/web_api.ts";
import AuditEvents from "./audit_events.ts";
import DebugSessions from "./debug_sessions.ts";
import {
  type AuditEvent,
  DatastoreWriteError,
  type DebugSession,
  saveAuditEvent,
  saveDebugSession,
} from "./records.ts";

const NOW = Math.floor(Date.now() / 1000);
const session: DebugSession = {
  id: "s1",
  requester: "U05ONCALL01",
  channel: "C05PRODDBG1",
  message_ts: "1.000001",
  delivery: "channel",
  service: "checkout",
  environment: "production",
  source: "sample",
  window_start: NOW - 900,
  window_end: NOW,
  query_hash: "0".repeat(64),
  masked_counts: "{}",
  created_at: NOW,
  expires_at: NOW + 3600,
  status: "active",
  purge_after: NOW + 3600 + 86_400,
};

const event: AuditEvent = {
  id: "a1",
  actor: "U05ONCALL01",
  action: "post_debug_report",
  target: "s1",
  channel: "C05PRODDBG1",
  at: NOW,
  outcome: "success",
  detail: "x".repeat(1000),
};

Deno.test("datastore definitions declare exactly the record fields the runtime writes", () => {
  deepStrictEqual(
    Object.keys(DebugSessions.definition.attributes).sort(),
    Object.keys(session).sort(),
  );
  deepStrictEqual(Object.keys(AuditEvents.definition.attributes).sort(), Object.keys(event).sort());
  strictEqual(DebugSessions.definition.time_to_live_attribute, "purge_after");
});

Deno.test("records are written through the Web API; audit detail is bounded", async () => {
  const emu = await startSlackEmulator({
    datastores: [DebugSessions.definition, AuditEvents.definition],
  });
  try {
    const client = createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } });
    await saveDebugSession(client, session);
    await saveAuditEvent(client, event);
    deepStrictEqual(emu.state.datastoreItems("debug_sessions"), [session]);
    strictEqual((emu.state.datastoreItems("audit_events")[0].detail as string).length, 300);
    await emu.clock.advance((3600 + 86_400 + 1) * 1000);
    deepStrictEqual(emu.state.datastoreItems("debug_sessions"), [], "TTL backstop removes it");
  } finally {
    await emu.stop();
  }
});

Deno.test("a refused write raises DatastoreWriteError naming the store and Slack's code", async () => {
  const emu = await startSlackEmulator({ datastores: [] });
  try {
    const client = createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } });
    const error = await saveDebugSession(client, session).catch((e) => e);
    ok(error instanceof DatastoreWriteError);
    strictEqual(error.slackError, "datastore_error");
    ok(error.message.includes("debug_sessions") && error.message.includes("datastore:write"));
  } finally {
    await emu.stop();
  }
});
