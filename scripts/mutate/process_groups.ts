/**
 * The process groups a mutation run has started (test hosts, `deno test` runs: each under
 * `setsid`, so that a signal to the run does not reach them), so that a run that is stopped
 * (SIGINT, SIGTERM, SIGHUP) kills every one of them before it exits. Once stopped, a group
 * started afterwards (by a worker still finishing its mutant) is killed as it is registered.
 */

const live = new Set<number>();
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
  live.add(pid);
  ended.finally(() => live.delete(pid)).catch(() => {});
}

/** Kills every group still running, and any started from now on. */
export function killAllGroups() {
  stopped = true;
  for (const pid of live) kill(pid);
}

/** How many groups are running (for tests). */
export const liveGroups = () => live.size;
