/**
 * My debug reports's contract, written three times, agrees: the definition's inputs with the zod schema the
 * handler parses them with, and its outputs with MyDebugReportsOutputs.
 */
import { deepStrictEqual } from "@node/assert";
import {
  definitionKinds,
  type OutputKinds,
  schemaKinds,
  valueProblems,
} from "../contract_checks.ts";
import { MyDebugReportsFunction } from "./definition.ts";
import { InputsSchema, type MyDebugReportsOutputs } from "./my_reports.ts";

/** Every output with its kind: `deno check` fails when this and MyDebugReportsOutputs disagree. */
const OUTPUTS: OutputKinds<MyDebugReportsOutputs> = {
  reports_listed: "number",
};

const { input_parameters: inputs, output_parameters: outputs } = MyDebugReportsFunction.definition;

Deno.test("my_reports: the definition's inputs are the schema's (names, types, required)", () => {
  deepStrictEqual(schemaKinds(InputsSchema), definitionKinds(inputs));
  deepStrictEqual(valueProblems(InputsSchema, inputs), []);
});

Deno.test("my_reports: the definition's outputs are MyDebugReportsOutputs's", () => {
  deepStrictEqual(OUTPUTS, definitionKinds(outputs));
});
