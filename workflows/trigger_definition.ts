import type { SlackAPI } from "deno-slack-sdk";

/**
 * The argument `workflows.triggers.create` takes, which is what a trigger file's default
 * export must be. The npm SDK root exports neither `Trigger` nor `TriggerTypes`, so the
 * type is derived from the typed client instead. Kept out of triggers/, which holds only
 * trigger files: the CLI's trigger picker lists every file there.
 */
export type TriggerDefinition = Parameters<
  ReturnType<typeof SlackAPI>["workflows"]["triggers"]["create"]
>[0];
