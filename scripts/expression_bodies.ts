/**
 * A bundle's functions whose code ends by returning, written as one returned expression: the
 * statements from the last one that is not an expression, a `let`/`const` declaration, an early
 * return (`if(c)return x`) or a return, to the body's end, as a conditional and a sequence:
 * `{if(!e)return U;let t=f(e);g(t);return h(t)}` becomes `{let t;return!e?U:(t=f(e),g(t),h(t))}`,
 * and an arrow function whose whole body does so is written as that expression, its variables as
 * more parameters where nothing can tell (below): `(e)=>{if(!e)return U;let t=f(e);return h(t)}`
 * becomes `(e,t)=>!e?U:(t=f(e),h(t))`. The minifier (esbuild, through `deno bundle`) writes the
 * conditional itself only where no declaration stands between the returns (~280 `return x;let`
 * in fetch_logs).
 *
 * The same program: the statements run in the same order, each where it ran (`if(c)return x;R` is
 * `return c?x:R`; `a;R` is `return a,R`; `return x` is `x`, `return` is `void 0`); a declaration's variables are declared
 * once, first (`let t,n;` before the `return`, or after the function's parameters), where the
 * function runs its declarations once per call (no loop holds them), and each declarator with a
 * value becomes an assignment where it stood (one without a value: nothing, a fresh `let` holds
 * none). A variable moved that way is declared once in the function (nowhere else in it, nor in a
 * function it holds) and read or written nowhere in the function but in the block that declared
 * it, so each of its occurrences still means it, and nothing else means it; before its
 * declaration, nothing could read it (that throws), so nothing reads its earlier value. As a
 * parameter, it is one after the parameters the function had, and the function is only ever
 * called by its name (a module-level binding declared once, never read as a value: nothing reads
 * its `length`), by no call passing more arguments than it had parameters where a declarator has
 * no value (else an argument would be its value until assigned). Not for generators, nor for a
 * function with a rest parameter (`...a`).
 */
import { parse } from "acorn";
import { forEachNode, isNode, type Node } from "./hoisted_strings.ts";
import { notAName } from "./arrow_functions.ts";

/** What an expression can stand in place of, loosest first. */
const SEQUENCE = 0, ASSIGNED = 1, OPERAND = 2;

/** How loosely `node` binds: a sequence, an assignment-level expression, or an operand. */
function bindingOf(node: Node): number {
  switch (node.type) {
    case "SequenceExpression":
      return SEQUENCE;
    case "AssignmentExpression":
    case "ArrowFunctionExpression":
    case "YieldExpression":
    case "ConditionalExpression":
      return ASSIGNED;
    default:
      return OPERAND;
  }
}

/** An expression being written: its text and how loosely it binds. */
interface Written {
  text: string;
  binds: number;
}

/** `written` where an expression binding at least `least` may stand: in parentheses if looser. */
const asBinding = (written: Written, least: number) =>
  written.binds < least ? `(${written.text})` : written.text;

/** The functions of `root` whose statements can be rewritten, with their own parent. */
export const FUNCTIONS = new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunctionExpression",
]);

/**
 * The rewriter of one module: `render(start, end)` is its text between the two offsets with the
 * functions rewritten so far (each inner function is rewritten before the one holding it).
 */
class Rewriter {
  private readonly replaced: { start: number; end: number; text: string }[] = [];
  constructor(private readonly code: string) {}

  replace(start: number, end: number, text: string): void {
    // Inner replacements are written inside this one's text: only the outermost stays.
    for (let i = this.replaced.length - 1; i >= 0; i--) {
      const inner = this.replaced[i];
      if (inner.start >= start && inner.end <= end) this.replaced.splice(i, 1);
    }
    this.replaced.push({ start, end, text });
  }

  render(start: number, end: number): string {
    const inside = this.replaced.filter((r) => r.start >= start && r.end <= end)
      .sort((a, b) => a.start - b.start);
    let out = "";
    let copied = start;
    for (const r of inside) {
      out += this.code.slice(copied, r.start) + r.text;
      copied = r.end;
    }
    return out + this.code.slice(copied, end);
  }

  expression(node: Node): Written {
    return { text: this.render(node.start, node.end), binds: bindingOf(node) };
  }

  all(): string {
    return this.render(0, this.code.length);
  }
}

/** A region's statements written as one expression, with the variables its declarations move. */
interface Converted {
  value: Written;
  moved: Node[];
}

/**
 * `statements` (a statement list's last ones, the last a return) as one expression, the
 * variables their `let`/`const` declarations declare in `moved` (their declarations' identifiers);
 * null when one of them is not an expression, a declaration, an early return or a return.
 */
function converted(rewriter: Rewriter, statements: readonly Node[]): Converted | null {
  const items: Written[] = [];
  const moved: Node[] = [];
  for (const [i, statement] of statements.entries()) {
    const last = i === statements.length - 1;
    switch (statement.type) {
      case "ExpressionStatement":
        if (last || statement.directive !== undefined) return null;
        items.push(rewriter.expression(statement.expression as Node));
        break;
      case "VariableDeclaration": {
        if (last || statement.kind === "var") return null;
        for (const declarator of statement.declarations as Node[]) {
          collectIdentifiers(declarator.id as Node, moved);
          if (!isNode(declarator.init)) {
            WITHOUT_VALUE.add(declarator.id as Node);
            continue;
          }
          const target = rewriter.render(
            (declarator.id as Node).start,
            (declarator.id as Node).end,
          );
          const init = rewriter.expression(declarator.init as Node);
          items.push({ text: `${target}=${asBinding(init, ASSIGNED)}`, binds: ASSIGNED });
        }
        break;
      }
      case "ReturnStatement":
        if (!last) return null;
        // `return;` returns undefined, as `void 0` is.
        items.push(
          isNode(statement.argument)
            ? rewriter.expression(statement.argument as Node)
            : { text: "void 0", binds: OPERAND },
        );
        break;
      case "IfStatement": {
        const branch = (node: Node | null) =>
          node === null
            ? null
            : converted(rewriter, node.type === "BlockStatement" ? node.body as Node[] : [node]);
        const consequent = branch(statement.consequent as Node);
        if (consequent === null) return null;
        let alternate: Converted | null;
        if (statement.alternate !== null) {
          if (!last) return null;
          alternate = branch(statement.alternate as Node);
        } else {
          alternate = last ? null : converted(rewriter, statements.slice(i + 1));
        }
        if (alternate === null) return null;
        const test = rewriter.expression(statement.test as Node);
        items.push({
          text: `${asBinding(test, OPERAND)}?${asBinding(consequent.value, ASSIGNED)}:${
            asBinding(alternate.value, ASSIGNED)
          }`,
          binds: ASSIGNED,
        });
        moved.push(...consequent.moved, ...alternate.moved);
        return { value: sequence(items), moved };
      }
      default:
        return null;
    }
  }
  return { value: sequence(items), moved };
}

/** The variables declared without a value (`let t;`): only a declarator's identifier. */
const WITHOUT_VALUE = new WeakSet<Node>();

/** `items` as one sequence (each item's own sequence written in it as it is). */
function sequence(items: readonly Written[]): Written {
  if (items.length === 1) return items[0];
  return { text: items.map((item) => item.text).join(","), binds: SEQUENCE };
}

/** The identifiers the pattern `pattern` binds, added to `found`. */
function collectIdentifiers(pattern: Node, found: Node[]): void {
  switch (pattern.type) {
    case "Identifier":
      found.push(pattern);
      break;
    case "ObjectPattern":
      for (const property of pattern.properties as Node[]) {
        collectIdentifiers(
          (property.type === "RestElement" ? property.argument : property.value) as Node,
          found,
        );
      }
      break;
    case "ArrayPattern":
      for (const element of pattern.elements as (Node | null)[]) {
        if (element !== null) collectIdentifiers(element, found);
      }
      break;
    case "RestElement":
      collectIdentifiers(pattern.argument as Node, found);
      break;
    case "AssignmentPattern":
      collectIdentifiers(pattern.left as Node, found);
      break;
  }
}

/** Declarations and scopes of one function, for the moved variables' checks. */
interface FunctionNames {
  /** How often each name is declared anywhere in the function (inner functions' included). */
  declared: Map<string, number>;
  /** Where each name occurs as a name (not a member, key or label), offsets in the module. */
  occurs: Map<string, number[]>;
}

function namesOf(fn: Node): FunctionNames {
  const declared = new Map<string, number>();
  const occurs = new Map<string, number[]>();
  const declare = (id: Node) => {
    const name = id.name as string;
    declared.set(name, (declared.get(name) ?? 0) + 1);
  };
  const roots = [...(fn.params as Node[]), fn.body as Node];
  for (const param of fn.params as Node[]) {
    const ids: Node[] = [];
    collectIdentifiers(param, ids);
    ids.forEach(declare);
  }
  for (const root of roots) {
    forEachNode(root, (node, parent) => {
      if (node.type === "Identifier" && !notAName(node, parent ?? fn)) {
        const name = node.name as string;
        const at = occurs.get(name);
        if (at === undefined) occurs.set(name, [node.start]);
        else at.push(node.start);
      }
      const ids: Node[] = [];
      if (node.type === "VariableDeclarator") collectIdentifiers(node.id as Node, ids);
      if (
        FUNCTIONS.has(node.type) || node.type === "ClassDeclaration" ||
        node.type === "ClassExpression"
      ) {
        if (isNode(node.id)) ids.push(node.id as Node);
        if (FUNCTIONS.has(node.type)) {
          for (const param of node.params as Node[]) collectIdentifiers(param, ids);
        }
      }
      if (node.type === "CatchClause" && isNode(node.param)) {
        collectIdentifiers(node.param as Node, ids);
      }
      ids.forEach(declare);
    });
  }
  return { declared, occurs };
}

/**
 * Whether the variables `moved` (identifiers of `let`/`const` declarations of `fn`) can be
 * declared once for the whole function: each declared once in it, and occurring only inside the
 * block that declared it and after its declarator (`declarations`: each one's block and
 * declarator, by its identifier), so that nothing reads or writes it before its declaration ran.
 */
export function movable(
  fn: Node,
  moved: readonly Node[],
  declarations: Map<Node, Declaration>,
): boolean {
  const { declared, occurs } = namesOf(fn);
  for (const id of moved) {
    const name = id.name as string;
    if (declared.get(name) !== 1 || name === "arguments") return false;
    const { block, declarator } = declarations.get(id)!;
    const elsewhere = (at: number) =>
      at !== id.start && (at < declarator.end || at >= block.end || at < block.start);
    if ((occurs.get(name) ?? []).some(elsewhere)) return false;
  }
  return true;
}

/** Where a `let`/`const` declares a variable: the block that holds it, and its declarator. */
interface Declaration {
  block: Node;
  declarator: Node;
}

/**
 * For each identifier a `let`/`const` of the function body `body` declares in its statements, or
 * in those of its `if` statements' branches, where it is declared.
 */
export function declarationsOf(body: Node): Map<Node, Declaration> {
  const found = new Map<Node, Declaration>();
  const visit = (block: Node, statements: readonly Node[]) => {
    for (const statement of statements) {
      if (statement.type === "VariableDeclaration") {
        for (const declarator of statement.declarations as Node[]) {
          const ids: Node[] = [];
          collectIdentifiers(declarator.id as Node, ids);
          for (const id of ids) found.set(id, { block, declarator });
        }
      } else if (statement.type === "IfStatement") {
        for (const branch of [statement.consequent, statement.alternate]) {
          if (!isNode(branch)) continue;
          if (branch.type === "BlockStatement") visit(branch, branch.body as Node[]);
          else visit(block, [branch]);
        }
      }
    }
  };
  visit(body, body.body as Node[]);
  return found;
}

/**
 * The module-level functions only ever called by their name: for each, the most arguments a call
 * passes (Infinity where a call spreads them).
 */
export function calledOnly(program: Node): Map<Node, number> {
  const uses = new Map<string, number>();
  const most = new Map<string, number>();
  forEachNode(program, (node, parent) => {
    if (node.type === "CallExpression" && (node.callee as Node).type === "Identifier") {
      const name = (node.callee as Node).name as string;
      const args = node.arguments as Node[];
      const count = args.some((arg) => arg.type === "SpreadElement") ? Infinity : args.length;
      most.set(name, Math.max(most.get(name) ?? 0, count));
      return;
    }
    if (node.type !== "Identifier" || notAName(node, parent)) return;
    if (parent?.type === "CallExpression" && parent.callee === node) return;
    const name = node.name as string;
    uses.set(name, (uses.get(name) ?? 0) + 1);
  });
  const found = new Map<Node, number>();
  for (const statement of program.body as Node[]) {
    const declared: [Node, Node][] = [];
    if (statement.type === "FunctionDeclaration") declared.push([statement.id as Node, statement]);
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations as Node[]) {
        const init = declarator.init as Node | null;
        if (
          (declarator.id as Node).type === "Identifier" && isNode(init) && FUNCTIONS.has(init.type)
        ) {
          declared.push([declarator.id as Node, init]);
        }
      }
    }
    for (const [id, fn] of declared) {
      const name = id.name as string;
      // The declaration is the one occurrence not a call (a second declaration would be another).
      if (uses.get(name) === 1) found.set(fn, most.get(name) ?? 0);
    }
  }
  return found;
}

/** `code` (a module with no imports, such as a bundle) with its returning ends as expressions. */
export function withExpressionBodies(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const functions: Node[] = [];
  forEachNode(program, (node) => {
    if (FUNCTIONS.has(node.type) && (node.body as Node).type === "BlockStatement") {
      functions.push(node);
    }
  });
  // Inner functions first: an outer one's text holds theirs as rewritten.
  functions.sort((a, b) => (a.end - a.start) - (b.end - b.start));
  const only = calledOnly(program);
  const rewriter = new Rewriter(code);
  for (const fn of functions) {
    if (fn.generator === true) continue;
    if ((fn.params as Node[]).some((param) => param.type === "RestElement")) continue;
    const body = fn.body as Node;
    const statements = body.body as Node[];
    if (statements.length === 0) continue;
    if (statements[0].type === "ExpressionStatement" && statements[0].directive !== undefined) {
      continue;
    }
    // The longest run of statements at the end that converts.
    let best: { from: number; result: Converted } | null = null;
    for (let from = statements.length - 1; from >= 0; from--) {
      const result = converted(rewriter, statements.slice(from));
      if (result === null) break;
      best = { from, result };
    }
    if (best === null) continue;
    const { from, result } = best;
    if (from === statements.length - 1 && statements.length > 1) continue;
    if (result.moved.length > 0 && !movable(fn, result.moved, declarationsOf(body))) continue;
    const names = result.moved.map((id) => id.name as string);
    const value = result.value;
    const original = rewriter.render(fn.start, fn.end);
    const most = only.get(fn);
    const withoutValue = result.moved.some((id) => WITHOUT_VALUE.has(id));
    const asParameters = fn.type === "ArrowFunctionExpression" && from === 0 &&
      most !== undefined && (!withoutValue || most <= (fn.params as Node[]).length);
    let text: string;
    if (
      fn.type === "ArrowFunctionExpression" && from === 0 && (names.length === 0 || asParameters)
    ) {
      const params = [
        ...(fn.params as Node[]).map((p) => rewriter.render(p.start, p.end)),
        ...names,
      ];
      const concise = asBinding(value, ASSIGNED);
      text = `${fn.async ? "async" : ""}(${params.join(",")})=>${
        concise.startsWith("{") ? `(${concise})` : concise
      }`;
    } else {
      const declared = names.length > 0 ? `let ${names.join(",")};` : "";
      const returned = `return${/^[\w$]/.test(value.text) ? " " : ""}${value.text}`;
      const head = rewriter.render(fn.start, statements[from].start);
      text = `${head}${declared}${returned}}`;
    }
    if (text.length < original.length) rewriter.replace(fn.start, fn.end, text);
  }
  return rewriter.all();
}
