/**
 * A bundle's `new` dropped where the language defines the call to do the same: `new Error(m)` is
 * `Error(m)` (each error constructor, called, constructs as if with `new`), `new Array(n)` is
 * `Array(n)`, and `new RegExp(p, f)` is `RegExp(p, f)` where the pattern is surely a string or the
 * flags are given (a call returns the pattern itself only when it is a regular expression and no
 * flags are given). A pattern or flags is surely a string when written as one: a string literal, a
 * template (`String.raw` tagging one too), a `+` with a string written on one side, or a name the
 * module declares first holding a string (withHoistedStrings', withHoistedFragments'), declared
 * once and never assigned. About 0.4 KB of fetch_logs (`new RegExp` ~60 times, `new Error` ~40).
 *
 * The same program: only where the global is read (no binding of that name anywhere in the module,
 * no assignment to it), with its arguments in parentheses, and not as what another `new`
 * constructs (`new new Error(m)()` would then construct the call's result). Before
 * withGlobalAliases, which reads the constructors as written.
 */
import { parse } from "acorn";
import { forEachNode, isNode, type Node } from "./hoisted_strings.ts";
import { boundNames } from "./hoisted_fragments.ts";

/** The constructors whose call constructs as `new` does, whatever their arguments. */
const CALLED_ALIKE = new Set([
  "Array",
  "Error",
  "EvalError",
  "RangeError",
  "ReferenceError",
  "SyntaxError",
  "TypeError",
  "URIError",
]);

/** The names `program` declares first (its first `var`s) holding a string, once, never assigned. */
function stringNames(program: Node): Set<string> {
  const { declared, assigned } = boundNames(program);
  const names = new Set<string>();
  for (const statement of program.body as Node[]) {
    if (statement.type !== "VariableDeclaration" || statement.kind !== "var") break;
    for (const declarator of statement.declarations as Node[]) {
      const id = declarator.id as Node, init = declarator.init as Node | null;
      if (id.type !== "Identifier" || !isString(init, new Set())) continue;
      const name = id.name as string;
      if (declared.get(name) === 1 && !assigned.has(name)) names.add(name);
    }
  }
  return names;
}

/** Whether `node` is written as a string (see the module's comment), `names` holding strings. */
function isString(node: unknown, names: ReadonlySet<string>): boolean {
  if (!isNode(node)) return false;
  switch (node.type) {
    case "Literal":
      return typeof node.value === "string";
    case "TemplateLiteral":
      return true;
    case "TaggedTemplateExpression": {
      const tag = node.tag as Node;
      return tag.type === "MemberExpression" && tag.computed === false &&
        (tag.object as Node).type === "Identifier" && (tag.object as Node).name === "String" &&
        (tag.property as Node).name === "raw";
    }
    case "BinaryExpression":
      return node.operator === "+" && (isString(node.left, names) || isString(node.right, names));
    case "Identifier":
      return names.has(node.name as string);
    default:
      return false;
  }
}

/** `code` (a module with no imports, such as a bundle) with `new` dropped where a call is the same. */
export function withoutNew(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const { declared, assigned } = boundNames(program);
  // `String` declared in the module: `String.raw` may be another's.
  if (declared.has("String")) return code;
  const strings = stringNames(program);
  const dropped: Node[] = [];
  forEachNode(program, (node, parent) => {
    if (node.type !== "NewExpression") return;
    const callee = node.callee as Node;
    if (callee.type !== "Identifier") return;
    const name = callee.name as string;
    if (declared.has(name) || assigned.has(name)) return;
    if (parent?.type === "NewExpression" && parent.callee === node) return;
    if (!/^\s*\(/.test(code.slice(callee.end, callee.end + 2))) return;
    const args = node.arguments as Node[];
    // A spread may bring more arguments, or fewer, than it shows.
    if (args.some((arg) => arg.type === "SpreadElement")) return;
    if (
      CALLED_ALIKE.has(name) ||
      (name === "RegExp" && (isString(args[0], strings) || isString(args[1], strings)))
    ) {
      dropped.push(node);
    }
  });
  dropped.sort((a, b) => a.start - b.start);
  let out = "";
  let copied = 0;
  for (const node of dropped) {
    // `new` and the blanks after it.
    const callee = (node.callee as Node).start;
    out += code.slice(copied, node.start);
    copied = callee;
  }
  return out + code.slice(copied);
}
