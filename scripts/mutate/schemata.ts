/**
 * Mutant schemata: one copy of a module holding all its mutants, each switched on at run time by
 * its number, so that one test process can try mutant after mutant without reloading anything.
 *
 * Each mutant has a host: the expression or statement it edits (a binary expression for an
 * operator, the call for a method swap, the literal, the condition, the statement). The host
 * becomes `(__mut(7) ? <host with mutant 7's edit> : __mut(8) ? … : <host as it was>)`, or for a
 * statement `{if (__mut(9)) {} else {<statement>}}`. The mutated branches are the original text
 * with one edit (only one mutant is ever active); the last branch is instrumented recursively.
 *
 * `__mut(n)` is true when `globalThis.__MUTATION_ACTIVE__ === n` (and then sets
 * `__MUTATION_REACHED__`: the active mutant's code ran), and counts n's calls in
 * `globalThis.__MUTATION_TRACE__` when that is a Map (mutant → calls): which mutants a test
 * reaches, and how often. The active mutant's calls are counted in `__MUTATION_HITS__`: past
 * `__MUTATION_HIT_LIMIT__` (the host sets it from the trace's counts) the mutant has made a loop
 * run away, and `__mut` sets `__MUTATION_RUNAWAY__` and throws, instead of the test running
 * until its time limit.
 */
import ts from "npm:typescript@5.9.3";
import type { Mutant } from "./operators.ts";

export const ACTIVE = "__MUTATION_ACTIVE__";
export const TRACE = "__MUTATION_TRACE__";
export const REACHED = "__MUTATION_REACHED__";
export const HITS = "__MUTATION_HITS__";
export const HIT_LIMIT = "__MUTATION_HIT_LIMIT__";
export const RUNAWAY = "__MUTATION_RUNAWAY__";

const PRELUDE = `const __mut = (n) => { const g = globalThis; const t = g.${TRACE}; ` +
  `if (t) t.set(n, (t.get(n) ?? 0) + 1); ` +
  `if (g.${ACTIVE} !== n) return false; g.${REACHED} = true; ` +
  `if (++g.${HITS} > g.${HIT_LIMIT}) { g.${RUNAWAY} = true; ` +
  `throw new Error("mutant " + n + " ran its code more than " + g.${HIT_LIMIT} + " times"); } ` +
  `return true; };\n`;

export interface NumberedMutant {
  n: number;
  mutant: Mutant;
}

/**
 * `source` with mutant `m` applied as the instrumented copy applies it: its host expression,
 * edited, in parentheses (a statement host is only removed). So a fresh run judges the same
 * program as a test host: `a && b && c` with its first `&&` made `||` is `(a || b) && c` in
 * both, not the `a || (b && c)` a plain text edit would read.
 */
export function applyMutant(file: string, source: string, m: Mutant): string {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const host = hostOf(sf, m);
  const edit = source.slice(0, m.start) + m.replacement + source.slice(m.end);
  if (isStatementHost(host)) return edit;
  const start = host.getStart(sf);
  const end = host.end + m.replacement.length - (m.end - m.start);
  return edit.slice(0, start) + "(" + edit.slice(start, end) + ")" + edit.slice(end);
}

/** `source` with every mutant of `mutants` (all of this file) switchable by its number. */
export function instrument(
  file: string,
  source: string,
  mutants: readonly NumberedMutant[],
): string {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const hosted = new Map<ts.Node, NumberedMutant[]>();
  for (const m of mutants) {
    const host = hostOf(sf, m.mutant);
    hosted.set(host, [...(hosted.get(host) ?? []), m]);
  }

  const emit = (node: ts.Node): string => {
    const start = ts.isSourceFile(node) ? 0 : node.getStart(sf);
    const kids: ts.Node[] = [];
    ts.forEachChild(node, (k) => {
      kids.push(k);
    });
    kids.sort((a, b) => a.getStart(sf) - b.getStart(sf));
    let out = "";
    let pos = start;
    for (const k of kids) {
      const ks = k.getStart(sf);
      if (ks < pos || k.end > node.end) continue;
      out += source.slice(pos, ks) + emit(k);
      pos = k.end;
    }
    out += source.slice(pos, node.end);
    const here = hosted.get(node);
    if (!here) return out;
    const original = source.slice(start, node.end);
    const edited = (m: Mutant) =>
      original.slice(0, m.start - start) + m.replacement + original.slice(m.end - start);
    if (isStatementHost(node)) {
      // Only statement removal is hosted by a statement.
      const guard = here.map(({ n }) => `__mut(${n})`).join(" || ");
      return `{if (${guard}) {} else {${out}}}`;
    }
    let wrapped = `(${out})`;
    for (const { n, mutant } of here.toReversed()) {
      wrapped = `(__mut(${n}) ? (${edited(mutant)}) : ${wrapped})`;
    }
    return wrapped;
  };
  return PRELUDE + emit(sf);
}

function isStatementHost(node: ts.Node): boolean {
  return ts.isExpressionStatement(node) || ts.isBreakStatement(node) ||
    ts.isContinueStatement(node);
}

/** The node a mutant's edit is made in, as a whole expression or statement. */
function hostOf(sf: ts.SourceFile, m: Mutant): ts.Node {
  let node = deepest(sf, m.start, m.end);
  if (m.operator === "condition") {
    // The condition itself, whatever it is (a name, a call, a comparison).
    for (; !ts.isSourceFile(node); node = node.parent) {
      if (node.getStart(sf) === m.start && node.end === m.end) return node;
    }
  }
  for (; !ts.isSourceFile(node); node = node.parent) {
    if (m.operator === "statement") {
      if (isStatementHost(node) && node.getStart(sf) === m.start) return node;
      continue;
    }
    if (m.operator === "method") {
      if (ts.isCallExpression(node)) return node;
      continue;
    }
    if (wrappable(node)) return node;
  }
  throw new Error(`${m.file}:${m.line}:${m.column}: no expression to host ${m.operator}`);
}

/** The deepest node whose text contains [start, end). */
function deepest(sf: ts.SourceFile, start: number, end: number): ts.Node {
  let node: ts.Node = sf;
  for (;;) {
    let next: ts.Node | undefined;
    ts.forEachChild(node, (k) => {
      if (!next && k.getStart(sf) <= start && end <= k.end) next = k;
    });
    if (!next) return node;
    node = next;
  }
}

/** An expression that can stand in parentheses where it is: not a target of an assignment. */
function wrappable(node: ts.Node): boolean {
  if (!ts.isExpression(node) || ts.isIdentifier(node) || ts.isOmittedExpression(node)) return false;
  const p = node.parent;
  if (
    ts.isBinaryExpression(p) && p.left === node &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  ) return false;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && p.operand === node) {
    const op = p.operator;
    if (op === ts.SyntaxKind.PlusPlusToken || op === ts.SyntaxKind.MinusMinusToken) return false;
  }
  if (ts.isPropertyAccessExpression(p) && p.name === node) return false;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) && p.name === node) return false;
  if (ts.isForInStatement(p) || ts.isForOfStatement(p)) return p.initializer !== node;
  return true;
}
