/**
 * A provider's value named by the element that holds it or the setter given it, read back from
 * the value (./values_named_by.ts): the start tag's name (up to 101 characters), an attribute
 * `key=` / `name=` naming it (one blank at most on each side of `=`, any case, a name of up to
 * 100 characters), a start tag of up to 200 characters in all (MAX_TAG); a setter's or builder's
 * name before `(`. Past those bounds, or joined by anything else, the value is not named.
 * Generated: each bound at both sides, checked on both readings (valuesNamedAfterKeyWords and
 * valuesNamedBy), which must agree.
 */
import { deepStrictEqual } from "@node/assert";
import { caseless } from "../detectors/provider_shapes.ts";
import { valuesNamedAfterKeyWords, valuesNamedBy } from "./values_named_by.ts";

/** A provider detector's readings (as ../detectors/provider_shapes.ts builds them): Datadog's API key. */
const NAMES = "dd[_-]?api[_-]?key|datadog[a-z_-]{0,20}?key";
const nameAtEnd = new RegExp(`(?<![A-Za-z0-9])(?:${caseless(NAMES)})$`);
const value = new RegExp(`(?<![A-Za-z0-9_])(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])`, "gd");
const nameAnywhere = new RegExp(`(?:${caseless(NAMES)})`);

const V = "0f1e2d3c4b5a69780f1e2d3c4b5a6978";

/** Whether `line` names V as the key's value, by both readings (a problem when they differ). */
function named(line: string, problems: string[]): boolean {
  const at = line.indexOf(V);
  const want = [{ start: at, end: at + V.length }];
  const after = valuesNamedAfterKeyWords(line, nameAtEnd, value);
  const search = valuesNamedBy(line, nameAtEnd, value, nameAnywhere);
  if (JSON.stringify(after) !== JSON.stringify(search)) {
    problems.push(`readings differ on ${line}: ${JSON.stringify([after, search])}`);
  }
  if (search.length === 0) return false;
  if (JSON.stringify(search) !== JSON.stringify(want)) {
    problems.push(`${line}: ${JSON.stringify(search)}`);
  }
  return true;
}

function check(cases: [line: string, expected: boolean][]) {
  const problems: string[] = [];
  for (const [line, expected] of cases) {
    const got = named(line, problems);
    if (got !== expected) problems.push(`${expected ? "missed" : "named"}: ${line}`);
  }
  deepStrictEqual(problems, []);
}

/** A key name of `length` characters that ends in Datadog's key name and names nothing else. */
const nameOf = (length: number) => "q".repeat(length - "_dd_api_key".length) + "_dd_api_key";

Deno.test("an element's start tag names its value: a name of up to 101 characters, 200 characters in all", () => {
  const cases: [string, boolean][] = [];
  for (const length of [11, 100, 101, 102, 103]) {
    const name = nameOf(length);
    cases.push([`<${name}>${V}</${name}>`, length <= 101]);
    cases.push([`<${name}><![CDATA[${V}]]></${name}>`, length <= 101]);
  }
  // A start tag with attributes: `<dd_api_key a="…">` of 198 to 202 characters.
  for (const length of [198, 199, 200, 201, 202]) {
    const filler = "x".repeat(length - '<dd_api_key a="">'.length);
    cases.push([`<dd_api_key a="${filler}">${V}</dd_api_key>`, length <= 200]);
    cases.push([`log: <dd_api_key a="${filler}">${V}</dd_api_key>`, length <= 200]);
  }
  cases.push([`<dd_api_key >${V}</dd_api_key>`, true]);
  cases.push([`<dd_api_key\ttype="plain">${V}</dd_api_key>`, true]);
  // Not a start tag ending right before the value: text after a tag, a tag's name that is no name.
  cases.push([`<dd_api_key>x>${V}`, false]);
  cases.push([`<dd_api_key/>${V}`, false]);
  cases.push([`<1dd_api_key>${V}`, false]);
  cases.push([`dd_api_key>${V}`, false]);
  check(cases);
});

Deno.test("a key= or name= attribute names an element's value, one blank at most around =", () => {
  const cases: [string, boolean][] = [];
  for (const attribute of ["key", "name", "KEY", "Name"]) {
    for (const [before, after] of [["", ""], [" ", ""], ["", " "], [" ", " "], ["\t", "\t"]]) {
      for (const q of ['"', "'"]) {
        cases.push([`<e ${attribute}${before}=${after}${q}dd_api_key${q}>${V}</e>`, true]);
      }
    }
    cases.push([`<e ${attribute}  ="dd_api_key">${V}</e>`, false]);
    cases.push([`<e ${attribute}=  "dd_api_key">${V}</e>`, false]);
  }
  cases.push([`<e id="1" key="dd_api_key" type="plain">${V}</e>`, true]);
  cases.push([`<e label="dd_api_key">${V}</e>`, false]);
  cases.push([`<e key="">${V}</e>`, false]);
  for (const length of [99, 100, 101, 102]) {
    cases.push([`<entry key="${nameOf(length)}">${V}</entry>`, length <= 100]);
  }
  check(cases);
});

Deno.test("a setter or builder names the value it is given; no other character joins a name to a value", () => {
  const cases: [string, boolean][] = [];
  for (
    const setter of ["setDdApiKey", "withDdApiKey", "set_dd_api_key", "ddApiKey", "dd_api_key"]
  ) {
    cases.push([`client.${setter}("${V}")`, true]);
    cases.push([`${setter}('${V}')`, true]);
  }
  cases.push([`client.getDdApiKey("${V}")`, false]);
  for (const joint of ["/", "@", "#", "~", "%", "^", "*"]) {
    cases.push([`dd_api_key${joint}${V}`, false]);
  }
  check(cases);
});

Deno.test("a value past its pattern's length is cut to the line's end and ends the reading, on both readings", () => {
  const cutting = new RegExp(
    `(?<![A-Za-z0-9_])(?<secret>[a-f0-9]{32})(?:(?<cut>)(?=[a-f0-9])|(?![a-f0-9]))`,
    "gd",
  );
  const line = `dd_api_key=${V}ab dd_api_key=${V}`;
  const want = [{ start: line.indexOf(V), end: line.length, cut: true }];
  deepStrictEqual(valuesNamedBy(line, nameAtEnd, cutting, nameAnywhere), want);
  deepStrictEqual(valuesNamedAfterKeyWords(line, nameAtEnd, cutting), want);
  const fits = `dd_api_key=${V} dd_api_key=${V}`;
  deepStrictEqual(valuesNamedBy(fits, nameAtEnd, cutting).map((c) => c.cut ?? false), [
    false,
    false,
  ]);
});

Deno.test("a pattern that can match empty text still ends, and both readings find the same values", () => {
  const maybeEmpty = /(?<secret>[a-f0-9]*)/dg;
  for (
    const line of [
      `dd_api_key=${V}`,
      `dd_api_key = "${V}", dd_api_key: ${V}`,
      `x dd_api_key=`,
      `<dd_api_key>${V}</dd_api_key>`,
    ]
  ) {
    const search = valuesNamedBy(line, nameAtEnd, maybeEmpty, nameAnywhere);
    const after = valuesNamedAfterKeyWords(line, nameAtEnd, maybeEmpty);
    deepStrictEqual(
      search.filter((c) => c.end > c.start),
      after.filter((c) => c.end > c.start),
      line,
    );
    deepStrictEqual(search.some((c) => line.slice(c.start, c.end) === V), line.includes(V), line);
  }
});
