/**
 * The prefilter's own types, shared by its modules (the scan, its WebAssembly loop, the line
 * shapes and their generated tables) so that none of them imports another only for a type.
 */
import type { HitList } from "./hit_list.ts";

/**
 * A line shape: a cheap necessary condition for the numbers and addresses that keyword-free
 * detectors find (./line_shapes.ts defines each one).
 */
export type LineShape =
  | "number-run"
  | "base58-run"
  | "iban-start"
  | "dotted-quad"
  | "hex-groups"
  | "email-at"
  | "a-token"
  | "hetu-letter"
  | "mbi-grouped"
  | "uk-postcode"
  | "nino-spaced"
  | "id-check";

/**
 * A group of shapes as one automaton, as ./line_shape_tables.ts gives it: per code 0 … 0x80 its
 * class (0x80 stands for every code above), per state and class the next state, and per hit
 * state which shapes complete there.
 */
export interface ShapeTable {
  names: readonly LineShape[];
  /** 129 bytes: the class of each code 0 … 0x80. */
  classes: Uint8Array;
  /** The automaton's `delta`: delta[state + class], states pre-multiplied by the class count. */
  delta: Int32Array;
  /** States from this one on complete at least one shape. */
  hitBase: number;
  /** One byte per hit state: bit i set, names[i] completes there. */
  masks: Uint8Array;
}

/** One automaton as a scan steps it: delta[state + classes[code unit]] is the next state. */
export interface ScanAutomaton {
  /** The class of each code unit. */
  classes: ArrayLike<number>;
  delta: Int32Array;
  /** States at or above this complete something. */
  firstHit: number;
}

/**
 * Hits of one scan, per automaton (keywords, then the two shape groups): where, and which state
 * (see ./hit_list.ts); then, where the scan finds them (null where not), the runs of
 * RUN_SHORTEST or more base64 digits (../detectors/value_runs.ts): where each ends, and its
 * length.
 */
export type ScanSink = [HitList, HitList, HitList, HitList | null];

/**
 * Between the chunks of one scan: the three automata's states, then the length of the run of
 * base64 digits going on at the chunk's end.
 */
export type ScanStates = [number, number, number, number];
