import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { createSlackClient } from "../slack/web_api.ts";
import AuditEvents from "./audit_events.ts";
import DebugSessions from "./debug_sessions.ts";
import FetchRateDatastore from "./fetch_rate.ts";
import { DATASTORES } from "./mod.ts";
import {
  AUDIT_EVENTS,
  type AuditEvent,
  DatastoreReadError,
  DatastoreWriteError,
  type DebugSession,
  deleteItem,
  FETCH_RATE,
  type FetchRate,
  getItem,
  queryAll,
  saveAuditEvent,
  saveDebugSession,
  saveFetchRate,
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

/** A session the purge has closed: every optional field set. */
const purgedSession: Required<DebugSession> = {
  ...session,
  status: "purged",
  trigger_id: "Ft0000000001",
  purge_run: "",
  purge_claimed_at: 0,
  message_deleted: true,
  tombstone_state: "posted",
  tombstone_ts: "2.000001",
  purged_at: NOW + 3600,
  attempts: 0,
  last_error: "",
  execution_id: "Fx0123ABCD",
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

/** A fetch_logs event: every optional field set. */
const fetchEvent: Required<AuditEvent> = {
  ...event,
  id: "a2",
  action: "fetch_logs",
  target: "sample",
  detail: "read",
  service: "checkout",
  environment: "production",
  window: "15m",
  window_start: NOW - 900,
  window_end: NOW,
  filter_given: true,
  filter_hmac: "f".repeat(64),
  lines_read: 300,
  lines_matched: 12,
  lines_shown: 12,
};

Deno.test("datastore definitions declare exactly the record fields the runtime writes", () => {
  deepStrictEqual(
    Object.keys(DebugSessions.definition.attributes).sort(),
    Object.keys(purgedSession).sort(),
  );
  deepStrictEqual(
    Object.keys(AuditEvents.definition.attributes).sort(),
    Object.keys(fetchEvent).sort(),
  );
  strictEqual(DebugSessions.definition.time_to_live_attribute, "purge_after");
  deepStrictEqual(
    Object.keys(FetchRateDatastore.definition.attributes).sort(),
    Object.keys(fetchRate).sort(),
  );
  strictEqual(FetchRateDatastore.definition.primary_key, "user_id");
  strictEqual(FetchRateDatastore.definition.time_to_live_attribute, "expires_at");
  ok(DATASTORES.length <= 10, "Slack allows at most 10 datastores per app");
});

const fetchRate: FetchRate = {
  user_id: "U05ONCALL01",
  started_at: [NOW - 30, NOW],
  expires_at: NOW + 300,
};

Deno.test("a fetch_rate item is saved, read by its key, deleted, and collected by its TTL", async () => {
  const emu = await startSlackEmulator({ datastores: [FetchRateDatastore.definition] });
  try {
    const client = createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } });
    strictEqual(await getItem(client, FETCH_RATE, "U05ONCALL01"), undefined, "a miss");
    await saveFetchRate(client, fetchRate);
    deepStrictEqual(await getItem(client, FETCH_RATE, "U05ONCALL01"), fetchRate);
    strictEqual(await getItem(client, FETCH_RATE, "U05ONCALL02"), undefined);
    await deleteItem(client, FETCH_RATE, "U05ONCALL01");
    await deleteItem(client, FETCH_RATE, "U05ONCALL01");
    deepStrictEqual(emu.state.datastoreItems(FETCH_RATE), []);
    await saveFetchRate(client, fetchRate);
    await emu.clock.advance(301_000);
    deepStrictEqual(emu.state.datastoreItems(FETCH_RATE), [], "TTL removes it");

    emu.faults.failNext("apps.datastore.get", "internal_error");
    const unread = await getItem(client, FETCH_RATE, "U05ONCALL01").catch((e) => e);
    ok(unread instanceof DatastoreReadError, String(unread));
    strictEqual(
      unread.message,
      'Could not read the fetch_rate datastore (Slack said "internal_error"); check the app has ' +
        "datastore:read and the datastore is deployed.",
    );
    emu.faults.failNext("apps.datastore.delete", "internal_error");
    const undeleted = await deleteItem(client, FETCH_RATE, "U05ONCALL01").catch((e) => e);
    ok(undeleted instanceof DatastoreWriteError, String(undeleted));
    ok(undeleted.message.includes('(Slack said "internal_error")'), undeleted.message);
  } finally {
    await emu.stop();
  }
});

Deno.test("getItem refuses an answer without an item", async () => {
  const answers = [{ ok: true }, { ok: true, item: "x" }, { ok: true, item: [] }];
  for (const answer of answers) {
    const client = {
      baseUrl: "http://127.0.0.1/",
      call: () => Promise.resolve(answer),
    };
    const error = await getItem(client, FETCH_RATE, "U05ONCALL01").catch((e) => e);
    ok(error instanceof DatastoreReadError, JSON.stringify(answer));
    ok(error.message.includes("the answer had no item"), error.message);
  }
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
    strictEqual(
      error.message,
      'Could not save to the debug_sessions datastore (Slack said "datastore_error"); check the ' +
        "app has datastore:write and the datastore is deployed.",
    );
  } finally {
    await emu.stop();
  }
});

Deno.test("queryAll follows next_cursor to the end, and refuses past its page bound", async () => {
  const emu = await startSlackEmulator({ datastores: [AuditEvents.definition] });
  try {
    const client = createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } });
    const ids = Array.from({ length: 2500 }, (_, i) => `e${String(i).padStart(4, "0")}`);
    for (let i = 0; i < ids.length; i += 25) {
      const items = ids.slice(i, i + 25).map((id, k) => ({
        ...event,
        id,
        actor: (i + k) % 5 === 0 ? "U05ONCALL02" : "U05ONCALL01",
      }));
      const put = await client.call("apps.datastore.bulkPut", { datastore: AUDIT_EVENTS, items });
      ok(put.ok, JSON.stringify(put));
    }
    const query = {
      expression: "#actor = :actor",
      expression_attributes: { "#actor": "actor" },
      expression_values: { ":actor": "U05ONCALL02" },
    };
    const found = await queryAll(client, AUDIT_EVENTS, query, 3);
    strictEqual(found.length, 500, "matches from all three pages of 1000");
    ok(found.every((item) => item.actor === "U05ONCALL02"));
    const bounded = await queryAll(client, AUDIT_EVENTS, query, 2).catch((e) => e);
    ok(bounded instanceof DatastoreReadError, String(bounded));
    ok(bounded.message.includes("more than 2000 items"), bounded.message);
    const refused = await queryAll(client, "nope", query, 3).catch((e) => e);
    ok(refused instanceof DatastoreReadError && refused.message.includes("datastore_error"));
  } finally {
    await emu.stop();
  }
});
