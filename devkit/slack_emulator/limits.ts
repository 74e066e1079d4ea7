// Block Kit and message-size limits as Slack enforces them on chat.* and views.open.
import { isPlainObject, SlackError } from "./args.ts";

export const MAX_MESSAGE_TEXT = 40_000;
/** chat.update: "The `text` field cannot exceed 4,000 characters" (msg_too_long). */
export const MAX_UPDATE_TEXT = 4_000;
export const MAX_MESSAGE_BLOCKS = 50;
export const MAX_MODAL_BLOCKS = 100;
export const MAX_SECTION_TEXT = 3000;
export const MAX_HEADER_TEXT = 150;
export const MAX_SECTION_FIELDS = 10;
export const MAX_FIELD_TEXT = 2000;
export const MAX_ACTIONS_ELEMENTS = 25;
export const MAX_CONTEXT_ELEMENTS = 10;
export const MAX_MARKDOWN_BLOCK_TEXT = 12_000;
/** Slack rejects messages whose blocks carry more text than about this in total. */
export const MAX_CUMULATIVE_BLOCK_TEXT = 12_000;
export const MAX_BLOCK_ID = 255;

const MESSAGE_BLOCK_TYPES = new Set([
  "section",
  "header",
  "context",
  "actions",
  "divider",
  "image",
  "rich_text",
  "markdown",
  "file",
  "video",
  "table",
]);
const MODAL_BLOCK_TYPES = new Set([...MESSAGE_BLOCK_TYPES, "input"]);

export type Surface = "message" | "modal";

function invalid(message: string, pointer: string): SlackError {
  const detail = `${message} [json-pointer:${pointer}]`;
  return new SlackError("invalid_blocks", detail, { errors: [detail] });
}

/** Checks a text object and returns its length (for the cumulative cap). */
function textObject(value: unknown, pointer: string, maxLength: number, plainOnly = false): number {
  if (!isPlainObject(value)) throw invalid("must be a text object", pointer);
  const allowed = plainOnly ? ["plain_text"] : ["plain_text", "mrkdwn"];
  if (!allowed.includes(value.type as string)) {
    throw invalid(`type must be one of ${allowed.join(", ")}`, `${pointer}/type`);
  }
  if (typeof value.text !== "string" || value.text.length === 0) {
    throw invalid("must be more than 0 characters", `${pointer}/text`);
  }
  if (value.text.length > maxLength) {
    throw invalid(`must be less than ${maxLength + 1} characters`, `${pointer}/text`);
  }
  return value.text.length;
}

function elementList(block: Record<string, unknown>, pointer: string, max: number): unknown[] {
  const elements = block.elements;
  if (!Array.isArray(elements) || elements.length === 0) {
    throw invalid("must provide at least 1 element", `${pointer}/elements`);
  }
  if (elements.length > max) {
    throw invalid(`must provide no more than ${max} items`, `${pointer}/elements`);
  }
  return elements;
}

function blockTextLength(block: Record<string, unknown>, pointer: string): number {
  switch (block.type) {
    case "section": {
      let total = 0;
      if (block.text !== undefined) {
        total += textObject(block.text, `${pointer}/text`, MAX_SECTION_TEXT);
      }
      if (block.fields !== undefined) {
        if (!Array.isArray(block.fields) || block.fields.length > MAX_SECTION_FIELDS) {
          throw invalid(
            `must provide no more than ${MAX_SECTION_FIELDS} items`,
            `${pointer}/fields`,
          );
        }
        block.fields.forEach((field, i) => {
          total += textObject(field, `${pointer}/fields/${i}`, MAX_FIELD_TEXT);
        });
      }
      if (block.text === undefined && block.fields === undefined) {
        throw invalid("must provide text or fields", pointer);
      }
      return total;
    }
    case "header":
      return textObject(block.text, `${pointer}/text`, MAX_HEADER_TEXT, true);
    case "markdown":
      if (typeof block.text !== "string" || block.text.length > MAX_MARKDOWN_BLOCK_TEXT) {
        throw invalid(
          `must be a string of at most ${MAX_MARKDOWN_BLOCK_TEXT} characters`,
          `${pointer}/text`,
        );
      }
      return block.text.length;
    case "context":
      return elementList(block, pointer, MAX_CONTEXT_ELEMENTS).reduce<number>(
        (total, element, i) =>
          isPlainObject(element) && element.type !== "image"
            ? total + textObject(element, `${pointer}/elements/${i}`, MAX_SECTION_TEXT)
            : total,
        0,
      );
    case "actions":
      elementList(block, pointer, MAX_ACTIONS_ELEMENTS);
      return 0;
    default:
      return 0;
  }
}

/**
 * Validates a blocks array for a message or a modal. Returns the total characters of block
 * text. Throws SlackError("invalid_blocks") with a json-pointer like Slack's messages.
 */
export function validateBlocks(blocks: unknown, surface: Surface): number {
  if (!Array.isArray(blocks)) {
    throw new SlackError("invalid_blocks_format", "[ERROR] blocks must be an array");
  }
  const max = surface === "message" ? MAX_MESSAGE_BLOCKS : MAX_MODAL_BLOCKS;
  if (blocks.length > max) throw invalid(`must provide no more than ${max} items`, "/blocks");
  const allowedTypes = surface === "message" ? MESSAGE_BLOCK_TYPES : MODAL_BLOCK_TYPES;
  const blockIds = new Set<string>();
  let total = 0;
  blocks.forEach((block, i) => {
    const pointer = `/blocks/${i}`;
    if (!isPlainObject(block) || !allowedTypes.has(block.type as string)) {
      throw invalid("unsupported block type", `${pointer}/type`);
    }
    if (block.block_id !== undefined) {
      const id = block.block_id;
      if (typeof id !== "string" || id.length === 0 || id.length > MAX_BLOCK_ID) {
        throw invalid(`must be 1 to ${MAX_BLOCK_ID} characters`, `${pointer}/block_id`);
      }
      if (blockIds.has(id)) throw invalid("block_id must be unique", `${pointer}/block_id`);
      blockIds.add(id);
    }
    total += blockTextLength(block, pointer);
  });
  return total;
}
