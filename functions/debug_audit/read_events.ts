/**
 * Reading audit events for the audit view: a filtered scan of audit_events, paged to the end
 * within a bound. A scan reads the whole store whatever the filter, so past the bound the view
 * says it searched only part of it (it shows what it read, never claims it is everything).
 */
import { AUDIT_EVENTS } from "../../datastores/records.ts";
import { DatastoreReadError } from "../../datastores/records.ts";
import { type SlackClient, slackErrorCode } from "../../slack/web_api.ts";

/** Pages read at most (1,000 events scanned each). */
export const MAX_AUDIT_PAGES = 50;
const PAGE_SIZE = 1000;
/** Matching events kept at most while scanning: the newest are picked from these. */
const MAX_KEPT = 5000;

export interface AuditFilter {
  actor?: string;
  service?: string;
  outcome?: string;
}

export interface EventsRead {
  events: Record<string, unknown>[];
  /** False when the scan stopped at its bound before the end of the store. */
  complete: boolean;
}

/** The query for `filter`: every event when nothing is asked. */
export function auditQuery(filter: AuditFilter) {
  const parts: string[] = ["#at >= :zero"];
  const attributes: Record<string, string> = { "#at": "at" };
  const values: Record<string, string | number> = { ":zero": 0 };
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    parts.push(`#${key} = :${key}`);
    attributes[`#${key}`] = key;
    values[`:${key}`] = value;
  }
  return {
    expression: parts.join(" AND "),
    expression_attributes: attributes,
    expression_values: values,
  };
}

/** The events matching `filter`, newest first. Throws DatastoreReadError when Slack refuses. */
export async function readAuditEvents(
  client: SlackClient,
  filter: AuditFilter,
  maxPages = MAX_AUDIT_PAGES,
): Promise<EventsRead> {
  const events: Record<string, unknown>[] = [];
  let complete = false;
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const response = await client.call("apps.datastore.query", {
      datastore: AUDIT_EVENTS,
      ...auditQuery(filter),
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    if (!response.ok) {
      throw new DatastoreReadError(AUDIT_EVENTS, `Slack said "${slackErrorCode(response)}"`);
    }
    if (!Array.isArray(response.items)) {
      throw new DatastoreReadError(AUDIT_EVENTS, "the answer had no items");
    }
    for (const item of response.items) {
      if (typeof item === "object" && item !== null) events.push(item as Record<string, unknown>);
    }
    if (events.length > MAX_KEPT) {
      // Keep the newest only: memory stays bounded however large the store grows.
      events.sort(newestFirst);
      events.length = MAX_KEPT;
    }
    const next = (response.response_metadata as { next_cursor?: unknown } | undefined)
      ?.next_cursor;
    if (typeof next !== "string" || next === "") {
      complete = true;
      break;
    }
    cursor = next;
  }
  return { events: events.sort(newestFirst), complete };
}

function timeOf(event: Record<string, unknown>): number {
  return typeof event.at === "number" && Number.isFinite(event.at) ? event.at : 0;
}

function newestFirst(a: Record<string, unknown>, b: Record<string, unknown>): number {
  return timeOf(b) - timeOf(a);
}
