/**
 * The keyword and line-shape scan (see ../keyword_index.ts) as a WebAssembly loop: three
 * table-driven automata stepped once per character, each hit written out as (position,
 * automaton, state). It finds exactly what the JavaScript loop in keyword_index.ts finds (the
 * tests compare them on random text), about twice as fast.
 *
 * In memory a state is the byte address of its row, and each automaton has its own class table
 * of byte offsets within a row, so a step is two loads and an add. (Running several parts of a
 * chunk as interleaved streams was measured too: on this loop it is slower, as the streams'
 * states no longer fit in registers.) The loop reads bytes, so it takes only ASCII chunks;
 * `scanChunk` says when a chunk is not one, and the caller scans that chunk in JavaScript.
 */
import type { ScanAutomaton, ScanSink, ScanStates } from "../types.ts";
import { BASE64_DIGITS } from "../../detectors/value_runs.ts";
import { fromBase64 } from "../packed_bytes.ts";
import { utf8Encoder } from "../../../utf8.ts";

/** Characters per chunk: at most this many bytes (ASCII) go into the input area per call. */
export const CHUNK_LENGTH = 1 << 14;
export const AUTOMATA = 3;
const PAGE = 65536;
export const ASCII = 128;

// Memory, at fixed addresses: a header of i32 slots; per automaton a class table (ASCII i32
// byte offsets); the base64 digits (BASE64_DIGITS; ASCII i32); the input
// area; per automaton, then for the runs, an output area of positions and one of states (at most
// one hit per character each); then the transition tables, which differ in size from one scan
// to another. Header: each automaton's first hit state (slots 0-2), its state at the start and
// end of a call (3-5), its hits written in the call (6-8, in bytes), where its table starts
// (9-11), the text position of the input's first character (12), the length of the run of
// digits going on at the start and end of a call (13) and the runs written in it (14, in bytes).
export const FIRST_HIT = 0, STATES = 3, WRITTEN = 6, TABLE_AT = 9, BASE = 12;
export const RUN_LENGTH = 13, RUNS_WRITTEN = 14;
export const CLASSES = 64;
export const GROUPS = CLASSES + AUTOMATA * ASCII * 4;
export const INPUT = GROUPS + ASCII * 4;
export const OUTPUT = INPUT + CHUNK_LENGTH;
/**
 * Automaton a's positions from OUTPUT + 2a * AREA on, its states from OUTPUT + (2a + 1) * AREA;
 * the runs' ends and lengths after those.
 */
export const AREA = CHUNK_LENGTH * 4;
export const RUN_ENDS = OUTPUT + AUTOMATA * 2 * AREA, RUN_VALUES = RUN_ENDS + AREA;
const TABLES = RUN_VALUES + AREA;

/**
 * The scan module (base64), as ./scan_module.ts assembles it (a test holds the two equal): the
 * bundles carry its bytes, not the assembler.
 */
export const SCAN_MODULE =
  "AGFzbQEAAAABEQNgAX8Bf2ABfwF/YAJ/fwF/AwQDAAECBQMBAAEHKgQGbWVtb3J5AgAEc2NhbgAACHNjYW5SdW5zAAELdG9BZGRyZXNzZXMAAgq1BgPiAgERf0EAKAIAIQdBACgCDCEEQQAoAiQhDUEAIQpBACgCBCEIQQAoAhAhBUEAKAIoIQ5BACELQQAoAgghCUEAKAIUIQZBACgCLCEPQQAhDEEAKAIwIQNBACEBQQAoAjQhEEEAIRECQANAIAEgAElFDQEgAS0AwBBBAnQhAiACKAJAIARqKAIAIgQgB08EQCAKIAEgA2o2AsCQASAKIAQgDWtBAnY2AsCQBSAKQQRqIQoLIAIoAsAEIAVqKAIAIgUgCE8EQCALIAEgA2o2AsCQCSALIAUgDmtBAnY2AsCQDSALQQRqIQsLIAIoAsAIIAZqKAIAIgYgCU8EQCAMIAEgA2o2AsCQESAMIAYgD2tBAnY2AsCQFSAMQQRqIQwLIAFBAWohAQwACwtBACAKNgIYQQAgBDYCDEEAIAs2AhxBACAFNgIQQQAgDDYCIEEAIAY2AhRBACAQNgI0QQAgETYCOEEAC5wDARF/QQAoAgAhB0EAKAIMIQRBACgCJCENQQAhCkEAKAIEIQhBACgCECEFQQAoAighDkEAIQtBACgCCCEJQQAoAhQhBkEAKAIsIQ9BACEMQQAoAjAhA0EAIQFBACgCNCEQQQAhEQJAA0AgASAASUUNASABLQDAEEECdCECIAIoAkAgBGooAgAiBCAHTwRAIAogASADajYCwJABIAogBCANa0ECdjYCwJAFIApBBGohCgsgAigCwAQgBWooAgAiBSAITwRAIAsgASADajYCwJAJIAsgBSAOa0ECdjYCwJANIAtBBGohCwsgAigCwAggBmooAgAiBiAJTwRAIAwgASADajYCwJARIAwgBiAPa0ECdjYCwJAVIAxBBGohDAsgESABIANqNgLAkBkgESAQNgLAkB0gESACKALADEUgEEEMT3FBAnRqIREgEEEBakEAIAIoAsAMGyEQIAFBAWohAQwACwtBACAKNgIYQQAgBDYCDEEAIAs2AhxBACAFNgIQQQAgDDYCIEEAIAY2AhRBACAQNgI0QQAgETYCOEEACzEBAX8gACECAkADQCACIAFJRQ0BIAIgAigCAEECdCAAajYCACACQQRqIQIMAAsLQQAL";

let compiled: WebAssembly.Module | undefined;

/** The module, compiled once per process (each scan has an instance with its own memory). */
function scanModule(): WebAssembly.Module {
  return compiled ??= new WebAssembly.Module(fromBase64(SCAN_MODULE) as Uint8Array<ArrayBuffer>);
}

/** The scan loop over one set of tables, in its own WebAssembly memory. */
export class WasmScan {
  readonly #run: (length: number) => number;
  readonly #runWithRuns: (length: number) => number;
  readonly #header: Int32Array;
  readonly #input: Uint8Array;
  /** Per automaton: its output areas, positions and states. */
  readonly #positions: Int32Array[];
  readonly #states: Int32Array[];
  /** The runs' output areas: where each ends, and its value. */
  readonly #runEnds: Int32Array;
  readonly #runValues: Int32Array;
  /** Per automaton: the byte address of its table (state 0's row). */
  readonly #tableAt: number[];

  private constructor(automata: readonly ScanAutomaton[]) {
    let at = TABLES;
    this.#tableAt = automata.map((a) => {
      const start = at;
      at += a.delta.byteLength;
      return start;
    });
    const instance = new WebAssembly.Instance(scanModule(), {});
    const memory = instance.exports.memory as WebAssembly.Memory;
    memory.grow(Math.ceil(at / PAGE) - memory.buffer.byteLength / PAGE);
    const buffer = memory.buffer;
    const classes = new Int32Array(buffer, CLASSES, AUTOMATA * ASCII);
    automata.forEach((automaton, a) => {
      for (let c = 0; c < ASCII; c++) classes[a * ASCII + c] = automaton.classes[c] * 4;
    });
    const toAddresses = instance.exports.toAddresses as (table: number, end: number) => number;
    automata.forEach(({ delta }, i) => {
      new Int32Array(buffer, this.#tableAt[i], delta.length).set(delta);
      toAddresses(this.#tableAt[i], this.#tableAt[i] + delta.byteLength);
    });
    this.#header = new Int32Array(buffer, 0, RUNS_WRITTEN + 1);
    new Int32Array(buffer, GROUPS, ASCII).set(BASE64_DIGITS);
    this.#runEnds = new Int32Array(buffer, RUN_ENDS, CHUNK_LENGTH);
    this.#runValues = new Int32Array(buffer, RUN_VALUES, CHUNK_LENGTH);
    this.#header.set(automata.map((a, i) => this.#tableAt[i] + a.firstHit * 4), FIRST_HIT);
    this.#header.set(this.#tableAt, TABLE_AT);
    this.#input = new Uint8Array(buffer, INPUT, CHUNK_LENGTH);
    const area = (k: number) => new Int32Array(buffer, OUTPUT + k * AREA, CHUNK_LENGTH);
    this.#positions = automata.map((_, a) => area(2 * a));
    this.#states = automata.map((_, a) => area(2 * a + 1));
    this.#run = instance.exports.scan as (length: number) => number;
    this.#runWithRuns = instance.exports.scanRuns as (length: number) => number;
  }

  /**
   * A scan of three automata (the keywords' and the two line-shape groups'), or null where
   * WebAssembly is unavailable (then the JavaScript loop runs).
   */
  static create(automata: readonly [ScanAutomaton, ScanAutomaton, ScanAutomaton]): WasmScan | null {
    if (typeof WebAssembly !== "object") return null;
    try {
      return new WasmScan(automata);
    } catch {
      return null;
    }
  }

  /**
   * Scans `text[from, to)` (at most CHUNK_LENGTH characters) from `states`, adding its hits to
   * `sink` and leaving the states at its end in `states`. Returns false, having done nothing,
   * when the chunk is not all ASCII.
   */
  scanChunk(text: string, from: number, to: number, states: ScanStates, sink: ScanSink): boolean {
    const chunk = text.substring(from, to);
    const { read, written } = utf8Encoder.encodeInto(chunk, this.#input);
    if (read !== chunk.length || written !== chunk.length) return false;
    const h = this.#header, tableAt = this.#tableAt;
    for (let a = 0; a < AUTOMATA; a++) h[STATES + a] = tableAt[a] + states[a] * 4;
    h[BASE] = from;
    const runs = sink[3];
    if (runs === null) this.#run(chunk.length);
    else {
      h[RUN_LENGTH] = states[3];
      this.#runWithRuns(chunk.length);
      states[3] = h[RUN_LENGTH];
      runs.append(this.#runEnds, this.#runValues, h[RUNS_WRITTEN] >> 2);
    }
    for (let a = 0; a < AUTOMATA; a++) {
      states[a] = (h[STATES + a] - tableAt[a]) / 4;
      sink[a as 0 | 1 | 2].append(this.#positions[a], this.#states[a], h[WRITTEN + a] >> 2);
    }
    return true;
  }
}
