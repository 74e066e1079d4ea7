/** Seeded reports and emulator helpers for the purge tests. */
import { ok } from "@node/assert";
import { DATASTORES } from "../../datastores/mod.ts";
import type { DebugSession } from "../../datastores/records.ts";
import { type SlackEmulator, startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";

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
