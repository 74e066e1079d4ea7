// Drives the SDK's own client (deno-slack-sdk SlackAPI) through the emulator.
import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { SlackAPI } from "deno-slack-sdk";
import { withEmulator } from "./test_client.ts";

Deno.test("the SDK client posts, queries a datastore and surfaces a 429", async () => {
  await withEmulator(async (emulator) => {
    const client = SlackAPI(emulator.botToken, { slackApiUrl: emulator.url });
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "*checkout* logs" } }];
    const posted = await client.chat.postMessage({
      channel: "C05PRODDBG1",
      text: "checkout logs",
      blocks,
    });
    strictEqual(posted.ok, true);
    deepStrictEqual(emulator.state.messages("C05PRODDBG1").at(-1)?.blocks, blocks);

    const purgeAt = Math.floor(emulator.clock.now() / 1000) + 600;
    const put = await client.apps.datastore.put({
      datastore: "reports",
      item: { id: "r1", channel: "C05PRODDBG1", ts: posted.ts, purge_at: purgeAt },
    });
    strictEqual(put.ok, true);
    const query = await client.apps.datastore.query({
      datastore: "reports",
      expression: "#purge <= :now",
      expression_attributes: { "#purge": "purge_at" },
      expression_values: { ":now": purgeAt },
    });
    deepStrictEqual(query.items.map((item) => item.id), ["r1"]);

    const missing = await client.apps.datastore.get({ datastore: "reports", id: "nope" });
    deepStrictEqual([missing.ok, missing.item], [true, {}]);

    emulator.faults.rateLimit("chat.delete", 30);
    await rejects(
      client.chat.delete({ channel: "C05PRODDBG1", ts: posted.ts }),
      (error: Error & { status?: number; headers?: Headers }) => {
        strictEqual(error.status, 429);
        strictEqual(error.headers?.get("retry-after"), "30");
        ok(/TooManyRequests/.test(error.name), error.name);
        return true;
      },
    );
    const deleted = await client.chat.delete({ channel: "C05PRODDBG1", ts: posted.ts });
    strictEqual(deleted.ok, true);
  }, {
    datastores: [{ name: "reports", primary_key: "id", time_to_live_attribute: "purge_at" }],
  });
});
