/**
 * The mutants of one TypeScript module: small, realistic bugs, each a single edit of the
 * source found on its syntax tree (so comments, types and imports are never touched).
 *
 * | operator            | edit                                                                     |
 * | ------------------- | ------------------------------------------------------------------------ |
 * | `equality`          | `===` ↔ `!==`, `==` ↔ `!=`                                               |
 * | `boundary`          | `<` → `<=`, `<=` → `<`, `>` → `>=`, `>=` → `>`                           |
 * | `logical`           | `&&` ↔ `\|\|`                                                            |
 * | `condition`         | an `if` or `?:` condition → `true` and → `false`; a loop's → `false`     |
 * | `negation`          | `!x` → `x`                                                               |
 * | `boolean`           | `true` ↔ `false`                                                         |
 * | `arithmetic`        | `+` ↔ `-` (not beside a string), `*` ↔ `/`, `%` → `*`, `+=` ↔ `-=`       |
 * | `update`            | `++` ↔ `--`                                                              |
 * | `number`            | an integer literal up to 100 → ±1 (weights, lengths, check digits)       |
 * | `string`            | a string with no whitespace → `""` (prose, i.e. message wording, is kept) |
 * | `statement`         | a call, assignment or update statement, `break` or `continue` → removed  |
 * | `method`            | `min` ↔ `max`, `startsWith` ↔ `endsWith`, `some` ↔ `every`, case swaps   |
 * | `bypass`            | a defence skipped: `escape…(x)`, `clean…(x)`, `sanitize…(x)`, `redact…(x)` → `x`, `….scrub(x).text` → `x` |
 * | `regex-*`           | see ./regex_mutants.ts                                                   |
 *
 * Not mutated: types, imports and exports, `console` calls, template literal text, property
 * names, and the strings of word lists and wording tables (array or object literals of 8 or
 * more items: labels, acronyms, status words).
 *
 * Literal tables (an array of 4 or more items, or an object of 8 or more, every item a number,
 * string or boolean literal, or a table of those: weight tables, letter tables, lengths by
 * country) are collapsed to one representative: only their first literal is mutated. A table
 * is read by one loop, so its first item stands for how the loop reads it, and the ±1 mutants
 * of every other weight cost a test run each for what the generated valid numbers of each rule
 * already pin; `collapseTables: false` (--data) mutates every item. With `codeOnly`, only code inside
 * functions is mutated: the detector families are data (ids, descriptions, patterns,
 * keywords, examples, each detector checked against its own examples) around small
 * validation functions, and only those functions are mutated by default.
 */
import ts from "npm:typescript@5.9.3";
import { regexMutants } from "./regex_mutants.ts";

export interface Mutant {
  /** Stable identity: file, position, operator and replacement. */
  id: string;
  /** Path relative to the repository root, with `/`. */
  file: string;
  line: number;
  column: number;
  start: number;
  end: number;
  original: string;
  replacement: string;
  operator: string;
  /** Lines [from, to] of the head of the innermost enclosing function (0 at top level). */
  scope: { from: number; to: number };
}

export interface GenerateOptions {
  /** Mutate only code inside function bodies (for modules that are mostly data). */
  codeOnly?: boolean;
  /** Mutate only the first literal of each literal table (default true). */
  collapseTables?: boolean;
  /** Filled in: the literal tables collapsed and the mutants of their other items left out. */
  collapsed?: { tables: number; mutants: number };
}

/** Integer literals above this are sizes and time budgets, not boundaries a test can pin. */
const MAX_MUTATED_NUMBER = 100;
/** Arrays with this many items or more are word lists; their strings are not emptied. */
const WORD_LIST_ITEMS = 8;
/** Literal tables: arrays of this many literals or more, objects of WORD_LIST_ITEMS or more. */
const TABLE_ITEMS = 4;

const METHOD_SWAPS: Record<string, string> = {
  min: "max",
  max: "min",
  startsWith: "endsWith",
  endsWith: "startsWith",
  some: "every",
  every: "some",
  toLowerCase: "toUpperCase",
  toUpperCase: "toLowerCase",
};

/** Calls that make untrusted text safe; the bug is to forget one (`scrub` only as `.scrub(x).text`). */
const SANITIZER = /^(?:escape|clean|sanitize|redact)(?![a-z])/;

const BINARY_SWAPS: Partial<Record<ts.SyntaxKind, [string, string][]>> = {
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: [["equality", "!=="]],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: [["equality", "==="]],
  [ts.SyntaxKind.EqualsEqualsToken]: [["equality", "!="]],
  [ts.SyntaxKind.ExclamationEqualsToken]: [["equality", "=="]],
  [ts.SyntaxKind.LessThanToken]: [["boundary", "<="]],
  [ts.SyntaxKind.LessThanEqualsToken]: [["boundary", "<"]],
  [ts.SyntaxKind.GreaterThanToken]: [["boundary", ">="]],
  [ts.SyntaxKind.GreaterThanEqualsToken]: [["boundary", ">"]],
  [ts.SyntaxKind.AmpersandAmpersandToken]: [["logical", "||"]],
  [ts.SyntaxKind.BarBarToken]: [["logical", "&&"]],
  [ts.SyntaxKind.AsteriskToken]: [["arithmetic", "/"]],
  [ts.SyntaxKind.SlashToken]: [["arithmetic", "*"]],
  [ts.SyntaxKind.PercentToken]: [["arithmetic", "*"]],
};

/** Every mutant of `source` (the text of `file`) that still parses. */
export function generateMutants(
  file: string,
  source: string,
  options: GenerateOptions = {},
): Mutant[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Mutant[] = [];
  const seen = new Set<string>();
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  // Literal tables: the start of each one's representative, and every table's span.
  const tables = options.collapseTables === false ? [] : literalTables(sf);
  const representatives = new Set(tables.map((t) => t.first));
  const collapsedTables = new Set<number>();
  let collapsedMutants = 0;
  const inTable = (start: number) =>
    tables.find((t) => start >= t.start && start < t.end && !representatives.has(start));

  const add = (
    operator: string,
    start: number,
    end: number,
    replacement: string,
    scope: Mutant["scope"],
  ) => {
    const original = source.slice(start, end);
    if (original === replacement) return;
    const key = `${start}:${end}:${replacement}`;
    if (seen.has(key)) return;
    seen.add(key);
    const table = inTable(start);
    if (table) {
      collapsedTables.add(table.start);
      collapsedMutants++;
      return;
    }
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    found.push({
      id: `${file}:${line + 1}:${character + 1}:${operator}:${original}=>${replacement}`,
      file,
      line: line + 1,
      column: character + 1,
      start,
      end,
      original,
      replacement,
      operator,
      scope,
    });
  };

  const visit = (node: ts.Node, scope: Mutant["scope"] | null) => {
    if (skipSubtree(node)) return;
    if (isFunctionLike(node)) {
      const head = node.body ? node.body.getStart(sf) : node.getEnd();
      scope = { from: lineOf(node.getStart(sf)), to: lineOf(head) };
    }
    if (scope || !options.codeOnly) mutateNode(node, scope ?? { from: 0, to: 0 }, sf, add);
    ts.forEachChild(node, (child) => visit(child, scope));
  };
  visit(sf, null);
  if (options.collapsed) {
    options.collapsed.tables += collapsedTables.size;
    options.collapsed.mutants += collapsedMutants;
  }

  return found.filter((m) =>
    parses(file, source.slice(0, m.start) + m.replacement + source.slice(m.end))
  )
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

type FunctionLike =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.ConstructorDeclaration;

function isFunctionLike(node: ts.Node): node is FunctionLike {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) ||
    ts.isSetAccessor(node) || ts.isConstructorDeclaration(node);
}

function skipSubtree(node: ts.Node): boolean {
  if (
    ts.isImportDeclaration(node) || ts.isExportDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) ||
    ts.isModuleDeclaration(node) || ts.isTypeNode(node) || ts.isDecorator(node) ||
    ts.isHeritageClause(node)
  ) {
    return true;
  }
  if (ts.isFunctionDeclaration(node) && !node.body) return true; // an overload signature
  return isConsoleCall(node) || (ts.isExpressionStatement(node) && isConsoleCall(node.expression));
}

function isConsoleCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) &&
    callee.expression.text === "console";
}

type Add = (
  operator: string,
  start: number,
  end: number,
  replacement: string,
  scope: Mutant["scope"],
) => void;

function mutateNode(node: ts.Node, scope: Mutant["scope"], sf: ts.SourceFile, add: Add) {
  const start = () => node.getStart(sf);
  const end = () => node.getEnd();

  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken;
    const at = op.getStart(sf), to = op.getEnd();
    for (const [operator, replacement] of BINARY_SWAPS[op.kind] ?? []) {
      add(operator, at, to, replacement, scope);
    }
    const besideString = isStringy(node.left) || isStringy(node.right);
    if (op.kind === ts.SyntaxKind.PlusToken && !besideString) add("arithmetic", at, to, "-", scope);
    if (op.kind === ts.SyntaxKind.MinusToken) add("arithmetic", at, to, "+", scope);
    if (op.kind === ts.SyntaxKind.PlusEqualsToken && !besideString) {
      add("arithmetic", at, to, "-=", scope);
    }
    if (op.kind === ts.SyntaxKind.MinusEqualsToken) add("arithmetic", at, to, "+=", scope);
    return;
  }
  if (ts.isIfStatement(node) || ts.isConditionalExpression(node)) {
    const cond = ts.isIfStatement(node) ? node.expression : node.condition;
    if (!isBooleanLiteral(cond)) {
      add("condition", cond.getStart(sf), cond.getEnd(), "true", scope);
      add("condition", cond.getStart(sf), cond.getEnd(), "false", scope);
    }
    return;
  }
  if (ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node)) {
    const cond = ts.isForStatement(node) ? node.condition : node.expression;
    if (cond && !isBooleanLiteral(cond)) {
      add("condition", cond.getStart(sf), cond.getEnd(), "false", scope);
    }
    return;
  }
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
    const operator = node.operator;
    if (ts.isPrefixUnaryExpression(node) && operator === ts.SyntaxKind.ExclamationToken) {
      add("negation", start(), start() + 1, "", scope);
    }
    if (operator === ts.SyntaxKind.PlusPlusToken || operator === ts.SyntaxKind.MinusMinusToken) {
      const at = ts.isPrefixUnaryExpression(node) ? start() : node.operand.getEnd();
      add("update", at, at + 2, operator === ts.SyntaxKind.PlusPlusToken ? "--" : "++", scope);
    }
    return;
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) add("boolean", start(), end(), "false", scope);
  if (node.kind === ts.SyntaxKind.FalseKeyword) add("boolean", start(), end(), "true", scope);
  if (ts.isNumericLiteral(node) && !isPropertyName(node)) {
    const value = Number(node.text);
    if (Number.isInteger(value) && value <= MAX_MUTATED_NUMBER) {
      add("number", start(), end(), String(value + 1), scope);
      if (value > 0) add("number", start(), end(), String(value - 1), scope);
    }
    return;
  }
  if (ts.isStringLiteral(node)) {
    if (
      node.text !== "" && !/\s/.test(node.text) && !isPropertyName(node) &&
      !isWordListItem(node) && !ts.isLiteralTypeNode(node.parent)
    ) {
      add("string", start(), end(), '""', scope);
    }
    return;
  }
  if (ts.isRegularExpressionLiteral(node)) {
    const text = node.text;
    const slash = text.lastIndexOf("/");
    const body = text.slice(1, slash), flags = text.slice(slash + 1);
    for (const m of regexMutants(body, flags)) {
      add(m.operator, start(), end(), `/${m.source}/${m.flags}`, scope);
    }
    return;
  }
  if (ts.isExpressionStatement(node) && isSideEffect(node.expression)) {
    add("statement", start(), end(), "{}", scope);
    return;
  }
  if (ts.isBreakStatement(node) || ts.isContinueStatement(node)) {
    add("statement", start(), end(), "{}", scope);
    return;
  }
  if (ts.isCallExpression(node) && node.arguments.length > 0) {
    const callee = node.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : "";
    const text = `(${node.arguments[0].getText(sf)})`;
    const parent = node.parent;
    if (
      name === "scrub" && ts.isPropertyAccessExpression(parent) && parent.expression === node &&
      parent.name.text === "text"
    ) {
      add("bypass", parent.getStart(sf), parent.getEnd(), text, scope);
    } else if (SANITIZER.test(name)) {
      add("bypass", start(), end(), text, scope);
    }
  }
  if (ts.isPropertyAccessExpression(node) && ts.isCallExpression(node.parent)) {
    const swap = METHOD_SWAPS[node.name.text];
    if (swap && node.parent.expression === node) {
      add("method", node.name.getStart(sf), node.name.getEnd(), swap, scope);
    }
  }
}

interface LiteralTable {
  start: number;
  end: number;
  /** Where its first literal starts: the one item mutated. */
  first: number;
}

/** The outermost literal tables of `sf` (see the module comment). */
function literalTables(sf: ts.SourceFile): LiteralTable[] {
  const out: LiteralTable[] = [];
  const visit = (node: ts.Node) => {
    if (isLiteralTable(node)) {
      const first = firstLiteral(node);
      if (first) {
        out.push({ start: node.getStart(sf), end: node.getEnd(), first: first.getStart(sf) });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function isLiteralTable(node: ts.Node): boolean {
  if (ts.isArrayLiteralExpression(node)) {
    return node.elements.length >= TABLE_ITEMS && node.elements.every(isLiteralItem);
  }
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.length >= WORD_LIST_ITEMS &&
      node.properties.every((p) => ts.isPropertyAssignment(p) && isLiteralItem(p.initializer));
  }
  return false;
}

/** A literal, a negative number, or an array or object of them. */
function isLiteralItem(node: ts.Node): boolean {
  if (
    ts.isNumericLiteral(node) || ts.isStringLiteral(node) || isBooleanLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node)
  ) return true;
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteralItem);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) => ts.isPropertyAssignment(p) && isLiteralItem(p.initializer));
  }
  return false;
}

/** The first literal value inside a table (property names are not values). */
function firstLiteral(node: ts.Node): ts.Node | undefined {
  if (ts.isArrayLiteralExpression(node)) {
    for (const e of node.elements) {
      const f = firstLiteral(e);
      if (f) return f;
    }
    return undefined;
  }
  if (ts.isObjectLiteralExpression(node)) {
    for (const p of node.properties) {
      const f = ts.isPropertyAssignment(p) ? firstLiteral(p.initializer) : undefined;
      if (f) return f;
    }
    return undefined;
  }
  return ts.isPrefixUnaryExpression(node) ? node.operand : node;
}

function isBooleanLiteral(node: ts.Node): boolean {
  return node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword;
}

function isStringy(node: ts.Node): boolean {
  return ts.isStringLiteral(node) || ts.isTemplateExpression(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      (isStringy(node.left) || isStringy(node.right)));
}

function isPropertyName(node: ts.Node): boolean {
  const p = node.parent;
  return (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) ||
    ts.isPropertySignature(p) || ts.isEnumMember(p) || ts.isGetAccessor(p)) &&
    p.name === node;
}

/**
 * A string in a word list or wording table: inside an array or object literal of 8 or more items
 * (directly, or in an item of one: `{ api: "API", … }`, `[["in-context", "in context"], …]`).
 */
function isWordListItem(node: ts.Node): boolean {
  for (let p = node.parent, depth = 0; p && depth < 3; p = p.parent, depth++) {
    if (ts.isArrayLiteralExpression(p) && p.elements.length >= WORD_LIST_ITEMS) return true;
    if (ts.isObjectLiteralExpression(p) && p.properties.length >= WORD_LIST_ITEMS) return true;
    if (
      !ts.isArrayLiteralExpression(p) && !ts.isObjectLiteralExpression(p) &&
      !ts.isPropertyAssignment(p)
    ) {
      return false;
    }
  }
  return false;
}

function isSideEffect(expr: ts.Expression): boolean {
  if (ts.isAwaitExpression(expr)) return isSideEffect(expr.expression);
  if (ts.isCallExpression(expr) || ts.isDeleteExpression(expr)) return true;
  if (ts.isPrefixUnaryExpression(expr) || ts.isPostfixUnaryExpression(expr)) return true;
  return ts.isBinaryExpression(expr) &&
    expr.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    expr.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

function parses(file: string, text: string): boolean {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  // parseDiagnostics is not in the public typings, but it is where syntax errors land.
  const diagnostics = (sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics;
  return (diagnostics?.length ?? 0) === 0;
}
