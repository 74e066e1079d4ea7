/**
 * A bundle's repeated string literals written once: each string that occurs often enough to pay
 * for it becomes a module-level `var` holding it, declared before any other statement (so it holds
 * its value before any code runs), and each of its occurrences that is a value becomes that name:
 * `"A-Za-z0-9_-"`, 40 times in the detectors' shapes, is written once. The same program, every
 * value the same; the minifier (esbuild, through `deno bundle`) does not do it. Left as written:
 * object keys, member names (`x["a-b"]`), module specifiers, directives, and the strings a
 * `typeof` is compared with (engines compare those fastest as literals). A name is taken only
 * where no identifier of the module has it (nothing can shadow it or be shadowed). About 3 KB of
 * every function bundle. Not for a module that turns a function's text back into code elsewhere
 * (`new Function(f.toString())`, a worker built from source): the names exist only in this module;
 * the function bundles do neither (they have no eval, `new Function` or worker).
 */
import { parse } from "acorn";
import { utf8Length } from "../core/excerpt.ts";

/** An ESTree node, as acorn gives it. */
export interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

export const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as Node).type === "string";

/** Words that are not names (or that read as something else in some context). */
const NOT_NAMES = new Set([
  "as",
  "do",
  "if",
  "in",
  "of",
  "for",
  "get",
  "let",
  "new",
  "set",
  "try",
  "var",
]);

/** Whether `literal`, a string literal under `parent`, is a value a name can stand for. */
export function isValue(literal: Node, parent: Node): boolean {
  switch (parent.type) {
    case "Property":
    case "MethodDefinition":
    case "PropertyDefinition":
      return parent.key !== literal || parent.computed === true;
    case "MemberExpression":
      return parent.property !== literal;
    case "ExpressionStatement":
      return parent.directive === undefined;
    case "BinaryExpression": {
      const other = parent.left === literal ? parent.right : parent.left;
      return !(isNode(other) && other.type === "UnaryExpression" && other.operator === "typeof");
    }
    default:
      return !/^(?:Import|Export)/.test(parent.type);
  }
}

/**
 * Calls `visit` on every node of `root` with its parent (null for `root`), depth first, the last
 * child of a node first (no recursion: a bundle's syntax tree is deep).
 */
export function forEachNode(root: Node, visit: (node: Node, parent: Node | null) => void): void {
  const stack: [Node, Node | null][] = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    visit(node, parent);
    for (const field of Object.values(node)) {
      if (Array.isArray(field)) {
        for (const child of field) if (isNode(child)) stack.push([child, node]);
      } else if (isNode(field)) {
        stack.push([field, node]);
      }
    }
  }
}

/** Every string literal of `root` that a name can stand for, in no particular order. */
function valueStrings(root: Node): Node[] {
  const found: Node[] = [];
  forEachNode(root, (node, parent) => {
    if (
      node.type === "Literal" && typeof node.value === "string" && parent !== null &&
      isValue(node, parent)
    ) {
      found.push(node);
    }
  });
  return found;
}

const FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
const NEXT = `${FIRST}0123456789`;

/** Names of two, then three characters that `code` does not hold as a word anywhere. */
export function* freeNames(code: string): Generator<string> {
  const taken = new Set(code.match(/[A-Za-z_$][\w$]*/g));
  for (const length of [2, 3]) {
    const indices = new Array(length).fill(0);
    while (true) {
      const name = indices.map((at, i) => (i === 0 ? FIRST : NEXT)[at]).join("");
      if (!taken.has(name) && !NOT_NAMES.has(name)) yield name;
      let i = length - 1;
      while (i >= 0 && ++indices[i] === (i === 0 ? FIRST : NEXT).length) indices[i--] = 0;
      if (i < 0) break;
    }
  }
}

/** `name` as written in place of `literal`: with a blank where it would run into a word. */
const WORD_CHAR = /[\w$]/;
export const inPlaceOf = (code: string, literal: Node, name: string) =>
  `${WORD_CHAR.test(code[literal.start - 1] ?? "") ? " " : ""}${name}${
    WORD_CHAR.test(code[literal.end] ?? "") ? " " : ""
  }`;

/** `code` (a module with no imports, such as a bundle) with its repeated strings written once. */
export function withHoistedStrings(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  return withWrittenOnce(code, valueStrings(ast));
}

/**
 * `code` with the texts of `literals` (nodes of its tree) that are written in several places each
 * declared once, first, as a name read at each place, where the name pays for its declaration
 * (giveNames); unchanged when none does.
 */
export function withWrittenOnce(code: string, literals: Iterable<Node>): string {
  const byText = new Map<string, Node[]>();
  for (const literal of literals) {
    const text = code.slice(literal.start, literal.end);
    const same = byText.get(text);
    if (same === undefined) byText.set(text, [literal]);
    else same.push(literal);
  }
  const replaced: [Node, string][] = [];
  const given = giveNames(
    code,
    [...byText].map(([text, nodes]) => ({ text, nodes })),
    freeNames(code),
    replaced,
  );
  const declarations = [...given].map(([text, name]) => `${name}=${text}`);
  if (declarations.length === 0) return code;
  return withDeclarationsFirst(code, declarations, replaced);
}

/**
 * A text a name may stand for: written at `nodes`, and read in the declarations of
 * `declarations` other names (a global in its members'); declared as the name alone when `bare`
 * (`void 0`: `var ab,…`), else as `name=text`. Each node is written as the name (with a blank
 * where it would run into a word), or as `write` gives it where the node is not the text itself
 * (a member's `.length` written `[ab]` for `ab="length"`).
 */
export interface NameCandidate {
  text: string;
  nodes: Node[];
  declarations?: number;
  bare?: boolean;
  write?: (node: Node, name: string) => string;
}

/**
 * Gives names (from `names`) to the `candidates` that pay for their declaration, the most bytes
 * first (the shortest names where they save the most): adds each one's occurrences, with what
 * they become, to `replaced`, and returns the names given (text → name), in the order given.
 */
export function giveNames(
  code: string,
  candidates: NameCandidate[],
  names: Generator<string>,
  replaced: [Node, string][],
): Map<string, string> {
  const count = (candidate: NameCandidate) =>
    candidate.nodes.length + (candidate.declarations ?? 0);
  candidates.sort((a, b) => utf8Length(b.text) * count(b) - utf8Length(a.text) * count(a));
  const given = new Map<string, string>();
  let name = names.next();
  for (const { text, nodes, declarations = 0, bare = false, write } of candidates) {
    if (name.done) break;
    const bytes = utf8Length(text);
    const as = nodes.map((node): [Node, string] => [
      node,
      write === undefined ? inPlaceOf(code, node, name.value) : write(node, name.value),
    ]);
    // What each occurrence saves (less a blank where the name would run into a word), and each
    // declaration that reads it, against its own: `name="…",` (`name,` when bare).
    const saved = as.reduce(
      (sum, [node, written]) =>
        sum + (write === undefined ? bytes : utf8Length(code.slice(node.start, node.end))) -
        written.length,
      0,
    ) +
      declarations * (bytes - name.value.length) -
      (name.value.length + (bare ? 0 : 1 + bytes) + 1);
    if (saved <= 0) continue;
    given.set(text, name.value);
    for (const entry of as) replaced.push(entry);
    name = names.next();
  }
  return given;
}

/**
 * `code` with `var` and `declarations` as its first statement (none when there are none), after a
 * hashbang line if there is one (nothing may precede it), and each node of `replaced` (in any
 * order, none overlapping) written as its text.
 */
export function withDeclarationsFirst(
  code: string,
  declarations: readonly string[],
  replaced: [{ start: number; end: number }, string][],
): string {
  replaced.sort(([a], [b]) => a.start - b.start);
  const start = code.startsWith("#!") ? code.indexOf("\n") + 1 : 0;
  let out = `${code.slice(0, start)}${
    declarations.length > 0 ? `var ${declarations.join(",")};` : ""
  }`;
  let copied = start;
  for (const [node, as] of replaced) {
    out += `${code.slice(copied, node.start)}${as}`;
    copied = node.end;
  }
  return out + code.slice(copied);
}
