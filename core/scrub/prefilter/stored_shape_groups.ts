/**
 * The line-shape groups as ./line_shape_tables.ts stores them, and the tables they give. Every
 * function bundle carries them, so a group is stored small: its character classes and each of its
 * shapes' moves over them (./shape_product.ts), as bytes packed by ./packed_bytes.ts, in base64;
 * its product automaton is taken on first use. Stored this way, both groups take about 1 KB of
 * base64 where their products' tables weigh 41 KB.
 *
 * The bytes, group after group: its 129 classes, then each shape's moves + 1 (0: it has hit and
 * waits), class after class (every state's move on class 0, then on class 1 …): most states of a
 * shape move alike on a class, so in this order the 2,748 bytes pack to 771 (state after state,
 * to over half).
 */
import { fromBase64, packBytes, toBase64, unpackBytes } from "./packed_bytes.ts";
import { productOf, type ShapeGroup, type ShapeMoves } from "./shape_product.ts";
import type { LineShape, ShapeTable } from "./types.ts";

/** Codes 0 … 0x80 have a class each (0x80 stands for every code above). */
const CODES = 0x81;
/** A move + 1 is one byte. */
const MAX_STATES = 0xff;

/** A group as stored, besides its bytes: its shapes, class count, and each shape's states and hits. */
export interface StoredGroup {
  names: readonly LineShape[];
  width: number;
  states: readonly number[];
  hits: readonly (readonly number[])[];
}

/** `groups` as stored: their layout, and their bytes packed, in base64. */
export function packShapeGroups(
  groups: readonly ShapeGroup[],
): { layout: StoredGroup[]; packed: string } {
  const bytes: number[] = [];
  const layout = groups.map(({ names, classes, shapes }) => {
    const width = Math.max(...classes) + 1;
    if (classes.length !== CODES || shapes.some((shape) => shape.states > MAX_STATES)) {
      throw new Error("line shapes: a group is too large for its stored form");
    }
    bytes.push(...classes);
    for (const { states, moves } of shapes) {
      for (let k = 0; k < width; k++) {
        for (let s = 0; s < states; s++) bytes.push(moves[s * width + k] + 1);
      }
    }
    return {
      names,
      width,
      states: shapes.map((shape) => shape.states),
      hits: shapes.map((shape) => shape.hits),
    };
  });
  return { layout, packed: toBase64(packBytes(Uint8Array.from(bytes))) };
}

/**
 * The tables of the groups stored as `layout` and `packed` (what `packShapeGroups` gave); throws
 * when the bytes do not fit the layout.
 */
export function unpackShapeTables(
  layout: readonly StoredGroup[],
  packed: string,
): ShapeTable[] {
  const total = layout.reduce(
    (sum, group) => sum + CODES + group.width * group.states.reduce((all, n) => all + n, 0),
    0,
  );
  const bytes = unpackBytes(fromBase64(packed), total);
  let at = 0;
  return layout.map(({ names, width, states, hits }) => {
    const classes = bytes.slice(at, at += CODES);
    if (Math.max(...classes) + 1 !== width) {
      throw new Error("line shape tables: classes that do not match their count");
    }
    const shapes = states.map((count, i): ShapeMoves => {
      const moves = movesAt(bytes, at, count, width);
      at += count * width;
      return { states: count, moves, hits: hits[i] };
    });
    const { delta, hitBase, masks } = productOf({ names, classes, shapes });
    return { names, classes, delta, hitBase, masks };
  });
}

/** The moves of a shape of `states` states stored in `bytes` from `from`, class after class. */
function movesAt(bytes: Uint8Array, from: number, states: number, width: number): Int32Array {
  const moves = new Int32Array(states * width);
  for (let k = 0, at = from; k < width; k++) {
    for (let s = 0; s < states; s++) {
      const move = bytes[at++] - 1;
      if (move >= states) throw new Error("line shape tables: a move to no state");
      moves[s * width + k] = move;
    }
  }
  return moves;
}
