/**
 * A bundle's `new` of a built-in collection or typed array written as a call of a function that
 * constructs it: `new Map`, `new Set(e)`, `new Int32Array(n)` become `ab()`, `cd(e)`, `ef(n)`,
 * with `ab=()=>new Map`, `cd=e=>new Set(e)`, `ef=e=>new Int32Array(e)` declared first, one function
 * per constructor and count of arguments (so no argument is passed that was not: `new Set()` and
 * `new Set(undefined)` are alike, but the pass does not lean on it), where that pays for the
 * declaration (fetch_logs writes `new Int32Array` 47 times, `new Set` 45, `new Map` 42). The same
 * program: the arguments are computed in the same order, before the object is made, and the
 * function makes it with `new` as written, reading the global when it runs (as `new` read it where
 * it stood). Only where the global is read (no binding of that name anywhere in the module, no
 * assignment to it), its arguments written without a spread, and not as what another `new`
 * constructs. These constructors' objects carry no stack (errors do, and stay as written); a
 * bundled scrubber as fast (the functions are small enough to be inlined).
 */
import { parse } from "acorn";
import { forEachNode, freeNames, type Node, withDeclarationsFirst } from "./hoisted_strings.ts";
import { boundNames } from "./hoisted_fragments.ts";

/** Built-in constructors whose objects hold no trace of where they were made. */
const CONSTRUCTORS = new Set([
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
  "ArrayBuffer",
  "DataView",
  "TextEncoder",
  "TextDecoder",
]);

const PARAMETERS = "etnrosiacu";

/** `code` (a module with no imports, such as a bundle) with its built-ins' `new` as calls. */
export function withConstructorCalls(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const { declared, assigned } = boundNames(program);
  const groups = new Map<string, Node[]>();
  forEachNode(program, (node, parent) => {
    if (node.type !== "NewExpression") return;
    const callee = node.callee as Node;
    if (callee.type !== "Identifier") return;
    const name = callee.name as string;
    if (!CONSTRUCTORS.has(name) || declared.has(name) || assigned.has(name)) return;
    if (parent?.type === "NewExpression" && parent.callee === node) return;
    const args = node.arguments as Node[];
    if (args.some((arg) => arg.type === "SpreadElement") || args.length > PARAMETERS.length) {
      return;
    }
    const key = `${name}/${args.length}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [node]);
    else group.push(node);
  });
  const names = freeNames(code);
  const declarations: string[] = [];
  const replaced: [Node, string][] = [];
  for (const [key, nodes] of groups) {
    const [constructor, arity] = key.split("/");
    const params = [...PARAMETERS.slice(0, Number(arity))];
    const list = params.length === 1 ? params[0] : `(${params.join(",")})`;
    const made = `new ${constructor}${params.length === 0 ? "" : `(${params.join(",")})`}`;
    const name = names.next().value!;
    const declaration = `${name}=${list}=>${made}`;
    // Each `new C(` (or `new C`) written as `name(` (or `name()`), against the declaration.
    const saved = nodes.length * (`new ${constructor}`.length - name.length) -
      (declaration.length + 1) - nodes.filter((node) => !hasParentheses(code, node)).length * 2;
    if (saved <= 0) continue;
    declarations.push(declaration);
    for (const node of nodes) {
      const callee = node.callee as Node;
      const args = hasParentheses(code, node) ? code.slice(callee.end, node.end) : "()";
      replaced.push([node, `${name}${args}`]);
    }
  }
  if (declarations.length === 0) return code;
  // Inner `new`s are inside an outer one's arguments: those are written from the code as it is.
  const outermost = replaced.filter(([node]) =>
    !replaced.some(([other]) =>
      other !== node && other.start <= node.start && node.end <= other.end
    )
  );
  return withDeclarationsFirst(code, declarations, outermost);
}

/** Whether the `new` expression `node` has its arguments in parentheses. */
const hasParentheses = (code: string, node: Node) => code[node.end - 1] === ")";
