import { deepStrictEqual, strictEqual } from "@node/assert";
import { call, callApi, withEmulator } from "../test_client.ts";

Deno.test("conversations.info describes channels the bot can see", async () => {
  await withEmulator(async (emulator) => {
    const { channel } = await call(emulator, "conversations.info", {
      channel: "C05PRODDBG1",
      include_num_members: true,
    }) as { channel: Record<string, unknown> };
    deepStrictEqual(
      [channel.name, channel.is_private, channel.is_member, channel.num_members],
      ["prod-debug", true, true, 3],
    );
    const random = await call(emulator, "conversations.info", { channel: "C05RANDOM01" });
    strictEqual((random.channel as Record<string, unknown>).is_member, false);
    const hidden = await call(emulator, "conversations.info", { channel: "C05SECRET01" });
    strictEqual(hidden.error, "channel_not_found");
  });
});

Deno.test("conversations.members pages with cursors until next_cursor is empty", async () => {
  await withEmulator(async (emulator) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const body = await call(emulator, "conversations.members", {
        channel: "C05GENERAL1",
        limit: 3,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...body.members as string[]);
      cursor = (body.response_metadata as { next_cursor: string }).next_cursor;
      if (!cursor) break;
    }
    deepStrictEqual(seen, ["U05ONCALL01", "U05ONCALL02", "U05OUTSIDER", "U05BOTSAFE1"]);
    const bad = await call(emulator, "conversations.members", {
      channel: "C05GENERAL1",
      cursor: "bm90LWEtY3Vyc29y",
    });
    strictEqual(bad.error, "invalid_cursor");
  });
});

Deno.test("users.info (the platform's, for interaction payloads) and usergroups.users.list read the fixture", async () => {
  await withEmulator(async (emulator) => {
    const asPlatform = async (user: string) =>
      (await callApi(emulator.url, "users.info", { user }, { token: emulator.platformToken }))
        .body;
    const { user } = await asPlatform("U05ONCALL01") as {
      user: Record<string, unknown>;
    };
    deepStrictEqual([user.name, user.real_name, user.is_bot], [
      "maya.oncall",
      "Maya Okafor",
      false,
    ]);
    strictEqual(
      (await asPlatform("U05NOBODY99")).error,
      "user_not_found",
    );
    const group = await call(emulator, "usergroups.users.list", { usergroup: "S05ONCALL01" });
    deepStrictEqual(group.users, ["U05ONCALL01", "U05ONCALL02"]);
    const none = await call(emulator, "usergroups.users.list", { usergroup: "S05NOGROUP9" });
    strictEqual(none.error, "no_such_subteam");
  });
});
