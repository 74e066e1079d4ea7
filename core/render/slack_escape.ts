/**
 * Making untrusted text inert in Slack messages.
 *
 * Slack parses `<…>` as mentions, links and dates (`<!channel>`, `<@U123>`, `<https://x|y>`) and
 * `&`, `<`, `>` must be sent as entities. Once those three are escaped no text can mention or link.
 * Formatting (`*bold*`, `_it_`, `~strike~`, backticks) is made inert by showing text inside code.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Escape `&`, `<`, `>` so Slack shows them literally and never parses a mention or link. */
export function escapeSlackText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]);
}

/**
 * Text for the inside of a ``` code block: escaped, and no two backticks adjacent (a zero-width
 * space goes between them), so a log line can never close the block and format what follows.
 */
export function escapeCodeBlockText(text: string): string {
  return escapeSlackText(text).replace(/`(?=`)/g, "`\u200B");
}

/**
 * A short value (service name, environment, source) as inline code: escaped, one line, no
 * backticks (they would end the code span), so it can neither format nor mention.
 */
export function inlineCode(text: string): string {
  const oneLine = escapeSlackText(text).replace(/[\r\n\t]+/g, " ").replace(/`/g, "\u02CB");
  return `\`${oneLine === "" ? " " : oneLine}\``;
}

/** Plain text (header blocks, notification fallback): escaped and on one line. */
export function plainLine(text: string): string {
  return escapeSlackText(text).replace(/[\r\n\t]+/g, " ");
}
