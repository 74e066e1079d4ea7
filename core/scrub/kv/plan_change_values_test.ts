/**
 * A plan's change of a secret (`api_token = "old" -> "new"`, Terraform): both values are read,
 * in either quote, with 1 to 3 blanks around the arrow; a new value not closed on the line (a
 * line cut short) runs to the end of the line, and past VALUE_CAP is cut; an arrow after a bare
 * value, or further from the quote, is no change. Generated: every spacing × quote × length.
 */
import { deepStrictEqual } from "@node/assert";
import { readAssignments, VALUE_CAP } from "./assignments.ts";
import { createScrubber } from "../mod.ts";

/**
 * [key, value, cut] of every assignment on `line`. The reader keeps the last line's result; a
 * blank line is read first so that each case is read afresh.
 */
function read(line: string): [string, string, boolean][] {
  readAssignments("");
  return readAssignments(line).map((a) => [a.key, line.slice(a.start, a.end), a.cut]);
}

const OLD = "Zx9Qm2LwV7pK4rT8";
const NEW = "Hq7Lm3Rw5Tz8Kp2N";
const BLANKS = ["", " ", "\t", "  ", " \t ", "   ", "    ", "\t\t\t\t"];

Deno.test("a change's new value is read with 1 to 3 blanks on each side of the arrow, in either quote", () => {
  const problems: string[] = [];
  for (const q of ['"', "'"]) {
    for (const left of BLANKS) {
      for (const right of BLANKS) {
        const line = `  ~ api_token = ${q}${OLD}${q}${left}->${right}${q}${NEW}${q}`;
        const arrow = left.length >= 1 && left.length <= 3 && right.length >= 1 &&
          right.length <= 3;
        const want: [string, string, boolean][] = [["api_token", OLD, false]];
        if (arrow) want.push(["api_token", NEW, false]);
        const got = read(line);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          problems.push(`${JSON.stringify(line)}: ${JSON.stringify(got)}`);
        }
      }
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("an arrow after a bare value or a value that goes on below is no change", () => {
  for (const blanks of [" ", "  ", "   "]) {
    deepStrictEqual(read(`token=${OLD}${blanks}-> "next"`), [["token", OLD, false]]);
  }
  deepStrictEqual(read(`token="${OLD}"x -> "next"`), [["token", OLD, false]]);
});

Deno.test("a new value not closed on the line runs to its end; past VALUE_CAP it is cut", () => {
  const problems: string[] = [];
  for (
    const length of [1, 16, VALUE_CAP - 1, VALUE_CAP, VALUE_CAP + 1, VALUE_CAP + 2, VALUE_CAP * 2]
  ) {
    const value = NEW.repeat(Math.ceil(length / NEW.length)).slice(0, length);
    for (const closed of [true, false]) {
      const line = `  ~ api_token = "${OLD}" -> "${value}${closed ? '"' : ""}`;
      const cut = length > VALUE_CAP;
      const got = read(line);
      const want: [string, string, boolean][] = [
        ["api_token", OLD, false],
        ["api_token", cut ? value + (closed ? '"' : "") : value, cut],
      ];
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        problems.push(
          `${length} ${closed ? "closed" : "open"}: ${JSON.stringify(got).slice(0, 200)}`,
        );
      }
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("a log line cut short inside a changed secret leaks none of it", () => {
  const scrubber = createScrubber();
  for (const cutAt of [8, 12, NEW.length]) {
    const line = `  ~ api_token = "${OLD}" -> "${NEW.slice(0, cutAt)}`;
    const text = scrubber.scrub(line).text;
    deepStrictEqual([text.includes(OLD), text.includes(NEW.slice(0, cutAt))], [false, false], text);
  }
});
