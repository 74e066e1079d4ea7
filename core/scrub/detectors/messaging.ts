/** Email, SMS and push-messaging credentials: Twilio, SendGrid, Mailgun, Mailchimp/Mandrill, Postmark, Mailjet, Brevo, Resend and others. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { UUID } from "./provider_shapes.ts";
import { assignedValue } from "./assigned_values.ts";
import { compactToken, hexLed, prefixedToken } from "./prefixed_tokens.ts";
import { gated, hasRun, hasRunWhere } from "./value_runs.ts";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Twilio API key SID: SK and 32 hex characters (or 32 lower-case alphanumerics, as detect-secrets
   * accepts).
   */
  compactToken("twilio-api-key-sid", "SK(?:[0-9a-fA-F]{32}|[0-9a-z]{32})"),
  /**
   * Twilio account SID: AC and 32 hex characters (or 32 lower-case alphanumerics, as detect-secrets
   * accepts).
   */
  compactToken(
    "twilio-account-sid",
    "AC(?:[0-9a-fA-F]{32}|[0-9a-z]{32})",
    undefined,
    undefined,
    undefined,
    { prefilter: { shape: "a-token" } },
  ),
  /**
   * Twilio credentials as a pair (HTTP Basic's `user:password`, a config value): an account SID
   * and, after a `:`, its auth token (32 hex; an API key's secret, 32 alphanumerics, also passes).
   * Found by a filter led by the literal `AC` (about 6 ms over 20 MB; the SID's line shape is on
   * many lines without a pair, and an SK key SID's `sk` on most lines).
   */
  compactToken(
    "twilio-credentials-pair",
    "AC[0-9a-f]{32}:(?<secret>[A-Za-z0-9]{32})",
    undefined,
    undefined,
    undefined,
    { prefilter: { filter: /AC[0-9a-f]{32}:/ } },
  ),
  /** Twilio auth token: 32 hex characters assigned to a twilio token / secret name. */
  assignedValue("twilio-auth-token", "twilio[a-z_-]{0,20}?(?:token|secret)", "[a-f0-9]{32}", 3),
  /** SendGrid API key: SG., 22 URL-safe characters, a dot and 43 more. */
  compactToken(
    "sendgrid-api-key",
    "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}",
    3.5,
    "A-Za-z0-9_.-",
  ),
  /** Mailgun legacy private API key: key- and 32 lower-case alphanumerics. */
  compactToken("mailgun-api-key", "key-[0-9a-z]{32}", 3),
  /** Mailgun API or webhook signing key: 32 hex, -, 8 hex, -, 8 hex, assigned to a mailgun name. */
  assignedValue(
    "mailgun-key",
    "mailgun[a-z_-]{0,24}?(?:key|secret|token)",
    "[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}",
    3,
  ),
  /**
   * Mailchimp marketing API key: 32 lower-case alphanumerics (hex when issued), -us and the
   * datacenter number.
   */
  compactToken("mailchimp-api-key", "[0-9a-z]{32}-us\\d{1,2}", 3, undefined, ["-us"]),
  /**
   * Mailchimp Transactional (Mandrill) API key: md- and 22 URL-safe characters, or 22 bare,
   * assigned to a mandrill name.
   */
  assignedValue(
    "mandrill-api-key",
    "mandrill[a-z_-]{0,20}?(?:key|secret|token)",
    "(?:md-)?[A-Za-z0-9_-]{22}",
    3.5,
  ),
  /**
   * Postmark server or account token: a UUID assigned to a postmark token name, the
   * X-Postmark-Server-Token header, or `postmark` alone (a mailer's settings: `postmark: "…"`).
   */
  assignedValue(
    "postmark-token",
    "(?:x-)?postmark(?:[a-z_-]{0,24}?(?:token|key))?",
    UUID,
    undefined,
    ["postmark"],
  ),
  /** Mailjet API key or secret: 32 hex characters assigned to a mailjet key / secret name. */
  assignedValue(
    "mailjet-credential",
    "(?:mailjet[a-z_-]{0,20}?|mj[_-]?(?:api[_-]?)?)(?:key|secret)",
    "[a-f0-9]{32}",
    3,
    ["mailjet", "mj_", "mj-", "mjapi", "mjkey", "mjsecret"],
  ),
  /** Brevo (Sendinblue) API or SMTP key: xkeysib- / xsmtpsib-, 64 hex, - and 16 base62. */
  compactToken(
    "brevo-api-key",
    "x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}",
    undefined,
    undefined,
    ["xkeysib-", "xsmtpsib-"],
  ),
  /** Resend API key: re_, 8 base62 characters, _ and 24 more. */
  compactToken("resend-api-key", "re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", 3.5),
  /** SparkPost API key: 40 hex characters assigned to a sparkpost key name. */
  assignedValue("sparkpost-api-key", "sparkpost[a-z_-]{0,20}?(?:key|token)", "[a-f0-9]{40}", 3),
  /** MessageBird (Bird) API key: 25 base62 characters assigned to a messagebird key name. */
  assignedValue(
    "messagebird-api-key",
    "messagebird[a-z_-]{0,20}?(?:key|token)",
    "[A-Za-z0-9]{25}",
    3.5,
  ),
  /** OneSignal REST API key (v2): os_v2_app_ or os_v2_org_ and a long base32 body. */
  compactToken("onesignal-api-key", "os_v2_(?:app|org)_[a-z0-9]{50,200}", 3.5),
  /** Vonage (Nexmo) API secret: 16 base62 characters assigned to a vonage / nexmo secret name. */
  assignedValue(
    "vonage-api-secret",
    "(?:vonage|nexmo)[a-z_-]{0,20}?secret",
    "[A-Za-z0-9]{16}",
    3.3,
  ),
  /** Plivo auth token: 40 base62 characters assigned to a plivo token name. */
  assignedValue("plivo-auth-token", "plivo[a-z_-]{0,20}?(?:token|secret)", "[A-Za-z0-9]{40}", 3.5),
  /** Telnyx API v2 key: KEY, 32 upper-case hex characters, _ and 22 base62. */
  // `key` is on most lines of key/value logs: woken only by `key` and a hex digit (hexLed), and
  // reads only lines with a run of exactly 35 letters and digits that starts with KEY and ends
  // before a `_`, which the token's first part is (no letter, digit or `_` comes before a token),
  // in a run of 58 URL-safe characters or more (the whole token: most lines have none, and are
  // answered without reading their runs again).
  gated(
    compactToken(
      "telnyx-api-key",
      "KEY[0-9A-F]{32}_[A-Za-z0-9]{22}",
      undefined,
      undefined,
      hexLed("key"),
    ),
    (line) =>
      hasRun(line, "url-safe", 58) && hasRunWhere(
        line,
        "alnum",
        35,
        (start, end) => end - start === 35 && line.startsWith("KEY", start) && line[end] === "_",
      ),
  ),
  /** Pusher Channels app secret: 20 hex characters assigned to a pusher secret name. */
  assignedValue("pusher-secret", "pusher[a-z_-]{0,20}?secret", "[a-f0-9]{20}", 3),
  /** MailerSend API token: mlsn. and 64 hex characters. */
  compactToken("mailersend-api-token", "mlsn\\.[a-f0-9]{64}", 3),
  /** SMTP2GO API key: api- and 32 upper-case hex characters. */
  compactToken("smtp2go-api-key", "api-[A-F0-9]{32}", 3),
  /** Mailgun public validation key (Mailgun's docs): pubkey- and 32 hex characters. */
  prefixedToken("mailgun-validation-key", "pubkey-", "[a-f0-9]{32}"),
  /** Lob secret API key (Lob's docs): live_ or test_ and 35 hex characters. */
  prefixedToken("lob-api-key", ["live_", "test_"], "[a-f0-9]{35}"),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
