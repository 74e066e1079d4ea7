/**
 * Keyword-free detectors found by a search of the whole region, against each line alone
 * (generated): every line on which a filter matches by itself holds one of the region search's
 * starts (matches that cross newlines, empty matches, anchors and lookarounds hide no line), and
 * a region's lines get exactly the detectors with a start on them, or every line for one that
 * runs everywhere.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { candidateStarts, EVERY_LINE, literalLead, RegionLines } from "./candidate_lines.ts";
import { KeywordIndex } from "./keyword_index.ts";

const FILTERS = [
  /\d{3}/,
  /\s+x/,
  /a\s*b/,
  /^x/,
  /y$/,
  /(?<=\n|^)ab/,
  /b(?=$)/,
  /x*/,
  /(?:)/,
  /[^\n]*z/,
  /z[\s\S]{0,3}z/,
  /\bab\b/,
  /\n?a/,
];

function textOf(random: ReturnType<typeof seededRandom>): string {
  return random.chars(random.int(120), "abxyz0123 \t\n\n\n");
}

Deno.test("a region search leaves out no line on which its filter matches alone", () => {
  const random = seededRandom(31);
  const problems: string[] = [];
  for (let round = 0; round < 1500; round++) {
    const filter = random.pick(FILTERS);
    const body = textOf(random);
    const pad = random.pick(["", "pad\n", "a\nzz\n"]);
    // A region is whole lines: text around it is on lines of its own.
    const text = pad + body + random.pick(["", "\ntail", "\nz\n"]);
    const from = pad.length, to = from + body.length;
    const starts = candidateStarts(new RegExp(filter.source, "gm"), text, from, to);
    if (starts.some((s, i) => s < from || s >= to || (i > 0 && s <= starts[i - 1]))) {
      problems.push(`${filter} ${JSON.stringify(text)}: starts ${starts} out of order or range`);
    }
    let lineStart = from;
    for (const line of body.split("\n")) {
      const lineEnd = lineStart + line.length;
      // An empty line has nothing to mask, whatever matches the empty string there.
      if (line !== "" && filter.test(line) && !starts.some((s) => s >= lineStart && s <= lineEnd)) {
        problems.push(
          `${filter} ${JSON.stringify(text)} [${from}, ${to}): line ${JSON.stringify(line)}`,
        );
      }
      lineStart = lineEnd + 1;
    }
  }
  deepStrictEqual(problems.slice(0, 10), []);
});

Deno.test("each line of a region gets exactly the detectors with a candidate start on it, in order", () => {
  const random = seededRandom(32);
  const index = new KeywordIndex([["ab"], ["zz"]]);
  for (let round = 0; round < 300; round++) {
    const text = textOf(random);
    const lines = text.split("\n");
    // Per keyword-free detector: random sorted starts, or every line.
    const candidates: (readonly number[])[] = [0, 1, 2, 3].map(() => {
      if (random.next() < 0.15) return EVERY_LINE;
      const set = new Set<number>();
      for (let k = random.int(6); k > 0; k--) set.add(random.int(text.length + 1));
      return [...set].sort((a, b) => a - b);
    });
    const region = new RegionLines(index.scan(text), ["kw-ab", "kw-zz"], candidates, [
      "f0",
      "f1",
      "f2",
      "f3",
    ]);
    let lineStart = 0;
    for (const line of lines) {
      const lineEnd = lineStart + line.length;
      const expected = [
        ...(line.includes("ab") ? ["kw-ab"] : []),
        ...(line.includes("zz") ? ["kw-zz"] : []),
        ...candidates.flatMap((starts, k) =>
          starts === EVERY_LINE || starts.some((s) => s >= lineStart && s <= lineEnd)
            ? [`f${k}`]
            : []
        ),
      ];
      const got = region.upTo(lineEnd);
      const where = `${JSON.stringify(text)} ${JSON.stringify(candidates)} line at ${lineStart}`;
      // The keyword-free ones in their own order (the engine tries a line's targets in order).
      const keywordFree = (targets: readonly string[]) => targets.filter((t) => t.startsWith("f"));
      deepStrictEqual(keywordFree(got), keywordFree(expected), where);
      deepStrictEqual([...got].sort(), expected.sort(), where);
      lineStart = lineEnd + 1;
    }
  }
});

Deno.test("targets that share one list of candidate starts each get the lines of that list", () => {
  const random = seededRandom(33);
  const index = new KeywordIndex([["ab"]]);
  for (let round = 0; round < 300; round++) {
    const text = textOf(random);
    // Lists shared by several targets (as a line shape is), and more lists than the 31 whose
    // line sets are kept.
    const lists: (readonly number[])[] = Array.from({ length: random.int(40) + 1 }, () => {
      const set = new Set<number>();
      for (let k = random.int(4); k > 0; k--) set.add(random.int(text.length + 1));
      return [...set].sort((a, b) => a - b);
    });
    const candidates = Array.from(
      { length: random.int(45) + 1 },
      () => random.next() < 0.05 ? EVERY_LINE : random.pick(lists),
    );
    const names = candidates.map((_, k) => `f${k}`);
    const region = new RegionLines(index.scan(text), ["kw-ab"], candidates, names);
    let lineStart = 0;
    for (const line of text.split("\n")) {
      const lineEnd = lineStart + line.length;
      const expected = [
        ...(line.includes("ab") ? ["kw-ab"] : []),
        ...names.filter((_, k) =>
          candidates[k] === EVERY_LINE ||
          candidates[k].some((s) => s >= lineStart && s <= lineEnd)
        ),
      ];
      const where = `${JSON.stringify(text)} ${JSON.stringify(candidates)} line at ${lineStart}`;
      deepStrictEqual(region.upTo(lineEnd), expected, where);
      lineStart = lineEnd + 1;
    }
  }
  // 33 lists, each on a line of its own: the first and the last are never taken for each other.
  const text = Array.from({ length: 33 }, (_, k) => `line ${String(k).padStart(2, "0")}`)
    .join("\n");
  const lists = Array.from({ length: 33 }, (_, k) => [k * 8 + 3]);
  const names = lists.map((_, k) => `f${k}`);
  const region = new RegionLines(index.scan(text), ["kw-ab"], lists, names);
  for (let k = 0; k < 33; k++) deepStrictEqual(region.upTo(k * 8 + 7), [`f${k}`]);
});

Deno.test("the literal a filter's matches start with is read only where no quantifier, alternative or case can change it", () => {
  const cases: [RegExp, string][] = [
    [/AC[0-9a-f]{32}:/, "AC"],
    [/name(?<![\w.-]name)["']?\s{0,2}[:=]/, "name"],
    [/ab?c/, "a"],
    [/ab*/, "a"],
    [/ab+/, "a"],
    [/ab{2}/, "a"],
    // Plain to its end: nothing follows the lead.
    [/abc/, "abc"],
    [/a b-c:d\d/, "a b-c:d"],
    [/a|b/, ""],
    [/ab(?:c|d)/, ""],
    [/abc/i, ""],
    [/(?<![\w.-])name/, ""],
    [/[XYZ]\d{7}[A-Z]/, ""],
    [/\/\/x/, ""],
    [/^ab/m, ""],
    [/.ab/, ""],
  ];
  for (const [pattern, lead] of cases) strictEqual(literalLead(pattern), lead, String(pattern));
});

Deno.test("a filter led by a literal finds the starts its own search finds", () => {
  const random = seededRandom(34);
  const filters = [
    /aa(?=b)/,
    /ab/,
    /ab\s*x/,
    /ab(?<!zab)/,
    /ab$/,
    /ab[\s\S]{0,3}z/,
    /ab?z/,
    /aa/,
    /b\d+/,
    /x\n?a/,
  ];
  const reference = (finder: RegExp, text: string, from: number, to: number) => {
    const starts: number[] = [];
    finder.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = finder.exec(text)) !== null && m.index < to) {
      starts.push(m.index);
      const newline = text.indexOf("\n", m.index);
      if (newline === -1) break;
      finder.lastIndex = newline + 1;
    }
    return starts;
  };
  let led = 0;
  for (let round = 0; round < 3000; round++) {
    const filter = random.pick(filters);
    if (literalLead(filter) !== "") led++;
    const text = textOf(random) + random.pick(["", "\nab", "aab\n", "aaab"]);
    const from = random.int(text.length + 1);
    const to = from + random.int(text.length - from + 1);
    const finder = new RegExp(filter.source, "gm");
    deepStrictEqual(
      candidateStarts(finder, text, from, to),
      reference(new RegExp(filter.source, "gm"), text, from, to),
      `${filter} ${JSON.stringify(text)} [${from}, ${to})`,
    );
    strictEqual(finder.lastIndex, 0);
  }
  strictEqual(led > 2000, true, "most rounds search by a literal");
});

Deno.test("a filter's literal lead may be one character", () => {
  strictEqual(literalLead(/x[0-9]{4}/), "x");
  strictEqual(literalLead(/#\d/m), "#");
  strictEqual(literalLead(/xy?z/), "x");
  strictEqual(literalLead(/x?y/), "");
});
