/**
 * The few Block Kit shapes a report uses, as plain JSON types (core code has no Slack imports),
 * and how much text each carries towards Slack's cumulative message budget.
 */

export interface TextObject {
  type: "plain_text" | "mrkdwn";
  text: string;
}

/** A button with a confirmation dialog or none (Block Kit's button element). */
export interface ButtonElement {
  type: "button";
  action_id: string;
  text: TextObject & { type: "plain_text" };
  value: string;
  style?: "primary" | "danger";
  confirm?: {
    title: TextObject & { type: "plain_text" };
    text: TextObject;
    confirm: TextObject & { type: "plain_text" };
    deny: TextObject & { type: "plain_text" };
    style?: "primary" | "danger";
  };
}

export type Block =
  | { type: "header"; text: TextObject & { type: "plain_text" } }
  | { type: "section"; text: TextObject }
  | { type: "context"; elements: TextObject[]; block_id?: string }
  | { type: "divider" };

/** Buttons: only a report whose step waits for clicks carries them (report_controls.ts). */
export interface ActionsBlock {
  type: "actions";
  block_id: string;
  elements: ButtonElement[];
}

/** What a report message may hold: the text blocks, and its buttons. */
export type ReportBlock = Block | ActionsBlock;

/** A message as posted: blocks plus the notification/fallback `text`. */
export interface ReportMessage {
  blocks: Block[];
  text: string;
}

/** Characters of text a block contributes (what Slack's size limits count). */
export function blockTextLength(block: ReportBlock): number {
  switch (block.type) {
    case "header":
    case "section":
      return block.text.text.length;
    case "context":
      return block.elements.reduce((sum, e) => sum + e.text.length, 0);
    case "divider":
      return 0;
    case "actions":
      return block.elements.reduce((sum, e) => sum + e.text.text.length, 0);
  }
}
