/**
 * Scrubbers for a validated policy: whole texts, line streams and chunk streams, all failing
 * closed. This module does not load the policy schema (zod), so that a caller without a policy
 * (the scrub CLI) starts faster; ./mod.ts validates untrusted policies and is the public API.
 */
import type { BlockDetector, Detector } from "./detector.ts";
import { BLOCK_DETECTORS, builtinDetectors } from "./detectors/mod.ts";
import { type EngineTimer, LineEngine } from "./engine.ts";
import { PolicyError, ScrubError } from "./errors.ts";
import { Masker } from "./mask.ts";
import type { Policy } from "./policy.ts";
import { compileRules, type Rules } from "./rules.ts";

export interface ScrubResult {
  text: string;
  /** Findings per detector id (never the values). */
  counts: Record<string, number>;
}

/** Line-by-line scrubbing with bounded memory. */
export interface LineScrubber {
  /** One line without its newline (a string holding newlines is taken as several lines). */
  push(line: string): string[];
  end(): string[];
  counts(): Record<string, number>;
}

/** Scrubbing of arbitrary text chunks (e.g. stdin reads), cut anywhere. */
export interface TextScrubber {
  /** Returns the scrubbed text of every line completed by this chunk. */
  write(chunk: string): string;
  /**
   * write, as pieces to output one after another (their concatenation is what write returns):
   * a writer that encodes them one by one saves joining them, and plain-text pieces stay
   * one-byte strings, which encode many times faster than the joined text with one `…` in it.
   */
  writeParts(chunk: string): string[];
  /** Returns the scrubbed last line (the text after the final newline). */
  end(): string;
  counts(): Record<string, number>;
}

export interface Scrubber {
  scrub(text: string): ScrubResult;
  stream(): LineScrubber;
  textStream(): TextScrubber;
}

export interface ScrubberOptions {
  /** Key for pseudonyms; a random 32-byte key per scrubber when absent. */
  pseudonymKey?: Uint8Array;
  /** Detector set (tests, embedding); the built-in registry when absent. */
  detectors?: readonly Detector[];
  blockDetectors?: readonly BlockDetector[];
  /** Times the engine's steps when given (speed work only: createScrubber's `times`). */
  timer?: EngineTimer;
}

const PSEUDONYM_KEY_BYTES = 32;

/** Any failure as a ScrubError that carries no input text. */
function failClosed<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof ScrubError) throw e;
    throw new ScrubError(
      "internal",
      "scrubbing failed inside the engine, so no text was returned; report this with the policy used",
    );
  }
}

const TWO_BYTE = /[\u0080-\u07ff]/g;
const THREE_BYTE = /[\u0800-\uffff]/g;

/** UTF-8 size of `text`, or an upper bound of it (a surrogate pair counts 6, not 4). */
function utf8Bound(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length * 3;
  let bytes = text.length;
  for (const [re, extra] of [[TWO_BYTE, 1], [THREE_BYTE, 2]] as const) {
    re.lastIndex = 0;
    while (re.exec(text) !== null && bytes <= limit) bytes += extra;
  }
  return bytes;
}

/** A scrubber of whole texts only: what functions use (their bundles carry no stream code). */
export type WholeTextScrubber = Pick<Scrubber, "scrub">;

/** The compiled rules, the masker and the engine's options one scrubber runs with. */
interface Prepared {
  rules: Rules;
  masker: Masker;
  timer?: EngineTimer;
}

function prepare(policy: Policy, options: ScrubberOptions): Prepared {
  const rules: Rules = compileRules(
    policy,
    options.detectors ?? builtinDetectors(),
    options.blockDetectors ?? BLOCK_DETECTORS,
  );
  const key = options.pseudonymKey ?? crypto.getRandomValues(new Uint8Array(PSEUDONYM_KEY_BYTES));
  if (key.length === 0) throw new PolicyError("options.pseudonymKey: the key must not be empty");
  return { rules, masker: new Masker(key), timer: options.timer };
}

function scrubWhole({ rules, masker, timer }: Prepared, text: string): ScrubResult {
  const maxBytes = rules.limits.maxInputBytes;
  if (text.length > maxBytes || utf8Bound(text, maxBytes) > maxBytes) {
    throw new ScrubError(
      "input-too-large",
      `input is larger than limits.maxInputBytes (${maxBytes} bytes); ` +
        "scrub it in parts with stream() or raise the limit",
    );
  }
  return failClosed(() => {
    const engine = new LineEngine(rules, masker, timer);
    engine.startCall();
    return { text: engine.scrubRegion(text, 0, text.length), counts: engine.counts() };
  });
}

/**
 * Creates a scrubber for a policy that is already validated (see createScrubber in ./mod.ts for
 * untrusted input). Throws PolicyError for an unusable custom pattern or pseudonym key.
 */
export function scrubberFor(policy: Policy, options: ScrubberOptions = {}): Scrubber {
  const prepared = prepare(policy, options);
  const { rules, masker, timer } = prepared;
  return {
    scrub: (text) => scrubWhole(prepared, text),
    stream: () => lineStream(new LineEngine(rules, masker, timer)),
    textStream: () => textStream(new LineEngine(rules, masker, timer), rules.limits.maxLineLength),
  };
}

/**
 * scrubberFor's `scrub` alone, the same for the same policy and options: a bundle that scrubs
 * only whole texts then carries none of the streams' code.
 */
export function wholeTextScrubberFor(
  policy: Policy,
  options: ScrubberOptions = {},
): WholeTextScrubber {
  const prepared = prepare(policy, options);
  return { scrub: (text) => scrubWhole(prepared, text) };
}

/** Wraps stream calls: fail closed, and refuse further use once a call has failed. */
function guarded(engine: LineEngine) {
  let failed = false;
  return <T>(work: () => T): T => {
    if (failed) {
      throw new ScrubError("stream-failed", "this stream already failed; start a new one");
    }
    try {
      engine.startCall();
      return failClosed(work);
    } catch (e) {
      failed = true;
      throw e;
    }
  };
}

function lineStream(engine: LineEngine): LineScrubber {
  const call = guarded(engine);
  return {
    push: (line) => call(() => engine.scrubRegion(line, 0, line.length).split("\n")),
    end: () => call(() => []),
    counts: () => engine.counts(),
  };
}

function textStream(engine: LineEngine, maxLineLength: number): TextScrubber {
  const call = guarded(engine);
  let carry = "";
  /** True while the current line is over the limit: its text is dropped, not kept. */
  let discarding = false;
  const writeParts = (chunk: string) =>
    call(() => {
      const parts: string[] = [];
      let from = 0;
      if (discarding) {
        const newline = chunk.indexOf("\n");
        if (newline === -1) return parts;
        parts.push(engine.oversizedLine(), "\n");
        from = newline + 1;
        discarding = false;
      }
      const last = chunk.lastIndexOf("\n");
      if (last < from) carry += chunk.slice(from);
      else {
        // The line begun in earlier chunks ends at the first newline; the complete lines after
        // it are scrubbed where they are, without copying the chunk.
        const first = chunk.indexOf("\n", from);
        const line = carry + chunk.slice(from, first);
        engine.scrubRegionInto(line, 0, line.length, parts);
        parts.push("\n");
        if (last > first) {
          engine.scrubRegionInto(chunk, first + 1, last, parts);
          parts.push("\n");
        }
        carry = chunk.slice(last + 1);
      }
      if (carry.length > maxLineLength) {
        carry = "";
        discarding = true;
      }
      return parts;
    });
  return {
    write: (chunk) => writeParts(chunk).join(""),
    writeParts,
    end: () =>
      call(() => {
        if (discarding) return engine.oversizedLine();
        const line = carry;
        carry = "";
        return engine.scrubRegion(line, 0, line.length);
      }),
    counts: () => engine.counts(),
  };
}
