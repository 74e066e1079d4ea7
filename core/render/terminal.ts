/**
 * A Slack message's blocks, readable in a terminal (the demo prints what a person would see).
 * Accepts any JSON (e.g. a message read back from the emulator): known block types are drawn,
 * others are named. Slack markup is turned back into what a client shows (`<@U1>` → `@U1`,
 * dates → their fallback, entities → characters), and control characters are removed so text
 * cannot drive the terminal.
 */

export interface TerminalOptions {
  /** Columns for rules and wrapping of the frame. Default 80. */
  width?: number;
  /** ANSI bold/dim. Default false. */
  color?: boolean;
  /** Blocks drawn at most (the rest are counted). Default 100. */
  maxBlocks?: number;
  /** Display names for user ids, so `<@U1>` shows as `@maya.oncall`. */
  userNames?: Readonly<Record<string, string>>;
}

export function renderBlocksForTerminal(blocks: unknown, options: TerminalOptions = {}): string {
  const width = Math.min(Math.max(options.width ?? 80, 20), 400);
  const bold = (s: string) => options.color ? `\x1b[1m${s}\x1b[0m` : s;
  const dim = (s: string) => options.color ? `\x1b[2m${s}\x1b[0m` : s;
  const list = Array.isArray(blocks) ? blocks : [];
  const maxBlocks = options.maxBlocks ?? 100;
  const fromSlack = (text: string) => slackToDisplay(text, options.userNames);
  // `*bold*` outside inline code only: a template's `<*>` inside code is not formatting.
  const markup = (text: string) =>
    text.split(/(`[^`\n]*`)/).map((part) =>
      part.startsWith("`") ? part : emoji(part).replace(/\*([^*\n]+)\*/g, (_, t: string) => bold(t))
    ).join("");
  const out: string[] = [];
  for (const block of list.slice(0, maxBlocks)) {
    const type = field(block, "type");
    if (type === "header") {
      const text = fromSlack(textOf(field(block, "text")));
      out.push(bold(text), "═".repeat(Math.min(width, Math.max(text.length, 1))));
    } else if (type === "section") {
      out.push(...renderSection(fromSlack(textOf(field(block, "text"))), width, dim, markup));
    } else if (type === "context") {
      const elements = field(block, "elements");
      const texts = Array.isArray(elements) ? elements.map((e) => fromSlack(textOf(e))) : [];
      out.push(...texts.map((t) => dim(`  ${markup(t)}`)));
    } else if (type === "divider") {
      out.push(dim("─".repeat(width)));
    } else if (type === "actions") {
      // Buttons, as labels: "[ Purge now ]  [ Extend by 60 min ]".
      const elements = field(block, "elements");
      const labels = Array.isArray(elements)
        ? elements.slice(0, 25).map((e) => `[ ${safe(textOf(field(e, "text")))} ]`)
        : [];
      out.push(bold(labels.join("  ")));
    } else {
      out.push(dim(`[${safe(typeof type === "string" ? type : "unknown")} block]`));
    }
  }
  if (list.length > maxBlocks) out.push(dim(`[${list.length - maxBlocks} more blocks]`));
  return out.join("\n");
}

/** A section: code fences become a framed box; in other text `*bold*` is drawn bold. */
function renderSection(
  text: string,
  width: number,
  dim: (s: string) => string,
  markup: (s: string) => string,
): string[] {
  const fenced = /^```\n?([\s\S]*?)\n?```$/.exec(text);
  if (!fenced) return [markup(text)];
  const lines = fenced[1].replaceAll("\u200B", "").split("\n");
  return [dim(`┌${"─".repeat(width - 1)}`), ...lines.map((l) => `${dim("│")} ${l}`), dim("└")];
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function textOf(textObject: unknown): string {
  const text = field(textObject, "text");
  return typeof text === "string" ? text : "";
}

/** The emoji codes a report uses, as a Slack client draws them (outside code). */
const EMOJI: Readonly<Record<string, string>> = {
  bar_chart: "📊",
  chart_with_upwards_trend: "📈",
  hourglass: "⌛",
  lock: "🔒",
  mag: "🔍",
  new: "🆕",
  scissors: "✂️",
  warning: "⚠️",
};

/** Emoji codes → the emoji, for the codes a report uses (others stay as typed). */
function emoji(text: string): string {
  return text.replace(
    /:([a-z_]+):/g,
    (code, name: string) => Object.hasOwn(EMOJI, name) ? EMOJI[name] : code,
  );
}

/** Slack markup → what a client displays. */
export function slackToDisplay(
  text: string,
  userNames: Readonly<Record<string, string>> = {},
): string {
  const shown = text
    .replace(/<!date\^\d+\^[^|>]*\|([^>]*)>/g, "$1")
    .replace(
      /<@([UW][A-Z0-9]+)>/g,
      (_, id: string) => `@${Object.hasOwn(userNames, id) ? userNames[id] : id}`,
    )
    .replace(/<#([CGD][A-Z0-9]+)(\|[^>]*)?>/g, "#$1")
    .replace(/<!(here|channel|everyone)>/g, "@$1")
    .replace(/<(https?:[^|>]*)\|([^>]*)>/g, "$2 ($1)")
    .replace(/<(https?:[^>]*)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return safe(shown);
}

/** Removes terminal control characters (ESC sequences, C0 and C1) except newline and tab. */
function safe(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, "");
}
