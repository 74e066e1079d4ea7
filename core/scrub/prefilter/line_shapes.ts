/**
 * Line shapes: cheap necessary conditions for the keyword-free detectors of numbers (phone, SSN,
 * card, IBAN, Bitcoin address) and addresses (IPv4, IPv6, MAC, email), checked by two small
 * automata that run in the same pass over the text as the keyword scan.
 * A detector with a shape runs only on the lines where its shape occurs (or a shape that shares
 * its slot: see SHARES_SLOT_OF).
 *
 * Each shape is a tiny deterministic automaton over character codes, equivalent to the regular
 * expression quoted with it (the tests check the equivalence on random text). Each group of
 * shapes runs as one product automaton; newline resets every shape, and a shape that has hit
 * on a line waits for the next one.
 */

import { shapeTables } from "./line_shape_tables.ts";
import { LEGACY_BASE58_FIRSTS } from "../checksums/base58.ts";
import { productOf, type ShapeGroup } from "./shape_product.ts";
import type { LineShape, ShapeTable } from "./types.ts";
import { isAlnumCode as isAlnum, isDigitCode as isDigit } from "../../char_codes.ts";

const NEWLINE = 0x0a;
/** Code units at or above this all behave as one character (no shape uses them). */
const ASCII_END = 0x80;

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isBase58 = (c: number) =>
  isAlnum(c) && c !== 0x30 && c !== 0x4f /* O */ && c !== 0x49 /* I */ && c !== 0x6c /* l */;
const isWordChar = (c: number) => isAlnum(c) || c === 0x5f;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** One shape: states 0 … states - 1, 0 at the start of a line; `hit` states complete it. */
interface Shape {
  states: number;
  step(state: number, c: number): number;
  hit(state: number): boolean;
}

/**
 * `(?:(?<![A-Za-z0-9_.:\/-])|(?<=[A-Za-z]:))\d(?:[ .\/()+-]{0,4}\d){8}|\+\d(?:[ .\/()+-]{0,4}\d){7}`:
 * nine digits (eight right after `+`) in one run of digits and short separator runs, not starting
 * inside a word, a decimal, a path or a dashed id; after a comma it may (a CSV field, a list), and
 * after a colon glued to a letter (a key's: `Number:4539…`, Go's `%+v`), though not after one glued
 * to a digit (`12:30`). Every phone number, SSN and card number the detectors accept has this shape
 * (their own patterns refuse to start after these characters).
 */
const NUMBER_RUN: Shape = /* @__PURE__ */ (() => {
  const FREE = 0, BLOCKED = 1, AFTER_PLUS = 2, HIT = 3, AFTER_LETTER = 4, MAX_GAP = 4;
  /** r digits so far (1 … need - 1), g separators since the last one, need 8 or 9. */
  const run = (r: number, g: number, need: number) =>
    5 + ((need === 8 ? 0 : 8) + r - 1) * (MAX_GAP + 1) + g;
  const runs: { r: number; g: number; need: number }[] = [];
  for (const need of [8, 9]) {
    for (let r = 1; r < need; r++) {
      for (let g = 0; g <= MAX_GAP; g++) runs[run(r, g, need)] = { r, g, need };
    }
  }
  const isSeparator = (c: number) =>
    c === 0x20 || c === 0x2e || c === 0x2d || c === 0x2f || c === 0x28 || c === 0x29;
  /** No number starts right after these: letters, digits, `_ . : / -`. */
  const blocksStart = (c: number) =>
    isWordChar(c) || c === 0x2e || c === 0x3a || c === 0x2f || c === 0x2d;
  const outside = (c: number) =>
    isUpper(c) || isLower(c) ? AFTER_LETTER : blocksStart(c) ? BLOCKED : FREE;
  return {
    states: 5 + 16 * (MAX_GAP + 1),
    hit: (s) => s === HIT,
    step(s, c) {
      const plus = c === 0x2b;
      const current = runs[s];
      if (current === undefined) {
        if (isDigit(c)) {
          return s === BLOCKED || s === AFTER_LETTER
            ? BLOCKED
            : run(1, 0, s === AFTER_PLUS ? 8 : 9);
        }
        // A letter's colon: a number may start after it.
        return plus ? AFTER_PLUS : s === AFTER_LETTER && c === 0x3a ? FREE : outside(c);
      }
      const { r, g, need } = current;
      if (isDigit(c)) return r + 1 >= need ? HIT : run(r + 1, 0, need);
      if ((plus || isSeparator(c)) && g < MAX_GAP) return run(r, g + 1, need);
      return plus ? AFTER_PLUS : outside(c);
    },
  };
})();

/**
 * `(?<![A-Za-z0-9])[13LMDX][1-9A-HJ-NP-Za-km-z]{25}`: the start of a legacy Base58 address of
 * Bitcoin (`1`, `3`), Litecoin (`L`, `M`), Dogecoin (`D`) or Dash (`X`): its first character one
 * of ../checksums/base58.ts LEGACY_BASE58_FIRSTS.
 */
const BASE58_RUN: Shape = /* @__PURE__ */ (() => {
  const OUT = 0, IN = 1, LENGTH = 25, HIT = 2 + LENGTH;
  return {
    states: HIT + 1,
    hit: (s) => s === HIT,
    step(s, c) {
      if (!isAlnum(c)) return OUT;
      if (s === OUT) {
        return LEGACY_BASE58_FIRSTS.includes(String.fromCharCode(c)) ? 2 : IN;
      }
      if (s === IN || !isBase58(c)) return IN;
      return s + 1;
    },
  };
})();

/** `(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9 -]`: an IBAN's country code and check digits. */
const IBAN_START: Shape = /* @__PURE__ */ (() => {
  const OUT = 0, IN = 1, HIT = 6;
  /** wants[k]: the character after k matched: two capitals, two digits, a capital, digit, ` `, `-`. */
  const wants = [
    isUpper,
    isUpper,
    isDigit,
    isDigit,
    (c: number) => isUpper(c) || isDigit(c) || c === 0x20 || c === 0x2d,
  ];
  return {
    states: HIT + 1,
    hit: (s) => s === HIT,
    step(s, c) {
      const k = s === OUT ? 0 : s - 1;
      if (s !== IN && wants[k](c)) return k + 2;
      return isAlnum(c) ? IN : OUT;
    },
  };
})();

/** `\.\d+\.\d+\.\d`: three dots with digits between, as in a dotted-quad IPv4 address. */
const DOTTED_QUAD: Shape = /* @__PURE__ */ (() => {
  /** 0: nothing; 1, 3, 5: just after dot 1, 2, 3; 2, 4: digits after dot 1, 2; 6: hit. */
  const HIT = 6;
  return {
    states: HIT + 1,
    hit: (s) => s === HIT,
    step(s, c) {
      if (c === 0x2e) return s === 2 || s === 4 ? s + 1 : 1;
      if (!isDigit(c) || s === 0) return 0;
      return s % 2 === 1 ? s + 1 : s;
    },
  };
})();

/**
 * `[:-](?:[0-9A-Fa-f]{1,4}[:-]){4}`: four short hex groups each closed by `:` or `-`, after one;
 * a full IPv6 address (eight groups, seven colons) and a MAC address (six pairs) both hold one,
 * a UUID (groups of 8, 4, 4, 4, 12) does not.
 */
const HEX_GROUPS: Shape = /* @__PURE__ */ (() => {
  const GROUPS = 4, LONGEST = 4;
  /** 0: nothing; then k groups closed (0 … 3) and m hex digits of the next (0 … 4). */
  const at = (k: number, m: number) => 1 + k * (LONGEST + 1) + m;
  const HIT = at(GROUPS, 0);
  return {
    states: HIT + 1,
    hit: (s) => s === HIT,
    step(s, c) {
      const k = Math.floor((s - 1) / (LONGEST + 1)), m = (s - 1) % (LONGEST + 1);
      if (c === 0x3a || c === 0x2d) return s > 0 && m > 0 ? at(k + 1, 0) : at(0, 0);
      if (!isHex(c) || s === 0 || m === LONGEST) return 0;
      return s + 1;
    },
  };
})();

/**
 * `[A-Za-z0-9._%+\u0080-\uffff-]@[A-Za-z0-9\u0080-\uffff-]+\.[A-Za-z0-9\u0080-\uffff-]`: a
 * mailbox's `@` and a dotted domain; any character past ASCII counts as a letter, for addresses
 * in other scripts (`jürgen@müller.de`, `用户@例子.广告`).
 */
const EMAIL_AT: Shape = /* @__PURE__ */ (() => {
  const NONE = 0, LOCAL = 1, AT = 2, HOST = 3, DOT = 4, HIT = 5;
  const isHost = (c: number) => isAlnum(c) || c === 0x2d || c >= 0x80;
  const isLocal = (c: number) => isHost(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b;
  return {
    states: HIT + 1,
    hit: (s) => s === HIT,
    step(s, c) {
      if (c === 0x40) return s === LOCAL || s === HOST || s === DOT ? AT : NONE;
      if (isHost(c)) return s === AT || s === HOST ? HOST : s === DOT ? HIT : LOCAL;
      if (c === 0x2e && s === HOST) return DOT;
      return isLocal(c) ? LOCAL : NONE;
    },
  };
})();

/**
 * `A(?:C[0-9a-zA-Z]{4}|P[0-9A-F][A-Za-z0-9]{4})`: the start of a Twilio account SID (`AC` and 32
 * characters) or of an Artifactory password (`AP`, a hex digit and 8 or more).
 */
const A_TOKEN: Shape = /* @__PURE__ */ (() => {
  /** 0: nothing; 1: `A`; 2 … 5: `AC` and 0 … 3 more; 6: `AP`; 7 … 10: `AP`, a hex digit, 0 … 3 more. */
  const A = 1, AC = 2, AP = 6, AP_HEX = 7, HIT = 11;
  return {
    states: HIT + 1,
    hit: (s) => s === HIT,
    step(s, c) {
      if (s === A && c === 0x43) return AC;
      if (s === A && c === 0x50) return AP;
      if (s === AP && (isDigit(c) || (c >= 0x41 && c <= 0x46))) return AP_HEX;
      if (s >= AC && s !== AP && isAlnum(c)) return s === AC + 3 || s === AP_HEX + 3 ? HIT : s + 1;
      return c === 0x41 ? A : 0;
    },
  };
})();

/**
 * The shape of a sequence of character classes, one character of each in turn (`wants`), those
 * whose bit is set in `optional` maybe left out, anywhere on a line, and with `blocks` not right
 * after one of its characters (a lookbehind). Its states are the sets of positions in the
 * sequence that the line's last characters reach.
 */
function sequenceShape(
  wants: ((c: number) => boolean)[],
  blocks: (c: number) => boolean,
  optional = 0,
): Shape {
  const whole = 1 << wants.length;
  // A state's set: bit k, the last characters match wants[0 … k - 1] (bit 0: one may start).
  const sets = [1];
  const next: number[] = [];
  // Built on first use: only tests and the table generator step shapes, and the scrub command
  // loads this module (the engine runs the stored tables) without them.
  const build = () => {
    const index = new Map([[1, 0]]);
    for (let s = 0; s < sets.length; s++) {
      for (let c = 0; c <= ASCII_END; c++) {
        let to = blocks(c) ? 0 : 1;
        wants.forEach((want, k) => {
          if (sets[s] & (1 << k) && want(c)) to |= 1 << (k + 1);
        });
        // Past an optional class as well as through it.
        for (let k = 0; k < wants.length; k++) if (to & optional & (1 << k)) to |= 1 << (k + 1);
        if (to & whole) to = whole;
        if (!index.has(to)) index.set(to, sets.push(to) - 1);
        next[s * (ASCII_END + 1) + c] = index.get(to)!;
      }
    }
  };
  const built = () => next.length !== 0 || (build(), true);
  return {
    get states() {
      built();
      return sets.length;
    },
    hit: (s) => built() && sets[s] === whole,
    step: (s, c) => (built(), next[s * (ASCII_END + 1) + Math.min(c, ASCII_END)]),
  };
}

/**
 * `(?<![A-Za-z0-9])\d{6,8}[A-Z]\d{3}`: a Finnish identity code with the century letter written
 * since 2023 (`140387Y123V`: six digits, the letter, three digits, a check character), or a German
 * pension insurance number (`53270681K105`: eight digits, the birth name's initial, three digits).
 */
const HETU_LETTER: Shape = /* @__PURE__ */ (() =>
  sequenceShape(
    [...Array(8).fill(isDigit), isUpper, isDigit, isDigit, isDigit],
    isAlnum,
    // The seventh and eighth digits may be left out.
    0b11000000,
  ))();

/**
 * `(?<![A-Za-z0-9])\d[A-Za-z][A-Za-z0-9]\d[ .\/()+-][A-Za-z][A-Za-z0-9]\d[ .\/()+-][A-Za-z]{2}\d\d`:
 * a US Medicare Beneficiary Identifier in its 4-3-4 layout (`1EG4-TE5-MK73`), with any of
 * number-run's separators, so that the shapes of its group need no more character classes.
 */
const MBI_GROUPED: Shape = /* @__PURE__ */ (() => {
  const isLetter = (c: number) => isUpper(c) || isLower(c);
  const isSeparator = (c: number) =>
    c === 0x20 || c === 0x2e || c === 0x2d || c === 0x2f || c === 0x28 || c === 0x29 ||
    c === 0x2b;
  return sequenceShape([
    isDigit,
    isLetter,
    isAlnum,
    isDigit,
    isSeparator,
    isLetter,
    isAlnum,
    isDigit,
    isSeparator,
    isLetter,
    isLetter,
    isDigit,
    isDigit,
  ], isAlnum);
})();

/**
 * `(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z0-9]? ?\d[A-Z]{2}`: a UK postcode in capitals, spaced or not
 * (area letters, district, inward code).
 */
const UK_POSTCODE: Shape = /* @__PURE__ */ (() => {
  const isUpperOrDigit = (c: number) => isUpper(c) || isDigit(c);
  const isSpace = (c: number) => c === 0x20;
  // The second area letter, the district's second character and the space may be left out.
  const optional = 0b11010;
  return sequenceShape(
    [isUpper, isUpper, isDigit, isUpperOrDigit, isSpace, isDigit, isUpper, isUpper],
    isAlnum,
    optional,
  );
})();

/**
 * `(?<![A-Za-z0-9])[A-Z]{2} \d\d \d\d \d\d [A-Z]`: a UK National Insurance number as its card
 * prints it, the digits in pairs.
 */
const NINO_SPACED: Shape = /* @__PURE__ */ (() => {
  const isSpace = (c: number) => c === 0x20;
  const pair = [isSpace, isDigit, isDigit];
  return sequenceShape([isUpper, isUpper, ...pair, ...pair, ...pair, isSpace, isUpper], isAlnum);
})();

/**
 * `(?<![A-Za-z0-9])(?:[A-Z][A-Z0-9]?\d{7}|\d{8}-?[A-Z]|\d\d[A-Z]{5}\d{4}[A-Z])`: an
 * identifier in capitals with its check character (id-check-alone): a letter or two and seven
 * digits or more (an NRIC, NIE, Taiwan id, German VAT id, DEA number), eight digits and a letter
 * (a DNI), or a GSTIN's state code, PAN and entity letter.
 */
const ID_CHECK: Shape = /* @__PURE__ */ (() => {
  const digits = (n: number) => Array(n).fill(isDigit);
  return eitherShape([
    sequenceShape([isUpper, (c) => isUpper(c) || isDigit(c), ...digits(7)], isAlnum, 0b10),
    sequenceShape([...digits(8), (c) => c === 0x2d, isUpper], isAlnum, 1 << 8),
    sequenceShape([...digits(2), ...Array(5).fill(isUpper), ...digits(4), isUpper], isAlnum),
  ]);
})();

/**
 * A shape that hits where any of `shapes` would (they run side by side; its states are the
 * tuples of theirs that a line reaches).
 */
function eitherShape(shapes: readonly Shape[]): Shape {
  const tuples = [shapes.map(() => 0)];
  const index = new Map([[tuples[0].join(), 0]]);
  const next: number[] = [];
  const anyHit = (tuple: number[]) => shapes.some((shape, i) => shape.hit(tuple[i]));
  for (let s = 0; s < tuples.length; s++) {
    if (anyHit(tuples[s])) continue; // the group waits for the next line: no moves needed
    for (let c = 0; c <= ASCII_END; c++) {
      const tuple = shapes.map((shape, i) => shape.step(tuples[s][i], c));
      // Every tuple where one of the shapes hits is the same state: the one hit.
      const key = anyHit(tuple) ? "hit" : tuple.join();
      if (!index.has(key)) index.set(key, tuples.push(tuple) - 1);
      next[s * (ASCII_END + 1) + c] = index.get(key)!;
    }
  }
  return {
    states: tuples.length,
    hit: (s) => anyHit(tuples[s]),
    step: (s, c) => next[s * (ASCII_END + 1) + Math.min(c, ASCII_END)] ?? s,
  };
}

const SHAPES: Readonly<Record<LineShape, Shape>> = {
  "number-run": NUMBER_RUN,
  "base58-run": BASE58_RUN,
  "iban-start": IBAN_START,
  "dotted-quad": DOTTED_QUAD,
  "hex-groups": HEX_GROUPS,
  "email-at": EMAIL_AT,
  "a-token": A_TOKEN,
  "hetu-letter": HETU_LETTER,
  "mbi-grouped": MBI_GROUPED,
  "uk-postcode": UK_POSTCODE,
  "nino-spaced": NINO_SPACED,
  "id-check": ID_CHECK,
};

/**
 * Rare shapes that share another's slot (its bit of its group's automaton), which then hits
 * where any of them does: each of their detectors wakes on the lines of all of them (more lines,
 * never fewer). A shape of its own would double its group's product automaton (its states
 * combine with every other's, and each shape that has hit waits apart), and building it costs
 * every process some milliseconds more; sharing costs a few per cent of states.
 */
const SHARES_SLOT_OF: Readonly<Partial<Record<LineShape, LineShape>>> = {
  "hetu-letter": "iban-start",
  "mbi-grouped": "iban-start",
  "uk-postcode": "iban-start",
  "nino-spaced": "iban-start",
  "id-check": "iban-start",
};

/** The shape that runs in `name`'s slot: its own, or the union of the shapes sharing it. */
function slotShape(name: LineShape): Shape {
  const sharing = LINE_SHAPES.filter((other) => SHARES_SLOT_OF[other] === name);
  return sharing.length === 0
    ? SHAPES[name]
    : eitherShape([SHAPES[name], ...sharing.map((other) => SHAPES[other])]);
}

/** Every shape's name (for tests and tools: a bundle that does not use it drops it, and SHAPES). */
export const LINE_SHAPES = /* @__PURE__ */ Object.keys(SHAPES) as LineShape[];

/**
 * The shapes run as two product automata (all in one would take over 20,000 states; as two
 * groups, about 900 and 800): digits and number-like tokens, and addresses and a few tokens.
 */
const GROUPS: readonly (readonly LineShape[])[] = [
  ["number-run", "base58-run", "iban-start"],
  ["dotted-quad", "hex-groups", "email-at", "a-token"],
];

/**
 * A group of shapes as one automaton: delta[state + class] is the next state (pre-multiplied by
 * the class count); states at or above `firstHit` complete at least one shape, `maskOf` says which.
 */
export class ShapeAutomaton {
  readonly classes = new Uint8Array(65536);
  readonly delta: Int32Array;
  readonly firstHit: number;
  readonly start = 0;
  readonly #width: number;
  readonly names: readonly LineShape[];
  /** Bit i set: shape names[i] completes in this hit state; index (state / width) - hitBase. */
  readonly #masks: Uint8Array;
  readonly #hitBase: number;

  static #shared: readonly ShapeAutomaton[] | undefined;

  /**
   * One automaton per group, together covering every shape; loaded once per process from the
   * tables generated ahead of time (building them takes a cold process some 30 ms).
   */
  static shared(): readonly ShapeAutomaton[] {
    return (ShapeAutomaton.#shared ??= shapeTables().map((table) =>
      ShapeAutomaton.fromTable(table)
    ));
  }

  static fromTable(table: ShapeTable): ShapeAutomaton {
    return new ShapeAutomaton(table.names, table.classes, table.delta, table.hitBase, table.masks);
  }

  /**
   * `codeClasses[c]`: the class of code c (c ≤ 0x80; 0x80 stands for every code above);
   * `delta[state + class]`: the next state, states pre-multiplied by the class count; states
   * from `hitBase` on (not multiplied) are hits, and `masks` says which shapes each completes.
   */
  private constructor(
    names: readonly LineShape[],
    codeClasses: Uint8Array,
    delta: Int32Array,
    hitBase: number,
    masks: Uint8Array,
  ) {
    this.names = names;
    this.classes.set(codeClasses.subarray(0, ASCII_END));
    this.classes.fill(codeClasses[ASCII_END], ASCII_END);
    const width = this.#width = Math.max(...codeClasses) + 1;
    this.delta = delta;
    this.#hitBase = hitBase;
    this.firstHit = hitBase * width;
    this.#masks = masks;
  }

  /** Bit i set: names[i] completes at a position where the automaton entered `state`. */
  maskOf(state: number): number {
    return this.#masks[state / this.#width - this.#hitBase];
  }

  /** Number of product states. */
  get size(): number {
    return this.delta.length / this.#width;
  }

  /** The shapes of this group that occur in one line, as a bit mask (bit i: names[i]). */
  shapesIn(line: string): number {
    let mask = 0;
    let state = this.start;
    for (let i = 0; i < line.length; i++) {
      state = this.delta[state + this.classes[line.charCodeAt(i)]];
      if (state >= this.firstHit) mask |= this.maskOf(state);
    }
    return mask;
  }
}

/**
 * A group of shapes from their definitions, before its product is taken: the character classes
 * (codes that every state of every shape treats alike) and each shape's moves over them.
 */
function shapeGroup(names: readonly LineShape[]): ShapeGroup {
  const shapes = names.map(slotShape);
  const CODES = ASCII_END + 1;
  // Each shape's moves as a table over the codes 0 … 0x80 (0x80 stands for all above);
  // DONE (-1): the shape has hit on this line and waits for the next one.
  const DONE = -1;
  const moves = shapes.map((shape) => {
    const table = new Int32Array(shape.states * CODES);
    for (let s = 0; s < shape.states; s++) {
      for (let c = 0; c < CODES; c++) {
        table[s * CODES + c] = c === NEWLINE ? 0 : shape.hit(s) ? DONE : shape.step(s, c);
      }
    }
    return table;
  });

  // Character classes: codes that every state of every shape treats alike.
  const codeClasses = new Uint8Array(CODES);
  const bySignature = new Map<string, number>();
  const representative: number[] = [];
  for (let c = 0; c < CODES; c++) {
    const column: number[] = [];
    shapes.forEach((shape, i) => {
      for (let s = 0; s < shape.states; s++) column.push(moves[i][s * CODES + c]);
    });
    const signature = column.join();
    let cls = bySignature.get(signature);
    if (cls === undefined) {
      cls = representative.length;
      bySignature.set(signature, cls);
      representative.push(c);
    }
    codeClasses[c] = cls;
  }
  const width = representative.length;

  return {
    names,
    classes: codeClasses,
    shapes: shapes.map((shape, i) => ({
      states: shape.states,
      moves: Int32Array.from(
        { length: shape.states * width },
        (_, at) => moves[i][Math.floor(at / width) * CODES + representative[at % width]],
      ),
      hits: [...Array(shape.states).keys()].filter((state) => shape.hit(state)),
    })),
  };
}

/**
 * Each group's table, its product automaton built from the shapes' definitions: what
 * ./line_shape_tables.ts must hold (ShapeAutomaton.fromTable loads one). Only the tests and the
 * generator build them, so a function bundle carries none of the definitions: the tables are
 * stored, and loaded at run time.
 */
export function builtShapeTables(): ShapeTable[] {
  return GROUPS.map((names) => {
    const group = shapeGroup(names);
    const { delta, hitBase, masks } = productOf(group);
    return { names, classes: group.classes, delta, hitBase, masks };
  });
}

/** Each group's shapes over their classes: what ./line_shape_tables.ts stores. */
export function shapeGroups(): ShapeGroup[] {
  return GROUPS.map(shapeGroup);
}

/** Where `shape` is reported: its group (an index into ShapeAutomaton.shared()) and its bit. */
export function shapeSlot(shape: LineShape): { group: number; bit: number } {
  shape = SHARES_SLOT_OF[shape] ?? shape;
  const group = GROUPS.findIndex((names) => names.includes(shape));
  return { group, bit: 1 << GROUPS[group].indexOf(shape) };
}

/** Whether `shape` occurs in `line` (for tests and tools; the engine finds shapes in its scan). */
export function lineHasShape(line: string, shape: LineShape): boolean {
  const { group, bit } = shapeSlot(shape);
  return (ShapeAutomaton.shared()[group].shapesIn(line) & bit) !== 0;
}

/**
 * Whether `shape` alone, not the slot it may share, occurs in `line` (for tests: the engine
 * runs each group's product automaton).
 */
export function shapeAloneIn(line: string, shape: LineShape): boolean {
  const { step, hit } = SHAPES[shape];
  let state = 0;
  for (let i = 0; i < line.length; i++) {
    state = line.charCodeAt(i) === NEWLINE ? 0 : step(state, line.charCodeAt(i));
    if (hit(state)) return true;
  }
  return false;
}
