/**
 * XML elements and literal values at their edges (./assignments.ts): an element's value with no
 * closing tag on its line (a line cut short) runs to the line's end, CDATA too, while prose
 * (`<password> field`) and placeholders (`GOCSPX-<client-secret>"`) stay; attributes up to 200
 * characters; an element alone after up to 8 tags opens its value below; bare values end at a
 * no-break space, not at other non-ASCII letters; quoted values end at their quote, escapes
 * read.
 */
import { deepStrictEqual } from "@node/assert";
import { readAssignments, VALUE_CAP } from "./assignments.ts";
import { createScrubber } from "../mod.ts";

/**
 * [key, value, cut, opens] of every assignment read on `line`. The reader keeps the last line's
 * result: a blank line is read first so that each case is read afresh.
 */
function read(line: string): [string, string, boolean, string | null][] {
  readAssignments("");
  return readAssignments(line).map((
    a,
  ) => [a.key, line.slice(a.start, a.end), a.cut, a.opens?.form ?? null]);
}

const V = "Zx9Qm2LwV7pK4rT8";

function check(cases: [string, [string, string, boolean, string | null][]][]) {
  const problems: string[] = [];
  for (const [line, want] of cases) {
    const got = read(line);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${JSON.stringify(line.slice(0, 160))}: ${JSON.stringify(got).slice(0, 200)}`);
    }
  }
  deepStrictEqual(problems, []);
}

const value = (
  key: string,
  v = V,
): [string, string, boolean, string | null][] => [[key, v, false, null]];

Deno.test("an element's value with no closing tag on its line runs to the line's end", () => {
  check([
    [`<password>${V}`, value("password")],
    [`<password>${V}  \t`, value("password")],
    [`  <db><password>${V}`, value("password")],
    [`<password type="plain">${V}`, value("password")],
    [`<password><![CDATA[${V}`, value("password")],
    [`<password><![CDATA[${V} `, value("password")],
    [`<password>${V} and more`, value("password", `${V} and more`)],
    // Prose and placeholders: a blank after the tag, or a tag after other text.
    [`the <password> field is required`, []],
    [`usage: login <user> <password>`, []],
    [`x="GOCSPX-<client-secret>",`, []],
    [`<password><![CDATA[`, []],
    [`<password><![CDATA[   `, []],
    // Closed, or not an element's value.
    [`<password>${V}</password>`, value("password")],
    [`<password>${V}<b/></password>`, []],
    [`<password a="x"/>${V}`, []],
    [`<password/>${V}`, []],
  ]);
  const cut = read(`<password>${"x".repeat(VALUE_CAP + 1)}`);
  deepStrictEqual(cut.map(([, , c]) => c), [true]);
  const fits = read(`<password>${"x".repeat(VALUE_CAP)}`);
  deepStrictEqual(fits.map(([, v, c]) => [v.length, c]), [[VALUE_CAP, false]]);
});

Deno.test("a log line cut short inside an element leaks none of its value", () => {
  const scrubber = createScrubber();
  for (const line of [`<password>${V}`, `  <config><db_password>${V}`, `<secret><![CDATA[${V}`]) {
    const text = scrubber.scrub(line).text;
    deepStrictEqual(text.includes(V), false, text);
  }
  for (const line of ["the <password> field is required", `x="GOCSPX-<client-secret>",`]) {
    deepStrictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("an element's attributes are read up to 200 characters, over blanks or tabs, to its own >", () => {
  const cases: [string, [string, string, boolean, string | null][]][] = [];
  for (const length of [198, 199, 200, 201, 202]) {
    // `␠a="…"` is `length` characters from the blank after the name to the `>`.
    const attribute = ` a="${"x".repeat(length - ' a=""'.length)}"`;
    cases.push([`<password${attribute}>${V}</password>`, length <= 200 ? value("password") : []]);
  }
  cases.push([`<password\ttype="plain">${V}</password>`, value("password")]);
  cases.push([`<password type="<b>">${V}</password>`, []]);
  cases.push([`<password type="plain" ${V}`, []]);
  check(cases);
});

Deno.test("an element alone on its line after up to 8 tags of up to 200 characters opens its value below", () => {
  const opens: [string, string, boolean, string | null][] = [["password", "", false, "element"]];
  const tag = (n: number) => `<${"t".repeat(n - 2)}>`;
  const cases: [string, [string, string, boolean, string | null][]][] = [];
  for (const tags of [0, 1, 7, 8, 9]) {
    cases.push([`${"<a>".repeat(tags)}<password>`, tags <= 8 ? opens : []]);
    cases.push([`${"<a> ".repeat(tags)}<password>  `, tags <= 8 ? opens : []]);
  }
  for (const length of [3, 201, 202, 203]) {
    cases.push([`${tag(length)}<password>`, length <= 202 ? opens : []]);
  }
  cases.push([`<a><b x="1"><password>`, opens]);
  cases.push([`text <password>`, []]);
  cases.push([`<a>text<password>`, []]);
  cases.push([`<a><>password>`, []]);
  check(cases);
});

Deno.test("a bare value ends at a no-break space and at ASCII delimiters, not at other letters", () => {
  check([
    [`password=${V}\u00a0next`, value("password")],
    [`password=${V}é9`, value("password", `${V}é9`)],
    [`password=pässwörd9X`, value("password", "pässwörd9X")],
    [`password=${V}\u0080x`, value("password", `${V}\u0080x`)],
    [`password=${V}\u2003x`, value("password", `${V}\u2003x`)],
  ]);
});

Deno.test("a quoted value ends at its quote, escapes read; an open one runs to the line's end, not cut", () => {
  check([
    [`password="ab\\\\" retry="1"`, value("password", "ab\\\\")],
    [`password="a\\"b" retry=1`, value("password", 'a\\"b')],
    [`password="${V}`, value("password")],
    [`password='${V}`, value("password")],
    [`{\\"password\\":\\"${V}`, value("password")],
    [`{\\"password\\":\\"${V}\\\\\\"}`, value("password")],
  ]);
  for (const length of [VALUE_CAP - 1, VALUE_CAP]) {
    const v = "y".repeat(length);
    check([[`password="${v}`, value("password", v)], [
      `{\\"password\\":\\"${v}`,
      value("password", v),
    ]]);
  }
});
