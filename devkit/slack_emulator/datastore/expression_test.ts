import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import { compileExpression, ExpressionError, type Item } from "./expression.ts";

const items: Item[] = [
  { id: "a", service: "checkout", level: 5, tags: ["prod", "eu"], note: "timeout at db" },
  { id: "b", service: "checkout", level: 1, tags: ["staging"] },
  { id: "c", service: "billing", level: 3, tags: ["prod"], note: "ok" },
  { id: "d", service: "billing-v2", level: 9, active: true },
];

function matching(
  expression: string,
  attributes: Record<string, string>,
  values: Record<string, string | number | boolean>,
): string[] {
  const predicate = compileExpression(expression, attributes, values);
  return items.filter(predicate).map((item) => item.id as string);
}

Deno.test("AND binds tighter than OR", () => {
  const attributes = { "#s": "service", "#l": "level" };
  const values = { ":billing": "billing", ":checkout": "checkout", ":min": 4 };
  // billing OR (checkout AND level > 4)
  deepStrictEqual(
    matching("#s = :billing OR #s = :checkout AND #l > :min", attributes, values),
    ["a", "c"],
  );
  // (billing OR checkout) AND level > 4
  deepStrictEqual(
    matching("(#s = :billing OR #s = :checkout) AND #l > :min", attributes, values),
    ["a"],
  );
});

Deno.test("NOT binds tighter than AND, keywords are case-insensitive", () => {
  const attributes = { "#s": "service", "#l": "level" };
  const values = { ":c": "checkout", ":min": 2 };
  deepStrictEqual(matching("not #s = :c and #l > :min", attributes, values), ["c", "d"]);
  deepStrictEqual(matching("NOT (#s = :c AND #l > :min)", attributes, values), ["b", "c", "d"]);
});

Deno.test("comparison operators on numbers and strings", () => {
  const a = { "#l": "level" };
  deepStrictEqual(matching("#l <> :v", a, { ":v": 5 }), ["b", "c", "d"]);
  deepStrictEqual(matching("#l < :v", a, { ":v": 3 }), ["b"]);
  deepStrictEqual(matching("#l <= :v", a, { ":v": 3 }), ["b", "c"]);
  deepStrictEqual(matching("#l >= :v", a, { ":v": 5 }), ["a", "d"]);
  deepStrictEqual(matching("#s > :v", { "#s": "service" }, { ":v": "billing" }), [
    "a",
    "b",
    "d",
  ]);
});

Deno.test("BETWEEN is inclusive and IN matches any operand", () => {
  deepStrictEqual(
    matching("#l BETWEEN :lo AND :hi", { "#l": "level" }, { ":lo": 3, ":hi": 5 }),
    ["a", "c"],
  );
  deepStrictEqual(
    matching("#l IN (:x, :y)", { "#l": "level" }, { ":x": 1, ":y": 9 }),
    ["b", "d"],
  );
});

Deno.test("begins_with, contains on strings and lists, attribute_exists/not_exists", () => {
  deepStrictEqual(matching("begins_with(#s, :p)", { "#s": "service" }, { ":p": "bill" }), [
    "c",
    "d",
  ]);
  deepStrictEqual(matching("contains(#n, :w)", { "#n": "note" }, { ":w": "db" }), ["a"]);
  deepStrictEqual(matching("contains(#t, :tag)", { "#t": "tags" }, { ":tag": "prod" }), [
    "a",
    "c",
  ]);
  deepStrictEqual(matching("attribute_exists(#n)", { "#n": "note" }, {}), ["a", "c"]);
  deepStrictEqual(matching("attribute_not_exists(#n)", { "#n": "note" }, {}), ["b", "d"]);
});

Deno.test("missing attributes and type mismatches: only <> matches", () => {
  deepStrictEqual(matching("#n = :v", { "#n": "note" }, { ":v": "ok" }), ["c"]);
  deepStrictEqual(matching("#n <> :v", { "#n": "note" }, { ":v": "ok" }), ["a", "b", "d"]);
  deepStrictEqual(matching("#l > :v", { "#l": "level" }, { ":v": "1" }), []);
  deepStrictEqual(matching("#x = :t", { "#x": "active" }, { ":t": true }), ["d"]);
});

Deno.test("an attribute named like an Object.prototype member is not found on items", () => {
  deepStrictEqual(matching("attribute_exists(#c)", { "#c": "constructor" }, {}), []);
});

Deno.test("malformed expressions are rejected with a reason", () => {
  const cases: [
    string,
    Record<string, string>,
    Record<string, string | number | boolean>,
    RegExp,
  ][] = [
    ["#s = ", { "#s": "service" }, {}, /expected #name or :value at the end/],
    ["#s = :v)", { "#s": "service" }, { ":v": "x" }, /unexpected '\)'/],
    ["(#s = :v", { "#s": "service" }, { ":v": "x" }, /expected '\)'/],
    ["#s = :v", {}, { ":v": "x" }, /#s is used but not defined in expression_attributes/],
    ["#s = :v", { "#s": "service" }, {}, /:v is used but not defined in expression_values/],
    [
      "#s = :v",
      { "#s": "service", "#unused": "x" },
      { ":v": "x" },
      /#unused is defined but not used/,
    ],
    ["service = :v", {}, { ":v": "x" }, /unknown function or bare attribute 'service'/],
    ["#s = :v", { "#s": "service" }, { ":v": true, ":w": 1 }, /:w is defined but not used/],
    ["#a < :t", { "#a": "active" }, { ":t": true }, /cannot compare the boolean :t/],
    ["#l BETWEEN :hi AND :lo", { "#l": "level" }, { ":lo": 1, ":hi": 5 }, /needs :hi <= :lo/],
    ["begins_with(#l, :n)", { "#l": "level" }, { ":n": 1 }, /begins_with needs a string/],
    ["#s == :v", { "#s": "service" }, { ":v": "x" }, /expected #name or :value/],
    ["#s = :v; drop", { "#s": "service" }, { ":v": "x" }, /unexpected character ';'/],
    ["", {}, {}, /expression is empty/],
    [
      "size(#s) > :v",
      { "#s": "service" },
      { ":v": 1 },
      /unknown function or bare attribute 'size'/,
    ],
  ];
  for (const [expression, attributes, values, reason] of cases) {
    throws(() => compileExpression(expression, attributes, values), (error: unknown) => {
      ok(error instanceof ExpressionError, `${expression}: ${error}`);
      ok(reason.test((error as Error).message), `${expression}: got '${(error as Error).message}'`);
      return true;
    });
  }
});

Deno.test("nesting and length are bounded", () => {
  const deep = "(".repeat(40) + "#s = :v" + ")".repeat(40);
  throws(() => compileExpression(deep, { "#s": "s" }, { ":v": 1 }), /nests deeper than 32/);
  const notChain = "NOT ".repeat(40) + "#s = :v";
  throws(() => compileExpression(notChain, { "#s": "s" }, { ":v": 1 }), /nests deeper than 32/);
  const long = "#s = :v OR ".repeat(400) + "#s = :v";
  throws(() => compileExpression(long, { "#s": "s" }, { ":v": 1 }), /longer than 4096/);
  const nested = "(".repeat(30) + "#s = :v" + ")".repeat(30);
  strictEqual(compileExpression(nested, { "#s": "s" }, { ":v": 1 })({ s: 1 }), true);
});
