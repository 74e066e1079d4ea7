/** Email, SMS and push-messaging credentials: Twilio, SendGrid, Mailgun, Mailchimp/Mandrill, Postmark, Mailjet, Brevo, Resend and others. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { assigned, token, UUID } from "./provider_shapes.ts";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  token({
    id: "twilio-api-key-sid",
    description:
      "Twilio API key SID: SK and 32 hex characters (or 32 lower-case alphanumerics, as detect-secrets accepts).",
    prefilter: { keywords: ["sk"] },
    token: "SK(?:[0-9a-fA-F]{32}|[0-9a-z]{32})",
    sample: "SK483h8djdnkb9k36dmi2yihr8eb153pep",
    negatives: [
      "SK483h8djdnkb9k36dmi2yihr8eb153pe",
      "SKU-483h8djdnkb9k36dmi2yihr8eb153pep",
      "sk483h8djdnkb9k36dmi2yihr8eb153pep",
    ],
  }),
  token({
    id: "twilio-account-sid",
    description:
      "Twilio account SID: AC and 32 hex characters (or 32 lower-case alphanumerics, as detect-secrets accepts).",
    prefilter: { shape: "a-token" },
    token: "AC(?:[0-9a-fA-F]{32}|[0-9a-z]{32})",
    sample: "ACgizfj431504ufhl3os07mzo7vsnwxi73",
    negatives: [
      "ACgizfj431504ufhl3os07mzo7vsnwxi7",
      "ACCOUNT_SID=ACgizfj431",
      "ACGIZFJ431504UFHL3OS07MZO7VSNWXI73",
    ],
  }),
  assigned({
    id: "twilio-auth-token",
    description: "Twilio auth token: 32 hex characters assigned to a twilio token / secret name.",
    prefilter: { keywords: ["twilio"] },
    names: "twilio[a-z_-]{0,20}?(?:token|secret)",
    value: "[a-f0-9]{32}",
    sampleName: "TWILIO_AUTH_TOKEN",
    sample: "650a0deb34bc3f924f5f9b77e0b133dc",
    minEntropy: 3,
    negatives: ["TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}", "twilio_token=650a0deb34bc"],
  }),
  token({
    id: "sendgrid-api-key",
    description: "SendGrid API key: SG., 22 URL-safe characters, a dot and 43 more.",
    prefilter: { keywords: ["sg."] },
    token: "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}",
    tail: "A-Za-z0-9_.-",
    sample: "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",
    minEntropy: 3.5,
    negatives: [
      "SG.ngeVfQFYQlKU0ufo8x5d1A..TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr",
      "AG.ngeVfQFYQlKU0ufo8x5d1A.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr",
    ],
  }),
  token({
    id: "mailgun-api-key",
    description: "Mailgun legacy private API key: key- and 32 lower-case alphanumerics.",
    prefilter: { keywords: ["key-"] },
    token: "key-[0-9a-z]{32}",
    sample: "key-483h8djdnkb9k36dmi2yihr8eb153pep",
    minEntropy: 3,
    negatives: ["key-value-store-configuration-enabled", "key-00000000000000000000000000000000"],
  }),
  assigned({
    id: "mailgun-key",
    description:
      "Mailgun API or webhook signing key: 32 hex, -, 8 hex, -, 8 hex, assigned to a mailgun name.",
    prefilter: { keywords: ["mailgun"] },
    names: "mailgun[a-z_-]{0,24}?(?:key|secret|token)",
    value: "[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}",
    sampleName: "MAILGUN_API_KEY",
    sample: "e7e082be4eb30847bfea0f0310a487e3-9682d9df-394366ab",
    minEntropy: 3,
    negatives: [
      "MAILGUN_API_KEY=${MAILGUN_API_KEY}",
      "mailgun_key=e7e082be4eb30847bfea0f0310a487e3",
    ],
  }),
  token({
    id: "mailchimp-api-key",
    description:
      "Mailchimp marketing API key: 32 lower-case alphanumerics (hex when issued), -us and the datacenter number.",
    prefilter: { keywords: ["-us"] },
    token: "[0-9a-z]{32}-us[0-9]{1,2}",
    sample: "650a0deb34bc3f924f5f9b77e0b133dc-us21",
    minEntropy: 3,
    negatives: [
      "aea462953eb192d38c31a433e76257db-al32",
      "9276a43e2951aa46e2b1c33ED38357DB-us2",
      "3a5633e829d3c71-us2",
      "3ea4572956e2b381923ed34c31db76aa-2",
    ],
  }),
  assigned({
    id: "mandrill-api-key",
    description:
      "Mailchimp Transactional (Mandrill) API key: md- and 22 URL-safe characters, or 22 bare, assigned to a mandrill name.",
    prefilter: { keywords: ["mandrill"] },
    names: "mandrill[a-z_-]{0,20}?(?:key|secret|token)",
    value: "(?:md-)?[A-Za-z0-9_-]{22}",
    sampleName: "MANDRILL_API_KEY",
    sample: "md-ihVp1SXDWDS-sMq-kBsO5I",
    minEntropy: 3.5,
    negatives: ["MANDRILL_API_KEY=${MANDRILL_KEY}", "mandrill_key=md-short"],
  }),
  assigned({
    id: "postmark-token",
    description:
      "Postmark server or account token: a UUID assigned to a postmark token name or the X-Postmark-Server-Token header.",
    prefilter: { keywords: ["postmark"] },
    names: "(?:x-)?postmark[a-z_-]{0,24}?(?:token|key)",
    value: UUID,
    sampleName: "POSTMARK_SERVER_TOKEN",
    sample: "24d54699-dd2d-4fb7-9f5a-c45e8b38553b",
    negatives: ["POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST", "X-Postmark-Server-Token: ${TOKEN}"],
  }),
  assigned({
    id: "mailjet-credential",
    description:
      "Mailjet API key or secret: 32 hex characters assigned to a mailjet key / secret name.",
    prefilter: { keywords: ["mailjet", "mj_", "mj-", "mjapi", "mjkey", "mjsecret"] },
    names: "(?:mailjet[a-z_-]{0,20}?|mj[_-]?(?:api[_-]?)?)(?:key|secret)",
    value: "[a-f0-9]{32}",
    sampleName: "MAILJET_API_SECRET",
    sample: "e7e082be4eb30847bfea0f0310a487e3",
    minEntropy: 3,
    negatives: ["MAILJET_API_SECRET=${MJ_SECRET}", "mailjet_key=e7e082be"],
  }),
  token({
    id: "brevo-api-key",
    description:
      "Brevo (Sendinblue) API or SMTP key: xkeysib- / xsmtpsib-, 64 hex, - and 16 base62.",
    prefilter: { keywords: ["xkeysib-", "xsmtpsib-"] },
    token: "x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}",
    sample:
      "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",
    negatives: [
      "xkeysib-d2e0b95362c8f517",
      "xkeysib-d2e0b95362c8f51760c919f721e58eed9bd65aeeb96f1760a923551ac3cd979a",
    ],
  }),
  token({
    id: "resend-api-key",
    description: "Resend API key: re_, 8 base62 characters, _ and 24 more.",
    prefilter: { keywords: ["re_"] },
    token: "re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}",
    sample: "re_O5u6W9V9_1xJ2IxPC9lz5AoG69aLJAWUe",
    minEntropy: 3.5,
    negatives: ["re_O5u6W9V9_short", "pre_request_handler_registered_ok"],
  }),
  assigned({
    id: "sparkpost-api-key",
    description: "SparkPost API key: 40 hex characters assigned to a sparkpost key name.",
    prefilter: { keywords: ["sparkpost"] },
    names: "sparkpost[a-z_-]{0,20}?(?:key|token)",
    value: "[a-f0-9]{40}",
    sampleName: "SPARKPOST_API_KEY",
    sample: "eb103432049c2ec5f4baef70b8b1fb6d752cdaf7",
    minEntropy: 3,
    negatives: ["SPARKPOST_API_KEY=${KEY}", "sparkpost_key=eb10343204"],
  }),
  assigned({
    id: "messagebird-api-key",
    description:
      "MessageBird (Bird) API key: 25 base62 characters assigned to a messagebird key name.",
    prefilter: { keywords: ["messagebird"] },
    names: "messagebird[a-z_-]{0,20}?(?:key|token)",
    value: "[A-Za-z0-9]{25}",
    sampleName: "MESSAGEBIRD_API_KEY",
    sample: "1xJ2IxPC9lz5AoG69aLJAWUeQ",
    minEntropy: 3.5,
    negatives: ["MESSAGEBIRD_API_KEY=${KEY}", "messagebird_key=1xJ2Ix"],
  }),
  token({
    id: "onesignal-api-key",
    description: "OneSignal REST API key (v2): os_v2_app_ or os_v2_org_ and a long base32 body.",
    prefilter: { keywords: ["os_v2_"] },
    token: "os_v2_(?:app|org)_[a-z0-9]{50,200}",
    sample: "os_v2_app_483h8djdnkb9k36dmi2yihr8eb153pepgizfj431504ufhl3os07mzo7vsnwxi73",
    minEntropy: 3.5,
    negatives: ["os_v2_app_short", "os_v2_app_configuration_loaded"],
  }),
  assigned({
    id: "vonage-api-secret",
    description:
      "Vonage (Nexmo) API secret: 16 base62 characters assigned to a vonage / nexmo secret name.",
    prefilter: { keywords: ["vonage", "nexmo"] },
    names: "(?:vonage|nexmo)[a-z_-]{0,20}?secret",
    value: "[A-Za-z0-9]{16}",
    sampleName: "VONAGE_API_SECRET",
    sample: "fUzhP6P5dop0DYev",
    minEntropy: 3.3,
    negatives: ["VONAGE_API_SECRET=${SECRET}", "nexmo_secret=fUzhP6"],
  }),
  assigned({
    id: "plivo-auth-token",
    description: "Plivo auth token: 40 base62 characters assigned to a plivo token name.",
    prefilter: { keywords: ["plivo"] },
    names: "plivo[a-z_-]{0,20}?(?:token|secret)",
    value: "[A-Za-z0-9]{40}",
    sampleName: "PLIVO_AUTH_TOKEN",
    sample: "ySlugQFObdLmCBra9NTY7kqKGyzhLIgequ9KfUzh",
    minEntropy: 3.5,
    negatives: ["PLIVO_AUTH_TOKEN=${TOKEN}", "plivo_token=ySlugQFObd"],
  }),
  token({
    id: "telnyx-api-key",
    description: "Telnyx API v2 key: KEY, 32 upper-case hex characters, _ and 22 base62.",
    prefilter: { keywords: ["key"] },
    token: "KEY[0-9A-F]{32}_[A-Za-z0-9]{22}",
    sample: "KEY0183E7E082BE4EB30847BFEA0F0310A4_ihVp1SXDWDSsMqkBsO5Iab",
    negatives: ["KEY0183E7E082BE4EB30847BFEA0F0310A4", "KEY_ROTATION_INTERVAL_SECONDS=86400"],
  }),
  assigned({
    id: "pusher-secret",
    description: "Pusher Channels app secret: 20 hex characters assigned to a pusher secret name.",
    prefilter: { keywords: ["pusher"] },
    names: "pusher[a-z_-]{0,20}?secret",
    value: "[a-f0-9]{20}",
    sampleName: "PUSHER_APP_SECRET",
    sample: "eb103432049c2ec5f4ba",
    minEntropy: 3,
    negatives: ["PUSHER_APP_SECRET=${SECRET}", "pusher_secret=eb1034"],
  }),
  token({
    id: "mailersend-api-token",
    description: "MailerSend API token: mlsn. and 64 hex characters.",
    prefilter: { keywords: ["mlsn."] },
    token: "mlsn\\.[a-f0-9]{64}",
    sample: "mlsn.d2e0b95362c8f51760c919f721e58eed9bd65aeeb96f1760a923551ac3cd979a",
    minEntropy: 3,
    negatives: ["mlsn.d2e0b95362c8f517", "mlsn.example"],
  }),
  token({
    id: "smtp2go-api-key",
    description: "SMTP2GO API key: api- and 32 upper-case hex characters.",
    prefilter: { keywords: ["api-"] },
    token: "api-[A-F0-9]{32}",
    sample: "api-E7E082BE4EB30847BFEA0F0310A487E3",
    minEntropy: 3,
    negatives: ["api-E7E082BE4EB3", "api-gateway-production-eu-west-1a"],
  }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
