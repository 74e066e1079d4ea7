/**
 * A debug_sessions item is data anyone with the app's datastore access could have written: the
 * purge acts only on an item whose every field it can read, each within its bounds.
 */
import { ok, strictEqual } from "@node/assert";
import { readSessionItem } from "./session_record.ts";

const ITEM = {
  id: "3f1c2d4e-0000-4000-8000-000000000001",
  requester: "U05ONCALL01",
  channel: "C05PRODDBG1",
  message_ts: "1764000000.000100",
  delivery: "channel",
  service: "checkout",
  environment: "production",
  window_start: 1_764_000_000,
  window_end: 1_764_000_900,
  created_at: 1_764_000_900,
  expires_at: 1_764_004_500,
  status: "active",
  purge_after: 1_764_090_900,
};

Deno.test("session item: read when every field is within its bounds, with the purge's fields defaulted", () => {
  const session = readSessionItem(ITEM);
  strictEqual(session?.id, ITEM.id);
  strictEqual(session?.attempts, 0);
  strictEqual(session?.execution_id, "");
  for (const id of ["a", "A-9", "x".repeat(100)]) ok(readSessionItem({ ...ITEM, id }), id);
});

Deno.test("session item: any field out of bounds is no session to act on", () => {
  const broken: Record<string, unknown>[] = [
    { id: "" },
    { id: "x".repeat(101) },
    { id: 7 },
    { requester: "<@U05ONCALL01>" },
    { channel: "<#C05PRODDBG1>" },
    { message_ts: "1".repeat(41) },
    { delivery: "dm" },
    { service: "s".repeat(4001) },
    { window_start: -1 },
    { expires_at: 1.5 },
    { status: "gone" },
    { attempts: 1_000_001 },
    { execution_id: "x".repeat(101) },
  ];
  for (const fields of broken) {
    strictEqual(
      readSessionItem({ ...ITEM, ...fields }),
      undefined,
      JSON.stringify(fields).slice(0, 60),
    );
  }
});

Deno.test("session item: each text field is read up to its bound and refused past it", () => {
  const bounds: [string, number][] = [
    ["id", 100],
    ["message_ts", 40],
    ["service", 4000],
    ["environment", 4000],
    ["source", 4000],
    ["query_hash", 200],
    ["masked_counts", 4000],
    ["trigger_id", 100],
    ["purge_run", 100],
    ["tombstone_ts", 40],
    ["last_error", 100],
    ["execution_id", 100],
  ];
  for (const [field, bound] of bounds) {
    ok(readSessionItem({ ...ITEM, [field]: "a".repeat(bound) }), `${field}: ${bound}`);
    strictEqual(readSessionItem({ ...ITEM, [field]: "a".repeat(bound + 1) }), undefined, field);
  }
});

Deno.test("session item: the purge's own fields default to nothing done yet", () => {
  const session = readSessionItem(ITEM);
  strictEqual(session?.masked_counts, "{}");
  strictEqual(session?.purge_claimed_at, 0);
  strictEqual(session?.purged_at, 0);
  strictEqual(session?.tombstone_state, "");
  strictEqual(session?.message_deleted, false);
  for (const state of ["", "posting", "posted"]) {
    strictEqual(readSessionItem({ ...ITEM, tombstone_state: state })?.tombstone_state, state);
  }
});
