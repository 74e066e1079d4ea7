/** Seeded reports and emulator helpers for the purge tests. */
import { ok } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { DATASTORES } from "../../datastores/mod.ts";
import type { DebugSession } from "../../datastores/records.ts";
import { type SlackEmulator, startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { createPurgeReportsHandler, type PurgeClock } from "./handler.ts";

export const DEBUG_CHANNEL = "C05PRODDBG1";
export const ONCALL = "U05ONCALL01";

export async function withEmulator(test: (emu: SlackEmulator) => Promise<void>) {
  const emu = await startSlackEmulator({
    datastores: DATASTORES.map((d) => d.definition),
  });
  try {
    await test(emu);
  } finally {
    await emu.stop();
  }
}

export async function api(emu: SlackEmulator, method: string, args: Record<string, unknown>) {
  const response = await fetch(emu.url + method, {
    method: "POST",
    headers: { authorization: `Bearer ${emu.botToken}`, "content-type": "application/json" },
    body: JSON.stringify(args),
  });
  return await response.json();
}

/** A posted report and its session, `expiredSecondsAgo` past its deadline. */
export async function seedReport(
  emu: SlackEmulator,
  fields: Partial<DebugSession> = {},
  expiredSecondsAgo = 600,
): Promise<DebugSession> {
  const channel = fields.channel ?? DEBUG_CHANNEL;
  const posted = await api(emu, "chat.postMessage", {
    channel: DEBUG_CHANNEL,
    text: "report with ops@example.com masked",
  });
  const now = Math.floor(Date.now() / 1000);
  const session: DebugSession = {
    id: crypto.randomUUID(),
    requester: ONCALL,
    channel,
    message_ts: posted.ts,
    delivery: "channel",
    service: "checkout",
    environment: "production",
    source: "",
    window_start: now - 7200,
    window_end: now - 3600,
    query_hash: "",
    masked_counts: '{"email":1}',
    created_at: now - expiredSecondsAgo - 3600,
    expires_at: now - expiredSecondsAgo,
    status: "active",
    purge_after: now - expiredSecondsAgo + 86_400,
    trigger_id: "",
    ...fields,
  };
  const saved = await api(emu, "apps.datastore.put", {
    datastore: "debug_sessions",
    item: session,
  });
  ok(saved.ok, saved.error);
  return session;
}

/** Tombstones standing in the debug channel. */
export function tombstones(emu: SlackEmulator) {
  return emu.state.messages(DEBUG_CHANNEL).filter((m) =>
    !m.deleted && m.text.startsWith("Debug report for ")
  );
}

const { createContext } = SlackFunctionTester("purge_reports");

/** A clock whose sleeps take no real time, and a record of them. */
export function fakeClock(): PurgeClock & { slept: number[] } {
  const clock = fixedClock(0);
  return { ...clock, now: () => Date.now() + clock.now() };
}

/** A purge_reports run through its handler: of one session, or the sweep (no id). */
export function purge(
  emu: SlackEmulator,
  sessionId?: string,
  clock: PurgeClock = fakeClock(),
  env: Record<string, string> = {},
) {
  return createPurgeReportsHandler(clock)(createContext({
    inputs: sessionId === undefined ? {} : { session_id: sessionId },
    env: { SLACK_API_URL: emu.url, ...env },
    token: emu.botToken,
  }));
}

/** A session's stored record. */
export function stored(emu: SlackEmulator, id: string) {
  return emu.state.datastoreItems("debug_sessions").find((s) => s.id === id);
}

/** The audit events of purges. */
export function purgeAudits(emu: SlackEmulator) {
  return emu.state.datastoreItems("audit_events").filter((e) => e.action === "purge_report");
}

/** A clock standing at `epochMs` that moves only by what is slept on: exact deadlines. */
export function fixedClock(epochMs: number): PurgeClock & { slept: number[] } {
  let offset = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => epochMs + offset,
    sleep: (ms) => {
      slept.push(ms);
      offset += ms;
      return Promise.resolve();
    },
  };
}

/**
 * Web API calls `answer` answers itself (it is given the method, from the request's URL, and
 * the request's init); those it leaves (undefined) reach the emulator. Always `restore()`.
 */
export function interceptWebApi(
  answer: (method: string, init?: RequestInit) => Response | Promise<Response> | undefined,
): { restore(): void } {
  const real = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return await (answer(url.slice(url.lastIndexOf("/") + 1), init) ?? real(input, init));
  };
  return {
    restore: () => {
      globalThis.fetch = real;
    },
  };
}
