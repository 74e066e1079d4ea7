/**
 * `deno task scrub [--policy FILE] [--report] [--help]`: reads text on stdin and writes it
 * scrubbed on stdout, a line in, a line out (HELP below says what a user sees).
 *
 * Exit codes: 0 done (or --help); 1 scrubbing failed (nothing more is written); 2 bad usage,
 * unreadable or invalid policy file, unreadable input.
 */
import { PolicyError, ScrubError } from "../core/scrub/errors.ts";
import type { Policy } from "../core/scrub/policy.ts";
import { DEFAULT_LIMITS, defaultPolicy } from "../core/scrub/policy_defaults.ts";
import { scrubberFor, type TextScrubber } from "../core/scrub/scrubber.ts";
import { Utf8Batches } from "./utf8_batches.ts";

/** Input is read and scrubbed in batches of up to this many bytes (HELP says 1 MiB). */
const BATCH_BYTES = 1 << 20;
/** Input waits at most this long (ms) for its batch to fill before its lines are written. */
const HOLD_MS = 20;

const USAGE = "usage: deno task -q scrub [--policy FILE] [--report] < input > output";
const MAX_LINE = DEFAULT_LIMITS.maxLineLength;

const HELP = `scrub: masks secrets and personal data in text, a line in, a line out.

${USAGE}
       tail -f app.log | deno task -q scrub

Reads stdin, writes it to stdout with each finding replaced, e.g. [REDACTED:aws-access-key-id],
[REDACTED:payment-card …4242] or a keyed pseudonym for IP and MAC addresses (stable within one
run). The final newline, or its absence, is kept; invalid UTF-8 becomes U+FFFD.

  --policy FILE  a JSON scrubbing policy: "disabled" detector ids, masking "strategies" per
                 detector or kind, "customPatterns", an "allowlist" of terms never masked,
                 "limits". Checked before any input is read; an invalid file is refused with
                 the field named (exit 2). The app's own is config/scrub_policy.json; every
                 field is in core/scrub/policy.ts.
  --report       at the end, the number of findings per detector as JSON on stderr
  -h, --help     this help

Long lines: a line longer than ${MAX_LINE} characters (64 KiB of ASCII text; a policy's
limits.maxLineLength sets another limit) is replaced whole by [REDACTED:oversized-line] and
counted under oversized-line: it is never scanned and none of it is written.

Streaming: input is scrubbed in batches of up to 1 MiB. When the input pauses (as from
tail -f), the complete lines read so far are written within about ${HOLD_MS} ms; a line waits
for its newline, or for the end of the input. Lines of a private-key block are written masked
as they arrive, before the block ends.

Exit codes: 0 done; 1 scrubbing failed (e.g. over the time budget; nothing more is written);
2 bad usage, an unreadable or invalid policy file, unreadable input.
`;

export interface CliOptions {
  policyFile?: string;
  report: boolean;
  help: boolean;
}

class UsageError extends Error {}

export function parseArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { report: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--report") options.report = true;
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
 * Reads stdin into a batch buffer and writes it out scrubbed: when the buffer is full, and when
 * input has waited unwritten for HOLD_MS (the input paused, or trickles in as from `tail -f`).
 * Each write holds the lines completed so far; a line without its newline waits for it.
 */
async function pump(scrubber: TextScrubber): Promise<void> {
  const output = new ScrubbedOutput(scrubber);
  const input = new Uint8Array(BATCH_BYTES);
  /** input[0, filled) has been read; input[0, handed) has gone to the output. */
  let filled = 0;
  let handed = 0;
  /** Started when input[handed] arrived; null while nothing waits. */
  let hold: HoldTimer | null = null;
  try {
    for (;;) {
      const read = readInput(input.subarray(filled));
      if (hold !== null && await hold.firesBefore(read)) {
        hold = null;
        await output.write(input.subarray(handed, filled), false);
        handed = filled;
      }
      const n = await read;
      if (n === null) break;
      hold ??= new HoldTimer(HOLD_MS);
      filled += n;
      if (filled === input.length) {
        hold.cancel();
        hold = null;
        await output.write(input.subarray(handed, filled), false);
        filled = handed = 0;
      }
    }
  } finally {
    hold?.cancel();
  }
  await output.write(input.subarray(handed, filled), true);
  await output.drained();
}

function readInput(into: Uint8Array): Promise<number | null> {
  return Deno.stdin.read(into).catch((e) => {
    throw new UsageError(`cannot read the input: ${(e as Error).message}`);
  });
}

/**
 * One timer per stretch of waiting input (not one per read: pipes are read 64 KiB at a time).
 * It is an AbortSignal.timeout: Deno's setTimeout costs 5 to 20 ms of start-up on first use.
 */
class HoldTimer {
  readonly #signal: AbortSignal;
  readonly #fired: Promise<boolean>;
  #fire = () => {};

  constructor(ms: number) {
    this.#signal = AbortSignal.timeout(ms);
    this.#fired = new Promise<boolean>((resolve) => this.#fire = () => resolve(true));
    this.#signal.addEventListener("abort", this.#fire, { once: true });
  }

  /** True when the timer fires (or has fired) before `read` settles; the read goes on. */
  firesBefore(read: Promise<unknown>): Promise<boolean> {
    return Promise.race([read.then(() => false, () => false), this.#fired]);
  }

  /** Without its listener the timer no longer keeps the process alive. */
  cancel(): void {
    this.#signal.removeEventListener("abort", this.#fire);
  }
}

/**
 * Decodes, scrubs, encodes and writes; bounded memory. A batch is written while the next one is
 * read and scrubbed (two output buffers take turns).
 */
class ScrubbedOutput {
  readonly #scrubber: TextScrubber;
  readonly #decoder = new Utf8Batches();
  readonly #encoder = new TextEncoder();
  readonly #buffers = [new Uint8Array(0), new Uint8Array(0)];
  #turn = 0;
  #writing: Promise<void> = Promise.resolve();

  constructor(scrubber: TextScrubber) {
    this.#scrubber = scrubber;
  }

  /** Scrubs the lines `bytes` complete (with `last`, also the final line) and starts writing them. */
  async write(bytes: Uint8Array, last: boolean): Promise<void> {
    const text = this.#decoder.decode(bytes, last);
    const parts = this.#scrubber.writeParts(text);
    if (last) parts.push(this.#scrubber.end());
    let length = 0;
    for (const part of parts) length += part.length;
    if (length === 0) return;
    if (this.#buffers[this.#turn].length < length * 3) {
      this.#buffers[this.#turn] = new Uint8Array(length * 3);
    }
    const buffer = this.#buffers[this.#turn];
    this.#turn ^= 1;
    let written = 0;
    for (const part of parts) {
      written += this.#encoder.encodeInto(part, buffer.subarray(written)).written;
    }
    await this.#writing;
    this.#writing = writeAll(buffer.subarray(0, written));
    this.#writing.catch(() => {}); // awaited on the next write or in drained(), not unhandled
  }

  drained(): Promise<void> {
    return this.#writing;
  }
}

async function writeAll(bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += await Deno.stdout.write(bytes.subarray(at));
}

export async function main(args: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(args);
    if (options.help) {
      await writeAll(new TextEncoder().encode(HELP));
      return 0;
    }
    const policy = options.policyFile === undefined
      ? defaultPolicy()
      : await loadPolicy(options.policyFile);
    const stream = scrubberFor(policy).textStream();
    await pump(stream);
    if (options.report) console.error(JSON.stringify({ counts: stream.counts() }));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`scrub: ${e.message}\n${USAGE}\n(deno task -q scrub --help says more)`);
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
