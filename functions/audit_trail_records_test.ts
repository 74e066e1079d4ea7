/**
 * The audit trail of one run as stored: who (a well-formed user id, else "invalid"), where (a
 * channel id, "" when none was given, else "invalid"), when (the run's start in epoch seconds,
 * kept by later writes), one item per run whose later writes keep earlier fields; a save that
 * fails never loses the person's error, and what it says about the failure is our own words.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createAuditTrail, describeAuditFailure } from "./audit_trail.ts";
import { DatastoreWriteError } from "../datastores/records.ts";
import { SlackApiError, type SlackClient } from "../slack/web_api.ts";

/** A client that keeps every datastore put; `failWith` makes the next puts answer that error. */
function recordingClient() {
  const puts: Record<string, unknown>[] = [];
  let failWith: string | undefined;
  let throwing = false;
  const client = {
    call: (method: string, args: Record<string, unknown> = {}) => {
      if (throwing) return Promise.reject(new TypeError("connection reset <secret-token-xyz>"));
      if (method !== "apps.datastore.put") return Promise.resolve({ ok: false, error: "unknown" });
      if (failWith) return Promise.resolve({ ok: false, error: failWith });
      strictEqual(args.datastore, "audit_events");
      puts.push(args.item as Record<string, unknown>);
      return Promise.resolve({ ok: true, item: args.item });
    },
  } as unknown as SlackClient;
  return {
    client,
    puts,
    fail: (error?: string) => (failWith = error),
    throwAll: () => (throwing = true),
  };
}

const NOW_MS = 1_800_000_123_999;

Deno.test("audit trail: actor and channel are recorded only when they are Slack ids, else invalid or none", async () => {
  const users: [unknown, string][] = [
    ["U0123ABCD", "U0123ABCD"],
    ["W0123ABCD", "W0123ABCD"],
    ["U12", "U12"],
    ["U1", "invalid"],
    ["u0123abcd", "invalid"],
    ["U0123ABCD ", "invalid"],
    ["<@U0123ABCD>", "invalid"],
    ["C0123ABCD", "invalid"],
    [42, "invalid"],
    [undefined, "invalid"],
    ["", "invalid"],
  ];
  const channels: [unknown, string][] = [
    ["C0123ABCD", "C0123ABCD"],
    ["G0123ABCD", "G0123ABCD"],
    ["D0123ABCD", "D0123ABCD"],
    [undefined, ""],
    ["", ""],
    ["general", "invalid"],
    ["<#C0123ABCD>", "invalid"],
    ["U0123ABCD", "invalid"],
    [7, "invalid"],
  ];
  for (const [user_id, actor] of users) {
    for (const [channel_id, channel] of channels) {
      const r = recordingClient();
      const trail = createAuditTrail(r.client, "fetch_logs", { user_id, channel_id }, () => NOW_MS);
      strictEqual(trail.actor, actor);
      await trail.write("started", "reading");
      deepStrictEqual(
        [r.puts[0].actor, r.puts[0].channel, r.puts[0].action],
        [actor, channel, "fetch_logs"],
        JSON.stringify({ user_id, channel_id }),
      );
    }
  }
  for (const raw of [null, undefined, "U0123ABCD", 5]) {
    const r = recordingClient();
    await createAuditTrail(r.client, "scrub_text", raw, () => NOW_MS).write("refused", "x");
    deepStrictEqual([r.puts[0].actor, r.puts[0].channel], ["invalid", ""], String(raw));
  }
});

Deno.test("audit trail: one item per run, its start time kept, later writes keep earlier fields and replace the outcome", async () => {
  const r = recordingClient();
  let now = NOW_MS;
  const trail = createAuditTrail(r.client, "fetch_logs", { user_id: "U0123ABCD" }, () => now);
  strictEqual(trail.at, 1_800_000_123);
  now += 90_000;
  await trail.write("started", "reading", { service: "checkout", environment: "production" });
  ok(await trail.succeeded("done", { window: "15m" }));
  deepStrictEqual(r.puts.map((p) => [p.outcome, p.detail]), [["started", "reading"], [
    "success",
    "done",
  ]]);
  strictEqual(r.puts[0].id, r.puts[1].id, "the same item");
  ok(/^[0-9a-f-]{36}$/.test(String(r.puts[0].id)));
  deepStrictEqual(r.puts[1], {
    id: r.puts[0].id,
    target: "",
    service: "checkout",
    environment: "production",
    window: "15m",
    actor: "U0123ABCD",
    action: "fetch_logs",
    channel: "",
    at: 1_800_000_123,
    outcome: "success",
    detail: "done",
  });
  const other = createAuditTrail(r.client, "fetch_logs", { user_id: "U0123ABCD" }, () => now);
  await other.write("started", "x");
  ok(r.puts[2].id !== r.puts[0].id, "another run is another item");
  const withTarget = recordingClient();
  await createAuditTrail(withTarget.client, "manage_access", {}, () => now)
    .refused("denied", "no", { target: "U0999ZZZZ" });
  strictEqual(withTarget.puts[0].target, "U0999ZZZZ");
});

Deno.test("audit trail: refused and failed return the person's error even when the save fails; succeeded says false", async () => {
  for (const breakIt of ["refuses", "throws", "works"] as const) {
    const r = recordingClient();
    if (breakIt === "refuses") r.fail("datastore_error");
    if (breakIt === "throws") r.throwAll();
    const trail = createAuditTrail(r.client, "post_debug_report", { user_id: "U0123ABCD" });
    deepStrictEqual(await trail.refused("no_role", "You need a role."), {
      error: "You need a role.",
    });
    deepStrictEqual(await trail.failed("source_down", "The source failed."), {
      error: "The source failed.",
    });
    strictEqual(await trail.succeeded("posted"), breakIt === "works", breakIt);
    if (breakIt === "works") {
      deepStrictEqual(r.puts.map((p) => p.outcome), ["refused", "failure", "success"]);
    } else {
      strictEqual(r.puts.length, 0);
      let thrown: unknown;
      try {
        await trail.write("started", "x");
      } catch (error) {
        thrown = error;
      }
      ok(thrown instanceof Error, `write throws when the save ${breakIt}`);
      if (breakIt === "refuses") ok(thrown instanceof DatastoreWriteError);
    }
  }
});

Deno.test("audit trail: a save failure is described in our own words, never an unknown error's text", () => {
  const write = new DatastoreWriteError("audit_events", "datastore_error");
  strictEqual(describeAuditFailure(write), write.message);
  const api = new SlackApiError("Slack could not be reached (timeout).", "timeout", "x");
  strictEqual(describeAuditFailure(api), "Slack could not be reached (timeout).");
  for (const other of [new TypeError("token xoxb-123-secret"), "xoxb-123-secret", undefined]) {
    const said = describeAuditFailure(other);
    ok(!said.includes("xoxb"), said);
    strictEqual(
      said,
      "An unexpected internal error stopped the audit trail. Try again; if it persists, tell an admin.",
    );
  }
});
