/**
 * The key name an assigned provider detector's value is written after in its examples and the
 * corpora (`DD_API_KEY=…`), by detector id: test data, so no function bundle carries it (the
 * detector itself matches every spelling of its names). formatOf gives a provider detector's
 * declared shape (../provider_shapes.ts's shapeOf) with that name.
 */
import type { Detector } from "../../detector.ts";
import { shapeOf } from "../provider_shapes.ts";

/** A provider detector's format: its shape, and for an assigned value a key name to write. */
export type TokenFormat =
  | { kind: "token"; source: string }
  | { kind: "assigned"; source: string; name: string };

/** Key names as a log would spell them, by detector id. */
export const SAMPLE_NAMES: Readonly<Record<string, string>> = {
  "aws-secret-access-key": "AWS_SECRET_ACCESS_KEY",
  "aws-session-token": "AWS_SESSION_TOKEN",
  "gcp-service-account-key-id": "private_key_id",
  "azure-devops-pat": "AZURE_DEVOPS_EXT_PAT",
  "ibm-cloud-api-key": "IBMCLOUD_API_KEY",
  "ibm-cos-hmac-secret": "COS_HMAC_SECRET_ACCESS_KEY",
  "softlayer-api-key": "SOFTLAYER_API_KEY",
  "cloudant-password": "CLOUDANT_PASSWORD",
  "alibaba-access-key-secret": "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "bitbucket-client-secret": "BITBUCKET_CLIENT_SECRET",
  "jenkins-api-token": "JENKINS_API_TOKEN",
  "jenkins-crumb": "Jenkins-Crumb",
  "sonar-token": "SONAR_TOKEN",
  "travis-ci-token": "TRAVIS_API_TOKEN",
  "codecov-token": "CODECOV_TOKEN",
  "codeclimate-reporter-id": "CC_TEST_REPORTER_ID",
  "slack-app-secret": "SLACK_SIGNING_SECRET",
  "discord-client-secret": "DISCORD_CLIENT_SECRET",
  "paypal-client-secret": "PAYPAL_CLIENT_SECRET",
  "razorpay-key-secret": "RAZORPAY_KEY_SECRET",
  "plaid-secret": "PLAID_SECRET",
  "gocardless-access-token": "GOCARDLESS_ACCESS_TOKEN",
  "twilio-auth-token": "TWILIO_AUTH_TOKEN",
  "mailgun-key": "MAILGUN_API_KEY",
  "mandrill-api-key": "MANDRILL_API_KEY",
  "postmark-token": "POSTMARK_SERVER_TOKEN",
  "mailjet-credential": "MAILJET_API_SECRET",
  "sparkpost-api-key": "SPARKPOST_API_KEY",
  "messagebird-api-key": "MESSAGEBIRD_API_KEY",
  "vonage-api-secret": "VONAGE_API_SECRET",
  "plivo-auth-token": "PLIVO_AUTH_TOKEN",
  "pusher-secret": "PUSHER_APP_SECRET",
  "cohere-api-key": "COHERE_API_KEY",
  "mistral-api-key": "MISTRAL_API_KEY",
  "deepseek-api-key": "DEEPSEEK_API_KEY",
  "wandb-api-key": "WANDB_API_KEY",
  "assemblyai-api-key": "ASSEMBLYAI_API_KEY",
  "deepgram-api-key": "DEEPGRAM_API_KEY",
  "azure-openai-api-key": "AZURE_OPENAI_API_KEY",
  "npm-auth-token": "npmAuthToken",
  "gradle-plugin-portal-key": "gradle.publish.secret",
  "datadog-api-key": "DD_API_KEY",
  "datadog-app-key": "DD_APP_KEY",
  "sentry-dsn-self-hosted": "SENTRY_DSN",
  "honeycomb-api-key": "HONEYCOMB_API_KEY",
  "splunk-token": "SPLUNK_HEC_TOKEN",
  "pagerduty-api-key": "PAGERDUTY_API_KEY",
  "opsgenie-api-key": "OPSGENIE_API_KEY",
  "rollbar-access-token": "ROLLBAR_ACCESS_TOKEN",
  "bugsnag-api-key": "BUGSNAG_API_KEY",
  "sumologic-access-key": "SUMO_ACCESS_KEY",
  "sumologic-access-id": "SUMO_ACCESS_ID",
  "logging-service-token": "LOGTAIL_SOURCE_TOKEN",
  "atlassian-legacy-api-token": "JIRA_API_TOKEN",
  "heroku-api-key": "HEROKU_API_KEY",
  "vault-legacy-token": "VAULT_TOKEN",
  "vercel-token": "VERCEL_TOKEN",
  "netlify-legacy-token": "NETLIFY_AUTH_TOKEN",
  "cloudflare-api-token": "CLOUDFLARE_API_TOKEN",
  "cloudflare-global-api-key": "CF_API_KEY",
  "asana-pat": "ASANA_ACCESS_TOKEN",
  "twitch-client-secret": "TWITCH_CLIENT_SECRET",
  "okta-api-token": "OKTA_API_TOKEN",
  "sourcegraph-legacy-token": "SRC_ACCESS_TOKEN",
  "algolia-api-key": "ALGOLIA_ADMIN_KEY",
  "launchdarkly-key": "LAUNCHDARKLY_SDK_KEY",
  "zendesk-api-token": "ZENDESK_API_TOKEN",
  "ngrok-authtoken": "NGROK_AUTHTOKEN",
  "snyk-token": "SNYK_TOKEN",
  "auth0-client-secret": "AUTH0_CLIENT_SECRET",
  "segment-write-key": "SEGMENT_WRITE_KEY",
  "facebook-app-secret": "FACEBOOK_APP_SECRET",
  // The tests' own assigned detector (provider_shapes_test.ts, provider_examples_test.ts).
  "test-assigned": "ACME_API_KEY",
};

/**
 * The format `detector` was built from, when token() or assigned() built it; throws for an
 * assigned detector with no name in SAMPLE_NAMES.
 */
export function formatOf(detector: Detector): TokenFormat | undefined {
  const shape = shapeOf(detector);
  if (shape?.kind !== "assigned") return shape;
  const name = SAMPLE_NAMES[detector.id];
  if (name === undefined) {
    throw new Error(`${detector.id}: add a sample key name to examples/sample_names.ts`);
  }
  return { ...shape, name };
}
