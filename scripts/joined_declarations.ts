/**
 * A bundle's functions' `let` statements after the first written as assignments, their variables
 * declared by the function's first statement (`let t=0;for(…)…;let n=f(t);…` becomes `let
 * t=0,n;for(…)…;n=f(t);…`) or, for a module-level arrow function only ever called, as more
 * parameters (`(e)=>{for(…)…;let n=f(e);…}` becomes `(e,n)=>{for(…)…;n=f(e);…}`): each such
 * statement loses `let ` for `,n` (2 bytes a variable). Only statements of the function's body
 * itself, run once per call (not a loop's nor a block's), whose declarators are names, are
 * rewritten. The same program, by what withExpressionBodies checks of a variable it moves: declared
 * once in the function, read or written nowhere before its declaration nor outside the body; one
 * declared without a value is dropped from its statement where it holds none anyway (a variable
 * of the first `let`, declared there without a value, or a parameter no call passes a value).
 */
import { parse } from "acorn";
import { forEachNode, isNode, type Node } from "./hoisted_strings.ts";
import { calledOnly, declarationsOf, FUNCTIONS, movable } from "./expression_bodies.ts";

/** `code` (a module with no imports, such as a bundle) with its later `let`s joined to the first. */
export function withJoinedDeclarations(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const only = calledOnly(program);
  const edits: { at: number; end: number; text: string }[] = [];
  forEachNode(program, (fn) => {
    if (!FUNCTIONS.has(fn.type) || (fn.body as Node).type !== "BlockStatement") return;
    const params = fn.params as Node[];
    if (params.some((param) => param.type === "RestElement")) return;
    const body = fn.body as Node;
    const statements = body.body as Node[];
    const most = only.get(fn);
    const asParameters = fn.type === "ArrowFunctionExpression" && most !== undefined;
    const first = statements[0];
    const joinsFirst = !asParameters && first?.type === "VariableDeclaration" &&
      first.kind === "let";
    if (!asParameters && !joinsFirst) return;
    const later = statements.filter((statement, i) =>
      (asParameters || i > 0) && statement.type === "VariableDeclaration" &&
      statement.kind !== "var" &&
      (statement.declarations as Node[]).every((d) => (d.id as Node).type === "Identifier")
    );
    if (later.length === 0) return;
    const declarations = declarationsOf(body);
    const moved: Node[] = [];
    for (const statement of later) {
      const ids = (statement.declarations as Node[]).map((d) => d.id as Node);
      const withoutValue = (statement.declarations as Node[]).some((d) => !isNode(d.init));
      if (asParameters && withoutValue && most! > params.length) continue;
      if (!movable(fn, ids, declarations)) continue;
      // Only `let ` and the declarators without a value are taken out: the values stay as written
      // (an inner function's own rewrite may be inside one).
      const declarators = statement.declarations as Node[];
      if (declarators.every((d) => !isNode(d.init))) {
        edits.push({ at: statement.start, end: statement.end, text: "" });
      } else {
        edits.push({ at: statement.start, end: declarators[0].start, text: "" });
        const valued = declarators.findIndex((d) => isNode(d.init));
        for (const [i, d] of declarators.entries()) {
          if (isNode(d.init)) continue;
          // `b,` before the first with a value, `,b` after it.
          if (i < valued) edits.push({ at: d.start, end: declarators[i + 1].start, text: "" });
          else edits.push({ at: declarators[i - 1].end, end: d.end, text: "" });
        }
      }
      moved.push(...ids);
    }
    if (moved.length === 0) return;
    const names = moved.map((id) => `,${id.name}`).join("");
    if (asParameters) {
      const bare = params.length === 1 && params[0].type === "Identifier" &&
        code[params[0].start - 1] !== "(";
      if (params.length === 0) {
        const open = code.indexOf("(", fn.start);
        edits.push({ at: open + 1, end: open + 1, text: names.slice(1) });
      } else if (bare) {
        edits.push({ at: params[0].start, end: params[0].start, text: "(" });
        edits.push({ at: params[0].end, end: params[0].end, text: `${names})` });
      } else {
        const last = params.at(-1)!;
        edits.push({ at: last.end, end: last.end, text: names });
      }
    } else {
      const last = (first.declarations as Node[]).at(-1)!;
      edits.push({ at: last.end, end: last.end, text: names });
    }
  });
  edits.sort((a, b) => a.at - b.at || a.end - b.end);
  let out = "";
  let copied = 0;
  for (const edit of edits) {
    out += code.slice(copied, edit.at) + edit.text;
    copied = edit.end;
  }
  return out + code.slice(copied);
}
