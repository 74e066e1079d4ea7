/**
 * The scrub task's V8 flags (deno.jsonc): no top-tier optimizing compiler (--max-opt=2), and
 * regexes compiled to machine code from their first use (--no-regexp-tier-up). V8 otherwise
 * compiles each regex to bytecode, runs it once in its interpreter and compiles it again on its
 * second use; the scrubber's detectors bring over a thousand regexes, most of which a 20 MB log
 * runs many times: the first compile and run were 4 to 8 % of the command's CPU net of start-up.
 */
import { deepStrictEqual } from "@node/assert";
import { dirname, join } from "@node/path";
import { fileURLToPath } from "@node/url";
import { parseJsonc } from "../scripts/deno_config.ts";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

Deno.test("the scrub task runs V8 with --max-opt=2 and --no-regexp-tier-up", async () => {
  const config = parseJsonc(await Deno.readTextFile(join(repo, "deno.jsonc"))) as {
    tasks: Record<string, string>;
  };
  const flags = config.tasks.scrub.split(" ").filter((word) => word.startsWith("--v8-flags="));
  deepStrictEqual(flags, ["--v8-flags=--max-opt=2,--no-regexp-tier-up"]);
});
