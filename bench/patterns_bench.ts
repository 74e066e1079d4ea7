/**
 * Log patterns (`deno task bench`): mining the top of a report from 5,000 scrubbed records,
 * as the app does, and the miner alone on a larger text. The sample lines are synthetic and
 * deterministic (access, JSON, deploy, SQL and error lines with ids, hashes and durations).
 * For the `patterns` command's MB/s on the shared 20 MB log, see the README.
 */
import { minePatterns, PatternMiner } from "../core/patterns/mod.ts";
import { randomSource } from "../core/patterns/testdata/styles.ts";

const r = randomSource(7);
const T0 = Date.UTC(2025, 5, 3, 10, 0, 0);
const SERVICES = ["api", "auth", "billing", "worker", "search"];

function sampleLine(i: number): { text: string; time: number; level: string } {
  const time = T0 + i * 720; // 5,000 lines over an hour
  const ts = new Date(time).toISOString();
  switch (i % 6) {
    case 0:
      return {
        time,
        level: "info",
        text: JSON.stringify({
          ts,
          level: "info",
          svc: r.pick(SERVICES),
          msg: r.pick(["request completed", "cache miss", "job finished"]),
          request_id: r.uuid(),
          duration_ms: r.int(1, 2000),
        }),
      };
    case 1:
      return {
        time,
        level: "info",
        text: `${ts} ${r.pick(["GET", "POST"])} /v2/orders/${r.int(1, 99999)} ${
          r.pick([200, 201, 404, 503])
        } ${r.int(100, 90000)}b ${r.int(1, 900)}ms req=${r.uuid()}`,
      };
    case 2:
      return {
        time,
        level: "info",
        text: `${ts} INFO deploy: commit ${r.hex(40)} built in ${r.int(10, 400)}s artifact=${
          r.pick(SERVICES)
        }-7.1.${r.int(0, 30)}.tar.gz`,
      };
    case 3:
      return {
        time,
        level: "debug",
        text: `${ts} DEBUG sql: SELECT id FROM orders WHERE account_id = $1 LIMIT 50 -- params=[${
          r.int(1, 99999)
        }]`,
      };
    case 4:
      return {
        time,
        level: "warn",
        text: `${ts} WARN rate-limit bucket=${r.pick(SERVICES)}:${r.uuid()} remaining=${
          r.int(0, 99)
        }`,
      };
    default:
      return {
        time,
        level: "error",
        text: `${ts} ERROR ${
          r.pick(SERVICES)
        } TypeError: Cannot read properties of undefined (reading '${
          r.pick(["id", "user", "items"])
        }')\n    at handler (file:///app/src/users.ts:${r.int(1, 300)}:${r.int(1, 40)})`,
      };
  }
}

const RECORDS = Array.from({ length: 5_000 }, (_, i) => sampleLine(i));
const PREVIOUS = Array.from({ length: 5_000 }, (_, i) => sampleLine(i + 5_000));
const WINDOW = { start: T0, end: T0 + 3_600_000 };
const TEXT_LINES = Array.from({ length: 20_000 }, (_, i) => sampleLine(i).text.split("\n")[0]);

Deno.bench("minePatterns: 5,000 records, one hour's window", { group: "app" }, () => {
  minePatterns(RECORDS, { window: WINDOW });
});

Deno.bench("minePatterns: 5,000 records and the previous window's 5,000", { group: "app" }, () => {
  minePatterns(RECORDS, { window: WINDOW, previous: PREVIOUS });
});

Deno.bench(
  `PatternMiner: 20,000 lines (${
    (TEXT_LINES.reduce((n, l) => n + l.length + 1, 0) / 1e6).toFixed(1)
  } MB) added and grouped`,
  () => {
    const miner = new PatternMiner();
    for (const line of TEXT_LINES) miner.add(line);
    miner.templates();
  },
);
