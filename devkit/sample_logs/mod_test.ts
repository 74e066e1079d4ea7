import { deepStrictEqual, notDeepStrictEqual, ok, strictEqual } from "@node/assert";
import { startSampleLogService } from "./mod.ts";
import { sampleLines, SLOT_MS } from "./generator.ts";

const END = Date.parse("2026-11-29T10:00:00Z");
const START = END - 15 * 60_000;

async function get(url: string, token: string | undefined, params: Record<string, string>) {
  const target = new URL("/v1/logs", url);
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
  const response = await fetch(target, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: await response.json(),
  };
}

const WINDOW = {
  service: "checkout",
  environment: "production",
  start: new Date(START).toISOString(),
  end: new Date(END).toISOString(),
};

Deno.test("sample service: bearer auth, problem+json errors", async () => {
  const service = await startSampleLogService({ token: "t0ken" });
  try {
    ok(service.url.startsWith("http://127.0.0.1:"));
    deepStrictEqual(service.services, ["checkout", "auth", "gateway", "billing"]);
    const denied = await get(service.url, "wrong", WINDOW);
    strictEqual(denied.status, 401);
    strictEqual(denied.type, "application/problem+json");
    strictEqual(denied.body.title, "Unauthorized");
    strictEqual((await get(service.url, undefined, WINDOW)).status, 401);
    strictEqual((await get(service.url, "t0ken", { ...WINDOW, service: "nope" })).status, 404);
    strictEqual((await get(service.url, "t0ken", { ...WINDOW, limit: "501" })).status, 400);
    strictEqual((await get(service.url, "t0ken", { ...WINDOW, cursor: "%%%" })).status, 400);
    strictEqual(
      (await get(service.url, "t0ken", { ...WINDOW, start: WINDOW.end, end: WINDOW.start })).status,
      400,
    );
  } finally {
    await service.stop();
  }
});

Deno.test("sample service: cursor pages cover the window newest first, without gaps or repeats", async () => {
  const service = await startSampleLogService();
  try {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await get(service.url, service.token, {
        ...WINDOW,
        limit: "40",
        ...(cursor ? { cursor } : {}),
      });
      strictEqual(page.status, 200);
      seen.push(...page.body.items.map((item: { timestamp: string }) => item.timestamp));
      cursor = page.body.next_cursor;
      pages++;
    } while (cursor && pages < 20);
    const all = sampleLines({
      service: "checkout",
      environment: "production",
      startMs: START,
      endMs: END,
      limit: 1000,
    });
    deepStrictEqual(seen, all.items.map((item) => item.timestamp));
    strictEqual(seen.length, (END - START) / SLOT_MS);
    deepStrictEqual([...seen].sort().reverse(), seen);
  } finally {
    await service.stop();
  }
});

Deno.test("sample lines are deterministic per service, environment and window, and carry fake secrets", () => {
  const query = {
    service: "billing",
    environment: "production",
    startMs: START,
    endMs: END,
    limit: 500,
  };
  deepStrictEqual(sampleLines(query), sampleLines(query));
  notDeepStrictEqual(
    sampleLines(query).items,
    sampleLines({ ...query, environment: "staging" }).items,
  );
  // A sub-window yields exactly the lines of the wider window that fall inside it.
  const inner = sampleLines({ ...query, startMs: START + 60_000, endMs: END - 60_000 }).items;
  deepStrictEqual(
    inner,
    sampleLines(query).items.filter((i) =>
      Date.parse(i.timestamp) >= START + 60_000 && Date.parse(i.timestamp) < END - 60_000
    ),
  );
  const text = ["checkout", "auth", "gateway", "billing"]
    .flatMap((service) =>
      sampleLines({ ...query, service, limit: 500 }).items.map((i) => i.message)
    )
    .join("\n");
  for (
    const pattern of [
      /AKIA[A-Z2-7]{16}/,
      /xoxb-\d+-\d+-\w+/,
      /ghp_[A-Za-z0-9]{36}/,
      /@example\.com/,
      /4111 1111 1111 1111|5555555555554444/,
      /\+1 415 555 01\d\d/,
      /203\.0\.113\.\d+/,
      /-----BEGIN RSA PRIVATE KEY-----/,
      /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/,
      /postgres:\/\/checkout:[^@]+@/,
      /\n {4}at verifyToken/,
      /"GET \/api\/v1\/orders\/\d+ HTTP\/1\.1" 200/,
    ]
  ) ok(pattern.test(text), `no sample line matches ${pattern}`);
});
