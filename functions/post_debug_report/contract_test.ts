/**
 * post_debug_report's contract, written three times, agrees: the definition's inputs with the
 * zod schema the handler parses them with, and its outputs with PostDebugReportOutputs
 * (functions/contract_checks.ts).
 */
import { deepStrictEqual } from "@node/assert";
import {
  definitionKinds,
  type OutputKinds,
  schemaKinds,
  valueProblems,
} from "../contract_checks.ts";
import { PostDebugReportFunction } from "./definition.ts";
import type { PostDebugReportOutputs } from "./handler.ts";
import { PostReportInputsSchema } from "./inputs.ts";

/** Every output with its kind: `deno check` fails when this and PostDebugReportOutputs disagree. */
const OUTPUTS: OutputKinds<PostDebugReportOutputs> = {
  message_ts: "string",
  session_id: "string",
  expires_at: "number",
};

const { input_parameters: inputs, output_parameters: outputs } = PostDebugReportFunction.definition;

Deno.test("post_debug_report: the definition's inputs are the schema's (names, types, required)", () => {
  deepStrictEqual(schemaKinds(PostReportInputsSchema), definitionKinds(inputs));
});

Deno.test("post_debug_report: the schema accepts what the definition offers (enums, bounds, blanks)", () => {
  deepStrictEqual(valueProblems(PostReportInputsSchema, inputs), []);
});

Deno.test("post_debug_report: the definition's outputs are PostDebugReportOutputs", () => {
  deepStrictEqual(OUTPUTS, definitionKinds(outputs));
});
