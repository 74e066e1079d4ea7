/** The results of a mutation run, and the Markdown report written from them. */
import type { Mutant } from "./operators.ts";
import type { Equivalent } from "./equivalents.ts";

export type MutantStatus = "killed" | "timeout" | "survived" | "no-coverage" | "equivalent";

export interface MutantResult extends Mutant {
  status: MutantStatus;
  /** The mutated line, trimmed, as it was. */
  sourceLine: string;
  /** SHA-256 of the module the mutant is in (--resume keeps a kill only while it is unchanged). */
  fileHash: string;
  /** Test files run (those executing the mutant), nearby first. */
  tests?: string[];
  killedBy?: string;
  /** A timeout found by counting: the test in which the mutated code ran past its hit limit. */
  runaway?: string;
  /** Where it was judged: in a long-lived test host, a fresh one (its mutant on from the start), or a fresh `deno test`. */
  how?: "host" | "fresh" | "process";
  ms?: number;
  /** CPU seconds of the test host that judged it (not measured for a fresh `deno test`). */
  cpu?: number;
  /** Why an equivalent mutant was set aside. */
  reason?: string;
}

/** What a run leaves out on purpose (see ../mutate.ts and ./operators.ts). */
export interface LeftOut {
  /** Generated modules ("Do not edit" in their header) found in the folders given. */
  generated: string[];
  /** Literal tables collapsed to their first item, and the mutants of their other items. */
  tables: number;
  tableMutants: number;
}

export interface Results {
  startedAt: string;
  seconds: number;
  /**
   * CPU seconds of the run and the processes it started (from /proc; absent elsewhere and in
   * older results): in all, and before the first mutant (copies, instrumenting, the trace).
   */
  cpu?: {
    total: number;
    setup: number;
    /** Hosts started to replace one killed over a mutant, and their CPU seconds of starting. */
    replacements?: { count: number; cpu: number };
  };
  workers: number;
  targets: string[];
  /** The paths given (or the default set): the report's areas. */
  areas: string[];
  fileHashes: Record<string, string>;
  /** Related test files that failed without any mutant, left out of every run. */
  brokenTests: string[];
  /** Entries of the equivalents list that matched no mutant of a file that was fully run. */
  staleEquivalents: Equivalent[];
  /** Absent in results written before it was recorded. */
  leftOut?: LeftOut;
  mutants: MutantResult[];
}

interface Tally {
  total: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  equivalent: number;
}

export function tally(mutants: readonly MutantResult[]): Tally {
  const t: Tally = { total: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, equivalent: 0 };
  for (const m of mutants) {
    t.total++;
    if (m.status === "killed") t.killed++;
    else if (m.status === "timeout") t.timeout++;
    else if (m.status === "survived") t.survived++;
    else if (m.status === "no-coverage") t.noCoverage++;
    else t.equivalent++;
  }
  return t;
}

/** Killed (or timed out) over every mutant that is not equivalent, in %; null when there are none. */
export function score(t: Tally): number | null {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? null : (100 * (t.killed + t.timeout)) / valid;
}

const pct = (s: number | null) => (s === null ? "–" : `${s.toFixed(1)} %`);

/** The area (one of the paths given) a file belongs to. */
export function areaOf(file: string, areas: readonly string[]): string {
  return areas.find((a) => file === a || file.startsWith(a.endsWith("/") ? a : a + "/")) ?? file;
}

function row(name: string, t: Tally): string {
  return `| ${name} | ${t.total} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.equivalent} | ${
    pct(score(t))
  } |`;
}

const HEADER = [
  "| | mutants | killed | timed out | survived | not executed | equivalent | score |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
];

const cell = (s: string) => "`" + s.replaceAll("`", "'").replaceAll("|", "\\|") + "`";
const short = (s: string, n = 90) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

/** The report as Markdown. */
export function renderReport(results: Results): string {
  const out: string[] = [];
  const all = tally(results.mutants);
  out.push("# Mutation testing report", "");
  out.push(
    `${results.startedAt}, ${results.seconds} s with ${results.workers} workers. ` +
      `Score: **${pct(score(all))}** of ${
        all.total - all.equivalent
      } non-equivalent mutants killed ` +
      `(${all.equivalent} equivalent set aside).`,
    "",
  );
  if (results.leftOut) {
    const l = results.leftOut;
    out.push(
      `Left out on purpose: the mutants of ${l.tableMutants} items of ${l.tables} literal tables ` +
        "(weights, letters, lengths: only each table's first item is mutated, as the one loop " +
        "reading a table treats every item alike and each rule's generated valid numbers pin " +
        "the values; `--data` mutates them all)" +
        (l.generated.length
          ? `, and ${l.generated.join(", ")} (generated; a test fails when it is stale)`
          : "") +
        ".",
      "",
    );
  }
  out.push("## By area", "", ...HEADER);
  const byArea = new Map<string, MutantResult[]>();
  for (const m of results.mutants) {
    const area = areaOf(m.file, results.areas);
    byArea.set(area, [...(byArea.get(area) ?? []), m]);
  }
  for (const [area, ms] of byArea) out.push(row(area, tally(ms)));
  out.push(row("**all**", all), "");

  out.push("## By file", "", ...HEADER);
  const byFile = new Map<string, MutantResult[]>();
  for (const m of results.mutants) byFile.set(m.file, [...(byFile.get(m.file) ?? []), m]);
  for (const [file, ms] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(row(file, tally(ms)));
  }
  out.push("");

  const list = (title: string, status: MutantStatus, note: string) => {
    const ms = results.mutants.filter((m) => m.status === status);
    out.push(`## ${title} (${ms.length})`, "", note, "");
    if (ms.length === 0) return;
    out.push("| where | operator | edit | line |", "| --- | --- | --- | --- |");
    for (const m of ms) {
      out.push(
        `| ${m.file}:${m.line}:${m.column} | ${m.operator} | ${cell(short(m.original, 40))} → ${
          cell(short(m.replacement, 40))
        } | ${cell(short(m.sourceLine))} |`,
      );
    }
    out.push("");
  };
  list("Survived", "survived", "Behaviour no test protects: the related tests pass with the bug.");
  list(
    "Not executed",
    "no-coverage",
    "No related test file runs this code (as measured by coverage of each file alone).",
  );
  const equivalents = results.mutants.filter((m) => m.status === "equivalent");
  out.push(`## Equivalent, set aside (${equivalents.length})`, "");
  for (const m of equivalents) {
    out.push(
      `- ${m.file}:${m.line} ${cell(short(m.original, 40))} → ${
        cell(short(m.replacement, 40))
      }: ${m.reason}`,
    );
  }
  out.push("");
  if (results.staleEquivalents.length > 0) {
    out.push("## Stale equivalents (matched no mutant: check again or remove)", "");
    for (const e of results.staleEquivalents) {
      out.push(`- ${e.file}: ${cell(short(e.line))} ${cell(e.original)} → ${cell(e.replacement)}`);
    }
    out.push("");
  }
  if (results.brokenTests.length > 0) {
    out.push("## Test files left out (they fail without any mutant)", "");
    for (const t of results.brokenTests) out.push(`- ${t}`);
    out.push("");
  }
  return out.join("\n");
}

export async function writeReport(path: string, results: Results) {
  await Deno.writeTextFile(path, renderReport(results));
}
