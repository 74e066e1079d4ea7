/**
 * A bundle's `typeof` tests written often as calls of a function declared first that makes them:
 * `typeof e=="string"` becomes `ab(e)`, and `typeof e!=="string"` `!ab(e)`, with
 * `ab=e=>typeof e=="string"`, one function per type name, where that pays for the declaration
 * (fetch_logs tests for "string" ~33 times, "number" 7, "object" 8). The same program: the operand
 * is computed once, as before, and `typeof` gives the same name of the same value (a name, so `==`
 * and `===` alike). Only where the operand is not a name the module may leave unbound: `typeof x`
 * of an undeclared `x` is "undefined", where reading `x` to pass it would throw. A name is
 * rewritten only where an enclosing function's parameters, an enclosing block's (or the module's)
 * own declarations, a `for` statement's or a catch clause's declare it. A bundled scrubber as fast
 * (the functions are small enough to be inlined).
 */
import { parse } from "acorn";
import { freeNames, isNode, type Node, withDeclarationsFirst } from "./hoisted_strings.ts";
import { bindings } from "./hoisted_fragments.ts";

const EQUALITY = new Set(["==", "===", "!=", "!=="]);
const WORD_CHAR = /[\w$]/;

/** The type name `node` tests its operand for, with the operand and whether it is negated. */
function typeTest(node: Node): { type: string; operand: Node; negated: boolean } | null {
  if (node.type !== "BinaryExpression" || !EQUALITY.has(node.operator as string)) return null;
  const [left, right] = [node.left as Node, node.right as Node];
  const [test, name] = left.type === "UnaryExpression" ? [left, right] : [right, left];
  if (
    test.type !== "UnaryExpression" || test.operator !== "typeof" || name.type !== "Literal" ||
    typeof name.value !== "string"
  ) {
    return null;
  }
  return {
    type: name.value,
    operand: test.argument as Node,
    negated: (node.operator as string).startsWith("!"),
  };
}

/** Whether one of `ancestors` (the module first) surely binds `name` where they enclose. */
function boundAt(name: string, ancestors: readonly Node[]): boolean {
  let bound = false;
  const found = (binding: string) => bound ||= binding === name;
  for (const node of ancestors) {
    switch (node.type) {
      case "Program":
      case "BlockStatement":
      case "StaticBlock":
        for (const statement of node.body as Node[]) {
          if (statement.type === "VariableDeclaration") bindings(statement, found);
          if (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") {
            bindings(statement.id, found);
          }
        }
        break;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        for (const param of node.params as Node[]) bindings(param, found);
        if (node.type === "FunctionExpression") bindings(node.id, found);
        break;
      case "ClassExpression":
        bindings(node.id, found);
        break;
      case "ForStatement":
        if (isNode(node.init) && node.init.type === "VariableDeclaration") {
          bindings(node.init, found);
        }
        break;
      case "ForInStatement":
      case "ForOfStatement":
        if ((node.left as Node).type === "VariableDeclaration") bindings(node.left, found);
        break;
      case "CatchClause":
        bindings(node.param, found);
        break;
    }
  }
  return bound;
}

/** The `typeof` tests of `root` that may be calls, outermost only, each with its ancestors. */
function rewritable(root: Node): { node: Node; type: string; operand: Node; negated: boolean }[] {
  const found: { node: Node; type: string; operand: Node; negated: boolean }[] = [];
  // Depth first with each node's ancestors (no recursion: a bundle's syntax tree is deep).
  const stack: [Node, Node[]][] = [[root, []]];
  while (stack.length > 0) {
    const [node, ancestors] = stack.pop()!;
    const test = typeTest(node);
    if (
      test !== null &&
      (test.operand.type !== "Identifier" || boundAt(test.operand.name as string, ancestors))
    ) {
      // Its operand's own tests stay as written: the call is written from the code as it is.
      found.push({ node, ...test });
      continue;
    }
    const inside = [...ancestors, node];
    for (const field of Object.values(node)) {
      if (Array.isArray(field)) {
        for (const child of field) if (isNode(child)) stack.push([child, inside]);
      } else if (isNode(field)) {
        stack.push([field, inside]);
      }
    }
  }
  return found;
}

/** `code` (a module with no imports, such as a bundle) with its frequent `typeof` tests as calls. */
export function withTypeTests(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const byType = new Map<string, ReturnType<typeof rewritable>>();
  for (const test of rewritable(program)) {
    const same = byType.get(test.type);
    if (same === undefined) byType.set(test.type, [test]);
    else same.push(test);
  }
  const names = freeNames(code);
  const declarations: string[] = [];
  const replaced: [Node, string][] = [];
  for (const [type, tests] of byType) {
    const name = names.next().value!;
    const declaration = `${name}=e=>typeof e==${JSON.stringify(type)}`;
    const written = tests.map(({ node, operand, negated }): [Node, string] => {
      const value = code.slice(operand.start, operand.end);
      const call = `${negated ? "!" : ""}${name}(${
        operand.type === "SequenceExpression" ? `(${value})` : value
      })`;
      // A blank where the call would run into the word before it (`return typeof e…`).
      return [node, `${WORD_CHAR.test(code[node.start - 1] ?? "") ? " " : ""}${call}`];
    });
    const saved = written.reduce((sum, [node, as]) => sum + node.end - node.start - as.length, 0) -
      (declaration.length + 1);
    if (saved <= 0) continue;
    declarations.push(declaration);
    replaced.push(...written);
  }
  return declarations.length === 0 ? code : withDeclarationsFirst(code, declarations, replaced);
}
