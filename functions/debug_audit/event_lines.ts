/**
 * One audit event as one line of the audit view. Every value comes from the store, which anyone
 * with the app's datastore access can write, so each is checked (ids, numbers) or escaped and
 * shown as inline code (text): no stored value can mention, link or format. Events hold no log
 * text, filter text or secrets; the filter's keyed hash is not shown either.
 */
import { counted } from "../../core/render/counted.ts";
import { inlineCode } from "../../core/render/slack_escape.ts";
import { CHANNEL_ID, USER_ID } from "../slack_ids.ts";

/** Longest stored text shown for one field. */
const MAX_FIELD_CHARS = 80;

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== ""
    ? inlineCode(value.slice(0, MAX_FIELD_CHARS))
    : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function when(value: unknown): string {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1e11) {
    return "(no time)";
  }
  return `${new Date(value * 1000).toISOString().slice(0, 16).replace("T", " ")}Z`;
}

const OUTCOME_WORDS: Record<string, string> = {
  success: "*success*",
  failure: "*failure*",
  refused: "*refused*",
  started: "*started* (never finished)",
};

export function eventLine(event: Record<string, unknown>): string {
  const actor = typeof event.actor === "string" && USER_ID.test(event.actor)
    ? `<@${event.actor}>`
    : text(event.actor) ?? "(nobody)";
  const channel = typeof event.channel === "string" && CHANNEL_ID.test(event.channel)
    ? ` in <#${event.channel}>`
    : "";
  const target = typeof event.target === "string" && USER_ID.test(event.target)
    ? ` for <@${event.target}>`
    : "";
  const service = text(event.service);
  const environment = text(event.environment);
  const window = text(event.window);
  const what = service === undefined
    ? ""
    : ` ${service}${environment ? ` (${environment})` : ""}${window ? ` over ${window}` : ""}`;
  const outcome = typeof event.outcome === "string"
    ? (Object.hasOwn(OUTCOME_WORDS, event.outcome) ? OUTCOME_WORDS[event.outcome] : undefined) ??
      text(event.outcome)
    : "(no outcome)";
  const read = count(event.lines_read);
  const shown = count(event.lines_shown);
  const lines = read === undefined
    ? ""
    : ` · ${counted(read, "line")} read${shown === undefined ? "" : `, ${shown} shown`}`;
  const filtered = event.filter_given === true ? " · filtered" : "";
  const detail = text(event.detail);
  return `• ${when(event.at)} ${actor} ${text(event.action) ?? "(no action)"}${what}${channel}` +
    `${target}: ${outcome}${lines}${filtered}${detail ? ` · ${detail}` : ""}`;
}
