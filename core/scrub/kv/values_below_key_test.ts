/**
 * Values that go on below their key's line, generated at every indentation (spaces and tabs) of
 * the key: each value line deeper than the key is a candidate from its first to its last
 * non-blank character (without the quotes of a quoted scalar or the dash of a list item), blank
 * lines inside keep the value going, and the first line no deeper ends it, and only it.
 */
import { deepStrictEqual } from "@node/assert";
import type { Candidate } from "../detector.ts";
import { type Opener, readAssignments } from "./assignments.ts";
import { continuationFor } from "./continuations.ts";

const V = "Zx9Qm2LwV7pK4rT8";

/** What the continuation answers for each line in turn: the candidates' texts, or null. */
function read(opener: Opener, lines: string[]): (string[] | null)[] {
  const c = continuationFor(opener);
  return lines.map((line) => {
    const found: readonly Candidate[] | null = c.next(line);
    return found === null ? null : found.map((s) => line.slice(s.start, s.end));
  });
}

const INDENTS = ["", " ", "  ", "\t", "    ", " \t"];

Deno.test("a block scalar: every deeper line, blank ones between, up to the first line no deeper", () => {
  for (const pad of INDENTS) {
    for (const form of ["block", "next-line"] as const) {
      const opener: Opener = { form, indent: pad.length };
      deepStrictEqual(
        read(opener, [`${pad} ${V}  `, "", `  ${pad}  `, `${pad}\t${V}x`, `${pad}next: 1`]),
        [[V], [], [], [`${V}x`], null],
        `${form} at ${JSON.stringify(pad)}`,
      );
      // A line as deep as the key ends the value at once.
      deepStrictEqual(read(opener, [`${pad}${V}`]), [null], `${form} ends`);
    }
  }
});

Deno.test("after `key:` alone: a quoted scalar without its quotes, list items without their dash", () => {
  for (const pad of INDENTS) {
    const opener: Opener = { form: "next-line", indent: pad.length };
    const deeper = pad + "  ";
    deepStrictEqual(
      read(opener, [
        `${deeper}"${V}"`,
        `${deeper}'${V} y'  `,
        `${deeper}- ${V}`,
        `${deeper}-\t'${V}'`,
        `${deeper}# a comment`,
        `${deeper}"${V}`,
      ]),
      [[V], [`${V} y`], [V], [V], [], [`"${V}`]],
    );
    // A mapping entry below: the key holds a map, read as any lines; nothing more is a value
    // but the map's own value field (`value:`, `Default:`: ./object_value_fields_test.ts).
    for (const entry of ["user: bob", "- name: x", '"quoted key": 1', "'k': v", "key:"]) {
      const got = read(opener, [`${deeper}${entry}`, `${deeper}${V}`]);
      deepStrictEqual(got.filter((r) => r !== null && r.length !== 0), [], entry);
    }
    deepStrictEqual(read(opener, [`${deeper}type: x`, `${deeper}Default: ${V}`]), [[], [V]]);
  }
});

Deno.test("an element's text below its start tag: up to the next tag, and nothing after it", () => {
  const opener: Opener = { form: "element" };
  deepStrictEqual(
    read(opener, [`   ${V}  `, "", `\t${V}x</password>`, `${V}`]),
    [[V], [], [`${V}x`], null],
  );
  // A tag first on the line ends it (the continuation is not asked again after a null).
  deepStrictEqual(read(opener, [`  </password>`]), [null]);
  deepStrictEqual(read(opener, ["", "<x>"]), [[], null]);
});

Deno.test("a here-document: every line up to the one holding only its marker", () => {
  for (const marker of ["EOF", "END_SECRET"]) {
    deepStrictEqual(
      read({ form: "heredoc", marker }, [`  ${V} `, "", `${marker}x`, ` ${marker}  `]),
      [[V], [], [`${marker}x`], null],
    );
  }
});

Deno.test("`- name: KEY`: the `value:` entry beside it within 8 lines, as deep as `name`", () => {
  for (const pad of INDENTS) {
    const opener: Opener = { form: "named-value", indent: pad.length };
    const sibling = `${pad}  valueFrom: x`;
    for (
      const [entry, value] of [
        [`value: ${V}  `, V],
        [`VALUE:\t"${V}"`, V],
        [`value: '${V} y'`, `${V} y`],
        [`value: "${V}`, `"${V}`],
      ]
    ) {
      for (let before = 0; before <= 8; before++) {
        const lines = [...Array(before).fill(before % 2 === 0 ? sibling : ""), pad + entry, V];
        const expected = [
          ...Array(Math.min(before, 8)).fill([]),
          before < 8 ? [value] : null,
          null,
        ];
        deepStrictEqual(read(opener, lines), expected, `${entry} after ${before} lines`);
      }
    }
    // A less deep line ends the map; a deeper `value:` is another map's.
    if (pad.length > 0) {
      deepStrictEqual(read(opener, [`value: ${V}`]), [null]);
    }
    deepStrictEqual(read(opener, [`${pad} value: ${V}`]), [[]]);
    deepStrictEqual(read(opener, [`${pad}values: ${V}`]), [[]]);
    deepStrictEqual(
      read(opener, [`${pad}value:${V}`]),
      [[]],
      "value:x is a plain scalar, no entry",
    );
  }
});

Deno.test("every YAML block scalar header after a secret key opens a block, at the key's indent", () => {
  const opens = (line: string) => readAssignments(line).map((a) => a.opens);
  for (const style of ["|", ">"]) {
    for (const chomp of ["", "+", "-"]) {
      for (const digit of ["", "1", "2", "5", "9"]) {
        for (const tail of ["", "  ", " # the key", "\t"]) {
          for (const header of [style + chomp + digit, style + digit + chomp]) {
            for (const pad of ["", "  ", "- "]) {
              deepStrictEqual(
                opens(`${pad}api_token: ${header}${tail}`),
                [{ form: "block", indent: pad.startsWith("-") ? 0 : pad.length }],
                JSON.stringify(header + tail),
              );
            }
          }
        }
      }
    }
  }
  // Not a header: a value that starts like one opens nothing below.
  for (const value of ["|0", "|x", "||", ">>", "|+-+", "|12", "> x"]) {
    deepStrictEqual(opens(`api_token: ${value}`).filter((o) => o !== null), [], value);
  }
});
