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
import { assembleModule, ins } from "./binary.ts";
import { BASE64_DIGITS, RUN_SHORTEST } from "../../detectors/value_runs.ts";

/** Characters per chunk: at most this many bytes (ASCII) go into the input area per call. */
export const CHUNK_LENGTH = 1 << 14;
const AUTOMATA = 3;
const PAGE = 65536;
const ASCII = 128;

// Memory, at fixed addresses: a header of i32 slots; per automaton a class table (ASCII i32
// byte offsets); the base64 digits (BASE64_DIGITS; ASCII i32); the input
// area; per automaton, then for the runs, an output area of positions and one of states (at most
// one hit per character each); then the transition tables, which differ in size from one scan
// to another. Header: each automaton's first hit state (slots 0-2), its state at the start and
// end of a call (3-5), its hits written in the call (6-8, in bytes), where its table starts
// (9-11), the text position of the input's first character (12), the length of the run of
// digits going on at the start and end of a call (13) and the runs written in it (14, in bytes).
const FIRST_HIT = 0, STATES = 3, WRITTEN = 6, TABLE_AT = 9, BASE = 12;
const RUN_LENGTH = 13, RUNS_WRITTEN = 14;
const CLASSES = 64;
const GROUPS = CLASSES + AUTOMATA * ASCII * 4;
const INPUT = GROUPS + ASCII * 4;
const OUTPUT = INPUT + CHUNK_LENGTH;
/**
 * Automaton a's positions from OUTPUT + 2a * AREA on, its states from OUTPUT + (2a + 1) * AREA;
 * the runs' ends and lengths after those.
 */
const AREA = CHUNK_LENGTH * 4;
const RUN_ENDS = OUTPUT + AUTOMATA * 2 * AREA, RUN_VALUES = RUN_ENDS + AREA;
const TABLES = RUN_VALUES + AREA;

type Code = (number | readonly number[])[];

/** Runs `body` while `more` (an i32 condition) holds. */
// deno-fmt-ignore
const loopWhile = (more: Code, body: Code): Code => [
  ins.block, ins.loop,
    ...more, ins.eqz, ins.brIf(1),
    ...body,
    ins.br(0),
  ins.end, ins.end,
];

const header = (slot: number): Code => [ins.const(0), ins.load(slot * 4)];
const toHeader = (slot: number, value: Code): Code => [ins.const(0), ...value, ins.store(slot * 4)];

/**
 * `scan(length)`: steps the automata from the header's states over input[0, length), writes
 * each hit of automaton a as its text position (input index + the header's base) in a's
 * position area and its state (an entry index of a's table, as the JavaScript loop has it) in
 * a's state area, and leaves the states and the bytes written per automaton in the header.
 * `withRuns` (`scanRuns`): also each run of RUN_SHORTEST or more base64 digits that ends in the
 * input (at a character that is none), as where it ends and its length.
 */
function scanFunction(withRuns: boolean): { locals: number; body: Code } {
  const LENGTH = 0;
  let locals = 1;
  const local = () => locals++;
  const P = local(), X = local(), B = local();
  const S = [local(), local(), local()], H = [local(), local(), local()];
  const W = [local(), local(), local()], T = [local(), local(), local()];
  const L = local(), R = local();
  const code: Code = [];
  for (let a = 0; a < AUTOMATA; a++) {
    code.push(...header(FIRST_HIT + a), ins.set(H[a]), ...header(STATES + a), ins.set(S[a]));
    code.push(...header(TABLE_AT + a), ins.set(T[a]), ins.const(0), ins.set(W[a]));
  }
  code.push(...header(BASE), ins.set(B), ins.const(0), ins.set(P));
  code.push(...header(RUN_LENGTH), ins.set(L), ins.const(0), ins.set(R));
  // deno-fmt-ignore
  const step: Code = [ins.get(P), ins.load8(INPUT), ins.const(2), ins.shl, ins.set(X)];
  for (let a = 0; a < AUTOMATA; a++) {
    const positions = OUTPUT + 2 * a * AREA, states = positions + AREA;
    // deno-fmt-ignore
    step.push(
      // s = row s at this character's column
      ins.get(X), ins.load(CLASSES + a * ASCII * 4), ins.get(S[a]), ins.add, ins.load(), ins.tee(S[a]),
      // a hit: positions[w] = p + base; states[w] = (s - table) >> 2; w += 4 (bytes)
      ins.get(H[a]), ins.geU, ins.if,
        ins.get(W[a]), ins.get(P), ins.get(B), ins.add, ins.store(positions),
        ins.get(W[a]), ins.get(S[a]), ins.get(T[a]), ins.sub, ins.const(2), ins.shrU, ins.store(states),
        ins.get(W[a]), ins.const(4), ins.add, ins.set(W[a]),
      ins.end,
    );
  }
  if (withRuns) {
    // deno-fmt-ignore
    step.push(
      // Where a run of RUN_SHORTEST or more ends here: ends[r] = p + base; lengths[r] = length;
      // r += 4 (bytes). Written at every character, kept only where one ends (no branch).
      ins.get(R), ins.get(P), ins.get(B), ins.add, ins.store(RUN_ENDS),
      ins.get(R), ins.get(L), ins.store(RUN_VALUES),
      ins.get(R),
      ins.get(X), ins.load(GROUPS), ins.eqz, ins.get(L), ins.const(RUN_SHORTEST), ins.geU, ins.and,
      ins.const(2), ins.shl, ins.add, ins.set(R),
      // A digit: length + 1; any other character: 0.
      ins.get(L), ins.const(1), ins.add, ins.const(0), ins.get(X), ins.load(GROUPS), ins.select,
      ins.set(L),
    );
  }
  step.push(ins.get(P), ins.const(1), ins.add, ins.set(P));
  code.push(...loopWhile([ins.get(P), ins.get(LENGTH), ins.ltU], step));
  for (let a = 0; a < AUTOMATA; a++) {
    code.push(...toHeader(WRITTEN + a, [ins.get(W[a])]));
    code.push(...toHeader(STATES + a, [ins.get(S[a])]));
  }
  code.push(...toHeader(RUN_LENGTH, [ins.get(L)]), ...toHeader(RUNS_WRITTEN, [ins.get(R)]));
  code.push(ins.const(0));
  return { locals: locals - 1, body: code };
}

let compiled: WebAssembly.Module | undefined;

/** The module, compiled once per process (each scan has an instance with its own memory). */
function scanModule(): WebAssembly.Module {
  return compiled ??= new WebAssembly.Module(
    assembleModule(1, [
      { name: "scan", params: 1, ...scanFunction(false) },
      { name: "scanRuns", params: 1, ...scanFunction(true) },
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
  readonly #encoder = new TextEncoder();

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
    const { read, written } = this.#encoder.encodeInto(chunk, this.#input);
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
