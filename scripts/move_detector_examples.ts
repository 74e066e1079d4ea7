/**
 * Moves the `examples` written inline in a detector family file (core/scrub/detectors/<file>.ts)
 * into its test-only module, core/scrub/detectors/examples/<file>.ts, keyed by detector id, so
 * that function bundles do not carry test data. Re-runnable: examples written inline again after
 * a move are merged into the module (the inline ones win for the same id). A detector whose
 * examples use a name the examples module cannot see (a constant local to the family file), or
 * whose id is not a string literal, is left as it is and named on stderr.
 *
 *   deno run --allow-read --allow-write scripts/move_detector_examples.ts <family file>...
 */
import { basename, dirname, join } from "@node/path";

/** A span of `text` that is code, as opposed to a string, comment, template or regex literal. */
interface Scan {
  /** For each character: true when it is code. */
  code: boolean[];
}

const REGEX_BEFORE = new Set([..."(,=:[!&|?{};+-*%<>~^"]);

/** Marks which characters of `text` are code (outside strings, comments and regex literals). */
export function scanCode(text: string): Scan {
  const code = new Array<boolean>(text.length).fill(false);
  let i = 0;
  let lastSignificant = "";
  let lastWord = "";
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === "\\" ? 2 : 1;
      i++;
      lastSignificant = c;
      lastWord = "";
    } else if (
      c === "/" && (lastSignificant === "" || REGEX_BEFORE.has(lastSignificant) ||
        lastWord === "return")
    ) {
      i++;
      let inClass = false;
      while (i < text.length && (text[i] !== "/" || inClass)) {
        if (text[i] === "\\") i++;
        else if (text[i] === "[") inClass = true;
        else if (text[i] === "]") inClass = false;
        i++;
      }
      i++;
      while (/[a-z]/.test(text[i] ?? "")) i++;
      lastSignificant = "/";
      lastWord = "";
    } else {
      code[i] = true;
      if (!/\s/.test(c)) {
        if (/[A-Za-z0-9_$]/.test(c)) {
          lastWord = /[A-Za-z0-9_$]/.test(lastSignificant) ? lastWord + c : c;
        } else lastWord = "";
        lastSignificant = c;
      }
      i++;
    }
  }
  return { code };
}

/** The index of the `}` closing the `{` at `open`. */
function closing(text: string, scan: Scan, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (!scan.code[i]) continue;
    if (text[i] === "{" || text[i] === "[" || text[i] === "(") depth++;
    if (text[i] === "}" || text[i] === "]" || text[i] === ")") depth--;
    if (depth === 0) return i;
  }
  throw new Error(`unbalanced brace at ${open}`);
}

/** Code identifiers of `text` outside strings (property keys included). */
function identifiers(text: string): Set<string> {
  const scan = scanCode(text);
  const names = new Set<string>();
  let word = "";
  for (let i = 0; i <= text.length; i++) {
    const c = text[i] ?? " ";
    if (scan.code[i] && /[A-Za-z0-9_$]/.test(c)) word += c;
    else {
      if (word !== "" && !/^[0-9]/.test(word)) {
        // A member (`.repeat`) is not a free name.
        const before = text[i - word.length - 1];
        if (before !== ".") names.add(word);
      }
      word = "";
    }
  }
  return names;
}

/** Names an examples literal may use without importing anything. */
const FREE = new Set(["positive", "negative", "text", "secret", "String", "Array", "Number"]);

export interface Moved {
  /** The family file without the moved examples. */
  family: string;
  /** id → the examples' object literal source. */
  entries: Map<string, string>;
  /** Names the entries use, exported by the family file (imported by the examples module). */
  imports: Set<string>;
  /** Ids left inline, with why. */
  left: string[];
}

/** Takes every movable `examples: {…}` out of `family` (a family file's source). */
export function takeExamples(family: string): Moved {
  const scan = scanCode(family);
  const exported = new Set(
    [...family.matchAll(/^export (?:const|function) ([A-Za-z0-9_$]+)/gm)].map((m) => m[1]),
  );
  const entries = new Map<string, string>();
  const imports = new Set<string>();
  const left: string[] = [];
  const cuts: [number, number][] = [];
  const stack: number[] = [];
  for (let i = 0; i < family.length; i++) {
    if (!scan.code[i]) continue;
    const c = family[i];
    if (c === "{") stack.push(i);
    else if (c === "}") stack.pop();
    else if (
      family.startsWith("examples:", i) && scan.code[i + 8] && !/[A-Za-z0-9_$.]/.test(family[i - 1])
    ) {
      const open = family.indexOf("{", i);
      if (family.slice(i + 9, open).trim() !== "") continue;
      const close = closing(family, scan, open);
      const owner = stack.at(-1);
      const body = family.slice(open, close + 1);
      // The id of the object literal that holds this property, at its own depth.
      const head = owner === undefined ? "" : family.slice(owner, i);
      const id = ownId(head);
      if (id === undefined) {
        left.push(`(at ${lineOf(family, i)}): no literal id`);
        i = close;
        continue;
      }
      const names = [...identifiers(body)].filter((name) => !FREE.has(name));
      const hidden = names.filter((name) => !exported.has(name));
      if (hidden.length > 0) {
        left.push(`${id}: uses ${hidden.join(", ")}, not exported by the family file`);
        i = close;
        continue;
      }
      names.forEach((name) => imports.add(name));
      entries.set(id, body);
      // The whole line(s) from `examples:` to `},` and the line's end.
      const lineStart = family.lastIndexOf("\n", i) + 1;
      let end = close + 1;
      if (family[end] === ",") end++;
      if (family[end] === "\n") end++;
      cuts.push([family.slice(lineStart, i).trim() === "" ? lineStart : i, end]);
      i = close;
    }
  }
  let out = family;
  for (const [start, end] of cuts.toReversed()) out = out.slice(0, start) + out.slice(end);
  return { family: out, entries, imports, left };
}

/** The `id: "…"` of an object literal, from its `{` up to a property (nested objects skipped). */
function ownId(head: string): string | undefined {
  const scan = scanCode(head);
  let depth = 0;
  for (let i = 1; i < head.length; i++) {
    if (!scan.code[i]) continue;
    if ("{[(".includes(head[i])) depth++;
    else if ("}])".includes(head[i])) depth--;
    else if (depth === 0 && head.startsWith("id:", i) && !/[A-Za-z0-9_$]/.test(head[i - 1])) {
      const m = head.slice(i).match(/^id:\s*"([^"\\]+)"/);
      return m?.[1];
    }
  }
  return undefined;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** The entries of an examples module written by this script (id → literal source). */
export function readModule(source: string): Map<string, string> {
  const entries = new Map<string, string>();
  const scan = scanCode(source);
  const start = source.indexOf("= {", source.indexOf("export const examples"));
  if (start < 0) return entries;
  const open = start + 2;
  const close = closing(source, scan, open);
  let i = open + 1;
  while (i < close) {
    const m = source.slice(i, close).match(/^\s*"([^"\\]+)":\s*\{/);
    if (!m) break;
    const bodyOpen = i + m[0].length - 1;
    const bodyClose = closing(source, scan, bodyOpen);
    entries.set(m[1], source.slice(bodyOpen, bodyClose + 1));
    i = bodyClose + 1;
    if (source[i] === ",") i++;
  }
  return entries;
}

/** The examples module for `file` (a family file's name) holding `entries`. */
export function writeModule(file: string, entries: Map<string, string>, imports: Set<string>) {
  const lines = [
    `/**`,
    ` * The examples of ../${file}'s detectors, by detector id: the positives each must find (and`,
    ` * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.`,
    ` */`,
    `import type { DetectorExamples } from "../../detector.ts";`,
  ];
  if (imports.size > 0) {
    lines.push(`import { ${[...imports].sort().join(", ")} } from "../${file}";`);
  }
  lines.push("", "export const examples: Record<string, DetectorExamples> = {");
  for (const [id, body] of entries) lines.push(`  "${id}": ${body},`);
  lines.push("};", "");
  return lines.join("\n");
}

/** Moves one family file's examples; returns what it did, for people. */
export async function moveFile(path: string): Promise<string> {
  const file = basename(path);
  const target = join(dirname(path), "examples", file);
  const moved = takeExamples(await Deno.readTextFile(path));
  let existing = new Map<string, string>();
  let existingImports = new Set<string>();
  try {
    const source = await Deno.readTextFile(target);
    existing = readModule(source);
    const m = source.match(/^import \{ ([^}]+) \} from "\.\.\//m);
    if (m) existingImports = new Set(m[1].split(",").map((name) => name.trim()));
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  if (moved.entries.size === 0) {
    return `${file}: nothing inline to move${moved.left.map((l) => `\n  left ${l}`).join("")}`;
  }
  const entries = new Map([...existing, ...moved.entries]);
  const imports = new Set([...existingImports, ...moved.imports]);
  await Deno.mkdir(dirname(target), { recursive: true });
  await Deno.writeTextFile(target, writeModule(file, entries, imports));
  await Deno.writeTextFile(path, moved.family);
  return `${file}: moved ${moved.entries.size} (module holds ${entries.size})` +
    moved.left.map((l) => `\n  left ${l}`).join("");
}

if (import.meta.main) {
  for (const path of Deno.args) console.log(await moveFile(path));
}
