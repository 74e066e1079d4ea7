/**
 * The adversarial corpus (./adversarial.jsonl, written by ./gen_adversarial.ts) through the whole
 * default engine: every secret and personal value in real log syntaxes is masked, every benign
 * look-alike comes out unchanged. The stored corpus must be what the generator writes.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { ADVERSARIAL_TEXT } from "./gen_adversarial.ts";
import type { CorpusCase } from "./provider_cases.ts";

const file = new URL("./adversarial.jsonl", import.meta.url);
const cases: CorpusCase[] = (await Deno.readTextFile(file)).split("\n").filter((l) => l !== "")
  .map((l) => JSON.parse(l));
const scrubber = createScrubber();

Deno.test("the stored adversarial corpus is the generator's output (run gen_adversarial.ts)", async () => {
  deepStrictEqual(await Deno.readTextFile(file), ADVERSARIAL_TEXT);
});

Deno.test("every secret and personal value of the adversarial corpus is masked", () => {
  const leaks = cases.filter((c) => c.kind !== "benign").flatMap((c) => {
    const out = scrubber.scrub(c.text).text;
    return c.secrets.filter((s) => out.includes(s)).map(() => `${c.id} ${c.type}: ${out}`);
  });
  deepStrictEqual(leaks, []);
});

Deno.test("every benign look-alike of the adversarial corpus comes out unchanged", () => {
  const damaged = cases.filter((c) => c.kind === "benign")
    .map((c) => ({ c, out: scrubber.scrub(c.text).text }))
    .filter(({ c, out }) => out !== c.text)
    .map(({ c, out }) => `${c.id} ${c.type}: ${out}`);
  deepStrictEqual(damaged, []);
});
