/**
 * `deno task scrub [--policy FILE] [--report]`: reads text on stdin and writes it scrubbed on
 * stdout, a line in, a line out (the final newline, or its absence, is kept). Invalid UTF-8
 * is replaced by U+FFFD. `--report` writes the finding counts as JSON to stderr.
 *
 * Exit codes: 0 done; 1 scrubbing failed (nothing more is written); 2 bad usage, unreadable
 * or invalid policy file, unreadable input.
 */
import {
  createScrubber,
  parsePolicy,
  PolicyError,
  ScrubError,
  type TextScrubber,
} from "../core/scrub/mod.ts";

const USAGE = "usage: deno task scrub [--policy FILE] [--report] < input > output";
/** Input is scrubbed in batches of about this many UTF-16 code units. */
const BATCH_CHARS = 1 << 20;

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

async function pump(scrubber: TextScrubber): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const encoder = new TextEncoder();
  const writer = Deno.stdout.writable.getWriter();
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async (final: boolean) => {
    const text = pending.join("");
    pending = [];
    pendingChars = 0;
    const out = scrubber.write(text) + (final ? scrubber.end() : "");
    if (out.length > 0) await writer.write(encoder.encode(out));
  };
  try {
    for await (const chunk of Deno.stdin.readable) {
      const text = decoder.decode(chunk, { stream: true });
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= BATCH_CHARS) await flush(false);
    }
  } catch (e) {
    if (e instanceof ScrubError) throw e;
    throw new UsageError(`cannot read the input: ${(e as Error).message}`);
  }
  pending.push(decoder.decode());
  await flush(true);
  await writer.close();
}

export async function main(args: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(args);
    const policy = options.policyFile === undefined
      ? undefined
      : parsePolicy(await readPolicy(options.policyFile));
    const stream = createScrubber(policy).textStream();
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
