/**
 * The examples of ../messaging.ts's detectors, by detector id: each one's fake sample value and
 * negatives (./provider_examples.ts writes the sample into log lines). Test data only (./mod.ts),
 * kept out of function bundles.
 */
import type { ProviderSample } from "./provider_examples.ts";

export const samples: Record<string, ProviderSample> = {
  "twilio-api-key-sid": {
    sample: "SK483h8djdnkb9k36dmi2yihr8eb153pep",
    negatives: [
      "SK483h8djdnkb9k36dmi2yihr8eb153pe",
      "SKU-483h8djdnkb9k36dmi2yihr8eb153pep",
      "sk483h8djdnkb9k36dmi2yihr8eb153pep",
    ],
  },
  "twilio-account-sid": {
    sample: "ACgizfj431504ufhl3os07mzo7vsnwxi73",
    negatives: [
      "ACgizfj431504ufhl3os07mzo7vsnwxi7",
      "ACCOUNT_SID=ACgizfj431",
      "ACGIZFJ431504UFHL3OS07MZO7VSNWXI73",
    ],
  },
  "twilio-credentials-pair": {
    frame: (v) => `ACb1e0c5a9f3d2e4a6b8c0d2e4f6a8b0c2:${v}`,
    sample: "9f3c2a1b0e8d7c6b5a4f3e2d1c0b9a8f",
    positives: [
      {
        text:
          "twilio basic auth AC0e1f2a3b4c5d6e7f0e1f2a3b4c5d6e7f:Zx9Qm2LwV7pK4rT8yB3nD6hJ1sF5gC0e",
        secret: "Zx9Qm2LwV7pK4rT8yB3nD6hJ1sF5gC0e",
      },
    ],
    negatives: [
      "ACb1e0c5a9f3d2e4a6b8c0d2e4f6a8b0c2:${TWILIO_AUTH_TOKEN}",
      "ACb1e0c5a9f3d2e4a6b8c0d2e4f6a8b0c2: 42 messages sent",
    ],
  },
  "twilio-auth-token": {
    sample: "650a0deb34bc3f924f5f9b77e0b133dc",
    negatives: ["TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}", "twilio_token=650a0deb34bc"],
  },
  "sendgrid-api-key": {
    sample: "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",
    negatives: [
      "SG.y7ce5vTjVgd8fQrJnW4NHo..swP7poamuwQKndJk4U2YGXM2STQZ1JHTJ7dZcGgWoeO",
      "AG.y7ce5vTjVgd8fQrJnW4NHo.swP7poamuwQKndJk4U2YGXM2STQZ1JHTJ7dZcGgWoeO",
    ],
  },
  "mailgun-api-key": {
    sample: "key-483h8djdnkb9k36dmi2yihr8eb153pep",
    negatives: ["key-value-store-configuration-enabled", "key-00000000000000000000000000000000"],
  },
  "mailgun-key": {
    sample: "e7e082be4eb30847bfea0f0310a487e3-9682d9df-394366ab",
    negatives: [
      "MAILGUN_API_KEY=${MAILGUN_API_KEY}",
      "mailgun_key=e7e082be4eb30847bfea0f0310a487e3",
    ],
  },
  "mailchimp-api-key": {
    sample: "650a0deb34bc3f924f5f9b77e0b133dc-us21",
    negatives: [
      "141340ee74d7caf35f7b606ecdd74316-al32",
      "9745856a143af6fe397E005F15B89428-us2",
      "ab33a3339762a9a-us2",
      "c01c0eecb0aba9abfef34d1fd6322b23-7",
    ],
  },
  "mandrill-api-key": {
    sample: "md-ihVp1SXDWDS-sMq-kBsO5I",
    negatives: ["MANDRILL_API_KEY=${MANDRILL_KEY}", "mandrill_key=md-short"],
  },
  "postmark-token": {
    sample: "24d54699-dd2d-4fb7-9f5a-c45e8b38553b",
    positives: [{
      text: '  postmark: "6b0e3f2a-91c4-4d7e-8a5b-2f6c9d1e7a34",',
      secret: "6b0e3f2a-91c4-4d7e-8a5b-2f6c9d1e7a34",
    }],
    negatives: ["POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST", "X-Postmark-Server-Token: ${TOKEN}"],
  },
  "mailjet-credential": {
    sample: "e7e082be4eb30847bfea0f0310a487e3",
    negatives: ["MAILJET_API_SECRET=${MJ_SECRET}", "mailjet_key=e7e082be"],
  },
  "brevo-api-key": {
    sample:
      "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",
    negatives: [
      "xkeysib-d2e0b95362c8f517",
      "xkeysib-d2e0b95362c8f51760c919f721e58eed9bd65aeeb96f1760a923551ac3cd979a",
    ],
  },
  "resend-api-key": {
    sample: "re_O5u6W9V9_1xJ2IxPC9lz5AoG69aLJAWUe",
    negatives: ["re_O5u6W9V9_short", "pre_request_handler_registered_ok"],
  },
  "sparkpost-api-key": {
    sample: "eb103432049c2ec5f4baef70b8b1fb6d752cdaf7",
    negatives: ["SPARKPOST_API_KEY=${KEY}", "sparkpost_key=eb10343204"],
  },
  "messagebird-api-key": {
    sample: "1xJ2IxPC9lz5AoG69aLJAWUeQ",
    negatives: ["MESSAGEBIRD_API_KEY=${KEY}", "messagebird_key=1xJ2Ix"],
  },
  "onesignal-api-key": {
    sample: "os_v2_app_483h8djdnkb9k36dmi2yihr8eb153pepgizfj431504ufhl3os07mzo7vsnwxi73",
    negatives: ["os_v2_app_short", "os_v2_app_configuration_loaded"],
  },
  "vonage-api-secret": {
    sample: "fUzhP6P5dop0DYev",
    negatives: ["VONAGE_API_SECRET=${SECRET}", "nexmo_secret=fUzhP6"],
  },
  "plivo-auth-token": {
    sample: "ySlugQFObdLmCBra9NTY7kqKGyzhLIgequ9KfUzh",
    negatives: ["PLIVO_AUTH_TOKEN=${TOKEN}", "plivo_token=ySlugQFObd"],
  },
  "telnyx-api-key": {
    sample: "KEY0183E7E082BE4EB30847BFEA0F0310A4_ihVp1SXDWDSsMqkBsO5Iab",
    negatives: ["KEY0183E7E082BE4EB30847BFEA0F0310A4", "KEY_ROTATION_INTERVAL_SECONDS=86400"],
  },
  "pusher-secret": {
    sample: "eb103432049c2ec5f4ba",
    negatives: ["PUSHER_APP_SECRET=${SECRET}", "pusher_secret=eb1034"],
  },
  "mailersend-api-token": {
    sample: "mlsn.d2e0b95362c8f51760c919f721e58eed9bd65aeeb96f1760a923551ac3cd979a",
    negatives: ["mlsn.d2e0b95362c8f517", "mlsn.example"],
  },
  "smtp2go-api-key": {
    sample: "api-E7E082BE4EB30847BFEA0F0310A487E3",
    negatives: ["api-E7E082BE4EB3", "api-gateway-production-eu-west-1a"],
  },
  "mailgun-validation-key": {
    sample: "pubkey-88e76d7a546cba073e62b8cae4c33a73",
    negatives: ["pubkey-88e76d7a546c", "pubkey-" + "0".repeat(32), "pubkey-fingerprint SHA256:x"],
  },
  "lob-api-key": {
    sample: "live_7f02e7c8a771b1a62f43b6d349914b4856b",
    positives: [{
      text: "LOB_API_KEY=test_7f02e7c8a771b1a62f43b6d349914b4856b",
      secret: "test_7f02e7c8a771b1a62f43b6d349914b4856b",
    }],
    negatives: ["live_7f02e7c8a771", "test_" + "0".repeat(35), "live_reload=true test_mode=on"],
  },
};
