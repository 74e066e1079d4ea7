/**
 * A bundle's module-level names given again, the shortest to the names read most: the minifier
 * (esbuild, through `deno bundle`) names the module's top-level variables, functions and classes
 * before the build's rewrites declare theirs (withHoistedStrings, withGlobalAliases,
 * withMemberNames: `var nZ="length"`, read ~780 times in fetch_logs), and by then a name of one
 * character may be held by a function called twice while `length`'s name, read on every other
 * line, has two. This pass swaps the names among them: the same set of names, each given to one
 * binding, the one-character names to the bindings read most (3.3 KB of every function bundle).
 * A name of one character that only inner bindings have (a function's tenth local, `J`, written
 * 24 times in all) goes to a module-level binding written more often (a member's name read 74
 * times), and those inner bindings take a name of two characters that no word of the code holds
 * (0.3 KB more).
 *
 * The same program: only names the module binds at its top level, and nowhere else (no parameter,
 * inner variable, function or class of the same name anywhere: esbuild never gives an inner
 * binding a top-level binding's name), change hands, so each of their occurrences is a read or a
 * write of that top-level binding, and is renamed with it; no name is taken from outside the set
 * (no global, no inner name can be caught). An inner name changes only where every occurrence of
 * it is inside a function, class, block, loop or catch that binds it (no global of that name is
 * read), and then throughout, to a name written nowhere: each stays bound as it was. Left as
 * written: the names a module exports by their declaration (`export const a`, `export function
 * f`), and the names the module binds both at its top level and inside (whose occurrences could be
 * either), and a name written as an object's shorthand key (`{a}`) or exported by its name
 * (`export{a}`), which another name would lengthen (`{a:b}`, `b as a`). Members, keys and labels
 * are no names. A function's or a class's `.name` follows its binding's name, as the minifier's naming already
 * made it (none of the bundles reads it). Not for a module that turns a function's text back into
 * code elsewhere (`new Function(f.toString())`): the function bundles do not.
 */
import { parse } from "acorn";
import { freeNames, isNode, type Node } from "./hoisted_strings.ts";
import { boundNames } from "./hoisted_fragments.ts";

/** The names a declaration binds (a pattern's, a function's or a class's). */
function declaredBy(node: Node | null | undefined, found: (id: Node) => void): void {
  if (!isNode(node)) return;
  switch (node.type) {
    case "Identifier":
      found(node);
      break;
    case "VariableDeclaration":
      for (const declarator of node.declarations as Node[]) {
        declaredBy(declarator.id as Node, found);
      }
      break;
    case "FunctionDeclaration":
    case "ClassDeclaration":
      declaredBy(node.id as Node | null, found);
      break;
    case "ObjectPattern":
      for (const property of node.properties as Node[]) {
        declaredBy(
          (property.type === "RestElement" ? property.argument : property.value) as Node,
          found,
        );
      }
      break;
    case "ArrayPattern":
      for (const element of node.elements as (Node | null)[]) declaredBy(element, found);
      break;
    case "RestElement":
      declaredBy(node.argument as Node, found);
      break;
    case "AssignmentPattern":
      declaredBy(node.left as Node, found);
      break;
  }
}

/**
 * The names `program` may give again (each bound at its top level as often as in the whole
 * module, and not exported by its declaration), with how many times each is written.
 */
function renameable(program: Node): Map<string, number> {
  const top = new Map<string, number>();
  const exported = new Set<string>();
  for (const statement of program.body as Node[]) {
    if (
      statement.type === "ExportNamedDeclaration" || statement.type === "ExportDefaultDeclaration"
    ) {
      declaredBy(statement.declaration as Node | null, (id) => exported.add(id.name as string));
      continue;
    }
    declaredBy(
      statement,
      (id) => top.set(id.name as string, (top.get(id.name as string) ?? 0) + 1),
    );
  }
  const { declared } = boundNames(program);
  const names = new Map<string, number>();
  for (const [name, count] of top) {
    if (declared.get(name) === count && !exported.has(name)) names.set(name, 0);
  }
  return names;
}

/** Where `node`, an identifier under `parent`, is no name of a binding (a member, a key, a label). */
function notAName(node: Node, parent: Node | null): boolean {
  if (parent === null) return false;
  switch (parent.type) {
    case "MemberExpression":
      return parent.property === node && parent.computed !== true;
    case "Property":
    case "MethodDefinition":
    case "PropertyDefinition":
      return parent.key === node && parent.computed !== true;
    case "LabeledStatement":
    case "BreakStatement":
    case "ContinueStatement":
      return parent.label === node;
    case "MetaProperty":
      return true;
    case "ImportSpecifier":
      return parent.imported === node && parent.local !== node;
    case "ExportSpecifier":
      return parent.exported === node && parent.local !== node;
    default:
      return false;
  }
}

/**
 * Where a name is written, and what it is written as once renamed `as`; `grows` when that is more
 * than the name (a shorthand key kept, an exported name kept).
 */
interface Occurrence {
  node: Node;
  name: string;
  write: (as: string) => string;
  grows: boolean;
}

/**
 * Each occurrence of the names of `names` in `root`, as the text it is written as once renamed
 * (`write`): the identifier, a shorthand key with its key kept, an export with its exported name.
 */
function occurrences(
  root: Node,
  names: ReadonlySet<string>,
): Occurrence[] {
  const found: Occurrence[] = [];
  const stack: [Node, Node | null][] = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (node.type === "Identifier") {
      const name = node.name as string;
      if (!names.has(name) || notAName(node, parent)) continue;
      if (parent?.type === "ExportSpecifier" && parent.exported === node) {
        found.push({
          node,
          name,
          write: (as) => as === name ? name : `${as} as ${name}`,
          grows: true,
        });
      } else if (parent?.type === "Property" && parent.shorthand === true) {
        // A shorthand key's value (`{a}`, `{a=1}` in a pattern): written `a:b`, its key kept.
        found.push({
          node,
          name,
          write: (as) => as === name ? name : `${name}:${as}`,
          grows: true,
        });
      } else {
        found.push({ node, name, write: (as) => as, grows: false });
      }
      continue;
    }
    if (node.type === "Property" && node.shorthand === true) {
      // Its key is no name: only its value is (acorn gives each its own node), or in a pattern
      // with a default (`{a=1}`), the value's target, written `a:b=1`.
      const value = node.value as Node;
      if (value.type === "AssignmentPattern") {
        stack.push([value.right as Node, value], [value.left as Node, node]);
      } else {
        stack.push([value, node]);
      }
      continue;
    }
    if (node.type === "ExportSpecifier" && node.local === node.exported) {
      stack.push([node.local as Node, node]);
      continue;
    }
    for (const field of Object.values(node)) {
      if (Array.isArray(field)) {
        for (const child of field) if (isNode(child)) stack.push([child, node]);
      } else if (isNode(field)) {
        stack.push([field, node]);
      }
    }
  }
  return found;
}

/**
 * The names of `counts` (name → times written) given again: the shortest to the most written (a
 * tie in the order they are declared), each keeping its own where it has the length it gets, so
 * that the names given are given again as they are.
 */
export function shortestToMost(counts: ReadonlyMap<string, number>): Map<string, string> {
  const byUse = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const lengths = [...counts.keys()].map((name) => name.length).sort((a, b) => a - b);
  const length = new Map(byUse.map((name, i) => [name, lengths[i]]));
  const renamed = new Map<string, string>();
  // The names whose binding gets another length are free for the bindings that get theirs.
  const free = new Map<number, string[]>();
  for (const name of counts.keys()) {
    if (length.get(name) === name.length) renamed.set(name, name);
    else free.set(name.length, [...free.get(name.length) ?? [], name]);
  }
  for (const name of byUse) {
    if (!renamed.has(name)) renamed.set(name, free.get(length.get(name)!)!.shift()!);
  }
  return renamed;
}

/** Calls `found` with each name a `var` binds in `node`, not inside a function or a static block. */
function varsIn(node: Node, found: (id: Node) => void): void {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next !== node && /Function|StaticBlock/.test(next.type)) continue;
    if (next.type === "VariableDeclaration" && next.kind === "var") declaredBy(next, found);
    for (const field of Object.values(next)) {
      if (Array.isArray(field)) {
        for (const child of field) if (isNode(child)) stack.push(child);
      } else if (isNode(field)) {
        stack.push(field);
      }
    }
  }
}

/** The names `scope` binds for the code inside it (a function, a class, a block, a loop, a catch). */
function scopeNames(scope: Node): Set<string> {
  const names = new Set<string>();
  const add = (id: Node) => names.add(id.name as string);
  const lexical = (statements: readonly Node[]) => {
    for (const statement of statements) {
      if (
        (statement.type === "VariableDeclaration" && statement.kind !== "var") ||
        statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration"
      ) {
        declaredBy(statement, add);
      }
    }
  };
  const declaration = (node: unknown) => {
    if (isNode(node) && node.type === "VariableDeclaration") declaredBy(node, add);
  };
  switch (scope.type) {
    case "FunctionDeclaration":
    case "FunctionExpression":
    case "ArrowFunctionExpression": {
      for (const param of scope.params as Node[]) declaredBy(param, add);
      if (scope.type === "FunctionExpression") declaredBy(scope.id as Node | null, add);
      const body = scope.body as Node;
      if (body.type === "BlockStatement") {
        lexical(body.body as Node[]);
        varsIn(body, add);
      }
      break;
    }
    case "ClassDeclaration":
    case "ClassExpression":
      declaredBy(scope.id as Node | null, add);
      break;
    case "StaticBlock":
      varsIn(scope, add);
      lexical(scope.body as Node[]);
      break;
    case "BlockStatement":
      lexical(scope.body as Node[]);
      break;
    case "SwitchStatement":
      for (const branch of scope.cases as Node[]) lexical(branch.consequent as Node[]);
      break;
    case "ForStatement":
      declaration(scope.init);
      break;
    case "ForInStatement":
    case "ForOfStatement":
      declaration(scope.left);
      break;
    case "CatchClause":
      declaredBy(scope.param as Node | null, add);
      break;
  }
  return names;
}

/**
 * The names of one character that `program` binds inside only, each with its occurrences, where
 * every occurrence is inside a function, class, block, loop or catch that binds it (no global of
 * that name is read): given another name throughout, each stays bound as it was.
 */
function innerNames(
  program: Node,
  topLevel: ReadonlyMap<string, number>,
): Map<string, Occurrence[]> {
  const { declared } = boundNames(program);
  const candidates = new Set(
    [...declared.keys()].filter((name) => name.length === 1 && !topLevel.has(name)),
  );
  const parents = new Map<Node, Node>();
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const field of Object.values(node)) {
      for (const child of Array.isArray(field) ? field : [field]) {
        if (isNode(child)) {
          parents.set(child, node);
          stack.push(child);
        }
      }
    }
  }
  const scopes = new Map<Node, Set<string>>();
  const bound = (node: Node, name: string) => {
    for (
      let child = node, scope = parents.get(node);
      scope;
      child = scope, scope = parents.get(scope)
    ) {
      // A switch's discriminant is read outside its cases' scope.
      if (scope.type === "SwitchStatement" && scope.discriminant === child) continue;
      let names = scopes.get(scope);
      if (names === undefined) scopes.set(scope, names = scopeNames(scope));
      if (names.has(name)) return true;
    }
    return false;
  };
  const byName = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences(program, candidates)) {
    byName.set(occurrence.name, [...byName.get(occurrence.name) ?? [], occurrence]);
  }
  for (const [name, found] of byName) {
    if (!found.every(({ node, grows }) => !grows && bound(node, name))) byName.delete(name);
  }
  return byName;
}

/**
 * `code` (a module with no imports, such as a bundle) with its module-level names given again,
 * the shortest to the most written (shortestToMost; every name here is ASCII, as the minifier
 * writes them, so a character is a byte). Run again, it gives each the name it has.
 */
export function withTopLevelNames(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const counts = renameable(program);
  if (counts.size === 0) return code;
  const written = occurrences(program, new Set(counts.keys()));
  // A name written as a shorthand key or exported by its name keeps it (another would add to it).
  for (const { name, grows } of written) if (grows) counts.delete(name);
  const found = written.filter(({ name }) => counts.has(name));
  for (const { name } of found) counts.set(name, counts.get(name)! + 1);
  // A name of one character the code binds inside only goes to a module-level binding written
  // more often than it is, and the inner bindings take a name of two characters no word of the
  // code holds: the fewest written first, to the most written that would have two.
  const inner = [...innerNames(program, counts)].sort((a, b) => a[1].length - b[1].length);
  const byUse = [...counts.values()].sort((a, b) => b - a);
  const short = [...counts.keys()].filter((name) => name.length === 1).length;
  const names = freeNames(code);
  const renamed = new Map<string, string>();
  const given: typeof found = [];
  for (const [i, [name, occurrences]] of inner.entries()) {
    if ((byUse[short + i] ?? 0) <= occurrences.length) break;
    const as = names.next().value!;
    renamed.set(name, as);
    given.push(...occurrences);
    // Free for the module-level names, written nowhere (it sorts last).
    counts.set(name, -1);
  }
  for (const [name, as] of shortestToMost(counts)) if (!renamed.has(name)) renamed.set(name, as);
  const all = [...found, ...given].sort((a, b) => a.node.start - b.node.start);
  let out = "";
  let copied = 0;
  for (const { node, name, write } of all) {
    const as = write(renamed.get(name)!);
    if (as === name) continue;
    out += code.slice(copied, node.start) + as;
    copied = node.end;
  }
  return out + code.slice(copied);
}
