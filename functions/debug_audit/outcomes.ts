/** How a run ended, as audit events record it (datastores/records.ts AuditOutcome). */
export const AUDIT_OUTCOMES = ["success", "failure", "refused", "started"] as const;
