/**
 * A loopback HTTP server for tests and the demo: records every request and answers through a
 * route function. The backend fakes in this folder are routes over in-memory data.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Wait this long before answering (ends early when the client gives up). */
  delayMs?: number;
}

export type FakeRoute = (request: RecordedRequest) => FakeReply | Promise<FakeReply>;

export interface FakeServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}

export function startFakeServer(route: FakeRoute): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const stopping = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      const url = new URL(request.url);
      const recorded: RecordedRequest = {
        method: request.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
      };
      requests.push(recorded);
      let reply: FakeReply;
      try {
        reply = await route(recorded);
      } catch (error) {
        reply = { status: 500, body: `fake route failed: ${(error as Error).message}` };
      }
      if (reply.delayMs) {
        await pause(reply.delayMs, AbortSignal.any([request.signal, stopping.signal]));
      }
      const isText = typeof reply.body === "string" || reply.body === undefined;
      return new Response(
        isText ? (reply.body as string | undefined) : JSON.stringify(reply.body),
        {
          status: reply.status ?? 200,
          headers: {
            "content-type": isText ? "text/plain; charset=utf-8" : "application/json",
            ...reply.headers,
          },
        },
      );
    },
  );
  return Promise.resolve({
    url: `http://127.0.0.1:${server.addr.port}`,
    requests,
    async stop() {
      stopping.abort();
      await server.shutdown();
    },
  });
}

/** Answers the first requests with the given faults, then hands over to `route`. */
export function withFaults(faults: FakeReply[], route: FakeRoute): FakeRoute {
  const queue = [...faults];
  return (request) => queue.shift() ?? route(request);
}

/** Answers each request with the next reply of a fixed script; 500 once it runs out. */
export function scripted(replies: FakeReply[]): FakeRoute {
  const queue = [...replies];
  return () => queue.shift() ?? { status: 500, body: "the fake's script has no more replies" };
}

/** Opaque page tokens the fakes hand out: base64 of an offset. */
export function encodeToken(offset: number): string {
  return btoa(`offset:${offset}`);
}

export function decodeToken(token: string | undefined): number {
  if (!token) return 0;
  const match = /^offset:(\d+)$/.exec(atob(token));
  if (!match) throw new Error("bad page token");
  return Number(match[1]);
}
