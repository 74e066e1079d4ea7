/**
 * A product, an order item, a company or an employer named after a person (`"product_name":"Paul
 * Smith Wool Scarf"`, `item: "Michael Kors Tote"`, `company_name=Edward Jones`) is a thing's
 * name, not personal data: kept under those keys in the syntaxes logs write them in (not in a
 * SQL INSERT's values, away from their column's name). The same words under a person's key, or
 * in prose about a person, are still masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0xb4a4d);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const GIVEN = ["Michael", "Paul", "Ralph", "Edward", "Carolina", "Kenneth"];
const FAMILY = ["Kors", "Smith", "Lauren", "Jones", "Herrera", "Cole"];
const GOODS = ["Wool Scarf", "Leather Tote", "Oxford Shirt", "Card Wallet", ""];
const KEYS = [
  "product_name",
  "productName",
  "product",
  "item",
  "line_item",
  "company",
  "company_name",
  "employer",
];
const SYNTAXES: ((k: string, v: string) => string)[] = [
  (k, v) => `{"order_id":"o-17","${k}":"${v}","qty":2}`,
  (k, v) => `{\n  "${k}": "${v}",\n  "qty": 2\n}`,
  (k, v) => `cart.add ${k}="${v}" qty=2`,
  (k, v) => `<Line><${k}>${v}</${k}></Line>`,
  (k, v) => `Line(${k}=${v}, qty=2)`,
];
const things = Array.from(
  { length: 30 },
  () => `${pick(GIVEN)} ${pick(FAMILY)} ${pick(GOODS)}`.trim(),
);

Deno.test("a thing named after a person under a product, item, company or employer key stays", () => {
  const lines = things.map((thing, i) => SYNTAXES[i % SYNTAXES.length](pick(KEYS), thing));
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});

Deno.test("the same name under a person's key or in prose is still masked", () => {
  const people = things.map((t) => t.split(" ").slice(0, 2).join(" "));
  const cases = people.flatMap((name) => [
    [`{"customer_name":"${name}","qty":2}`, name],
    [`ticket reopened by ${name} after the refund`, name],
    [`{"product_owner":"${name}","item_count":3}`, name],
  ]);
  deepStrictEqual(cases.filter(([line, v]) => scrubber.scrub(line).text.includes(v)), []);
});

Deno.test("a thing's name after a join spaced on both sides stays (TOML, INI, .NET objects)", () => {
  const spaced: ((k: string, v: string) => string)[] = [
    (k, v) => `[invoice]\n${k} = "${v}"\ncurrency = "EUR"`,
    (k, v) => `{ ${k[0].toUpperCase()}${k.slice(1)} = ${v}, Qty = 2 }`,
    (k, v) => `${k} : ${v}`,
  ];
  const keys = ["vendor", "brand", "manufacturer", "product", "company"];
  const lines = things.map((thing, i) => spaced[i % spaced.length](keys[i % keys.length], thing));
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
