/**
 * scrub_text's contract, written three times, agrees: the definition's inputs with the zod schema
 * the handler parses them with, and its outputs with ScrubTextOutputs and what a run returns.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import {
  definitionKinds,
  type OutputKinds,
  schemaKinds,
  valueProblems,
} from "../contract_checks.ts";
import { ScrubTextFunction } from "./definition.ts";
import { createScrubTextHandler, InputsSchema, type ScrubTextOutputs } from "./handler.ts";

/** Every output with its kind: `deno check` fails when this and ScrubTextOutputs disagree. */
const OUTPUTS: OutputKinds<ScrubTextOutputs> = {
  text: "string",
  masked_counts: "string",
  masked_summary: "string",
};

const { input_parameters: inputs, output_parameters: outputs } = ScrubTextFunction.definition;

Deno.test("scrub_text: the definition's inputs are the schema's (names, types, required)", () => {
  deepStrictEqual(schemaKinds(InputsSchema), definitionKinds(inputs));
  deepStrictEqual(valueProblems(InputsSchema, inputs), []);
});

Deno.test("scrub_text: the definition's outputs are ScrubTextOutputs, and a run returns them", async () => {
  deepStrictEqual(OUTPUTS, definitionKinds(outputs));
  const result = await createScrubTextHandler()({
    inputs: { text: "mail jane.doe@example.com" },
    env: {},
    token: "",
    team_id: "",
    enterprise_id: "",
  });
  strictEqual(result.error, undefined, result.error);
  const returned = Object.fromEntries(
    Object.entries(result.outputs ?? {}).map(([name, value]) => [name, typeof value]),
  );
  deepStrictEqual(returned, definitionKinds(outputs));
});
