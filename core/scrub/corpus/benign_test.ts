/** Every line of the benign corpus (./benign_cases.ts) leaves the scrubber exactly as it came. */
import { deepStrictEqual } from "@node/assert";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";
import { BENIGN } from "./benign_cases.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(9) });

for (const [kind, lines] of BENIGN) {
  Deno.test(`benign corpus: ${kind} lines are unchanged`, () => {
    const damaged = lines.flatMap((line) => {
      const out = scrubber.scrub(line).text;
      return out === line ? [] : [`${line}\n  => ${out}`];
    });
    deepStrictEqual(damaged, []);
  });
}
