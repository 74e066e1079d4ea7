// Datastore scan + filter speed: `deno bench devkit/slack_emulator/datastore/query_bench.ts`.
import { DatastoreSet } from "./store.ts";

const store = new DatastoreSet([{ name: "reports", primary_key: "id" }], () => Date.now());
for (let i = 0; i < 10_000; i++) {
  store.put("reports", {
    id: `r${String(i).padStart(5, "0")}`,
    service: i % 3 === 0 ? "checkout" : "billing",
    purge_at: 1_700_000_000 + i,
  });
}
const filter = {
  expression: "#s = :s AND (#p BETWEEN :lo AND :hi OR NOT attribute_exists(#p))",
  expression_attributes: { "#s": "service", "#p": "purge_at" },
  expression_values: { ":s": "checkout", ":lo": 1_700_001_000, ":hi": 1_700_009_000 },
};

Deno.bench("query: 10 pages of 1000 over 10,000 items, compound filter", () => {
  let cursor: string | undefined;
  for (let page = 0; page < 10; page++) {
    cursor = store.query("reports", filter, { limit: 1000, cursor }).nextCursor || undefined;
    if (!cursor) break;
  }
});

Deno.bench("count: 10,000 items, compound filter", () => {
  store.count("reports", filter);
});
