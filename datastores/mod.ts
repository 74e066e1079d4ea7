/** Every datastore the app declares: the manifest lists these, local runs emulate them. */
import AlertStormsDatastore from "./alert_storms.ts";
import AuditEventsDatastore from "./audit_events.ts";
import DebugSessionsDatastore from "./debug_sessions.ts";
import FetchRateDatastore from "./fetch_rate.ts";
import RolesDatastore from "./roles.ts";
import WebhookNoncesDatastore from "./webhook_nonces.ts";

export const DATASTORES = [
  DebugSessionsDatastore,
  AuditEventsDatastore,
  FetchRateDatastore,
  WebhookNoncesDatastore,
  AlertStormsDatastore,
  RolesDatastore,
];
