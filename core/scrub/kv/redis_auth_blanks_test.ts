/**
 * Redis's AUTH is read with any 1 to 4 blanks between MONITOR's quoted arguments and any 0 to 4
 * after a prompt's `>` (REDIS_AUTH): the detector's keywords hold every such run of blanks, so a
 * line with two spaces or a tab is read too, not only one with a single space.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

/** Every run of `fewest` to 4 blanks, spaces and tabs in every order. */
function blanks(fewest: number): string[] {
  const runs: string[] = [];
  const grow = (run: string) => {
    if (run.length >= fewest) runs.push(run);
    if (run.length < 4) { for (const b of [" ", "\t"]) grow(run + b); }
  };
  grow("");
  return runs;
}

const PASSWORD = "Rp9xq2Lzw";

Deno.test("Redis AUTH: read with every run of blanks its pattern reads", () => {
  const scrubber = createScrubber();
  const lines = [
    ...blanks(1).map((b) => `1700000000.1 [0 10.0.0.1:5000] "AUTH"${b}"${PASSWORD}"`),
    ...blanks(1).map((b) => `1700000000.1 [0 10.0.0.1:5000] "auth"${b}"default"${b}"${PASSWORD}"`),
    ...blanks(0).map((b) => `127.0.0.1:6379>${b}AUTH ${PASSWORD}`),
  ];
  strictEqual(lines.length, 30 + 30 + 31);
  for (const line of lines) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(PASSWORD), false, JSON.stringify(line));
    strictEqual(out.includes("[REDACTED:cli-password-input]"), true, JSON.stringify(out));
  }
});
