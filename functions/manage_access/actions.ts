/** What an admin asks of Manage debug access (the definition's enum, the handler's schema). */
export const MANAGE_ACTIONS = ["grant", "revoke", "list"] as const;
