import { deepStrictEqual, strictEqual } from "@node/assert";
import { loadWorkspaceFixture } from "../mod.ts";
import { call, withEmulator } from "../test_client.ts";

const CHANNEL = "C05PRODDBG1";

async function post(emulator: Parameters<typeof call>[0], text: string): Promise<string> {
  const answer = await call(emulator, "chat.postMessage", { channel: CHANNEL, text });
  return answer.ts as string;
}

Deno.test("conversations.history: one message by its ts with latest, oldest and inclusive; newest first", async () => {
  await withEmulator(async (emulator) => {
    const [a, b, c] = [
      await post(emulator, "a"),
      await post(emulator, "b"),
      await post(emulator, "c"),
    ];
    const one = await call(emulator, "conversations.history", {
      channel: CHANNEL,
      latest: b,
      oldest: b,
      inclusive: true,
      limit: 1,
    });
    strictEqual(one.ok, true);
    deepStrictEqual((one.messages as { text: string; ts: string }[]).map((m) => [m.text, m.ts]), [
      ["b", b],
    ]);
    strictEqual(
      (one.messages as { bot_id?: string }[])[0].bot_id,
      (await loadWorkspaceFixture()).bot.bot_id,
    );
    // Without inclusive, the bounds themselves are left out.
    const none = await call(emulator, "conversations.history", {
      channel: CHANNEL,
      latest: b,
      oldest: b,
    });
    deepStrictEqual(none.messages, []);
    // `latest` is an upper bound: a message gone from its ts leaves the one before it.
    await call(emulator, "chat.delete", { channel: CHANNEL, ts: b });
    const before = await call(emulator, "conversations.history", {
      channel: CHANNEL,
      latest: b,
      inclusive: true,
      limit: 1,
    });
    deepStrictEqual((before.messages as { ts: string }[]).map((m) => m.ts), [a]);
    // Pages newest first, following the cursor (from `a` on: the fixture seeds older ones).
    const first = await call(emulator, "conversations.history", {
      channel: CHANNEL,
      oldest: a,
      inclusive: true,
      limit: 1,
    });
    deepStrictEqual((first.messages as { ts: string }[]).map((m) => m.ts), [c]);
    strictEqual(first.has_more, true);
    const next = (first.response_metadata as { next_cursor: string }).next_cursor;
    const second = await call(emulator, "conversations.history", {
      channel: CHANNEL,
      oldest: a,
      inclusive: true,
      limit: 1,
      cursor: next,
    });
    deepStrictEqual((second.messages as { ts: string }[]).map((m) => m.ts), [a]);
    strictEqual(second.has_more, false);
  });
});

Deno.test("conversations.history refuses what Slack refuses: bad ts, bad cursor, not in the channel, unknown channel", async () => {
  await withEmulator(async (emulator) => {
    const errors = [];
    for (
      const args of [
        { channel: CHANNEL, latest: "soon" },
        { channel: CHANNEL, oldest: "1.2.3" },
        { channel: CHANNEL, cursor: "bm90LWEtY3Vyc29y" },
        { channel: "C05RANDOM01" },
        { channel: "C05SECRET01" },
      ]
    ) {
      errors.push((await call(emulator, "conversations.history", args)).error);
    }
    deepStrictEqual(errors, [
      "invalid_ts_latest",
      "invalid_ts_oldest",
      "invalid_cursor",
      "not_in_channel",
      "channel_not_found",
    ]);
  });
});

Deno.test("conversations.history needs groups:history for a private channel, channels:history for a public one", async () => {
  const fixture = await loadWorkspaceFixture();
  const without = (scope: string) => ({
    fixture: {
      ...fixture,
      bot: { ...fixture.bot, scopes: fixture.bot.scopes.filter((s) => s !== scope) },
    },
  });
  await withEmulator(async (emulator) => {
    const answer = await call(emulator, "conversations.history", { channel: CHANNEL });
    deepStrictEqual([answer.error, answer.needed], ["missing_scope", "groups:history"]);
    const general = await call(emulator, "conversations.history", { channel: "C05GENERAL1" });
    strictEqual(general.ok, true, "a public channel needs channels:history only");
  }, without("groups:history"));
  await withEmulator(async (emulator) => {
    const answer = await call(emulator, "conversations.history", { channel: "C05GENERAL1" });
    deepStrictEqual([answer.error, answer.needed], ["missing_scope", "channels:history"]);
  }, without("channels:history"));
});
