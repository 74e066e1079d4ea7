/**
 * A bundle's object literals of one list of keys, written often, made by one function: where
 * `{start:a,end:b}` is written 31 times (the candidates of the detectors and readers),
 * `{keywords:[…],atWordStart:[…]}` 12 times (their prefilters), it becomes `ab(a,b)` with
 * `ab=(a,b)=>({start:a,end:b})` declared first, before any other statement. The same program: the
 * call evaluates the values in the order the literal did and returns an object of the same keys in
 * the same order, a new one at every call, as the literal made; only a list of keys whose
 * literals save more than the function costs is rewritten, and the bundle is left as it was when
 * the whole saves nothing.
 *
 * Rewritten: literals whose every property is `key: value` with a name as its key (no spread, no
 * method, getter or setter, no computed, quoted or shorthand key, no `__proto__`, no key twice),
 * and no value an anonymous function or class (a literal names those after their key: `{find:
 * (l) => …}` gives the function the name `find`, an argument does not). About 0.7 KB of every
 * function bundle. First of the build's rewrites (deployedCode): the ones after it write the
 * declared functions' names and the values' strings shorter as they do any other's.
 */
import { parse } from "acorn";
import { forEachNode, freeNames, type Node, withDeclarationsFirst } from "./hoisted_strings.ts";
import { utf8Length } from "../core/excerpt.ts";

/** The keys of `literal` (an ObjectExpression), joined by commas, when it may be rewritten. */
function keysOf(literal: Node): string | null {
  const keys: string[] = [];
  for (const property of literal.properties as Node[]) {
    if (
      property.type !== "Property" || property.kind !== "init" || property.method === true ||
      property.computed === true || property.shorthand === true
    ) return null;
    const key = property.key as Node, value = property.value as Node;
    if (key.type !== "Identifier" || key.name === "__proto__") return null;
    const anonymous = value.type === "ArrowFunctionExpression" ||
      (value.type === "FunctionExpression" || value.type === "ClassExpression") &&
        value.id === null;
    if (anonymous) return null;
    keys.push(key.name as string);
  }
  if (keys.length === 0 || new Set(keys).size !== keys.length) return null;
  return keys.join(",");
}

/** Parameter names for a function of `count` keys: `a` … `z`, then `a0` …. */
const parameters = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => i < 26 ? String.fromCharCode(97 + i) : `${String.fromCharCode(97 + i % 26)}${i}`,
  );

/** Bytes a literal of `keys` saves written as a call of a function of a two-character name. */
const savedPerUse = (keys: readonly string[]) =>
  keys.reduce((sum, key) => sum + utf8Length(key) + 1, 0) - 2;
/** Bytes of the declaration of a function of `keys` (`ab=(a,b)=>({start:a,end:b}),`). */
const declarationBytes = (keys: readonly string[]) =>
  keys.reduce((sum, key) => sum + utf8Length(key) + 1, 0) + 4 * keys.length + 10;

export function withObjectShapes(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const byKeys = new Map<string, Node[]>();
  forEachNode(ast, (node) => {
    if (node.type !== "ObjectExpression") return;
    const keys = keysOf(node);
    if (keys === null) return;
    const found = byKeys.get(keys);
    if (found === undefined) byKeys.set(keys, [node]);
    else found.push(node);
  });
  const names = freeNames(code);
  const maker = new Map<Node, string>();
  const declarations: string[] = [];
  for (const [joined, literals] of byKeys) {
    const keys = joined.split(",");
    if (literals.length * savedPerUse(keys) <= declarationBytes(keys)) continue;
    const name = names.next().value as string;
    const params = parameters(keys.length);
    declarations.push(
      `${name}=(${params.join(",")})=>({${keys.map((key, i) => `${key}:${params[i]}`).join(",")}})`,
    );
    for (const literal of literals) maker.set(literal, name);
  }
  if (declarations.length === 0) return code;
  // In the order they are written: an outer literal before the ones inside it.
  const rewritten = [...maker.keys()].sort((x, y) => x.start - y.start);
  /** `code[from, to)` with the outermost literals inside it written as calls. */
  const written = (from: number, to: number): [Node, string][] => {
    const found: [Node, string][] = [];
    let covered = from;
    for (const literal of rewritten) {
      if (literal.start < covered || literal.end > to) continue;
      // `return{…}` is `return aa(…)`: a blank where the call would run into a word.
      found.push([
        literal,
        `${/[\w$]/.test(code[literal.start - 1] ?? "") ? " " : ""}${call(literal)}`,
      ]);
      covered = literal.end;
    }
    return found;
  };
  const text = (from: number, to: number): string => {
    let out = "";
    let copied = from;
    for (const [literal, as] of written(from, to)) {
      out += code.slice(copied, literal.start) + as;
      copied = literal.end;
    }
    return out + code.slice(copied, to);
  };
  const call = (literal: Node): string =>
    `${maker.get(literal)}(${
      (literal.properties as Node[]).map((property) => {
        const value = property.value as Node;
        return maker.has(value) ? call(value) : text(value.start, value.end);
      }).join(",")
    })`;
  const replaced = written(0, code.length);
  const out = withDeclarationsFirst(code, declarations, replaced);
  return utf8Length(out) < utf8Length(code) ? out : code;
}
