/**
 * Collects lines (already scrubbed) as distinct token sequences, then groups them into
 * templates (cluster.ts). Memory is bounded by the number of distinct sequences kept: past
 * `maxShapes`, a line whose sequence is new is counted under one overflow template instead.
 */
import { cluster, type Shape } from "./cluster.ts";
import { prepare, shapeKey, tokenizePrepared, WILDCARD } from "./tokenize.ts";

/** Distinct token sequences a miner keeps by default. */
export const DEFAULT_MAX_SHAPES = 20_000;
/** The template of lines that came after the miner was full. */
export const OVERFLOW_TEMPLATE = `${WILDCARD} (more kinds of lines than could be grouped)`;
/** Cheap keys kept per distinct shape at most (many lines of one shape differ in spacing). */
const QUICK_KEYS_PER_SHAPE = 4;
/** Templates are cut to this many characters (with `…`). */
export const MAX_TEMPLATE_CHARS = 400;

export interface Templates {
  /** The template text of each shape id returned by `add`. */
  textOf(shape: number): string;
  /** Template index of each shape id (templates are numbered from 0). */
  indexOf(shape: number): number;
  /** Template texts by index. */
  texts: string[];
}

export class PatternMiner {
  /** Shape id by token list. */
  readonly #index = new Map<string, number>();
  /** Shape id by the cheap per-line key (shapeKey), so most lines skip tokenizing. */
  readonly #quick = new Map<string, number>();
  readonly #shapes: Shape[] = [];
  readonly #maxShapes: number;
  #overflow = -1;

  constructor(maxShapes = DEFAULT_MAX_SHAPES) {
    this.#maxShapes = Math.max(1, maxShapes);
  }

  /** Adds one line (without its newline) and returns its shape id. */
  add(line: string): number {
    const text = prepare(line);
    const quick = shapeKey(text);
    let id = quick === null ? undefined : this.#quick.get(quick);
    if (id === undefined) {
      const { tokens, typed } = tokenizePrepared(text);
      const key = tokens.join("\u0001");
      id = this.#index.get(key);
      if (id === undefined) {
        if (this.#shapes.length >= this.#maxShapes) return this.#overflowShape();
        id = this.#shapes.length;
        this.#index.set(key, id);
        this.#shapes.push({ tokens, typed, weight: 0 });
      }
      if (quick !== null && this.#quick.size < this.#maxShapes * QUICK_KEYS_PER_SHAPE) {
        this.#quick.set(quick, id);
      }
    }
    this.#shapes[id].weight++;
    return id;
  }

  /** True for the shape id shared by every line that came after the miner was full. */
  isOverflow(shape: number): boolean {
    return shape === this.#overflow;
  }

  /** How many distinct shapes are kept. */
  get size(): number {
    return this.#shapes.length;
  }

  #overflowShape(): number {
    if (this.#overflow === -1) {
      this.#overflow = this.#shapes.length;
      this.#shapes.push({ tokens: [OVERFLOW_TEMPLATE], typed: [true], weight: 0 });
    }
    this.#shapes[this.#overflow].weight++;
    return this.#overflow;
  }

  /** Groups every shape added so far into templates. */
  templates(): Templates {
    // The overflow shape, when there is one, is the last: every shape before it is grouped.
    const overflow = this.#overflow;
    const grouped = overflow === -1 ? this.#shapes : this.#shapes.slice(0, overflow);
    const { templateOf, templates } = cluster(grouped);
    const texts = templates.map((tokens) => cut(tokens.join("")));
    if (overflow !== -1) texts.push(OVERFLOW_TEMPLATE);
    const overflowIndex = texts.length - 1;
    const indexOf = (shape: number) => shape === overflow ? overflowIndex : templateOf[shape];
    return { texts, indexOf, textOf: (shape) => texts[indexOf(shape)] };
  }
}

function cut(text: string): string {
  return text.length <= MAX_TEMPLATE_CHARS ? text : text.slice(0, MAX_TEMPLATE_CHARS - 1) + "…";
}
