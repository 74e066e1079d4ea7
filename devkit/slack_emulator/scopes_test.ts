import { deepStrictEqual, strictEqual } from "@node/assert";
import manifest from "../../manifest.ts";
import { loadWorkspaceFixture } from "./mod.ts";
import { call, callApi, withEmulator } from "./test_client.ts";

const PRIVATE = "C05PRODDBG1";
const PUBLIC = "C05GENERAL1";

async function withoutScope(scope: string) {
  const fixture = await loadWorkspaceFixture();
  return {
    fixture: {
      ...fixture,
      bot: { ...fixture.bot, scopes: fixture.bot.scopes.filter((s) => s !== scope) },
    },
  };
}

Deno.test("the emulated bot holds exactly the scopes the manifest asks for, so a forgotten one fails the tests", async () => {
  const fixture = await loadWorkspaceFixture();
  const asked = (manifest as unknown as { oauth_config: { scopes: { bot: string[] } } })
    .oauth_config.scopes.bot;
  deepStrictEqual([...fixture.bot.scopes].sort(), [...asked].sort());
});

Deno.test("a bot call without its method's scope is answered missing_scope, naming what is needed", async () => {
  await withEmulator(async (emulator) => {
    const answer = await call(emulator, "users.info", { user: "U05ONCALL01" });
    deepStrictEqual([answer.ok, answer.error, answer.needed], [
      false,
      "missing_scope",
      "users:read",
    ]);
    strictEqual(String(answer.provided).split(",").includes("chat:write"), true);
  });
  await withEmulator(async (emulator) => {
    const answer = await call(emulator, "apps.datastore.put", {
      datastore: "roles",
      item: { user_id: "U05ONCALL01" },
    });
    deepStrictEqual([answer.error, answer.needed], ["missing_scope", "datastore:write"]);
    const read = await call(emulator, "apps.datastore.get", { datastore: "roles", id: "x" });
    strictEqual(read.error === "missing_scope", false, "reading needs datastore:read only");
  }, await withoutScope("datastore:write"));
});

Deno.test("conversations.members needs groups:read for a private channel and channels:read for a public one", async () => {
  await withEmulator(async (emulator) => {
    const answer = await call(emulator, "conversations.members", { channel: PRIVATE });
    deepStrictEqual([answer.error, answer.needed], ["missing_scope", "groups:read"]);
    strictEqual((await call(emulator, "conversations.members", { channel: PUBLIC })).ok, true);
  }, await withoutScope("groups:read"));
  await withEmulator(async (emulator) => {
    const answer = await call(emulator, "conversations.info", { channel: PUBLIC });
    deepStrictEqual([answer.error, answer.needed], ["missing_scope", "channels:read"]);
    const unknown = await call(emulator, "conversations.info", { channel: "C05NOWHERE1" });
    strictEqual(unknown.error, "channel_not_found", "an unknown channel is not a scope question");
  }, await withoutScope("channels:read"));
});

Deno.test("the platform's own calls need no scope of the app's; any other token is refused", async () => {
  await withEmulator(async (emulator) => {
    const platform = await callApi(emulator.url, "users.info", { user: "U05ONCALL01" }, {
      token: emulator.platformToken,
    });
    strictEqual(platform.body.ok, true);
    const forged = await callApi(emulator.url, "users.info", { user: "U05ONCALL01" }, {
      token: "xoxp-emulated-platform-guessed",
    });
    strictEqual(forged.body.error, "invalid_auth");
  });
});
