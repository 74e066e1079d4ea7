/** Monitoring, logging and incident-tool credentials: Datadog, New Relic, Sentry, Grafana, Dynatrace, Splunk, PagerDuty, Opsgenie and others. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { UUID } from "./provider_shapes.ts";
import { assignedValue } from "./assigned_values.ts";
import { compactToken, hexLed, prefixedToken } from "./prefixed_tokens.ts";
import { gated, hasRunWhere } from "./value_runs.ts";
import { AT_KEYWORD } from "../windowed_match.ts";
import { hasContextBefore } from "./value_checks.ts";

/** A Datadog site's host (and port) right before the intake path (or before the key in it). */
const DATADOG_HOST_BEFORE =
  /(?:datadoghq\.(?:com|eu)|ddog-gov\.com)(?::\d{1,5})?(?:\/v1\/input\/)?$/;

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Datadog API key: 32 hex characters assigned to DD_API_KEY, datadog_api_key or the DD-API-KEY
   * header.
   */
  assignedValue("datadog-api-key", "(?:dd|datadog)[_-]?api[_-]?key", "[a-f0-9]{32}", 3, [
    "dd_api",
    "dd-api",
    "ddapi",
    "datadog",
  ]),
  /**
   * Datadog application key: 40 hex characters assigned to DD_APP_KEY, datadog_application_key or
   * the DD-APPLICATION-KEY header.
   */
  assignedValue(
    "datadog-app-key",
    "(?:dd|datadog)[_-]?app(?:lication)?[_-]?key",
    "[a-f0-9]{40}",
    3,
    ["dd_app", "dd-app", "ddapp", "datadog"],
  ),
  /**
   * Datadog API key in a logs intake URL's path (Datadog's v1 HTTP intake, which the agent and
   * older forwarders call as `https://http-intake.logs.datadoghq.com/v1/input/<key>`): 32 hex
   * characters after /v1/input/ on a Datadog host.
   */
  prefixedToken("datadog-intake-url-api-key", "/v1/input/", "(?<secret>[a-f0-9]{32})", {
    // The path follows the host's last letter: no lead; every match starts with its keyword.
    lead: "",
    reach: AT_KEYWORD,
    validate: (_secret, line, index) => hasContextBefore(line, index, DATADOG_HOST_BEFORE, 100),
  }),
  /** Datadog browser/RUM client token: pub and 32 hex characters. */
  // `pub` is in every `public`: woken only by `pub` and a hex digit (hexLed), and reads only lines
  // with a run of exactly 35 letters and digits that starts with pub, which the token is (no
  // letter, digit or `_` touches a token).
  gated(
    compactToken("datadog-client-token", "pub[a-f0-9]{32}", 3, undefined, hexLed("pub")),
    (line) =>
      hasRunWhere(
        line,
        "alnum",
        35,
        (start, end) => end - start === 35 && line.startsWith("pub", start),
      ),
  ),
  /**
   * New Relic user or admin API key: NRAK- / NRAA- and 27 alphanumerics (upper-case when issued).
   */
  compactToken("newrelic-api-key", "NRA[KA]-[A-Za-z0-9]{27}", 3, undefined, ["nrak-", "nraa-"]),
  /** New Relic browser API key: NRJS- and 19 hex characters. */
  compactToken("newrelic-browser-key", "NRJS-[a-f0-9]{19}"),
  /** New Relic Insights insert or query key: NRII- / NRIQ- and 32 URL-safe characters. */
  compactToken("newrelic-insights-key", "NRI[IQ]-[A-Za-z0-9_-]{32}", 3.5, "A-Za-z0-9_-", [
    "nrii-",
    "nriq-",
  ]),
  /**
   * New Relic ingest license key: 36 hex characters ending in NRAL, an EU account's starting
   * with eu01xx in place of its first 6.
   */
  compactToken("newrelic-license-key", "(?:eu01xx[a-f0-9]{30}|[a-f0-9]{36})NRAL", 3, undefined, [
    "nral",
  ]),
  /**
   * Sentry DSN for sentry.io: https://<32-hex public
   * key>[:<secret>]@o<org>.ingest.sentry.io/<project> (the key is masked).
   */
  compactToken(
    "sentry-dsn",
    "https?://(?<secret>[a-f0-9]{32}(?::[a-f0-9]{32})?)@[A-Za-z0-9.-]{1,100}\\.sentry\\.io/\\d{1,20}",
    3,
    undefined,
    ["sentry.io"],
  ),
  /** Sentry DSN of a self-hosted Sentry: a URL with a 32-hex key, assigned to SENTRY_DSN or dsn. */
  assignedValue(
    "sentry-dsn-self-hosted",
    "(?:sentry[_-]?)?dsn",
    "https?://[a-f0-9]{32}(?::[a-f0-9]{32})?@[A-Za-z0-9.:-]{1,100}/\\d{1,20}",
    3,
    ["dsn"],
    { tail: "A-Za-z0-9_/-" },
  ),
  /** Sentry organization auth token: sntrys_, a base64 JSON claim, _ and 43 base64 characters
   * (either alphabet, standard or URL-safe: a secret may hold _ or -). */
  compactToken(
    "sentry-org-token",
    "sntrys_eyJ[A-Za-z0-9+/=_-]{30,400}_[A-Za-z0-9+/_-]{43}",
    4,
    "A-Za-z0-9_+/=-",
    ["sntrys_"],
  ),
  /** Sentry user auth token: sntryu_ and 64 hex characters. */
  compactToken("sentry-user-token", "sntryu_[a-f0-9]{64}", 3),
  /** Grafana Cloud access policy / API token: glc_ and a base64 body. */
  compactToken("grafana-cloud-token", "glc_[A-Za-z0-9+/]{32,400}={0,2}", 4, "A-Za-z0-9_+/="),
  /** Grafana service account token: glsa_, 32 base62 characters, _ and 8 hex. */
  compactToken("grafana-service-account-token", "glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}", 3.5),
  /** Grafana legacy API key: base64 of {"k":…}, which starts eyJrIjoi. */
  compactToken("grafana-api-key", "eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2}", 4, "A-Za-z0-9_+/="),
  /**
   * Dynatrace API / platform token: dt0c01. (or dt0s01.), 24 upper-case alphanumerics, a dot and 64
   * more.
   */
  compactToken(
    "dynatrace-api-token",
    "dt0[cs]01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}",
    undefined,
    undefined,
    ["dt0c01.", "dt0s01."],
  ),
  /** Honeycomb ingest key, a single value: hc, one letter, ik_, then the key id and its secret
   * together, 58 lower-case letters and digits. */
  compactToken("honeycomb-ingest-key", "hc[a-z]ik_[a-z0-9]{58}", 3.5, "A-Za-z0-9_", undefined, {
    prefilter: { keywords: [..."abcdefghijklmnopqrstuvwxyz"].map((x) => `hc${x}ik_`) },
  }),
  /** Honeycomb API / ingest key: 22–80 URL-safe characters assigned to a honeycomb key name. */
  assignedValue(
    "honeycomb-api-key",
    "honeycomb[a-z_-]{0,20}?(?:key|team)",
    "[A-Za-z0-9_]{22,80}",
    3.5,
  ),
  /** Splunk HTTP Event Collector token in an Authorization: Splunk <uuid> header. */
  compactToken("splunk-hec-token-header", `Splunk\\s(?<secret>${UUID})`, undefined, "A-Za-z0-9_-", [
    "splunk ",
  ]),
  /** Splunk HEC or auth token: a UUID assigned to a splunk token name. */
  assignedValue("splunk-token", "splunk[a-z_-]{0,20}?(?:token|key)", UUID),
  /**
   * PagerDuty REST API key or integration key: 20–32 characters assigned to a pagerduty key name.
   */
  assignedValue(
    "pagerduty-api-key",
    "pagerduty[a-z_-]{0,20}?(?:token|key)",
    "[A-Za-z0-9_+-]{20,32}",
    3.5,
    undefined,
    { tail: "A-Za-z0-9_+-" },
  ),
  /** Opsgenie API key in an Authorization: GenieKey <uuid> header. */
  compactToken(
    "opsgenie-api-key-header",
    `GenieKey\\s(?<secret>${UUID})`,
    undefined,
    "A-Za-z0-9_-",
  ),
  /** Opsgenie API key: a UUID assigned to an opsgenie key name. */
  assignedValue("opsgenie-api-key", "opsgenie[a-z_-]{0,20}?key", UUID),
  /** Rollbar access token: 32 hex characters assigned to a rollbar token name. */
  assignedValue("rollbar-access-token", "rollbar[a-z_-]{0,20}?(?:token|key)", "[a-f0-9]{32}", 3),
  /** Bugsnag API key: 32 hex characters assigned to a bugsnag key name. */
  assignedValue("bugsnag-api-key", "bugsnag[a-z_-]{0,20}?key", "[a-f0-9]{32}", 3),
  /** Axiom API or personal token: xaat- / xapt- and a UUID. */
  compactToken("axiom-token", `xa[ap]t-${UUID}`, undefined, "A-Za-z0-9_-", ["xaat-", "xapt-"]),
  /** Coralogix send-your-data / API key: cxtp_ and 30 base62 characters. */
  compactToken("coralogix-api-key", "cxtp_[A-Za-z0-9]{30}", 3.5),
  /** Sumo Logic access key: 64 base62 characters assigned to a sumo key name. */
  assignedValue("sumologic-access-key", "sumo(?:logic)?[a-z_-]{0,20}?key", "[A-Za-z0-9]{64}", 3.5),
  /**
   * Sumo Logic access ID: su and 12 base62 characters, assigned to a sumo access-id name (the
   * access key's pair).
   */
  assignedValue(
    "sumologic-access-id",
    "sumo(?:logic)?[a-z_.-]{0,20}?(?:access[_-]?)?id",
    "su[A-Za-z0-9]{12}",
    3,
  ),
  /**
   * Sumo Logic HTTP source URL: …collection…sumologic.com/receiver/v1/<http|otlp|…>/ and the
   * source's token (URL-safe base64), which alone authorises uploads.
   */
  compactToken(
    "sumologic-http-source-url",
    "sumologic\\.com/receiver/v1/[a-z]{2,12}/(?<secret>[A-Za-z0-9_=-]{40,400})",
    4,
    "A-Za-z0-9_=-",
    ["sumologic.com/receiver/"],
    { cutClass: "A-Za-z0-9_=-" },
  ),
  /**
   * Log-shipping service token (Loggly, Logz.io, Better Stack/Logtail, Papertrail): 20–64 URL-safe
   * characters assigned to that service's token name.
   */
  assignedValue(
    "logging-service-token",
    "(?:loggly|logz[._]?io|logtail|better[_-]?stack|papertrail)[a-z_-]{0,20}?(?:token|key)",
    "[A-Za-z0-9_-]{20,64}",
    3.5,
    [
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
  ),
  /**
   * PostHog's secret tokens (PostHog's docs and its token generators): a personal API key phx_,
   * a feature-flags secure key phs_, an OAuth access token pha_ or refresh token phr_, each with
   * a random alphanumeric body (the project key phc_ is public by design: not matched here).
   */
  prefixedToken("posthog-personal-api-key", ["phx_", "phs_", "pha_", "phr_"], "[A-Za-z0-9]{30,60}"),
  /** Rootly API token (Rootly's docs): rootly_ and 64 hex characters. */
  prefixedToken("rootly-api-token", "rootly_", "[a-f0-9]{64}"),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
