/**
 * Values below their key (./continuations.ts) at their edges: after `key:` alone, a scalar or
 * list items up to a mapping entry (in each key spelling: bare, one letter, quoted, empty
 * quotes, after a list dash, with a colon inside quotes), and what is no entry (`a:b`, `:x: v`,
 * `x#y: z`, a dash inside a value); after `- name: KEY`, only `value:` at the name's depth.
 */
import { deepStrictEqual } from "@node/assert";
import { continuationFor } from "./continuations.ts";

/** The texts read on each line below an opener (null once it has ended). */
function below(
  opener: Parameters<typeof continuationFor>[0],
  lines: string[],
): (string[] | null)[] {
  const reader = continuationFor(opener);
  return lines.map((line) => reader.next(line)?.map((c) => line.slice(c.start, c.end)) ?? null);
}

const NEXT = { form: "next-line", indent: 0 } as const;

Deno.test("after key: alone, a mapping entry in any key spelling ends the scalar (the entry and what follows are no value)", () => {
  const problems: string[] = [];
  for (
    const entry of [
      "  sub: x",
      "  k: x",
      "  k:",
      "  k :",
      '  "quoted key": x',
      '  "k" : x',
      "  'k': x",
      '  "": x',
      "  '': x",
      "  - k: v",
      "  - 'a:b': v",
      '  -\t"a:b": v',
      "  x - y: z",
    ]
  ) {
    // The key holds a map: the reading ends, or reads on for the map's value field alone.
    const got = below(NEXT, [entry, "  after"]);
    if (got.some((read) => read !== null && read.length !== 0)) {
      problems.push(`${entry}: ${JSON.stringify(got)}`);
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("after key: alone, what is no mapping entry is the value", () => {
  const cases: [string, string][] = [
    ["  s3cr3tValue", "s3cr3tValue"],
    ["  a:b", "a:b"],
    ["  :x: v", ":x: v"],
    ["  x#y: z", "x#y: z"],
    ["  ab - cd", "ab - cd"],
    ["  -x", "-x"],
    ["  - item1", "item1"],
    ['  - "q v"', "q v"],
    ["  http://host:80/x", "http://host:80/x"],
  ];
  const problems = cases.filter(([line, value]) =>
    JSON.stringify(below(NEXT, [line])) !== JSON.stringify([[value]])
  );
  deepStrictEqual(problems, []);
  deepStrictEqual(below(NEXT, ["  # note", "  v1x"]), [[], ["v1x"]]);
});

Deno.test("after - name: KEY, only value: at the name's depth gives the value", () => {
  const named = { form: "named-value", indent: 4 } as const;
  deepStrictEqual(below(named, ["    value: s3cr3t"]), [["s3cr3t"]]);
  deepStrictEqual(below(named, ["    Value:\ts3cr3t"]), [["s3cr3t"]]);
  deepStrictEqual(below(named, ['    value: "s3 cr3t"']), [["s3 cr3t"]]);
  deepStrictEqual(below(named, ["    xvalue: s3cr3t", "    value: v2"]), [[], ["v2"]]);
  deepStrictEqual(below(named, ["    valueFrom: x", "    value: v2"]), [[], ["v2"]]);
  deepStrictEqual(below(named, ["      value: deeper", "    value: v2"]), [[], ["v2"]]);
  deepStrictEqual(below(named, ["  value: shallower"]), [null]);
  deepStrictEqual(below(named, ["", "    value: v2"]), [[], ["v2"]]);
});
