/**
 * The keyword prefilter: one Aho-Corasick automaton over every detector's keywords, run
 * once over the text. It tells, line by line, which detectors have a keyword on that line;
 * only those detectors run there. Matching is case-insensitive as `toLowerCase` folds
 * single characters, without lower-casing the text.
 *
 * The same loop runs the two line-shape automata (./line_shapes.ts). Per character it reads
 * the character's classes (here one table holds all three automata's) and one transition per
 * automaton: states are numbered so that every state that completes something comes last
 * (one comparison tells a hit), and transitions are stored pre-multiplied by the row width.
 * The loop runs in WebAssembly (./wasm/scan.ts) where it can, several times faster, and here in
 * JavaScript otherwise and for short texts.
 *
 * A keyword may wake its detector only at a word's start or end (Keyword.bounds): such a hit is
 * checked where it is collected, by the character before or after it, not in the scan.
 */
import { HitList } from "./hit_list.ts";
import { RUN_GROUPS, RUN_SHORTEST } from "../detectors/value_runs.ts";
import { ShapeAutomaton, shapeSlot } from "./line_shapes.ts";
import { isAlnumCode as isAlnum } from "../../char_codes.ts";
import type { LineShape, ScanSink, ScanStates } from "./types.ts";
import { CHUNK_LENGTH, WasmScan } from "./wasm/scan.ts";

/** The only non-ASCII code unit whose single-unit lower case is ASCII: KELVIN SIGN → "k". */
const KELVIN_SIGN = 0x212a;

/**
 * The classes the keyword characters past ASCII share. With one, any run of such letters
 * (a word of Cyrillic text) reached the states of every such keyword as long, and each was
 * checked at every letter: 2 MB of Russian words took 6 to 9 s, not 20 to 70 ms. With 16, a
 * text's letters rarely spell the classes of a keyword they are not.
 */
const NON_ASCII_CLASSES = 16;

/**
 * The non-ASCII code units that `toLowerCase` changes (Unicode's Changes_When_Lowercased), found
 * by one regex search over them all: far cheaper than lower-casing each of the 65,536 (a lone
 * surrogate lower-cases to itself; no ASCII unit lower-cases to a non-ASCII one).
 */
function unitsChangedByLowerCase(): number[] {
  const parts: string[] = [];
  const block: number[] = [];
  for (let u = 0x80; u < 0x10000; u++) {
    if (u < 0xd800 || u > 0xdfff) block.push(u);
    if (block.length === 4096 || u === 0xffff) {
      parts.push(String.fromCharCode(...block));
      block.length = 0;
    }
  }
  const changed: number[] = [];
  for (const m of parts.join("").matchAll(/\p{CWL}/gu)) changed.push(m[0].charCodeAt(0));
  return changed;
}

/**
 * What KeywordHits.targetsBefore returns when no keyword ends before the line's end and it is
 * given nothing to add: one empty list for every line, read-only to its callers as every list it
 * returns (not frozen: a frozen list measured slower where the engine reads the targets).
 */
const NO_TARGETS: readonly never[] = [];

/**
 * `multiple / divisor` for a multiple of `divisor` (both integers, the multiple under 2^31), given
 * `reciprocal` = 1 / divisor: a product rounded instead of a division, which costs some 20 to 40
 * cycles where the scan's hits are collected. The product is within multiple / divisor * 2^-52
 * (under 2^-21) of the quotient, so rounding makes it exact.
 */
export const exactQuotient = (multiple: number, reciprocal: number): number =>
  Math.round(multiple * reciprocal);

/** Keyword.bounds: no ASCII letter or digit right before the keyword; right after it. */
export const WORD_START = 1, WORD_END = 2;

/**
 * Whether the letter at `at` of `text` is a JSON string's escaped line break or tab (`\n`, `\t`),
 * after which a word starts as it does in the line's decoded view (a WORD_START keyword counts
 * there: `"keys:\nghp_…"`).
 */
const escapedBreak = (text: string, at: number) =>
  text.charCodeAt(at - 1) === 92 && (text[at] === "n" || text[at] === "t");

/** A keyword: a word, or a word that counts only at a word's start or end (WORD_START | WORD_END). */
export type Keyword = string | { readonly word: string; readonly bounds: number };

const wordOf = (k: Keyword): string => (typeof k === "string" ? k : k.word).toLowerCase();

/**
 * A text has keywords this densely or more (a hit per this many characters) where runs of base64
 * digits are worth finding in the scan (KeywordIndex.scan `runs`): a key/value log's lines, where
 * key words wake the detectors gated by runs on every line (one hit per 24 characters on the
 * 20 MB key/value log; one per 65 on the mixed log, where finding them costs more than reading
 * the lines that ask: its scrub took 5 to 9 % more CPU with them found at one per 64). Judged on
 * the text's first DENSITY_JUDGED characters (the first 2,048 characters of the mixed log's
 * 64 KiB regions hold one per 41 to 120, of the key/value log's one per 18 to 36), then at each
 * chunk's start on the text read so far.
 */
const DENSE = 40;

/** See DENSE. */
export const DENSITY_JUDGED = 2048;

/** Texts shorter than this are scanned in JavaScript: the WebAssembly call costs more. */
const WASM_MIN_LENGTH = 512;

export interface KeywordIndexOptions {
  /** Whether the scan may run in WebAssembly (default true); false keeps it in JavaScript. */
  wasm?: boolean;
  /**
   * Words (lower case) found as keywords are but waking no list: the hits in a state from
   * KeywordIndex.firstMark on end one (the key/value reader's key words, ../kv/assignments.ts
   * KEY_WORD_LEADS).
   */
  marks?: readonly string[];
}

/** Keyword hits of one scan, consumed line by line in order; and where each line shape occurs. */
export class KeywordHits {
  #next = 0;
  /** The first of the hits targetsBefore consumed last (those up to #next). */
  lastFirst = 0;

  constructor(
    /** Where a keyword ended, and in which state. */
    readonly keywords: HitList,
    readonly index: KeywordIndex,
    /** Per shape automaton: where it completed a shape, and in which state. */
    private readonly shapes: readonly [HitList, HitList],
    /**
     * The runs of RUN_SHORTEST or more base64 digits (where each ends, and its length) on the
     * lines that start at `runsFrom` or later; null when the scan did not find them.
     */
    readonly runs: HitList | null,
    readonly runsFrom: number,
    /** The scanned text and range, for keywords bounded at a word's start or end. */
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** Where `shape` completes, in order: once per line at most. */
  shapeStarts(shape: LineShape): number[] {
    const starts: number[] = [];
    const { group, bit } = shapeSlot(shape);
    const automaton = this.index.shapes[group];
    const { positions, states, length } = this.shapes[group];
    for (let k = 0; k < length; k++) {
      if (automaton.maskOf(states[k]) & bit) starts.push(positions[k]);
    }
    return starts;
  }

  /**
   * The targets of the keyword lists with a keyword ending before `end` and not yet consumed,
   * each list i given as `targets[i]`, then those of `after`: read-only (`after` itself when
   * there are none), made once.
   */
  targetsBefore<T>(
    end: number,
    targets: readonly T[],
    after: readonly T[] = NO_TARGETS,
  ): readonly T[] {
    const { positions, length } = this.keywords;
    this.lastFirst = this.#next;
    if (this.#next >= length || positions[this.#next] >= end) return after;
    const found: T[] = [];
    this.#next = this.index.collect(
      this.keywords,
      this.#next,
      end,
      found,
      targets,
      this.text,
      this.from,
      this.to,
    );
    if (found.length === 0) return after;
    found.push(...after);
    return found;
  }

  /**
   * Where the keywords of each list end on the text `[from, to)` (a line), as `targets[i]` →
   * the positions of the last character of each occurrence, in order; whether or not those hits
   * were consumed, and whatever their bounds; only for the targets `wanted` holds of, when given
   * (a long line has thousands of hits, most of them of targets never searched near them). For
   * searching a long line only near its keywords (../windowed_match.ts).
   */
  keywordEnds<T>(
    from: number,
    to: number,
    targets: readonly T[],
    wanted?: (target: T) => boolean,
  ): Map<T, number[]> {
    const { positions, states, length } = this.keywords;
    let lo = 0, hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    const ends = new Map<T, number[]>();
    // Each list's positions (null: not wanted), found in `ends` once per call.
    const byList: (number[] | null | undefined)[] = [];
    let at = 0;
    const add = (list: number) => {
      let found = byList[list];
      if (found === undefined) {
        const target = targets[list];
        if (wanted !== undefined && !wanted(target)) found = null;
        else {
          found = ends.get(target);
          if (found === undefined) ends.set(target, found = []);
        }
        byList[list] = found;
      }
      if (found !== null) found.push(at);
    };
    for (let k = lo; k < length && positions[k] < to; k++) {
      at = positions[k];
      this.index.eachList(states[k], this.text, at, add);
    }
    return ends;
  }
}

export class KeywordIndex {
  /** Per code unit: its keyword class (low 16 bits) and its classes in the two shape automata. */
  readonly #classes = new Uint32Array(65536);
  readonly #width: number;
  /** delta[state + class] = next state; states are pre-multiplied by #width. */
  readonly #delta: Int32Array;
  /** States at or above this (pre-multiplied) number complete at least one keyword. */
  readonly #firstHitState: number;
  /**
   * Detector indices per hit state: outputs[outStart[k] .. outStart[k+1]), k = state / width -
   * hit base; each with its condition (see #meets: 0 for none). A detector woken only by
   * bounded or checked keywords there has one entry per condition, next to each other.
   */
  readonly #outStart: Int32Array;
  readonly #outputs: Int32Array;
  readonly #conditions: Int32Array;
  /** The keywords with a character past ASCII, checked where hit (see #meets). */
  readonly #checked: string[] = [];
  /** Per hit state: 1 where an output has a condition (the state may pass on a later hit). */
  readonly #conditional: Uint8Array;
  readonly #hitBase: number;
  /** Scratch: the stamp at which each detector was last collected. */
  readonly #stamp: Int32Array;
  /** Scratch: the stamp at which each hit state (from #hitBase on) was last collected. */
  #stateStamp = new Int32Array(0);
  #lastStamp = 0;
  readonly shapes: readonly [ShapeAutomaton, ShapeAutomaton];
  /** States (pre-multiplied) from this one on end a mark (KeywordIndexOptions.marks). */
  readonly firstMark: number;
  /**
   * The length of the mark a hit state from firstMark on ends, at the state's number less
   * firstMark (-1 where marks of two lengths end).
   */
  readonly markLengths: Int32Array;
  /** 0, 1, 2 …: each keyword list by its number. */
  readonly listNumbers: readonly number[];
  readonly #wasm: WasmScan | null;

  /** `keywords[i]` are detector i's keywords (lower-case; an empty list never triggers). */
  constructor(keywords: readonly (readonly Keyword[])[], options: KeywordIndexOptions = {}) {
    const [numbers, addresses] = ShapeAutomaton.shared();
    this.shapes = [numbers, addresses];
    this.#stamp = new Int32Array(keywords.length);
    this.listNumbers = keywords.map((_, i) => i);
    // The marks, as one list more (numbered `marks`) that no hit state outputs.
    const marks = keywords.length;
    keywords = [...keywords, options.marks ?? []];
    // Each ASCII keyword character has a class of its own; those past ASCII (the context words
    // of other languages, over a hundred characters) share NON_ASCII_CLASSES, dealt out in code
    // order, so that the table is not three times as wide as the ASCII keywords make it. Such a
    // keyword's hit is checked character by character where it is collected (#meets): the
    // automaton may find more there, never less.
    const asciiClass = new Map<number, number>();
    const nonAscii = new Set<number>();
    for (const list of keywords) {
      for (const k of list) {
        const word = wordOf(k);
        for (let i = 0; i < word.length; i++) {
          const c = word.charCodeAt(i);
          if (c >= 0x80) nonAscii.add(c);
          else if (!asciiClass.has(c)) asciiClass.set(c, asciiClass.size + 1);
        }
      }
    }
    const nonAsciiClass = new Map<number, number>();
    [...nonAscii].sort((a, b) => a - b).forEach((c, i) =>
      nonAsciiClass.set(c, asciiClass.size + 1 + i % NON_ASCII_CLASSES)
    );
    const width = this.#width = asciiClass.size + 1 + Math.min(nonAscii.size, NON_ASCII_CLASSES);
    // Every code unit whose `toLowerCase` is a keyword character gets that character's class.
    const keywordClass = new Uint16Array(65536);
    const folded: number[] = [];
    const fold = (u: number, cls: number) => folded.push(u) && (keywordClass[u] = cls);
    for (const [c, cls] of asciiClass) {
      fold(c, cls);
      if (c >= 0x61 && c <= 0x7a) fold(c - 0x20, cls);
      if (c === 0x6b) fold(KELVIN_SIGN, cls);
    }
    // Past ASCII: the character itself, or a unit that lower-casing changes (no ASCII one
    // lower-cases past ASCII), searched for once however many such characters there are.
    if (nonAscii.size > 0) {
      for (const u of [...nonAscii, ...unitsChangedByLowerCase()]) {
        const lower = String.fromCharCode(u).toLowerCase();
        const cls = lower.length === 1 ? nonAsciiClass.get(lower.charCodeAt(0)) : undefined;
        if (cls !== undefined) fold(u, cls);
      }
    }

    // Trie, in one flat table: goto[state * width + class], -1 where no edge yet. State t > 0 is
    // entered from parent[t] on class edgeClass[t], at depth[t].
    let capacity = 1;
    for (const list of keywords) for (const k of list) capacity += wordOf(k).length;
    const goto = new Int32Array(capacity * width).fill(-1);
    const parent = new Int32Array(capacity), edgeClass = new Int32Array(capacity);
    const depth = new Int32Array(capacity);
    let states = 1, maxDepth = 0;
    // Per trie state: the length of the mark it ends (0: none; -1: marks of two lengths).
    const markLength = new Int32Array(capacity);
    const addMark = (t: number, n: number) => {
      markLength[t] = markLength[t] === 0 || markLength[t] === n ? n : -1;
    };
    // Per state: the detectors it wakes, each with its conditions (one 0: none).
    const emits: (Map<number, Set<number>> | undefined)[] = [];
    const emit = (state: number, detector: number, conditions: Iterable<number>) => {
      const map = emits[state] ??= new Map();
      let set = map.get(detector);
      if (set === undefined) map.set(detector, set = new Set());
      if (set.has(0)) return;
      for (const c of conditions) set.add(c);
      if (set.has(0)) map.set(detector, new Set([0]));
    };
    keywords.forEach((list, detector) => {
      for (const k of list) {
        const word = wordOf(k);
        const bounds = typeof k === "string" ? 0 : k.bounds & (WORD_START | WORD_END);
        if (word.length === 0) continue;
        const condition = /[^\0-\x7f]/.test(word)
          ? ~((this.#checked.push(word) - 1) << 2 | bounds)
          : bounds && (word.length << 2) | bounds;
        let s = 0;
        for (let i = 0; i < word.length; i++) {
          const cls = keywordClass[word.charCodeAt(i)];
          const edge = s * width + cls;
          if (goto[edge] === -1) {
            goto[edge] = states;
            parent[states] = s;
            edgeClass[states] = cls;
            depth[states] = i + 1;
            states++;
          }
          s = goto[edge];
        }
        maxDepth = Math.max(maxDepth, word.length);
        emit(s, detector, [condition]);
        if (detector === marks) addMark(s, word.length);
      }
    });

    // States breadth first (by depth, in index order within one), and their failure links: the
    // longest proper suffix that is also a trie state. A state also reports its link's keywords.
    const byDepth = new Int32Array(states - 1);
    // byDepth[depthStart[d] … depthStart[d + 1]) are the states at depth d (the root, at depth
    // 0, is not listed; depthStart has one entry past the deepest level, for the loops below).
    const depthStart = new Int32Array(maxDepth + 3);
    for (let t = 1; t < states; t++) depthStart[depth[t] + 1]++;
    for (let d = 1; d < depthStart.length; d++) depthStart[d] += depthStart[d - 1];
    const placed = depthStart.slice();
    for (let t = 1; t < states; t++) byDepth[placed[depth[t]]++] = t;
    const fail = new Int32Array(states);
    for (let q = depthStart[1]; q < depthStart[maxDepth + 1]; q++) {
      const t = byDepth[q], s = parent[t], cls = edgeClass[t];
      if (s !== 0) {
        let f = fail[s];
        while (f !== 0 && goto[f * width + cls] === -1) f = fail[f];
        fail[t] = Math.max(0, goto[f * width + cls]);
      }
      if (markLength[fail[t]] !== 0) addMark(t, markLength[fail[t]]);
      const inherited = emits[fail[t]];
      if (inherited !== undefined) {
        for (const [d, conditions] of inherited) emit(t, d, conditions);
      }
    }

    // Renumber: states without outputs first (root stays 0), hit states last, those that end a
    // mark after the others; each part breadth first, so that the shallow states a scan is in
    // most of the time have their rows together (a scan of the 20 MB mixed log ~6 % faster than
    // in the order the trie made them).
    const order: number[] = [0];
    for (const k of byDepth) if (emits[k] === undefined) order.push(k);
    const hitBase = this.#hitBase = order.length === states ? -1 : order.length;
    for (const k of byDepth) if (emits[k]?.has(marks) === false) order.push(k);
    this.firstMark = order.length * width;
    const marksFrom = order.length;
    for (const k of byDepth) if (emits[k]?.has(marks)) order.push(k);
    this.markLengths = new Int32Array((order.length - marksFrom) * width);
    for (let k = marksFrom; k < order.length; k++) {
      this.markLengths[(k - marksFrom) * width] = markLength[order[k]];
    }
    const row = new Int32Array(states);
    for (let fresh = 0; fresh < states; fresh++) row[order[fresh]] = fresh * width;
    this.#firstHitState = (hitBase === -1 ? states : hitBase) * width;

    // The complete transition table, one depth at a time: a state's row is its failure link's
    // row (complete, as the link is shallower) with its own trie edges on top. Rows are copied
    // whole, so building takes a few thousand copies rather than a step per state and class.
    const delta = this.#delta = new Int32Array(states * width);
    for (let d = 0; d <= maxDepth; d++) {
      for (let q = depthStart[d]; q < depthStart[d + 1]; q++) {
        const t = byDepth[q], from = row[fail[t]];
        delta.copyWithin(row[t], from, from + width);
      }
      for (let q = depthStart[d + 1]; q < depthStart[d + 2]; q++) {
        const t = byDepth[q];
        delta[row[parent[t]] + edgeClass[t]] = row[t];
      }
    }
    this.#outStart = new Int32Array(Math.max(0, states - hitBase) + 1);
    this.#conditional = new Uint8Array(this.#outStart.length);
    const outs: number[] = [], conditions: number[] = [];
    if (hitBase !== -1) {
      for (let k = hitBase; k < states; k++) {
        this.#outStart[k - hitBase] = outs.length;
        for (const [d, set] of emits[order[k]]!) {
          if (d === marks) continue;
          for (const c of set) {
            outs.push(d);
            conditions.push(c);
            if (c !== 0) this.#conditional[k - hitBase] = 1;
          }
        }
      }
      this.#outStart[states - hitBase] = outs.length;
    }
    this.#outputs = Int32Array.from(outs);
    this.#conditions = Int32Array.from(conditions);
    this.#stateStamp = new Int32Array(this.#outStart.length);
    // Shape classes for every code unit (all at or above 0x80 share one), keyword classes added.
    const shapeClasses = (c: number) => (numbers.classes[c] << 16) | (addresses.classes[c] << 24);
    this.#classes.fill(shapeClasses(0x80), 0x80);
    for (let c = 0; c < 0x80; c++) this.#classes[c] = shapeClasses(c);
    for (const u of folded) this.#classes[u] |= keywordClass[u];
    // A first scan that takes every branch of the loop: V8 compiles the loop while it runs (on-
    // stack replacement), and a branch that never ran before makes that code bail out; after a
    // few bail-outs a long scan finishes unoptimized, at a third of the speed.
    const first = keywords.find((list) => list.length > 0)?.[0];
    const keyword = first === undefined ? "" : wordOf(first);
    this.scan(`${keyword} +14155552671 1.2.3.4 a@b.io\n`);
    this.#wasm = options.wasm === false ? null : WasmScan.create([
      { classes: keywordClass, delta: this.#delta, firstHit: this.#firstHitState },
      numbers,
      addresses,
    ]);
  }

  /** Whether scans of long texts run in WebAssembly. */
  get usesWasm(): boolean {
    return this.#wasm !== null;
  }

  /**
   * Every keyword and line-shape occurrence in `text[from, to)`; none spans a newline. With
   * `runs`, on a text dense in keywords (a key/value log's: see DENSE), also the runs of base64
   * digits on the lines after its first DENSITY_JUDGED characters (see KeywordHits.runs), where
   * the run readings of ../detectors/value_runs.ts would read each line again.
   */
  scan(text: string, from = 0, to = text.length, runs = false): KeywordHits {
    const sink: ScanSink = [new HitList(), new HitList(), new HitList(), null];
    const states: ScanStates = [0, this.shapes[0].start, this.shapes[1].start, 0];
    let runsFrom = Infinity;
    const wasm = to - from >= WASM_MIN_LENGTH ? this.#wasm : null;
    if (wasm === null) this.#scanHere(text, from, to, states, sink);
    else {
      for (let at = from, end = from; at < to; at = end) {
        if (runs && at > from && sink[3] === null && sink[0].length * DENSE >= at - from) {
          // A run goes on from here: the lines that start here or later have all theirs.
          sink[3] = new HitList();
          runsFrom = at;
          states[3] = 0;
        }
        // The first chunk, where the density is judged, is short: the lines before the runs are
        // found read their own (a quarter of a 64 KiB region's lines when it was a whole chunk).
        end = Math.min(to, at + (at === from && runs ? DENSITY_JUDGED : CHUNK_LENGTH));
        if (!wasm.scanChunk(text, at, end, states, sink)) {
          this.#scanHere(text, at, end, states, sink);
        }
      }
    }
    // A run going on at the end ends there.
    if (sink[3] !== null && states[3] >= RUN_SHORTEST) sink[3].push(to, states[3]);
    return new KeywordHits(sink[0], this, [sink[1], sink[2]], sink[3], runsFrom, text, from, to);
  }

  /** The scan loop in JavaScript, from `states`, leaving the states at `to` in them. */
  #scanHere(text: string, from: number, to: number, states: ScanStates, sink: ScanSink): void {
    const [keywordHits, numberHits, addressHits, runs] = sink;
    const classes = this.#classes, delta = this.#delta, firstHit = this.#firstHitState;
    const [numbers, addresses] = this.shapes;
    const numberDelta = numbers.delta, firstNumberHit = numbers.firstHit;
    const addressDelta = addresses.delta, firstAddressHit = addresses.firstHit;
    let [state, numberState, addressState, runLength] = states;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const c = classes[code];
      if (runs !== null) {
        if (code < 0x80 && RUN_GROUPS[code] !== 0) runLength++;
        else {
          if (runLength >= RUN_SHORTEST) runs.push(i, runLength);
          runLength = 0;
        }
      }
      state = delta[state + (c & 0xffff)];
      numberState = numberDelta[numberState + ((c >>> 16) & 0xff)];
      addressState = addressDelta[addressState + (c >>> 24)];
      if (state >= firstHit) keywordHits.push(i, state);
      if (numberState >= firstNumberHit) numberHits.push(i, numberState);
      if (addressState >= firstAddressHit) addressHits.push(i, addressState);
    }
    states[0] = state;
    states[1] = numberState;
    states[2] = addressState;
    states[3] = runLength;
  }

  /** A stamp never used before (for de-duplicating detectors in `collect`). */
  freshStamp(): number {
    if (this.#lastStamp === 0x7fffffff) {
      this.#stamp.fill(0);
      this.#stateStamp.fill(0);
      this.#lastStamp = 0;
    }
    return ++this.#lastStamp;
  }

  /**
   * Calls `visit` with the number of each keyword list that a hit state, ending at `at` in
   * `text`, completes, once each, whatever the keywords' bounds.
   */
  eachList(state: number, text: string, at: number, visit: (list: number) => void): void {
    const k = state / this.#width - this.#hitBase;
    for (let o = this.#outStart[k], last = -1; o < this.#outStart[k + 1]; o++) {
      const d = this.#outputs[o], condition = this.#conditions[o];
      // A checked keyword's characters, not its bounds (condition | 3: bounds 0).
      if (d !== last && (condition >= 0 || this.#meets(condition | 3, text, at, 0, 0))) {
        visit(last = d);
      }
    }
  }

  /**
   * Whether a hit ending at `at` in `text` (scanned over [from, to)) meets `condition`: 0, a
   * keyword's length << 2 | its bounds, or for a keyword past ASCII ~(k << 2 | its bounds),
   * #checked[k]. The automaton has matched such a keyword's ASCII characters (each has a class
   * of its own), and a character folding to some keyword character past ASCII wherever it has
   * one: those are compared here.
   */
  #meets(condition: number, text: string, at: number, from: number, to: number): boolean {
    if (condition < 0) {
      const word = this.#checked[~condition >> 2], start = at + 1 - word.length;
      for (let i = 0; i < word.length; i++) {
        if (word.charCodeAt(i) >= 0x80 && text[start + i].toLowerCase() !== word[i]) return false;
      }
      condition = (word.length << 2) | (~condition & 3);
    }
    const before = at - (condition >> 2);
    if (
      (condition & WORD_START) !== 0 && before >= from && isAlnum(text.charCodeAt(before)) &&
      !escapedBreak(text, before)
    ) {
      return false;
    }
    return (condition & WORD_END) === 0 || at + 1 >= to || !isAlnum(text.charCodeAt(at + 1));
  }

  /**
   * Adds the targets of the keyword lists of the hits `hits[next …)` that end before `end` to
   * `found`, once each (under a fresh stamp), those of a bounded keyword only where the hit,
   * ending at `at` in `text` scanned over [from, to), meets its condition; returns the first hit
   * left. A state without bounded keywords met again under the same stamp adds nothing (its lists
   * are all stamped already): on a key/value line the same few keywords (`key`, `token`) end a
   * dozen times. One call per line, not per hit (700,000 hits on the 20 MB key/value log).
   */
  collect<T>(
    hits: HitList,
    next: number,
    end: number,
    found: T[],
    targets: readonly T[],
    text: string,
    from: number,
    to: number,
  ): number {
    const stamp = this.freshStamp();
    const { positions, states, length } = hits;
    // A hit state's row: exactQuotient(state, 1 / #width).
    const perWidth = 1 / this.#width, hitBase = this.#hitBase, stateStamp = this.#stateStamp;
    const outStart = this.#outStart, outputs = this.#outputs, conditions = this.#conditions;
    const stamps = this.#stamp;
    for (; next < length; next++) {
      const at = positions[next];
      if (at >= end) break;
      const k = exactQuotient(states[next], perWidth) - hitBase;
      if (stateStamp[k] === stamp) continue;
      if (this.#conditional[k] === 0) stateStamp[k] = stamp;
      for (let o = outStart[k]; o < outStart[k + 1]; o++) {
        const d = outputs[o], condition = conditions[o];
        if (
          stamps[d] !== stamp && (condition === 0 || this.#meets(condition, text, at, from, to))
        ) {
          stamps[d] = stamp;
          found.push(targets[d]);
        }
      }
    }
    return next;
  }
}

/**
 * The keyword lists (by number) of `hits` with a keyword ending before `end` and not yet consumed
 * (empty when none): KeywordHits.targetsBefore with each list as its number. For the tests; the
 * scrubber asks for its own targets, so no bundle carries this.
 */
export function detectorsBefore(hits: KeywordHits, end: number): readonly number[] {
  return hits.targetsBefore(end, hits.index.listNumbers);
}
