// views.open: validate and record a modal opened from an interactivity pointer or trigger id.
import { utf8Length } from "../../../core/excerpt.ts";
import { isPlainObject, optionalString, requiredJson, SlackError } from "../args.ts";
import { validateBlocks } from "../limits.ts";
import type { MethodHandler } from "./handler.ts";

const MAX_TITLE = 24;
const MAX_VIEW_BYTES = 250_000;
const MAX_PRIVATE_METADATA = 3000;
const MAX_CALLBACK_ID = 255;

function invalidView(message: string): SlackError {
  return new SlackError("invalid_arguments", `[ERROR] view: ${message}`);
}

function checkPlainText(value: unknown, field: string, required: boolean): void {
  if (value === undefined && !required) return;
  if (
    !isPlainObject(value) || value.type !== "plain_text" || typeof value.text !== "string" ||
    value.text.length === 0 || value.text.length > MAX_TITLE
  ) {
    throw invalidView(`${field} must be plain_text of 1 to ${MAX_TITLE} characters`);
  }
}

const open: MethodHandler = (args, workspace) => {
  const trigger_id = optionalString(args, "trigger_id");
  const interactivity_pointer = optionalString(args, "interactivity_pointer");
  if (!trigger_id && !interactivity_pointer) {
    throw new SlackError("invalid_arguments", "[ERROR] pass interactivity_pointer or trigger_id");
  }
  const view = requiredJson(args, "view");
  if (!isPlainObject(view) || view.type !== "modal") throw invalidView("type must be 'modal'");
  if (utf8Length(JSON.stringify(view)) > MAX_VIEW_BYTES) {
    throw new SlackError("view_too_large", `[ERROR] view is over ${MAX_VIEW_BYTES} bytes`);
  }
  checkPlainText(view.title, "title", true);
  checkPlainText(view.submit, "submit", false);
  checkPlainText(view.close, "close", false);
  if (
    typeof view.private_metadata === "string" && view.private_metadata.length > MAX_PRIVATE_METADATA
  ) {
    throw invalidView(`private_metadata is over ${MAX_PRIVATE_METADATA} characters`);
  }
  if (typeof view.callback_id === "string" && view.callback_id.length > MAX_CALLBACK_ID) {
    throw invalidView(`callback_id is over ${MAX_CALLBACK_ID} characters`);
  }
  try {
    validateBlocks(view.blocks, "modal");
  } catch (error) {
    if (error instanceof SlackError) throw invalidView(error.detail ?? error.code);
    throw error;
  }
  const id = workspace.newId("V");
  workspace.views.push({ id, view, trigger_id, interactivity_pointer });
  return {
    view: { id, team_id: workspace.fixture.team.id, ...view, state: { values: {} } },
  };
};

export const viewMethods: Record<string, MethodHandler> = { "views.open": open };
