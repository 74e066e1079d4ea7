/**
 * The per-person fetch rate at its exact edges: a stored start up to one window after now is
 * read (another host's clock), one second more makes the record untrusted (reset); a record is
 * kept five minutes after the latest fetch; a start exactly one window old no longer counts.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import {
  checkFetchRate,
  decideFetch,
  RATE_RECORD_TTL_SECONDS,
  RATE_WINDOW_SECONDS,
  readStartTimes,
} from "./rate_limit.ts";
import type { SlackClient } from "../../slack/web_api.ts";

const NOW = 1_800_000_000;
const USER = "U05ONCALL01";

Deno.test("fetch rate: a start up to one window in the future is read, one second more is untrusted", () => {
  strictEqual(RATE_WINDOW_SECONDS, 60);
  for (let ahead = 55; ahead <= 65; ahead++) {
    const item = { user_id: USER, started_at: [NOW - 1, NOW + ahead] };
    deepStrictEqual(
      readStartTimes(item, USER, NOW),
      ahead <= 60 ? [NOW - 1, NOW + ahead] : undefined,
      `${ahead} s ahead`,
    );
  }
});

Deno.test("fetch rate: starts count while younger than one window, to the second", () => {
  for (let age = 55; age <= 65; age++) {
    const decision = decideFetch([NOW - age], 1, NOW);
    strictEqual(decision.allowed, age >= 60, `${age} s old`);
  }
});

Deno.test("fetch rate: an allowed fetch is stored for five minutes after it", async () => {
  strictEqual(RATE_RECORD_TTL_SECONDS, 300);
  const puts: Record<string, unknown>[] = [];
  const client = {
    call: (method: string, args: Record<string, unknown>) => {
      if (method === "apps.datastore.get") return Promise.resolve({ ok: true, item: {} });
      puts.push(args.item as Record<string, unknown>);
      return Promise.resolve({ ok: true });
    },
  } as unknown as SlackClient;
  for (const now of [NOW, NOW + 17]) {
    puts.length = 0;
    deepStrictEqual(await checkFetchRate(client, USER, 3, now), { kind: "allowed", recent: 0 });
    deepStrictEqual(puts, [{ user_id: USER, started_at: [now], expires_at: now + 300 }]);
  }
});
