/**
 * The active reports a person may act on, read from debug_sessions: their own, and with
 * `everyone` those of services they are an admin for. A query is a scan, so it is paged to the
 * end within a bound (queryAll fails closed beyond it).
 */
import { decideAccess } from "../../core/access/mod.ts";
import { DEBUG_SESSIONS, queryAll } from "../../datastores/records.ts";
import type { SlackClient } from "../../slack/web_api.ts";
import type { Access } from "../access/access.ts";
import { type PurgeSession, readSessionItem } from "../purge_reports/session_record.ts";

/** Query pages read at most (1,000 items each). */
export const MAX_SESSION_PAGES = 50;

/** Active sessions `actor` may act on, soonest deadline first. */
export async function readActiveReports(
  client: SlackClient,
  actor: string,
  everyone: Access | undefined,
): Promise<PurgeSession[]> {
  const items = await queryAll(client, DEBUG_SESSIONS, {
    expression: "#status = :active",
    expression_attributes: { "#status": "status" },
    expression_values: { ":active": "active" },
  }, MAX_SESSION_PAGES);
  const sessions: PurgeSession[] = [];
  for (const item of items) {
    const session = readSessionItem(item);
    if (!session || session.status !== "active") continue;
    const mine = session.requester === actor;
    if (mine || (everyone && decideAccess(everyone, "admin", session.service).allowed)) {
      sessions.push(session);
    }
  }
  return sessions.sort((a, b) => a.expires_at - b.expires_at || a.id.localeCompare(b.id));
}
