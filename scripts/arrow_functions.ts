/**
 * A bundle's module-level functions that are only ever called written as arrow functions:
 * `function ab(e,t){return e+t}` becomes `ab=(e,t)=>e+t` in one `var` declared before any other
 * statement (where a function declaration has its value too: before any code runs). The same
 * program, every value the same: a function is rewritten only where nothing can tell the two
 * apart, that is where
 * - its name is declared once in the whole module (no parameter, variable or function of that
 *   name anywhere: nothing shadows it), and every other occurrence of it calls it, `ab(…)`: it is
 *   never read as a value (so never constructed with `new`, given a `this` by `.call`, exported,
 *   nor its `prototype` read), and nothing reassigns it;
 * - its own code reads no `this`, `arguments`, `super` or `new.target` (an arrow function has
 *   none of its own), and it is not a generator and has no directive (`"use strict"`);
 * its name (`ab.name`, stack traces) and its length are those of the declaration. The minifier
 * (esbuild, through `deno bundle`) keeps declarations as they are: `function ` and `{return …}`
 * are 5 to 16 bytes per function, about 5 KB of every function bundle (~620 functions). A body
 * that starts with a `let` has its variables written as more parameters, where no call passes
 * them a value (withDeclarationsAsParameters): `{let t=e*2;return t+1}` as `(e,t=e*2)=>t+1`,
 * about 1.1 KB more (~120 functions), and `{let t=0;for(…)…}` as `(e,t=0)=>{for(…)…}`, 0.6 KB
 * more (~200), the bundled scrubber as fast. Not for a module that reads its functions' text
 * (`f.toString()`); the function bundles do not.
 */
import { parse } from "acorn";
import { forEachNode, isNode, type Node } from "./hoisted_strings.ts";

/** Whether the identifier `node` under `parent` names nothing: a member, key or label. */
export function notAName(node: Node, parent: Node | null): boolean {
  if (parent === null) return false;
  switch (parent.type) {
    case "MemberExpression":
      return parent.property === node && parent.computed === false;
    case "Property":
      return parent.key === node && parent.computed === false && parent.shorthand === false;
    case "MethodDefinition":
    case "PropertyDefinition":
      return parent.key === node && parent.computed === false;
    case "LabeledStatement":
    case "BreakStatement":
    case "ContinueStatement":
      return parent.label === node;
    case "MetaProperty":
      return true;
    case "ExportSpecifier":
      return parent.exported === node && parent.local !== node;
    default:
      return false;
  }
}

/**
 * For each name of `root`, how many of its occurrences are not the callee of a call (`ab` in
 * `ab(…)`, not in `new ab(…)`): its declarations, its bindings anywhere, every read as a value.
 */
function occurrencesNotCalled(root: Node): Map<string, number> {
  const counts = new Map<string, number>();
  forEachNode(root, (node, parent) => {
    if (node.type !== "Identifier" || notAName(node, parent)) return;
    if (parent?.type === "CallExpression" && parent.callee === node) return;
    const name = node.name as string;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return counts;
}

/** Whether the function `fn`'s own code (not that of the functions it holds) reads its `this`. */
function readsOwnContext(fn: Node): boolean {
  let reads = false;
  const stack: Node[] = [fn.body as Node, ...(fn.params as Node[])];
  while (stack.length > 0 && !reads) {
    const node = stack.pop()!;
    if (node.type === "FunctionExpression" || node.type === "FunctionDeclaration") continue;
    // A class's fields and methods have a `this` of their own, but its `extends` does not.
    if (
      node.type === "ThisExpression" || node.type === "Super" || node.type === "MetaProperty" ||
      (node.type === "Identifier" && (node.name === "arguments" || node.name === "eval")) ||
      node.type === "PropertyDefinition" || node.type === "StaticBlock"
    ) {
      reads = true;
    }
    for (const field of Object.values(node)) {
      if (Array.isArray(field)) {
        for (const child of field) if (isNode(child)) stack.push(child);
      } else if (isNode(field)) {
        stack.push(field);
      }
    }
  }
  return reads;
}

/**
 * For each name of `root` that is called (`ab(…)`), the most arguments a call of it passes;
 * Infinity where one spreads its arguments (`ab(...x)`).
 */
function mostArguments(root: Node): Map<string, number> {
  const most = new Map<string, number>();
  forEachNode(root, (node) => {
    if (node.type !== "CallExpression" || (node.callee as Node).type !== "Identifier") return;
    const name = (node.callee as Node).name as string;
    const args = node.arguments as Node[];
    const count = args.some((arg) => arg.type === "SpreadElement") ? Infinity : args.length;
    most.set(name, Math.max(most.get(name) ?? 0, count));
  });
  return most;
}

/**
 * The text of `node`, an expression of `code`, where a comma-separated list holds it (a sequence
 * in parentheses).
 */
function listItem(code: string, node: Node): string {
  const text = code.slice(node.start, node.end);
  return node.type === "SequenceExpression" ? `(${text})` : text;
}

/** The names `statements` declare anywhere in them (variables, functions, classes, patterns). */
function declaredNames(statements: readonly Node[]): Set<string> {
  const names = new Set<string>();
  const collect = (pattern: Node) =>
    forEachNode(pattern, (node) => {
      if (node.type === "Identifier") names.add(node.name as string);
    });
  for (const statement of statements) {
    forEachNode(statement, (node) => {
      if (node.type === "VariableDeclarator") collect(node.id as Node);
      if (
        (node.type === "FunctionDeclaration" || node.type === "ClassDeclaration") &&
        isNode(node.id)
      ) {
        names.add((node.id as Node).name as string);
      }
    });
  }
  return names;
}

/**
 * `fn` as an arrow function whose parameters are `fn`'s, then the variables its body declares
 * first with `let`: `function ab(e){let t=e*2,n;for(…)…;return t}` as `(e,t=e*2,n)=>{for(…)…;
 * return t}`, and `function ab(e){let t=e*2;return t+1}` as `(e,t=e*2)=>t+1`; null where that
 * is not the same function. It is where the body starts with one `let` declaration; the function
 * is not async (a parameter cannot `await`); its parameters do not end with a rest (`...a`); no
 * call of it passes more arguments than it has parameters (`most`), so each added parameter is
 * never given one and takes its value (or none, undefined), computed in the same order, with the
 * same names in scope; and no name the values read is declared again in the rest of the body
 * (whose declarations a parameter's value cannot see), nor do the parameters read a name the
 * `let` declares (theirs would then be the new parameter, not what it was). Its name stays; its length may not, but
 * nothing reads it (the function is only called).
 */
function withDeclarationsAsParameters(code: string, fn: Node, most: number): string | null {
  const params = fn.params as Node[];
  const body = fn.body as Node;
  const [declaration, ...rest] = body.body as Node[];
  if (
    declaration?.type !== "VariableDeclaration" || declaration.kind !== "let" ||
    fn.async === true || params.some((param) => param.type === "RestElement") ||
    most > params.length
  ) {
    return null;
  }
  const declarators = declaration.declarations as Node[];
  const declared = declaredNames(rest);
  const moved = declaredNames([declaration]);
  let readsDeclared = false;
  for (const { init } of declarators) {
    if (!isNode(init)) continue;
    forEachNode(init as Node, (node) => {
      if (node.type === "Identifier" && declared.has(node.name as string)) readsDeclared = true;
    });
  }
  // A parameter's default value that reads a name the `let` declares reads another binding.
  for (const param of params) {
    forEachNode(param, (node) => {
      if (node.type === "Identifier" && moved.has(node.name as string)) readsDeclared = true;
    });
  }
  if (readsDeclared) return null;
  const list = [
    ...params.map((param) => code.slice(param.start, param.end)),
    ...declarators.map(({ id, init }) => {
      const name = code.slice((id as Node).start, (id as Node).end);
      return isNode(init) ? `${name}=${listItem(code, init as Node)}` : name;
    }),
  ];
  const head = `(${list.join(",")})=>`;
  const [returned] = rest;
  if (rest.length === 1 && returned.type === "ReturnStatement" && returned.argument !== null) {
    const value = returned.argument as Node;
    const text = code.slice(value.start, value.end);
    return `${head}${
      text.startsWith("{") || value.type === "SequenceExpression" ? `(${text})` : text
    }`;
  }
  return `${head}{${rest.length === 0 ? "" : code.slice(rest[0].start, body.end - 1)}}`;
}

/**
 * `fn`, a function declaration of `code`, as an arrow function with the same parameters (and,
 * where that is the same function, its `let` declaration as more: withDeclarationsAsParameters;
 * `most` is the most arguments a call of it passes).
 */
function asArrow(code: string, fn: Node, most: number): string {
  const params = fn.params as Node[];
  const list = params.length === 0 ? "" : code.slice(params[0].start, params.at(-1)!.end);
  const bare = params.length === 1 && params[0].type === "Identifier";
  // `async` runs into a bare parameter's name, not into a parenthesis.
  const head = `${fn.async ? (bare ? "async " : "async") : ""}${bare ? list : `(${list})`}=>`;
  const body = fn.body as Node;
  const statements = body.body as Node[];
  if (statements.length === 1 && statements[0].type === "ReturnStatement") {
    const value = statements[0].argument as Node | null;
    if (value !== null) {
      const text = code.slice(value.start, value.end);
      // A body that starts with `{` would read as a block, a comma would end the declaration.
      return `${head}${
        text.startsWith("{") || value.type === "SequenceExpression" ? `(${text})` : text
      }`;
    }
  }
  return withDeclarationsAsParameters(code, fn, most) ??
    `${head}${code.slice(body.start, body.end)}`;
}

/** `code` (a module with no imports, such as a bundle) with its called-only functions as arrows. */
export function withArrowFunctions(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const notCalled = occurrencesNotCalled(ast);
  const most = mostArguments(ast);
  const rewritten: Node[] = [];
  for (const statement of ast.body as Node[]) {
    if (statement.type !== "FunctionDeclaration" || statement.generator === true) continue;
    const name = (statement.id as Node).name as string;
    const body = (statement.body as Node).body as Node[];
    if (notCalled.get(name) !== 1 || readsOwnContext(statement)) continue;
    if (body[0]?.type === "ExpressionStatement" && body[0].directive !== undefined) continue;
    rewritten.push(statement);
  }
  if (rewritten.length === 0) return code;
  const declarations = rewritten.map((fn) => {
    const name = (fn.id as Node).name as string;
    return `${name}=${asArrow(code, fn, most.get(name) ?? 0)}`;
  });
  const start = code.startsWith("#!") ? code.indexOf("\n") + 1 : 0;
  let out = `${code.slice(0, start)}var ${declarations.join(",")};`;
  let copied = start;
  // Where a declaration was, `;` unless the statement before it surely ended: else what follows
  // could continue it (`a=b\nfunction f(){}\n(c)` would read `a=b(c)`).
  let ended = true;
  const removed = new Set(rewritten);
  for (const statement of ast.body as Node[]) {
    if (!removed.has(statement)) {
      ended = code[statement.end - 1] === ";" || DECLARATIONS.has(statement.type);
      continue;
    }
    out += `${code.slice(copied, statement.start)}${ended ? "" : ";"}`;
    copied = statement.end;
    ended = true;
  }
  return out + code.slice(copied);
}

/** Statements that end with their `}`: nothing after them continues them. */
const DECLARATIONS = new Set(["FunctionDeclaration", "ClassDeclaration"]);
