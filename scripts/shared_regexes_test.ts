/**
 * withSharedRegexes: a regular-expression literal written several times and read only by `test`
 * or `exec` is made once, at the module's top, and each place reads it; the answers stay. One with
 * the g or y flag, read otherwise, or written too seldom to pay for a name stays as written.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { withSharedRegexes } from "./shared_regexes.ts";
import { exportsOf } from "./module_exports.ts";

const DIGITS = String.raw`/^\d{2,64}$/`;

Deno.test("shared regexes: a literal tested in several places is made once, and the answers stay", async () => {
  const code = `function f(s){return ${DIGITS}.test(s)}const g=(s)=>${DIGITS}.exec(s)?.[0];` +
    `function h(s){if(!${DIGITS}.test(s))return!1;return${DIGITS}.test(s+s)}` +
    `export const v=[f("12"),f("x"),g("123"),g("a"),h("42"),h("4")];`;
  const written = withSharedRegexes(code);
  ok(written.length < code.length, written);
  strictEqual(written.split(DIGITS).length, 2, written);
  ok(written.startsWith(`var aa=${DIGITS};`), written);
  ok(written.includes("return aa.test(s+s)"), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});

Deno.test("shared regexes: a literal with g or y, read otherwise, or too seldom stays as written", () => {
  const kept = [
    // With g or y, test and exec start from lastIndex and write it.
    `function f(s){return ${DIGITS}g.test(s)}function g(s){return ${DIGITS}g.test(s)}`,
    `function f(s){return ${DIGITS}y.exec(s)}function g(s){return ${DIGITS}y.exec(s)}`,
    // Passed, kept, read as a member other than test and exec, computed or optional.
    `function f(s){return s.match(${DIGITS})}function g(s){return s.match(${DIGITS})}`,
    `const a=${DIGITS},b=${DIGITS};`,
    `function f(){return ${DIGITS}.lastIndex}function g(){return ${DIGITS}.source}`,
    `function f(s){return ${DIGITS}["test"](s)}function g(s){return ${DIGITS}["test"](s)}`,
    `function f(s){return ${DIGITS}?.test(s)}function g(s){return ${DIGITS}?.test(s)}`,
    // Once, and short twice: a name does not pay for its declaration.
    `function f(s){return ${DIGITS}.test(s)}`,
    "function f(s){return/a/.test(s)}function g(s){return/a/.test(s)}",
  ];
  for (const code of kept) strictEqual(withSharedRegexes(code), code, code);
});
