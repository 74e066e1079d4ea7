/**
 * purge_reports's contract, written three times, agrees: the definition's inputs with the zod schema the
 * handler parses them with, and its outputs with PurgeReportsOutputs.
 */
import { deepStrictEqual } from "@node/assert";
import {
  definitionKinds,
  type OutputKinds,
  schemaKinds,
  valueProblems,
} from "../contract_checks.ts";
import { PurgeReportsFunction } from "./definition.ts";
import { InputsSchema, type PurgeReportsOutputs } from "./handler.ts";

/** Every output with its kind: `deno check` fails when this and PurgeReportsOutputs disagree. */
const OUTPUTS: OutputKinds<PurgeReportsOutputs> = {
  purged: "number",
  closed: "number",
  failed: "number",
  left: "number",
};

const { input_parameters: inputs, output_parameters: outputs } = PurgeReportsFunction.definition;

Deno.test("purge_reports: the definition's inputs are the schema's (names, types, required)", () => {
  deepStrictEqual(schemaKinds(InputsSchema), definitionKinds(inputs));
  deepStrictEqual(valueProblems(InputsSchema, inputs), []);
});

Deno.test("purge_reports: the definition's outputs are PurgeReportsOutputs's", () => {
  deepStrictEqual(OUTPUTS, definitionKinds(outputs));
});
