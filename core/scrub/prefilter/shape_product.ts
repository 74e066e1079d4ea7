/**
 * The product automaton of a group of line shapes, from each shape's moves over the group's
 * character classes. `builtShapeTables` (./line_shapes.ts) takes it after deriving the moves from
 * the shapes' definitions, and ./line_shape_tables.ts takes it from the moves it stores:
 * the moves of a group's shapes weigh a few hundred bytes, their product some 20,000 entries.
 */
import type { LineShape } from "./types.ts";

const NEWLINE = 0x0a;
/** A shape that has hit on a line waits, in this pseudo-state, for the next line. */
const DONE = -1;
/** Bound on the product of a group's state counts (the tuples its automaton could reach). */
const MAX_KEYS = 1 << 20;

/** One shape of a group, over the group's character classes. */
export interface ShapeMoves {
  /** Its states are 0 … states - 1, 0 at the start of a line. */
  states: number;
  /** `moves[state * width + class]`: its next state, or -1 where it has hit (then it waits). */
  moves: Int32Array;
  /** The states that complete it. */
  hits: readonly number[];
}

/** A group of shapes before its product is taken: what ./line_shape_tables.ts stores. */
export interface ShapeGroup {
  names: readonly LineShape[];
  /** The class of each code 0 … 0x80 (0x80 stands for every code above); width: classes count. */
  classes: Uint8Array;
  shapes: readonly ShapeMoves[];
}

/** A group's product automaton, as `ShapeAutomaton` runs it. */
export interface ShapeProduct {
  /** `delta[state + class]`: the next state, states pre-multiplied by the class count. */
  delta: Int32Array;
  /** States from this one on (not multiplied) complete at least one shape. */
  hitBase: number;
  /** One byte per hit state: bit i set, shape i completes there. */
  masks: Uint8Array;
}

/** A run of a group's shapes as one part of the key: its share of each next key, per class. */
interface Part {
  /** Combinations of its shapes' digits: the part's digit runs from 0 to radix - 1. */
  radix: number;
  /** `step[digit * width + class]`: the part's share of the next key. */
  step: Int32Array;
  /** Per digit, the bits of its shapes that complete there. */
  masks: Uint8Array;
}

/**
 * The product of `group`'s shapes: its states found breadth first from every shape's start, in
 * class order, then renumbered so that hit states come last.
 */
export function productOf(group: ShapeGroup): ShapeProduct {
  const { classes, shapes } = group;
  const width = Math.max(...classes) + 1;
  // A class steps as its first code does: the class whose first code is a newline resets a shape
  // that has hit (every other class leaves it waiting).
  const newlineClass = classes.indexOf(classes[NEWLINE]) === NEWLINE ? classes[NEWLINE] : -1;
  const n = shapes.length;
  if (n > 8) throw new Error("line shapes: a group of more than 8 shapes has no byte mask");

  // A tuple of shape states is one number, its key: digit i (base: shape i's state count + 1,
  // shape 0 lowest) is shape i's state + 1, or 0 for DONE. The shapes are split in two parts
  // whose digit combinations are both few, so that a next key is the sum of two table entries.
  let keys = 1;
  for (const shape of shapes) keys *= shape.states + 1;
  let split = 0;
  let largest = keys;
  for (let m = 1, radix = 1; m <= n; m++) {
    radix *= shapes[m - 1].states + 1;
    const larger = Math.max(radix, keys / radix);
    if (larger < largest) [split, largest] = [m, larger];
  }
  if (keys > MAX_KEYS || largest * width > MAX_KEYS) {
    throw new Error("line shapes: product automaton too large");
  }
  const low = part(shapes.slice(0, split), 0, 1, width, newlineClass);
  const high = part(shapes.slice(split), split, low.radix, width, newlineClass);
  return hitsLast(explore(low, high, startKeyOf(shapes), keys, width), width);
}

/** A product's states as found: each one's key and mask, and its next state per class. */
interface Found {
  keys: number[];
  masks: number[];
  next: Int32Array;
}

/** The product's states, breadth first from `start`, in class order. */
function explore(low: Part, high: Part, start: number, keys: number, width: number): Found {
  const { radix: lowRadix, step: lowStep, masks: lowMasks } = low;
  const { step: highStep, masks: highMasks } = high;
  const stateOfKey = new Int32Array(keys).fill(-1);
  const stateKeys = [start];
  stateOfKey[start] = 0;
  const masks: number[] = [];
  // The next state of each state and class, in the order found (a typed array grown by doubling:
  // cheaper than an array's push in code that runs once).
  let next = new Int32Array(64 * width);
  let at = 0;
  for (let q = 0; q < stateKeys.length; q++) {
    const lowDigit = stateKeys[q] % lowRadix;
    const highDigit = (stateKeys[q] - lowDigit) / lowRadix;
    masks.push(lowMasks[lowDigit] | highMasks[highDigit]);
    if (at + width > next.length) {
      const wider = new Int32Array(next.length * 2);
      wider.set(next);
      next = wider;
    }
    const a = lowDigit * width, b = highDigit * width;
    for (let k = 0; k < width; k++) {
      const key = lowStep[a + k] + highStep[b + k];
      let state = stateOfKey[key];
      if (state === -1) {
        state = stateOfKey[key] = stateKeys.length;
        stateKeys.push(key);
      }
      next[at++] = state;
    }
  }
  return { keys: stateKeys, masks, next };
}

/** The states `found` renumbered so that hit states come last, each part in the order found. */
function hitsLast({ keys, masks, next }: Found, width: number): ShapeProduct {
  const count = keys.length;
  const renumbered = new Int32Array(count);
  let hitBase = 0;
  for (let q = 0; q < count; q++) if (masks[q] === 0) renumbered[q] = hitBase++;
  const hitMasks = new Uint8Array(count - hitBase);
  for (let q = 0, fresh = hitBase; q < count; q++) {
    if (masks[q] === 0) continue;
    hitMasks[fresh - hitBase] = masks[q];
    renumbered[q] = fresh++;
  }
  const delta = new Int32Array(count * width);
  for (let q = 0; q < count; q++) {
    const row = renumbered[q] * width;
    for (let k = 0; k < width; k++) delta[row + k] = renumbered[next[q * width + k]] * width;
  }
  return { delta, hitBase, masks: hitMasks };
}

/** The key of every shape at its start (state 0, digit 1). */
function startKeyOf(shapes: readonly ShapeMoves[]): number {
  let key = 0;
  for (let i = 0, place = 1; i < shapes.length; place *= shapes[i].states + 1, i++) key += place;
  return key;
}

/**
 * `shapes` (shape `first` of the group and the next ones) as one part of the key, its lowest
 * digit worth `place`: its table built one shape at a time, each widening the last.
 */
function part(
  shapes: readonly ShapeMoves[],
  first: number,
  place: number,
  width: number,
  newlineClass: number,
): Part {
  let radix = 1;
  let step = new Int32Array(width);
  let masks = new Uint8Array(1);
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i];
    const digits = shape.states + 1;
    const wider = new Int32Array(radix * digits * width);
    const widerMasks = new Uint8Array(radix * digits);
    for (let digit = 0; digit < digits; digit++) {
      for (let k = 0; k < width; k++) {
        const to = digit === 0
          ? (k === newlineClass ? 0 : DONE)
          : shape.moves[(digit - 1) * width + k];
        const share = (to + 1) * place * radix;
        for (let d = 0; d < radix; d++) {
          wider[(digit * radix + d) * width + k] = step[d * width + k] + share;
        }
      }
      const bit = digit !== 0 && shape.hits.includes(digit - 1) ? 1 << (first + i) : 0;
      for (let d = 0; d < radix; d++) widerMasks[digit * radix + d] = masks[d] | bit;
    }
    [radix, step, masks] = [radix * digits, wider, widerMasks];
  }
  return { radix, step, masks };
}
