/**
 * fetch_logs' contract, written three times, agrees: the definition's inputs with the zod schema
 * the handler parses them with, and its outputs with FetchLogsOutputs (functions/contract_checks.ts).
 */
import { deepStrictEqual } from "@node/assert";
import {
  definitionKinds,
  type OutputKinds,
  schemaKinds,
  valueProblems,
} from "../contract_checks.ts";
import { FetchLogsFunction } from "./definition.ts";
import { type FetchLogsOutputs, InputsSchema } from "./fetch_logs.ts";

/** Every output with its kind: `deno check` fails when this and FetchLogsOutputs disagree. */
const OUTPUTS: OutputKinds<FetchLogsOutputs> = {
  excerpt: "string[]",
  line_count: "number",
  lines_read: "number",
  lines_out_of_window: "number",
  lines_repeated: "number",
  lines_matched: "number",
  filtered: "boolean",
  read_stopped_by: "string",
  partial_result: "boolean",
  truncated: "boolean",
  masked_counts: "string",
  masked_summary: "string",
  window_start: "string",
  window_end: "string",
  source: "string",
  insights: "string",
  excerpt_mode: "string",
};

const { input_parameters: inputs, output_parameters: outputs } = FetchLogsFunction.definition;

Deno.test("fetch_logs: the definition's inputs are the schema's (names, types, required)", () => {
  deepStrictEqual(schemaKinds(InputsSchema), definitionKinds(inputs));
});

Deno.test("fetch_logs: the schema accepts what the definition offers (enums, bounds, blanks)", () => {
  deepStrictEqual(valueProblems(InputsSchema, inputs), []);
});

Deno.test("fetch_logs: the definition's outputs are FetchLogsOutputs", () => {
  deepStrictEqual(OUTPUTS, definitionKinds(outputs));
});
