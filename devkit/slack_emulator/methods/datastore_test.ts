import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { type SlackEmulator, type SlackEmulatorOptions } from "../mod.ts";
import { callApi, withEmulator as withFreshEmulator } from "../test_client.ts";

const datastores = [
  { name: "reports", primary_key: "report_id", time_to_live_attribute: "expires_at" },
];

function withEmulator(
  test: (emulator: SlackEmulator) => Promise<void>,
  options: SlackEmulatorOptions = {},
): Promise<void> {
  return withFreshEmulator(test, { datastores, ...options });
}

function call(emulator: SlackEmulator, method: string, args: Record<string, unknown>) {
  return callApi(emulator.url, `apps.datastore.${method}`, { datastore: "reports", ...args }, {
    token: emulator.botToken,
  }).then((r) => r.body);
}

Deno.test("put, get, update, delete; a get miss is ok with an empty item", async () => {
  await withEmulator(async (emulator) => {
    const item = { report_id: "r1", channel: "C05PRODDBG1", status: "posted" };
    deepStrictEqual(await call(emulator, "put", { item }), {
      ok: true,
      datastore: "reports",
      item,
    });
    deepStrictEqual((await call(emulator, "get", { id: "r1" })).item, item);
    const updated = await call(emulator, "update", { item: { report_id: "r1", status: "purged" } });
    deepStrictEqual(updated.item, { ...item, status: "purged" });
    strictEqual((await call(emulator, "delete", { id: "r1" })).ok, true);
    deepStrictEqual(await call(emulator, "get", { id: "r1" }), {
      ok: true,
      datastore: "reports",
      item: {},
    });
  });
});

Deno.test("datastore_error for an unknown datastore, a missing key and a bad expression", async () => {
  await withEmulator(async (emulator) => {
    const unknown = await call(emulator, "get", { datastore: "nope", id: "x" });
    strictEqual(unknown.error, "datastore_error");
    const noKey = await call(emulator, "put", { item: { id: "r1" } });
    strictEqual(noKey.error, "datastore_error");
    deepStrictEqual((noKey.errors as { pointer: string }[])[0].pointer, "/item");
    const bad = await call(emulator, "query", {
      expression: "#s = :v AND",
      expression_attributes: { "#s": "status" },
      expression_values: { ":v": "posted" },
    });
    strictEqual(bad.error, "datastore_error");
    ok(/invalid query expression/.test((bad.errors as { message: string }[])[0].message));
  });
});

Deno.test("bulk methods take 1 to 25 entries", async () => {
  await withEmulator(async (emulator) => {
    const items = Array.from({ length: 25 }, (_, i) => ({ report_id: `r${i}`, n: i }));
    strictEqual((await call(emulator, "bulkPut", { items })).ok, true);
    const got = await call(emulator, "bulkGet", { ids: ["r3", "r4", "missing"] });
    deepStrictEqual(got.items, [{ report_id: "r3", n: 3 }, { report_id: "r4", n: 4 }]);
    strictEqual((await call(emulator, "bulkDelete", { ids: ["r3", "r4"] })).ok, true);
    strictEqual((await call(emulator, "count", {})).count, 23);
  });
  // Over the documented maxItems on purpose: kept out of the checked call log.
  await withEmulator(async (emulator) => {
    const ids = Array.from({ length: 26 }, (_, i) => `r${i}`);
    strictEqual((await call(emulator, "bulkGet", { ids })).error, "invalid_arguments");
    strictEqual((await call(emulator, "bulkDelete", { ids: [] })).error, "invalid_arguments");
    strictEqual((await call(emulator, "query", { limit: 1001 })).error, "invalid_arguments");
  }, { logFile: false });
});

Deno.test("query pages by items evaluated: filtered pages may be empty but carry a cursor", async () => {
  await withEmulator(async (emulator) => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      report_id: `r${String(i).padStart(2, "0")}`,
      status: i >= 8 ? "due" : "kept",
    }));
    await call(emulator, "bulkPut", { items });
    const filter = {
      expression: "#s = :due",
      expression_attributes: { "#s": "status" },
      expression_values: { ":due": "due" },
    };
    const pages: { ids: string[]; cursor: string }[] = [];
    let cursor = "";
    for (let i = 0; i < 10; i++) {
      const body = await call(emulator, "query", {
        ...filter,
        limit: 3,
        ...(cursor ? { cursor } : {}),
      });
      cursor = (body.response_metadata as { next_cursor: string }).next_cursor;
      pages.push({ ids: (body.items as { report_id: string }[]).map((x) => x.report_id), cursor });
      if (!cursor) break;
    }
    deepStrictEqual(pages.map((p) => p.ids), [[], [], ["r08"], ["r09"]]);
    ok(pages.slice(0, 3).every((p) => p.cursor !== ""));
    strictEqual((await call(emulator, "count", filter)).count, 2);
    const badCursor = await call(emulator, "query", { cursor: "garbage" });
    strictEqual(badCursor.error, "datastore_error");
  });
});

Deno.test("TTL: items expire when the virtual clock passes their time_to_live_attribute", async () => {
  await withEmulator(async (emulator) => {
    const nowSeconds = Math.floor(emulator.clock.now() / 1000);
    await call(emulator, "bulkPut", {
      items: [
        { report_id: "soon", expires_at: nowSeconds + 60 },
        { report_id: "later", expires_at: nowSeconds + 3600 },
        { report_id: "forever" },
        { report_id: "already", expires_at: nowSeconds - 1 },
      ],
    });
    const ids = () => emulator.state.datastoreItems("reports").map((i) => i.report_id).sort();
    deepStrictEqual(ids(), ["forever", "later", "soon"]);
    deepStrictEqual(await emulator.clock.advance(61_000), []);
    deepStrictEqual(ids(), ["forever", "later"]);
    deepStrictEqual((await call(emulator, "get", { id: "soon" })).item, {});
    strictEqual((await call(emulator, "count", {})).count, 2);
    await emulator.clock.advance(3600_000);
    deepStrictEqual(
      ((await call(emulator, "query", {})).items as { report_id: string }[]).map((i) =>
        i.report_id
      ),
      ["forever"],
    );
  });
});
