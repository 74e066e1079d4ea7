import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import FetchRate from "../../datastores/fetch_rate.ts";
import { DatastoreReadError, DatastoreWriteError } from "../../datastores/records.ts";
import { startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { createSlackClient, SlackApiError } from "../../slack/web_api.ts";
import {
  checkFetchRate,
  decideFetch,
  describeRateFailure,
  RATE_RECORD_TTL_SECONDS,
  RATE_WINDOW_SECONDS,
  readStartTimes,
} from "./rate_limit.ts";
import { MAX_FETCH_RATE_PER_MINUTE } from "./settings.ts";

const NOW = 1_800_000_000;
const USER = "U05ONCALL01";

Deno.test("decideFetch allows below the limit and keeps only the window's starts, then now", () => {
  deepStrictEqual(decideFetch([], 3, NOW), { allowed: true, recent: 0, startedAt: [NOW] });
  deepStrictEqual(
    decideFetch([NOW - 5, NOW - 60, NOW - 3600, NOW - 20], 3, NOW),
    { allowed: true, recent: 2, startedAt: [NOW - 20, NOW - 5, NOW] },
    "a start exactly one window old no longer counts; the rest are sorted",
  );
});

Deno.test("decideFetch refuses at the limit until the oldest start that matters leaves the window", () => {
  deepStrictEqual(decideFetch([NOW - 10, NOW - 9, NOW - 8], 3, NOW), {
    allowed: false,
    recent: 3,
    retryAfterSeconds: 50,
  });
  deepStrictEqual(decideFetch([NOW - 59, NOW - 1, NOW - 2], 3, NOW), {
    allowed: false,
    recent: 3,
    retryAfterSeconds: 1,
  });
  // The limit was lowered while five starts were in the window: the third newest frees a slot.
  deepStrictEqual(
    decideFetch([NOW - 50, NOW - 40, NOW - 30, NOW - 20, NOW - 10], 3, NOW),
    { allowed: false, recent: 5, retryAfterSeconds: 30 },
  );
  // Starts in the near future (another host's clock) wait at most one window.
  deepStrictEqual(decideFetch([NOW + 30], 1, NOW), {
    allowed: false,
    recent: 1,
    retryAfterSeconds: RATE_WINDOW_SECONDS,
  });
});

Deno.test("readStartTimes reads a person's own bounded list of whole seconds, nothing else", () => {
  deepStrictEqual(readStartTimes(undefined, USER, NOW), []);
  deepStrictEqual(
    readStartTimes({ user_id: USER, started_at: [NOW - 2, NOW - 9], expires_at: NOW }, USER, NOW),
    [NOW - 2, NOW - 9],
  );
  const full = Array(MAX_FETCH_RATE_PER_MINUTE).fill(NOW - 1);
  deepStrictEqual(readStartTimes({ user_id: USER, started_at: full }, USER, NOW), full);
  const unreadable: Record<string, unknown>[] = [
    { started_at: [NOW] },
    { user_id: "U05ONCALL02", started_at: [NOW] },
    { user_id: USER },
    { user_id: USER, started_at: `[${NOW}]` },
    { user_id: USER, started_at: [String(NOW)] },
    { user_id: USER, started_at: [NOW - 0.5] },
    { user_id: USER, started_at: [-1] },
    { user_id: USER, started_at: [Number.NaN] },
    { user_id: USER, started_at: [...full, NOW] },
    { user_id: USER, started_at: [NOW + RATE_WINDOW_SECONDS + 1] },
  ];
  for (const item of unreadable) {
    strictEqual(readStartTimes(item, USER, NOW), undefined, JSON.stringify(item).slice(0, 80));
  }
});

Deno.test("checkFetchRate records allowed fetches, writes nothing when limited, clears an unreadable item", async () => {
  const emu = await startSlackEmulator({ logFile: false, datastores: [FetchRate.definition] });
  try {
    const client = createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } });
    const now = Math.floor(emu.clock.now() / 1000);
    deepStrictEqual(await checkFetchRate(client, USER, 2, now), { kind: "allowed", recent: 0 });
    deepStrictEqual(await checkFetchRate(client, USER, 2, now + 1), {
      kind: "allowed",
      recent: 1,
    });
    deepStrictEqual(emu.state.datastoreItems("fetch_rate"), [
      { user_id: USER, started_at: [now, now + 1], expires_at: now + 1 + RATE_RECORD_TTL_SECONDS },
    ]);
    // A refusal writes nothing: a put would fail here.
    emu.faults.failNext("apps.datastore.put", "internal_error");
    deepStrictEqual(await checkFetchRate(client, USER, 2, now + 2), {
      kind: "limited",
      recent: 2,
      retryAfterSeconds: 58,
    });
    emu.faults.clear();

    const put = await client.call("apps.datastore.put", {
      datastore: "fetch_rate",
      item: { user_id: USER, started_at: "oops", expires_at: now + 60 },
    });
    ok(put.ok);
    deepStrictEqual(await checkFetchRate(client, USER, 2, now + 3), { kind: "reset" });
    deepStrictEqual(emu.state.datastoreItems("fetch_rate"), []);

    emu.faults.failNext("apps.datastore.get", "internal_error");
    const unread = await checkFetchRate(client, USER, 2, now).catch((e) => e);
    ok(unread instanceof DatastoreReadError, String(unread));
    emu.faults.failNext("apps.datastore.put", "internal_error");
    const unwritten = await checkFetchRate(client, USER, 2, now).catch((e) => e);
    ok(unwritten instanceof DatastoreWriteError, String(unwritten));
    deepStrictEqual(emu.state.datastoreItems("fetch_rate"), [], "a failed write records nothing");

    // The TTL collects a person who stopped fetching.
    deepStrictEqual(await checkFetchRate(client, USER, 2, now), { kind: "allowed", recent: 0 });
    await emu.clock.advance((RATE_RECORD_TTL_SECONDS + 1) * 1000);
    deepStrictEqual(emu.state.datastoreItems("fetch_rate"), []);
  } finally {
    await emu.stop();
  }
});

Deno.test("describeRateFailure shows only the app's own messages", () => {
  const read = new DatastoreReadError("fetch_rate", 'Slack said "internal_error"');
  strictEqual(describeRateFailure(read), read.message);
  const api = new SlackApiError("Slack did not answer in time.", "timeout", "apps.datastore.get");
  strictEqual(describeRateFailure(api), api.message);
  const other = describeRateFailure(new Error("xoxb-secret-token in a stack"));
  ok(!other.includes("xoxb") && other.includes("tell an admin"), other);
});
