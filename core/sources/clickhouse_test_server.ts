/**
 * A real ClickHouse server for one test: CLICKHOUSE_URL when it is set (CI starts a server and
 * sets it), else one started now by scripts/setup_clickhouse.sh in a temp dir. Call it inside the
 * test that uses it and `stop()` it in that test's `finally`: a filtered-out or ignored test then
 * starts nothing, and `stop()` fails when the process, its port or its temp dir is left behind.
 */
import { fileURLToPath } from "@node/url";

export interface TestClickHouse {
  /** Set when a server answers; otherwise `reason` says why none could be started. */
  url?: string;
  reason?: string;
  /** Stops what was started, waits for it to exit and removes its files; throws on leftovers. */
  stop(): Promise<void>;
}

const SETUP = fileURLToPath(new URL("../../scripts/setup_clickhouse.sh", import.meta.url));
const EXIT_POLL_MS = 50;
const EXIT_WAIT_MS = 10_000;

export async function startTestClickHouse(): Promise<TestClickHouse> {
  const given = Deno.env.get("CLICKHOUSE_URL");
  if (given) return { url: given, stop: () => Promise.resolve() };
  const root = await Deno.makeTempDir({ prefix: "sd_clickhouse_" });
  const port = freePort();
  const output = await new Deno.Command("bash", {
    args: [SETUP],
    // OWNER_PID: if this test process is killed, the script's watcher stops the server.
    env: { ROOT: root, CLICKHOUSE_PORT: String(port), OWNER_PID: String(Deno.pid) },
    stdout: "piped",
    stderr: "piped",
  }).output().catch((error) => ({
    success: false,
    stderr: new TextEncoder().encode(String(error)),
  }));
  const stop = () => stopServer(root, port);
  if (!output.success) {
    await stop();
    const reason = new TextDecoder().decode(output.stderr).trim().split("\n").slice(-3).join(" | ");
    return { reason: reason || "the setup script failed", stop };
  }
  return { url: `http://127.0.0.1:${port}/`, stop };
}

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

async function stopServer(root: string, port: number): Promise<void> {
  const pid = await readPid(root);
  if (pid !== undefined && isRunning(pid)) {
    // Its data is thrown away: no graceful shutdown, which would wait ~10 s for the test's
    // idle keep-alive connections.
    Deno.kill(pid, "SIGKILL");
    await exited(pid, EXIT_WAIT_MS);
  }
  await Deno.remove(root, { recursive: true }).catch(() => {});
  const leftovers = [
    pid !== undefined && isRunning(pid) ? `process ${pid}` : "",
    await listening(port) ? `port ${port}` : "",
    await exists(root) ? `directory ${root}` : "",
  ].filter(Boolean);
  if (leftovers.length > 0) {
    throw new Error(`the test ClickHouse server left ${leftovers.join(", ")} behind`);
  }
}

async function readPid(root: string): Promise<number | undefined> {
  try {
    const pid = Number((await Deno.readTextFile(`${root}/pid`)).trim());
    return Number.isSafeInteger(pid) && pid > 1 ? pid : undefined;
  } catch {
    return undefined; // the script started nothing
  }
}

/**
 * Alive and not a zombie (a container's init may not reap an orphan at once). Read through `cat`:
 * Deno lets only --allow-all read /proc/<pid>, and the tests run with --allow-run instead.
 */
function isRunning(pid: number): boolean {
  const read = new Deno.Command("cat", {
    args: [`/proc/${pid}/stat`],
    stdout: "piped",
    stderr: "null",
  }).outputSync();
  if (!read.success) return false;
  const stat = new TextDecoder().decode(read.stdout);
  // `pid (name) S …`: the state follows the last parenthesis.
  return stat.charAt(stat.lastIndexOf(")") + 2) !== "Z";
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  for (let waited = 0; waited < withinMs; waited += EXIT_POLL_MS) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, EXIT_POLL_MS));
  }
  return !isRunning(pid);
}

async function listening(port: number): Promise<boolean> {
  try {
    const connection = await Deno.connect({ hostname: "127.0.0.1", port });
    connection.close();
    return true;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}
