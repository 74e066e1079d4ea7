/**
 * A bundle's repeated reads of the built-in functions that ignore their `this` written once:
 * where `String.raw` (the detectors' pattern sources, ~90 times), `Math.max`,
 * `Object.defineProperty` (zod's) … occur often enough to pay for it, each becomes a
 * module-level `var` holding it, declared before any other statement (`var ab=Math.max,…;`), and
 * each occurrence that reads it becomes that name: `Math.max(a,b)` becomes `ab(a,b)`. The same
 * program, every value the same: the functions taken (ALIASED) are the ones the language defines
 * to read no `this` (a call through the name passes none, as `String.raw` tagging a template
 * through a name does), each read before any code of the module runs, as it is when the module
 * starts (no code of the bundles writes a built-in). A global is taken only where nothing can
 * shadow it: where every occurrence of its name in the whole module reads one of its members
 * (`Math.max`, never `Math` alone, nor a parameter, variable or key shorthand of that name), and
 * a member only where none of its occurrences is written (`=`, `++`, `delete`, a destructuring
 * target). The minifier (esbuild, through `deno bundle`) keeps such reads as they are: about
 * 2 KB of every function bundle. Likewise `void 0`, esbuild's `undefined` (~230 times), becomes
 * a name declared with no value, which nothing assigns (a name no word of the module has): 0.9 KB
 * more, the bundled scrubber as fast.
 */
import { parse } from "acorn";
import { forEachNode, freeNames, inPlaceOf, type Node } from "./hoisted_strings.ts";
import { boundNames } from "./hoisted_fragments.ts";

/**
 * The members, by global, that may be read through a name: functions that read no `this`
 * (`Array.from`, `Promise.all` … construct through theirs, and are not here), and that no test
 * replaces while a bundle runs (as a fake clock replaces `Date.now`).
 */
const ALIASED: Readonly<Record<string, readonly string[]>> = {
  Math: ["abs", "ceil", "floor", "log", "log2", "max", "min", "pow", "round", "sign", "trunc"],
  Object: [
    "assign",
    "defineProperty",
    "entries",
    "freeze",
    "fromEntries",
    "getOwnPropertyDescriptor",
    "getOwnPropertyNames",
    "getPrototypeOf",
    "hasOwn",
    "keys",
    "values",
  ],
  Array: ["isArray"],
  JSON: ["parse", "stringify"],
  String: ["fromCharCode", "fromCodePoint", "raw"],
  Number: ["isFinite", "isInteger", "isNaN", "isSafeInteger"],
};

/**
 * Whether the member expression `node` under `parent` is written, not only read (in a
 * destructuring target too: inPattern).
 */
function written(node: Node, parent: Node | null): boolean {
  if (parent === null) return false;
  switch (parent.type) {
    case "AssignmentExpression":
    case "ForInStatement":
    case "ForOfStatement":
      return parent.left === node;
    case "UpdateExpression":
      return true;
    case "UnaryExpression":
      return parent.operator === "delete";
    default:
      return false;
  }
}

/**
 * `code` (a module with no imports, such as a bundle) with its built-ins' reads written once, and
 * its `void 0` as a name.
 */
export function withGlobalAliases(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const { declared, assigned } = boundNames(ast);
  /** `Global.member` → its occurrences; null once one of them is written. */
  const reads = new Map<string, Node[] | null>();
  const parents = new Map<Node, Node | null>();
  /** Each `void 0`, esbuild's `undefined`. */
  const undefinedValues: Node[] = [];
  forEachNode(ast, (node, parent) => {
    parents.set(node, parent);
    if (
      node.type === "UnaryExpression" && node.operator === "void" &&
      (node.argument as Node).type === "Literal" && (node.argument as Node).value === 0
    ) {
      undefinedValues.push(node);
    }
    if (node.type !== "MemberExpression" || node.computed || node.optional) return;
    const object = node.object as Node;
    const owner = object.name as string;
    if (object.type !== "Identifier" || !Object.hasOwn(ALIASED, owner)) return;
    const member = (node.property as Node).name as string;
    if (!ALIASED[owner].includes(member)) return;
    const key = `${owner}.${member}`;
    const same = reads.get(key);
    if (same === undefined) reads.set(key, [node]);
    else same?.push(node);
  });
  // A member written anywhere is left as written, once the parents of every node are known.
  for (const [key, members] of reads) {
    if (
      members?.some((member) =>
        written(member, parents.get(member) ?? null) || inPattern(member, parents)
      )
    ) {
      reads.set(key, null);
    }
  }
  /** What each name would stand for: its text, its occurrences, its declaration. */
  const candidates = [...reads]
    .filter((entry): entry is [string, Node[]] =>
      entry[1] !== null && !declared.has(global(entry[0])) && !assigned.has(global(entry[0]))
    )
    .map(([key, members]) => ({ text: key, nodes: members, value: `=${key}` }));
  candidates.push({ text: "void 0", nodes: undefinedValues, value: "" });
  // The most bytes first, so that the shortest names go where they save the most.
  candidates.sort((a, b) => b.text.length * b.nodes.length - a.text.length * a.nodes.length);
  const names = freeNames(code);
  let name = names.next();
  const declarations: string[] = [];
  const replaced: [Node, string][] = [];
  for (const { text, nodes, value } of candidates) {
    if (name.done) break;
    const as = nodes.map((node): [Node, string] => [node, inPlaceOf(code, node, name.value)]);
    // What each occurrence saves (less a blank where the name would run into a word), against
    // the declaration `name=Math.max,` (`name,` for undefined).
    const saved = as.reduce((sum, [, written]) => sum + text.length - written.length, 0) -
      (name.value.length + value.length + 1);
    if (saved <= 0) continue;
    declarations.push(`${name.value}${value}`);
    for (const entry of as) replaced.push(entry);
    name = names.next();
  }
  if (declarations.length === 0) return code;
  replaced.sort(([a], [b]) => a.start - b.start);
  const start = code.startsWith("#!") ? code.indexOf("\n") + 1 : 0;
  let out = `${code.slice(0, start)}var ${declarations.join(",")};`;
  let copied = start;
  for (const [member, as] of replaced) {
    out += `${code.slice(copied, member.start)}${as}`;
    copied = member.end;
  }
  return out + code.slice(copied);
}

/** The global of `Global.member`. */
const global = (key: string) => key.slice(0, key.indexOf("."));

/** Whether `node` is inside a destructuring target (`[Math.max]=…`, `({a:Math.max}=…)`). */
function inPattern(node: Node, parents: Map<Node, Node | null>): boolean {
  for (let at = parents.get(node) ?? null; at !== null; at = parents.get(at) ?? null) {
    if (/Pattern$|^RestElement$/.test(at.type)) return true;
    if (!/^(?:Property|AssignmentPattern)$/.test(at.type)) return false;
  }
  return false;
}
