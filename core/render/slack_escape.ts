/**
 * Making untrusted text inert in Slack messages.
 *
 * Slack parses `<…>` as mentions, links and dates (`<!channel>`, `<@U123>`, `<https://x|y>`) and
 * `&`, `<`, `>` must be sent as entities. Once `<` and `>` are escaped no text can mention or link.
 * Formatting (`*bold*`, `_it_`, `~strike~`, backticks) is made inert by showing text inside code.
 *
 * Escaping is idempotent: text travels between steps already escaped (a function's outputs are),
 * and escaping it again must not turn `&lt;` into `&amp;lt;`. So `&` is left alone where it
 * already starts `&amp;`, `&lt;` or `&gt;`; every other `&`, and every `<` and `>`, is escaped.
 * A text that says `&lt;` literally is then shown as `<`: a small loss, never a live mention.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** What escaping must touch: `<`, `>`, and `&` unless it starts one of Slack's three entities. */
const UNESCAPED = /[<>]|&(?!amp;|lt;|gt;)/g;
const LONGEST_ENTITY = "&amp;".length;

/**
 * Escape `&`, `<`, `>` so Slack shows them literally and never parses a mention or link.
 * Idempotent: `escapeSlackText(escapeSlackText(x)) === escapeSlackText(x)`; the result never
 * holds `<` or `>`.
 */
export function escapeSlackText(text: string): string {
  return text.replace(UNESCAPED, (c) => ENTITIES[c]);
}

/**
 * The end at or before `end` that does not split one of the three entities (`&amp;`, `&lt;`,
 * `&gt;`) of escaped text, so a cut piece never ends in a stray `&am` that escaping would grow.
 */
export function entitySafeEnd(text: string, end: number): number {
  const amp = text.lastIndexOf("&", end - 1);
  if (amp < 0 || amp <= end - LONGEST_ENTITY) return end;
  const semi = text.indexOf(";", amp);
  return semi === -1 || semi >= end ? amp : end;
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
