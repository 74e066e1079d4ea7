/** Monitoring, logging and incident-tool credentials: Datadog, New Relic, Sentry, Grafana, Dynatrace, Splunk, PagerDuty, Opsgenie and others. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { assigned, token, UUID } from "./provider_shapes.ts";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  assigned({
    id: "datadog-api-key",
    description:
      "Datadog API key: 32 hex characters assigned to DD_API_KEY, datadog_api_key or the DD-API-KEY header.",
    prefilter: { keywords: ["dd_api", "dd-api", "ddapi", "datadog"] },
    names: "(?:dd|datadog)[_-]?api[_-]?key",
    value: "[a-f0-9]{32}",
    sampleName: "DD_API_KEY",
    minEntropy: 3,
  }),
  assigned({
    id: "datadog-app-key",
    description:
      "Datadog application key: 40 hex characters assigned to DD_APP_KEY, datadog_application_key or the DD-APPLICATION-KEY header.",
    prefilter: { keywords: ["dd_app", "dd-app", "ddapp", "datadog"] },
    names: "(?:dd|datadog)[_-]?app(?:lication)?[_-]?key",
    value: "[a-f0-9]{40}",
    sampleName: "DD_APP_KEY",
    minEntropy: 3,
  }),
  token({
    id: "datadog-client-token",
    description: "Datadog browser/RUM client token: pub and 32 hex characters.",
    prefilter: { keywords: ["pub"] },
    token: "pub[a-f0-9]{32}",
    minEntropy: 3,
  }),
  token({
    id: "newrelic-api-key",
    description:
      "New Relic user or admin API key: NRAK- / NRAA- and 27 alphanumerics (upper-case when issued).",
    prefilter: { keywords: ["nrak-", "nraa-"] },
    token: "NRA[KA]-[A-Za-z0-9]{27}",
    minEntropy: 3,
  }),
  token({
    id: "newrelic-browser-key",
    description: "New Relic browser API key: NRJS- and 19 hex characters.",
    prefilter: { keywords: ["nrjs-"] },
    token: "NRJS-[a-f0-9]{19}",
  }),
  token({
    id: "newrelic-insights-key",
    description:
      "New Relic Insights insert or query key: NRII- / NRIQ- and 32 URL-safe characters.",
    prefilter: { keywords: ["nrii-", "nriq-"] },
    token: "NRI[IQ]-[A-Za-z0-9_-]{32}",
    tail: "A-Za-z0-9_-",
    minEntropy: 3.5,
  }),
  token({
    id: "newrelic-license-key",
    description: "New Relic ingest license key: 36 hex characters ending in NRAL.",
    prefilter: { keywords: ["nral"] },
    token: "[a-f0-9]{36}NRAL",
    minEntropy: 3,
  }),
  token({
    id: "sentry-dsn",
    description:
      "Sentry DSN for sentry.io: https://<32-hex public key>[:<secret>]@o<org>.ingest.sentry.io/<project> (the key is masked).",
    prefilter: { keywords: ["sentry.io"] },
    token:
      "https?://(?<secret>[a-f0-9]{32}(?::[a-f0-9]{32})?)@[A-Za-z0-9.-]{1,100}\\.sentry\\.io/[0-9]{1,20}",
    minEntropy: 3,
  }),
  assigned({
    id: "sentry-dsn-self-hosted",
    description:
      "Sentry DSN of a self-hosted Sentry: a URL with a 32-hex key, assigned to SENTRY_DSN or dsn.",
    prefilter: { keywords: ["dsn"] },
    names: "(?:sentry[_-]?)?dsn",
    value: "https?://[a-f0-9]{32}(?::[a-f0-9]{32})?@[A-Za-z0-9.:-]{1,100}/[0-9]{1,20}",
    tail: "A-Za-z0-9_/-",
    sampleName: "SENTRY_DSN",
    minEntropy: 3,
  }),
  token({
    id: "sentry-org-token",
    description:
      "Sentry organization auth token: sntrys_, a base64 JSON claim, _ and 43 base64 characters.",
    prefilter: { keywords: ["sntrys_"] },
    token: "sntrys_eyJ[A-Za-z0-9+/=]{30,400}_[A-Za-z0-9+/]{43}",
    tail: "A-Za-z0-9_+/=",
    minEntropy: 4,
  }),
  token({
    id: "sentry-user-token",
    description: "Sentry user auth token: sntryu_ and 64 hex characters.",
    prefilter: { keywords: ["sntryu_"] },
    token: "sntryu_[a-f0-9]{64}",
    minEntropy: 3,
  }),
  token({
    id: "grafana-cloud-token",
    description: "Grafana Cloud access policy / API token: glc_ and a base64 body.",
    prefilter: { keywords: ["glc_"] },
    token: "glc_[A-Za-z0-9+/]{32,400}={0,2}",
    tail: "A-Za-z0-9_+/=",
    minEntropy: 4,
  }),
  token({
    id: "grafana-service-account-token",
    description: "Grafana service account token: glsa_, 32 base62 characters, _ and 8 hex.",
    prefilter: { keywords: ["glsa_"] },
    token: "glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
    minEntropy: 3.5,
  }),
  token({
    id: "grafana-api-key",
    description: 'Grafana legacy API key: base64 of {"k":…}, which starts eyJrIjoi.',
    prefilter: { keywords: ["eyjrijoi"] },
    token: "eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2}",
    tail: "A-Za-z0-9_+/=",
    minEntropy: 4,
  }),
  token({
    id: "dynatrace-api-token",
    description:
      "Dynatrace API / platform token: dt0c01. (or dt0s01.), 24 upper-case alphanumerics, a dot and 64 more.",
    prefilter: { keywords: ["dt0c01.", "dt0s01."] },
    token: "dt0[cs]01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}",
  }),
  assigned({
    id: "honeycomb-api-key",
    description:
      "Honeycomb API / ingest key: 22–80 URL-safe characters assigned to a honeycomb key name.",
    prefilter: { keywords: ["honeycomb"] },
    names: "honeycomb[a-z_-]{0,20}?(?:key|team)",
    value: "[A-Za-z0-9_]{22,80}",
    sampleName: "HONEYCOMB_API_KEY",
    minEntropy: 3.5,
  }),
  token({
    id: "splunk-hec-token-header",
    description: "Splunk HTTP Event Collector token in an Authorization: Splunk <uuid> header.",
    prefilter: { keywords: ["splunk "] },
    token: `Splunk\\s(?<secret>${UUID})`,
    tail: "A-Za-z0-9_-",
  }),
  assigned({
    id: "splunk-token",
    description: "Splunk HEC or auth token: a UUID assigned to a splunk token name.",
    prefilter: { keywords: ["splunk"] },
    names: "splunk[a-z_-]{0,20}?(?:token|key)",
    value: UUID,
    sampleName: "SPLUNK_HEC_TOKEN",
  }),
  assigned({
    id: "pagerduty-api-key",
    description:
      "PagerDuty REST API key or integration key: 20–32 characters assigned to a pagerduty key name.",
    prefilter: { keywords: ["pagerduty"] },
    names: "pagerduty[a-z_-]{0,20}?(?:token|key)",
    value: "[A-Za-z0-9_+-]{20,32}",
    tail: "A-Za-z0-9_+-",
    sampleName: "PAGERDUTY_API_KEY",
    minEntropy: 3.5,
  }),
  token({
    id: "opsgenie-api-key-header",
    description: "Opsgenie API key in an Authorization: GenieKey <uuid> header.",
    prefilter: { keywords: ["geniekey"] },
    token: `GenieKey\\s(?<secret>${UUID})`,
    tail: "A-Za-z0-9_-",
  }),
  assigned({
    id: "opsgenie-api-key",
    description: "Opsgenie API key: a UUID assigned to an opsgenie key name.",
    prefilter: { keywords: ["opsgenie"] },
    names: "opsgenie[a-z_-]{0,20}?key",
    value: UUID,
    sampleName: "OPSGENIE_API_KEY",
  }),
  assigned({
    id: "rollbar-access-token",
    description: "Rollbar access token: 32 hex characters assigned to a rollbar token name.",
    prefilter: { keywords: ["rollbar"] },
    names: "rollbar[a-z_-]{0,20}?(?:token|key)",
    value: "[a-f0-9]{32}",
    sampleName: "ROLLBAR_ACCESS_TOKEN",
    minEntropy: 3,
  }),
  assigned({
    id: "bugsnag-api-key",
    description: "Bugsnag API key: 32 hex characters assigned to a bugsnag key name.",
    prefilter: { keywords: ["bugsnag"] },
    names: "bugsnag[a-z_-]{0,20}?key",
    value: "[a-f0-9]{32}",
    sampleName: "BUGSNAG_API_KEY",
    minEntropy: 3,
  }),
  token({
    id: "axiom-token",
    description: "Axiom API or personal token: xaat- / xapt- and a UUID.",
    prefilter: { keywords: ["xaat-", "xapt-"] },
    token: `xa[ap]t-${UUID}`,
    tail: "A-Za-z0-9_-",
  }),
  token({
    id: "coralogix-api-key",
    description: "Coralogix send-your-data / API key: cxtp_ and 30 base62 characters.",
    prefilter: { keywords: ["cxtp_"] },
    token: "cxtp_[A-Za-z0-9]{30}",
    minEntropy: 3.5,
  }),
  assigned({
    id: "sumologic-access-key",
    description: "Sumo Logic access key: 64 base62 characters assigned to a sumo key name.",
    prefilter: { keywords: ["sumo"] },
    names: "sumo(?:logic)?[a-z_-]{0,20}?key",
    value: "[A-Za-z0-9]{64}",
    sampleName: "SUMO_ACCESS_KEY",
    minEntropy: 3.5,
  }),
  assigned({
    id: "sumologic-access-id",
    description:
      "Sumo Logic access ID: su and 12 base62 characters, assigned to a sumo access-id name (the access key's pair).",
    prefilter: { keywords: ["sumo"] },
    names: "sumo(?:logic)?[a-z_-]{0,20}?(?:access[_-]?)?id",
    value: "su[A-Za-z0-9]{12}",
    sampleName: "SUMO_ACCESS_ID",
    minEntropy: 3,
  }),
  token({
    id: "sumologic-http-source-url",
    description:
      "Sumo Logic HTTP source URL: …collection…sumologic.com/receiver/v1/<http|otlp|…>/ and the source's token (URL-safe base64), which alone authorises uploads.",
    prefilter: { keywords: ["sumologic.com/receiver/"] },
    token: "sumologic\\.com/receiver/v1/[a-z]{2,12}/(?<secret>[A-Za-z0-9_=-]{40,400})",
    tail: "A-Za-z0-9_=-",
    cutClass: "A-Za-z0-9_=-",
    minEntropy: 4,
  }),
  assigned({
    id: "logging-service-token",
    description:
      "Log-shipping service token (Loggly, Logz.io, Better Stack/Logtail, Papertrail): 20–64 URL-safe characters assigned to that service's token name.",
    prefilter: {
      keywords: [
        "loggly",
        "logzio",
        "logz_io",
        "logz.io",
        "logtail",
        "betterstack",
        "better_stack",
        "better-stack",
        "papertrail",
      ],
    },
    names: "(?:loggly|logz[._]?io|logtail|better[_-]?stack|papertrail)[a-z_-]{0,20}?(?:token|key)",
    value: "[A-Za-z0-9_-]{20,64}",
    sampleName: "LOGTAIL_SOURCE_TOKEN",
    minEntropy: 3.5,
  }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
