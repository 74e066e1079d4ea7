/**
 * Manage debug access's contract, written three times, agrees: the definition's inputs with the zod schema the
 * handler parses them with, and its outputs with ManageAccessOutputs.
 */
import { deepStrictEqual } from "@node/assert";
import {
  definitionKinds,
  type OutputKinds,
  schemaKinds,
  valueProblems,
} from "../contract_checks.ts";
import { ManageAccessFunction } from "./definition.ts";
import { InputsSchema, type ManageAccessOutputs } from "./manage_access.ts";

/** Every output with its kind: `deno check` fails when this and ManageAccessOutputs disagree. */
const OUTPUTS: OutputKinds<ManageAccessOutputs> = {
  outcome: "string",
};

const { input_parameters: inputs, output_parameters: outputs } = ManageAccessFunction.definition;

Deno.test("manage_access: the definition's inputs are the schema's (names, types, required)", () => {
  deepStrictEqual(schemaKinds(InputsSchema), definitionKinds(inputs));
  deepStrictEqual(valueProblems(InputsSchema, inputs), []);
});

Deno.test("manage_access: the definition's outputs are ManageAccessOutputs's", () => {
  deepStrictEqual(OUTPUTS, definitionKinds(outputs));
});
