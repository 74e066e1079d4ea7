/** Equivalent mutants in core/scrub/prefilter/, the other core/scrub/ modules and core/render/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

const FRAME = "core/scrub/line_frame.ts";
const POLICY = "core/scrub/policy.ts";
const KEYWORDS = "core/scrub/prefilter/keyword_index.ts";
const PLACEHOLDERS = "core/scrub/placeholders.ts";
const WINDOWED = "core/scrub/windowed_match.ts";
const REGEX_SOURCE = "core/scrub/regex_source.ts";
const ENGINE = "core/scrub/engine.ts";

/** A step of line_frame.ts that fails returns -1; -2 fails the same way (callers test `< 0`). */
const FRAME_FAILURES: [string, number][] = [
  ["if (i >= end) return token === SPACE ? i : -1;", 49],
  ["if (!inRun(line.charCodeAt(i))) return -1;", 45],
  ["return i < end && line.charCodeAt(i) === token ? i + 1 : -1;", 61],
  ["if (j <= 0 || !inRun(line.charCodeAt(j - 1))) return -1;", 59],
  ["return j > 0 && line.charCodeAt(j - 1) === token ? j - 1 : -1;", 63],
];

const SHAPES_FILE = "core/scrub/prefilter/line_shapes.ts";
/** Reasons for line_shapes.ts entries (a key each). */
const SHAPE_REASONS: Record<string, string> = {
  built:
    "the built tables are identical: the stored-table test compares what builtShapeTables() makes with line_shape_tables.ts byte for byte and passes (at run time the automata are loaded from those tables, never built)",
  pastEnd:
    "at i = line.length the class read is undefined: the next state is undefined and no comparison counts it a hit",
  belowHit: "maskOf of a state below the hit base is undefined, and mask | undefined is mask",
  movePastRow:
    "the extra step writes the move on code 0x81 (no code's) where the next state's move on code 0 is written right after it, or past the last state's row, which a typed array ignores",
  classFromOne:
    "codes 0 and 1 (control characters) move every state of every shape alike: started at code 1, class 0 opens on code 1's moves, which are code 0's, and code 0 keeps class 0",
  signaturePastRow:
    "the extra step adds a read past each shape's moves to every code's signature, the same (undefined) for every code: codes share a signature exactly when they did",
};
/**
 * line_shapes.ts: [line, column, original, replacement, line before, reason key]. Not here:
 * `states: HIT + 1` made `+ 2` in five shapes (the same text in a sixth, whose mutant dies, so
 * no entry can single them out).
 */
const SHAPE_ENTRIES: [string, number, string, string, string, string][] = [
  ["for (let r = 1; r < need; r++) {", 23, "<", "<=", "for (const need of [8, 9]) {", "built"],
  ["states: 4 + 16 * (MAX_GAP + 1),", 13, "4", "5", "return {", "built"],
  ["states: 4 + 16 * (MAX_GAP + 1),", 17, "16", "17", "return {", "built"],
  ["states: 4 + 16 * (MAX_GAP + 1),", 33, "1", "2", "return {", "built"],
  [
    "if (isDigit(c)) return s === BLOCKED ? BLOCKED : run(1, 0, s === AFTER_PLUS ? 8 : 9);",
    91,
    "9",
    "10",
    "if (current === undefined) {",
    "built",
  ],
  [
    "const at = (k: number, m: number) => 1 + k * (LONGEST + 1) + m;",
    62,
    "+",
    "-",
    "/** 0: nothing; then k groups closed (0 \u2026 3) and m hex digits of the next (0 \u2026 4). */",
    "built",
  ],
  [
    "const k = Math.floor((s - 1) / (LONGEST + 1)), m = (s - 1) % (LONGEST + 1);",
    33,
    "1",
    "2",
    "step(s, c) {",
    "built",
  ],
  [
    "if (c === 0x3a || c === 0x2d) return s > 0 && m > 0 ? at(k + 1, 0) : at(0, 0);",
    46,
    ">",
    ">=",
    "const k = Math.floor((s - 1) / (LONGEST + 1)), m = (s - 1) % (LONGEST + 1);",
    "built",
  ],
  [
    "if (c === 0x3a || c === 0x2d) return s > 0 && m > 0 ? at(k + 1, 0) : at(0, 0);",
    48,
    "0",
    "1",
    "const k = Math.floor((s - 1) / (LONGEST + 1)), m = (s - 1) % (LONGEST + 1);",
    "built",
  ],
  [
    "const NONE = 0, LOCAL = 1, AT = 2, HOST = 3, DOT = 4, HIT = 5;",
    63,
    "5",
    "6",
    "const EMAIL_AT: Shape = /* @__PURE__ */ (() => {",
    "built",
  ],
  [
    "const A = 1, AC = 2, AP = 6, AP_HEX = 7, HIT = 11;",
    50,
    "11",
    "12",
    "/** 0: nothing; 1: `A`; 2 \u2026 5: `AC` and 0 \u2026 3 more; 6: `AP`; 7 \u2026 10: `AP`, a hex digit, 0 \u2026 3 more. */",
    "built",
  ],
  [
    "if (s >= AC && s !== AP && isAlnum(c)) return s === AC + 3 || s === AP_HEX + 3 ? HIT : s + 1;",
    84,
    "3",
    "4",
    "if (s === AP && (isDigit(c) || (c >= 0x41 && c <= 0x46))) return AP_HEX;",
    "built",
  ],
  [
    "for (let c = 0; c < CODES; c++) {",
    25,
    "<",
    "<=",
    "for (let s = 0; s < shape.states; s++) {",
    "movePastRow",
  ],
  [
    "for (let c = 0; c < CODES; c++) {",
    16,
    "0",
    "1",
    "const representative: number[] = [];",
    "classFromOne",
  ],
  [
    "for (let s = 0; s < shape.states; s++) column.push(moves[i][s * CODES + c]);",
    25,
    "<",
    "<=",
    "shapes.forEach((shape, i) => {",
    "signaturePastRow",
  ],
  ["for (let i = 0; i < line.length; i++) {", 23, "<", "<=", "let state = this.start;", "pastEnd"],
  [
    "if (state >= this.firstHit) mask |= this.maskOf(state);",
    11,
    "state >= this.firstHit",
    "true",
    "state = this.delta[state + this.classes[line.charCodeAt(i)]];",
    "belowHit",
  ],
];

/** Reasons for shape_product.ts entries (a key each). */
const PRODUCT_REASONS: Record<string, string> = {
  capacity:
    "only the capacity of the table of next states, which grows by doubling whenever the next row would not fit",
  pastStates:
    "the extra step reads past the states found: its key is undefined, so it adds no state, and its row and mask lie past the count hitsLast reads",
  pastCount:
    "the extra step reads past the states found (undefined: no mask of 0, no row) and writes only past the typed arrays' ends, which they ignore",
  pastDigit:
    "the extra digit reads past the shape's moves (undefined: a NaN share, no hit) and writes only past the part's tables' ends, which typed arrays ignore",
  firstMasks:
    "a part's first mask table is read only at digit 0 (radix 1), where undefined | bit is bit as 0 | bit is",
  pastRow:
    "the extra step writes the first entry of the next digit's row, written again when that digit comes, or past the typed array's end",
};
/** shape_product.ts: [line, column, original, replacement, reason key]. */
const PRODUCT_ENTRIES: [string, number, string, string, string][] = [
  ["let next = new Int32Array(64 * width);", 29, "64", "63", "capacity"],
  ["let next = new Int32Array(64 * width);", 29, "64", "65", "capacity"],
  ["if (at + width > next.length) {", 20, ">", ">=", "capacity"],
  ["const wider = new Int32Array(next.length * 2);", 50, "2", "3", "capacity"],
  ["for (let q = 0; q < stateKeys.length; q++) {", 21, "<", "<=", "pastStates"],
  [
    "for (let q = 0; q < count; q++) if (masks[q] === 0) renumbered[q] = hitBase++;",
    21,
    "<",
    "<=",
    "pastCount",
  ],
  ["for (let q = 0, fresh = hitBase; q < count; q++) {", 38, "<", "<=", "pastCount"],
  ["for (let q = 0; q < count; q++) {", 21, "<", "<=", "pastCount"],
  ["let masks = new Uint8Array(1);", 30, "1", "0", "firstMasks"],
  ["let masks = new Uint8Array(1);", 30, "1", "2", "firstMasks"],
  ["for (let digit = 0; digit < digits; digit++) {", 31, "<", "<=", "pastDigit"],
  ["for (let d = 0; d < radix; d++) {", 27, "<", "<=", "pastRow"],
  [
    "for (let d = 0; d < radix; d++) widerMasks[digit * radix + d] = masks[d] | bit;",
    25,
    "<",
    "<=",
    "pastRow",
  ],
];

/** packed_bytes.ts: [line, column, original, replacement, reason key]. */
const PACKED_ENTRIES: [string, number, string, string, string][] = [
  [
    "const keyAt = (i: number) => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);",
    54,
    "1",
    "2",
    "pack",
  ],
  [
    "const keyAt = (i: number) => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);",
    76,
    "2",
    "1",
    "pack",
  ],
  [
    "const keyAt = (i: number) => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);",
    54,
    "1",
    "0",
    "pack",
  ],
  ["const MAX_MATCH = 0x7f + MIN_MATCH;", 24, "+", "-", "pack"],
  [
    "const keyAt = (i: number) => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);",
    60,
    "8",
    "7",
    "pack",
  ],
  [
    "const keyAt = (i: number) => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);",
    60,
    "8",
    "9",
    "pack",
  ],
  [
    "const keyAt = (i: number) => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);",
    82,
    "16",
    "15",
    "pack",
  ],
  [
    "const keyAt = (i: number) => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);",
    82,
    "16",
    "17",
    "pack",
  ],
  ["let length = 0;", 18, "0", "1", "pack"],
  ["let distance = 0;", 20, "0", "1", "pack"],
  [
    "const earlier = i + MIN_MATCH <= bytes.length ? seen.get(keyAt(i)) ?? [] : [];",
    21,
    "i + MIN_MATCH <= bytes.length",
    "true",
    "pack",
  ],
  [
    "const earlier = i + MIN_MATCH <= bytes.length ? seen.get(keyAt(i)) ?? [] : [];",
    23,
    "+",
    "-",
    "pack",
  ],
  [
    "const earlier = i + MIN_MATCH <= bytes.length ? seen.get(keyAt(i)) ?? [] : [];",
    35,
    "<=",
    "<",
    "pack",
  ],
  [
    "for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - MAX_TRIES); k--) {",
    33,
    "-",
    "+",
    "pack",
  ],
  [
    "for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - MAX_TRIES); k--) {",
    35,
    "1",
    "0",
    "pack",
  ],
  ["if (i - from > MAX_DISTANCE) break;", 11, "i - from > MAX_DISTANCE", "false", "pack"],
  ["if (i - from > MAX_DISTANCE) break;", 20, ">", ">=", "pack"],
  ["if (i - from > MAX_DISTANCE) break;", 36, "break;", "{}", "pack"],
  ["let n = 0;", 15, "0", "1", "pack"],
  [
    "while (n < MAX_MATCH && i + n < bytes.length && bytes[from + n] === bytes[i + n]) n++;",
    33,
    "+",
    "-",
    "pack",
  ],
  [
    "while (n < MAX_MATCH && i + n < bytes.length && bytes[from + n] === bytes[i + n]) n++;",
    37,
    "<",
    "<=",
    "pack",
  ],
  [
    "if (i + MIN_MATCH > bytes.length) continue;",
    11,
    "i + MIN_MATCH > bytes.length",
    "false",
    "pack",
  ],
  ["if (i + MIN_MATCH > bytes.length) continue;", 13, "+", "-", "pack"],
  ["if (i + MIN_MATCH > bytes.length) continue;", 25, ">", ">=", "pack"],
  ["if (i + MIN_MATCH > bytes.length) continue;", 41, "continue;", "{}", "pack"],
  [
    'if (typeof builtIn === "function") return builtIn(text);',
    7,
    'typeof builtIn === "function"',
    "false",
    "base64",
  ],
  ['if (typeof builtIn === "function") return builtIn(text);', 22, "===", "!==", "base64"],
  ['if (typeof builtIn === "function") return builtIn(text);', 26, '"function"', '""', "base64"],
  ["for (let i = 0; i < bytes.length; i += 0x2000) {", 21, "<", "<=", "pieces"],
];
const PACKED_REASONS: Record<string, string> = {
  pack:
    "packBytes' only caller packs the stored line-shape tables (deno task shape-tables), and this mutant packs them to the very bytes stored: the stored-table test compares the generated source with line_shape_tables.ts and passes",
  base64: "either path decodes base64 to the same bytes (base64_without_builtin_test.ts runs both)",
  pieces: "the extra step encodes an empty piece, which adds nothing",
};

/** Entries for one line of keyword_index.ts: [line, [original, replacement] pairs, reason, column?]. */
function keywordIndex(
  lines: [string, [string, string][], string, number?, string?][],
): Equivalent[] {
  return lines.flatMap(([line, edits, reason, column, after]) =>
    edits.map(([original, replacement]) => ({
      file: KEYWORDS,
      line,
      original,
      replacement,
      reason,
      ...(column === undefined ? {} : { column }),
      ...(after === undefined ? {} : { after }),
    }))
  );
}

export const PREFILTER_ENGINE_RENDER_EQUIVALENTS: readonly Equivalent[] = [
  // prefilter/mod.ts
  ...([
    [
      "if (starts === undefined) shapeStarts.set(finder, starts = hits.shapeStarts(finder));",
      "starts === undefined",
      "true",
      "a cache: the shape's starts are read from the same scan again",
    ],
    [
      "const hits = wrapped === null || this.#bounded.size > 0 ? this.#scan(text) : null;",
      "wrapped === null || this.#bounded.size > 0",
      "true",
      "a view with wrapped targets is then scanned even with no bounded keyword: its targets are still wrapped, the scan's add only bounded ones (none), its shapes equal those of the group automaton's pass (keyword_scan_equals_line_search_test.ts), and keywordEndsIn reads the same hits from the last scan as from a scan of its own",
    ],
    [
      "if (occurs !== undefined) return occurs;",
      "occurs !== undefined",
      "false",
      "a cache: the answer is worked out again, the same",
    ],
    [
      "if (hits !== null) occurs = hits.shapeStarts(shape).length > 0;",
      "hits !== null",
      "false",
      "one pass of the shape's group automaton over the text finds the shapes the scan finds (keyword_scan_equals_line_search_test.ts)",
    ],
    [
      "shapes.set(shape, occurs);",
      "shapes.set(shape, occurs);",
      "{}",
      "a cache: the answer is worked out again, the same",
    ],
    [
      "return bounds === 0 ? word : { word, bounds };",
      "bounds === 0",
      "false",
      "the keyword index reads a keyword given as { word, bounds: 0 } as the word alone (keyword_index.ts: a string's bounds are 0, an object's are its bounds): no bound either way",
    ],
  ] as const).map(([line, original, replacement, reason]) => ({
    file: "core/scrub/prefilter/mod.ts",
    line,
    original,
    replacement,
    reason,
  })),
  {
    file: "core/scrub/prefilter/mod.ts",
    line: "finder.lastIndex = 0;",
    after: 'if (typeof finder === "string") return hasShape(finder);',
    original: "finder.lastIndex = 0;",
    replacement: "{}",
    reason:
      "every user of a finder leaves its lastIndex at 0 (this function after its test, candidateStarts at its end)",
  },
  ...([["finder.lastIndex = 0;", "{}"], ["0", "1"]] as const).map(([original, replacement]) => ({
    file: "core/scrub/prefilter/mod.ts",
    line: "finder.lastIndex = 0;",
    after: "const found = finder.test(text);",
    original,
    replacement,
    reason:
      "the reset after the test: every user of a finder sets lastIndex before it searches (this function to 0, candidateStarts to its region's start)",
  })),
  ...([["finder.lastIndex = 0;", "{}"], ["0", "1"]] as const).map(([original, replacement]) => ({
    file: "core/scrub/prefilter/candidate_lines.ts",
    line: "finder.lastIndex = 0;",
    original,
    replacement,
    reason:
      "the reset after the search: every user of a finder sets lastIndex before it searches (candidateStarts to its region's start, mayMatch to 0)",
  })),
  // candidate_lines.ts
  ...([
    [
      "const here = this.#next < keys.length && keys[this.#next] < limit;",
      "<",
      "<=",
      29,
      "at #next = keys.length, keys[#next] is undefined and undefined < limit is false",
    ],
    [
      "const here = this.#next < keys.length && keys[this.#next] < limit;",
      "&&",
      "||",
      undefined,
      "a shortcut: with no position before limit the full path meets no group and, with no every-line target, adds nothing to the keyed targets",
    ],
    [
      "const here = this.#next < keys.length && keys[this.#next] < limit;",
      "<",
      "<=",
      63,
      "a key equal to limit is a position on the next line: the loop (which tests < limit) takes nothing, and the full path adds nothing to the keyed targets",
    ],
    [
      "for (; this.#next < keys.length && keys[this.#next] < limit; this.#next++) {",
      "<",
      "<=",
      23,
      "at #next = keys.length, keys[#next] is undefined and undefined < limit is false",
    ],
    [
      "set |= 1 << group;",
      "1",
      "2",
      undefined,
      "2 << group is as distinct per group as 1 << group for the up to 31 groups whose sets are cached (2 << 30 is the sign bit)",
    ],
    [
      "const cacheable = count <= 31;",
      "<=",
      "<",
      undefined,
      "with 31 groups the lists are then made each time instead of kept: the same lists",
    ],
    [
      "const cacheable = count <= 31;",
      "31",
      "30",
      undefined,
      "with 31 groups the lists are then made each time instead of kept: the same lists",
    ],
    [
      "const cacheable = count <= 31;",
      "31",
      "32",
      undefined,
      "32 groups still have distinct bits (group 31's is the sign bit): the cache keys stay distinct",
    ],
    [
      "let free = cacheable ? this.#bySet.get(set) : undefined;",
      "cacheable",
      "false",
      undefined,
      "the lists are made each time instead of kept: the same lists",
    ],
    [
      "let free = cacheable ? this.#bySet.get(set) : undefined;",
      "cacheable",
      "true",
      undefined,
      "a region that is not cacheable never stores a list (the set is guarded too): the lookup finds nothing",
    ],
  ] as const).map(([line, original, replacement, column, reason]) => ({
    file: "core/scrub/prefilter/candidate_lines.ts",
    line,
    original,
    replacement,
    reason,
    ...(column === undefined ? {} : { column }),
  })),
  ...([
    [
      "#line = 0;",
      "0",
      "1",
      "lines then count from 2: #taken starts at 0, which no line number equals either way",
    ],
    [
      "if (!here && !this.#anyEveryLine) return keyed;",
      "!here && !this.#anyEveryLine",
      "false",
      "a shortcut: the full path finds no owner at this line and no every-line target, and gives the keyed targets alone",
    ],
    [
      "const line = ++this.#line;",
      "++",
      "--",
      "line numbers count down from -1 instead: still one per line, never #taken's initial 0",
    ],
    [
      "for (let k = 0; k < this.keywordFree.length; k++) {",
      "<",
      "<=",
      "at k = keywordFree.length both flags read undefined: nothing is added",
    ],
  ] as const).map((
    [line, original, replacement, reason, column]: readonly [
      string,
      string,
      string,
      string,
      number?,
    ],
  ) => ({
    file: "core/scrub/prefilter/candidate_lines.ts",
    line,
    original,
    replacement,
    reason,
    ...(column === undefined ? {} : { column }),
  })),
  // packed_bytes.ts
  ...PACKED_ENTRIES.map(([line, column, original, replacement, reason]) => ({
    file: "core/scrub/prefilter/packed_bytes.ts",
    line,
    column,
    original,
    replacement,
    reason: PACKED_REASONS[reason],
  })),
  // shape_product.ts
  {
    file: "core/scrub/prefilter/shape_product.ts",
    line: "let split = 0;",
    original: "0",
    replacement: "1",
    reason:
      "the split only chooses which shapes make the low part: a tuple's key, and so the product, is the same for any split. It keeps its first value only for a group of one shape (or none), where split 0 and 1 each leave one part empty",
  },
  {
    file: "core/scrub/prefilter/shape_product.ts",
    line:
      "const newlineClass = classes.indexOf(classes[NEWLINE]) === NEWLINE ? classes[NEWLINE] : -1;",
    original: "1",
    replacement: "2",
    column: 92,
    reason: "no class is -2 any more than -1: the classes run from 0",
  },
  {
    file: "core/scrub/prefilter/shape_product.ts",
    line: "if (larger < largest) [split, largest] = [m, larger];",
    original: "<",
    replacement: "<=",
    reason:
      "a tie moves the split to a later shape with the same largest part: the bound is judged alike and the product is the same for any split",
  },
  {
    file: "core/scrub/prefilter/shape_product.ts",
    line: "for (let m = 1, radix = 1; m <= n; m++) {",
    original: "<=",
    replacement: "<",
    reason:
      "at m = n the low part is the whole group: larger is keys, never below largest, which starts at keys",
  },
  ...PRODUCT_ENTRIES.map(([line, column, original, replacement, reason]) => ({
    file: "core/scrub/prefilter/shape_product.ts",
    line,
    column,
    original,
    replacement,
    reason: PRODUCT_REASONS[reason],
  })),
  // line_shapes.ts
  ...SHAPE_ENTRIES.map(([line, column, original, replacement, after, reason]) => ({
    file: SHAPES_FILE,
    line,
    column,
    original,
    replacement,
    after,
    reason: SHAPE_REASONS[reason],
  })),
  // line_frame.ts
  {
    file: FRAME,
    line: "const SPACE = -2;",
    original: "2",
    replacement: "3",
    reason:
      "a token for whitespace runs: -3 is as distinct from DIGITS (-1) and every character code",
  },
  ...FRAME_FAILURES.map(([line, column]) => ({
    file: FRAME,
    line,
    column,
    original: "1",
    replacement: "2",
    reason:
      "-2 is a failed step as -1 is: the callers only test the sign (i < 0, end < 0, end >= 0)",
  })),
  {
    file: FRAME,
    line: "if (j <= 0 || !inRun(line.charCodeAt(j - 1))) return -1;",
    original: "<=",
    replacement: "<",
    reason:
      "at j = 0 the mutant reads charCodeAt(-1), NaN, which is no digit nor whitespace: -1 as well",
  },
  {
    file: FRAME,
    line: "do j--; while (j > 0 && inRun(line.charCodeAt(j - 1)));",
    original: ">",
    replacement: ">=",
    reason:
      "at j = 0 the mutant reads charCodeAt(-1), NaN, which is in no run: the loop stops at 0 as well",
  },
  {
    file: FRAME,
    line: "return j > 0 && line.charCodeAt(j - 1) === token ? j - 1 : -1;",
    original: ">",
    replacement: ">=",
    reason: "at j = 0 the mutant compares charCodeAt(-1), NaN, which equals no token: -1 as well",
  },
  {
    file: FRAME,
    line: "while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;",
    original: ">",
    replacement: ">=",
    reason:
      "at end = 0 the mutant reads charCodeAt(-1), NaN, which is no whitespace: the loop stops at 0 as well",
  },
  {
    file: FRAME,
    line: "while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;",
    original: "0",
    replacement: "1",
    reason:
      "differs only on a line of whitespace alone (end 1, not 0): the text after, trimmed, ends in a character that is no whitespace and fails either way, and a text before of whitespace and other tokens offers the empty text either way (its other tokens fail at the end)",
  },
  {
    file: FRAME,
    line: "do i++; while (i < end && inRun(line.charCodeAt(i)));",
    original: "<",
    replacement: "<=",
    reason:
      "the character at end is never of the run's class: end is where the text after begins (its leading run, matched first, took every digit or whitespace before it) or where trailing whitespace was trimmed, so no run of the text before reaches it with more of its class",
  },
  {
    file: FRAME,
    line: "for (let t = 0; t < this.before.length; t++) {",
    original: "<",
    replacement: "<=",
    reason:
      "the loop returns at t = before.length - 1 (accept of the rest) or earlier: t never reaches before.length",
  },
  {
    file: FRAME,
    line: "return false;",
    original: "false",
    replacement: "true",
    reason: "unreachable: with a text before, the loop returns at its last token or earlier",
  },
  // engine.ts
  ...([["parts.length === 1", "false", undefined], ["1", "0", undefined], [
    "1",
    "2",
    undefined,
  ]] as const).map((
    [original, replacement],
  ) => ({
    file: ENGINE,
    line: 'return parts.length === 1 ? parts[0] : parts.join("");',
    original,
    replacement,
    reason:
      "scrubRegionInto pushes two parts per replaced line and one at the end, so parts holds an odd number (never 0 or 2), and joining one part gives that part",
  })),
  {
    file: ENGINE,
    line: "parts.push(copyFrom === 0 && to === text.length ? text : text.slice(copyFrom, to));",
    original: "===",
    replacement: "!==",
    column: 37,
    reason:
      "the callers (scrubber.ts) pass a whole text (from 0 to its length) or a region starting past 0, where copyFrom is never 0: copyFrom === 0 comes only with to === text.length",
  },
  {
    file: ENGINE,
    line: "parts.push(copyFrom === 0 && to === text.length ? text : text.slice(copyFrom, to));",
    original: "copyFrom === 0 && to === text.length",
    replacement: "false",
    reason: "a shortcut: text.slice(0, text.length) is the text",
  },
  {
    file: ENGINE,
    line: "if (work.length === 0 && this.#block === null && this.#continued === null) return null;",
    original: "work.length === 0 && this.#block === null && this.#continued === null",
    replacement: "false",
    reason:
      "a shortcut: with no targets, no block and no value open, the full path finds no begin marker, no span and opens nothing, and returns null as well",
  },
  ...(["0", "2"] as const).map((replacement) => ({
    file: ENGINE,
    line: "const end = begin === null ? -1 : endMarkerEnd(begin.detector, after);",
    original: "1",
    replacement,
    reason:
      "end is read only when a begin marker was found: the check below tests begin === null first",
  })),
  {
    file: ENGINE,
    line: "if (fragment.length === 0) return fragment;",
    original: "fragment.length === 0",
    replacement: "false",
    reason:
      "a shortcut: an empty fragment has no targets (inFragment gives none), so nothing is found and the fragment is returned",
  },
  // key_block_lines.ts
  ...([['text.includes("\\\\/")', "true", 10], ['"\\\\/"', '""', 24]] as const).map((
    [original, replacement, column],
  ) => ({
    file: "core/scrub/key_block_lines.ts",
    line: 'return text.includes("\\\\/") ? text.replaceAll("\\\\/", "/") : text;',
    original,
    replacement,
    column,
    reason: "a shortcut: replacing every \\/ in a text that holds none leaves it as it is",
  })),
  ...([["afterMarker.length > 4096", "true"], [">", ">="]] as const).map((
    [original, replacement],
  ) => ({
    file: "core/scrub/key_block_lines.ts",
    line: "const after = afterMarker.length > 4096 ? afterMarker.slice(0, 4096) : afterMarker;",
    original,
    replacement,
    reason: "slicing a text of at most 4,096 characters to its first 4,096 leaves it as it is",
  })),
  ...["detector.end.lastIndex = 0;", "detector.begin.lastIndex = 0;"].flatMap((line) =>
    ([[line, "{}"], ["0", "1"]] as const).map(([original, replacement]) => ({
      file: "core/scrub/key_block_lines.ts",
      line,
      original,
      replacement,
      reason:
        "the block detectors' begin and end patterns have no g or y flag: exec ignores lastIndex",
    }))
  ),
  // insights_blocks.ts
  ...([["entries.length > 0 || more > 0", "true", undefined], [">", ">=", 22], [
    ">",
    ">=",
    34,
  ]] as const).map((
    [original, replacement, column],
  ) => ({
    file: "core/render/insights_blocks.ts",
    line: "if (entries.length > 0 || more > 0) add(sectionText(tail));",
    original,
    replacement,
    ...(column === undefined ? {} : { column }),
    reason:
      "always true here: there is at least one pattern, and the last section keeps an entry unless some pattern is not listed (entries are given back only while more > 0)",
  })),
  {
    file: "core/render/insights_blocks.ts",
    line: "b.pattern.count - a.pattern.count || a.i - b.i",
    original: "-",
    replacement: "+",
    column: 48,
    reason:
      "the tie-break: V8's stable sort compares a later element with an earlier one, where a.i - b.i and a.i + b.i are both positive (checked on 10 to 3,000 elements)",
  },
  // match.ts
  {
    file: "core/scrub/match.ts",
    line: 'kind: "secret",',
    after: "id: SCRUB_LIMIT_ID,",
    original: '"secret"',
    replacement: '""',
    reason:
      "SCRUB_LIMIT's kind is never read: merge.ts decides for it before comparing kinds, it is in no rule set (no strategy by kind), and it is masked by its id",
  },
  {
    file: "core/scrub/match.ts",
    line: "pattern: /(?!)/g,",
    original: "/(?!)/g",
    replacement: "/(?=)/g",
    reason:
      "SCRUB_LIMIT never runs: it is in no detector list or prefilter, so its pattern is never searched",
  },
  ...([["re.lastIndex = 0;", "{}"], ["0", "1"]] as const).map(([original, replacement]) => ({
    file: "core/scrub/match.ts",
    line: "re.lastIndex = 0;",
    after: "}",
    original,
    replacement,
    reason:
      "the reset after the search: matchDetector resets lastIndex before its own search, and the other readers of a detector's pattern (the prefilter, naive.ts) compile their own copy",
  })),
  // merge.ts
  {
    file: "core/scrub/merge.ts",
    line: "return rankOf(a.detector) <= rankOf(b.detector) ? a : b;",
    original: "<=",
    replacement: "<",
    reason:
      "the engine's ranks number every detector of its rules once (rules.ts), so equal ranks mean the same detector, and either span carries the same label",
  },
  {
    file: "core/scrub/merge.ts",
    line: "spans.sort((a, b) => a.start - b.start || b.end - a.end);",
    original: "-",
    replacement: "+",
    column: 51,
    reason:
      "only the order of spans with the same start changes: they all overlap one another (none is empty there) and merge into their union, labelled by stronger(), which is symmetric for distinct ranks",
  },
  ...([
    [
      "if (free === undefined) {",
      "free === undefined",
      "true",
      "the list is made again instead of taken from the cache: the same list",
    ],
    [
      "if (cacheable) this.#bySet.set(set, free);",
      "cacheable",
      "false",
      "the list is made each time instead of kept: the same list",
    ],
    [
      "if (cacheable) this.#bySet.set(set, free);",
      "this.#bySet.set(set, free);",
      "{}",
      "the list is made each time instead of kept: the same list",
    ],
    [
      "if (cacheable) this.#bySet.set(set, free);",
      "cacheable",
      "true",
      "a stored list of a region of more than 31 groups is never looked up (the lookup is guarded too)",
    ],
    [
      "return keyed.length === 0 ? free : [...keyed, ...free];",
      "keyed.length === 0",
      "false",
      "a copy of the same targets in the same order",
    ],
    [
      "if (led !== null) return ledStarts(led, text, from, to);",
      "led !== null",
      "false",
      "the pattern's own search finds the same starts (a match starts only at its literal lead)",
    ],
    [
      "if (led === undefined) {",
      "led === undefined",
      "true",
      "a memo: the led search is made again, the same",
    ],
    [
      "ledSearches.set(finder, led);",
      "ledSearches.set(finder, led);",
      "{}",
      "a memo: the led search is made again, the same",
    ],
    [
      'led = lead === ""',
      'lead === ""',
      "true",
      "the pattern's own search finds the same starts as a search led by its literal",
    ],
    [
      'led = lead === ""',
      'lead === ""',
      "false",
      "an empty lead is found at every position: trying the pattern sticky at each in order finds the first match of each line, as its own search does",
    ],
    [
      'led = lead === ""',
      "===",
      "!==",
      "each pattern is searched the other way, led by its literal or by its own search (an empty lead at every position): the same starts",
    ],
    [
      "at = newline + 1;",
      "1",
      "0",
      "the lead has no newline (PLAIN): searching for it from the newline finds what a search from the next character finds",
    ],
    [
      "sticky.lastIndex = 0;",
      "sticky.lastIndex = 0;",
      "{}",
      "the reset after the search: every sticky test sets lastIndex first",
    ],
    [
      "sticky.lastIndex = 0;",
      "0",
      "1",
      "the reset after the search: every sticky test sets lastIndex first",
    ],
  ] as const).map(([line, original, replacement, reason]) => ({
    file: "core/scrub/prefilter/candidate_lines.ts",
    line,
    original,
    replacement,
    reason,
  })),
  // windowed_match.ts
  ...([
    ["export const AT_KEYWORD: Reach = within(0, 0);", 41],
    ["export const AT_KEYWORD: Reach = within(0, 0);", 44],
    ["export const AT_NUMBER_RUN: Reach = within(0, 0, NUMBER_RUN_START);", 44],
    ["export const AT_NUMBER_RUN: Reach = within(0, 0, NUMBER_RUN_START);", 47],
    ["export const AT_BASE58_RUN: Reach = within(0, 0, BASE58_RUN_START);", 44],
    ["export const AT_BASE58_RUN: Reach = within(0, 0, BASE58_RUN_START);", 47],
  ] as const).map(([line, column]) => ({
    file: WINDOWED,
    line,
    column,
    original: "0",
    replacement: "1",
    reason:
      "wider windows still hold every match start: the sticky search over them finds what the whole-line search finds, only trying more positions",
  })),
  {
    file: "core/scrub/reach_inference.ts",
    line: "return before === 0 ? AT_KEYWORD : before > 0 ? { before, after: 0 } : null;",
    original: ">",
    replacement: ">=",
    reason: "a reach of 0 is taken by the first branch: >= and > differ only there",
  },
  // regex_source.ts (groupEnd, topLevelAlternatives: the loops windowed_match.ts had)
  ...[
    "for (let i = open; i < source.length; i++) {",
    "for (let i = 0; i < source.length; i++) {",
  ].map((line) => ({
    file: REGEX_SOURCE,
    line,
    original: "<",
    replacement: "<=",
    reason:
      "source[source.length] is undefined, none of the characters tested (a class left open only stays open): the loop ends the same, and groupEnd returns source.length, topLevelAlternatives the same last piece",
  })),
  ...([
    [
      "const MAX_SHARE = 16;",
      "16",
      "15",
      undefined,
      undefined,
      "wider or narrower windows, or none, change only the time: a sticky search over windows finds what the whole-line search finds",
    ],
    [
      "const MAX_SHARE = 16;",
      "16",
      "17",
      undefined,
      undefined,
      "wider or narrower windows, or none, change only the time: a sticky search over windows finds what the whole-line search finds",
    ],
    [
      "length / MAX_SHARE,",
      "/",
      "*",
      undefined,
      undefined,
      "wider or narrower windows, or none, change only the time: a sticky search over windows finds what the whole-line search finds",
    ],
    [
      "if (lengths === undefined) {",
      "lengths === undefined",
      "true",
      undefined,
      undefined,
      "a memo: the value is made again, the same",
    ],
    [
      "keywordLengths.set(detector, lengths);",
      "keywordLengths.set(detector, lengths);",
      "{}",
      undefined,
      undefined,
      "a memo: the value is made again, the same",
    ],
    [
      "if (sticky === undefined) {",
      "sticky === undefined",
      "true",
      undefined,
      undefined,
      "a memo: the value is made again, the same",
    ],
    [
      "stickyCopies.set(pattern, sticky);",
      "stickyCopies.set(pattern, sticky);",
      "{}",
      undefined,
      undefined,
      "a memo: the value is made again, the same",
    ],
    [
      'sticky = new RegExp(pattern.source, pattern.flags + "y");',
      '"y"',
      '""',
      undefined,
      undefined,
      "a search from the window's first position finds the next match at or after it, and no match starts between the search's position and there (the reach's promise): the same match",
    ],
    [
      "while (this.#next < bounds.length && bounds[this.#next + 1] <= from) this.#next += 2;",
      "this.#next < bounds.length && bounds[this.#next + 1] <= from",
      "false",
      undefined,
      undefined,
      "a skip that only saves time: a window wholly before from gives the for loop no position (at = from >= its end)",
    ],
    [
      "while (this.#next < bounds.length && bounds[this.#next + 1] <= from) this.#next += 2;",
      "<",
      "<=",
      23,
      undefined,
      "bounds[bounds.length + 1] is undefined, and undefined <= from is false",
    ],
    [
      "while (this.#next < bounds.length && bounds[this.#next + 1] <= from) this.#next += 2;",
      "1",
      "2",
      undefined,
      undefined,
      "windows are disjoint and in order: when the next one starts at or before from, this one ended before from",
    ],
    [
      "while (this.#next < bounds.length && bounds[this.#next + 1] <= from) this.#next += 2;",
      "<=",
      "<",
      undefined,
      undefined,
      "a window ending at from is kept but gives the for loop no position",
    ],
    [
      "for (; this.#next < bounds.length; this.#next += 2) {",
      "<",
      "<=",
      undefined,
      undefined,
      "bounds[bounds.length + 1] is undefined: at < undefined is false, no position is tried",
    ],
    [
      "for (; this.#next < bounds.length; this.#next += 2) {",
      "2",
      "1",
      undefined,
      undefined,
      "the gaps between windows are tried too, in order: no match starts in them (the reach's promise), and a match is returned only inside a window",
    ],
    [
      "for (let at = Math.max(from, bounds[this.#next]); at < end; at++) {",
      "<",
      "<=",
      undefined,
      undefined,
      "a window's end lies in no window (touching windows are merged): no match starts there",
    ],
    [
      "if (last !== undefined && last.text === text) return last.starts;",
      "last !== undefined && last.text === text",
      "false",
      undefined,
      undefined,
      "a memo: the value is made again, the same",
    ],
    [
      "anchor.lastIndex = 0;",
      "anchor.lastIndex = 0;",
      "{}",
      undefined,
      "const starts: number[] = [];",
      "the anchor's lastIndex is 0 already: the search resets it when it ends",
    ],
    [
      "anchor.lastIndex = 0;",
      "0",
      "1",
      undefined,
      "const starts: number[] = [];",
      "the anchor's lastIndex is 0 already: the search resets it when it ends",
    ],
  ] as const).map(([line, original, replacement, column, after, reason]) => ({
    file: WINDOWED,
    line,
    original,
    replacement,
    reason,
    ...(column === undefined ? {} : { column }),
    ...(after === undefined ? {} : { after }),
  })),
  ...([
    [
      "if (m[0].length === 0) anchor.lastIndex++;",
      "m[0].length === 0",
      "false",
      undefined,
      undefined,
      "an anchor's match is one character that its lookbehind lets no letter or digit precede: none is empty, and none starts right after another",
    ],
    [
      "if (m[0].length === 0) anchor.lastIndex++;",
      "m[0].length === 0",
      "true",
      undefined,
      undefined,
      "an anchor's match is one character that its lookbehind lets no letter or digit precede: none is empty, and none starts right after another",
    ],
    [
      "if (m[0].length === 0) anchor.lastIndex++;",
      "===",
      "!==",
      undefined,
      undefined,
      "an anchor's match is one character that its lookbehind lets no letter or digit precede: none is empty, and none starts right after another",
    ],
    [
      "if (m[0].length === 0) anchor.lastIndex++;",
      "0",
      "1",
      undefined,
      undefined,
      "an anchor's match is one character that its lookbehind lets no letter or digit precede: none is empty, and none starts right after another",
    ],
    ...([["anchor.lastIndex++;", "{}"], ["++", "--"]] as const).map(([original, replacement]) =>
      [
        "if (m[0].length === 0) anchor.lastIndex++;",
        original,
        replacement,
        undefined,
        undefined,
        "never runs: every anchor's match is one character (NUMBER_RUN_START, BASE58_RUN_START, their lookaheads zero-width) or six digits (DIGIT_RUN_START), none empty",
      ] as const
    ),
    [
      "anchor.lastIndex = 0;",
      "anchor.lastIndex = 0;",
      "{}",
      undefined,
      "}",
      "the search sets lastIndex to 0 before it starts",
    ],
    [
      "anchor.lastIndex = 0;",
      "0",
      "1",
      undefined,
      "}",
      "the search sets lastIndex to 0 before it starts",
    ],
    [
      "lastAnchored.set(anchor, { text, starts });",
      "lastAnchored.set(anchor, { text, starts });",
      "{}",
      undefined,
      undefined,
      "a memo: the starts are found again, the same",
    ],
    [
      "if (points.length > most) return;",
      "points.length > most",
      "false",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "if (points.length > most) return;",
      ">",
      ">=",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "let covered = 0;",
      "0",
      "1",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "covered += stop - bounds[last];",
      "covered += stop - bounds[last];",
      "{}",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "covered += stop - bounds[last];",
      "+=",
      "-=",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "covered += stop - bounds[last];",
      "-",
      "+",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "covered += stop - start;",
      "covered += stop - start;",
      "{}",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "covered += stop - start;",
      "+=",
      "-=",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "if (covered > most) return;",
      "covered > most",
      "false",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "if (covered > most) return;",
      ">",
      ">=",
      undefined,
      undefined,
      "the budget (most) only decides whether windows are used or the line is searched whole, which finds the same",
    ],
    [
      "if (start >= stop) continue;",
      ">=",
      ">",
      undefined,
      undefined,
      "an empty window [start, start) adds no position to try",
    ],
    [
      "if (last > 0 && start <= bounds[last]) {",
      ">",
      ">=",
      undefined,
      undefined,
      "last is -1 with no window yet, and odd once there is one: never 0",
    ],
    [
      "if (last > 0 && start <= bounds[last]) {",
      "<=",
      "<",
      undefined,
      undefined,
      "a window that starts where the last ends is kept apart instead of merged: the same positions",
    ],
    [
      "if (stop > bounds[last]) {",
      "stop > bounds[last]",
      "true",
      undefined,
      undefined,
      "the points come in order and every window reaches as far after its point: a later stop is never before the last",
    ],
    [
      "if (stop > bounds[last]) {",
      ">",
      ">=",
      undefined,
      undefined,
      "an equal stop sets the same end and adds nothing to covered",
    ],
  ] as const).map(([line, original, replacement, column, after, reason]) => ({
    file: WINDOWED,
    line,
    original,
    replacement,
    reason,
    ...(column === undefined ? {} : { column }),
    ...(after === undefined ? {} : { after }),
  })),
  // placeholders.ts
  ...([["&&", "||", 40], ["<=", "<", undefined], ["60", "59", undefined], [
    "60",
    "61",
    undefined,
  ]] as const).map(([original, replacement, column]) => ({
    file: PLACEHOLDERS,
    line:
      "(last === 0x2e || last === 0x2026) && value.length <= 60 && PREFIX_AND_ELLIPSIS.test(value)",
    original,
    replacement,
    reason:
      "PREFIX_AND_ELLIPSIS matches at most 55 characters ending in . or …: the length and last-character tests only spare it the values it refuses anyway (the first && is the inner one: (A || B) && C)",
    ...(column === undefined ? {} : { column }),
  })),
  {
    file: PLACEHOLDERS,
    line: 'return value.includes(".") && TERRAFORM_RESOURCE.test(value);',
    original: '"."',
    replacement: '""',
    reason:
      "a shortcut: TERRAFORM_RESOURCE needs two dots (type.name.attribute), so a value without one fails it as well",
  },
  {
    file: PLACEHOLDERS,
    line: "for (let i = 0; i < value.length; i++) {",
    original: "<",
    replacement: "<=",
    reason:
      "isWithheld's extra step reads charCodeAt(length), NaN: not `_`, and neither bound test holds, so the loop ends as it would",
  },
  ...([
    ["const starts = first < 128 ? PLACEHOLDER_START[first] : 0;", "first < 128", "true"],
    ["const starts = first < 128 ? PLACEHOLDER_START[first] : 0;", "<", "<="],
    ["if (starts === 0) return false;", "starts === 0", "false"],
  ] as const).map(([line, original, replacement]) => ({
    file: PLACEHOLDERS,
    line,
    original,
    replacement,
    reason:
      "a shortcut: a first character past the table (128 or more) reads undefined, and starts of 0 or undefined has neither flag, so the FORM test below returns false as the shortcut does",
  })),
  ...([["<=", "<"], ["20", "19"], ["20", "21"]] as const).map(([original, replacement]) => ({
    file: PLACEHOLDERS,
    line: "if (value.length <= 20 && STOPWORDS.has(value.toLowerCase())) return true;",
    original,
    replacement,
    reason: "a shortcut: the longest stop word (placeholder) has 11 characters",
  })),
  {
    file: PLACEHOLDERS,
    line: "while (start < end && isQuote(candidate.charCodeAt(start))) start++;",
    original: "<",
    replacement: "<=",
    reason:
      "start reaches end only at the candidate's length, where charCodeAt gives NaN, no quote",
  },
  ...([["value.length <= 400", "true"], ["<=", "<"]] as const).map(([original, replacement]) => ({
    file: PLACEHOLDERS,
    line: "const inside = value.length <= 400 ? PEM_ENVELOPE.exec(value) : null;",
    original,
    replacement,
    reason:
      "a bound on the search only: PEM_ENVELOPE matches at most 374 characters (11 + 60 + 5 before the breaks, 8 of breaks, 200 of piece, 8, then 9 + 60 + 5 and 8), so no value of 400 or more is one",
  })),
  // policy.ts
  ...[
    "const _customPatternsAgree: Same<z.output<typeof CustomPatternSchema>, CustomPattern> = true;",
    "const _limitsAgree: Same<Required<z.output<typeof LimitsSchema>>, Limits> = true;",
  ].map((line) => ({
    file: POLICY,
    line,
    original: "true",
    replacement: "false",
    reason:
      "a type-level check (the constant is never read): `deno check`, which CI runs, refuses the mutant; the mutation run skips type checks",
  })),
  // keyword_index.ts
  ...keywordIndex([
    [
      "const cls = lower.length === 1 ? nonAsciiClass.get(lower.charCodeAt(0)) : undefined;",
      [["lower.length === 1", "true"]],
      "the only unit whose lower case is longer than one unit is U+0130 (to i and U+0307), whose first unit, i, is ASCII and has no class among those past ASCII: undefined either way",
    ],
    [
      "block.length = 0;",
      [["block.length = 0;", "{}"]],
      "each part then repeats the units before it: the search finds the same units more than once, and a unit listed twice gets the same class",
    ],
    [
      "for (let u = 0x80; u < 0x10000; u++) {",
      [["<", "<="]],
      "the extra unit 0x10000 is pushed after the last flush (at 0xffff) and never searched",
    ],
    [
      "if (u < 0xd800 || u > 0xdfff) block.push(u);",
      [["u < 0xd800 || u > 0xdfff", "true"], ["<", "<="], [">", ">="]],
      "surrogates added to the searched text are lone (or form U+10FC00, private use), and \\p{CWL} matches none of them",
    ],
    [
      "if (block.length === 4096 || u === 0xffff) {",
      [["block.length === 4096 || u === 0xffff", "true"], ["===", "!=="]],
      "flushing after every unit joins to the same text; not flushing at 0xffff drops only U+FFFF, which no lower-casing changes",
    ],
    [
      "block.length = 0;",
      [["0", "1"]],
      "each block keeps its first unit, 0x80, in front: the text searched has extra copies of U+0080, which \\p{CWL} does not match",
    ],
    [
      "#lastStamp = 0;",
      [["0", "1"]],
      "stamps then start at 2: the stamp array starts at 0, so no detector looks collected",
    ],
    [
      "for (let i = 0; i < word.length; i++) {",
      [["<", "<="]],
      "the extra step reads charCodeAt(length), NaN: it adds one class no code unit has (a wider row, numbered alike throughout)",
      27,
      "const word = wordOf(k);",
    ],
    [
      "for (let q = depthStart[d]; q < depthStart[d + 1]; q++) {",
      [["<", "<="], ["1", "2"]],
      "states of the next depth get their rows copied early, then again at their own depth (after their failure links' rows are complete), which overwrites the early copy; past the last depth the extra state is undefined and the copy is empty",
    ],
    [
      "for (let q = depthStart[d + 1]; q < depthStart[d + 2]; q++) {",
      [["1", "0"], ["<", "<="], ["2", "3"]],
      "the trie edges are set again or early: an edge set again is the same, and an edge set in a row not yet copied is overwritten by the copy and set again at its own depth; past the last depth the bounds give an empty range",
    ],
    [
      "const width = this.#width = asciiClass.size + 1 + Math.min(nonAscii.size, NON_ASCII_CLASSES);",
      [["1", "2"]],
      "one more, unused class column in every row: states and classes are numbered the same way throughout",
    ],
    [
      "let capacity = 1;",
      [["1", "2"]],
      "the trie's tables get one unused state more",
    ],
    [
      "let states = 1, maxDepth = 0;",
      [["0", "1"]],
      "with any keyword the depth is at least 1 anyway; without, the loops over depths 0 and 1 find no state",
    ],
    [
      "const byDepth = new Int32Array(states - 1);",
      [["-", "+"], ["1", "0"]],
      "a longer list of states by depth: entries past states - 1 are never read (ranges come from depthStart)",
    ],
    [
      "const depthStart = new Int32Array(maxDepth + 3);",
      [["3", "4"], ["3", "2"]],
      "one entry more is never read; one less makes depthStart[maxDepth + 2] undefined, an empty range as the entry it replaces (no state is deeper than maxDepth)",
    ],
    [
      "for (let d = 1; d < depthStart.length; d++) depthStart[d] += depthStart[d - 1];",
      [["1", "0"], ["1", "2"]],
      "depthStart[0] is 0 (the root is not listed): adding it, or NaN (from depthStart[-1]) stored as 0, changes nothing",
      18,
    ],
    [
      "for (let d = 1; d < depthStart.length; d++) depthStart[d] += depthStart[d - 1];",
      [["<", "<="]],
      "a write past a typed array's end is dropped",
    ],
    [
      "for (let t = 1; t < states; t++) byDepth[placed[depth[t]]++] = t;",
      [["1", "0"]],
      "the root, placed at byDepth[0], is overwritten by the first state of depth 1 (depthStart[1] is 0)",
    ],
    [
      "for (let q = depthStart[1]; q < depthStart[maxDepth + 1]; q++) {",
      [["1", "0"], ["1", "2"]],
      "depthStart[0] = depthStart[1] = 0; the states of depth 1 fail to the root, their default, and the root emits nothing (empty keywords are skipped)",
      29,
    ],
    [
      "for (let q = depthStart[1]; q < depthStart[maxDepth + 1]; q++) {",
      [["<", "<="]],
      "the extra step reads byDepth past its end (an undefined state) and writes only a named property of the typed array, which nothing reads",
    ],
    [
      "for (let q = depthStart[1]; q < depthStart[maxDepth + 1]; q++) {",
      [["1", "2"]],
      "depthStart[maxDepth + 2] equals depthStart[maxDepth + 1]: no state is deeper than maxDepth",
      59,
    ],
    [
      "const hitBase = this.#hitBase = order.length === states ? -1 : order.length;",
      [["order.length === states", "false"]],
      "without hit states the base is states: the first hit state is states * width either way, and the output table empty",
    ],
    [
      "for (let fresh = 0; fresh < states; fresh++) row[order[fresh]] = fresh * width;",
      [["0", "1"], ["<", "<="]],
      "order[0] is the root, whose row 0 is the typed array's default; order[states] is undefined, a property no read uses",
    ],
    [
      "this.#firstHitState = (hitBase === -1 ? states : hitBase) * width;",
      [["hitBase === -1", "false"], ["1", "0"], ["1", "2"], ["*", "/"]],
      "a lower first hit state only records more positions: collect maps a state below the hit base to no output (outStart at a negative index is undefined), so every line gets the same detectors",
    ],
    [
      "this.#outStart = new Int32Array(Math.max(0, states - hitBase) + 1);",
      [["0", "1"], ["-", "+"], ["1", "2"]],
      "a longer output index, read only up to the last hit state; without hit states nothing is collected",
    ],
    [
      "for (let c = 0; c < 0x80; c++) this.#classes[c] = shapeClasses(c);",
      [["0", "1"], ["<", "<="]],
      "NUL's shape classes are 0 in both automata, the table's default; code 0x80 is set to shapeClasses(0x80) by the fill already",
    ],
    [
      "const first = keywords.find((list) => list.length > 0)?.[0];",
      [[">", ">="], ["0", "1"]],
      "the warm-up scan's text only: its result is dropped (a first scan that lets V8 optimise the loop)",
    ],
    [
      "this.scan(`${keyword} +14155552671 1.2.3.4 a@b.io\\n`);",
      [["this.scan(`${keyword} +14155552671 1.2.3.4 a@b.io\\n`);", "{}"]],
      "the warm-up scan's result is dropped and a scan changes no state of the index: only speed",
    ],
    [
      "const states: ScanStates = [0, this.shapes[0].start, this.shapes[1].start, 0];",
      [["1", "0"]],
      "both shape automata start in state 0 (line_shape_tables.ts): either one's start is the other's",
    ],
    [
      "const states: ScanStates = [0, this.shapes[0].start, this.shapes[1].start, 0];",
      [["0", "1"]],
      "both shape automata start in state 0 (line_shape_tables.ts): either one's start is the other's",
      48,
    ],
    [
      "const wasm = to - from >= WASM_MIN_LENGTH ? this.#wasm : null;",
      [["to - from >= WASM_MIN_LENGTH", "false"], ["-", "+"], [">=", ">"]],
      "which loop scans a range, WebAssembly or JavaScript, changes only speed: both find the same (keyword_scan_equals_line_search_test.ts)",
    ],
    [
      "if (!wasm.scanChunk(text, at, end, states, sink)) {",
      [["!wasm.scanChunk(text, at, end, states, sink)", "true"]],
      "every chunk is then scanned in JavaScript, which finds what the WebAssembly loop finds (keyword_scan_equals_line_search_test.ts): only speed",
    ],
    [
      "if (wasm === null) this.#scanHere(text, from, to, states, sink);",
      [["wasm === null", "true"]],
      "which loop scans a range, WebAssembly or JavaScript, changes only speed: both find the same (keyword_scan_equals_line_search_test.ts)",
    ],
    [
      "if (state >= firstHit) keywordHits.push(i, state);",
      [["state >= firstHit", "true"]],
      "more recorded positions only: collect and eachList map a state below the hit base to no output (outStart at a negative index is undefined); their number only lets a dense text's base64 runs be gathered from an earlier chunk, the same runs",
    ],
    [
      "if (numberState >= firstNumberHit) numberHits.push(i, numberState);",
      [["numberState >= firstNumberHit", "true"]],
      "more recorded positions only: maskOf of a state below the hit base is undefined, and undefined & bit is 0",
    ],
    [
      "if (addressState >= firstAddressHit) addressHits.push(i, addressState);",
      [["addressState >= firstAddressHit", "true"]],
      "more recorded positions only: maskOf of a state below the hit base is undefined, and undefined & bit is 0",
    ],
    [
      "if (this.#lastStamp === 0x7fffffff) {",
      [["this.#lastStamp === 0x7fffffff", "true"], ["===", "!=="]],
      "clearing the stamps before every lookup: each lookup then uses stamp 1 on a cleared array, and de-duplicates the same",
    ],
    [
      "#stateStamp = new Int32Array(0);",
      [["0", "1"]],
      "the constructor always replaces the initial array (one entry per hit state) before any scan reads it",
    ],
    [
      "if (set.has(0)) return;",
      [["set.has(0)", "false"], ["0", "1"]],
      "a shortcut: a detector woken unconditionally keeps {0} anyway, as the line after the loop resets a set holding 0 to {0}; and no condition is 1 (a condition holds the word's length, at least 1, shifted by 2)",
    ],
    [
      "if (set.has(0)) map.set(detector, new Set([0]));",
      [["set.has(0)", "false"], ["map.set(detector, new Set([0]));", "{}"]],
      "a detector's list then keeps its bounded conditions beside 0: collect pushes it once (stamped) whichever entry comes first, 0 always meets, eachList skips the repeat, and the state is only left out of the per-stamp shortcut (speed)",
    ],
    [
      "if (set.has(0)) map.set(detector, new Set([0]));",
      [["0", "1"]],
      "the set is never collapsed to {0} (no condition is 1): as with the test made false, collect and eachList give the same lists (speed only)",
      19,
    ],
    [
      'const bounds = typeof k === "string" ? 0 : k.bounds & (WORD_START | WORD_END);',
      [['typeof k === "string"', "false"], ['"string"', '""']],
      "a string keyword's .bounds is undefined, and undefined & 3 is 0, what the test gives",
    ],
    [
      "if (c !== 0) this.#conditional[k - hitBase] = 1;",
      [["c !== 0", "true"], ["0", "1"], ["1", "2"]],
      "#conditional is only compared with 0: 2 reads as 1, and marking states with no bounded keyword conditional only turns off the per-stamp shortcut (speed); no condition is 1",
    ],
    [
      "this.#stateStamp = new Int32Array(this.#outStart.length);",
      [["this.#stateStamp = new Int32Array(this.#outStart.length);", "{}"]],
      "the stamps then stay an empty array: reading one gives undefined, never the stamp, and writes are ignored, so only the per-stamp shortcut is lost (speed)",
    ],
    [
      'const keyword = first === undefined ? "" : wordOf(first);',
      [["first === undefined", "true"]],
      "only the warm-up scan's text changes (no keyword before the sample numbers and addresses): it is scanned for the compiler's sake and its hits are thrown away",
    ],
    [
      "if (stateStamp[k] === stamp) continue;",
      [["stateStamp[k] === stamp", "false"]],
      "the per-stamp shortcut off: the state's lists are then each found stamped already and added no second time (speed only)",
    ],
    [
      "if (this.#conditional[k] === 0) stateStamp[k] = stamp;",
      [["this.#conditional[k] === 0", "false"], ["stateStamp[k] = stamp;", "{}"]],
      "no state is ever stamped, so the per-stamp shortcut never fires and each list is checked against its own stamp instead (speed only)",
    ],
    [
      "stamps[d] !== stamp && (condition === 0 || this.#meets(condition, text, at, from, to))",
      [["0", "1"]],
      "no condition is 1 (a bounded ASCII keyword's is its length << 2 | its bounds, 5 or more; a checked keyword's is negative), and #meets(0, …) is true (no bound bit set): a condition of 0 is met either way",
    ],
  ]),
  ...([["nonAscii.size > 0", "true"], [">", ">="]] as const).map(([original, replacement]) => ({
    file: KEYWORDS,
    line: "if (nonAscii.size > 0) {",
    original,
    replacement,
    reason:
      "the search of the code units lower-casing to a keyword character past ASCII then runs with no such character too, and folds nothing: nonAsciiClass is empty, so every unit's class is undefined",
  })),
  {
    file: KEYWORDS,
    line: "if (c >= 0x80) nonAscii.add(c);",
    original: ">=",
    replacement: ">",
    reason:
      "U+0080 in a keyword would then get an ASCII class of its own instead of a shared one; no other unit lower-cases to it, and the keyword, holding a character past ASCII, is checked by #meets either way: the same hits",
  },
];
