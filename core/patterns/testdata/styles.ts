/**
 * Labelled lines in several systems' log styles, made up for these tests (deterministic):
 * nginx access, JSON, Java stack traces, syslog/systemd, Kubernetes (klog), Postgres. Each
 * line carries the kind of message it is (`event`); lines of one event must share a template
 * and lines of different events must not.
 */

export interface LabelledLine {
  event: string;
  text: string;
}

export type Style = "nginx" | "json" | "java" | "syslog" | "kubernetes" | "postgres";

/** A small deterministic random source (LCG), so fixtures never change between runs. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const hex = (n: number) =>
    Array.from({ length: n }, () => "0123456789abcdef"[int(0, 15)]).join("");
  const ip = () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const clock = () =>
    `${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:${
      String(int(0, 59)).padStart(2, "0")
    }`;
  return { next, int, pick, hex, ip, uuid, clock };
}

type Random = ReturnType<typeof randomSource>;
type Event = [event: string, weight: number, make: (r: Random) => string];

const USERS = ["alice", "bob", "carol", "deploy", "root", "svc-backup"];
const PATHS = ["/api/orders", "/api/users", "/healthz", "/static/app.js", "/login"];

const STYLES: Record<Style, Event[]> = {
  nginx: [
    [
      "GET",
      6,
      (r) =>
        `${r.ip()} - - [0${r.int(1, 9)}/Jun/2025:${r.clock()} +0000] "GET ${r.pick(PATHS)}/${
          r.int(1, 9999)
        } HTTP/1.1" ${r.pick([200, 200, 304, 404, 500])} ${
          r.int(0, 90000)
        } "-" "Mozilla/5.0 (X11; Linux x86_64)"`,
    ],
    [
      "POST",
      3,
      (r) =>
        `${r.ip()} - - [0${r.int(1, 9)}/Jun/2025:${r.clock()} +0000] "POST ${
          r.pick(PATHS)
        } HTTP/1.1" ${r.pick([201, 400, 502])} ${r.int(0, 900)} "-" "curl/8.${r.int(0, 9)}.0"`,
    ],
  ],
  json: [
    // Requests of different HTTP methods are different patterns.
    ["request finished GET", 3, (r) =>
      JSON.stringify({
        time: `2025-06-03T${r.clock()}.${r.int(100, 999)}Z`,
        level: "info",
        msg: "request finished",
        method: "GET",
        path: `${r.pick(PATHS)}/${r.int(1, 999)}`,
        status: r.pick([200, 201, 204]),
        duration_ms: r.int(1, 900),
        request_id: r.uuid(),
      })],
    ["request finished POST", 3, (r) =>
      JSON.stringify({
        time: `2025-06-03T${r.clock()}.${r.int(100, 999)}Z`,
        level: "info",
        msg: "request finished",
        method: "POST",
        path: `${r.pick(PATHS)}/${r.int(1, 999)}`,
        status: r.pick([200, 201, 204]),
        duration_ms: r.int(1, 900),
        request_id: r.uuid(),
      })],
    ["upstream timeout", 2, (r) =>
      JSON.stringify({
        time: `2025-06-03T${r.clock()}.${r.int(100, 999)}Z`,
        level: "error",
        msg: "upstream timeout",
        upstream: `${r.ip()}:${r.int(8000, 8100)}`,
        after_ms: r.int(1000, 30000),
        request_id: r.uuid(),
      })],
    ["cache evicted", 2, (r) =>
      JSON.stringify({
        time: `2025-06-03T${r.clock()}.${r.int(100, 999)}Z`,
        level: "debug",
        msg: "cache evicted",
        key: `user:${r.int(1, 99999)}`,
        size_bytes: r.int(100, 99999),
      })],
  ],
  java: [
    [
      "exception",
      2,
      (r) =>
        `java.lang.IllegalStateException: Order ${r.int(1000, 99999)} is already ${
          r.pick(["paid", "shipped", "cancelled"])
        }`,
    ],
    [
      "frame",
      8,
      (r) =>
        `\tat com.acme.${r.pick(["orders", "billing", "users"])}.${
          r.pick(["OrderService", "Ledger", "UserRepository", "Controller"])
        }.${r.pick(["place", "charge", "find", "handle"])}(${
          r.pick(["OrderService", "Ledger", "UserRepository", "Controller"])
        }.java:${r.int(10, 900)})`,
    ],
    [
      "caused by",
      2,
      (r) => `Caused by: java.net.SocketTimeoutException: Read timed out after ${r.int(1, 60)}s`,
    ],
    ["more", 2, (r) => `\t... ${r.int(2, 80)} more`],
  ],
  syslog: [
    [
      "sshd accepted",
      3,
      (r) =>
        `Jun  ${r.int(1, 9)} ${r.clock()} web-${r.int(1, 9)} sshd[${
          r.int(100, 99999)
        }]: Accepted publickey for ${r.pick(USERS)} from ${r.ip()} port ${
          r.int(1024, 65535)
        } ssh2: ED25519 SHA256:${r.hex(20)}`,
    ],
    [
      "session started",
      3,
      (r) =>
        `Jun  ${r.int(1, 9)} ${r.clock()} web-${r.int(1, 9)} systemd[1]: Started Session ${
          r.int(1, 9999)
        } of User ${r.pick(USERS)}.`,
    ],
    [
      "cron",
      2,
      (r) =>
        `Jun  ${r.int(1, 9)} ${r.clock()} web-${r.int(1, 9)} CRON[${
          r.int(100, 99999)
        }]: (root) CMD (run-parts /etc/cron.hourly)`,
    ],
    [
      "oom",
      1,
      (r) =>
        `Jun  ${r.int(1, 9)} ${r.clock()} web-${r.int(1, 9)} kernel: [${r.int(100, 99999)}.${
          r.int(100000, 999999)
        }] Out of memory: Killed process ${r.int(100, 99999)} (${
          r.pick(["java", "node", "postgres"])
        }) total-vm:${r.int(10000, 9999999)}kB, anon-rss:${r.int(1000, 999999)}kB`,
    ],
  ],
  kubernetes: [
    [
      "pleg",
      4,
      (r) =>
        `I0603 ${r.clock()}.${r.int(100000, 999999)}    ${r.int(1, 9999)} kubelet.go:${
          r.int(1000, 2999)
        }] "SyncLoop (PLEG): event for pod" pod="default/api-${r.hex(10)}-${
          r.hex(5)
        }" event="ContainerStarted"`,
    ],
    [
      "backoff",
      2,
      (r) =>
        `E0603 ${r.clock()}.${r.int(100000, 999999)}    ${r.int(1, 9999)} pod_workers.go:${
          r.int(1000, 1999)
        }] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"api\\" with CrashLoopBackOff" pod="default/api-${
          r.hex(10)
        }-${r.hex(5)}"`,
    ],
    [
      "watch",
      2,
      (r) =>
        `W0603 ${r.clock()}.${r.int(100000, 999999)}       1 reflector.go:${
          r.int(100, 999)
        }] watch of *v1.Pod ended with: too old resource version: ${r.int(1000000, 9999999)} (${
          r.int(1000000, 9999999)
        })`,
    ],
  ],
  postgres: [
    [
      "duration",
      4,
      (r) =>
        `2025-06-03 ${r.clock()}.${r.int(100, 999)} UTC [${r.int(100, 99999)}] LOG:  duration: ${
          r.int(0, 999)
        }.${r.int(100, 999)} ms  statement: SELECT * FROM orders WHERE id = ${r.int(1, 99999)}`,
    ],
    [
      "duplicate key",
      2,
      (r) =>
        `2025-06-03 ${r.clock()}.${r.int(100, 999)} UTC [${
          r.int(100, 99999)
        }] ERROR:  duplicate key value violates unique constraint "${
          r.pick(["orders_pkey", "users_email_key", "payments_pkey"])
        }"`,
    ],
    [
      "auth failed",
      1,
      (r) =>
        `2025-06-03 ${r.clock()}.${r.int(100, 999)} UTC [${
          r.int(100, 99999)
        }] FATAL:  password authentication failed for user "${r.pick(USERS)}"`,
    ],
    [
      "checkpoint",
      2,
      (r) =>
        `2025-06-03 ${r.clock()}.${r.int(100, 999)} UTC [${
          r.int(100, 99999)
        }] LOG:  checkpoint complete: wrote ${r.int(1, 9999)} buffers (${r.int(0, 99)}.${
          r.int(0, 9)
        }%); ${r.int(0, 9)} WAL file(s) added, ${r.int(0, 9)} removed`,
    ],
  ],
};

export const STYLE_NAMES = Object.keys(STYLES) as Style[];

/** `count` labelled lines of one style, the events mixed in proportion to their weights. */
export function styleLines(style: Style, count: number, seed = 42): LabelledLine[] {
  const r = randomSource(seed);
  const events = STYLES[style];
  const total = events.reduce((sum, [, weight]) => sum + weight, 0);
  const lines: LabelledLine[] = [];
  for (let i = 0; i < count; i++) {
    let roll = r.next() * total;
    let chosen = events[events.length - 1];
    for (const event of events) {
      roll -= event[1];
      if (roll < 0) {
        chosen = event;
        break;
      }
    }
    lines.push({ event: chosen[0], text: chosen[2](r) });
  }
  return lines;
}
