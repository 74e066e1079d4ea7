/**
 * Test support: a webhook body for "Debug from alert" signed as a sender would sign it, and the
 * env that accepts it. Test code only.
 */
import { alertValues, signedAlertBody as signBody } from "../../core/webhook/mod.ts";

/** A signing secret for tests (never a real one). */
export const TEST_ALERT_SECRET = "test-alert-signing-secret-0123456789abcdef";

/** The settings that accept bodies signed with TEST_ALERT_SECRET for `services`. */
export function testAlertEnv(services: readonly string[]): Record<string, string> {
  return { ALERT_WEBHOOK_SECRETS: TEST_ALERT_SECRET, ALERT_WEBHOOK_SERVICES: services.join(",") };
}

/** The body for an alert on `fields` (timestamp now and a fresh nonce unless given), signed. */
export function signedAlertBody(
  fields: Parameters<typeof alertValues>[0],
  secret = TEST_ALERT_SECRET,
): Record<string, string> {
  return signBody(alertValues(fields), secret);
}
