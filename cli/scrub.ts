/**
 * `deno task scrub [--policy FILE] [--report]`: reads text on stdin and writes it scrubbed on
 * stdout, a line in, a line out (the final newline, or its absence, is kept). Invalid UTF-8
 * is replaced by U+FFFD. `--report` writes the finding counts as JSON to stderr.
 *
 * Exit codes: 0 done; 1 scrubbing failed (nothing more is written); 2 bad usage, unreadable
 * or invalid policy file, unreadable input.
 */
import { PolicyError, ScrubError } from "../core/scrub/errors.ts";
import type { Policy } from "../core/scrub/policy.ts";
import { defaultPolicy } from "../core/scrub/policy_defaults.ts";
import { scrubberFor, type TextScrubber } from "../core/scrub/scrubber.ts";

const USAGE = "usage: deno task scrub [--policy FILE] [--report] < input > output";
/** Input is read and scrubbed in batches of this many bytes. */
const BATCH_BYTES = 1 << 20;

export interface CliOptions {
  policyFile?: string;
  report: boolean;
}

class UsageError extends Error {}

export function parseArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { report: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--report") options.report = true;
    else if (arg === "--policy" || arg.startsWith("--policy=")) {
      const file = arg === "--policy" ? args[++i] : arg.slice("--policy=".length);
      if (!file) throw new UsageError("--policy needs a file name");
      options.policyFile = file;
    } else throw new UsageError(`unknown argument ${JSON.stringify(arg.slice(0, 40))}`);
  }
  return options;
}

/** Reads and validates a policy file; the schema (zod) is loaded only here. */
async function loadPolicy(file: string): Promise<Policy> {
  const { parsePolicy } = await import("../core/scrub/policy.ts");
  return parsePolicy(await readPolicy(file));
}

async function readPolicy(file: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await Deno.readTextFile(file);
  } catch (e) {
    throw new UsageError(`cannot read the policy file ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new UsageError(`the policy file ${file} is not valid JSON`);
  }
}

/**
 * Reads stdin in batches, scrubs each and writes it out; bounded memory. A batch's output is
 * written while the next batch is read and scrubbed (two output buffers take turns).
 */
async function pump(scrubber: TextScrubber): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const encoder = new TextEncoder();
  const input = new Uint8Array(BATCH_BYTES);
  const outputs = [new Uint8Array(0), new Uint8Array(0)];
  let writing: Promise<void> = Promise.resolve();
  for (let batch = 0, done = false; !done; batch++) {
    let filled = 0;
    try {
      while (filled < input.length) {
        const n = await Deno.stdin.read(input.subarray(filled));
        if (n === null) {
          done = true;
          break;
        }
        filled += n;
      }
    } catch (e) {
      throw new UsageError(`cannot read the input: ${(e as Error).message}`);
    }
    const text = decoder.decode(input.subarray(0, filled), { stream: !done });
    const parts = scrubber.writeParts(text);
    if (done) parts.push(scrubber.end());
    let length = 0;
    for (const part of parts) length += part.length;
    const turn = batch % 2;
    if (outputs[turn].length < length * 3) outputs[turn] = new Uint8Array(length * 3);
    const output = outputs[turn];
    let written = 0;
    for (const part of parts) written += encoder.encodeInto(part, output.subarray(written)).written;
    await writing;
    writing = writeAll(output.subarray(0, written));
    writing.catch(() => {}); // awaited on the next turn or at the end; not an unhandled rejection
  }
  await writing;
}

async function writeAll(bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += await Deno.stdout.write(bytes.subarray(at));
}

export async function main(args: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(args);
    const policy = options.policyFile === undefined
      ? defaultPolicy()
      : await loadPolicy(options.policyFile);
    const stream = scrubberFor(policy).textStream();
    await pump(stream);
    if (options.report) console.error(JSON.stringify({ counts: stream.counts() }));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`scrub: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof PolicyError) {
      console.error(`scrub: ${e.message}`);
      return 2;
    }
    if (e instanceof Deno.errors.BrokenPipe) return 0;
    if (e instanceof ScrubError) {
      console.error(`scrub: ${e.message}`);
      return 1;
    }
    console.error("scrub: failed unexpectedly; no further output was written");
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
