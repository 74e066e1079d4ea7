/**
 * The key/value grammar's bounds (./syntax.ts), both ways (the forward reader, readAssignments,
 * and the key read back from a value, keyBefore): up to 7 backslashes before a quote, up to 4
 * blanks on each side of an operator or a call's comma (read back, up to 64 before an operator,
 * as an aligned column pads its keys), up to 3 around a declared type, a declared type of up to 40
 * characters, a key of up to 100 characters read back.
 */
import { deepStrictEqual } from "@node/assert";
import { readAssignments } from "./assignments.ts";
import { keyBefore } from "./syntax.ts";

const V = "Zx9Qm2LwV7pK4rT8";

/** [key, value] read forward on `line` (read afresh: the reader keeps the last line's result). */
function forward(line: string): [string, string][] {
  readAssignments("");
  return readAssignments(line).map((a) => [a.key, line.slice(a.start, a.end)]);
}

/** The key read back from V on `line`. */
const back = (line: string) => keyBefore(line, line.indexOf(V)).key;

function check(cases: [line: string, key: string][]) {
  const problems: string[] = [];
  for (const [line, key] of cases) {
    const want = key === "" ? [] : [[key, V]];
    const got = forward(line);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`forward ${line}: ${JSON.stringify(got)}`);
    }
    if (back(line) !== key) problems.push(`back ${line}: ${JSON.stringify(back(line))}`);
  }
  deepStrictEqual(problems, []);
}

Deno.test("up to 7 backslashes escape a quote, at the line's start or after a brace", () => {
  const cases: [string, string][] = [];
  for (let n = 0; n <= 9; n++) {
    const b = "\\".repeat(n);
    const key = n <= 7 ? "password" : "";
    cases.push([`{${b}"password${b}":${b}"${V}${b}"}`, key]);
    cases.push([`${b}"password${b}":${b}"${V}${b}"`, key]);
  }
  check(cases);
});

Deno.test("a key is read back over up to 64 blanks before an operator (an aligned column's), 4 after it or after a call's comma; forward over 16", () => {
  const problems: string[] = [];
  for (const before of [0, 1, 2, 3, 4, 5, 16, 63, 64, 65]) {
    for (let after = 0; after <= 5; after++) {
      const line = `"api_token"${" ".repeat(before)}=${" ".repeat(after)}"${V}"`;
      const key = before <= 64 && after <= 4 ? "api_token" : "";
      if (back(line) !== key) problems.push(`back ${line}: ${back(line)}`);
      if (before > 5) continue;
      if (JSON.stringify(forward(line)) !== JSON.stringify([["api_token", V]])) {
        problems.push(`forward ${line}`);
      }
    }
  }
  for (const blanks of [16, 17]) {
    const line = `"api_token"${" ".repeat(blanks)}=${" ".repeat(blanks)}"${V}"`;
    const want = blanks <= 16 ? [["api_token", V]] : [];
    if (JSON.stringify(forward(line)) !== JSON.stringify(want)) problems.push(`forward ${blanks}`);
  }
  for (let blanks = 0; blanks <= 6; blanks++) {
    const line = `set("api_token",${" ".repeat(blanks)}"${V}")`;
    if (back(line) !== (blanks <= 4 ? "api_token" : "")) problems.push(`back ${line}`);
  }
  deepStrictEqual(problems, []);
});

Deno.test("a declared type between a key and its operator: 1 to 3 blanks before it, 0 to 3 around its colon", () => {
  const cases: [string, string][] = [];
  for (let n = 0; n <= 4; n++) {
    const s = " ".repeat(n);
    cases.push([
      `var apiKey${s}string = "${V}"`,
      n === 0 ? "apiKeystring" : n <= 3 ? "apiKey" : "",
    ]);
    cases.push([`api_key${s}: str = "${V}"`, n <= 3 ? "api_key" : ""]);
    cases.push([`api_key:${s}str = "${V}"`, n <= 3 ? "api_key" : ""]);
    cases.push([`api_key${s}?: string = "${V}"`, n <= 3 ? "api_key" : ""]);
  }
  deepStrictEqual(cases.filter(([line, key]) => back(line) !== key), []);
  // A value that holds a type's words is no type.
  deepStrictEqual(forward(`password = "a: str"`), [["password", "a: str"]]);
  deepStrictEqual(forward(`password = "a string"`), [["password", "a string"]]);
  check(cases.filter(([, key]) => key === "apiKey" || key === "api_key"));
});

Deno.test("a declared type is read up to 40 characters (&'static and blanks before str)", () => {
  // `: &'static` + blanks + `str` is 13 characters and the blanks.
  for (const blanks of [1, 26, 27, 28, 29]) {
    const line = `password: &'static${" ".repeat(blanks)}str = "${V}"`;
    const key = 13 + blanks <= 40 ? "password" : "";
    deepStrictEqual([forward(line), back(line)], [key === "" ? [] : [[key, V]], key], `${blanks}`);
  }
});

Deno.test("a key is read back up to 100 characters", () => {
  for (const length of [1, 99, 100, 101, 150]) {
    const key = "k".repeat(length - 1) + "X";
    const line = `${key}=${V}`;
    deepStrictEqual(back(line), key.slice(-100), `${length}`);
    deepStrictEqual(keyBefore(line, line.indexOf(V)).start, Math.max(0, length - 100), `${length}`);
  }
  // An index bracket and the key's quote are stepped over.
  deepStrictEqual(back(`env["API_TOKEN"] = "${V}"`), "API_TOKEN");
  deepStrictEqual(back(`[API_TOKEN] = "${V}"`), "API_TOKEN");
});
