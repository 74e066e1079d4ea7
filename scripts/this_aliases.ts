/**
 * A bundle's functions that read their `this` often, reading it once: `m(){this.#e=1;this.#t=2;
 * return this.#e+this.#t}` becomes `m(){let s=this;s.#e=1;s.#t=2;return s.#e+s.#t}` (a method's
 * private names are read on any reference to the object, `s.#e` as `this.#e`). The same program:
 * a function's `this` is one value for a whole call, bound before its body runs (in a class's
 * constructor, before its first statement; a derived class's, whose `this` is bound by `super()`,
 * is left as written), so a variable given it first holds it wherever the body, and the arrow
 * functions it holds (whose `this` is the function's), read it; the functions, classes and
 * parameters inside it that have a `this` of their own keep theirs. The variable's name is one
 * that the function's text does not hold as a word (nothing in it is shadowed or read otherwise)
 * and that the module does not declare at its top level (its top-level names may then be given
 * again, withTopLevelNames). The minifier (esbuild, through `deno bundle`) writes `this` each
 * time: zod's classes and the scrubber's streams read theirs 5 to 60 times a method (~0.7 KB of
 * fetch_logs).
 */
import { parse } from "acorn";
import { forEachNode, isNode, type Node } from "./hoisted_strings.ts";

/** Local names, in the order the minifier gives them (the likeliest to be inner names only). */
const NAMES = "etnrosiaculdfphgmxybwkvzjqETNROSIACULDFPHGMXYBWKVZJQ_$";

/** Nodes with a `this` of their own: inside them, `this` is not the function's. */
const OWN_THIS = new Set([
  "FunctionExpression",
  "FunctionDeclaration",
  "ClassExpression",
  "ClassDeclaration",
]);

/** The `this` expressions of `body` that are its function's (not inside a function or class). */
function ownThis(body: Node): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (OWN_THIS.has(node.type)) continue;
    if (node.type === "ThisExpression") found.push(node);
    for (const field of Object.values(node)) {
      if (Array.isArray(field)) {
        for (const child of field) if (isNode(child)) stack.push(child);
      } else if (isNode(field)) {
        stack.push(field);
      }
    }
  }
  return found;
}

/** The names `program` declares at its top level. */
function topLevelNames(program: Node): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body as Node[]) {
    const declaration = statement.type === "ExportNamedDeclaration"
      ? statement.declaration as Node | null
      : statement;
    if (!isNode(declaration)) continue;
    if (isNode(declaration.id)) names.add((declaration.id as Node).name as string);
    if (declaration.type === "VariableDeclaration") {
      for (const declarator of declaration.declarations as Node[]) {
        forEachNode(declarator.id as Node, (node) => {
          if (node.type === "Identifier") names.add(node.name as string);
        });
      }
    }
  }
  return names;
}

/** `code` (a module with no imports, such as a bundle) with its functions' `this` read once. */
export function withThisAliases(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const topLevel = topLevelNames(program);
  const derivedConstructors = new Set<Node>();
  forEachNode(program, (node) => {
    if ((node.type !== "ClassExpression" && node.type !== "ClassDeclaration") || !node.superClass) {
      return;
    }
    for (const member of (node.body as Node).body as Node[]) {
      if (member.type === "MethodDefinition" && member.kind === "constructor") {
        derivedConstructors.add(member.value as Node);
      }
    }
  });
  const edits: { at: number; end: number; text: string }[] = [];
  forEachNode(program, (fn) => {
    if (fn.type !== "FunctionExpression" && fn.type !== "FunctionDeclaration") return;
    if (derivedConstructors.has(fn)) return;
    const body = fn.body as Node;
    const statements = body.body as Node[];
    if (statements[0]?.type === "ExpressionStatement" && statements[0].directive !== undefined) {
      return;
    }
    const reads = ownThis(body);
    const text = code.slice(fn.start, fn.end);
    const words = new Set(text.match(/[A-Za-z_$][\w$]*/g));
    const name = [...NAMES].find((candidate) => !words.has(candidate) && !topLevel.has(candidate));
    if (name === undefined) return;
    const first = statements[0];
    const joins = first?.type === "VariableDeclaration" && first.kind === "let";
    const declaration = joins ? `${name}=this,` : `let ${name}=this;`;
    // Each read is `this` (4 bytes) written as the name (1).
    if (reads.length * (4 - name.length) <= declaration.length) return;
    if (joins) {
      // After `let`, where a pattern may follow it with no blank (`let{a:t}=…`).
      const at = (first.declarations as Node[])[0].start;
      const blank = /[\w$]/.test(code[at - 1]) ? " " : "";
      edits.push({ at, end: at, text: `${blank}${declaration}` });
    } else edits.push({ at: body.start + 1, end: body.start + 1, text: declaration });
    for (const read of reads) edits.push({ at: read.start, end: read.end, text: name });
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
