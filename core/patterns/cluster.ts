/**
 * Groups distinct token sequences ("shapes", see tokenize.ts) into templates.
 *
 * Shapes of one length are grouped in two steps:
 *   1. Anchoring. Within a length, each (position, token) is counted over all lines. The
 *      constant words of one kind of message occur in every line of it, so they share one
 *      count; its variable words occur less often. A shape's anchor is the count that most of
 *      its untyped words share (the larger on a tie); the words counted at least that often
 *      are its constant part, and shapes with the same constant part form a group.
 *   2. Splitting. Inside a group, a position whose words differ is split on when it has
 *      at most two different words (a state such as `true`/`false`, `start`/`end`), or when
 *      its words determine another differing position (`from NEW to QUEUED`, `from QUEUED to
 *      RUNNING`); otherwise it is a variable (`user alice`, `user bob`, `user carol`).
 *      A position that ever holds a typed variable is a variable; one that holds log levels
 *      (`ERROR`, `INFO`), HTTP methods or a few states (`Started`/`Paused`/`Stopped`,
 *      `LEADING`/`LOOKING`) is always split on; one that holds names (hosts, packages,
 *      paths) never is.
 *   3. Templates whose constant words match one for one and that differ only in how many
 *      tokens a variable took are merged.
 */
import { HTTP_METHODS, normalizeLevel } from "./levels.ts";
import { PUNCTUATION, WILDCARD } from "./tokenize.ts";
import { isAlnumCode as isAlphanumeric } from "../char_codes.ts";

export interface Shape {
  tokens: readonly string[];
  typed: readonly boolean[];
  /** How many lines have this shape. */
  weight: number;
}

export interface Clustering {
  /** For each shape (by index), the index of its template. */
  templateOf: Int32Array;
  /** Templates as token lists (variables are `<*>`, after their punctuation). */
  templates: string[][];
}

/** A position with at most this many different words in a group is split on. */
const SPLIT_MAX_WORDS = 2;
/** Splitting stops this deep (each level splits on one position). */
const MAX_SPLIT_DEPTH = 32;
/** At most this many positions are tried as determining another (the fewest words first). */
const MAX_DETERMINING_TRIES = 12;

/** Shapes with their tokens as numbers (each distinct token string once), for counting. */
interface Interned {
  shapes: readonly Shape[];
  /** Token ids of each shape. */
  ids: Int32Array[];
  /** Token string of each id. */
  words: string[];
}

function intern(shapes: readonly Shape[]): Interned {
  const index = new Map<string, number>();
  const words: string[] = [];
  const ids = shapes.map(({ tokens }) => {
    const row = new Int32Array(tokens.length);
    for (let c = 0; c < tokens.length; c++) {
      let id = index.get(tokens[c]);
      if (id === undefined) {
        id = words.length;
        index.set(tokens[c], id);
        words.push(tokens[c]);
      }
      row[c] = id;
    }
    return row;
  });
  return { shapes, ids, words };
}

export function cluster(shapes: readonly Shape[]): Clustering {
  const templateOf = new Int32Array(shapes.length).fill(-1);
  const templates: string[][] = [];
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < shapes.length; i++) {
    const n = shapes[i].tokens.length;
    const list = byLength.get(n);
    if (list) list.push(i);
    else byLength.set(n, [i]);
  }
  const interned = intern(shapes);
  for (const [length, members] of byLength) {
    for (const group of anchorGroups(interned, members, length)) {
      split(interned, group, length, 0, (leaf) => {
        const id = templates.length;
        templates.push(templateFor(shapes, leaf, length));
        for (const s of leaf) templateOf[s] = id;
      });
    }
  }
  return mergeVariableRuns(templateOf, templates);
}

/** Runs of variables as one: their common start and end, with `<*>` for what differs. */
function mergedRun(runs: string[][]): string[] {
  const first = runs[0];
  const text = first.join("");
  if (runs.every((run) => run.join("") === text)) return first;
  let head = 0;
  while (
    head < first.length && runs.every((run) => head < run.length && run[head] === first[head])
  ) {
    head++;
  }
  let tail = 0;
  const at = (run: string[], back: number) => run[run.length - 1 - back];
  while (
    tail < first.length - head &&
    runs.every((run) => tail < run.length - head && at(run, tail) === at(first, tail))
  ) tail++;
  const start = first.slice(0, head);
  const end = first.slice(first.length - tail);
  const joined = (start.length > 0 && start[start.length - 1].includes(WILDCARD)) ||
    (end.length > 0 && end[0].includes(WILDCARD));
  return joined ? [...start, ...end] : [...start, " " + WILDCARD, ...end];
}

/** The word of a token, without the space and punctuation before it. */
function wordOf(token: string): string {
  return token.slice(punctuationOf(token).length);
}

/** `<*>`, `<*>.<*>`, `\\<*>\\<*>`: variables joined by separators, with no letter or digit. */
function isVariableWord(word: string): boolean {
  if (!word.includes(WILDCARD)) return false;
  const rest = word.replaceAll(WILDCARD, "");
  for (let i = 0; i < rest.length; i++) if (isAlphanumeric(rest.charCodeAt(i))) return false;
  return true;
}

/**
 * The template with each run of variables (and the punctuation between them) as one mark:
 * `sent <*> (<*>)` and `sent <*>` both read `sent ◇`.
 */
const runsKey = (template: readonly string[]): { key: string; runs: string[][] } => {
  let key = "";
  const runs: string[][] = [];
  let run: string[] = [];
  let variable = false;
  const close = () => {
    if (run.length === 0) return;
    if (variable) {
      key += "\u0000\u0001";
      runs.push(run);
    } else for (const token of run) key += token + "\u0001";
    run = [];
    variable = false;
  };
  for (const token of template) {
    const word = wordOf(token);
    if (word === "" || isVariableWord(word)) {
      run.push(token);
      if (word !== "") variable = true;
      continue;
    }
    close();
    key += token + "\u0001";
  }
  close();
  return { key, runs };
};

/**
 * Templates that differ only in how many tokens a variable took (`0 bytes` and `1190 bytes
 * (1.16 KB)`, `<1 sec` and `00:02`) are one: their constant words match one for one and
 * every difference lies in runs of variables.
 */
function mergeVariableRuns(templateOf: Int32Array, templates: string[][]): Clustering {
  const byKey = new Map<string, number[]>();
  const keyed = templates.map(runsKey);
  keyed.forEach(({ key }, t) => {
    const same = byKey.get(key);
    if (same) same.push(t);
    else byKey.set(key, [t]);
  });
  if (byKey.size === templates.length) return { templateOf, templates };
  const merged: string[][] = [];
  const renumber = new Int32Array(templates.length);
  for (const members of byKey.values()) {
    const id = merged.length;
    for (const t of members) renumber[t] = id;
    if (members.length === 1) {
      merged.push(templates[members[0]]);
      continue;
    }
    const template: string[] = [];
    let r = 0;
    for (const part of keyed[members[0]].key.split("\u0001")) {
      if (part === "") continue;
      if (part !== "\u0000") {
        template.push(part);
        continue;
      }
      template.push(...mergedRun(members.map((t) => keyed[t].runs[r])));
      r++;
    }
    merged.push(template);
  }
  for (let s = 0; s < templateOf.length; s++) templateOf[s] = renumber[templateOf[s]];
  return { templateOf, templates: merged };
}

/** Groups shapes of one length by their constant part (step 1). */
function anchorGroups({ shapes, ids }: Interned, members: number[], length: number): number[][] {
  if (members.length === 1) return [members];
  // Lines per (token, position), at token * length + position.
  const counts = new Map<number, number>();
  for (const s of members) {
    const row = ids[s];
    const weight = shapes[s].weight;
    for (let c = 0; c < length; c++) {
      const at = row[c] * length + c;
      counts.set(at, (counts.get(at) ?? 0) + weight);
    }
  }
  const groups = new Map<string, number[]>();
  const tally = new Map<number, number>();
  const seen = new Float64Array(length);
  for (const s of members) {
    const row = ids[s];
    const typed = shapes[s].typed;
    tally.clear();
    for (let c = 0; c < length; c++) {
      seen[c] = counts.get(row[c] * length + c)!;
      if (!typed[c]) tally.set(seen[c], (tally.get(seen[c]) ?? 0) + 1);
    }
    let anchor = 0;
    let most = 0;
    for (const [f, n] of tally) {
      if (n > most || (n === most && f > anchor)) {
        anchor = f;
        most = n;
      }
    }
    let key = "";
    for (let c = 0; c < length; c++) {
      if (!typed[c] && seen[c] === anchor) key += `${c}:${row[c]},`;
    }
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()];
}

interface Column {
  /** Weight per distinct token (by id) at this position. */
  values: Map<number, number>;
  typed: boolean;
  /** The token strings at this position. */
  words: string[];
}

function columnsOf({ shapes, ids, words }: Interned, group: number[], length: number): Column[] {
  const columns: Column[] = [];
  for (let c = 0; c < length; c++) columns.push({ values: new Map(), typed: false, words: [] });
  for (const s of group) {
    const { typed, weight } = shapes[s];
    const row = ids[s];
    for (let c = 0; c < length; c++) {
      const column = columns[c];
      const before = column.values.get(row[c]);
      if (before === undefined) column.words.push(words[row[c]]);
      column.values.set(row[c], (before ?? 0) + weight);
      if (typed[c]) column.typed = true;
    }
  }
  return columns;
}

/** Splits a group until each part is one template (step 2). */
function split(
  interned: Interned,
  group: number[],
  length: number,
  depth: number,
  leaf: (group: number[]) => void,
): void {
  if (group.length === 1 || depth >= MAX_SPLIT_DEPTH) return leaf(group);
  const columns = columnsOf(interned, group, length);
  const candidates: number[] = [];
  for (let c = 0; c < length; c++) {
    if (columns[c].values.size > 1 && !columns[c].typed) candidates.push(c);
  }
  if (candidates.length === 0) return leaf(group);
  // Names (hosts, packages, classes, paths) are variables even when only two occur.
  const splittable = candidates.filter((c) => !allNameLike(columns[c]));
  splittable.sort((a, b) => columns[a].values.size - columns[b].values.size || a - b);
  let chosen = -1;
  // Lines of different levels, or requests of different HTTP methods, are never one pattern.
  const levels = splittable.find((c) =>
    allLevelWords(columns[c]) || allHttpMethods(columns[c]) || allStateWords(columns[c])
  );
  if (levels !== undefined) chosen = levels;
  else if (splittable.length > 0 && columns[splittable[0]].values.size <= SPLIT_MAX_WORDS) {
    chosen = splittable[0];
  } else {
    // A value after `=` is a setting's value: it does not name a kind of message.
    const words = splittable.filter((c) => !isValueSlot(columns[c]));
    for (const c of words.slice(0, MAX_DETERMINING_TRIES)) {
      if (determinesAnother(interned.ids, group, c, words)) {
        chosen = c;
        break;
      }
    }
  }
  if (chosen === -1) return leaf(group);
  const parts = new Map<number, number[]>();
  for (const s of group) {
    const id = interned.ids[s][chosen];
    const part = parts.get(id);
    if (part) part.push(s);
    else parts.set(id, [s]);
  }
  for (const part of parts.values()) split(interned, part, length, depth + 1, leaf);
}

/** True when every word at this position is a log level (`ERROR`, `warn`, `[INFO]`). */
function allLevelWords(column: Column): boolean {
  for (const token of column.words) {
    if (normalizeLevel(wordOf(token)) === "unknown") return false;
  }
  return true;
}

/** At most this many different state words at one position (a state set is small). */
const MAX_STATE_WORDS = 8;

/**
 * True when every word at this position is one capitalized word (`Started`, `Paused`) or an
 * upper-case name (`LEADING`, `CONTAINER_LAUNCH`): message words or states, which name a kind
 * of message, unlike user, host or file names.
 */
function allStateWords(column: Column): boolean {
  if (column.words.length > MAX_STATE_WORDS) return false;
  for (const token of column.words) if (!isStateWord(wordOf(token))) return false;
  return true;
}

function isStateWord(word: string): boolean {
  if (word.length < 2) return false;
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  const second = word.charCodeAt(1);
  const upper = second >= 65 && second <= 90;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ok = upper ? (c >= 65 && c <= 90) || c === 95 : c >= 97 && c <= 122;
    if (!ok) return false;
  }
  return true;
}

/** True when every word at this position is an HTTP method (`"GET`, ` POST`). */
function allHttpMethods(column: Column): boolean {
  for (const token of column.words) if (!HTTP_METHODS.has(wordOf(token))) return false;
  return true;
}

/** True when every word at this position is a dotted name, a path or a URL. */
function allNameLike(column: Column): boolean {
  for (const token of column.words) if (!isNameLike(token)) return false;
  return true;
}

/** `proxy.example.com`, `com.acme.Main`, `/var/log`, `C:\\x`: not a sentence's last word. */
function isNameLike(token: string): boolean {
  for (let i = 1; i < token.length - 1; i++) {
    const c = token[i];
    if (c === "/" || c === "\\") return true;
    if (
      c === "." && isAlphanumeric(token.charCodeAt(i - 1)) &&
      isAlphanumeric(token.charCodeAt(i + 1))
    ) {
      return true;
    }
  }
  return token.startsWith("/");
}

/** True when the words at this position follow `=` (`name=alice`). */
function isValueSlot(column: Column): boolean {
  for (const token of column.words) {
    if (!token.startsWith("=") && !token.startsWith(" =")) return false;
  }
  return true;
}

/** True when the word at `c` fixes the word at some other differing position. */
function determinesAnother(
  ids: readonly Int32Array[],
  group: number[],
  c: number,
  candidates: number[],
): boolean {
  for (const d of candidates.slice(0, MAX_DETERMINING_TRIES + 1)) {
    if (d === c) continue;
    const seen = new Map<number, number>();
    let functional = true;
    for (const s of group) {
      const row = ids[s];
      const prior = seen.get(row[c]);
      if (prior === undefined) seen.set(row[c], row[d]);
      else if (prior !== row[d]) {
        functional = false;
        break;
      }
    }
    if (functional) return true;
  }
  return false;
}

/** The punctuation a token starts with (an optional space and one punctuation character). */
function punctuationOf(token: string): string {
  let end = token.startsWith(" ") ? 1 : 0;
  if (end < token.length && PUNCTUATION.includes(token[end]) && !token.startsWith(WILDCARD, end)) {
    end++;
  }
  return token.slice(0, end);
}

function templateFor(shapes: readonly Shape[], group: number[], length: number): string[] {
  const first = shapes[group[0]].tokens;
  const template = first.slice();
  for (let c = 0; c < length; c++) {
    for (const s of group) {
      const token = shapes[s].tokens[c];
      if (token === first[c]) continue;
      const p = punctuationOf(first[c]);
      template[c] = (punctuationOf(token) === p ? p : p.startsWith(" ") ? " " : "") + WILDCARD;
      break;
    }
  }
  return template;
}
