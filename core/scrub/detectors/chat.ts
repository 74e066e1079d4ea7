/** Chat-platform credentials: Slack, Discord, Telegram, Microsoft Teams, Google Chat, Firebase Cloud Messaging. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { shannonEntropy } from "../entropy.ts";
import { assigned, token } from "./provider_shapes.ts";

/** Slack's `xox?-` tokens: numeric id segments, then a random tail. */
const SLACK_XOX_BODY = "(?:[0-9]{1,14}-){1,4}[A-Za-z0-9]{16,64}";
/** The random tail (after the last `-`) must look random: rejects `xoxb-1234-1234-xxxxxxxx…`. */
const slackTailIsRandom = (secret: string) =>
  shannonEntropy(secret.slice(secret.lastIndexOf("-") + 1)) >= 3;
const NOT_A_SLACK_TOKEN = [
  "xoxb-${SLACK_BOT_TOKEN}",
  "xoxb-0000-placeholder",
  "xoxb-1234567890-1234567890-xxxxxxxxxxxxxxxxxxxxxxxx",
  "see https://api.slack.com/authentication/token-types#bot for xoxb- tokens",
];

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  token({
    id: "slack-bot-token",
    description: "Slack bot token: xoxb-, team and bot ids, and a random tail (Slack token types).",
    prefilter: { keywords: ["xoxb-"] },
    token: `xoxb-${SLACK_XOX_BODY}`,
    sample: "xoxb-013598258094-3051669405739-iv0CV84Jkc0SiJVvCWs7uoZF",
    validate: slackTailIsRandom,
    negatives: NOT_A_SLACK_TOKEN,
  }),
  token({
    id: "slack-user-token",
    description: "Slack user token: xoxp-, team, user and token ids, and a random tail.",
    prefilter: { keywords: ["xoxp-"] },
    token: `xoxp-${SLACK_XOX_BODY}`,
    sample: "xoxp-013598258094-013598258095-3051669405739-77e7c8f2e17c4226c5c33d91a9d5201c",
    validate: slackTailIsRandom,
    negatives: [
      "xoxp-${SLACK_USER_TOKEN}",
      "xoxp-1234-abc",
      "xoxp-1111-2222-3333-xxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  }),
  token({
    id: "slack-legacy-token",
    description:
      "Slack legacy, workspace-app and session tokens: xoxa-, xoxr-, xoxs-, xoxo- with numeric segments and a random tail.",
    prefilter: { keywords: ["xoxa-", "xoxr-", "xoxs-", "xoxo-"] },
    token: "xox[arso]-(?:[0-9]{1,14}-){0,4}[A-Za-z0-9]{16,64}",
    sample: "xoxa-2-013598258094-3051669405739-hPmkIG7gXkD1IOOSH53zN2C6",
    validate: slackTailIsRandom,
    negatives: ["xoxa-2-placeholder", "xoxz-013598258094-3051669405739-hPmkIG7gXkD1IOOSH53zN2C6"],
  }),
  token({
    id: "slack-client-token",
    description:
      "Slack client (browser session) token: xoxc-, three numeric ids and 64 hex characters.",
    prefilter: { keywords: ["xoxc-"] },
    token: "xoxc-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[a-f0-9]{64}",
    sample:
      "xoxc-013598258094-3051669405739-5170232156417-8d1f0b7e3c6a49d2e5b8f1c07a3d6e9b2c4f8a1e7d0b3c6f9a2e5d8b1c4f7a0e",
    minEntropy: 3,
    negatives: ["xoxc-013598258094-3051669405739", "xoxc-${SLACK_CLIENT_TOKEN}"],
  }),
  token({
    id: "slack-session-cookie",
    description:
      "Slack session cookie (the d cookie): xoxd- and a URL-encoded base64 value, often 150–300 characters.",
    prefilter: { keywords: ["xoxd-"] },
    token: "xoxd-[A-Za-z0-9%/+=_-]{32,600}",
    tail: "A-Za-z0-9%/+=_-",
    cutClass: "A-Za-z0-9%/+=_-",
    sample:
      "xoxd-VGhpcyUyQmlzJTJGbm90JTJCYSUyRnJlYWwlMkJjb29raWUlM0QlM0Q2ZjFjOGE5ZDNlN2IyYTRmMGM1ZDhlMWI3YTJmNGM5ZA%3D%3D",
    minEntropy: 4,
    negatives: ["xoxd-short", "xoxd-${SLACK_D_COOKIE}"],
  }),
  token({
    id: "slack-config-token",
    description:
      "Slack app configuration access token: xoxe.xoxp- or xoxe.xoxb-, a version digit and a long random tail.",
    prefilter: { keywords: ["xoxe.xox"] },
    token: "xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{100,300}",
    sample:
      "xoxe.xoxp-1-Mi0yLTEzNTk4MjU4MDk0LTMwNTE2Njk0MDU3MzktOsEFYQCY1mEh9JUjjmVX9dSZGOgYJM9okwQg6UTzgXeGzjtD77e7c8f2e17c4226c5c33d91a9d52",
    minEntropy: 4,
    negatives: ["xoxe.xoxp-1-short", "xoxe.xoxp-token-rotation enabled"],
  }),
  token({
    id: "slack-refresh-token",
    description:
      "Slack configuration refresh token: xoxe-, a version digit and a long random tail.",
    prefilter: { keywords: ["xoxe-"] },
    token: "xoxe-[0-9]-[A-Za-z0-9]{100,300}",
    sample:
      "xoxe-1-My0xLTEzNTk4MjU4MDk0LTMwNTE2Njk0MDU3MzktOsEFYQCY1mEh9JUjjmVX9dSZGOgYJM9okwQg6UTzgXeGzjtD77e7c8f2e17c4226c5c33d9",
    minEntropy: 4,
    negatives: ["xoxe-1-short", "xoxe-refresh rotated"],
  }),
  token({
    id: "slack-app-token",
    description:
      "Slack app-level token: xapp-, a version digit, the app id, a numeric id and 64 hex characters.",
    prefilter: { keywords: ["xapp-"] },
    token: "xapp-[0-9]-[A-Z0-9]{8,12}-[0-9]{10,14}-[a-f0-9]{32,80}",
    sample:
      "xapp-1-A0DCBNWTW3YZ-3051669405739-77e7c8f2e17c4226c5c33d91a9d5201c6a668314e6ac73d7b838c7aa016c5ec6",
    negatives: ["xapp-1-A0DCBNWTW3YZ", "xapp-${SLACK_APP_TOKEN}"],
  }),
  token({
    id: "slack-webhook-url",
    description:
      "Slack incoming-webhook, workflow or trigger URL (with or without scheme): hooks.slack.com/services/T…/B…/<secret>, /workflows/T…/A…/<id>/<secret> or /triggers/T…/<id>/<secret>.",
    prefilter: { keywords: ["hooks.slack.com"] },
    token:
      "hooks\\.slack\\.com/(?:services/T[A-Za-z0-9_]{4,20}/B[A-Za-z0-9_]{4,20}/[A-Za-z0-9_]{8,40}|(?:workflows|triggers)/T[A-Za-z0-9]{4,20}/(?:A[A-Za-z0-9]{4,20}/)?[0-9]{6,24}/[A-Za-z0-9]{16,64})",
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
    ],
    negatives: [
      "https://hooks.slack.com/services/",
      "https://hooks.slack.com/services/T0DOQ3RGUE/",
      "https://hooks.slack.com/triggers/T0DOQ3RGUE/7429166205771/",
      "see https://api.slack.com/messaging/webhooks for hooks.slack.com/services URLs",
    ],
  }),
  assigned({
    id: "slack-app-secret",
    description:
      "Slack app signing secret or OAuth client secret: 32 hex characters assigned to a slack signing / client secret name.",
    prefilter: { keywords: ["secret"] },
    names: "slack[_-]?(?:app[_-]?)?(?:signing|client)[_-]?secret",
    value: "[a-f0-9]{32}",
    sampleName: "SLACK_SIGNING_SECRET",
    sample: "2600c17e2f2ad504f9cb4832c8367347",
    minEntropy: 3,
    negatives: ["SLACK_SIGNING_SECRET=${SIGNING_SECRET}", "slack_client_secret=2600c17e"],
  }),
  token({
    id: "discord-bot-token",
    description:
      "Discord bot token: base64 of the bot's user id (24–26 characters starting M, N or O), a 6-character timestamp and a 27–38-character HMAC, dot-separated.",
    token: "[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}",
    tail: "A-Za-z0-9_-",
    sample: "MTk4NTQxMzU1Njk2NDE3NTAz.-as_Ap.fT6ZSJTN52gwBecx-IFTzA00cdR7BM0VdLQKo1",
    minEntropy: 3.5,
    negatives: [
      "MZ1yGvKTjE0rY0cV8i47CjAa.uHQPq.Xb1Mk2nEhe-4iUcrGOuegj57zMC",
      "MZ1yGvKTjE0rY0cV8i47CjAa.uRHQPq.Xb1Mk2nEhe,4iUcrGOuegj57zMC",
      "PZ1yGvKTjE0rY0cV8i47CjAa.uRHQPq.Xb1Mk2nEhe-4iUcrGOuegj57zMC",
      "MTk4NTQxMzU1Njk2NDE3NTAzMzMz.-as_Ap.fT6ZSJTN52gwBecx-IFTzA00cdR7BM0VdLQKo1",
    ],
  }),
  token({
    id: "discord-webhook-url",
    description:
      "Discord webhook URL: discord.com/api/[v<version>/]webhooks/<snowflake id>/<68-character token> (also on discordapp.com and the canary and ptb hosts).",
    prefilter: { keywords: ["discord.com/api/", "discordapp.com/api/"] },
    token:
      "discord(?:app)?\\.com/api/(?:v[0-9]{1,2}/)?webhooks/[0-9]{17,20}/(?<secret>[A-Za-z0-9_-]{60,68})",
    tail: "A-Za-z0-9_-",
    frame: (v) => `https://discord.com/api/webhooks/198541355696417503/${v}`,
    sample: "FrIbN0kA3WPo3oTmPYn9j08YVT9q8cDhnSuhaRhSegHCBdecCEbBmvMrdL-ULOFwoy75",
    minEntropy: 4,
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
  }),
  assigned({
    id: "discord-client-secret",
    description:
      "Discord OAuth2 client secret: 32 URL-safe characters assigned to a discord secret name.",
    prefilter: { keywords: ["discord"] },
    names: "discord[a-z_-]{0,20}?secret",
    value: "[A-Za-z0-9_-]{32}",
    sampleName: "DISCORD_CLIENT_SECRET",
    sample: "ZVCdXYmKJ1DnJpOQlM4wLCrqUwlxEoi9",
    minEntropy: 3.5,
    negatives: ["DISCORD_CLIENT_SECRET=${DISCORD_SECRET}", "discord_secret=ZVCdXYmKJ1Dn"],
  }),
  token({
    id: "telegram-bot-token",
    description:
      "Telegram Bot API token: the bot's numeric id (8–10 digits), a colon, A (AA in issued tokens) and 34 URL-safe characters; also inside api.telegram.org/bot<token>/ URLs.",
    // The id's last digit, the colon and A.
    prefilter: { keywords: [..."0123456789"].map((digit) => `${digit}:a`) },
    lead: "(?:(?<=/bot)|(?<![A-Za-z0-9_]))",
    token: "[0-9]{8,10}:A[A-Za-z0-9_-]{34}",
    tail: "A-Za-z0-9_-",
    sample: "7013598258:AAnRrKqW0ahQXstVKXpaGMfW2EDvKhKHvZU",
    minEntropy: 3,
    positives: [{
      text:
        "POST https://api.telegram.org/bot7013598258:AAnRrKqW0ahQXstVKXpaGMfW2EDvKhKHvZU/sendMessage",
      secret: "7013598258:AAnRrKqW0ahQXstVKXpaGMfW2EDvKhKHvZU",
    }],
    negatives: [
      "bot110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw",
      "foo:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM",
      "arn:aws:sns:aaa:111122223333:aaaaaaaaaaaaaaaaaaassssssddddddddddddd",
    ],
  }),
  token({
    id: "teams-incoming-webhook-url",
    description:
      "Microsoft Teams incoming-webhook URL: <tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<uuid>.",
    prefilter: { keywords: ["webhook.office.com", "outlook.office.com/webhook"] },
    token:
      "(?:[a-z0-9-]{1,63}\\.webhook|outlook)\\.office\\.com/webhook(?:b2)?/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}(?:/[A-Za-z0-9_-]{20,80})?",
    tail: "A-Za-z0-9_-",
    frame: (v) => `https://${v}`,
    sample:
      "acme.webhook.office.com/webhookb2/24d54699-dd2d-4fb7-9f5a-c45e8b38553b@550e8400-e29b-41d4-a716-446655440000/IncomingWebhook/2600c17e2f2ad504f9cb4832c8367347/7d9f8b6c-5d2a-4c1e-9b8a-3f2e1d0c9b8a",
    negatives: [
      "https://acme.webhook.office.com/webhookb2/",
      "see https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors",
    ],
  }),
  token({
    id: "power-automate-webhook-signature",
    description:
      "Microsoft Teams workflow (Power Automate / Logic Apps) webhook: the sig= signature of a …logic.azure.com or …environment.api.powerplatform.com trigger URL, which alone authorises a post.",
    prefilter: { keywords: ["logic.azure.com", "api.powerplatform.com"] },
    token:
      "(?:logic\\.azure\\.com|api\\.powerplatform\\.com)(?::[0-9]{1,5})?/[^\\s\"'<>]{1,400}?[?&]sig=(?<secret>[A-Za-z0-9_%-]{40,100})",
    tail: "A-Za-z0-9_%-",
    frame: (v) =>
      `https://prod-27.westeurope.logic.azure.com:443/workflows/4c8d0a5e9f1b42d7a3e6c0b9d8f71a25/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${v}`,
    sample: "kQ3vN8xR2pL7mZ1cW9tY4bF6hJ0dS5gA-uE_oI2nT7r",
    minEntropy: 3.5,
    positives: [{
      text:
        "POST https://d2f1e8a04b7c.4e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/8e3b1d9c0a7f4e62b5d1c8a9f0e7b3d4/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Xw7_pL2qR9vN4mZ8cT1yB6hF3dS0gKa5uEoI2nJ7rQe 202",
      secret: "Xw7_pL2qR9vN4mZ8cT1yB6hF3dS0gKa5uEoI2nJ7rQe",
    }],
    negatives: [
      "https://prod-27.westeurope.logic.azure.com:443/workflows/4c8d0a5e9f1b42d7a3e6c0b9d8f71a25/triggers/manual/paths/invoke?api-version=2016-06-01",
      "see https://learn.microsoft.com/azure/logic-apps/ for logic.azure.com trigger URLs (sig=<signature>)",
    ],
  }),
  token({
    id: "google-chat-webhook-token",
    description:
      "Google Chat incoming-webhook token: the token= parameter of a chat.googleapis.com/v1/spaces/…/messages URL.",
    prefilter: { keywords: ["chat.googleapis.com"] },
    token:
      "chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{8,16}/messages\\?key=[A-Za-z0-9_-]{39}&token=(?<secret>[A-Za-z0-9_%=-]{40,100})",
    tail: "A-Za-z0-9_%=-",
    frame: (v) =>
      `https://chat.googleapis.com/v1/spaces/AAAAZtIOWBx/messages?key=AIzaenMDIQM-Cf-UuReN70oEkLwV03HzgHq4921&token=${v}`,
    sample: "phQYXg1_ZwNMrY5OsocJCraHnHvy_MDNJoBczc9nMSn%3D",
    minEntropy: 3.5,
    negatives: [
      "https://chat.googleapis.com/v1/spaces/AAAAZtIOWBx/messages",
      "https://chat.googleapis.com/v1/spaces/AAAAZtIOWBx/messages?key=AIzaenMDIQM-Cf-UuReN70oEkLwV03HzgHq4921&token=short",
    ],
  }),
  token({
    id: "firebase-cloud-messaging-server-key",
    description:
      "Firebase Cloud Messaging legacy server key: AAAA and 7 characters, a colon, APA91b and 134 URL-safe characters.",
    prefilter: { keywords: [":apa91b"] },
    token: "AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
    tail: "A-Za-z0-9_-",
    sample:
      "AAAAZtIOWBx:APA91bj5Z3bjzmHy02a1OFsqtT4ZH2-wz5avLkJ7dG3fqLdHJjC1udtB9eFm0f-mWwu1xVTp6FeyjvotCVre87l7fvXYiSvjX0gy2TPalEfPFq6rWuSPyD017NAoO9NBleWR26BRkRYQ",
    minEntropy: 4,
    negatives: ["AAAAZtIOWBx:APA91bshort", "registration id APA91bj5Z3bjzmHy02a1OFsqtT4"],
  }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
