/** The contract checks see a field on one side only, another type, another requiredness, a bound. */
import { deepStrictEqual, notDeepStrictEqual, throws } from "@node/assert";
import { DefineFunction, Schema } from "deno-slack-sdk";
import * as z from "zod";
import {
  definitionKinds,
  type OutputKinds,
  schemaKinds,
  valueProblems,
} from "./contract_checks.ts";

const Example = DefineFunction({
  callback_id: "example",
  title: "Example",
  source_file: "functions/example/handler.ts",
  input_parameters: {
    properties: {
      channel_id: { type: Schema.slack.types.channel_id },
      lines: { type: Schema.types.array, items: { type: Schema.types.string } },
      limit: { type: Schema.types.integer, minimum: 1, maximum: 10 },
      mode: { type: Schema.types.string, enum: ["a", "b"] },
      note: { type: Schema.types.string },
    },
    required: ["channel_id", "lines"],
  },
  output_parameters: {
    properties: {
      at: { type: Schema.slack.types.timestamp },
      done: { type: Schema.types.boolean },
      note: { type: Schema.types.string },
    },
    required: ["at", "done"],
  },
});
const inputs = Example.definition.input_parameters;

const schema = z.object({
  channel_id: z.string().regex(/^C/),
  lines: z.array(z.string()).max(3),
  limit: z.number().int().min(1).max(10).optional(),
  mode: z.union([z.enum(["a", "b"]), z.literal("")]).optional(),
  note: z.string().optional().transform((text) => text || undefined),
});

interface ExampleOutputs {
  at: number;
  done: boolean;
  note?: string;
}

Deno.test("the kinds of a definition, a schema and an outputs type agree when they should", () => {
  const expected = {
    channel_id: "string",
    lines: "string[]",
    limit: "number?",
    mode: "string?",
    note: "string?",
  };
  deepStrictEqual(definitionKinds(inputs), expected);
  deepStrictEqual(schemaKinds(schema), expected);
  deepStrictEqual(valueProblems(schema, inputs), []);
  const outputs: OutputKinds<ExampleOutputs> = { at: "number", done: "boolean", note: "string?" };
  deepStrictEqual(outputs, definitionKinds(Example.definition.output_parameters));
});

Deno.test("a field on one side only, another type or another requiredness is a difference", () => {
  const kinds = definitionKinds(inputs);
  notDeepStrictEqual(schemaKinds(schema.extend({ extra: z.string() })), kinds);
  notDeepStrictEqual(schemaKinds(schema.omit({ note: true })), kinds);
  notDeepStrictEqual(schemaKinds(schema.extend({ limit: z.string().optional() })), kinds);
  notDeepStrictEqual(schemaKinds(schema.extend({ note: z.string() })), kinds);
  notDeepStrictEqual(schemaKinds(schema.extend({ lines: z.array(z.number()) })), kinds);
  notDeepStrictEqual(schemaKinds(schema.extend({ lines: z.array(z.string()).default([]) })), kinds);
});

Deno.test("values the definition offers and the schema refuses are named", () => {
  const strict = schema.extend({
    limit: z.number().min(2).max(11).optional(),
    mode: z.enum(["a"]).optional(),
    note: z.string().min(1).optional(),
  });
  deepStrictEqual(valueProblems(strict, inputs), [
    "limit: refuses its minimum 1",
    "limit: accepts 11, past its maximum",
    "limit: accepts 5.5, not a whole number",
    'mode: refuses the enum value "b"',
    'mode: refuses "", which Workflow Builder passes for a blank field',
    'note: refuses "", which Workflow Builder passes for a blank field',
  ]);
});

Deno.test("a type the checks do not know is refused, not guessed", () => {
  throws(() => schemaKinds(z.object({ when: z.date() })), /zod type date is not mapped/);
  throws(
    () => definitionKinds({ properties: { form: { type: "slack#/types/form_input_object" } } }),
    /form: type slack#\/types\/form_input_object is not mapped/,
  );
});
