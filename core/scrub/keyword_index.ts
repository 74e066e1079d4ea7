/**
 * The keyword prefilter: one Aho-Corasick automaton over every detector's keywords, run
 * once over the text. It reports, per line, which detectors have a keyword on that line;
 * only those detectors run there. Matching is case-insensitive exactly as `toLowerCase`
 * folds single characters, without lower-casing the text.
 */

/** Detectors whose keywords occur on one line. */
export interface LineHit {
  /** Offset of the line's first character in the scanned text. */
  lineStart: number;
  /** Indices (into the keyword lists given to the index) of the detectors triggered. */
  detectors: number[];
}

const NEWLINE = 10;

let lowerCaseTable: Uint16Array | null = null;

/** Each UTF-16 code unit's single-unit lower case (or itself), computed once. */
function lowerCaseOf(): Uint16Array {
  if (lowerCaseTable !== null) return lowerCaseTable;
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return (lowerCaseTable = table);
}

export class KeywordIndex {
  readonly #classes = new Uint16Array(65536);
  readonly #classCount: number;
  /** delta[state * classCount + class] = next state. */
  readonly #delta: Int32Array;
  /** Detector indices emitted in each state: outputs[outStart[s] .. outStart[s+1]). */
  readonly #outStart: Int32Array;
  readonly #outputs: Int32Array;
  /** Scratch: the hit number at which each detector was last recorded. */
  readonly #stamp: Int32Array;

  /** `keywords[i]` are detector i's keywords (lower-case; an empty list never triggers). */
  constructor(keywords: readonly (readonly string[])[]) {
    this.#stamp = new Int32Array(keywords.length).fill(-1);
    const charClass = new Map<string, number>();
    for (const list of keywords) {
      for (const k of list) {
        for (const ch of k.toLowerCase()) {
          if (!charClass.has(ch)) charClass.set(ch, charClass.size + 1);
        }
      }
    }
    this.#classCount = charClass.size + 1;
    const lower = lowerCaseOf();
    for (let c = 0; c < 65536; c++) {
      const cls = charClass.get(String.fromCharCode(lower[c]));
      if (cls !== undefined) this.#classes[c] = cls;
    }

    // Trie.
    const C = this.#classCount;
    const next: number[][] = [new Array(C).fill(-1)];
    const emits: Set<number>[] = [new Set()];
    keywords.forEach((list, detector) => {
      for (const k of list) {
        const word = k.toLowerCase();
        if (word.length === 0) continue;
        let s = 0;
        for (let i = 0; i < word.length; i++) {
          const cls = this.#classes[word.charCodeAt(i)];
          if (next[s][cls] === -1) {
            next[s][cls] = next.length;
            next.push(new Array(C).fill(-1));
            emits.push(new Set());
          }
          s = next[s][cls];
        }
        emits[s].add(detector);
      }
    });

    // Failure links, breadth first, folded into a complete transition table.
    const fail = new Int32Array(next.length);
    const queue: number[] = [];
    for (let c = 0; c < C; c++) {
      const t = next[0][c];
      if (t === -1) next[0][c] = 0;
      else {
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const d of emits[fail[s]]) emits[s].add(d);
      for (let c = 0; c < C; c++) {
        const t = next[s][c];
        if (t === -1) next[s][c] = next[fail[s]][c];
        else {
          fail[t] = next[fail[s]][c];
          queue.push(t);
        }
      }
    }

    this.#delta = new Int32Array(next.length * C);
    next.forEach((row, s) => this.#delta.set(row, s * C));
    this.#outStart = new Int32Array(next.length + 1);
    const outs: number[] = [];
    emits.forEach((set, s) => {
      this.#outStart[s] = outs.length;
      outs.push(...set);
    });
    this.#outStart[next.length] = outs.length;
    this.#outputs = Int32Array.from(outs);
  }

  /** Lines of `text[from, to)` that contain a keyword, in order, with their detectors. */
  scan(text: string, from = 0, to = text.length): LineHit[] {
    const hits: LineHit[] = [];
    const classes = this.#classes, delta = this.#delta, C = this.#classCount;
    const outStart = this.#outStart, outputs = this.#outputs, stamp = this.#stamp;
    stamp.fill(-1);
    let state = 0;
    let lineStart = from;
    let current: LineHit | null = null;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        state = 0;
        lineStart = i + 1;
        continue;
      }
      state = delta[state * C + classes[c]];
      const first = outStart[state], last = outStart[state + 1];
      if (first === last) continue;
      if (current === null || current.lineStart !== lineStart) {
        current = { lineStart, detectors: [] };
        hits.push(current);
      }
      const hitNumber = hits.length - 1;
      for (let o = first; o < last; o++) {
        const d = outputs[o];
        if (stamp[d] !== hitNumber) {
          stamp[d] = hitNumber;
          current.detectors.push(d);
        }
      }
    }
    return hits;
  }
}
