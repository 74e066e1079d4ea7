import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createHmac } from "node:crypto";
import { SlackFunctionTester } from "deno-slack-sdk";
import { SAMPLE_SOURCES_CONFIG as sourcesConfig } from "../../devkit/sample_logs/source.ts";
import { EXCERPT_LIMITS, utf8Length } from "../../core/excerpt.ts";
import { DATASTORES } from "../../datastores/mod.ts";
import { startSampleLogService } from "../../devkit/sample_logs/mod.ts";
import {
  type SlackEmulator,
  type SlackEmulatorOptions,
  startSlackEmulator,
} from "../../devkit/slack_emulator/mod.ts";
import { createSlackClient } from "../../slack/web_api.ts";
import { APP_POLICY } from "../app_scrubber.ts";
import { deliveryRefusal } from "../channel_delivery.ts";
import { withSafeResult } from "../safe_result.ts";
import { FetchLogsFunction } from "./definition.ts";
import { createFetchLogsHandler } from "./fetch_logs.ts";
import handler from "./handler.ts";

const { createContext } = SlackFunctionTester(FetchLogsFunction);

const AWS_KEY = "AKIAQ3EGUSBKHZXWJ4PN";
const GITHUB_PAT = "ghp_R8kLm2Xq9TzW4vB7nC1sD5fG3hJ6kL0pQ2wE";
const STRIPE_KEY = "sk_live_nUUgU947zV86RXZOokLM5rTM";
const EMAIL = "jane.doe@example.com";
const TOKEN = "test-log-token-7f3a";
const ONCALL = "U05ONCALL01";
const OTHER = "U05ONCALL02";
const DEBUG_CHANNEL = "C05PRODDBG1";
const AUDIT_HASH_KEY = "audit-hash-key-for-tests-0123456789abcdef";

interface FakeItem {
  timestamp: string;
  level: string;
  message: string;
  attributes: Record<string, string>;
}

interface Rig {
  emu: SlackEmulator;
  env: Record<string, string>;
  /** Every request the log API received. */
  requests: URL[];
  /** The fetch_logs handler as deployed (safe result), on a clock fixed at `now`. */
  fetchAt(
    now: number,
  ): (inputs: Record<string, unknown>, env?: Record<string, string>) => ReturnType<
    typeof handler
  >;
  audits(): Record<string, unknown>[];
}

/**
 * A loopback log API in the sample service's wire format (devkit/sample_logs/source.ts), answering
 * `items` from `respond` (or a status of its own), and the Slack emulator with the app's
 * datastores: fetch_logs needs both (it writes the audit trail).
 */
async function withRig(
  respond: (url: URL) => Response | FakeItem[],
  test: (rig: Rig) => Promise<void>,
  emulator: SlackEmulatorOptions = {},
): Promise<void> {
  const requests: URL[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const url = new URL(req.url);
    requests.push(url);
    if (req.headers.get("authorization") !== `Bearer ${TOKEN}`) {
      return new Response("unauthorized", { status: 401 });
    }
    const answer = respond(url);
    return answer instanceof Response
      ? answer
      : Response.json({ items: answer, next_cursor: null });
  });
  const emu = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
    ...emulator,
  });
  const env = {
    SAMPLE_LOGS_URL: `http://127.0.0.1:${server.addr.port}`,
    SAMPLE_LOGS_TOKEN: TOKEN,
    SLACK_API_URL: emu.url,
    DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
    // The requesters are bootstrap admins; functions/access/access_test.ts checks roles.
    ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
  };
  const fetchAt = (now: number) => {
    const fixed = withSafeResult(
      createFetchLogsHandler(sourcesConfig, APP_POLICY, () => now),
    );
    return (inputs: Record<string, unknown>, extra: Record<string, string> = {}) =>
      fixed(createContext({
        // deno-lint-ignore no-explicit-any
        inputs: inputs as any,
        env: { ...env, ...extra },
        token: emu.botToken,
      }));
  };
  try {
    await test({
      emu,
      env,
      requests,
      fetchAt,
      audits: () => emu.state.datastoreItems("audit_events"),
    });
  } finally {
    await emu.stop();
    await server.shutdown();
  }
}

/** The default export, as Slack's runtime calls it. */
function run(rig: Rig, inputs: Record<string, unknown>, env: Record<string, string> = {}) {
  return handler(createContext({
    // deno-lint-ignore no-explicit-any
    inputs: inputs as any,
    env: { ...rig.env, ...env },
    token: rig.emu.botToken,
  }));
}

function item(
  secondsAgo: number,
  message: string,
  attributes: Record<string, string> = {},
  now = Date.now(),
): FakeItem {
  return {
    timestamp: new Date(now - secondsAgo * 1000).toISOString(),
    level: "error",
    message,
    attributes: { host: "checkout-1", ...attributes },
  };
}

const inputs = { service: "checkout", environment: "production", window: "15m", user_id: ONCALL };

Deno.test("fetch_logs scrubs messages and attributes before returning them, and audits the fetch", async () => {
  await withRig(
    () => [
      item(10, `upload failed with key ${AWS_KEY}`, { trace_id: GITHUB_PAT }),
      item(20, "cache warm"),
    ],
    async (rig) => {
      const result = await run(rig, inputs, { AUDIT_HASH_KEY });
      strictEqual(result.error, undefined);
      const outputs = result.outputs!;
      const text = outputs.excerpt.join("\n");
      ok(!text.includes(AWS_KEY) && !text.includes(GITHUB_PAT), text);
      ok(text.includes("upload failed with key [REDACTED:aws-access-key-id]"), text);
      const lines = text.split("\n");
      ok(lines[0].endsWith(" ERROR cache warm host=checkout-1"), "oldest line first");
      strictEqual(outputs.line_count, 2);
      strictEqual(outputs.lines_read, 2);
      strictEqual(outputs.lines_matched, 2);
      strictEqual(outputs.lines_out_of_window, 0);
      strictEqual(outputs.filtered, false);
      strictEqual(outputs.read_stopped_by, "");
      strictEqual(outputs.truncated, false);
      const counts = JSON.parse(outputs.masked_counts);
      strictEqual(counts["aws-access-key-id"], 1);
      ok(Object.values<number>(counts).reduce((a, b) => a + b) >= 2, "the attribute counted");
      ok(outputs.masked_summary.includes("1 AWS access key ID"), outputs.masked_summary);
      strictEqual(outputs.source, "sample");
      const span = Date.parse(outputs.window_end) - Date.parse(outputs.window_start);
      strictEqual(span, 15 * 60_000);
      strictEqual(rig.requests[0].searchParams.get("service"), "checkout");

      const [event] = rig.audits();
      deepStrictEqual(event, {
        id: event.id,
        actor: ONCALL,
        action: "fetch_logs",
        target: "sample",
        channel: "",
        at: event.at,
        outcome: "success",
        detail: "read",
        service: "checkout",
        environment: "production",
        window: "15m",
        window_start: Math.floor(Date.parse(outputs.window_start) / 1000),
        window_end: Math.floor(Date.parse(outputs.window_end) / 1000),
        filter_given: false,
        lines_read: 2,
        lines_matched: 2,
        lines_shown: 2,
      });
    },
  );
});

Deno.test("fetch_logs reads the sample log service and masks what it seeds", async () => {
  const logs = await startSampleLogService();
  const emu = await startSlackEmulator({ datastores: DATASTORES.map((d) => d.definition) });
  try {
    const result = await handler(createContext({
      inputs: { ...inputs, service: logs.services[0], window: "1h", max_lines: 50 },
      env: {
        SAMPLE_LOGS_URL: logs.url,
        SAMPLE_LOGS_TOKEN: logs.token,
        SLACK_API_URL: emu.url,
        ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
      },
      token: emu.botToken,
    }));
    strictEqual(result.error, undefined);
    const { excerpt, line_count, masked_counts } = result.outputs!;
    strictEqual(line_count, 50);
    ok(excerpt.length >= 1 && excerpt.length <= EXCERPT_LIMITS.maxChunks);
    for (const chunk of excerpt) {
      ok(chunk.length <= EXCERPT_LIMITS.maxChunkChars);
      ok(utf8Length(chunk) <= EXCERPT_LIMITS.maxChunkBytes);
    }
    ok(Object.keys(JSON.parse(masked_counts)).length > 0, "the seeded values were found");
    ok(!excerpt.join("\n").includes(logs.token));
  } finally {
    await emu.stop();
    await logs.stop();
  }
});

Deno.test("fetch_logs: bad inputs give a clear error, never a crash, and are audited as refused", async () => {
  await withRig(() => [item(1, "x")], async (rig) => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...inputs, service: "nope" }, /Unknown service "nope".*known: checkout/],
      [{ ...inputs, environment: "qa" }, /Unknown environment/],
      [{ ...inputs, window: "3 fortnights" }, /time window/i],
      [{ ...inputs, window: "30d" }, /(longer|at most|max)/i],
      [{ ...inputs, window: "2026-11-29T10:00:00Z/2026-11-29T09:00:00Z" }, /time window/i],
      [{ ...inputs, max_lines: 0 }, /^The line limit must be/],
      [{ ...inputs, source: "elsewhere" }, /Unknown log source/],
      [{ environment: "production", window: "15m", user_id: ONCALL }, /^Choose a service\./],
      [{ ...inputs, user_id: undefined }, /requester/i],
      [{ ...inputs, filter: "two\tparts" }, /control characters/],
      [{ ...inputs, delivery: "channel" }, /channel/i],
      [{ ...inputs, delivery: "everyone" }, /^The delivery must be “ephemeral” or “channel”\.$/],
      [
        { ...inputs, delivery: "channel", channel_id: "#prod-debug" },
        /^The channel must be a Slack channel id\.$/,
      ],
      [{ ...inputs, delivery: "channel", channel_id: 7 }, /^Choose a channel\.$/],
      [{ ...inputs, delivery: 5 }, /^The delivery must be “ephemeral” or “channel”\.$/],
      [
        { ...inputs, excerpt_mode: "all" },
        /^The “Excerpt shows” input must be “newest” or “patterns”\./,
      ],
    ];
    for (const [given, expected] of cases) {
      const result = await run(rig, given);
      strictEqual(result.outputs, undefined, JSON.stringify(given));
      ok(expected.test(result.error!), `${JSON.stringify(given)} → ${result.error}`);
    }
    const events = rig.audits();
    strictEqual(events.length, cases.length, "every run is audited");
    ok(events.every((event) => event.outcome === "refused" || event.outcome === "failure"));
    const details = events.map((event) => event.detail);
    ok(details.filter((detail) => detail === "invalid_inputs").length >= 4, `${details}`);
    strictEqual(details.filter((detail) => detail === "source:config").length, 3, `${details}`);
    strictEqual(rig.requests.length, 0, "none of these reached the log source");
    ok(rig.audits().some((event) => event.actor === "invalid"), "a missing requester is recorded");
  });
});

Deno.test("fetch_logs: an empty window is an error that says what to try", async () => {
  await withRig(() => [], async (rig) => {
    const result = await run(rig, { ...inputs, filter: `password=${GITHUB_PAT}` });
    ok(/^No log lines for checkout \(production\) between .*\./.test(result.error!), result.error);
    ok(/Widen the window/.test(result.error!));
    ok(!result.error!.includes(GITHUB_PAT), "the filter is never echoed");
    const [event] = rig.audits();
    strictEqual(event.detail, "no_lines");
    strictEqual(event.lines_read, 0);
  });
});

Deno.test("fetch_logs: a source that is down or refuses gives an error without secrets", async () => {
  await withRig(
    () => new Response(`overloaded; upstream key ${AWS_KEY}`, { status: 503 }),
    async (rig) => {
      const result = await run(rig, inputs);
      ok(/^Could not read the logs: /.test(result.error!), result.error);
      ok(!result.error!.includes(AWS_KEY) && !result.error!.includes(TOKEN), result.error);
      deepStrictEqual(
        rig.audits().map((event) => [event.outcome, event.detail]),
        [["failure", "source:unavailable"]],
      );
    },
  );
  await withRig(() => [], async (rig) => {
    const result = await run(rig, inputs, { SAMPLE_LOGS_TOKEN: "wrong-token-value" });
    ok(/^Could not read the logs: /.test(result.error!), result.error);
    ok(!result.error!.includes("wrong-token-value"), result.error);

    const closed = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const port = (closed.addr as Deno.NetAddr).port;
    closed.close();
    const down = await run(rig, inputs, { SAMPLE_LOGS_URL: `http://127.0.0.1:${port}` });
    ok(/^Could not read the logs: /.test(down.error!), down.error);
    // Without SAMPLE_LOGS_URL the sample source is not read at all (sources_read_test.ts).
    const asked = rig.requests.length;
    await run(rig, inputs, { SAMPLE_LOGS_URL: "" });
    strictEqual(rig.requests.length, asked);
  });
});

Deno.test("fetch_logs: a huge line is cut visibly, and many lines stay within the chunk limits", async () => {
  await withRig(
    () => [
      item(1, `${"y".repeat(8000)} ${AWS_KEY}`),
      ...Array.from({ length: 400 }, (_, i) => item(2 + i, `line ${i} ${"z".repeat(400)}`)),
    ],
    async (rig) => {
      const result = await run(rig, inputs);
      const { excerpt, truncated, line_count } = result.outputs!;
      ok(excerpt.length <= EXCERPT_LIMITS.maxChunks);
      ok(excerpt.every((chunk) => chunk.length <= EXCERPT_LIMITS.maxChunkChars));
      ok(excerpt.at(-1)!.endsWith("…[cut]"), "the newest (huge) line is cut");
      ok(!excerpt.join("").includes(AWS_KEY));
      strictEqual(truncated, true, "older lines were left out");
      ok(line_count > 100 && line_count < 401, `${line_count} lines`);
    },
  );
});

Deno.test("fetch_logs: a newest line too long to show even alone is said, not called a miss", async () => {
  const trace = Array.from(
    { length: 2200 },
    (_, i) => `    at com.example.checkout.PaymentHandler.frame${i} (PaymentHandler.java:${i})`,
  ).join("\n");
  await withRig(
    () => [item(1, `boom\n${trace}`), item(2, "before the crash")],
    async (rig) => {
      const result = await run(rig, inputs);
      strictEqual(result.outputs, undefined);
      ok(result.error?.startsWith("The newest line for checkout (production)"), result.error);
      ok(result.error?.includes("too long to show even alone"), result.error);
      strictEqual(rig.audits()[0].detail, "line_too_long");
    },
  );
  // Larger than the source's byte budget on its own: nothing could be read at all.
  await withRig(
    () => [item(1, `boom\n${trace}\n${trace}`), item(2, "before the crash")],
    async (rig) => {
      const result = await run(rig, inputs);
      ok(result.error?.startsWith("No log lines for checkout (production)"), result.error);
      ok(result.error?.includes("could be read. The read stopped at the size limit"), result.error);
      ok(!result.error?.includes("Widen"), "no advice that contradicts the reason");
    },
  );
});

Deno.test("fetch_logs: lines left out to fit Slack make the result truncated, even when every line was read", async () => {
  // 280 lines of ~420 bytes: within the source's 300 lines and 200 kB, beyond 40 chunks.
  await withRig(
    () => Array.from({ length: 280 }, (_, i) => item(1 + i, `line ${i} ${"z".repeat(400)}`)),
    async (rig) => {
      const outputs = (await run(rig, inputs)).outputs!;
      strictEqual(outputs.lines_read, 280);
      strictEqual(outputs.read_stopped_by, "", "the source read the whole window");
      strictEqual(outputs.lines_matched, 280);
      ok(outputs.line_count < 280, `${outputs.line_count} shown`);
      strictEqual(outputs.truncated, true, "the lines left out are reported");
    },
  );
});

Deno.test("fetch_logs: the read stopping at the line limit is said, and lines beyond it are not searched", async () => {
  await withRig(
    () => Array.from({ length: 400 }, (_, i) => item(1 + i, `request ${i} done`)),
    async (rig) => {
      const outputs = (await run(rig, { ...inputs, max_lines: 20 })).outputs!;
      strictEqual(outputs.lines_read, 20);
      strictEqual(outputs.line_count, 20);
      strictEqual(outputs.read_stopped_by, "line_limit");
      strictEqual(outputs.truncated, true);
      const missed = await run(rig, { ...inputs, max_lines: 20, filter: "request 300 " });
      ok(missed.error?.startsWith("None of the 20 lines read for checkout"), missed.error);
      ok(missed.error?.includes("The read stopped at the line limit"), missed.error);
      ok(
        missed.error?.includes("some lines of the window were not read (nor searched)"),
        missed.error,
      );
    },
  );
});

/**
 * The oracle the filter used to be: a backend matched it against RAW lines, so "lines came back"
 * versus "no lines matching the filter" told a person, one character at a time, what a masked
 * value was. Now every answer depends only on the masked lines.
 */
Deno.test("fetch_logs: a filter matching only a masked value answers exactly like one matching nothing", async () => {
  const now = Date.parse("2026-11-29T10:30:00.000Z");
  const logs = [
    item(10, `charge failed for customer key=${STRIPE_KEY} amount=100`, {}, now),
    item(20, `password reset sent to ${EMAIL}`, {}, now),
    item(30, "timeout talking to ledger-db", {}, now),
    item(40, "cache warm", {}, now),
  ];
  await withRig(() => logs, async (rig) => {
    const fetch = rig.fetchAt(now);
    const env = { FETCH_RATE_PER_MINUTE: "1000", AUDIT_HASH_KEY };
    const nothing = await fetch({ ...inputs, filter: "zq-no-such-text" }, env);
    ok(nothing.error?.startsWith("None of the 4 lines read for checkout"), nothing.error);
    const rawOnly = [
      STRIPE_KEY,
      STRIPE_KEY.slice(0, 12),
      `key=${STRIPE_KEY.slice(0, 10)}`,
      EMAIL,
      "JANE.DOE@",
      "jane.doe",
    ];
    for (const filter of rawOnly) {
      deepStrictEqual(await fetch({ ...inputs, filter }, env), nothing, filter);
    }
    // The audit trail records the same for each (apart from the keyed hash of the filter).
    const events = rig.audits().map(({ id: _id, filter_hmac: _hmac, ...rest }) => rest);
    strictEqual(events.length, rawOnly.length + 1);
    for (const event of events) deepStrictEqual(event, events[0]);
    strictEqual(events[0].lines_matched, 0);
    for (const url of rig.requests) {
      ok(!url.href.includes("sk_live") && !url.href.includes("jane"), "the filter never left");
    }

    // The attack: extend the known prefix by one character, trying each, watching the answers.
    // Every candidate (the right one among them) gets the same answer, so the attacker cannot
    // tell which one extends the key, and the next character cannot be tried either.
    const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const known = "sk_live_";
    ok(alphabet.includes(STRIPE_KEY[known.length]), "the right candidate is among those tried");
    const answers = new Set<string>();
    for (const candidate of alphabet) {
      answers.add(JSON.stringify(await fetch({ ...inputs, filter: known + candidate }, env)));
    }
    deepStrictEqual([...answers], [JSON.stringify(nothing)], "the answers tell candidates apart");

    // A filter on what is shown still works: the placeholder, in any case.
    const found = await fetch({ ...inputs, filter: "[redacted:stripe-secret-key]" }, env);
    strictEqual(found.error, undefined, found.error);
    strictEqual(found.outputs!.line_count, 1);
    strictEqual(found.outputs!.lines_matched, 1);
    strictEqual(found.outputs!.lines_read, 4);
    strictEqual(found.outputs!.filtered, true);
    ok(found.outputs!.excerpt[0].includes("key=[REDACTED:stripe-secret-key] amount=100"));
    const timeouts = await fetch({ ...inputs, filter: "TIMEOUT talking" }, env);
    strictEqual(timeouts.outputs!.line_count, 1);
  });
});

Deno.test("fetch_logs: the filter is audited only as an HMAC keyed with AUDIT_HASH_KEY", async () => {
  await withRig(() => [item(5, "timeout talking to ledger-db")], async (rig) => {
    const filter = "timeout";
    strictEqual((await run(rig, { ...inputs, filter }, { AUDIT_HASH_KEY })).error, undefined);
    strictEqual((await run(rig, { ...inputs, filter })).error, undefined);
    strictEqual((await run(rig, inputs, { AUDIT_HASH_KEY })).error, undefined);
    const events = rig.audits().sort((a, b) =>
      Number(b.filter_given) - Number(a.filter_given) ||
      String(b.filter_hmac ?? "").localeCompare(String(a.filter_hmac ?? ""))
    );
    deepStrictEqual(events.map((event) => [event.filter_given, event.filter_hmac]), [
      [true, createHmac("sha256", AUDIT_HASH_KEY).update(filter).digest("hex")],
      [true, undefined],
      [false, undefined],
    ]);
    ok(!JSON.stringify(events).includes('"timeout"'), "the filter text is never stored");
    const short = await run(rig, { ...inputs, filter }, { AUDIT_HASH_KEY: "short" });
    ok(short.error?.includes("AUDIT_HASH_KEY must be"), short.error);
  });
});

Deno.test("fetch_logs fails closed when its audit event cannot be saved", async () => {
  // No audit_events datastore (the rate limit's fetch_rate is there, and is written first).
  const withoutAuditEvents = DATASTORES.map((datastore) => datastore.definition)
    .filter((definition) => definition.name !== "audit_events");
  await withRig(() => [item(5, `upload failed with key ${AWS_KEY}`)], async (rig) => {
    const before = await run(rig, inputs);
    strictEqual(before.outputs, undefined);
    ok(before.error?.includes("nothing was read"), before.error);
    ok(before.error?.includes("audit_events"), before.error);
    strictEqual(rig.requests.length, 0, "the source was never asked");
  }, { datastores: withoutAuditEvents });
  await withRig(
    () => [item(5, "cache warm")],
    async (rig) => {
      // The log API answers, then the final audit write fails.
      const original = rig.requests.push.bind(rig.requests);
      rig.requests.push = (...urls: URL[]) => {
        rig.emu.faults.failNext("apps.datastore.put", "datastore_error");
        return original(...urls);
      };
      const after = await run(rig, inputs);
      strictEqual(after.outputs, undefined);
      ok(after.error?.includes("nothing is returned"), after.error);
      strictEqual(rig.requests.length, 1);
      strictEqual(rig.audits()[0].outcome, "started", "the fetch is on record as started");
    },
  );
});

/** One line, 5 s before the end of the window asked for (the handler's clock is fixed). */
function oneLineBeforeEnd(url: URL): FakeItem[] {
  return [item(5, "cache warm", {}, Date.parse(url.searchParams.get("end")!))];
}

/**
 * A whole second near the emulator's clock: the handler runs on it, and the emulator drops
 * fetch_rate items whose TTL (a few minutes after the handler's now) is past its own clock.
 */
function emulatorSecond(rig: Rig): number {
  return Math.floor(rig.emu.clock.now() / 1000) * 1000;
}

Deno.test("fetch_logs limits each person's fetches per minute, one fetch_rate item each", async () => {
  await withRig(oneLineBeforeEnd, async (rig) => {
    const t0 = emulatorSecond(rig);
    const env = { FETCH_RATE_PER_MINUTE: "3" };
    for (let i = 0; i < 3; i++) {
      strictEqual((await rig.fetchAt(t0 + i * 1000)(inputs, env)).error, undefined);
    }
    const limited = await rig.fetchAt(t0 + 10_000)(inputs, env);
    strictEqual(limited.outputs, undefined);
    strictEqual(
      limited.error,
      "You have fetched logs 3 times in the last minute; the limit is 3 per minute. Try again " +
        "in 50 seconds.",
    );
    strictEqual(rig.requests.length, 3, "a refused fetch reads nothing");
    // Refusals do not count: the wait shrinks as the first fetch ages.
    const later = await rig.fetchAt(t0 + 59_000)(inputs, env);
    ok(later.error?.endsWith("Try again in 1 second."), later.error);
    strictEqual((await rig.fetchAt(t0 + 60_000)(inputs, env)).error, undefined);
    // The window slid past the first fetch only: the second is now the oldest that counts.
    const slid = await rig.fetchAt(t0 + 60_000)(inputs, env);
    ok(slid.error?.endsWith("Try again in 1 second."), slid.error);
    // Another person's fetches are theirs: the first person's full window does not count.
    strictEqual(
      (await rig.fetchAt(t0 + 60_000)({ ...inputs, user_id: OTHER }, env)).error,
      undefined,
    );
    strictEqual(
      rig.audits().filter((event) => event.detail === "rate_limited" && event.outcome === "refused")
        .length,
      3,
    );
    const t = t0 / 1000;
    deepStrictEqual(
      rig.emu.state.datastoreItems("fetch_rate").sort((a, b) =>
        String(a.user_id).localeCompare(String(b.user_id))
      ),
      [
        { user_id: ONCALL, started_at: [t + 1, t + 2, t + 60], expires_at: t + 60 + 300 },
        { user_id: OTHER, started_at: [t + 60], expires_at: t + 60 + 300 },
      ],
      "only the window's starts are kept, at most the limit",
    );

    const bad = await rig.fetchAt(t0)(inputs, { FETCH_RATE_PER_MINUTE: "ten" });
    ok(bad.error?.startsWith("FETCH_RATE_PER_MINUTE must be a whole number"), bad.error);
  });
});

Deno.test("fetch_logs refuses when it cannot read or write the person's fetch_rate item", async () => {
  await withRig(oneLineBeforeEnd, async (rig) => {
    const t0 = emulatorSecond(rig);
    rig.emu.faults.failNext("apps.datastore.get", "internal_error");
    const unread = await rig.fetchAt(t0)(inputs);
    strictEqual(unread.outputs, undefined);
    strictEqual(
      unread.error,
      "Could not check how often you fetched logs: Could not read the fetch_rate datastore (Slack " +
        'said "internal_error"); check the app has datastore:read and the datastore is deployed. ' +
        "Nothing was read.",
    );
    rig.emu.faults.failNext("apps.datastore.put", "internal_error");
    const unwritten = await rig.fetchAt(t0)(inputs);
    strictEqual(
      unwritten.error,
      "Could not check how often you fetched logs: Could not save to the fetch_rate datastore " +
        '(Slack said "internal_error"); check the app has datastore:write and the datastore is ' +
        "deployed. Nothing was read.",
    );
    strictEqual(rig.requests.length, 0, "no source was asked");
    deepStrictEqual(
      rig.audits().map((event) => `${event.outcome} ${event.detail}`),
      ["refused rate_unknown", "refused rate_unknown"],
    );
    strictEqual((await rig.fetchAt(t0)(inputs)).error, undefined, "works once the store does");
  });
});

Deno.test("fetch_logs refuses once on a fetch_rate item it cannot read, and clears it", async () => {
  await withRig(oneLineBeforeEnd, async (rig) => {
    const t0 = emulatorSecond(rig);
    const t = t0 / 1000;
    const client = createSlackClient({ token: rig.emu.botToken, env: rig.env });
    const malformed = [
      { user_id: ONCALL, started_at: JSON.stringify([t - 5]), expires_at: t + 300 },
      { user_id: ONCALL, started_at: [t - 5, "soon"], expires_at: t + 300 },
      { user_id: ONCALL, started_at: [t - 0.5], expires_at: t + 300 },
      { user_id: ONCALL, started_at: Array(1001).fill(t - 5), expires_at: t + 300 },
      { user_id: ONCALL, started_at: [t + 3600], expires_at: t + 300 },
      { user_id: ONCALL, expires_at: t + 300 },
    ];
    for (const [i, item] of malformed.entries()) {
      const put = await client.call("apps.datastore.put", { datastore: "fetch_rate", item });
      ok(put.ok, JSON.stringify(put));
      const refused = await rig.fetchAt(t0 + i * 1000)(inputs, { FETCH_RATE_PER_MINUTE: "1" });
      strictEqual(
        refused.error,
        "Your record of recent fetches could not be read, so this fetch was refused and the " +
          "record was cleared. Nothing was read. Try again; if this happens again, tell an admin " +
          "(the fetch_rate datastore holds items this version of the app cannot read).",
        JSON.stringify(item).slice(0, 80),
      );
      deepStrictEqual(rig.emu.state.datastoreItems("fetch_rate"), [], "the item was cleared");
    }
    strictEqual(rig.requests.length, 0, "no source was asked");
    strictEqual(
      rig.audits().filter((event) => event.detail === "rate_record_reset").length,
      malformed.length,
    );
    // Cleared, not locked: the next fetch starts a fresh window.
    strictEqual((await rig.fetchAt(t0 + 10_000)(inputs)).error, undefined);
    deepStrictEqual(rig.emu.state.datastoreItems("fetch_rate").map((item) => item.started_at), [
      [t + 10],
    ]);
  });
});

Deno.test("fetch_logs' rate limit costs the same few Slack calls however long the audit trail", async () => {
  const logFile = await Deno.makeTempFile({ prefix: "fetch_rate_calls_", suffix: ".jsonl" });
  try {
    await withRig(oneLineBeforeEnd, async (rig) => {
      const t0 = emulatorSecond(rig);
      let seen = 0;
      /** The Slack calls since the last look, as "method datastore". */
      const callsSince = async () => {
        const lines = (await Deno.readTextFile(logFile)).split("\n").filter(Boolean);
        const calls = lines.slice(seen).map((line) => {
          const { method, args } = JSON.parse(line);
          return `${method} ${args.datastore}`;
        });
        seen = lines.length;
        return calls;
      };
      const allowed = [
        "apps.datastore.get fetch_rate",
        "apps.datastore.put fetch_rate",
        "apps.datastore.put audit_events",
        "apps.datastore.put audit_events",
      ];
      const limited = ["apps.datastore.get fetch_rate", "apps.datastore.put audit_events"];
      const env = { FETCH_RATE_PER_MINUTE: "2" };

      strictEqual((await rig.fetchAt(t0)(inputs, env)).error, undefined);
      deepStrictEqual(await callsSince(), allowed, "with an empty audit trail");

      // 5,000 events of other people and actions, all within the window.
      const client = createSlackClient({ token: rig.emu.botToken, env: rig.env });
      for (let i = 0; i < 5000; i += 25) {
        const items = Array.from({ length: 25 }, (_, k) => ({
          id: `seed-${String(i + k).padStart(5, "0")}`,
          actor: (i + k) % 2 === 0 ? OTHER : "U05OUTSIDER",
          action: (i + k) % 3 === 0 ? "post_debug_report" : "fetch_logs",
          target: "sample",
          channel: "",
          at: t0 / 1000,
          outcome: "success",
          detail: "read",
        }));
        const put = await client.call("apps.datastore.bulkPut", {
          datastore: "audit_events",
          items,
        });
        ok(put.ok, JSON.stringify(put));
      }
      strictEqual(rig.audits().length, 5001);
      await callsSince();

      strictEqual((await rig.fetchAt(t0 + 1000)(inputs, env)).error, undefined);
      deepStrictEqual(await callsSince(), allowed, "with 5,000 audit events");
      ok((await rig.fetchAt(t0 + 2000)(inputs, env)).error?.includes("Try again in 58 seconds."));
      deepStrictEqual(await callsSince(), limited, "a refusal reads one item and records itself");
    }, { logFile });
  } finally {
    await Deno.remove(logFile);
  }
});

Deno.test("fetch_logs refuses channel delivery to a channel that is not allowed before reading anything", async () => {
  await withRig(() => [item(5, "cache warm")], async (rig) => {
    const elsewhere = await run(rig, { ...inputs, delivery: "channel", channel_id: "C05GENERAL1" });
    strictEqual(
      elsewhere.error,
      deliveryRefusal("channel", "C05GENERAL1", new Set([DEBUG_CHANNEL]))!.error,
      "the same words as post_debug_report",
    );
    const off = await run(
      rig,
      { ...inputs, delivery: "channel", channel_id: DEBUG_CHANNEL },
      { DEBUG_CHANNEL_IDS: "" },
    );
    ok(off.error?.includes("DEBUG_CHANNEL_IDS is not set"), off.error);
    const badSetting = await run(rig, inputs, { DEBUG_CHANNEL_IDS: "prod-debug" });
    ok(badSetting.error?.includes("DEBUG_CHANNEL_IDS must be"), badSetting.error);
    strictEqual(rig.requests.length, 0, "no source was asked");
    deepStrictEqual(
      rig.audits().map((event) => `${event.outcome} ${event.detail} ${event.channel}`).sort(),
      [
        "refused bad_settings ",
        `refused channel_delivery_off ${DEBUG_CHANNEL}`,
        "refused channel_not_allowed C05GENERAL1",
      ],
    );

    const allowed = await run(rig, { ...inputs, delivery: "channel", channel_id: DEBUG_CHANNEL });
    strictEqual(allowed.error, undefined, allowed.error);
    const ephemeral = await run(rig, {
      ...inputs,
      delivery: "ephemeral",
      channel_id: "C05GENERAL1",
    });
    strictEqual(ephemeral.error, undefined, ephemeral.error);
    strictEqual(rig.requests.length, 2);
  });
});
