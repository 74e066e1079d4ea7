/** The `patterns` command end to end, as a subprocess. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { dirname, join } from "@node/path";
import { fileURLToPath } from "@node/url";

import { isoTimeAt } from "./patterns.ts";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "patterns.ts");
const AWS_KEYS = ["AKIAUOAHU7VIXMVZJSZJ", "AKIAQWERTYUIOPASDFGH", "AKIAZXCVBNMLKJHGFDSA"];

async function runPatterns(args: string[], stdin: string) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", "--allow-read", SCRIPT, ...args],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(stdin));
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  return {
    code,
    stdout: new TextDecoder().decode(stdout),
    stderr: new TextDecoder().decode(stderr),
  };
}

/** Output lines, without the final newline's empty piece. */
function linesOf(stdout: string): string[] {
  const lines = stdout.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

Deno.test("--per-line prints exactly one template per input line, empty and long lines too", async () => {
  const long = "x".repeat(200_000);
  const input = [
    "user 1 logged in",
    "",
    "user 2 logged in",
    "   ",
    long,
    `${"word ".repeat(10_000)}end`,
    "user 3 logged in\r",
    "",
    "last line without newline",
  ].join("\n");
  const { code, stdout } = await runPatterns(["--per-line"], input);
  strictEqual(code, 0);
  const out = linesOf(stdout);
  strictEqual(out.length, 9);
  deepStrictEqual([out[0], out[2], out[6]], Array(3).fill("user <*> logged in"));
  deepStrictEqual([out[1], out[3], out[7]], ["", "", ""]);
  ok(out[4].length <= 400 && out[5].length <= 400);
});

Deno.test("--per-line: an input ending in a newline gives as many lines; no input gives none", async () => {
  for (const [input, count] of [["a 1\nb 2\n", 2], ["\n\n\n", 3], ["", 0], ["solo", 1]] as const) {
    const { code, stdout } = await runPatterns(["--per-line"], input);
    strictEqual(code, 0);
    strictEqual(linesOf(stdout).length, count, JSON.stringify(input));
  }
});

Deno.test("templates and examples are built after scrubbing: no secret in any output", async () => {
  const input =
    AWS_KEYS.map((key, i) =>
      `2025-06-03T10:0${i}:00Z ERROR deploy aws configure: access_key_id=${key}`
    ).join("\n") + "\n";
  for (const args of [["--per-line"], [], ["--json"]]) {
    const { code, stdout } = await runPatterns(args, input);
    strictEqual(code, 0);
    for (const key of AWS_KEYS) ok(!stdout.includes(key), `${args.join(" ")} printed a key`);
  }
  const perLine = linesOf((await runPatterns(["--per-line"], input)).stdout);
  deepStrictEqual(
    perLine,
    Array(3).fill("<*>:<*> ERROR deploy aws configure: access_key_id=<*>"),
  );
});

Deno.test("the summary: levels, a sparkline from the lines' times, errors first then by count", async () => {
  const lines: string[] = [];
  for (let i = 0; i < 5; i++) lines.push(`2025-06-03T10:0${i}:00Z INFO cache miss for key k${i}`);
  lines.push("2025-06-03T10:02:30Z ERROR disk full on /dev/sda1");
  lines.push("    at writer (io.ts:12:3)");
  const { code, stdout } = await runPatterns([], lines.join("\n") + "\n");
  strictEqual(code, 0);
  const out = linesOf(stdout);
  strictEqual(out[0], "7 lines in 6 entries; by level: error 1, info 5");
  ok(out.includes("  ▅▅█▅▅"), stdout);
  ok(out.includes("    ^"), stdout);
  const error = out.findIndex((l) => l.includes("ERROR disk full on /dev/<*>"));
  const info = out.findIndex((l) => l.includes("INFO cache miss for key <*>"));
  ok(error !== -1 && info > error, stdout);
  ok(out[error + 1].includes("(+1 more lines)"), stdout);
});

Deno.test("--json gives the summary for machines", async () => {
  const { code, stdout } = await runPatterns(["--json", "--top", "1"], "a 1\nb 2\nb 3\n");
  strictEqual(code, 0);
  const summary = JSON.parse(stdout);
  strictEqual(summary.lines, 3);
  strictEqual(summary.patterns.length, 1);
  deepStrictEqual([summary.patterns[0].template, summary.patterns[0].count], ["b <*>", 2]);
});

Deno.test("bad usage exits 2 and says why", async () => {
  for (const args of [["--nope"], ["--top", "0"], ["--per-line", "--json"]]) {
    const { code, stderr, stdout } = await runPatterns(args, "");
    strictEqual(code, 2);
    strictEqual(stdout, "");
    ok(stderr.startsWith("patterns: ") && stderr.includes("usage:"), stderr);
  }
});

Deno.test("leading ISO-8601 times are read as UTC, with fractions and offsets", () => {
  const cases: [string, number][] = [
    ["2025-06-01T00:00:00.002Z x", Date.UTC(2025, 5, 1, 0, 0, 0, 2)],
    ["2025-06-01 10:20:30,5 x", Date.UTC(2025, 5, 1, 10, 20, 30, 500)],
    ["2025-06-01T10:20:30+02:00 x", Date.UTC(2025, 5, 1, 8, 20, 30)],
    ["2025-06-01T10:20:30-0130 x", Date.UTC(2025, 5, 1, 11, 50, 30)],
  ];
  for (const [line, ms] of cases) strictEqual(isoTimeAt(line, 0), ms, line);
  ok(Number.isNaN(isoTimeAt("Jun  3 10:05:25 host x", 0)));
  ok(Number.isNaN(isoTimeAt("2025-06-0x", 0)));
});

Deno.test("the summary drops terminal control characters from log text", async () => {
  const { code, stdout } = await runPatterns([], "ERROR boom \x1b[31mred\x1b[0m \x07bell\n");
  strictEqual(code, 0);
  // deno-lint-ignore no-control-regex
  ok(!/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(stdout), JSON.stringify(stdout));
  ok(stdout.includes("ERROR boom [31mred[0m bell"), stdout);
});
