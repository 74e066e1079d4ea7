/**
 * The roles records (one item per person: their role and the services it covers) and how
 * function runtime code reads and writes them (no SDK value import).
 */
import { DatastoreWriteError, deleteItem, getItem, queryAll } from "./records.ts";
import { type SlackClient, slackErrorCode } from "../slack/web_api.ts";

export const ROLES_DATASTORE = "roles";

export interface RoleRecord {
  /** The person's Slack user id (the primary key). */
  user_id: string;
  /** viewer, debugger or admin (core/access/roles.ts). */
  role: string;
  /** Service names or globs the role covers (`checkout`, `checkout-*`, `*`). */
  scopes: string[];
  /** Who granted it: an admin's user id. */
  granted_by: string;
  /** When (epoch seconds). */
  granted_at: number;
}

/** The stored item for `userId`, unvalidated, or undefined. Throws DatastoreReadError. */
export async function getRoleItem(
  client: SlackClient,
  userId: string,
): Promise<Record<string, unknown> | undefined> {
  return await getItem(client, ROLES_DATASTORE, userId);
}

/** Saves a grant. Throws DatastoreWriteError or SlackApiError when it cannot be saved. */
export async function saveRole(client: SlackClient, record: RoleRecord): Promise<void> {
  const response = await client.call("apps.datastore.put", {
    datastore: ROLES_DATASTORE,
    item: { ...record, scopes: [...record.scopes] },
  });
  if (!response.ok) throw new DatastoreWriteError(ROLES_DATASTORE, slackErrorCode(response));
}

/** Removes `userId`'s grant (no error when there is none). Throws DatastoreWriteError. */
export async function deleteRole(client: SlackClient, userId: string): Promise<void> {
  await deleteItem(client, ROLES_DATASTORE, userId);
}

/** Query pages of roles read at most (1,000 items each): past it, listing fails closed. */
export const MAX_ROLE_PAGES = 20;

/**
 * Every stored roles item, unvalidated, paging to the end. Throws DatastoreReadError when Slack
 * refuses or there are more than MAX_ROLE_PAGES pages to read.
 */
export async function listRoleItems(client: SlackClient): Promise<Record<string, unknown>[]> {
  return await queryAll(client, ROLES_DATASTORE, {
    expression: "attribute_exists(#role)",
    expression_attributes: { "#role": "role" },
    expression_values: {},
  }, MAX_ROLE_PAGES);
}
