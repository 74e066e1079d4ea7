/** The generic JSON adapter against scripted loopback APIs: paging, order, window, loops, time. */
import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { fetchLogs } from "./fetch_logs.ts";
import { LogSourceError } from "./types.ts";
import { deps, oneSourceConfig, VirtualClock } from "./test_support.ts";
import { type FakeReply, scripted, startFakeServer } from "../../devkit/fake_backends/mod.ts";

const GENERIC = {
  name: "team",
  kind: "generic_json",
  auth: { type: "none" },
  environments: ["prod"],
  pathTemplate: "/logs?svc={service}&from={start}&to={end}&n={limit}",
  timeFormat: "epoch_ms",
  itemsPath: "/data",
  fields: { timestamp: "/ts", message: "/msg" },
  paging: { type: "next_link", nextUrlPath: "/links/next" },
  services: { api: { value: "api" } },
};
const START_MS = Date.parse("2026-06-01T10:00Z");
const REQUEST = {
  service: "api",
  environment: "prod",
  window: "2026-06-01T10:00Z/2026-06-01T10:15Z",
};
/** `seconds` into the window, as epoch ms. */
const at = (seconds: number) => START_MS + seconds * 1000;

async function withFake(replies: FakeReply[], run: (url: string) => Promise<void>) {
  const fake = await startFakeServer(scripted(replies));
  try {
    await run(fake.url);
  } finally {
    await fake.stop();
  }
}

Deno.test("generic JSON: next links, epoch times, garbage replies and foreign links", async () => {
  const fake = await startFakeServer(scripted([
    { body: { data: [{ ts: at(2), msg: "b" }], links: { next: "/logs?page=2" } } },
    { body: { data: [{ ts: `${at(1)}000000`, msg: "a" }], links: {} } },
    { body: "<html>not json</html>" },
    { body: { data: [{ ts: "yesterday", msg: "x" }] } },
    { body: { data: [], links: { next: "http://169.254.169.254/latest" } } },
  ]));
  try {
    const cfg = oneSourceConfig(GENERIC, fake.url);
    const result = await fetchLogs(cfg, REQUEST, deps());
    deepStrictEqual(result.records.map((r) => [r.message, r.time]), [
      ["b", "2026-06-01T10:00:02.000Z"],
      ["a", "2026-06-01T10:00:01.000Z"],
    ]);
    deepStrictEqual(fake.requests[0].query, {
      svc: "api",
      from: String(START_MS),
      to: String(Date.parse("2026-06-01T10:15Z")),
      n: "200",
    });
    deepStrictEqual(fake.requests[1].query, { page: "2" });
    await rejects(
      fetchLogs(cfg, REQUEST, deps()),
      (e: LogSourceError) => e.code === "malformed" && !e.message.includes("html"),
    );
    await rejects(fetchLogs(cfg, REQUEST, deps()), /lacks a readable timestamp/);
    await rejects(fetchLogs(cfg, REQUEST, deps()), /redirect to another host|another host/);
  } finally {
    await fake.stop();
  }
});

Deno.test("generic JSON: an API that answers oldest first gets the newest lines, newest first; 2099 is dropped", async () => {
  const replies = [
    {
      body: {
        data: [
          { ts: at(1), msg: "oldest" },
          { ts: at(2), msg: "second" },
          { ts: Date.parse("2099-01-01T00:00Z"), msg: "stamped 2099" },
        ],
        links: { next: "/logs?page=2" },
      },
    },
    { body: { data: [{ ts: at(3), msg: "third" }, { ts: at(4), msg: "newest" }], links: {} } },
  ];
  await withFake(replies, async (url) => {
    const result = await fetchLogs(oneSourceConfig(GENERIC, url), REQUEST, deps());
    deepStrictEqual(result.records.map((r) => r.message), ["newest", "third", "second", "oldest"]);
    strictEqual(result.outOfWindow, 1);
    strictEqual(result.truncated, false);
  });
  await withFake(replies, async (url) => {
    const result = await fetchLogs(
      oneSourceConfig(GENERIC, url),
      { ...REQUEST, maxLines: 2 },
      deps(),
    );
    deepStrictEqual(result.records.map((r) => r.message), ["newest", "third"]);
    strictEqual(result.truncated, true);
    strictEqual(result.partial, undefined, "both pages read: these are the window's newest");
  });
});

Deno.test("generic JSON: a backend repeating its cursor gets its page shown once, with a notice", async () => {
  const page = {
    body: { next: "c1", data: [{ ts: at(5), msg: "page one line" }] },
  };
  const looping = { ...GENERIC, paging: { type: "cursor", cursorPath: "/next", cursorParam: "c" } };
  await withFake(Array.from({ length: 10 }, () => page), async (url) => {
    const result = await fetchLogs(oneSourceConfig(looping, url), REQUEST, deps());
    deepStrictEqual(result.records.map((r) => r.message), ["page one line"]);
    strictEqual(result.pages, 2);
    strictEqual(result.truncated, true);
    ok(/the source sent the same page twice/.test(result.partial!), result.partial);
  });
});

Deno.test("generic JSON: too slow for the fetch budget, a timeout error stating that budget (virtual time)", async () => {
  const clock = new VirtualClock();
  const started = clock.now();
  const cfg = oneSourceConfig({ ...GENERIC, requestTimeoutMs: 2000 }, "http://127.0.0.1:1", 3000);
  await rejects(
    clock.run(fetchLogs(cfg, { ...REQUEST, window: "15m" }, {
      fetch: clock.silentFetch(),
      env: {},
      now: clock.now,
      timers: clock,
    })),
    (e: LogSourceError) =>
      e.code === "timeout" &&
      e.message ===
        'Log source "team": no answer within its 3000 ms time budget (try a shorter window).',
  );
  strictEqual(clock.now() - started, 3000, "gave up at the 3 s budget, not later");
});
