import { deepStrictEqual, equal, ok } from "@node/assert";
import { join } from "@node/path";
import { generateMutants, type Mutant } from "./mutate/operators.ts";
import { regexMutants } from "./mutate/regex_mutants.ts";
import { executes, parseLcov } from "./mutate/coverage.ts";
import { cpuLine, expandTargets, isGenerated, parseArgs, runMutation } from "./mutate.ts";
import { renderReport, type Results } from "./mutate/report.ts";
import { runDenoTest } from "./mutate/runner.ts";
import { TestHost } from "./mutate/host_client.ts";
import {
  FURTHER_FILES,
  FURTHER_MS,
  KILL_NEAR_LINES,
  KillHistory,
  testRounds,
  testsInHost,
} from "./mutate/selection.ts";
import {
  ACTIVE,
  applyMutant,
  HIT_LIMIT,
  HITS,
  instrument,
  RUNAWAY,
  TRACE,
} from "./mutate/schemata.ts";

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

Deno.test("operators: a literal table is mutated at its first item only, unless collapseTables is false", () => {
  const source = [
    "const W = [7, 3, -1, 9];",
    "const L = { AL: 28, AD: 24, AT: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21 };",
    "const NESTED = [[1, 2], [3, 4], [5, 6], [7, 8]];",
    "export const f = (d: number[]) => d[0] * 3 + [5, 6][d[1]];",
  ].join("\n");
  const collapsed = { tables: 0, mutants: 0 };
  const got = edits(generateMutants("t.ts", source, { collapsed })).sort();
  deepStrictEqual(got, [
    "1 number 7 → 6",
    "1 number 7 → 8",
    "2 number 28 → 27",
    "2 number 28 → 29",
    "3 number 1 → 0",
    "3 number 1 → 2",
    "4 arithmetic * → /",
    "4 arithmetic + → -",
    "4 number 0 → 1",
    "4 number 1 → 0",
    "4 number 1 → 2",
    "4 number 3 → 2",
    "4 number 3 → 4",
    "4 number 5 → 4",
    "4 number 5 → 6",
    "4 number 6 → 5",
    "4 number 6 → 7",
  ]);
  // Left out: 3, -1 (its 1), 9 (two each, 1 → 0 and 1 → 2 …), seven lengths and seven pairs.
  deepStrictEqual(collapsed, { tables: 3, mutants: 6 + 14 + 14 });
  const all = generateMutants("t.ts", source, { collapseTables: false });
  ok(
    all.some((m) => m.line === 1 && m.original === "9"),
    "without collapsing every item is mutated",
  );
});

Deno.test("generated modules are recognised by the header that says so", () => {
  ok(
    isGenerated(
      "// Generated by `deno task shape-tables` from line_shapes.ts. Do not edit: change…\n",
    ),
  );
  ok(!isGenerated("/** Line shapes: … */\nexport const x = 1;\n"));
  ok(!isGenerated("x".repeat(500) + "// Generated by a tool. Do not edit.\n"));
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

Deno.test("kill history: tests that killed nearby mutants of the module run first, nearest first, none dropped", () => {
  const kills = new KillHistory();
  const chosen = ["t > fast", "t > medium", "t > slow", "u > other"];
  deepStrictEqual(kills.order("core/a.ts", 10, chosen, (t) => t), chosen, "no kills yet");
  kills.record("core/a.ts", 40, "t > slow");
  kills.record("core/a.ts", 12, "u > other");
  kills.record("core/b.ts", 10, "t > medium"); // another module's kill says nothing here
  kills.record("core/a.ts", 10 + KILL_NEAR_LINES + 1, "t > medium"); // too far away
  deepStrictEqual(kills.order("core/a.ts", 10, chosen, (t) => t), [
    "u > other",
    "t > slow",
    "t > fast",
    "t > medium",
  ]);
  const files = [{ f: "x_test.ts" }, { f: "y_test.ts" }];
  kills.record("core/a.ts", 9, "y_test.ts");
  deepStrictEqual(kills.order("core/a.ts", 10, files, (x) => x.f), [...files].reverse());
  // Bounded memory: many kills by one test keep a few lines, and the order still holds.
  for (let i = 0; i < 1000; i++) kills.record("core/c.ts", 500 + i, "t > fast");
  deepStrictEqual(kills.order("core/c.ts", 520, chosen, (t) => t)[0], "t > fast");
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
    "core/scrub/prefilter/line_shape_tables.ts",
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
      // Found by counting the mutated code's runs (no waiting for its time limit).
      deepStrictEqual(
        first.mutants.filter((m) => m.line === 13 && m.original === "++").map((m) => m.runaway),
        ["age_test.ts > total"],
      );
      ok(first.mutants.every((m) => m.status !== "no-coverage"));
      // Judged in a test host where the mutated code runs in the tests; the constant, evaluated
      // once at load, in a fresh test host (the mutant on before the modules load).
      const how = (line: number) => [
        ...new Set(first.mutants.filter((m) => m.line === line).map((m) => m.how)),
      ];
      deepStrictEqual(how(1), ["fresh"]);
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

Deno.test({
  name: "--rev judges the code of a git revision, whatever half-done edit the working tree holds",
  sanitizeResources: false,
  fn: async () => {
    const root = await Deno.makeTempDir({ prefix: "mutate-fixture-" });
    const git = async (...args: string[]) => {
      const out = await new Deno.Command("git", {
        args: ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args],
        cwd: root,
        stdout: "null",
        stderr: "piped",
      }).output();
      if (!out.success) throw new Error(new TextDecoder().decode(out.stderr));
    };
    try {
      await Deno.writeTextFile(join(root, "age.ts"), AGE);
      await Deno.writeTextFile(join(root, "age_test.ts"), AGE_TEST);
      await git("init", "-q");
      await git("add", "age.ts", "age_test.ts");
      await git("commit", "-q", "-m", "age");
      // Someone's edit in progress: the tests fail on it.
      await Deno.writeTextFile(join(root, "age.ts"), AGE.replace("age >= ADULT", "age > ADULT + "));
      const lines: string[] = [];
      const results = await runMutation({
        ...parseArgs(["age.ts", "--workers", "1", "--rev", "HEAD", "--operator", "boundary"]),
        root,
        log: (l) => lines.push(l),
      });
      ok(lines.some((l) => /^judging the code of HEAD \([0-9a-f]{40}\)/.test(l)), lines.join("\n"));
      deepStrictEqual(results.brokenTests, []);
      deepStrictEqual(
        results.mutants.map((m) => `${m.sourceLine} ${m.original}→${m.replacement} ${m.status}`),
        [
          "return age >= ADULT; >=→> survived",
          "for (let i = 1; i <= n; i++) sum += i; <=→< killed",
        ],
      );
      ok(JSON.parse(await Deno.readTextFile(join(root, ".mutation/results.json"))).mutants.length);
      await Deno.remove(join(root, ".mutation"), { recursive: true });
      let error = "";
      await runMutation({ ...parseArgs(["age.ts", "--rev", "nothing-here"]), root, log: () => {} })
        .catch((e) => (error = String(e)));
      ok(error.includes("--rev nothing-here: no such commit"), error);
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  },
});

const LIMIT = `const LIMIT = 3;
const TABLE = new Map([["a", LIMIT]]);
if (TABLE.size !== 1) throw new Error("table");

export const within = (n: number) => n <= (TABLE.get("a") ?? 0);
`;

const LIMIT_TEST = `import { equal } from "node:assert/strict";
import { within } from "./limit.ts";

Deno.test("within the limit", () => {
  equal(within(3), true);
  equal(within(4), false);
});
`;

Deno.test({
  name:
    "code run while a module loads is judged with its mutant on from the start, in one fresh host",
  sanitizeResources: false,
  fn: async () => {
    const root = await Deno.makeTempDir({ prefix: "mutate-fixture-" });
    try {
      await Deno.writeTextFile(join(root, "limit.ts"), LIMIT);
      await Deno.writeTextFile(join(root, "limit_test.ts"), LIMIT_TEST);
      const results = await runMutation({
        ...parseArgs(["limit.ts", "--workers", "1"]),
        root,
        log: () => {},
      });
      const judged = (edit: string) =>
        results.mutants.filter((m) => `${m.line} ${m.original} → ${m.replacement}` === edit)
          .map((m) => `${m.status} ${m.how}`);
      // The constant is read only through the table built at load: only a mutant that is on
      // while the module loads can change what the test sees.
      deepStrictEqual(judged("1 3 → 4"), ["killed fresh"]);
      deepStrictEqual(judged("1 3 → 2"), ["killed fresh"]);
      // A mutant that makes loading throw kills through the import that fails.
      const thrown = results.mutants.find((m) => m.id.endsWith(":TABLE.size !== 1=>true"));
      deepStrictEqual([thrown?.status, thrown?.killedBy], [
        "killed",
        "import limit_test.ts: table",
      ]);
    } finally {
      await Deno.remove(root, { recursive: true });
    }
  },
});

Deno.test({
  name: "tests named by mutated code are not the ones traced: a fresh deno test judges the mutant",
  sanitizeResources: false,
  fn: async () => {
    const root = await Deno.makeTempDir({ prefix: "mutate-fixture-" });
    try {
      await Deno.writeTextFile(join(root, "kinds.ts"), `export const KIND = "alpha";\n`);
      await Deno.writeTextFile(
        join(root, "kinds_test.ts"),
        `import { KIND } from "./kinds.ts";\nDeno.test("kind " + KIND, () => {});\n`,
      );
      const results = await runMutation({
        ...parseArgs(["kinds.ts", "--workers", "1"]),
        root,
        log: () => {},
      });
      // "kind alpha" is gone and "kind " is new: the fresh host cannot say it ran them all.
      deepStrictEqual(results.mutants.map((m) => `${m.replacement} ${m.status} ${m.how}`), [
        '"" survived process',
      ]);
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

Deno.test("a mutant applied for a fresh run is the program the test host runs, whatever the precedence", async () => {
  const source = "export const f = (a: boolean, b: boolean, c: boolean) => String(a && b && c);";
  const mutants = generateMutants("p.ts", source);
  const numbered = mutants.map((mutant, i) => ({ n: i + 1, mutant }));
  const instrumented = await load(instrument("p.ts", source, numbered));
  const g = globalThis as Record<string, unknown>;
  const all = [false, true].flatMap((a) =>
    [false, true].flatMap((b) => [[a, b, false], [a, b, true]])
  );
  const first = mutants.find((m) => m.operator === "logical" && m.start === source.indexOf("&&"));
  if (!first) throw new Error(mutants.map((m) => `${m.column} ${m.operator}`).join(", "));
  // `a && b && c` is `(a && b) && c`: its first && made || is `(a || b) && c`.
  ok(applyMutant("p.ts", source, first).includes("(a || b) && c"));
  for (const { n, mutant } of numbered) {
    const applied = await load(applyMutant("p.ts", source, mutant));
    g[ACTIVE] = n;
    try {
      deepStrictEqual(
        all.map((args) => instrumented.f(...args)),
        all.map((args) => applied.f(...args)),
        `${mutant.operator} ${mutant.original} → ${mutant.replacement} at ${mutant.column}`,
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
  const hits = new Map<number, number>();
  gl[TRACE] = hits;
  try {
    mod.g(5);
    mod.g(6);
  } finally {
    gl[TRACE] = undefined;
  }
  const reached = mutants.filter(({ n }) => hits.has(n)).map(({ mutant }) =>
    `${mutant.original} → ${mutant.replacement}`
  );
  ok(reached.includes("+ → -"), reached.join(", "));
  ok(!reached.includes("- → +"), "the branch not taken is not reached");
  const plus = mutants.find(({ mutant }) => mutant.original === "+")!;
  equal(hits.get(plus.n), 2, "each call counted");
});

Deno.test("schemata: the active mutant's code run past its hit limit throws and says it ran away", async () => {
  // Bounded, so that a run without the limit ends (at -5000) instead of looping forever.
  const source =
    "export const count = (n: number) => { let i = 0; while (i < n && i > -5000) i++; return i; };";
  const mutants = generateMutants("c.ts", source).map((mutant, i) => ({ n: i + 1, mutant }));
  const mod = await load(instrument("c.ts", source, mutants)) as unknown as {
    count: (n: number) => number;
  };
  const update = mutants.find(({ mutant }) => mutant.replacement === "--");
  if (!update) throw new Error(mutants.map(({ mutant }) => mutant.replacement).join(", "));
  const gl = globalThis as Record<string, unknown>;
  Object.assign(gl, { [ACTIVE]: update.n, [HITS]: 0, [HIT_LIMIT]: 1000, [RUNAWAY]: false });
  try {
    let error: unknown;
    try {
      mod.count(5); // i-- goes the wrong way
    } catch (e) {
      error = e;
    }
    ok(String(error).includes("more than 1000 times"), String(error));
    equal(gl[RUNAWAY], true);
    equal(gl[HITS], 1001);
    // Within its limit the mutant runs as it is.
    Object.assign(gl, { [ACTIVE]: update.n, [HITS]: 0, [HIT_LIMIT]: 1000, [RUNAWAY]: false });
    equal(mod.count(0), 0);
    equal(gl[RUNAWAY], false);
  } finally {
    for (const k of [ACTIVE, HITS, HIT_LIMIT, RUNAWAY]) gl[k] = undefined;
  }
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

Deno.test({
  name:
    "test host: a test is first run (unmutated) only when its turn comes, so a mutant killed earlier never runs it",
  sanitizeResources: false,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "mutate-host-" });
    let host: TestHost | undefined;
    try {
      await Deno.mkdir(join(dir, "host"));
      for (const f of ["test_host.ts", "host_protocol.ts"]) {
        await Deno.copyFile(new URL(`./mutate/${f}`, import.meta.url), join(dir, "host", f));
      }
      await Deno.writeTextFile(
        join(dir, "t_test.ts"),
        `const g = globalThis as Record<string, unknown>;
Deno.test("kills", () => { if (g.__MUTATION_ACTIVE__ === 1) throw new Error("mutant 1"); });
Deno.test("later", () => Deno.writeTextFileSync("later.txt", "run;", { append: true }));
Deno.test("slow at first", async () => {
  if (g.__MUTATION_ACTIVE__ === undefined) await new Promise((r) => setTimeout(r, 20_000));
});
`,
      );
      const started = await TestHost.start(dir, "host/test_host.ts", ["t_test.ts"], 60_000);
      if ("failed" in started) throw new Error(`the host did not start: ${started.failed}`);
      const h = started.host;
      host = h;
      const tests = ["t_test.ts > kills", "t_test.ts > later"];
      const killed = await h.run(1, tests, [30_000, 30_000]);
      deepStrictEqual(killed, { status: "killed", by: "t_test.ts > kills", error: "mutant 1" });
      const ran = () => Deno.readTextFile(join(dir, "later.txt")).catch(() => "");
      equal(await ran(), "", "the test after the killing one never ran, not even to warm up");
      deepStrictEqual(await h.run(2, tests, [30_000, 30_000]), {
        status: "survived",
        reached: false,
      });
      equal(await ran(), "run;run;", "a first run with no mutant, then the run with mutant 2");
      // A first run (no mutant) that outlives its limit says nothing about the mutant.
      deepStrictEqual(await h.run(3, ["t_test.ts > slow at first"], [500]), { failed: "warm-up" });
      await h.stop();

      // A spare starts with no test file and imports each one when a test of it is asked for.
      const spare = await TestHost.start(dir, "host/test_host.ts", [], 60_000);
      if ("failed" in spare) throw new Error(`the spare did not start: ${spare.failed}`);
      host = spare.host;
      deepStrictEqual(spare.ready.tests, []);
      deepStrictEqual(await spare.host.run(1, tests, [30_000, 30_000]), {
        status: "killed",
        by: "t_test.ts > kills",
        error: "mutant 1",
      });
    } finally {
      await host?.stop();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("the cpu line says where the time went: on mutants in hosts, and starting replacement hosts", () => {
  const mutant = (cpu: number) =>
    ({ status: "killed", tests: ["a_test.ts"], cpu }) as unknown as Results["mutants"][number];
  const line = cpuLine({
    cpu: { total: 20, setup: 4, replacements: { count: 3, cpu: 2.5 } },
    mutants: [mutant(1.5), mutant(2)],
  } as Results);
  equal(
    line,
    "cpu: 20.0 s in all, 4.0 s before the first mutant, 8.00 s a mutant judged (2); " +
      "3.5 s in test hosts on the mutants, 2.5 s starting 3 replacement hosts",
  );
});
