/**
 * A bundle's repeated parts of strings written once: where the same run of characters occurs
 * often enough inside string literals and template literals (`[A-Za-z0-9` in the detectors'
 * pattern sources, `-api-key` in their ids, `Nothing was read or posted.` in error texts), it
 * becomes a module-level `var` holding it, declared before any other statement, and each string
 * holding it is written as a template literal that inserts it: `"[A-Za-z0-9]{32}"` becomes
 * `` `${ab}]{32}` ``. The same program, every value the same (each rewritten string is read back
 * and compared with the one it replaces; a difference stops the build). withHoistedStrings, which
 * runs before, names the strings that repeat whole; this pass, the parts that repeat inside
 * different strings.
 *
 * What a string is used for decides whether it is rewritten. Left as written, besides what
 * withHoistedStrings leaves (keys, member names, module specifiers, directives): the strings a
 * value is compared with (`===`, `!==`, `==`, `!=`, a `case`, `in`) and the arguments of a method
 * call (`line.indexOf("…")`, `text.startsWith(…)`): code that may run once per line or per
 * character, where a literal is an interned constant and a template would build its string at
 * every call. What remains is mostly read once, where a detector, a schema or an error text is
 * built (a bundled scrubber's start-up and throughput measured the same). A template tagged with
 * `String.raw` (the detectors' pattern sources, `` raw`\d{2}…` ``, through names that surely stand
 * for it, rawTags) is its raw text with the values inserted: a part inserted there stands for raw
 * text, cut only where no backslash escapes what follows (~0.8 KB of every function bundle). Other
 * tagged templates stay as written (a tag may read their strings' array), and so do
 * regular-expression literals (a pattern's source cannot insert a value), and a string literal
 * after a line break (a template there could read as tagged by what ends the line before). About
 * 7 KB of every function bundle, the repeats chosen most bytes saved first.
 */
import { parse } from "acorn";
import { stringLiteral } from "./packed_strings.ts";
import { utf8Length } from "../core/excerpt.ts";
import {
  forEachNode,
  freeNames,
  inPlaceOf,
  isNode,
  isValue,
  type Node,
  withDeclarationsFirst,
} from "./hoisted_strings.ts";

/** A string literal, or a template literal's text between its `${…}`, that may be rewritten. */
interface Segment {
  /** The string literal (replaced whole), or the template element (its raw text replaced). */
  node: Node;
  template: boolean;
  /**
   * Whether it is the text of a template tagged with `String.raw` (rawTags): its value is its raw
   * text, written as it is, and a part inserted in it stands for raw text.
   */
  raw: boolean;
  /** Its value (a template element's cooked text, or its raw text when `raw`). */
  value: string;
  /** Where its value starts in the text the fragments are searched in. */
  offset: number;
}

const COMPARISONS = new Set(["===", "!==", "==", "!=", "in", "instanceof"]);

/** Whether the string or template literal `node` under `parent` is read where it may run often. */
function readOften(node: Node, parent: Node): boolean {
  switch (parent.type) {
    case "BinaryExpression":
      return COMPARISONS.has(parent.operator as string);
    case "SwitchCase":
      return parent.test === node;
    case "CallExpression":
      return isNode(parent.callee) && parent.callee.type === "MemberExpression" &&
        (parent.arguments as Node[]).includes(node);
    default:
      return false;
  }
}

/** Calls `found` with each name the pattern `pattern` binds or assigns (none for `a.b`). */
export function bindings(pattern: unknown, found: (name: string) => void): void {
  if (!isNode(pattern)) return;
  switch (pattern.type) {
    case "Identifier":
      found(pattern.name as string);
      break;
    case "ObjectPattern":
      for (const property of pattern.properties as Node[]) {
        bindings(property.type === "RestElement" ? property.argument : property.value, found);
      }
      break;
    case "ArrayPattern":
      for (const element of pattern.elements as (Node | null)[]) bindings(element, found);
      break;
    case "RestElement":
      bindings(pattern.argument, found);
      break;
    case "AssignmentPattern":
      bindings(pattern.left, found);
      break;
    case "VariableDeclaration":
      for (const declarator of pattern.declarations as Node[]) bindings(declarator.id, found);
      break;
  }
}

/**
 * The names `root` binds anywhere (variables, functions, classes, parameters, catch parameters,
 * imports), with how many times each, and the names it assigns (`=`, `++`, `for (a of …)`).
 */
export function boundNames(root: Node): { declared: Map<string, number>; assigned: Set<string> } {
  const declared = new Map<string, number>();
  const assigned = new Set<string>();
  const declare = (name: string) => declared.set(name, (declared.get(name) ?? 0) + 1);
  const assign = (name: string) => assigned.add(name);
  forEachNode(root, (node) => {
    switch (node.type) {
      case "VariableDeclarator":
        bindings(node.id, declare);
        break;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        bindings(node.id, declare);
        for (const param of node.params as Node[]) bindings(param, declare);
        break;
      case "ClassDeclaration":
      case "ClassExpression":
        bindings(node.id, declare);
        break;
      case "CatchClause":
        bindings(node.param, declare);
        break;
      case "ImportSpecifier":
      case "ImportDefaultSpecifier":
      case "ImportNamespaceSpecifier":
        bindings(node.local, declare);
        break;
      case "AssignmentExpression":
      case "ForInStatement":
      case "ForOfStatement":
        bindings(node.left, assign);
        break;
      case "UpdateExpression":
        bindings(node.argument, assign);
        break;
    }
  });
  return { declared, assigned };
}

/**
 * The names that stand for `String.raw` wherever they are read: each declared once in `root`, at
 * its top level (`var a=String.raw`), and nowhere else (no parameter, function or inner variable
 * of that name can shadow it), never assigned; and `String` itself declared nowhere. A template
 * tagged with one of them, or with `String.raw` itself, is its raw text with the values inserted.
 * The set holds `String.raw` too when `String` is the global one (declared nowhere): with no
 * name in it, not even `String.raw` is taken for the global's.
 */
export function rawTags(root: Node): Set<string> {
  const { declared, assigned } = boundNames(root);
  const tags = new Set<string>();
  if (declared.has("String")) return tags;
  tags.add(GLOBAL_RAW);
  for (const statement of root.body as Node[]) {
    if (statement.type !== "VariableDeclaration") continue;
    for (const declarator of statement.declarations as Node[]) {
      const id = declarator.id as Node;
      const init = declarator.init as Node | null;
      if (
        id.type === "Identifier" && init !== null && (isStringRaw(init) || readsRawText(init)) &&
        declared.get(id.name as string) === 1 && !assigned.has(id.name as string)
      ) {
        tags.add(id.name as string);
      }
    }
  }
  return tags;
}

/** Whether `node` reads `String.raw` (where `String` is the global: rawTags checks that). */
const isStringRaw = (node: Node) =>
  node.type === "MemberExpression" && node.computed === false &&
  (node.object as Node).type === "Identifier" && (node.object as Node).name === "String" &&
  (node.property as Node).type === "Identifier" && (node.property as Node).name === "raw";

/**
 * Whether `node` is a function of a template's strings and values that reads them only as
 * `String.raw(strings, ...values)` reads them (`(s,...v)=>RegExp(String.raw(s,...v),"i")`, the
 * builders of withRegexTemplates): an arrow of those two parameters, each named once more in its
 * body, in that call. What it returns then depends on the raw text with the values inserted alone.
 */
function readsRawText(node: Node): boolean {
  if (node.type !== "ArrowFunctionExpression") return false;
  const [strings, rest, ...more] = node.params as Node[];
  if (strings?.type !== "Identifier" || rest?.type !== "RestElement" || more.length > 0) {
    return false;
  }
  const values = rest.argument as Node;
  if (values.type !== "Identifier") return false;
  let named = 0;
  let call = false;
  forEachNode(node.body as Node, (inner) => {
    if (inner.type === "Identifier" && [strings.name, values.name].includes(inner.name)) named++;
    if (inner.type !== "CallExpression" || !isStringRaw(inner.callee as Node)) return;
    const [first, second, ...others] = inner.arguments as Node[];
    call ||= others.length === 0 && first?.type === "Identifier" &&
      first.name === strings.name && second?.type === "SpreadElement" &&
      (second.argument as Node).type === "Identifier" &&
      (second.argument as Node).name === values.name;
  });
  return call && named === 2;
}

/** In rawTags' set: `String.raw` reads the global's (no name can be written so). */
const GLOBAL_RAW = "String.raw";

/** Whether the tagged template `node` is tagged with `String.raw` or one of `tags` (rawTags). */
function taggedRaw(node: Node, tags: ReadonlySet<string>): boolean {
  const tag = node.tag as Node;
  return tag.type === "Identifier"
    ? tags.has(tag.name as string)
    : isStringRaw(tag) && tags.has(GLOBAL_RAW);
}

/** The string literals and template elements of `root` that may be rewritten, in text order. */
function segments(root: Node): Segment[] {
  const found: Segment[] = [];
  const tags = rawTags(root);
  forEachNode(root, (node, parent) => {
    if (parent === null) return;
    if (node.type === "Literal" && typeof node.value === "string") {
      if (isValue(node, parent) && !readOften(node, parent)) {
        found.push({ node, template: false, raw: false, value: node.value, offset: 0 });
      }
    } else if (node.type === "TaggedTemplateExpression") {
      if (
        taggedRaw(node, tags) && !readOften(node, parent)
      ) {
        for (const element of (node.quasi as Node).quasis as Node[]) {
          const value = (element.value as { raw: string }).raw;
          found.push({ node: element, template: true, raw: true, value, offset: 0 });
        }
      }
    } else if (node.type === "TemplateLiteral") {
      const tagged = parent.type === "TaggedTemplateExpression" && parent.quasi === node;
      if (!tagged && !readOften(node, parent)) {
        for (const element of node.quasis as Node[]) {
          const value = (element.value as { cooked: string | null }).cooked;
          if (value !== null) {
            found.push({ node: element, template: true, raw: false, value, offset: 0 });
          }
        }
      }
    }
  });
  return found.sort((a, b) => a.node.start - b.node.start);
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** `text` as a template literal's raw text: the same cooked value, no `${` that would insert. */
export function templateText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const char = text[i];
    if (char === "\\" || char === "`") out += `\\${char}`;
    else if (char === "$") out += text[i + 1] === "{" ? "\\$" : "$";
    else if (char === "\n" || char === "\t") out += char;
    else if (unit < 0x20) out += `\\x${unit.toString(16).padStart(2, "0")}`;
    else if (isHigh(unit) && isLow(text.charCodeAt(i + 1))) out += text.slice(i, ++i + 1);
    else if (
      isHigh(unit) || isLow(unit) || unit === 0x2028 || unit === 0x2029 || unit === 0xfeff
    ) {
      out += `\\u${unit.toString(16).padStart(4, "0")}`;
    } else out += char;
  }
  return out;
}

/** What each code unit of `text` takes written in a template (templateText), in UTF-8 bytes. */
function unitWeights(text: string): Uint8Array {
  const weights = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    weights[i] = unit === 0x5c || unit === 0x60
      ? 2
      : unit < 0x20 && unit !== 0x0a && unit !== 0x09
      ? 4
      : unit < 0x80
      ? 1
      : unit < 0x800
      ? 2
      : isHigh(unit) || isLow(unit)
      ? 2
      : 3;
  }
  return weights;
}

/** A run of characters that occurs at `positions` (in the searched text) with `length` units. */
interface Run {
  positions: number[];
  length: number;
  /** Its bytes as written in a template. */
  bytes: number;
  /** What writing it once would save at most (each position counted). */
  estimate: number;
}

/** Bytes a name of `length` characters takes in a template (`${ab}`) and declared (`ab="…",`). */
const use = (length: number) => length + 3;
const declared = (length: number, bytes: number) => length + bytes + 4;
const saving = (count: number, bytes: number, name: number) =>
  count * (bytes - use(name)) - declared(name, bytes);

/**
 * Every run of characters that occurs at least twice within the segments of `text` (`ends[i]`:
 * where the segment holding position i ends) and that writing once could pay for, found by
 * lengthening the runs that repeat one character at a time; a run that only occurs followed by
 * the same character is left for the longer run it is part of.
 */
function repeatedRuns(text: string, ends: Int32Array, weights: Uint8Array): Run[] {
  const runs: Run[] = [];
  const first = new Map<number, number[]>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const same = first.get(unit);
    if (same === undefined) first.set(unit, [i]);
    else same.push(i);
  }
  let groups = [...first.values()].filter((group) => group.length >= 2);
  for (let length = 1; groups.length > 0 && length <= 4096; length++) {
    const longer: number[][] = [];
    for (const group of groups) {
      const byNext = new Map<number, number[]>();
      for (const at of group) {
        if (at + length >= ends[at]) continue;
        const unit = text.charCodeAt(at + length);
        const same = byNext.get(unit);
        if (same === undefined) byNext.set(unit, [at]);
        else same.push(at);
      }
      let extended = false;
      for (const next of byNext.values()) {
        if (next.length < 2) continue;
        longer.push(next);
        if (next.length === group.length) extended = true;
      }
      if (extended) continue;
      let bytes = 0;
      for (let i = group[0]; i < group[0] + length; i++) bytes += weights[i];
      const estimate = saving(group.length, bytes, 2);
      if (estimate > 0) runs.push({ positions: group, length, bytes, estimate });
    }
    groups = longer;
  }
  return runs;
}

/** A max-heap of runs by estimate (then by first position, then longer first). */
class Heap {
  #items: Run[] = [];
  static #before(a: Run, b: Run): boolean {
    if (a.estimate !== b.estimate) return a.estimate > b.estimate;
    if (a.positions[0] !== b.positions[0]) return a.positions[0] < b.positions[0];
    return a.length > b.length;
  }
  get size(): number {
    return this.#items.length;
  }
  peek(): Run | undefined {
    return this.#items[0];
  }
  push(run: Run): void {
    const items = this.#items;
    items.push(run);
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!Heap.#before(items[i], items[up])) break;
      [items[i], items[up]] = [items[up], items[i]];
      i = up;
    }
  }
  pop(): Run | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      while (true) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && Heap.#before(items[left], items[best])) best = left;
        if (right < items.length && Heap.#before(items[right], items[best])) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

/** A part of strings written once: its name, its value and where it is used. */
interface Fragment {
  name: string;
  value: string;
  bytes: number;
  /** Positions (in the searched text) of the occurrences it stands for. */
  uses: number[];
}

/**
 * The runs to write once, most bytes saved first (each chosen where what it saves, counted
 * again over the occurrences no run chosen before covers, is still the most), named by `names`.
 * An occurrence is used only where `cuts` allows it to start and end (cutsAllowed).
 */
function chooseFragments(
  text: string,
  ends: Int32Array,
  weights: Uint8Array,
  cuts: Uint8Array,
  names: Generator<string>,
): Fragment[] {
  const heap = new Heap();
  for (const run of repeatedRuns(text, ends, weights)) heap.push(run);
  const covered = new Uint8Array(text.length);
  const chosen: Fragment[] = [];
  let name = names.next();
  while (!name.done && heap.size > 0) {
    const run = heap.pop()!;
    const at = run.positions[0];
    // A surrogate pair stays whole.
    if (isLow(text.charCodeAt(at)) || isHigh(text.charCodeAt(at + run.length - 1))) continue;
    const uses: number[] = [];
    let free = 0;
    for (const position of run.positions) {
      if (position < free || !cuts[position] || !cuts[position + run.length]) continue;
      let clear = true;
      for (let i = position; i < position + run.length; i++) {
        if (covered[i]) {
          clear = false;
          break;
        }
      }
      if (!clear) continue;
      uses.push(position);
      free = position + run.length;
    }
    const saved = saving(uses.length, run.bytes, name.value.length);
    if (saved <= 0) continue;
    const next = heap.peek();
    if (next !== undefined && saved < next.estimate) {
      heap.push({ ...run, estimate: saved });
      continue;
    }
    for (const position of uses) covered.fill(1, position, position + run.length);
    chosen.push({
      name: name.value,
      value: text.slice(at, at + run.length),
      bytes: run.bytes,
      uses,
    });
    name = names.next();
  }
  return chosen;
}

/**
 * The value of `expression`, a template literal or a name, with `values` for names; undefined
 * where it inserts anything else, or, with `others`, that in place of it. With `raw`, the value
 * `String.raw` makes of the template: its raw text with the values inserted.
 */
function valueOf(
  expression: Node,
  values: ReadonlyMap<string, string>,
  others?: string,
  raw = false,
): string | undefined {
  if (expression.type === "Identifier") return values.get(expression.name as string);
  if (expression.type !== "TemplateLiteral") return undefined;
  const quasis = expression.quasis as Node[];
  const inserted = expression.expressions as Node[];
  let value = "";
  for (const [i, quasi] of quasis.entries()) {
    const text = quasi.value as { raw: string; cooked: string | null };
    const cooked = raw ? text.raw : text.cooked;
    if (cooked === null) return undefined;
    value += cooked;
    if (i < inserted.length) {
      const name = inserted[i];
      const part = (name.type === "Identifier" ? values.get(name.name as string) : undefined) ??
        others;
      if (part === undefined) return undefined;
      value += part;
    }
  }
  return value;
}

/**
 * The value of `written`, a template literal or a name alone, with `values` for names (with
 * `raw`, the template's value as `String.raw` makes it).
 */
function valueWritten(
  written: string,
  values: ReadonlyMap<string, string>,
  raw = false,
): string | undefined {
  const program = parse(`(${written})`, { ecmaVersion: "latest" }) as unknown as {
    body: { expression: Node }[];
  };
  const expression = program.body[0].expression;
  return expression.type === "TaggedTemplateExpression"
    ? valueOf(expression.quasi as Node, values, undefined, raw)
    : valueOf(expression, values, undefined, raw);
}

/**
 * Where a part may start or end in `text` (the searched text of `found`): anywhere in a string or
 * a template's cooked text (written with escapes of its own, templateText), and in raw text only
 * after an even run of backslashes (`\d` cut after its `\` would escape the `$` of `${…}`).
 */
function cutsAllowed(text: string, found: readonly Segment[]): Uint8Array {
  const cuts = new Uint8Array(text.length + 1).fill(1);
  for (const segment of found) {
    if (!segment.raw) continue;
    let backslashes = 0;
    for (let i = segment.offset; i < segment.offset + segment.value.length; i++) {
      backslashes = text[i] === "\\" ? backslashes + 1 : 0;
      if (backslashes % 2 === 1) cuts[i + 1] = 0;
    }
  }
  return cuts;
}

/**
 * Whether `code` before `start` ends in a line break and blanks, or in a comment: a template
 * there could read as tagged by what ends the line before it (where a string literal needed the
 * line break to end that statement).
 */
function afterLineBreak(code: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const char = code[i];
    if ("\n\r\u2028\u2029".includes(char) || (char === "/" && code[i - 1] === "*")) return true;
    if (!/\s/u.test(char)) return false;
  }
  return false;
}

/**
 * `value` as a string literal, its line terminators and byte-order marks as escapes, its other
 * control characters as packed strings write them (stringLiteral).
 */
const literal = (value: string) =>
  stringLiteral(value).replace(
    /[\u2028\u2029\ufeff]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16)}`,
  );

/** `code` (a module with no imports, such as a bundle) with its strings' repeated parts once. */
export function withHoistedFragments(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const found = segments(ast);
  let searched = "";
  for (const segment of found) {
    segment.offset = searched.length;
    searched += segment.value;
  }
  const ends = new Int32Array(searched.length);
  for (const segment of found) {
    ends.fill(
      segment.offset + segment.value.length,
      segment.offset,
      segment.offset + segment.value.length,
    );
  }
  const weights = unitWeights(searched);
  for (const segment of found) {
    // Raw text is written as it is: a backslash or a backtick is one byte, not escaped.
    if (!segment.raw) continue;
    for (let i = segment.offset; i < segment.offset + segment.value.length; i++) {
      if (searched.charCodeAt(i) < 0x80) weights[i] = 1;
    }
  }
  const cuts = cutsAllowed(searched, found);
  let fragments = chooseFragments(searched, ends, weights, cuts, freeNames(code));
  // Each segment's text with the fragments it holds, where that is shorter than it was; then the
  // fragments that no longer pay for their declaration left out, until every one does.
  while (true) {
    const byPosition = new Map<number, Fragment>();
    for (const fragment of fragments) {
      for (const position of fragment.uses) byPosition.set(position, fragment);
    }
    const values = new Map(fragments.map((fragment) => [fragment.name, fragment.value]));
    const written: [Segment, string][] = [];
    const savedBy = new Map<Fragment, number>();
    for (const segment of found) {
      const end = segment.offset + segment.value.length;
      const asWritten = segment.raw ? (text: string) => text : templateText;
      let text = "";
      let piece = segment.offset;
      const used: Fragment[] = [];
      for (let i = segment.offset; i < end; i++) {
        const fragment = byPosition.get(i);
        if (fragment === undefined) continue;
        text += `${asWritten(searched.slice(piece, i))}\${${fragment.name}}`;
        used.push(fragment);
        i += fragment.value.length - 1;
        piece = i + 1;
      }
      // After a line break a template could read as tagged by what ends the line before it.
      if (used.length === 0 || (!segment.template && afterLineBreak(code, segment.node.start))) {
        continue;
      }
      text += asWritten(searched.slice(piece, end));
      const whole = !segment.template && used.length === 1 &&
        used[0].value.length === segment.value.length;
      if (whole) text = inPlaceOf(code, segment.node, used[0].name);
      else if (!segment.template) text = `\`${text}\``;
      const before = utf8Length(code.slice(segment.node.start, segment.node.end));
      const saved = before - utf8Length(text);
      if (saved <= 0) continue;
      const check = whole
        ? text.trim()
        : segment.template
        ? `${segment.raw ? "String.raw" : ""}\`${text}\``
        : text;
      if (valueWritten(check, values, segment.raw) !== segment.value) {
        throw new Error(
          `hoisted fragments: ${JSON.stringify(segment.value)} would read as ${check}`,
        );
      }
      written.push([segment, text]);
      for (const fragment of used) {
        savedBy.set(fragment, (savedBy.get(fragment) ?? 0) + saved / used.length);
      }
    }
    const paying = fragments.filter((fragment) =>
      (savedBy.get(fragment) ?? 0) >
        declared(fragment.name.length, utf8Length(literal(fragment.value)) - 2)
    );
    if (paying.length < fragments.length) {
      fragments = paying;
      continue;
    }
    if (fragments.length === 0) return code;
    const out = withDeclarationsFirst(
      code,
      fragments.map((fragment) => `${fragment.name}=${literal(fragment.value)}`),
      written.map(([segment, text]) => [segment.node, text]),
    );
    // `var …;` itself may cost more than a single fragment saves.
    return utf8Length(out) < utf8Length(code) ? out : code;
  }
}

/**
 * `code` followed by the value of each of its template literals (a `String.raw` template's raw
 * text), with the names declared with a string at the module's top level (as withHoistedFragments
 * writes them) as their values and anything else it inserts as `${…}`, each as a string literal
 * on a line of its own: the text to search for a string of the bundle, whether or not its parts
 * are written once.
 */
export function withFragmentsShown(code: string): string {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const values = new Map<string, string>();
  for (const statement of ast.body as Node[]) {
    if (statement.type !== "VariableDeclaration") continue;
    for (const declarator of statement.declarations as Node[]) {
      const init = declarator.init as Node | null;
      const id = declarator.id as Node;
      if (init?.type === "Literal" && typeof init.value === "string" && id.type === "Identifier") {
        values.set(id.name as string, init.value);
      }
    }
  }
  const shown: string[] = [];
  const tags = rawTags(ast);
  forEachNode(ast, (node, parent) => {
    if (node.type === "TemplateLiteral" && (node.expressions as Node[]).length > 0) {
      const raw = parent?.type === "TaggedTemplateExpression" && parent.quasi === node &&
        taggedRaw(parent, tags);
      const value = valueOf(node, values, "${\u2026}", raw);
      if (value !== undefined) shown.push(JSON.stringify(value));
    }
  });
  return [code, ...shown].join("\n");
}
