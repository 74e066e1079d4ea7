import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { call, withEmulator } from "../test_client.ts";

const PROD_DEBUG = "C05PRODDBG1";
const GENERAL = "C05GENERAL1";
const RANDOM = "C05RANDOM01"; // public, bot not a member
const EXEC_PRIVATE = "C05SECRET01"; // private, bot not a member
const ONCALL = "U05ONCALL01";
const OUTSIDER = "U05OUTSIDER";
const SEEDED_USER_MESSAGE_TS = "1764300000.000100";

Deno.test("chat.postMessage stores the message and answers with channel and ts", async () => {
  await withEmulator(async (emulator) => {
    const blocks = [{ type: "header", text: { type: "plain_text", text: "Logs" } }];
    const body = await call(emulator, "chat.postMessage", {
      channel: PROD_DEBUG,
      text: "report",
      blocks,
    });
    strictEqual(body.ok, true);
    strictEqual(body.channel, PROD_DEBUG);
    ok(/^\d{10}\.\d{6}$/.test(body.ts as string));
    const [seeded, posted] = emulator.state.messages(PROD_DEBUG);
    strictEqual(seeded.user, ONCALL);
    deepStrictEqual(posted, {
      channel: PROD_DEBUG,
      ts: body.ts,
      text: "report",
      blocks,
      user: "U05BOTSAFE1",
      bot_id: "B05BOTSAFE1",
      deleted: false,
    });
    const reply = await call(emulator, "chat.postMessage", {
      channel: PROD_DEBUG,
      text: "more",
      thread_ts: body.ts,
    });
    strictEqual(emulator.state.messages(PROD_DEBUG)[2].thread_ts, body.ts);
    ok((reply.ts as string) > (body.ts as string), "ts increase");
  });
});

Deno.test("chat.postMessage resolves #names and opens a DM for a user id", async () => {
  await withEmulator(async (emulator) => {
    strictEqual(
      (await call(emulator, "chat.postMessage", { channel: "#general", text: "a" })).channel,
      GENERAL,
    );
    const dm = await call(emulator, "chat.postMessage", { channel: ONCALL, text: "psst" });
    strictEqual(dm.ok, true);
    strictEqual(dm.channel, "D05ONCALL01");
    strictEqual(emulator.state.messages("D05ONCALL01")[0].text, "psst");
  });
});

Deno.test("channel checks: not_in_channel, channel_not_found, no_text", async () => {
  await withEmulator(async (emulator) => {
    strictEqual(
      (await call(emulator, "chat.postMessage", { channel: RANDOM, text: "x" })).error,
      "not_in_channel",
    );
    strictEqual(
      (await call(emulator, "chat.postMessage", { channel: EXEC_PRIVATE, text: "x" })).error,
      "channel_not_found",
    );
    strictEqual(
      (await call(emulator, "chat.postMessage", { channel: "C05NOSUCH99", text: "x" })).error,
      "channel_not_found",
    );
    strictEqual((await call(emulator, "chat.postMessage", { channel: GENERAL })).error, "no_text");
    strictEqual(emulator.state.messages(RANDOM).length, 0);
  });
});

Deno.test("message limits: invalid_blocks, msg_blocks_too_long, long text truncated", async () => {
  await withEmulator(async (emulator) => {
    const tooMany = Array.from({ length: 51 }, () => ({ type: "divider" }));
    const rejected = await call(emulator, "chat.postMessage", {
      channel: GENERAL,
      blocks: tooMany,
    });
    strictEqual(rejected.error, "invalid_blocks");
    deepStrictEqual(rejected.errors, ["must provide no more than 50 items [json-pointer:/blocks]"]);
    const section = { type: "section", text: { type: "mrkdwn", text: "z".repeat(3000) } };
    const heavy = await call(emulator, "chat.postMessage", {
      channel: GENERAL,
      blocks: Array(5).fill(section),
    });
    strictEqual(heavy.error, "msg_blocks_too_long");
    const long = await call(emulator, "chat.postMessage", {
      channel: GENERAL,
      text: "t".repeat(40_001),
    });
    strictEqual(long.ok, true);
    strictEqual(long.warning, "message_truncated");
    strictEqual(emulator.state.messages(GENERAL)[0].text.length, 40_000);
    const update = await call(emulator, "chat.update", {
      channel: GENERAL,
      ts: long.ts,
      text: "u".repeat(40_001),
    });
    strictEqual(update.error, "msg_too_long");
  });
});

Deno.test("chat.update refuses text over 4,000 characters with msg_too_long", async () => {
  await withEmulator(async (emulator) => {
    const posted = await call(emulator, "chat.postMessage", { channel: GENERAL, text: "short" });
    const atLimit = await call(emulator, "chat.update", {
      channel: GENERAL,
      ts: posted.ts,
      text: "a".repeat(4000),
    });
    strictEqual(atLimit.ok, true, String(atLimit.error));
    const over = await call(emulator, "chat.update", {
      channel: GENERAL,
      ts: posted.ts,
      text: "b".repeat(4001),
    });
    strictEqual(over.error, "msg_too_long");
    strictEqual(emulator.state.messages(GENERAL).at(-1)?.text, "a".repeat(4000), "unchanged");
  });
});

Deno.test("chat.postEphemeral goes only to channel members", async () => {
  await withEmulator(async (emulator) => {
    const shown = await call(emulator, "chat.postEphemeral", {
      channel: PROD_DEBUG,
      user: ONCALL,
      text: "only you",
    });
    strictEqual(shown.ok, true);
    const refused = await call(emulator, "chat.postEphemeral", {
      channel: PROD_DEBUG,
      user: OUTSIDER,
      text: "only you",
    });
    strictEqual(refused.error, "user_not_in_channel");
    deepStrictEqual(emulator.state.ephemeralMessages(PROD_DEBUG).map((m) => [m.user, m.text]), [
      [ONCALL, "only you"],
    ]);
    strictEqual(
      emulator.state.messages(PROD_DEBUG).length,
      1,
      "ephemerals are not channel messages",
    );
  });
});

Deno.test("chat.update and chat.delete change only the bot's own messages", async () => {
  await withEmulator(async (emulator) => {
    const { ts } = await call(emulator, "chat.postMessage", { channel: PROD_DEBUG, text: "v1" });
    const updated = await call(emulator, "chat.update", { channel: PROD_DEBUG, ts, text: "v2" });
    strictEqual(updated.ok, true);
    strictEqual(emulator.state.messages(PROD_DEBUG)[1].text, "v2");
    ok(emulator.state.messages(PROD_DEBUG)[1].edited);
    const notMine = { channel: PROD_DEBUG, ts: SEEDED_USER_MESSAGE_TS };
    strictEqual(
      (await call(emulator, "chat.update", { ...notMine, text: "x" })).error,
      "cant_update_message",
    );
    strictEqual((await call(emulator, "chat.delete", notMine)).error, "cant_delete_message");
    deepStrictEqual(await call(emulator, "chat.delete", { channel: PROD_DEBUG, ts }), {
      ok: true,
      channel: PROD_DEBUG,
      ts,
    });
    strictEqual(emulator.state.messages(PROD_DEBUG)[1].deleted, true);
    strictEqual(emulator.state.messages(PROD_DEBUG)[0].deleted, false);
    strictEqual(
      (await call(emulator, "chat.delete", { channel: PROD_DEBUG, ts })).error,
      "message_not_found",
    );
    strictEqual(
      (await call(emulator, "chat.delete", { channel: EXEC_PRIVATE, ts })).error,
      "channel_not_found",
    );
  });
});

Deno.test("chat.getPermalink links a message in the team's domain", async () => {
  await withEmulator(async (emulator) => {
    const { ts } = await call(emulator, "chat.postMessage", { channel: PROD_DEBUG, text: "x" });
    const link = await call(emulator, "chat.getPermalink", { channel: PROD_DEBUG, message_ts: ts });
    strictEqual(
      link.permalink,
      `https://safedebug-demo.slack.com/archives/${PROD_DEBUG}/p${(ts as string).replace(".", "")}`,
    );
    const missing = await call(emulator, "chat.getPermalink", {
      channel: PROD_DEBUG,
      message_ts: "1000000000.000001",
    });
    strictEqual(missing.error, "message_not_found");
  });
});
