/**
 * The 20 MB mixed log the speed figures are measured on: ../shared/eval/genlogs.mjs (beside the
 * repository, absent on a machine without shared/), seed 1, run with Node. Used by
 * `deno task throughput` and `deno task digests`.
 */
import { dirname, join } from "@node/path";
import { fileURLToPath } from "@node/url";

export const GENLOGS = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "shared",
  "eval",
  "genlogs.mjs",
);
const GENERATE_TIMEOUT_MS = 300_000;

/** Whether genlogs.mjs is there to run. */
export async function genlogsPresent(): Promise<boolean> {
  try {
    await Deno.stat(GENLOGS);
    return true;
  } catch {
    return false;
  }
}

/** Writes the mixed log to `out`; throws with genlogs.mjs's own message when it fails. */
export async function writeMixedLog(out: string): Promise<void> {
  const { success, stderr } = await new Deno.Command("node", {
    args: [GENLOGS, "--mb", "20", "--seed", "1", "--out", out],
    stdout: "null",
    stderr: "piped",
    signal: AbortSignal.timeout(GENERATE_TIMEOUT_MS),
  }).output();
  if (!success) {
    throw new Error(`${GENLOGS} failed: ${new TextDecoder().decode(stderr).trim()}`);
  }
}
