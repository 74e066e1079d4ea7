// The datastore query language: a DynamoDB-style filter expression with `#name` and `:value`
// placeholders. A tokenizer and a recursive-descent parser with DynamoDB's precedence
// (comparisons, IN, BETWEEN, functions, parentheses, then NOT, AND, OR), compiled against the
// call's expression_attributes / expression_values into a predicate over items.

export type Item = Record<string, unknown>;
export type Predicate = (item: Item) => boolean;

/** A query the datastore rejects; `message` is safe to return to the caller. */
export class ExpressionError extends Error {}

const MAX_EXPRESSION_LENGTH = 4096;
const MAX_NESTING = 32;
const MAX_IN_OPERANDS = 100;
const COMPARATORS = ["<>", "<=", ">=", "=", "<", ">"] as const;
type Comparator = typeof COMPARATORS[number];

type Token =
  | { kind: "name" | "value" | "word"; text: string; at: number }
  | { kind: "punct"; text: "(" | ")" | ","; at: number }
  | { kind: "comparator"; text: Comparator; at: number };

type Operand = { kind: "name" | "value"; placeholder: string };
type Condition =
  | { kind: "and" | "or"; left: Condition; right: Condition }
  | { kind: "not"; inner: Condition }
  | { kind: "compare"; op: Comparator; left: Operand; right: Operand }
  | { kind: "between"; subject: Operand; low: Operand; high: Operand }
  | { kind: "in"; subject: Operand; options: Operand[] }
  | { kind: "exists" | "not_exists"; path: Operand }
  | { kind: "begins_with" | "contains"; path: Operand; operand: Operand };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const ch = expression[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ kind: "punct", text: ch, at: i });
      i++;
      continue;
    }
    const comparator = COMPARATORS.find((c) => expression.startsWith(c, i));
    if (comparator) {
      tokens.push({ kind: "comparator", text: comparator, at: i });
      i += comparator.length;
      continue;
    }
    const match = /^([#:]?)([A-Za-z0-9_]+)/.exec(expression.slice(i, i + 256));
    if (!match) {
      throw new ExpressionError(`unexpected character '${ch}' at position ${i}`);
    }
    const kind = match[1] === "#" ? "name" : match[1] === ":" ? "value" : "word";
    tokens.push({ kind, text: match[0], at: i });
    i += match[0].length;
  }
  return tokens;
}

class Parser {
  private position = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Condition {
    const condition = this.parseOr();
    const rest = this.peek();
    if (rest) throw new ExpressionError(`unexpected '${rest.text}' at position ${rest.at}`);
    return condition;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token?.kind === "word" && token.text.toUpperCase() === word;
  }

  private expectPunct(text: "(" | ")" | ","): void {
    const token = this.peek();
    if (token?.kind !== "punct" || token.text !== text) {
      throw new ExpressionError(`expected '${text}' ${this.where()}`);
    }
    this.position++;
  }

  private where(): string {
    const token = this.peek();
    return token ? `at position ${token.at}` : "at the end of the expression";
  }

  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_NESTING) {
      throw new ExpressionError(`expression nests deeper than ${MAX_NESTING} levels`);
    }
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private parseOr(): Condition {
    let left = this.parseAnd();
    while (this.isWord("OR")) {
      this.position++;
      left = { kind: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Condition {
    let left = this.parseNot();
    while (this.isWord("AND")) {
      this.position++;
      left = { kind: "and", left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Condition {
    if (this.isWord("NOT")) {
      this.position++;
      return this.nested(() => ({ kind: "not", inner: this.parseNot() }));
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Condition {
    const token = this.peek();
    if (token?.kind === "punct" && token.text === "(") {
      this.position++;
      const inner = this.nested(() => this.parseOr());
      this.expectPunct(")");
      return inner;
    }
    if (token?.kind === "word") return this.parseFunction(token.text);
    const subject = this.parseOperand();
    const next = this.peek();
    if (next?.kind === "comparator") {
      this.position++;
      return { kind: "compare", op: next.text, left: subject, right: this.parseOperand() };
    }
    if (this.isWord("BETWEEN")) {
      this.position++;
      const low = this.parseOperand();
      if (!this.isWord("AND")) throw new ExpressionError(`BETWEEN needs AND ${this.where()}`);
      this.position++;
      return { kind: "between", subject, low, high: this.parseOperand() };
    }
    if (this.isWord("IN")) {
      this.position++;
      this.expectPunct("(");
      const options = [this.parseOperand()];
      while (this.peek()?.text === ",") {
        this.position++;
        if (options.length >= MAX_IN_OPERANDS) {
          throw new ExpressionError(`IN takes at most ${MAX_IN_OPERANDS} operands`);
        }
        options.push(this.parseOperand());
      }
      this.expectPunct(")");
      return { kind: "in", subject, options };
    }
    throw new ExpressionError(`expected a comparison, BETWEEN or IN ${this.where()}`);
  }

  private parseFunction(name: string): Condition {
    const fn = name.toLowerCase();
    if (!["attribute_exists", "attribute_not_exists", "begins_with", "contains"].includes(fn)) {
      throw new ExpressionError(
        `unknown function or bare attribute '${name}'; name attributes with #placeholders ` +
          "in expression_attributes",
      );
    }
    this.position++;
    this.expectPunct("(");
    const path = this.parseOperand();
    if (path.kind !== "name") throw new ExpressionError(`${fn} needs an #attribute first`);
    if (fn === "attribute_exists" || fn === "attribute_not_exists") {
      this.expectPunct(")");
      return { kind: fn === "attribute_exists" ? "exists" : "not_exists", path };
    }
    this.expectPunct(",");
    const operand = this.parseOperand();
    this.expectPunct(")");
    return { kind: fn === "begins_with" ? "begins_with" : "contains", path, operand };
  }

  private parseOperand(): Operand {
    const token = this.peek();
    if (token?.kind === "name" || token?.kind === "value") {
      this.position++;
      return { kind: token.kind, placeholder: token.text };
    }
    throw new ExpressionError(
      token?.kind === "word"
        ? `bare word '${token.text}' at position ${token.at}: use #name and :value placeholders`
        : `expected #name or :value ${this.where()}`,
    );
  }
}

function operandsOf(condition: Condition): Operand[] {
  switch (condition.kind) {
    case "and":
    case "or":
      return [...operandsOf(condition.left), ...operandsOf(condition.right)];
    case "not":
      return operandsOf(condition.inner);
    case "compare":
      return [condition.left, condition.right];
    case "between":
      return [condition.subject, condition.low, condition.high];
    case "in":
      return [condition.subject, ...condition.options];
    case "exists":
    case "not_exists":
      return [condition.path];
    case "begins_with":
    case "contains":
      return [condition.path, condition.operand];
  }
}

type Scalar = string | number | boolean;

function sameType(a: unknown, b: unknown): boolean {
  return a !== undefined && b !== undefined && typeof a === typeof b &&
    Array.isArray(a) === Array.isArray(b);
}

function ordered(op: "<" | "<=" | ">" | ">=", a: unknown, b: unknown): boolean {
  if (!sameType(a, b) || (typeof a !== "string" && typeof a !== "number")) return false;
  const x = a as string | number;
  const y = b as string | number;
  if (op === "<") return x < y;
  if (op === "<=") return x <= y;
  if (op === ">") return x > y;
  return x >= y;
}

function equal(a: unknown, b: unknown): boolean {
  return sameType(a, b) && JSON.stringify(a) === JSON.stringify(b);
}

function evaluate(condition: Condition, resolve: (o: Operand) => unknown): boolean {
  switch (condition.kind) {
    case "and":
      return evaluate(condition.left, resolve) && evaluate(condition.right, resolve);
    case "or":
      return evaluate(condition.left, resolve) || evaluate(condition.right, resolve);
    case "not":
      return !evaluate(condition.inner, resolve);
    case "compare": {
      const left = resolve(condition.left);
      const right = resolve(condition.right);
      if (condition.op === "=") return equal(left, right);
      if (condition.op === "<>") return !equal(left, right);
      return ordered(condition.op, left, right);
    }
    case "between": {
      const subject = resolve(condition.subject);
      return ordered(">=", subject, resolve(condition.low)) &&
        ordered("<=", subject, resolve(condition.high));
    }
    case "in": {
      const subject = resolve(condition.subject);
      return condition.options.some((option) => equal(subject, resolve(option)));
    }
    case "exists":
      return resolve(condition.path) !== undefined;
    case "not_exists":
      return resolve(condition.path) === undefined;
    case "begins_with": {
      const value = resolve(condition.path);
      const prefix = resolve(condition.operand);
      return typeof value === "string" && typeof prefix === "string" && value.startsWith(prefix);
    }
    case "contains": {
      const value = resolve(condition.path);
      const needle = resolve(condition.operand);
      if (typeof value === "string") return typeof needle === "string" && value.includes(needle);
      return Array.isArray(value) && value.some((element) => equal(element, needle));
    }
  }
}

function checkValueTypes(condition: Condition, values: Record<string, Scalar>): void {
  const valueOf = (o: Operand) => o.kind === "value" ? values[o.placeholder] : undefined;
  const rejectBoolean = (o: Operand, operator: string) => {
    if (typeof valueOf(o) === "boolean") {
      throw new ExpressionError(`${operator} cannot compare the boolean ${o.placeholder}`);
    }
  };
  if (condition.kind === "compare" && !["=", "<>"].includes(condition.op)) {
    rejectBoolean(condition.left, condition.op);
    rejectBoolean(condition.right, condition.op);
  }
  if (condition.kind === "between") {
    [condition.subject, condition.low, condition.high].forEach((o) => rejectBoolean(o, "BETWEEN"));
    const low = valueOf(condition.low);
    const high = valueOf(condition.high);
    if (sameType(low, high) && ordered(">", low, high)) {
      throw new ExpressionError(
        `BETWEEN needs ${condition.low.placeholder} <= ${condition.high.placeholder}`,
      );
    }
  }
  if (condition.kind === "begins_with" && typeof valueOf(condition.operand) !== "string") {
    throw new ExpressionError(`begins_with needs a string, ${condition.operand.placeholder} isn't`);
  }
  if (condition.kind === "and" || condition.kind === "or") {
    checkValueTypes(condition.left, values);
    checkValueTypes(condition.right, values);
  }
  if (condition.kind === "not") checkValueTypes(condition.inner, values);
}

function checkPlaceholders(
  condition: Condition,
  attributes: Record<string, string>,
  values: Record<string, Scalar>,
): void {
  const used = operandsOf(condition);
  for (const operand of used) {
    const table = operand.kind === "name" ? attributes : values;
    if (!Object.hasOwn(table, operand.placeholder)) {
      const field = operand.kind === "name" ? "expression_attributes" : "expression_values";
      throw new ExpressionError(`${operand.placeholder} is used but not defined in ${field}`);
    }
  }
  const usedNames = new Set(used.map((o) => o.placeholder));
  for (const placeholder of [...Object.keys(attributes), ...Object.keys(values)]) {
    if (!usedNames.has(placeholder)) {
      throw new ExpressionError(`${placeholder} is defined but not used in the expression`);
    }
  }
}

/**
 * Parses `expression` and binds its placeholders. Throws ExpressionError for syntax errors,
 * undefined or unused placeholders, and operand types the operator does not accept.
 */
export function compileExpression(
  expression: string,
  attributes: Record<string, string>,
  values: Record<string, Scalar>,
): Predicate {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(`expression is longer than ${MAX_EXPRESSION_LENGTH} characters`);
  }
  const tokens = tokenize(expression);
  if (tokens.length === 0) throw new ExpressionError("expression is empty");
  const condition = new Parser(tokens).parse();
  checkPlaceholders(condition, attributes, values);
  checkValueTypes(condition, values);
  return (item) =>
    evaluate(condition, (o) => {
      if (o.kind === "value") return values[o.placeholder];
      const attribute = attributes[o.placeholder];
      return Object.hasOwn(item, attribute) ? item[attribute] : undefined;
    });
}
