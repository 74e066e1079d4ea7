/**
 * The examples of ../chat.ts's detectors, by detector id: each one's fake sample value and
 * negatives (./provider_examples.ts writes the sample into log lines). Test data only (./mod.ts),
 * kept out of function bundles.
 */
import type { ProviderSample } from "./provider_examples.ts";

const NOT_A_SLACK_TOKEN = [
  "xoxb-${SLACK_BOT_TOKEN}",
  "xoxb-0000-placeholder",
  "xoxb-1234567890-1234567890-xxxxxxxxxxxxxxxxxxxxxxxx",
  "see https://api.slack.com/authentication/token-types#bot for xoxb- tokens",
];

export const samples: Record<string, ProviderSample> = {
  "slack-bot-token": {
    sample: "xoxb-013598258094-3051669405739-iv0CV84Jkc0SiJVvCWs7uoZF",
    negatives: NOT_A_SLACK_TOKEN,
  },
  "slack-user-token": {
    sample: "xoxp-013598258094-013598258095-3051669405739-77e7c8f2e17c4226c5c33d91a9d5201c",
    positives: [
      {
        text:
          '"url_private": "https://files.slack.com/files-pri/T0DOQ3RGUE-F0DOQ3RGUF/a.png?t=xoxe-3051669405739-013598258094-3051669405740-9c1e5f0a7d2b48e6c3a1f7d0b5e2c9a4"',
        secret: "xoxe-3051669405739-013598258094-3051669405740-9c1e5f0a7d2b48e6c3a1f7d0b5e2c9a4",
      },
    ],
    negatives: [
      "xoxp-${SLACK_USER_TOKEN}",
      "xoxp-1234-abc",
      "xoxp-1111-2222-3333-xxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  },
  "slack-legacy-token": {
    sample: "xoxa-2-013598258094-3051669405739-hPmkIG7gXkD1IOOSH53zN2C6",
    negatives: ["xoxa-2-placeholder", "xoxz-013598258094-3051669405739-hPmkIG7gXkD1IOOSH53zN2C6"],
  },
  "slack-client-token": {
    sample:
      "xoxc-013598258094-3051669405739-5170232156417-8d1f0b7e3c6a49d2e5b8f1c07a3d6e9b2c4f8a1e7d0b3c6f9a2e5d8b1c4f7a0e",
    negatives: ["xoxc-013598258094-3051669405739", "xoxc-${SLACK_CLIENT_TOKEN}"],
  },
  "slack-session-cookie": {
    sample:
      "xoxd-VGhpcyUyQmlzJTJGbm90JTJCYSUyRnJlYWwlMkJjb29raWUlM0QlM0Q2ZjFjOGE5ZDNlN2IyYTRmMGM1ZDhlMWI3YTJmNGM5ZA%3D%3D",
    negatives: ["xoxd-short", "xoxd-${SLACK_D_COOKIE}"],
  },
  "slack-config-token": {
    sample:
      "xoxe.xoxp-1-Mi0yLTEzNTk4MjU4MDk0LTMwNTE2Njk0MDU3MzktOsEFYQCY1mEh9JUjjmVX9dSZGOgYJM9okwQg6UTzgXeGzjtD77e7c8f2e17c4226c5c33d91a9d52",
    negatives: ["xoxe.xoxp-1-short", "xoxe.xoxp-token-rotation enabled"],
  },
  "slack-refresh-token": {
    sample:
      "xoxe-1-My0xLTEzNTk4MjU4MDk0LTMwNTE2Njk0MDU3MzktOsEFYQCY1mEh9JUjjmVX9dSZGOgYJM9okwQg6UTzgXeGzjtD77e7c8f2e17c4226c5c33d9",
    negatives: ["xoxe-1-short", "xoxe-refresh rotated"],
  },
  "slack-app-token": {
    sample:
      "xapp-1-A0DCBNWTW3YZ-3051669405739-77e7c8f2e17c4226c5c33d91a9d5201c6a668314e6ac73d7b838c7aa016c5ec6",
    negatives: ["xapp-1-A0DCBNWTW3YZ", "xapp-${SLACK_APP_TOKEN}"],
  },
  "slack-webhook-url": {
    frame: (v) => `https://${v}`,
    sample: "hooks.slack.com/services/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",
    positives: [
      {
        text:
          "POST hooks.slack.com/triggers/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 200",
        secret:
          "hooks.slack.com/triggers/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",
      },
      {
        text:
          'webhook_url="https://hooks.slack.com/workflows/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"',
        secret:
          "hooks.slack.com/workflows/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",
      },
      {
        // an Enterprise Grid's ids
        text:
          "SLACK_WEBHOOK=https://hooks.slack.com/services/E07HQ2MZK4/B07JW9XRT2/pL4dR8mQ2vZk7NwT3yBc6HsF",
        secret: "hooks.slack.com/services/E07HQ2MZK4/B07JW9XRT2/pL4dR8mQ2vZk7NwT3yBc6HsF",
      },
      {
        // the path as one run, as scanners' tests write it
        text: "notify: hooks.slack.com/services/Qw3rTy7UiOp2AsDf5GhJk8LzXc4VbNm1Qa9WsEd6Rf",
        secret: "hooks.slack.com/services/Qw3rTy7UiOp2AsDf5GhJk8LzXc4VbNm1Qa9WsEd6Rf",
      },
      {
        text:
          "http://hooks.slack.com/triggers/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",
        secret: "hooks.slack.com/triggers/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",
      },
    ],
    negatives: [
      "https://hooks.slack.com/services/",
      "https://hooks.slack.com/services/Qw3rTy7UiOp2AsDf5GhJk8LzXc4VbNm1",
      "https://hooks.slack.com/services/T0DOQ3RGUE/",
      "https://hooks.slack.com/services/T0DOQ3RGUE/B0DCBNWTW3YZ/",
      "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
      "https://hooks.slack.com/triggers/T0DOQ3RGUE/7429166205771/",
      "see https://api.slack.com/messaging/webhooks for hooks.slack.com/services URLs",
    ],
  },
  "slack-app-secret": {
    sample: "2600c17e2f2ad504f9cb4832c8367347",
    negatives: ["SLACK_SIGNING_SECRET=${SIGNING_SECRET}", "slack_client_secret=2600c17e"],
  },
  "discord-bot-token": {
    sample: "MTk4NTQxMzU1Njk2NDE3NTAz.-as_Ap.fT6ZSJTN52gwBecx-IFTzA00cdR7BM0VdLQKo1",
    negatives: [
      "Mq1eWrP3uIZ35wyVpbDk0tdD.FPu2O.jUz597TYG1-TRtznn2keSriyRPw",
      "Mq1eWrP3uIZ35wyVpbDk0tdD.FPu2OO.jUz597TYG1,TRtznn2keSriyRPw",
      "Pq1eWrP3uIZ35wyVpbDk0tdD.FPu2OO.jUz597TYG1-TRtznn2keSriyRPw",
      "MTk4NTQxMzU1Njk2NDE3NTAzMzMz.-as_Ap.fT6ZSJTN52gwBecx-IFTzA00cdR7BM0VdLQKo1",
    ],
  },
  "discord-webhook-url": {
    frame: (v) => `https://discord.com/api/webhooks/198541355696417503/${v}`,
    sample: "FrIbN0kA3WPo3oTmPYn9j08YVT9q8cDhnSuhaRhSegHCBdecCEbBmvMrdL-ULOFwoy75",
    positives: [{
      text:
        "POST https://canary.discord.com/api/v10/webhooks/1198541355696417503/Qm8xTq2ZsWv4Kp7YbN1cRf5Hd9Lj3Ge6Ua0Ix8Oy2Tw4Vs7Mn1Bk5Rp9Dh3Fz6Jc0-_w 204",
      secret: "Qm8xTq2ZsWv4Kp7YbN1cRf5Hd9Lj3Ge6Ua0Ix8Oy2Tw4Vs7Mn1Bk5Rp9Dh3Fz6Jc0-_w",
    }],
    negatives: [
      "GET https://discord.com/api/v10/users/@me 401",
      "https://discord.com/api/webhooks/198541355696417503/",
      "https://discord.com/api/webhooks/198541355696417503/short-token",
    ],
  },
  "discord-client-secret": {
    sample: "ZVCdXYmKJ1DnJpOQlM4wLCrqUwlxEoi9",
    negatives: ["DISCORD_CLIENT_SECRET=${DISCORD_SECRET}", "discord_secret=ZVCdXYmKJ1Dn"],
  },
  "telegram-bot-token": {
    sample: "7013598258:AAnRrKqW0ahQXstVKXpaGMfW2EDvKhKHvZU",
    positives: [{
      text:
        "POST https://api.telegram.org/bot7013598258:AAnRrKqW0ahQXstVKXpaGMfW2EDvKhKHvZU/sendMessage",
      secret: "7013598258:AAnRrKqW0ahQXstVKXpaGMfW2EDvKhKHvZU",
    }, {
      text: "TELEGRAM_BOT_TOKEN=5615101177:AAzcKAJUxtZEFVJaXbyY5x7kgcwsX6AfUt",
      secret: "5615101177:AAzcKAJUxtZEFVJaXbyY5x7kgcwsX6AfUt",
    }],
    negatives: [
      "bot582046317:AAaEbUOolLr7GG4GWIm2sTVPHQ8emEeJ0Xf",
      "foo:AA5VS5hBgtEzCyUlb1bjKbdWZrmhEu4Dgwh",
      "arn:aws:sns:eu-west-1:971301116959:alerts-from-the-nightly-billing-export-job",
    ],
  },
  "teams-incoming-webhook-url": {
    frame: (v) => `https://${v}`,
    sample:
      "acme.webhook.office.com/webhookb2/24d54699-dd2d-4fb7-9f5a-c45e8b38553b@550e8400-e29b-41d4-a716-446655440000/IncomingWebhook/2600c17e2f2ad504f9cb4832c8367347/7d9f8b6c-5d2a-4c1e-9b8a-3f2e1d0c9b8a",
    negatives: [
      "https://acme.webhook.office.com/webhookb2/",
      "see https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors",
    ],
  },
  "power-automate-webhook-signature": {
    frame: (v) =>
      `https://prod-27.westeurope.logic.azure.com:443/workflows/4c8d0a5e9f1b42d7a3e6c0b9d8f71a25/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${v}`,
    sample: "kQ3vN8xR2pL7mZ1cW9tY4bF6hJ0dS5gA-uE_oI2nT7r",
    positives: [{
      text:
        "POST https://d2f1e8a04b7c.4e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/8e3b1d9c0a7f4e62b5d1c8a9f0e7b3d4/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Xw7_pL2qR9vN4mZ8cT1yB6hF3dS0gKa5uEoI2nJ7rQe 202",
      secret: "Xw7_pL2qR9vN4mZ8cT1yB6hF3dS0gKa5uEoI2nJ7rQe",
    }],
    negatives: [
      "https://prod-27.westeurope.logic.azure.com:443/workflows/4c8d0a5e9f1b42d7a3e6c0b9d8f71a25/triggers/manual/paths/invoke?api-version=2016-06-01",
      "see https://learn.microsoft.com/azure/logic-apps/ for logic.azure.com trigger URLs (sig=<signature>)",
    ],
  },
  "google-chat-webhook-token": {
    frame: (v) =>
      `https://chat.googleapis.com/v1/spaces/AAAAZtIOWBx/messages?key=AIzaenMDIQM-Cf-UuReN70oEkLwV03HzgHq4921&token=${v}`,
    sample: "phQYXg1_ZwNMrY5OsocJCraHnHvy_MDNJoBczc9nMSn%3D",
    negatives: [
      "https://chat.googleapis.com/v1/spaces/AAAAZtIOWBx/messages",
      "https://chat.googleapis.com/v1/spaces/AAAAZtIOWBx/messages?key=AIzaenMDIQM-Cf-UuReN70oEkLwV03HzgHq4921&token=short",
    ],
  },
  "firebase-cloud-messaging-server-key": {
    sample:
      "AAAAZtIOWBx:APA91bj5Z3bjzmHy02a1OFsqtT4ZH2-wz5avLkJ7dG3fqLdHJjC1udtB9eFm0f-mWwu1xVTp6FeyjvotCVre87l7fvXYiSvjX0gy2TPalEfPFq6rWuSPyD017NAoO9NBleWR26BRkRYQ",
    negatives: ["AAAAZtIOWBx:APA91bshort", "registration id APA91bj5Z3bjzmHy02a1OFsqtT4"],
  },
};
