/**
 * Debug audit's contract, written three times, agrees: the definition's inputs with the zod schema the
 * handler parses them with, and its outputs with DebugAuditOutputs.
 */
import { deepStrictEqual } from "@node/assert";
import {
  definitionKinds,
  type OutputKinds,
  schemaKinds,
  valueProblems,
} from "../contract_checks.ts";
import { DebugAuditFunction } from "./definition.ts";
import { type DebugAuditOutputs, InputsSchema } from "./debug_audit.ts";

/** Every output with its kind: `deno check` fails when this and DebugAuditOutputs disagree. */
const OUTPUTS: OutputKinds<DebugAuditOutputs> = {
  events_shown: "number",
};

const { input_parameters: inputs, output_parameters: outputs } = DebugAuditFunction.definition;

Deno.test("debug_audit: the definition's inputs are the schema's (names, types, required)", () => {
  deepStrictEqual(schemaKinds(InputsSchema), definitionKinds(inputs));
  deepStrictEqual(valueProblems(InputsSchema, inputs), []);
});

Deno.test("debug_audit: the definition's outputs are DebugAuditOutputs's", () => {
  deepStrictEqual(OUTPUTS, definitionKinds(outputs));
});
