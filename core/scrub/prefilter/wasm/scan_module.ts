/**
 * The scan module of ./scan.ts, assembled (./binary.ts): `scan`, `scanRuns` and `toAddresses`
 * over the memory layout scan.ts reads. Not part of any bundle: scan.ts carries the assembled
 * bytes (SCAN_MODULE), which a test holds equal to these.
 */
import { assembleModule, ins } from "./binary.ts";
import { RUN_SHORTEST } from "../../detectors/value_runs.ts";
import {
  AREA,
  ASCII,
  AUTOMATA,
  BASE,
  CLASSES,
  FIRST_HIT,
  GROUPS,
  INPUT,
  OUTPUT,
  RUN_ENDS,
  RUN_LENGTH,
  RUN_VALUES,
  RUNS_WRITTEN,
  STATES,
  TABLE_AT,
  WRITTEN,
} from "./scan.ts";

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

/** The scan module's bytes. */
export function assembledScanModule(): Uint8Array {
  return assembleModule(1, [
    { name: "scan", params: 1, ...scanFunction(false) },
    { name: "scanRuns", params: 1, ...scanFunction(true) },
    { name: "toAddresses", params: 2, locals: 1, body: TO_ADDRESSES },
  ]);
}
