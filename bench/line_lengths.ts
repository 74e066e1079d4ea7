/**
 * Scrub speed by line length: `deno run --allow-read bench/line_lengths.ts [--input FILE] [--mb N]`.
 *
 * The same text (FILE's lines, or the dev kit's sample log lines as JSON) is laid out as lines of 200,
 * 4 Ki, 16 Ki and 60 Ki characters: consecutive source lines joined with a space and cut at the
 * length. Per byte the content is the same, so a scrubber whose speed is flat in line length
 * shows the same MB/s for each. Prints the engine's speed in process (best of 3, wall clock and
 * CPU time, which other processes on the machine disturb less).
 */
import process from "node:process";
import { sampleLineAt } from "../devkit/sample_logs/generator.ts";
import { SAMPLE_SERVICES } from "../devkit/sample_logs/services.ts";
import { createScrubber } from "../core/scrub/mod.ts";

const LENGTHS = [200, 4096, 16384, 61440];
const RUNS = 3;

function parseArgs(args: readonly string[]): { input?: string; mb: number } {
  const parsed: { input?: string; mb: number } = { mb: 8 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--input" && args[i + 1]) parsed.input = args[++i];
    else if (args[i] === "--mb" && /^[1-9]\d?$/.test(args[i + 1] ?? "")) parsed.mb = +args[++i];
    else {throw new Error(
        `unknown argument ${JSON.stringify(args[i])}; use [--input FILE] [--mb N]`,
      );}
  }
  return parsed;
}

/** About `chars` characters of source lines, in order. */
export async function sourceLines(chars: number, input?: string): Promise<string[]> {
  const lines: string[] = [];
  let total = 0;
  if (input !== undefined) {
    for (const line of (await Deno.readTextFile(input)).split("\n")) {
      if (total >= chars) break;
      lines.push(line);
      total += line.length + 1;
    }
    return lines;
  }
  const services = Object.keys(SAMPLE_SERVICES);
  for (let slot = 0; total < chars; slot++) {
    const line = JSON.stringify(sampleLineAt(services[slot % services.length], "production", slot));
    lines.push(line);
    total += line.length + 1;
  }
  return lines;
}

/** The source lines joined with spaces and cut into lines of `length` characters. */
export function layOut(lines: readonly string[], length: number): string {
  const out: string[] = [];
  let current = "";
  for (const line of lines) {
    current = current === "" ? line : `${current} ${line}`;
    while (current.length >= length) {
      out.push(current.slice(0, length));
      current = current.slice(length);
    }
  }
  if (current !== "") out.push(current);
  return out.join("\n");
}

function measure(text: string): { wall: number; cpu: number } {
  const scrubber = createScrubber(undefined, { pseudonymKey: new Uint8Array(32).fill(7) });
  let wall = Infinity, cpu = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    scrubber.scrub(text);
    wall = Math.min(wall, performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  const mb = text.length / 1e6;
  return { wall: mb / (wall / 1000), cpu: mb / (cpu / 1000) };
}

if (import.meta.main) {
  const args = parseArgs(Deno.args);
  const lines = await sourceLines(args.mb * 1e6, args.input);
  console.log(`${args.mb} MB of ${args.input ?? "dev kit sample log lines"}, best of ${RUNS}`);
  for (const length of LENGTHS) {
    const { wall, cpu } = measure(layOut(lines, length));
    console.log(
      `lines of ${String(length).padStart(5)} chars: ${wall.toFixed(1).padStart(6)} MB/s wall, ` +
        `${cpu.toFixed(1).padStart(6)} MB/s CPU`,
    );
  }
}
