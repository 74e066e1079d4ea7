/**
 * A bundle's module-level `var` statements written as one where only function declarations stand
 * between them: `var a=1;var b=f();function f(){return 2}var c=3;` becomes
 * `var a=1,b=f(),c=3;function f(){return 2}`. The same program: the variables are declared and
 * given their values in the same order (one statement with several declarators runs them one
 * after another, as the statements did), and a module's function declarations hold their values
 * before any of its code runs, wherever they stand among its statements, so moving one after the
 * variables changes nothing. Any other statement (an expression, a loop, a class, an export)
 * stays where it is and ends a run; so does anything but `;` and white space between two
 * statements. The minifier (esbuild, through `deno bundle`) writes a `var` statement per module,
 * and the build's other passes add their own (the strings, the aliases, the arrows) and take the
 * function declarations out from between them (withArrowFunctions): ~300 statements in every
 * function bundle, 4 bytes each (`;var ` where `,` does).
 */
import { parse } from "acorn";
import type { Node } from "./hoisted_strings.ts";

const isVar = (statement: Node) =>
  statement.type === "VariableDeclaration" && statement.kind === "var";

/** Statements that may be part of a run: a `var` statement or a function declaration. */
const joinable = (statement: Node) => isVar(statement) || statement.type === "FunctionDeclaration";

/** `code` (a module) with each run of its module-level `var` statements written as one. */
export function withMergedDeclarations(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const statements = ast.body as Node[];
  let out = "";
  let copied = 0;
  for (let i = 0; i < statements.length;) {
    if (!joinable(statements[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < statements.length && joinable(statements[j]) &&
      /^[\s;]*$/.test(code.slice(statements[j - 1].end, statements[j].start))
    ) {
      j++;
    }
    const run = statements.slice(i, j);
    const variables = run.filter(isVar);
    if (variables.length >= 2) {
      const declarators = variables.flatMap((statement) =>
        (statement.declarations as Node[]).map((declarator) =>
          code.slice(declarator.start, declarator.end)
        )
      );
      const functions = run.filter((statement) => !isVar(statement))
        .map((statement) => code.slice(statement.start, statement.end));
      out += `${code.slice(copied, run[0].start)}var ${declarators.join(",")};${
        functions.join("")
      }`;
      copied = run.at(-1)!.end;
    }
    i = j;
  }
  return out + code.slice(copied);
}
