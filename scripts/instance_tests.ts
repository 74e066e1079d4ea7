/**
 * A bundle's `instanceof` tests written as calls of one function declared first that makes them:
 * `e instanceof Z` becomes `ab(e,Z)`, with `ab=(e,t)=>e instanceof t`, where that pays for the
 * declaration (fetch_logs writes `instanceof` ~38 times, mostly to tell its errors apart). The same
 * program: both operands are computed once, in the same order, before the test, which is the same
 * test of the same values (a constructor's `Symbol.hasInstance` included), throwing the same error
 * where the right one is no constructor. The tests are not on the scrubbing path (errors, zod).
 */
import { parse } from "acorn";
import { forEachNode, freeNames, type Node, withDeclarationsFirst } from "./hoisted_strings.ts";

const WORD_CHAR = /[\w$]/;

/** `node`'s text as one argument of a call: a sequence in parentheses. */
const argument = (code: string, node: Node) => {
  const text = code.slice(node.start, node.end);
  return node.type === "SequenceExpression" ? `(${text})` : text;
};

/** `code` (a module with no imports, such as a bundle) with its `instanceof` tests as calls. */
export function withInstanceTests(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const tests: Node[] = [];
  forEachNode(program, (node) => {
    if (node.type === "BinaryExpression" && node.operator === "instanceof") tests.push(node);
  });
  // A test inside another's operand is written with it, from the code as it is.
  const outermost = tests.filter((node) =>
    !tests.some((other) => other !== node && other.start <= node.start && node.end <= other.end)
  );
  const name = freeNames(code).next().value!;
  const declaration = `${name}=(e,t)=>e instanceof t`;
  const replaced = outermost.map((node): [Node, string] => {
    const call = `${name}(${argument(code, node.left as Node)},${
      argument(code, node.right as Node)
    })`;
    // A blank where the call would run into the word before it (`return(a)instanceof b`).
    return [node, `${WORD_CHAR.test(code[node.start - 1] ?? "") ? " " : ""}${call}`];
  });
  const saved = replaced.reduce((sum, [node, as]) => sum + node.end - node.start - as.length, 0) -
    (declaration.length + 1);
  return saved <= 0 ? code : withDeclarationsFirst(code, [declaration], replaced);
}
