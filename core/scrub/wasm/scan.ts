/**
 * The keyword and line-shape scan (see ../keyword_index.ts) as a WebAssembly loop: three
 * table-driven automata stepped once per character, each hit written out as (position,
 * automaton, state). It finds exactly what the JavaScript loop in keyword_index.ts finds (the
 * tests compare them on random text), about twice as fast.
 *
 * Speed comes from running four parts of a chunk at once: every automaton is back in its start
 * state after a newline (no keyword or shape spans one), so a chunk cut at newlines scans as
 * four independent streams whose table lookups overlap, instead of one chain of dependent loads.
 * In memory a state is the byte address of its row and a class is its byte offset in a row, so
 * a step is one add and one load. The loop reads bytes, so it takes only ASCII chunks;
 * `scanChunk` says when a chunk is not one, and the caller scans that chunk in JavaScript.
 */
import { assembleModule, ins } from "./binary.ts";

/** One automaton as the scan steps it: delta[state + class] is the next state. */
export interface ScanAutomaton {
  delta: Int32Array;
  /** States at or above this complete something. */
  firstHit: number;
}

/**
 * What the scan steps: per code unit a class word (low 16 bits: automaton 0's class; bits
 * 16-23: automaton 1's; bits 24-31: automaton 2's), and the three automata.
 */
export interface ScanTables {
  classes: Uint32Array;
  automata: readonly [ScanAutomaton, ScanAutomaton, ScanAutomaton];
}

/** Hits of one scan, per automaton: where it entered a hit state, and which. */
export interface ScanSink {
  positions: [number[], number[], number[]];
  states: [number[], number[], number[]];
}

/** The three automata's states between chunks. */
export type ScanStates = [number, number, number];

/** Characters per chunk: at most this many bytes (ASCII) go into the input area per call. */
export const CHUNK_LENGTH = 1 << 14;
const STREAMS = 4;
/** A stream writes at most one record per automaton per character, 8 bytes each. */
const AREA_BYTES = CHUNK_LENGTH * 3 * 8;
const PAGE = 65536;
const ASCII = 128;

// Memory: a header of i32 slots, the ASCII class table, the transition tables, input, output.
// Header: each automaton's first hit state (slots 0-2), where each stream's output ended
// (3-6), the output area's address (7), and each stream's states at its start and end
// (8 + 3 * stream + automaton).
const FIRST_HIT = 0, OUT_END = 3, OUTPUT_AT = 7, STREAM_STATES = 8;
const HEADER_SLOTS = STREAM_STATES + 3 * STREAMS;
const CLASSES = HEADER_SLOTS * 4;

// Locals of `scan(start0, start1, start2, start3, end)`: where each stream starts and where the
// last one ends.
const PARAMS = 5;
let locals = PARAMS;
const local = () => locals++;
const H = [local(), local(), local()];
const CLS = local();
interface Stream {
  p: number;
  end: number;
  out: number;
  s: number[];
}
const streams: Stream[] = Array.from({ length: STREAMS }, () => ({
  p: local(),
  end: local(),
  out: local(),
  s: [local(), local(), local()],
}));

type Code = (number | readonly number[])[];

/** The class of automaton `a` in CLS: a byte offset within a row of its table. */
// deno-fmt-ignore
const classOf = (a: number): Code =>
  a === 0 ? [ins.get(CLS), ins.const(0xffff), ins.and]
  : a === 1 ? [ins.get(CLS), ins.const(16), ins.shrU, ins.const(0xff), ins.and]
  : [ins.get(CLS), ins.const(24), ins.shrU];

/** One character of stream `t`: step its three automata, write its hits, advance. */
function step(t: Stream): Code {
  // deno-fmt-ignore
  const code: Code = [
    ins.get(t.p), ins.load8(0), ins.const(2), ins.shl, ins.load(CLASSES), ins.set(CLS),
  ];
  for (let a = 0; a < 3; a++) {
    // deno-fmt-ignore
    code.push(
      // s = row s at column class
      ins.get(t.s[a]), ...classOf(a), ins.add, ins.load(), ins.set(t.s[a]),
      // a hit: out[0] = p << 2 | a; out[1] = s; out += 8
      ins.get(t.s[a]), ins.get(H[a]), ins.geU, ins.if,
        ins.get(t.out), ins.get(t.p), ins.const(2), ins.shl, ins.const(a), ins.or, ins.store(0),
        ins.get(t.out), ins.get(t.s[a]), ins.store(4),
        ins.get(t.out), ins.const(8), ins.add, ins.set(t.out),
      ins.end,
    );
  }
  code.push(ins.get(t.p), ins.const(1), ins.add, ins.set(t.p));
  return code;
}

/** Runs `body` while `more` (an i32 condition) holds. */
// deno-fmt-ignore
const loopWhile = (more: Code, body: Code): Code => [
  ins.block, ins.loop,
    ...more, ins.eqz, ins.brIf(1),
    ...body,
    ins.br(0),
  ins.end, ins.end,
];

const hasInput = (t: Stream): Code => [ins.get(t.p), ins.get(t.end), ins.ltU];
const header = (slot: number): Code => [ins.const(0), ins.load(slot * 4)];
const toHeader = (slot: number, value: Code): Code => [ins.const(0), ...value, ins.store(slot * 4)];

/** The body of `scan`. */
function scanBody(): Code {
  const code: Code = [];
  for (let a = 0; a < 3; a++) code.push(...header(FIRST_HIT + a), ins.set(H[a]));
  streams.forEach((t, k) => {
    code.push(ins.get(k), ins.set(t.p), ins.get(k + 1), ins.set(t.end));
    code.push(...header(OUTPUT_AT), ins.const(k * AREA_BYTES), ins.add, ins.set(t.out));
    for (let a = 0; a < 3; a++) code.push(...header(STREAM_STATES + 3 * k + a), ins.set(t.s[a]));
  });
  // All four streams in step while each has input; then each finishes alone.
  const allHaveInput = [...streams.flatMap(hasInput), ins.and, ins.and, ins.and];
  code.push(...loopWhile(allHaveInput, streams.flatMap(step)));
  for (const t of streams) code.push(...loopWhile(hasInput(t), step(t)));
  streams.forEach((t, k) => {
    code.push(...toHeader(OUT_END + k, [ins.get(t.out)]));
    for (let a = 0; a < 3; a++) {
      code.push(...toHeader(STREAM_STATES + 3 * k + a, [ins.get(t.s[a])]));
    }
  });
  code.push(ins.const(0));
  return code;
}

type Run = (start0: number, start1: number, start2: number, start3: number, end: number) => number;

let compiled: WebAssembly.Module | undefined;

/** The module, compiled once per process (each scan has an instance with its own memory). */
function scanModule(): WebAssembly.Module {
  return compiled ??= new WebAssembly.Module(
    assembleModule(1, [
      { name: "scan", params: PARAMS, locals: locals - PARAMS, body: scanBody() },
      { name: "toAddresses", params: 2, locals: 1, body: TO_ADDRESSES },
    ]),
  );
}

/**
 * `toAddresses(table, end)`: turns the states in memory[table, end) (row starts, counted in
 * entries) into the byte addresses of those rows, in place: state * 4 + table.
 */
const [TABLE, TABLE_END_AT, AT] = [0, 1, 2];
// deno-fmt-ignore
const TO_ADDRESSES: Code = [
  ins.get(TABLE), ins.set(AT),
  ...loopWhile([ins.get(AT), ins.get(TABLE_END_AT), ins.ltU], [
    ins.get(AT), ins.get(AT), ins.load(), ins.const(2), ins.shl, ins.get(TABLE), ins.add, ins.store(),
    ins.get(AT), ins.const(4), ins.add, ins.set(AT),
  ]),
  ins.const(0),
];

/** The scan loop over one set of tables, in its own WebAssembly memory. */
export class WasmScan {
  readonly #run: Run;
  readonly #header: Int32Array;
  readonly #input: Uint8Array;
  readonly #output: Int32Array;
  readonly #inputAt: number;
  readonly #outputAt: number;
  /** Per automaton: the byte address of its table (state 0's row). */
  readonly #tableAt: number[];
  readonly #encoder = new TextEncoder();

  private constructor(tables: ScanTables) {
    let at = CLASSES + ASCII * 4;
    this.#tableAt = tables.automata.map((a) => {
      const start = at;
      at += a.delta.byteLength;
      return start;
    });
    this.#inputAt = at;
    this.#outputAt = at + CHUNK_LENGTH;
    const pages = Math.ceil((this.#outputAt + STREAMS * AREA_BYTES) / PAGE);
    const instance = new WebAssembly.Instance(scanModule(), {});
    const memory = instance.exports.memory as WebAssembly.Memory;
    memory.grow(pages - memory.buffer.byteLength / PAGE);
    const buffer = memory.buffer;
    const classes = new Uint32Array(buffer, CLASSES, ASCII);
    for (let c = 0; c < ASCII; c++) {
      const w = tables.classes[c];
      classes[c] = ((w & 0xffff) * 4) | ((((w >>> 16) & 0xff) * 4) << 16) |
        (((w >>> 24) * 4) << 24);
    }
    const toAddresses = instance.exports.toAddresses as (table: number, end: number) => number;
    tables.automata.forEach(({ delta }, i) => {
      new Int32Array(buffer, this.#tableAt[i], delta.length).set(delta);
      toAddresses(this.#tableAt[i], this.#tableAt[i] + delta.byteLength);
    });
    this.#header = new Int32Array(buffer, 0, HEADER_SLOTS);
    this.#header.set(tables.automata.map((a, i) => this.#tableAt[i] + a.firstHit * 4), FIRST_HIT);
    this.#input = new Uint8Array(buffer, this.#inputAt, CHUNK_LENGTH);
    this.#output = new Int32Array(buffer, this.#outputAt, (STREAMS * AREA_BYTES) / 4);
    this.#header[OUTPUT_AT] = this.#outputAt;
    this.#run = instance.exports.scan as Run;
  }

  /**
   * A scan over `tables`, or null where WebAssembly is unavailable or a class does not fit
   * its bits once scaled to a byte offset (then the JavaScript loop runs).
   */
  static create(tables: ScanTables): WasmScan | null {
    if (typeof WebAssembly !== "object") return null;
    for (let c = 0; c < ASCII; c++) {
      const w = tables.classes[c];
      if ((w & 0xffff) >= 1 << 14 || ((w >>> 16) & 0xff) >= 64 || w >>> 24 >= 64) return null;
    }
    try {
      return new WasmScan(tables);
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
    const { read, written } = this.#encoder.encodeInto(chunk, this.#input);
    if (read !== chunk.length || written !== chunk.length) return false;
    const h = this.#header, tableAt = this.#tableAt;
    // Stream 0 goes on from `states`; streams 1-3 start in the start states, right after a
    // newline near a quarter, half and three quarters of the way.
    for (let a = 0; a < 3; a++) {
      h[STREAM_STATES + a] = tableAt[a] + states[a] * 4;
      for (let k = 1; k < STREAMS; k++) h[STREAM_STATES + 3 * k + a] = tableAt[a];
    }
    const starts: number[] = [];
    let start = 0, last = 0;
    for (let k = 1; k < STREAMS; k++) {
      const newline = chunk.indexOf("\n", Math.max(start, (chunk.length * k) >>> 2));
      start = newline === -1 ? chunk.length : newline + 1;
      if (start < chunk.length) last = k;
      starts.push(this.#inputAt + start);
    }
    this.#run(this.#inputAt, starts[0], starts[1], starts[2], this.#inputAt + chunk.length);
    // The chunk's end states are those of the last stream with input (stream 0 at least).
    for (let a = 0; a < 3; a++) states[a] = (h[STREAM_STATES + 3 * last + a] - tableAt[a]) / 4;
    const output = this.#output;
    const offset = from - this.#inputAt;
    for (let k = 0; k < STREAMS; k++) {
      const first = (k * AREA_BYTES) / 4, end = (h[OUT_END + k] - this.#outputAt) / 4;
      for (let w = first; w < end; w += 2) {
        const tagged = output[w], automaton = tagged & 3;
        sink.positions[automaton].push((tagged >>> 2) + offset);
        sink.states[automaton].push((output[w + 1] - tableAt[automaton]) / 4);
      }
    }
    return true;
  }
}
