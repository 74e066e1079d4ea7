/** Equivalent mutants in the build's rewrites under scripts/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

const ARROWS = "scripts/arrow_functions.ts";

/** notAName is called only for identifiers, and forEachNode visits one with its parent. */
const IDENTIFIER_HAS_PARENT =
  "notAName is called only for Identifier nodes, and forEachNode gives every node but the root (the parsed Program) its parent: parent is never null there";

const FRAGMENTS = "scripts/hoisted_fragments.ts";

/** A case of bindings that falls through into the next one reads a field its node lacks. */
const FALLS_INTO_NOTHING =
  "without this break the case falls into the next one, which reads a field the node lacks (an ArrayPattern's or a RestElement's `argument` or `left`): bindings of undefined, which is no node, returns at once";

/** A case of rawTags' walk that falls through into the next one reads a field its node lacks. */
const FALLS_INTO_ANOTHER_FIELD =
  "without this break the case falls into the next one, which reads a field the node lacks (`param`, `local`, `left`, `argument`: bindings of undefined returns at once), or, from the functions' case, counts the function's name again: a name a function declares is declared twice with the var that would make it a tag anyway";

/** A for-in/of whose left declares its variable. */
const FOR_DECLARATION =
  "bindings meets a VariableDeclaration only as the left of a for-in or for-of (`for (var r in o)`), whose names the VariableDeclarator case already counts as declared: a name declared there and as `var r=String.raw` is declared twice and no tag, assigned or not";

/** valueOf's and valueWritten's raw default: every call passes it. */
const RAW_ALWAYS_PASSED =
  "every call of valueOf and valueWritten passes raw (valueWritten's own from the check, withFragmentsShown's from the tag): the default is never used";

/** The check of each rewritten segment: valueWritten reads the template's raw text when raw. */
const CHECK_TAG_UNREAD =
  "valueWritten reads a tagged template's quasi and an untagged one the same way, raw text when `raw` (segment.raw) and cooked text when not: the tag written in the check changes nothing it reads";

export const BUILD_EQUIVALENTS: readonly Equivalent[] = [
  {
    file: ARROWS,
    line: "if (parent === null) return false;",
    original: "parent === null",
    replacement: "false",
    reason: IDENTIFIER_HAS_PARENT,
  },
  {
    file: ARROWS,
    line: "if (parent === null) return false;",
    original: "false",
    replacement: "true",
    reason: IDENTIFIER_HAS_PARENT + " (this return is never reached)",
  },
  {
    file: ARROWS,
    line:
      'node.type === "ThisExpression" || node.type === "Super" || node.type === "MetaProperty" ||',
    original: '"Super"',
    replacement: '""',
    reason:
      "`super` parses only in a method or a class field's value: a method is a FunctionExpression (not walked) and a field a PropertyDefinition (reads already), so a function's own code never holds a Super node",
  },
  {
    file: FRAGMENTS,
    line: "break;",
    after: "for (const element of pattern.elements as (Node | null)[]) bindings(element, found);",
    original: "break;",
    replacement: "{}",
    reason: FALLS_INTO_NOTHING,
  },
  {
    file: FRAGMENTS,
    line: "break;",
    after: "bindings(pattern.argument, found);",
    original: "break;",
    replacement: "{}",
    reason: FALLS_INTO_NOTHING,
  },
  {
    file: FRAGMENTS,
    line: 'case "VariableDeclaration":',
    original: '"VariableDeclaration"',
    replacement: '""',
    reason: FOR_DECLARATION,
  },
  {
    file: FRAGMENTS,
    line:
      "for (const declarator of pattern.declarations as Node[]) bindings(declarator.id, found);",
    original: "bindings(declarator.id, found);",
    replacement: "{}",
    reason: FOR_DECLARATION,
  },
  {
    file: FRAGMENTS,
    line: "break;",
    after:
      "for (const declarator of pattern.declarations as Node[]) bindings(declarator.id, found);",
    original: "break;",
    replacement: "{}",
    reason: "the last case of the switch: without its break it ends there all the same",
  },
  {
    file: FRAGMENTS,
    line: "break;",
    after: "for (const param of node.params as Node[]) bindings(param, declare);",
    original: "break;",
    replacement: "{}",
    reason: FALLS_INTO_ANOTHER_FIELD,
  },
  {
    file: FRAGMENTS,
    line: "break;",
    after: "bindings(node.param, declare);",
    original: "break;",
    replacement: "{}",
    reason: FALLS_INTO_ANOTHER_FIELD,
  },
  {
    file: FRAGMENTS,
    line: "break;",
    after: "bindings(node.local, declare);",
    original: "break;",
    replacement: "{}",
    reason: FALLS_INTO_ANOTHER_FIELD,
  },
  {
    file: FRAGMENTS,
    line: "break;",
    after: "bindings(node.left, assign);",
    original: "break;",
    replacement: "{}",
    reason: FALLS_INTO_ANOTHER_FIELD,
  },
  {
    file: FRAGMENTS,
    line: "break;",
    after: "bindings(node.argument, assign);",
    original: "break;",
    replacement: "{}",
    reason: "the last case of the switch: without its break it ends there all the same",
  },
  {
    file: FRAGMENTS,
    line: "raw = false,",
    original: "false",
    replacement: "true",
    reason: RAW_ALWAYS_PASSED,
  },
  {
    file: FRAGMENTS,
    line: '? `${segment.raw ? "String.raw" : ""}\\`${text}\\``',
    original: "segment.raw",
    replacement: "false",
    reason: CHECK_TAG_UNREAD,
  },
  {
    file: FRAGMENTS,
    line: '? `${segment.raw ? "String.raw" : ""}\\`${text}\\``',
    original: "segment.raw",
    replacement: "true",
    reason: CHECK_TAG_UNREAD,
  },
  {
    file: FRAGMENTS,
    line: '? `${segment.raw ? "String.raw" : ""}\\`${text}\\``',
    original: '"String.raw"',
    replacement: '""',
    reason: CHECK_TAG_UNREAD,
  },
  {
    file: FRAGMENTS,
    line: "if (valueWritten(check, values, segment.raw) !== segment.value) {",
    original: "valueWritten(check, values, segment.raw) !== segment.value",
    replacement: "false",
    reason:
      "the check that stops the build where a rewritten segment would read differently: every rewrite is right (the tests compare each module's values), so it never throws; only another bug can reach it",
  },
  {
    file: FRAGMENTS,
    line: 'if (expression.type !== "TemplateLiteral") return undefined;',
    original: 'expression.type !== "TemplateLiteral"',
    replacement: "false",
    reason:
      "valueOf is given only template literals (withFragmentsShown, a tagged template's quasi) and the check's text, a template or a fragment's name: never another expression",
  },
  {
    file: FRAGMENTS,
    line:
      'const part = (name.type === "Identifier" ? values.get(name.name as string) : undefined) ??',
    original: 'name.type === "Identifier"',
    replacement: "true",
    reason:
      "another expression has no name: values.get(undefined) is undefined, as the branch it replaces",
  },
  {
    file: FRAGMENTS,
    line: "if (part === undefined) return undefined;",
    original: "part === undefined",
    replacement: "false",
    reason:
      "part is undefined only for an unknown name with no `others`: withFragmentsShown gives others, and the check inserts only the fragments' names, all in values",
  },
  {
    file: FRAGMENTS,
    line: "const cuts = new Uint8Array(text.length + 1).fill(1);",
    original: "1",
    replacement: "2",
    reason:
      "cuts are read as true or false only (!cuts[…]): 2 is as true as 1; and one more item than text.length + 1 is never read",
  },
  {
    file: FRAGMENTS,
    line: 'const raw = parent?.type === "TaggedTemplateExpression" && parent.quasi === node &&',
    column: 63,
    original: "&&",
    replacement: "||",
    reason:
      "the first && of `a && b && c` is the inner one: `(a || b) && c` reads taggedRaw(parent) only where the parent is a tagged template, and where the template is not its quasi it is its tag, a template literal, which is no String.raw: false, as before",
  },
];
