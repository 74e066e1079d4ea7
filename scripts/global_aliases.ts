/**
 * A bundle's repeated reads of built-ins written once: where `String.raw` (the detectors'
 * pattern sources, ~90 times), `Math.max`, `Object.defineProperty` (zod's) … occur often enough to
 * pay for it, each becomes a module-level `var` holding it, declared before any other statement
 * (`var ab=Math.max,…;`), and each occurrence that reads it becomes that name: `Math.max(a,b)`
 * becomes `ab(a,b)`. The same for the constructors read alone (`new Int32Array(…)`, `instanceof
 * Error`: CONSTRUCTORS, after the members, so `String.raw` is not also `ae.raw`), for `void 0`,
 * esbuild's `undefined` (~230 times), as a name declared with no value, for `null` (~370
 * times), and for `!0` and `!1`, esbuild's `true` and `false`, where read often enough that a name
 * of one character pays (MIN_BOOLEAN_SAVINGS: 0.18 KB of the ClickHouse fetch_logs bundle). The
 * same
 * program, every value the same: the members taken (ALIASED) are functions the language defines
 * to read no `this` (a call through the name passes none, as `String.raw` tagging a template
 * through a name does), each read before any code of the module runs, as it is when the module
 * starts (no code of the bundles writes a built-in); a name is one no word of the module holds
 * (nothing shadows it, nothing assigns the ones for undefined and null). A global is taken only where
 * nothing can shadow it, no binding of that name anywhere in the module (parameter, variable,
 * function, class, catch, import) and no assignment to it; a member only where none of its
 * occurrences is written (`=`, `++`, `delete`, a destructuring target). The minifier (esbuild,
 * through `deno bundle`) keeps such reads as they are: about 5 KB of every function bundle, the
 * bundled scrubber as fast.
 */
import { parse } from "acorn";
import {
  forEachNode,
  freeNames,
  giveNames,
  inPlaceOf,
  type NameCandidate,
  type Node,
  withDeclarationsFirst,
} from "./hoisted_strings.ts";
import { boundNames } from "./hoisted_fragments.ts";
import { notAName } from "./arrow_functions.ts";

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
 * The globals that may be read once and used through a name wherever read alone: constructors
 * and namespaces that every JavaScript engine defines (so reading one as the module starts never
 * throws, where a `typeof X` could have guarded a platform's), and that no test replaces (not
 * `Date`, which fake clocks replace, nor `fetch`, `crypto` …).
 */
const CONSTRUCTORS = new Set([
  "Array",
  "BigInt",
  "Boolean",
  "DataView",
  "Error",
  "Float64Array",
  "Int8Array",
  "Int32Array",
  "Map",
  "Number",
  "Object",
  "Promise",
  "RangeError",
  "RegExp",
  "Set",
  "String",
  "Symbol",
  "TypeError",
  "Uint8Array",
  "Uint16Array",
  "Uint32Array",
  "WeakMap",
  "WeakSet",
]);

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
 * its `void 0` and `null` as names.
 */
export function withGlobalAliases(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const { declared, assigned } = boundNames(ast);
  /** `Global.member` → its occurrences; null once one of them is written. */
  const reads = new Map<string, Node[] | null>();
  const parents = new Map<Node, Node | null>();
  /** Each `void 0` (esbuild's `undefined`), and each `null`. */
  const undefinedValues: Node[] = [], nullValues: Node[] = [];
  /** Each `!0` (esbuild's `true`), and each `!1` (its `false`). */
  const booleans = new Map<string, Node[]>([["!0", []], ["!1", []]]);
  /** Each read of a global of CONSTRUCTORS alone (`new Int32Array(…)`, `String.raw`'s String). */
  const bare: Node[] = [];
  forEachNode(ast, (node, parent) => {
    parents.set(node, parent);
    if (
      node.type === "UnaryExpression" && node.operator === "void" &&
      (node.argument as Node).type === "Literal" && (node.argument as Node).value === 0
    ) {
      undefinedValues.push(node);
    }
    if (node.type === "Literal" && node.value === null && node.raw === "null") {
      nullValues.push(node);
    }
    const boolean = booleanWritten(node);
    if (boolean !== undefined) booleans.get(boolean)!.push(node);
    if (node.type === "Identifier" && CONSTRUCTORS.has(node.name as string)) {
      if (readsGlobal(node, parent)) bare.push(node);
      return;
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
  const unbound = (name: string) => !declared.has(name) && !assigned.has(name);
  const members: NameCandidate[] = [...reads]
    .filter((entry): entry is [string, Node[]] => entry[1] !== null && unbound(global(entry[0])))
    .map(([key, nodes]) => ({ text: key, nodes }));
  members.push(
    { text: "void 0", nodes: undefinedValues, bare: true },
    { text: "null", nodes: nullValues },
  );
  const names = freeNames(code);
  const replaced: [Node, string][] = [];
  const memberNames = giveNames(code, members, names, replaced);
  const booleanNames = new Map<string, string>();
  for (const [text, nodes] of booleans) {
    const written = nodes.map((node): [Node, string] => [node, inPlaceOf(code, node, "a")]);
    if (written.filter(([, as]) => as.length === 1).length < MIN_BOOLEAN_SAVINGS) continue;
    const name = names.next().value!;
    booleanNames.set(text, name);
    for (const [node] of written) replaced.push([node, inPlaceOf(code, node, name)]);
  }
  // Then the globals alone, but where a member read of theirs is written as its name; a global
  // is read in the declarations of its members' names too (`ab=String.raw`).
  const inReplaced = new Set(replaced.map(([node]) => node));
  const globals = new Map<string, Node[]>();
  for (const node of bare) {
    const name = node.name as string;
    if (!unbound(name) || inReplaced.has(parents.get(node)!)) continue;
    globals.set(name, [...globals.get(name) ?? [], node]);
  }
  const owners = [...memberNames.keys()].filter((key) => !LITERALS.has(key)).map(global);
  for (const name of owners) if (unbound(name) && !globals.has(name)) globals.set(name, []);
  const globalNames = giveNames(
    code,
    [...globals].map(([name, nodes]) => ({
      text: name,
      nodes,
      declarations: owners.filter((owner) => owner === name).length,
    })),
    names,
    replaced,
  );
  if (replaced.length === 0) return code;
  // The globals first: the declarations of their members' names read them.
  const declarations = [
    ...[...globalNames].map(([text, name]) => `${name}=${text}`),
    ...[...memberNames].map(([text, name]) => {
      if (text === "void 0") return name;
      if (text === "null") return `${name}=null`;
      const alias = globalNames.get(global(text));
      return `${name}=${alias === undefined ? text : `${alias}${text.slice(text.indexOf("."))}`}`;
    }),
    ...[...booleanNames].map(([text, name]) => `${name}=${text}`),
  ];
  return withDeclarationsFirst(code, declarations, replaced);
}

/**
 * Whether the identifier `node` under `parent` reads the variable of its name, and may be written
 * as another name: a name (notAName), not a shorthand key (`{Set}`), nor an import's or export's.
 */
function readsGlobal(node: Node, parent: Node | null): boolean {
  return parent !== null && !notAName(node, parent) &&
    !(parent.type === "Property" && parent.shorthand === true) &&
    !/^(?:Import|Export)/.test(parent.type);
}

/** `"!0"` or `"!1"` where `node` is how esbuild writes `true` or `false`, else undefined. */
function booleanWritten(node: Node): string | undefined {
  if (node.type !== "UnaryExpression" || node.operator !== "!") return undefined;
  const argument = node.argument as Node;
  return argument.type === "Literal" && (argument.raw === "0" || argument.raw === "1")
    ? `!${argument.raw}`
    : undefined;
}

/**
 * `!0` and `!1` are written as names where a name of one character would save a byte at this
 * many places at least (not after a word, where a blank must part them: `return!1`). A name of
 * two characters saves nothing; withTopLevelNames gives the one-character names to the module's
 * bindings read most, of which the least read is read some 60 to 90 times in every function
 * bundle: `!0` (~210 times in the ClickHouse fetch_logs bundle, 170 where a name saves a byte)
 * and `!1` (~290, 170) take two of them, and the bindings they displace lose less.
 */
const MIN_BOOLEAN_SAVINGS = 128;

/** The values written as names besides the built-ins' reads. */
const LITERALS = new Set(["void 0", "null"]);

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
