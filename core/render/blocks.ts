/**
 * The few Block Kit shapes a report uses, as plain JSON types (core code has no Slack imports),
 * and how much text each carries towards Slack's cumulative message budget.
 */

export interface TextObject {
  type: "plain_text" | "mrkdwn";
  text: string;
}

export type Block =
  | { type: "header"; text: TextObject & { type: "plain_text" } }
  | { type: "section"; text: TextObject }
  | { type: "context"; elements: TextObject[] }
  | { type: "divider" };

/** A message as posted: blocks plus the notification/fallback `text`. */
export interface ReportMessage {
  blocks: Block[];
  text: string;
}

/** Characters of text a block contributes (what Slack's size limits count). */
export function blockTextLength(block: Block): number {
  switch (block.type) {
    case "header":
    case "section":
      return block.text.text.length;
    case "context":
      return block.elements.reduce((sum, e) => sum + e.text.length, 0);
    case "divider":
      return 0;
  }
}
