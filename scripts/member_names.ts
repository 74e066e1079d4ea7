/**
 * A bundle's repeated member names written once: where a member is read or written by its name
 * often enough to pay for it (`.length` ~770 times in fetch_logs, `.charCodeAt` ~250, `.slice` ~300
 * …), its name becomes a module-level `var` holding the name as a string, declared before any other
 * statement, and each `x.length` becomes `x[ab]` (`x?.length`, `x?.[ab]`). The same program, every
 * value the same: `x.name` and `x["name"]` are one access in the language, whatever `x` is (a read,
 * a call with `x` as its `this`, a tag, an assignment, `delete`, `++`, a destructuring target
 * alike), and the name holds its string before any code runs (nothing else has that name, nothing
 * assigns it). A string the module already declares so (withHoistedStrings' `var ab="length"`,
 * declared once, never assigned) is read where it is, with no declaration of its own; a name's
 * string written as a value elsewhere (`"length"`) is read through the name too. Not for a module
 * that turns a function's text back into code (the names exist only in this module; the function
 * bundles do not). Left as written: private members (`x.#a`), members already computed, and object
 * literals' keys (withObjectKeys, which runs next, writes those the names hold). The minifier (esbuild,
 * through `deno bundle`) keeps members as written: 8 to 11.7 KB of every function bundle. The
 * bundled scrubber is as fast: V8 reads `x[ab]`, `ab` holding one name, as it reads `x.length` (its
 * feedback names the member), measured on the bundled scrubber.
 */
import { parse } from "acorn";
import {
  forEachNode,
  freeNames,
  giveNames,
  inPlaceOf,
  isValue,
  type Node,
  withDeclarationsFirst,
} from "./hoisted_strings.ts";
import { boundNames } from "./hoisted_fragments.ts";

/**
 * A member's name as written after its object, from its dot to its end (`.length`, or `.length`
 * after `?` when optional), as a name `name` holding it reads it: `[name]` (`.[name]`).
 */
const written = (member: Node, name: string) => `${member.optional ? "." : ""}[${name}]`;

/** A span the name `name` stands in: a member's name (written), or a string literal (inPlaceOf). */
const writeAt = (code: string) => (node: Node, name: string) =>
  node.type === "MemberName" ? written(node, name) : inPlaceOf(code, node, name);

/** `code` (a module with no imports, such as a bundle) with its repeated member names written once. */
export function withMemberNames(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  /** Each member name → the spans of its occurrences, from the dot to the name's end. */
  const byName = new Map<string, Node[]>();
  /** Each string a literal holds as a value (isValue) → the literals. */
  const literals = new Map<string, Node[]>();
  forEachNode(ast, (node, parent) => {
    if (
      node.type === "Literal" && typeof node.value === "string" && parent !== null &&
      isValue(node, parent)
    ) {
      literals.set(node.value, [...literals.get(node.value) ?? [], node]);
    }
    if (node.type !== "MemberExpression" || node.computed) return;
    const property = node.property as Node;
    // Private names (`x.#a`) have no string to stand for them.
    if (property.type !== "Identifier") return;
    const dot = property.start - 1;
    if (code[dot] !== "." || (node.optional === true && code[dot - 1] !== "?")) return;
    const span: Node = {
      type: "MemberName",
      start: dot,
      end: property.end,
      optional: node.optional,
    };
    const name = property.name as string;
    const same = byName.get(name);
    if (same === undefined) byName.set(name, [span]);
    else same.push(span);
  });
  const replaced: [Node, string][] = [];
  // The names declared at the top already holding a member's name: read where they are.
  for (const [text, name] of declaredStrings(ast)) {
    const spans = byName.get(text);
    if (spans === undefined) continue;
    byName.delete(text);
    for (const span of spans) {
      const as = written(span, name);
      if (as.length < span.end - span.start) replaced.push([span, as]);
    }
  }
  // A name's string written as a value elsewhere is read through the name too (with a name, the
  // declaration would otherwise be one more occurrence of it, which withHoistedStrings could take).
  const given = giveNames(
    code,
    [...byName].map(([text, nodes]) => ({
      text: JSON.stringify(text),
      nodes: [...nodes, ...literals.get(text) ?? []],
      write: writeAt(code),
    })),
    freeNames(code),
    replaced,
  );
  if (replaced.length === 0) return code;
  const declarations = [...given].map(([text, name]) => `${name}=${text}`);
  return withDeclarationsFirst(code, declarations, replaced);
}

/**
 * The strings held by names of the module's first `var` statements (those before any other
 * statement), each name declared once in the whole module and never assigned: string → name.
 */
export function declaredStrings(ast: Node): Map<string, string> {
  const { declared, assigned } = boundNames(ast);
  const strings = new Map<string, string>();
  for (const statement of ast.body as Node[]) {
    if (statement.type !== "VariableDeclaration" || statement.kind !== "var") break;
    for (const declarator of statement.declarations as Node[]) {
      const id = declarator.id as Node, init = declarator.init as Node | null;
      if (id.type !== "Identifier" || init?.type !== "Literal" || typeof init.value !== "string") {
        continue;
      }
      const name = id.name as string;
      if (declared.get(name) !== 1 || assigned.has(name) || strings.has(init.value)) continue;
      strings.set(init.value, name);
    }
  }
  return strings;
}
