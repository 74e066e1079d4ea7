import { deepStrictEqual, equal, ok } from "@node/assert";
import { join } from "@node/path";
import { generateMutants, type Mutant } from "./mutate/operators.ts";
import { regexMutants } from "./mutate/regex_mutants.ts";
import { executes, parseLcov } from "./mutate/coverage.ts";
import { expandTargets, parseArgs, runMutation } from "./mutate.ts";
import { renderReport } from "./mutate/report.ts";
import { runDenoTest } from "./mutate/runner.ts";
import { FURTHER_FILES, FURTHER_MS, testRounds, testsInHost } from "./mutate/selection.ts";
import { ACTIVE, instrument, TRACE } from "./mutate/schemata.ts";

const edits = (ms: Mutant[]) =>
  ms.map((m) => `${m.line} ${m.operator} ${m.original} → ${m.replacement}`);

Deno.test("operators: each kind of edit, at its line, and every mutant still parses", () => {
  const source = [
    "export function f(a: number, b: string): boolean {",
    '  if (a < 3 && b === "x") return true;',
    "  for (let i = 0; i <= a; i++) log(i);",
    "  return !done(Math.min(a, 2) % 7);",
    "  say(escapeSlackText(b), scrubber(b));",
    "  return scrubber.scrub(b + a).text;",
    "}",
  ].join("\n");
  const got = edits(generateMutants("f.ts", source));
  for (
    const want of [
      '2 condition a < 3 && b === "x" → true',
      '2 condition a < 3 && b === "x" → false',
      "2 boundary < → <=",
      "2 number 3 → 4",
      "2 number 3 → 2",
      "2 logical && → ||",
      "2 equality === → !==",
      '2 string "x" → ""',
      "2 boolean true → false",
      "3 condition i <= a → false",
      "3 boundary <= → <",
      "3 update ++ → --",
      "3 statement log(i); → {}",
      "4 negation ! → ",
      "4 method min → max",
      "4 arithmetic % → *",
      "5 bypass escapeSlackText(b) → (b)",
      "6 bypass scrubber.scrub(b + a).text → (b + a)",
    ]
  ) {
    ok(got.includes(want), `missing ${want} in\n${got.join("\n")}`);
  }
});

Deno.test("operators: types, imports, comments, console calls and message wording are left alone", () => {
  const source = [
    'import { x } from "./x.ts"; // 3 < 4 && true',
    'export type T = "a" | 3 | true;',
    "export interface I { n: 5 }",
    "/* if (a === b) return 1; */",
    'export function g(): never { console.log("a", 1 + 2); throw new Error("bad input, try again"); }',
    'export const WORDS = ["a1", "b1", "c1", "d1", "e1", "f1", "g1", "h1"];',
    'export const LABELS = { a: "A", b: "B", c: "C", d: "D", e: "E", f: "F", g: "G", h: ["H", "I"] };',
    'export const PAIRS = [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "j"], ["k", "l"], ["m", "n"], ["o", "p"]];',
    'export const o = { "key": 1 };',
  ].join("\n");
  deepStrictEqual(edits(generateMutants("g.ts", source)).sort(), [
    "9 number 1 → 0",
    "9 number 1 → 2",
  ]);
});

Deno.test("operators: codeOnly mutates functions inside data, not the data around them", () => {
  const source = [
    "export const D = {",
    '  id: "card", pattern: /^[0-9]{4}$/, min: 4,',
    "  validate: (s: string) => s.length > 4,",
    "};",
  ].join("\n");
  const all = generateMutants("d.ts", source);
  const code = generateMutants("d.ts", source, { codeOnly: true });
  ok(all.some((m) => m.line === 2), "without codeOnly the data is mutated too");
  deepStrictEqual(edits(code).sort(), ["3 boundary > → >=", "3 number 4 → 3", "3 number 4 → 5"]);
  ok(code.every((m) => m.scope.from === 3 && m.scope.to === 3));
});

Deno.test("operators: a mutant never breaks the syntax (removed statements leave a block)", () => {
  const source = "export function h(x: number[]) {\n  if (x.length) x.pop();\n  else x.push(1);\n}";
  const ms = generateMutants("h.ts", source);
  const removed = ms.filter((m) => m.operator === "statement").map((m) => m.replacement);
  deepStrictEqual(removed, ["{}", "{}"]);
});

Deno.test("regex mutants: anchors, classes, bounds and lookarounds, each compiling and different", () => {
  const ms = regexMutants("(?<![a-z])^[0-9]{2,4}\\d+x?$", "i");
  const got = ms.map((m) => m.source + "/" + m.flags);
  for (
    const want of [
      "(?<=[a-z])^[0-9]{2,4}\\d+x?$/i", // lookbehind negated
      "(?<![^a-z])^[0-9]{2,4}\\d+x?$/i", // class negated
      "(?<![a-z])[0-9]{2,4}\\d+x?$/i", // ^ dropped
      "(?<![a-z])^[0-9]{2,4}\\d+x?/i", // $ dropped
      "(?<![a-z])^[0-9]{3,4}\\d+x?$/i", // lower bound up
      "(?<![a-z])^[0-9]{2,3}\\d+x?$/i", // upper bound down
      "(?<![a-z])^[0-9]{2,4}\\D+x?$/i", // \d negated
      "(?<![a-z])^[0-9]{2,4}\\d{2,}x?$/i", // + needs two
      "(?<![a-z])^[0-9]{2,4}\\d+x$/i", // ? dropped
      "(?<![a-z])^[0-9]{2,4}\\d+x?$/", // i dropped
    ]
  ) {
    ok(got.includes(want), `missing ${want} in\n${got.join("\n")}`);
  }
  equal(new Set(got).size, got.length, "no duplicates");
  ok(!got.includes("(?<![a-z])^[0-9]{2,4}\\d+x?$/i"), "never the original");
  for (const m of ms) new RegExp(m.source, m.flags);
});

Deno.test("regex mutants: escapes and classes are read as units; an uncompilable edit is dropped", () => {
  const got = regexMutants("[\\]a]\\u0041{2}", "u").map((m) => m.source);
  ok(got.includes("[^\\]a]\\u0041{2}"), got.join(" "));
  ok(got.includes("[\\]a]\\u0041{3}"), got.join(" "));
  // `{2}` → `{3}` after an escape is a bound of the escape, not of a `1` inside it.
  ok(got.every((s) => s.includes("\\u0041")), got.join(" "));
  // A class that never closes is not a pattern the scanner understands: no edits after it.
  deepStrictEqual(regexMutants("a[b", ""), []);
});

Deno.test("coverage: lcov lines and called functions decide which tests execute a mutant", () => {
  const lcov = [
    "SF:/w/a.ts",
    "FN:2,f",
    "FN:6,g",
    "FNDA:3,f",
    "FNDA:0,g",
    "DA:1,1",
    "DA:3,0",
    "DA:7,0",
    "end_of_record",
    "SF:/w/other.ts",
    "DA:1,1",
    "end_of_record",
  ].join("\n");
  const cov = parseLcov(lcov, "/w/", new Set(["a.ts"]));
  deepStrictEqual(cov, { "a.ts": { lines: [1], functions: [2] } });
  const m = (line: number, from: number, to: number) =>
    ({ file: "a.ts", line, scope: { from, to } }) as Mutant;
  ok(executes(cov, m(3, 2, 2)), "a line lcov counts 0 (partly run) inside a called function");
  ok(!executes(cov, m(7, 6, 6)), "a function never called");
  ok(executes(cov, m(9, 0, 0)), "top-level code of a loaded module");
  ok(!executes(cov, { ...m(1, 0, 0), file: "b.ts" }), "a module the test file never loaded");
});

Deno.test("test rounds: the module's folder first, then the few nearest others (all with --all-tests)", () => {
  const c = (test: string, distance: number, ms: number) => ({ test, distance, ms });
  const candidates = [
    c("core/a/other_test.ts", 2, 10),
    c("core/a/mod_test.ts", 1, 500),
    c("core/b/uses_mod_test.ts", 1, 20),
    c("core/mod_test.ts", 1, 900),
    ...Array.from(
      { length: FURTHER_FILES + 2 },
      (_, i) => c(`core/far/f${i}_test.ts`, 5 - (i % 2), i),
    ),
  ];
  const [near, further] = testRounds("core/a/mod.ts", candidates);
  deepStrictEqual(near, ["core/a/mod_test.ts", "core/a/other_test.ts"]);
  deepStrictEqual(further, [
    "core/b/uses_mod_test.ts",
    "core/mod_test.ts",
    "core/far/f1_test.ts",
    "core/far/f3_test.ts",
  ]);
  equal(testRounds("core/a/mod.ts", candidates, true)[1].length, FURTHER_FILES + 4);
  const slow = [
    c("core/far/x_test.ts", 3, FURTHER_MS),
    c("core/far/z_test.ts", 3, FURTHER_MS),
    c("core/far/w_test.ts", 3, 10),
  ];
  deepStrictEqual(testRounds("core/a/mod.ts", slow)[1], [
    "core/far/w_test.ts",
    "core/far/x_test.ts",
  ]);
});

Deno.test("host tests: the module's folder's tests all, then the nearest others within a time budget", () => {
  const reached = [
    { id: "core/far/a_test.ts > fast", ms: 1 },
    { id: "core/a/mod_test.ts > own", ms: 50 },
    { id: "core/far/b_test.ts > slow", ms: FURTHER_MS },
    { id: "core/far/c_test.ts > slower", ms: FURTHER_MS + 1 },
    { id: "core/b/uses_test.ts > importer", ms: 20 },
  ];
  const distance = (file: string) => (file === "core/b/uses_test.ts" ? 1 : 3);
  deepStrictEqual(testsInHost("core/a/mod.ts", reached, distance).map((t) => t.id), [
    "core/a/mod_test.ts > own",
    "core/b/uses_test.ts > importer",
    "core/far/a_test.ts > fast",
    "core/far/b_test.ts > slow",
  ]);
  equal(testsInHost("core/a/mod.ts", reached, distance, true).length, reached.length);
});

Deno.test("arguments: paths, options, and folders expanded to modules without tests or fixtures", () => {
  const o = parseArgs(["core/excerpt.ts", "--workers", "1", "--resume", "--max", "5"]);
  deepStrictEqual([o.targets, o.workers, o.resume, o.max], [["core/excerpt.ts"], 1, true, 5]);
  deepStrictEqual(parseArgs([]).targets.length, 6);
  let message = "";
  try {
    parseArgs(["--workers", "0"]);
  } catch (e) {
    message = (e as Error).message;
  }
  ok(message.includes("--workers needs a positive whole number"), message);
  const files = [
    "core/a.ts",
    "core/a_test.ts",
    "core/test_fixtures.ts",
    "core/testdata/x.ts",
    "core/scrub/line_shape_tables.ts",
    "functions/x/definition.ts",
    "functions/x/handler.ts",
  ];
  deepStrictEqual(expandTargets(["core/", "functions"], files), [
    "core/a.ts",
    "functions/x/handler.ts",
  ]);
  deepStrictEqual(expandTargets(["core/a_test.ts"], files), ["core/a_test.ts"]);
});

const AGE = `const ADULT = 18;

export function isAdult(age: number): boolean {
  return age >= ADULT;
}

export function label(age: number): string {
  return isAdult(age) ? "adult" : "minor";
}

export function total(n: number): number {
  let sum = 0;
  for (let i = 1; i <= n; i++) sum += i;
  return sum;
}
`;

const AGE_TEST = `import { equal } from "node:assert/strict";
import { isAdult, label, total } from "./age.ts";

Deno.test("adults and minors", () => {
  equal(isAdult(30), true);
  equal(isAdult(5), false);
  equal(label(30), "adult");
  equal(label(5), "minor");
});

Deno.test("total", () => equal(total(4), 10));
`;

Deno.test({
  name:
    "a run on a tiny module: kills, survivors at an untested boundary, a timeout, resume, equivalents",
  sanitizeResources: false,
  fn: async () => {
    const root = await Deno.makeTempDir({ prefix: "mutate-fixture-" });
    try {
      await Deno.writeTextFile(join(root, "age.ts"), AGE);
      await Deno.writeTextFile(join(root, "age_test.ts"), AGE_TEST);
      const lines: string[] = [];
      const options = {
        ...parseArgs(["age.ts", "--workers", "2"]),
        root,
        log: (l: string) => lines.push(l),
      };
      const first = await runMutation(options);
      const status = (r: typeof first, edit: string) =>
        r.mutants.filter((m) => `${m.line} ${m.original} → ${m.replacement}` === edit).map((m) =>
          m.status
        );
      // Nobody tests 18 itself: the boundary and the constant survive.
      deepStrictEqual(status(first, "4 >= → >"), ["survived"]);
      deepStrictEqual(status(first, "1 18 → 19"), ["survived"]);
      deepStrictEqual(status(first, "1 18 → 17"), ["survived"]);
      deepStrictEqual(status(first, '8 "adult" → ""'), ["killed"]);
      deepStrictEqual(status(first, "8 isAdult(age) → true"), ["killed"]);
      deepStrictEqual(status(first, "13 <= → <"), ["killed"]);
      deepStrictEqual(
        status(first, "13 ++ → --"),
        ["timeout"],
        "a loop that never ends is stopped",
      );
      ok(first.mutants.every((m) => m.status !== "no-coverage"));
      // Judged in a test host where the mutated code runs in the tests; the constant, evaluated
      // once at load, in a fresh test process.
      const how = (line: number) => [
        ...new Set(first.mutants.filter((m) => m.line === line).map((m) => m.how)),
      ];
      deepStrictEqual(how(1), ["process"]);
      deepStrictEqual(how(4), ["host"]);
      deepStrictEqual(how(8), ["host"]);
      const report = renderReport(first);
      ok(
        report.includes("| age.ts:4:14 | boundary | `>=` → `>` | `return age >= ADULT;` |"),
        report,
      );

      // --resume keeps the kills and runs the survivors again; an equivalent is set aside.
      const second = await runMutation({
        ...options,
        resume: true,
        equivalents: [{
          file: "age.ts",
          line: "return age >= ADULT;",
          original: ">=",
          replacement: ">",
          reason: "for the test's sake",
        }],
      });
      ok(lines.some((l) => /: 3 to run, \d+ kept/.test(l)), lines.join("\n"));
      deepStrictEqual(status(second, "4 >= → >"), ["equivalent"]);
      deepStrictEqual(status(second, "13 ++ → --"), ["timeout"]);
      ok(renderReport(second).includes("`>=` → `>`: for the test's sake"));
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  },
});

const SCHEMATA_SOURCE = `
export function f(a: number, b: number, xs: number[], s: string): string {
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += xs[i] * 2;
  if (a < b && !(a === 3)) total -= 1;
  const big = Math.max(a, b) > 10 ? "big" : "small";
  const parts = [String(total), big, /^[a-z]{2,4}$/.test(s) ? "word" : "other"];
  if (s.startsWith("x")) parts.push("x");
  else parts.push(-1 + "");
  return parts.join("|");
}
`;

const CASES: [number, number, number[], string][] = [
  [1, 2, [1, 2, 3], "abc"],
  [3, 5, [], "x"],
  [12, 4, [7], "abcde"],
  [2, 2, [0, 0], "ab"],
];

async function load(source: string): Promise<{ f: (...a: unknown[]) => string }> {
  const url = "data:application/typescript;base64," + btoa(source);
  return await import(url);
}

Deno.test("schemata: with one mutant switched on, the instrumented module behaves as that mutant", async () => {
  const mutants = generateMutants("s.ts", SCHEMATA_SOURCE);
  ok(mutants.length > 30, `${mutants.length} mutants`);
  const numbered = mutants.map((mutant, i) => ({ n: i + 1, mutant }));
  const instrumented = await load(instrument("s.ts", SCHEMATA_SOURCE, numbered));
  const plain = await load(SCHEMATA_SOURCE);
  const g = globalThis as Record<string, unknown>;
  const run = (mod: { f: (...a: unknown[]) => string }) =>
    CASES.map((c) => {
      try {
        return mod.f(...c);
      } catch (e) {
        return `throws ${(e as Error).name}`;
      }
    });
  deepStrictEqual(run(instrumented), run(plain), "no mutant: as written");
  for (const { n, mutant } of numbered) {
    if (mutant.operator === "update") continue; // i-- loops forever in both
    const edited = SCHEMATA_SOURCE.slice(0, mutant.start) + mutant.replacement +
      SCHEMATA_SOURCE.slice(mutant.end);
    const expected = run(await load(edited));
    g[ACTIVE] = n;
    try {
      deepStrictEqual(
        run(instrumented),
        expected,
        `${mutant.operator} ${mutant.original} → ${mutant.replacement}`,
      );
    } finally {
      g[ACTIVE] = undefined;
    }
  }
});

Deno.test("schemata: a trace names the mutants a call reaches, and only those", async () => {
  const source = "export const g = (a: number) => (a > 0 ? a + 1 : a - 1);";
  const mutants = generateMutants("t.ts", source).map((mutant, i) => ({ n: i + 1, mutant }));
  const mod = await load(instrument("t.ts", source, mutants)) as unknown as {
    g: (a: number) => number;
  };
  const gl = globalThis as Record<string, unknown>;
  const hits = new Set<number>();
  gl[TRACE] = hits;
  try {
    mod.g(5);
  } finally {
    gl[TRACE] = undefined;
  }
  const reached = mutants.filter(({ n }) => hits.has(n)).map(({ mutant }) =>
    `${mutant.original} → ${mutant.replacement}`
  );
  ok(reached.includes("+ → -"), reached.join(", "));
  ok(!reached.includes("- → +"), "the branch not taken is not reached");
});

Deno.test("a fresh run can be limited to tests by name, whatever characters the names hold", async () => {
  const dir = await Deno.makeTempDir({ prefix: "mutate-filter-" });
  try {
    await Deno.writeTextFile(
      join(dir, "names_test.ts"),
      'Deno.test("plain", () => {});\nDeno.test("fails (x) [y] a|b $1 /z/", () => { throw new Error("no"); });\n',
    );
    const run = (names: string[]) =>
      runDenoTest({ cwd: dir, files: ["names_test.ts"], timeoutMs: 60_000, names });
    equal((await run(["plain"])).passed, true);
    equal((await run(["fails (x) [y] a|b $1 /z/"])).passed, false);
    equal((await run(["plain", "fails (x) [y] a|b $1 /z/"])).passed, false);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
