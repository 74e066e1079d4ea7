/**
 * The order of a purge's writes and calls, which is what makes it safe to stop at any point:
 * the claim read back before anything is deleted, "posting" saved before the tombstone is
 * posted, "posted" with its ts after, the close last; and what a tombstone Slack refuses, or
 * may have posted, leaves for the next run.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import {
  DEBUG_CHANNEL,
  interceptWebApi,
  purge,
  purgeAudits,
  seedReport,
  stored,
  tombstones,
  withEmulator,
} from "./test_fixtures.ts";

interface Step {
  method: string;
  /** For a session write: the fields that say how far the purge has come. */
  saved?: Record<string, unknown>;
  args: Record<string, unknown>;
}

/** Records the Web API calls the handler makes (method, and what each session write saves). */
async function recording<T>(
  run: () => Promise<T>,
  answer?: (method: string) => Response | undefined,
): Promise<{ result: T; steps: Step[] }> {
  const steps: Step[] = [];
  const intercepted = interceptWebApi((method, init) => {
    const body = String(init?.body ?? "");
    const args = body.startsWith("{")
      ? JSON.parse(body)
      : Object.fromEntries(new URLSearchParams(body));
    const item = typeof args.item === "string" ? JSON.parse(args.item) : args.item;
    const saved = method === "apps.datastore.put" && args.datastore === "debug_sessions"
      ? pick(item, ["status", "purge_run", "message_deleted", "tombstone_state", "tombstone_ts"])
      : undefined;
    steps.push({ method, args, ...(saved ? { saved } : {}) });
    return answer?.(method);
  });
  try {
    return { result: await run(), steps };
  } finally {
    intercepted.restore();
  }
}

function pick(item: Record<string, unknown>, keys: readonly string[]) {
  return Object.fromEntries(keys.map((k) => [k, item[k]]));
}

/** The steps that change something: session writes, deletes and posts. */
function writes(steps: readonly Step[]) {
  return steps.filter((s) =>
    s.saved !== undefined || s.method === "chat.delete" || s.method === "chat.postMessage"
  ).map((s) => s.saved ? { put: s.saved } : s.method);
}

function messageGone(emu: SlackEmulator, ts: string) {
  return emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === ts)?.deleted === true;
}

Deno.test("a purge claims and reads back, deletes, saves 'posting', posts the tombstone, saves 'posted', then closes", async () => {
  await withEmulator(async (emu) => {
    const session = await seedReport(emu);
    const { result, steps } = await recording(() => purge(emu, session.id));
    deepStrictEqual(result.outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
    const run = steps.find((s) => s.saved)!.saved!.purge_run;
    ok(typeof run === "string" && run !== "");
    deepStrictEqual(writes(steps), [
      {
        put: {
          status: "purging",
          purge_run: run,
          message_deleted: false,
          tombstone_state: "",
          tombstone_ts: "",
        },
      },
      "chat.delete",
      {
        put: {
          status: "purging",
          purge_run: run,
          message_deleted: true,
          tombstone_state: "posting",
          tombstone_ts: "",
        },
      },
      "chat.postMessage",
      {
        put: {
          status: "purged",
          purge_run: "",
          message_deleted: true,
          tombstone_state: "posted",
          tombstone_ts: tombstones(emu)[0].ts,
        },
      },
    ]);
    // The claim is read back before the delete.
    const claimAt = steps.findIndex((s) => s.saved);
    const deleteAt = steps.findIndex((s) => s.method === "chat.delete");
    ok(steps.slice(claimAt, deleteAt).some((s) => s.method === "apps.datastore.get"));
    // The tombstone never unfurls what it names, and is sent as JSON (its blocks).
    const post = steps.find((s) => s.method === "chat.postMessage")!;
    strictEqual(post.args.unfurl_links, false);
    strictEqual(post.args.unfurl_media, false);
    strictEqual(post.args.channel, DEBUG_CHANNEL);
    ok(Array.isArray(post.args.blocks), "blocks sent as JSON, not a form string");
    ok(messageGone(emu, session.message_ts));
  });
});

Deno.test("a tombstone Slack refuses for now is not counted posted: the session is released and the next run posts it, deleting nothing twice", async () => {
  await withEmulator(async (emu) => {
    const session = await seedReport(emu);
    emu.faults.failNext("chat.postMessage", "internal_error");
    const first = await purge(emu, session.id);
    deepStrictEqual(first.outputs, { purged: 0, closed: 0, failed: 1, left: 0 });
    const released = stored(emu, session.id);
    strictEqual(released?.status, "active");
    strictEqual(released?.purge_run, "");
    strictEqual(released?.purge_claimed_at, 0);
    strictEqual(released?.message_deleted, true);
    strictEqual(released?.tombstone_state, "");
    strictEqual(released?.last_error, "internal_error");
    strictEqual(tombstones(emu).length, 0);

    const { result, steps } = await recording(() => purge(emu, session.id));
    deepStrictEqual(result.outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
    ok(!steps.some((s) => s.method === "chat.delete"), "the report was already deleted");
    strictEqual(tombstones(emu).length, 1);
  });
});

Deno.test("a tombstone Slack refuses for good, or may have posted, is not tried again: the report is purged and the audit says so", async () => {
  for (
    const [fault, note] of [
      ["not_in_channel", "tombstone=not_posted:not_in_channel"],
      ["http", "tombstone=not_posted:http"],
    ] as const
  ) {
    await withEmulator(async (emu) => {
      const session = await seedReport(emu);
      if (fault === "not_in_channel") emu.faults.failNext("chat.postMessage", fault);
      const { result, steps } = await recording(
        () => purge(emu, session.id),
        (method) =>
          fault === "http" && method === "chat.postMessage"
            ? new Response("upstream failed", { status: 503 })
            : undefined,
      );
      deepStrictEqual(result.outputs, { purged: 1, closed: 0, failed: 0, left: 0 }, fault);
      strictEqual(stored(emu, session.id)?.status, "purged");
      strictEqual(stored(emu, session.id)?.tombstone_state, "posting", "never posted again");
      ok(messageGone(emu, session.message_ts));
      const [audit] = purgeAudits(emu);
      strictEqual(audit.outcome, "success");
      ok(String(audit.detail).includes(note), `${fault}: ${audit.detail}`);
      // A 5xx is retried with backoff before it is given up: three attempts.
      const posts = steps.filter((s) => s.method === "chat.postMessage").length;
      strictEqual(posts, fault === "http" ? 3 : 1, fault);
      deepStrictEqual((await purge(emu)).outputs, { purged: 0, closed: 0, failed: 0, left: 0 });
    });
  }
});

Deno.test("a session closed, purged or never stored is left alone when named", async () => {
  await withEmulator(async (emu) => {
    for (const status of ["purged", "closed", "manual_delete"] as const) {
      const session = await seedReport(emu, { status });
      const { result, steps } = await recording(() => purge(emu, session.id));
      deepStrictEqual(result.outputs, { purged: 0, closed: 0, failed: 0, left: 0 }, status);
      deepStrictEqual(writes(steps), [], status);
      ok(!messageGone(emu, session.message_ts), status);
    }
    const { result, steps } = await recording(() => purge(emu, "no-such-session"));
    deepStrictEqual(result.outputs, { purged: 0, closed: 0, failed: 0, left: 0 });
    deepStrictEqual(writes(steps), []);
  });
});
