/**
 * Small function definitions for the runner's tests; their handlers live beside this file.
 */
import { DefineFunction, Schema } from "deno-slack-sdk";

export const EchoFunction = DefineFunction({
  callback_id: "echo",
  title: "Echo",
  source_file: "devkit/workflow_runner/testdata/echo_handler.ts",
  input_parameters: {
    properties: { text: { type: Schema.types.string } },
    required: ["text"],
  },
  output_parameters: {
    properties: {
      text: { type: Schema.types.string },
      length: { type: Schema.types.integer },
      seen_context: { type: Schema.types.object },
    },
    required: ["text", "length", "seen_context"],
  },
});

export const MisbehavingFunction = DefineFunction({
  callback_id: "misbehave",
  title: "Misbehave",
  source_file: "devkit/workflow_runner/testdata/misbehaving_handler.ts",
  input_parameters: {
    properties: { mode: { type: Schema.types.string } },
    required: ["mode"],
  },
  output_parameters: {
    properties: { result: { type: Schema.types.string } },
    required: ["result"],
  },
});

export const ConfirmFunction = DefineFunction({
  callback_id: "confirm",
  title: "Confirm",
  source_file: "devkit/workflow_runner/testdata/confirm_handler.ts",
  input_parameters: {
    properties: {
      channel_id: { type: Schema.slack.types.channel_id },
      question: { type: Schema.types.string },
    },
    required: ["channel_id", "question"],
  },
  output_parameters: {
    properties: {
      confirmed_by: { type: Schema.slack.types.user_id },
      value: { type: Schema.types.string },
    },
    required: ["confirmed_by", "value"],
  },
});
