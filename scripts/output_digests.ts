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
import { join } from "@node/path";
import { createScrubber } from "../core/scrub/mod.ts";
import { layOut, sourceLines } from "../bench/line_lengths.ts";
import { writeKvJsonLog } from "./kv_json_log.ts";
import { GENLOGS, genlogsPresent, writeMixedLog } from "./mixed_log.ts";
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
export const sampleLinesLaidOut = async (chars: number, length: number) =>
  layOut(await sourceLines(chars), length);

if (import.meta.main) {
  const dir = await Deno.makeTempDir({ prefix: "scrub-digests-" });
  try {
    const mixedFile = join(dir, "mixed.log");
    const mixed = await genlogsPresent()
      ? (await writeMixedLog(mixedFile), await Deno.readTextFile(mixedFile))
      : undefined;
    const kvFile = join(dir, "kv.log");
    await writeKvJsonLog(kvFile, 20, 1);
    const logs: [string, string | undefined][] = [
      ["mixed 20 MB (shared/eval/genlogs.mjs)", mixed],
      ["key/value 20 MB (scripts/kv_json_log.ts)", await Deno.readTextFile(kvFile)],
      ["60 Ki-character lines, 8 MB", await sampleLinesLaidOut(8_000_000, 61440)],
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
