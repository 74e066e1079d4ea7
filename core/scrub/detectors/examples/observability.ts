/**
 * The examples of ../observability.ts's detectors, by detector id: each one's fake sample value and
 * negatives (./provider_examples.ts writes the sample into log lines). Test data only (./mod.ts),
 * kept out of function bundles.
 */
import type { ProviderSample } from "./provider_examples.ts";

const SAMPLE_UUID = "3c715c7b-5431-4810-af94-6a4d500ee176";

export const samples: Record<string, ProviderSample> = {
  "datadog-api-key": {
    sample: "f203a0ca301872b2d05b4b0bf7e09f4d",
    positives: [{
      text:
        "curl -H 'DD-API-KEY: f203a0ca301872b2d05b4b0bf7e09f4d' https://api.datadoghq.com/api/v1/validate",
      secret: "f203a0ca301872b2d05b4b0bf7e09f4d",
    }],
    negatives: [
      "DD_API_KEY=${DD_API_KEY}",
      "dd_api_key: f203a0ca301872b2",
      "DD_API_KEY=00000000000000000000000000000000",
    ],
  },
  "datadog-app-key": {
    sample: "db26ddc37a2659929ac76f8527b5b063182d073e",
    negatives: ["DD_APP_KEY=${DD_APP_KEY}", "dd_app_key=db26ddc37a26"],
  },
  "datadog-intake-url-api-key": {
    frame: (v) => `POST https://http-intake.logs.datadoghq.eu/v1/input/${v}`,
    sample: "7c1e94b02fd8a6531e0b9c4fa28d67e5",
    negatives: [
      "POST https://logs.example.com/v1/input/7c1e94b02fd8a6531e0b9c4fa28d67e5",
      "POST https://http-intake.logs.datadoghq.com/v1/input",
      "https://http-intake.logs.datadoghq.com/v1/input/7c1e94b02fd8a653",
    ],
  },
  "datadog-client-token": {
    sample: "pubd34d955da539a5fe93ad6b88435326f7",
    negatives: ["pubd34d955da539a5f", "publisher_0123456789abcdef0123456789abcdef"],
  },
  "newrelic-api-key": {
    sample: "NRAK-8RRJSJYQ9V90ELSS9FGXHK9LH2I",
    negatives: ["NRAK-8RRJSJYQ9V90", "NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX"],
  },
  "newrelic-browser-key": {
    sample: "NRJS-3c715c7b54318103f94",
    negatives: ["NRJS-3c715c7b5", "NRJS-plugin-loaded"],
  },
  "newrelic-insights-key": {
    sample: "NRII-V-AZdvT0xaGjDMASumWa0nxj2u0Jd0x8",
    negatives: ["NRII-V-AZdvT0xaG", "NRII-" + "x".repeat(32)],
  },
  "newrelic-license-key": {
    sample: "6a4d500ee176146a95e4a6c4ff98d37da6a4NRAL",
    positives: [{
      text: "license_key: eu01xxf56a9a0fbb2cea5a025a0d44c99aeaNRAL",
      secret: "eu01xxf56a9a0fbb2cea5a025a0d44c99aeaNRAL",
    }],
    negatives: ["6a4d500ee176146aNRAL", "NRAL-config-loaded"],
  },
  "sentry-dsn": {
    frame: (v) => `https://${v}@o448123.ingest.us.sentry.io/4505123456789`,
    sample: "d34d955da539a5fe93ad6b88435326f7",
    negatives: [
      "https://sentry.io/organizations/acme/issues/",
      "https://d34d955d@o1.ingest.sentry.io/1",
    ],
  },
  "sentry-dsn-self-hosted": {
    sample: "https://f203a0ca301872b2d05b4b0bf7e09f4d@sentry.internal.example:9000/7",
    negatives: ["SENTRY_DSN=${SENTRY_DSN}", "dsn=postgres://db.internal/app"],
  },
  "sentry-org-token": {
    sample:
      "sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iLCJvcmciOiJhY21lIn0=_84OEs4HxnDVsUYkdLO0pZa2yuVRVM6zS6PWmP2lFseS",
    negatives: ["sntrys_eyJshort", "sntrys_"],
    positives: [{
      text:
        "auth with sntrys_eyJpYXQiOjE3MjE1MTUwMzksInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwib3JnIjoiYWNtZSJ9_vBLTxhFWajDqc12Ggd7_iWXIwNDfSEW_3gASHKnQvUT denied",
      secret:
        "sntrys_eyJpYXQiOjE3MjE1MTUwMzksInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwib3JnIjoiYWNtZSJ9_vBLTxhFWajDqc12Ggd7_iWXIwNDfSEW_3gASHKnQvUT",
    }],
  },
  "honeycomb-ingest-key": {
    sample: "hcxik_01j8z4k2m6q3r7s5t9v1w3x5y7a2b4c6d8e0f1g3h5i7j9k2l4m6n8p0q2",
    negatives: [
      "hcxik_01j8z4k2m6q3r7s5t9v1w3x5y7",
      "hcxlk_01j8z4k2m6q3r7s5t9v1w3x5y7a2b4c6d8e0f1g3h5i7j9k2l4m6n8p0q2",
      "hcxik_" + "0".repeat(58),
    ],
  },
  "sentry-user-token": {
    sample: "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",
    negatives: ["sntryu_49c2a08b690b", "sntryu_" + "0".repeat(64)],
  },
  "grafana-cloud-token": {
    sample:
      "glc_0uCiZu5ZaPobWjHoBt8TWG51drQ294t9m2425zfiD/R6+GmZZ/mu6ZdI1SU1wSY9MPfdJrji9h47a/Ykbi2/Rp/cdNMB8PNccT5p",
    negatives: ["glc_0uCiZu5ZaPobWjHo", "glc_" + "x".repeat(40)],
  },
  "grafana-service-account-token": {
    sample: "glsa_jDdQYvmh36bKL916kwwnKqIpdKh6g3TQ_d2ce8168",
    negatives: ["glsa_jDdQYvmh36bKL916kwwnKqIpdKh6g3TQ", "glsa_jDdQYvmh36_d2ce8168"],
  },
  "grafana-api-key": {
    sample: "eyJrIjoihbeujgzK4dFyVP6tT1+BI1DYiLVJA4Xsw0xEJXxHtF3/xc9o3ei6Zx8ZzXZLZ4Af0omXjPsK",
    negatives: ["eyJrIjoishort", "eyJrIjoi"],
  },
  "dynatrace-api-token": {
    sample:
      "dt0c01.CPSBPEF1GI50NE9GVALPCD9U.2SRMMFYKT9EXZPVUEPJ449JJZ13898Z3TQ5293Z65PCPQUU8J2Q4W68HJLH0YWH6",
    negatives: ["dt0c01.CPSBPEF1GI50NE9GVALPCD9U", "dt0c01.sample.token"],
  },
  "honeycomb-api-key": {
    sample: "hcaik_01j8b66m9qhhc8fwpvehn81fwi8y30pamsq7kv7f8bs3at769xfv3gj9i4iw",
    negatives: ["HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}", "honeycomb_key=short"],
  },
  "splunk-hec-token-header": {
    frame: (v) => `Authorization: Splunk ${v}`,
    sample: SAMPLE_UUID,
    negatives: ["Authorization: Splunk ${HEC_TOKEN}", "Splunk 9.1.2 started"],
  },
  "splunk-token": {
    sample: SAMPLE_UUID,
    negatives: ["SPLUNK_HEC_TOKEN=${TOKEN}", "splunk_token=3c715c7b"],
  },
  "pagerduty-api-key": {
    sample: "u+Q1psNaYsclMNeMvwb8sh",
    negatives: ["PAGERDUTY_API_KEY=${PD_KEY}", "pagerduty_key=short"],
  },
  "opsgenie-api-key-header": {
    frame: (v) => `Authorization: GenieKey ${v}`,
    sample: SAMPLE_UUID,
    negatives: ["Authorization: GenieKey ${OPSGENIE_KEY}", "GenieKey header missing"],
  },
  "opsgenie-api-key": {
    sample: SAMPLE_UUID,
    negatives: ["OPSGENIE_API_KEY=${KEY}", "opsgenie_key=3c715c7b"],
  },
  "rollbar-access-token": {
    sample: "d34d955da539a5fe93ad6b88435326f7",
    negatives: ["ROLLBAR_ACCESS_TOKEN=${TOKEN}", "rollbar_token=d34d955d"],
  },
  "bugsnag-api-key": {
    sample: "f203a0ca301872b2d05b4b0bf7e09f4d",
    negatives: ["BUGSNAG_API_KEY=${KEY}", "bugsnag_key=f203a0ca"],
  },
  "axiom-token": {
    sample: `xaat-${SAMPLE_UUID}`,
    negatives: ["xaat-3c715c7b", "xaat-token-rotated"],
  },
  "coralogix-api-key": {
    sample: "cxtp_BUkoO4xqUsrb3ouXChgKgDh2Wwe05T",
    negatives: ["cxtp_BUkoO4xqUsrb", "cxtp_" + "x".repeat(30)],
  },
  "sumologic-access-key": {
    sample: "BEngbXwY4UzkYLSNBORoLlW4HMTxa086LAx49iBbuAhzpgB4u6Vk9jsjfIhanc2k",
    negatives: ["SUMO_ACCESS_KEY=${KEY}", "sumo_key=BEngbXwY"],
  },
  "sumologic-access-id": {
    sample: "suQ7kM2xVr9LpT",
    positives: [{ text: 'sumologic.accessId = "suQ7kM2xVr9LpT"', secret: "suQ7kM2xVr9LpT" }],
    negatives: ["SUMO_ACCESS_ID=${SUMO_ID}", "sumo_collector_id=182736455"],
  },
  "sumologic-http-source-url": {
    frame: (v) => `https://endpoint4.collection.eu.sumologic.com/receiver/v1/http/${v}`,
    sample: "ZaVnC4dhaV3kQ8xR2pL7mZ1cW9tY4bF6hJ0dS5gA-uE_oI2nT7rXw7pL2qR9vN4mZ8cT1yB6hF3dS0g==",
    negatives: [
      "https://endpoint4.collection.eu.sumologic.com/receiver/v1/http/",
      "see https://help.sumologic.com/docs/send-data/hosted-collectors/http-source for sumologic.com/receiver/v1/http URLs",
    ],
  },
  "logging-service-token": {
    sample: "jDdQYvmh36bKL916kwwnKqIp",
    negatives: ["LOGTAIL_SOURCE_TOKEN=${TOKEN}", "loggly_token=short"],
  },
  "posthog-personal-api-key": {
    sample: "phx_XINP795pPe4ETjL8kQXyIvl10uZwl8TS5lf25lJfyO08OpA",
    positives: [
      {
        text: "POSTHOG_SECURE_API_KEY=phs_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkNa1Hedc",
        secret: "phs_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkNa1Hedc",
      },
      {
        text:
          '{"access_token":"pha_m4pMbXDuCL1mHoOsFaQfDPrAJ71fTquWoGsbeKXgzg2","token_type":"bearer"}',
        secret: "pha_m4pMbXDuCL1mHoOsFaQfDPrAJ71fTquWoGsbeKXgzg2",
      },
    ],
    negatives: [
      "phx_XINP795pPe4ETjL8",
      "phx_" + "x".repeat(47),
      "phx_session cookie set",
      "phs_" + "x".repeat(47),
      "phr_waiting_times_days_filepath",
    ],
  },
  "rootly-api-token": {
    sample: "rootly_c163d28b85834a4186a27aefd54cb40a4f00500ac5346c034729257da5877217",
    negatives: ["rootly_c163d28b85834a41", "rootly_" + "0".repeat(64), "rootly_incident_url=x"],
  },
};
