/**
 * A bundle's object keys read through names that hold them: where an object literal writes a key
 * by its name (`{prefilter:p}`; a method's or an accessor's too, and a class's methods and
 * accessors: `scan(t){…}`) and the module declares that name's string first (withHoistedStrings'
 * or withMemberNames' `var xO="prefilter"`, declared once, never assigned), the key is written as
 * that name, computed (`{[xO]:p}`), where that is shorter; a key no such name holds, written often
 * enough to pay for a name of its own (`configurable` in zod's property descriptors), gets one,
 * declared first. The same program, every value the same: a computed key holding a string is that
 * key (the same property, in the same place of the object's order; a function or class written as
 * its value takes the key as its name alike), and the name holds its string before any code runs.
 * Left as written: `__proto__` (as a literal's key it sets the prototype, computed it is a
 * property), shorthands (`{a}`), constructors, class fields (defined on each instance made), and
 * destructuring patterns' keys: the bundled scrubber ran measurably slower with `let{start:s}=m`
 * written `let{[W]:s}=m` (4-13 % on the 20 MB logs). With literals' keys so written it runs as
 * fast, within the noise: a computed key costs a literal the shape made for it at parse time, but
 * the scrubber makes only three of those literals more than a thousand times a log. 1.6 KB of the
 * ClickHouse fetch_logs bundle (the detectors' specs' `prefilter`, `minEntropy`, `validate`,
 * `keywords`; the step's inputs and outputs; …).
 */
import { parse } from "acorn";
import {
  forEachNode,
  freeNames,
  giveNames,
  type Node,
  withDeclarationsFirst,
} from "./hoisted_strings.ts";
import { declaredStrings } from "./member_names.ts";

/** `code` (a module with no imports, such as a bundle) with its keys read through names. */
export function withObjectKeys(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const strings = declaredStrings(ast);
  const replaced: [Node, string][] = [];
  /** The keys no declared name holds, by their string: a name of their own may pay. */
  const others = new Map<string, Node[]>();
  forEachNode(ast, (node, parent) => {
    const literalKey = node.type === "Property" && parent?.type === "ObjectExpression" &&
      !node.shorthand;
    const method = node.type === "MethodDefinition" && node.kind !== "constructor";
    if (node.computed || !(literalKey || method)) return;
    const key = node.key as Node;
    const text = key.type === "Identifier"
      ? key.name as string
      : key.type === "Literal" && typeof key.value === "string"
      ? key.value
      : undefined;
    if (text === undefined || text === "__proto__") return;
    const name = strings.get(text);
    if (name === undefined) {
      others.set(text, [...others.get(text) ?? [], key]);
      return;
    }
    const written = `[${name}]`;
    if (written.length < key.end - key.start) replaced.push([key, written]);
  });
  // A key written often enough gets a name of its own, declared first, where that pays.
  const given = giveNames(
    code,
    [...others].map(([text, nodes]) => ({
      text: JSON.stringify(text),
      nodes,
      write: (_: Node, name: string) => `[${name}]`,
    })),
    freeNames(code),
    replaced,
  );
  if (replaced.length === 0) return code;
  const declarations = [...given].map(([text, name]) => `${name}=${text}`);
  return withDeclarationsFirst(code, declarations, replaced);
}
