/**
 * CPU time of a mutation run, from Linux's /proc: this process and every child it has waited
 * for, plus the children still running (test hosts). A benchmark on a shared machine is judged
 * by CPU time, not by the clock. Deno reads /proc only with every permission, so `cat` reads it
 * (a millisecond a call). Zero where /proc cannot be read (another system).
 */

/** Clock ticks a second (`getconf CLK_TCK`; 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * User and system time of each process of `pids` and of the children it has waited for, in
 * seconds (0 for one that is gone).
 */
export async function cpuSecondsOf(pids: readonly number[]): Promise<number[]> {
  const seconds = new Map<number, number>();
  try {
    const out = await new Deno.Command("cat", {
      args: pids.map((pid) => `/proc/${pid}/stat`),
      stdin: "null",
      stdout: "piped",
      stderr: "null",
    }).output();
    for (const stat of new TextDecoder().decode(out.stdout).split("\n")) {
      // The command name, in parentheses, may hold spaces; the state (field 3) follows it.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
      if (Number.isFinite(ticks)) seconds.set(Number(stat.split(" ")[0]), ticks / TICKS_PER_SECOND);
    }
  } catch { /* no cat, or no /proc */ }
  return pids.map((pid) => seconds.get(pid) ?? 0);
}

/** This process, its reaped children, and the live children `pids`, in seconds. */
export async function cpuSeconds(pids: readonly number[] = []): Promise<number> {
  const each = await cpuSecondsOf([Deno.pid, ...pids]);
  return each.reduce((sum, s) => sum + s, 0);
}
