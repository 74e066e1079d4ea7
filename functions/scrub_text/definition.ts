import { DefineFunction, Schema } from "deno-slack-sdk";

/** Masks secrets and personal data in any text, e.g. the output of another app's step. */
export const ScrubTextFunction = DefineFunction({
  callback_id: "scrub_text",
  title: "Scrub secrets and personal data",
  description:
    "Masks credentials, tokens, keys and personal data (emails, cards, phone numbers …) in a text.",
  source_file: "functions/scrub_text/handler.ts",
  input_parameters: {
    properties: {
      text: {
        type: Schema.types.string,
        title: "Text",
        description: "The text to scrub (at most 4000 bytes)",
      },
    },
    required: ["text"],
  },
  output_parameters: {
    properties: {
      text: {
        type: Schema.types.string,
        title: "Scrubbed text",
        description:
          "The text with every finding replaced by a placeholder, and &, <, > escaped for Slack",
      },
      masked_counts: {
        type: Schema.types.string,
        title: "Masking counts (JSON)",
        description: 'How many values of each kind were masked, as JSON: {"email": 3}',
      },
      masked_summary: {
        type: Schema.types.string,
        title: "Masking summary",
        description: 'What was masked, for people: "3 emails masked"',
      },
    },
    required: ["text", "masked_counts", "masked_summary"],
  },
});
