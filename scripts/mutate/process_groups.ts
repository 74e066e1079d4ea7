/**
 * The process groups a mutation run has started (test hosts, `deno test` runs: each under
 * `setsid`, so that a signal to the run does not reach them), so that a run that is stopped
 * (SIGINT, SIGTERM, SIGHUP) kills every one of them before it exits. Once stopped, a group
 * started afterwards (by a worker still finishing its mutant) is killed as it is registered.
 */

/** Each running group's leader → the promise that settles when it has exited and been reaped. */
const live = new Map<number, Promise<unknown>>();
let stopped = false;

/** The group, and its leader by itself: a child just spawned may not have made its group yet. */
function kill(pid: number) {
  for (const target of [-pid, pid]) {
    try {
      Deno.kill(target, "SIGKILL");
    } catch { /* gone, or no such group yet */ }
  }
}

/** Registers the group led by `pid` (a `setsid` child) until `ended` settles. */
export function trackGroup(pid: number, ended: Promise<unknown>) {
  if (stopped) {
    kill(pid);
    return;
  }
  live.set(pid, ended);
  ended.finally(() => live.delete(pid)).catch(() => {});
}

/**
 * Kills every group still running, and any started from now on; settles once each killed leader
 * has exited (a process SIGKILLed on a loaded machine takes a moment to be gone), or after
 * `waitMs` at most.
 */
export async function killAllGroups(waitMs = 5000): Promise<void> {
  stopped = true;
  const ended = [...live].map(([pid, done]) => {
    kill(pid);
    return done.catch(() => {});
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.all(ended),
    new Promise((r) => timer = setTimeout(r, waitMs)),
  ]);
  clearTimeout(timer);
}

/** How many groups are running (for tests). */
export const liveGroups = () => live.size;
