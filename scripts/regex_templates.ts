/**
 * A bundle's module-level regular expressions written as raw text, so that the passes after it
 * can write their repeated parts once (withHoistedFragments reads the text of a template tagged
 * with a raw builder, never a regular-expression literal's). Each regular-expression literal
 * (`/(?:key|token)=\d+/i`) and each `RegExp` built from a template tagged with `String.raw` and
 * flags written as a string (`new RegExp(String.raw\`(?:${a})\\b\`, "i")`) that the module runs
 * where no function holds it (once, when it loads) becomes a template tagged with the builder of
 * its flags: `` ab`(?:key|token)=\d+` ``, where `ab` is a module-level `var` declared before any
 * other statement, `ab=(s,...v)=>RegExp(String.raw(s,...v),"i")`, one per set of flags. The same
 * program: `RegExp` of a pattern's raw text and its flags builds the expression its literal
 * does, a new one each time it is read, as the literal does. A literal whose pattern holds a
 * backtick or `${`, which raw text cannot write as they are, stays; so does one inside a
 * function (which may run often, where a literal costs less than a call), and all of them where
 * the module binds or assigns `RegExp` or `String`, and those shorter than MIN_LENGTH or of a set of
 * flags fewer than MIN_USES have. 1.17 KB off the ClickHouse fetch_logs bundle (of 332 literals
 * at its top level, 22 KB; those inside functions, 12 KB, stay).
 */
import { parse } from "acorn";
import { freeNames, isNode, type Node, withDeclarationsFirst } from "./hoisted_strings.ts";
import { boundNames, rawTags } from "./hoisted_fragments.ts";

/** Nodes whose code may run more than once, or later than the module's own statements. */
const RUNS_LATER = /Function|^Class|MethodDefinition|PropertyDefinition|StaticBlock/;

/** Calls `visit` with each node of `root` that no function, class or method holds. */
function forEachModuleLevelNode(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if (RUNS_LATER.test(node.type)) continue;
    for (const field of Object.values(node)) {
      if (Array.isArray(field)) {
        for (const child of field) if (isNode(child)) stack.push(child);
      } else if (isNode(field)) {
        stack.push(field);
      }
    }
  }
}

/** A regular expression the module builds once: where it is written, its raw text and flags. */
interface Built {
  node: Node;
  /** The template's text between its backticks, as written (`${…}` included). */
  text: string;
  flags: string;
}

/**
 * Written shorter than this (bytes), a regular expression stays: its text holds no part worth
 * writing once, and its template takes a byte more than its literal (`` a`\d+` `` for `/\d+/`).
 */
const MIN_LENGTH = 16;

/** A set of flags is given a builder when this many regular expressions of it pay for one. */
const MIN_USES = 5;

/** The flags of `/…/flags` or of a `RegExp(…, "flags")` call: letters only (anything else stays). */
const FLAGS = /^[a-z]*$/;

/**
 * The regular expressions of `program` (the text `code`) that it builds at its top level: literals
 * whose pattern raw text can hold, and `RegExp` (with `new` or without) of a template tagged with
 * one of `tags` (rawTags) and of flags written as a string, or of none.
 */
function builtOnce(code: string, program: Node, tags: ReadonlySet<string>): Built[] {
  const found: Built[] = [];
  forEachModuleLevelNode(program, (node) => {
    if (node.type === "Literal" && isNode(node) && node.regex !== undefined) {
      const { pattern, flags } = node.regex as { pattern: string; flags: string };
      if (!pattern.includes("`") && !pattern.includes("${") && FLAGS.test(flags)) {
        found.push({ node, text: pattern, flags });
      }
      return;
    }
    if (node.type !== "NewExpression" && node.type !== "CallExpression") return;
    const callee = node.callee as Node;
    const [source, flags, ...more] = node.arguments as Node[];
    if (callee.type !== "Identifier" || callee.name !== "RegExp" || more.length > 0) return;
    if (source?.type !== "TaggedTemplateExpression") return;
    const tag = source.tag as Node;
    const tagName = tag.type === "Identifier" ? tag.name as string : code.slice(tag.start, tag.end);
    if (!tags.has(tagName)) return;
    if (
      flags !== undefined &&
      !(flags.type === "Literal" && typeof flags.value === "string" && FLAGS.test(flags.value))
    ) {
      return;
    }
    const quasi = source.quasi as Node;
    found.push({
      node,
      text: code.slice(quasi.start + 1, quasi.end - 1),
      flags: flags === undefined ? "" : flags.value as string,
    });
  });
  // One inside another's `${…}` stays as written: the outer one is written whole.
  found.sort((a, b) => a.node.start - b.node.start);
  let end = 0;
  return found.filter(({ node }) => node.start >= end && (end = node.end, true));
}

/** The declaration of `name`, the tag that builds a regular expression of `flags` from raw text. */
export const builderOf = (name: string, flags: string) =>
  `${name}=(s,...v)=>RegExp(String.raw(s,...v)${flags === "" ? "" : `,"${flags}"`})`;

/**
 * `code` (a module with no imports, such as a bundle) with the regular expressions it builds at
 * its top level written as templates tagged with a builder of their flags (see the module's
 * comment). Throws when a template written does not read back as the pattern it replaces.
 */
export function withRegexTemplates(code: string): string {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const { declared, assigned } = boundNames(program);
  if (["RegExp", "String"].some((name) => declared.has(name) || assigned.has(name))) return code;
  const long = builtOnce(code, program, rawTags(program))
    .filter(({ node }) => node.end - node.start >= MIN_LENGTH);
  const uses = new Map<string, number>();
  for (const { flags } of long) uses.set(flags, (uses.get(flags) ?? 0) + 1);
  const found = long.filter(({ flags }) => uses.get(flags)! >= MIN_USES);
  if (found.length === 0) return code;
  const names = freeNames(code);
  const builders = new Map<string, string>();
  const replaced: [Node, string][] = [];
  for (const { node, text, flags } of found) {
    let name = builders.get(flags);
    if (name === undefined) builders.set(flags, name = names.next().value as string);
    const blank = /[\w$]/.test(code[node.start - 1] ?? "") ? " " : "";
    replaced.push([node, `${blank}${name}\`${text}\``]);
  }
  const written = withDeclarationsFirst(
    code,
    [...builders].map(([flags, name]) => builderOf(name, flags)),
    replaced,
  );
  checkPatterns(written, found, builders);
  return written;
}

/** Throws unless each of `found`, in `written`, is its builder's template of the same raw text. */
function checkPatterns(
  written: string,
  found: readonly Built[],
  builders: ReadonlyMap<string, string>,
): void {
  const program = parse(written, {
    ecmaVersion: "latest",
    sourceType: "module",
  }) as unknown as Node;
  const byTag = new Map([...builders].map(([flags, name]) => [name, flags]));
  const templates: { start: number; text: string; flags: string }[] = [];
  forEachModuleLevelNode(program, (node) => {
    if (node.type !== "TaggedTemplateExpression") return;
    const tag = node.tag as Node;
    const flags = tag.type === "Identifier" ? byTag.get(tag.name as string) : undefined;
    if (flags === undefined) return;
    const quasi = node.quasi as Node;
    const text = written.slice(quasi.start + 1, quasi.end - 1);
    templates.push({ start: node.start, text, flags });
  });
  const read = templates.sort((a, b) => a.start - b.start).map(({ text, flags }) => ({
    text,
    flags,
  }));
  const expected = found.map(({ text, flags }) => ({ text, flags }));
  if (JSON.stringify(read) !== JSON.stringify(expected)) {
    throw new Error("regex templates: a pattern written as a template reads back otherwise");
  }
}
