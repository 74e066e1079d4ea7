/**
 * The env var names the sample log service's URL and token are passed to the Slack function
 * under. Kept apart from the service (mod.ts) so the app's source config can name them without
 * pulling the sample log generator into the deployed bundle.
 */
export const SAMPLE_LOGS_URL_ENV = "SAMPLE_LOGS_URL";
export const SAMPLE_LOGS_TOKEN_ENV = "SAMPLE_LOGS_TOKEN";
