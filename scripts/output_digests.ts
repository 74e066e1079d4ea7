/**
 * `deno task digests`: the engine's output on three generated logs, each as a short SHA-256 digest
 * of its scrubbed text under a fixed pseudonym key, so that a change meant to keep behaviour (a
 * speed or size change, a refactor) can show that it did: the digests before and after are equal.
 *
 * The logs are generated the same way on every machine: the 20 MB mixed log of
 * ../shared/eval/genlogs.mjs (seed 1, when shared/ is beside the repository; left out otherwise,
 * with a notice), the 20 MB key/value-dense log of ./kv_json_log.ts (seed 1), and the dev kit's
 * sample lines laid out as 60 Ki-character lines (bench/line_lengths.ts). Prints one line per log:
 * its name, the first 16 hex digits of the digest and the milliseconds the scrub took.
 */
import { dirname, join } from "@node/path";
import { fileURLToPath } from "@node/url";
import { createScrubber } from "../core/scrub/mod.ts";
import { sampleLineAt } from "../devkit/sample_logs/generator.ts";
import { SAMPLE_SERVICES } from "../devkit/sample_logs/services.ts";
import { layOut } from "../bench/line_lengths.ts";
import { writeKvJsonLog } from "./kv_json_log.ts";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const GENLOGS = join(repo, "..", "shared", "eval", "genlogs.mjs");
const GENERATE_TIMEOUT_MS = 300_000;
/** The fixed pseudonym key: digests compare runs, so any constant key serves. */
const KEY = new Uint8Array(32);

/** The first 16 hex digits of the SHA-256 of `text` scrubbed with the fixed key. */
export async function outputDigest(text: string): Promise<{ digest: string; ms: number }> {
  const scrubber = createScrubber(
    { limits: { maxInputBytes: 1 << 30, timeBudgetMs: 600_000 } },
    { pseudonymKey: KEY },
  );
  const started = performance.now();
  const out = scrubber.scrub(text).text;
  const ms = performance.now() - started;
  const hash = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(out)),
  );
  const digest = [...hash.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { digest, ms };
}

/** The dev kit's sample lines (about `chars` characters) laid out as lines of `length`. */
export function sampleLinesLaidOut(chars: number, length: number): string {
  const services = Object.keys(SAMPLE_SERVICES);
  const lines: string[] = [];
  for (let slot = 0, total = 0; total < chars; slot++) {
    const line = JSON.stringify(sampleLineAt(services[slot % services.length], "production", slot));
    lines.push(line);
    total += line.length + 1;
  }
  return layOut(lines, length);
}

async function mixedLog(dir: string): Promise<string | undefined> {
  try {
    await Deno.stat(GENLOGS);
  } catch {
    return undefined;
  }
  const out = join(dir, "mixed.log");
  const { success, stderr } = await new Deno.Command("node", {
    args: [GENLOGS, "--mb", "20", "--seed", "1", "--out", out],
    stdout: "null",
    stderr: "piped",
    signal: AbortSignal.timeout(GENERATE_TIMEOUT_MS),
  }).output();
  if (!success) {
    throw new Error(`${GENLOGS} failed: ${new TextDecoder().decode(stderr).trim()}`);
  }
  return await Deno.readTextFile(out);
}

if (import.meta.main) {
  const dir = await Deno.makeTempDir({ prefix: "scrub-digests-" });
  try {
    const mixed = await mixedLog(dir);
    const kvFile = join(dir, "kv.log");
    await writeKvJsonLog(kvFile, 20, 1);
    const logs: [string, string | undefined][] = [
      ["mixed 20 MB (shared/eval/genlogs.mjs)", mixed],
      ["key/value 20 MB (scripts/kv_json_log.ts)", await Deno.readTextFile(kvFile)],
      ["60 Ki-character lines, 8 MB", sampleLinesLaidOut(8_000_000, 61440)],
    ];
    for (const [name, text] of logs) {
      if (text === undefined) {
        console.log(`${name.padEnd(42)} skipped: ${GENLOGS} is absent`);
        continue;
      }
      const { digest, ms } = await outputDigest(text);
      console.log(`${name.padEnd(42)} ${digest}  ${ms.toFixed(0)} ms`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
