/** Chat-platform credentials: Slack, Discord, Telegram, Microsoft Teams, Google Chat, Firebase Cloud Messaging. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { shannonEntropy } from "../entropy.ts";
import { compactToken } from "./prefixed_tokens.ts";
import { assignedValue } from "./assigned_values.ts";
import { gated } from "./value_runs.ts";
import { within } from "../windowed_match.ts";

/** Slack's `xox?-` tokens: numeric id segments, then a random tail. */
const SLACK_XOX_BODY = "(?:\\d{1,14}-){1,4}[A-Za-z0-9]{16,64}";
/** The random tail (after the last `-`) must look random: rejects `xoxb-1234-1234-xxxxxxxx…`. */
const slackTailIsRandom = (secret: string) =>
  shannonEntropy(secret.slice(secret.lastIndexOf("-") + 1)) >= 3;

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /** Slack bot token: xoxb-, team and bot ids, and a random tail (Slack token types). */
  compactToken("slack-bot-token", `xoxb-${SLACK_XOX_BODY}`, undefined, undefined, undefined, {
    validate: slackTailIsRandom,
  }),
  /**
   * Slack user token: xoxp- (or xoxe- with the same ids, as file URLs carry it), team, user and
   * token ids, and a random tail.
   */
  compactToken("slack-user-token", `xox[pe]-${SLACK_XOX_BODY}`, undefined, undefined, [
    "xoxp-",
    "xoxe-",
  ], { validate: slackTailIsRandom }),
  /**
   * Slack legacy, workspace-app and session tokens: xoxa-, xoxr-, xoxs-, xoxo- with numeric
   * segments and a random tail.
   */
  compactToken(
    "slack-legacy-token",
    "xox[arso]-(?:\\d{1,14}-){0,4}[A-Za-z0-9]{16,64}",
    undefined,
    undefined,
    ["xoxa-", "xoxr-", "xoxs-", "xoxo-"],
    { validate: slackTailIsRandom },
  ),
  /** Slack client (browser session) token: xoxc-, three numeric ids and 64 hex characters. */
  compactToken("slack-client-token", "xoxc-\\d{6,14}-\\d{6,14}-\\d{6,14}-[a-f0-9]{64}", 3),
  /**
   * Slack session cookie (the d cookie): xoxd- and a URL-encoded base64 value, often 150–300
   * characters.
   */
  compactToken(
    "slack-session-cookie",
    "xoxd-[A-Za-z0-9%/+=_-]{32,600}",
    4,
    "A-Za-z0-9%/+=_-",
    undefined,
    { cutClass: "A-Za-z0-9%/+=_-" },
  ),
  /**
   * Slack app configuration access token: xoxe.xoxp- or xoxe.xoxb-, a version digit and a long
   * random tail.
   */
  compactToken("slack-config-token", "xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{100,300}", 4),
  /** Slack configuration refresh token: xoxe-, a version digit and a long random tail. */
  compactToken("slack-refresh-token", "xoxe-\\d-[A-Za-z0-9]{100,300}", 4),
  /**
   * Slack app-level token: xapp-, a version digit, the app id, a numeric id and 64 hex characters.
   */
  compactToken("slack-app-token", "xapp-\\d-[A-Z0-9]{8,12}-\\d{10,14}-[a-f0-9]{32,80}"),
  /**
   * Slack incoming-webhook, workflow or trigger URL (with or without scheme):
   * hooks.slack.com/services/T…/B…/<secret> (or two other ids with a digit: an Enterprise
   * Grid's start with E; a mask such as `XXXXXXXXX` has none), /workflows/T…/A…/<id>/<secret> or
   * /triggers/T…/<id>/<secret>; or any of the three paths as one run of 40-64 letters and digits,
   * as scanners' tests write them.
   */
  compactToken(
    "slack-webhook-url",
    "hooks\\.slack\\.com/(?:services/(?=T|[A-Za-z_]{0,20}\\d)\\w{5,21}/(?=B|[A-Za-z_]{0,20}\\d)\\w{5,21}/\\w{8,40}|(?:workflows|triggers)/T[A-Za-z0-9]{4,20}/(?:A[A-Za-z0-9]{4,20}/)?\\d{6,24}/[A-Za-z0-9]{16,64}|(?:services|workflows|triggers)/[A-Za-z0-9]{40,64})",
    undefined,
    undefined,
    ["hooks.slack.com"],
  ),
  /**
   * Slack app signing secret or OAuth client secret: 32 hex characters assigned to a slack signing
   * / client secret name.
   */
  assignedValue(
    "slack-app-secret",
    "slack[_-]?(?:app[_-]?)?(?:signing|client)[_-]?secret",
    "[a-f0-9]{32}",
    3,
    // Every name ends in signing or client, then secret: "secret" alone is on most lines of
    // key/value logs, "slack" on most lines of a Slack app's.
    [
      "signingsecret",
      "signing_secret",
      "signing-secret",
      "clientsecret",
      "client_secret",
      "client-secret",
    ],
  ),
  /**
   * Discord bot token: base64 of the bot's user id (24–26 characters starting M, N or O), a
   * 6-character timestamp and a 27–38-character HMAC, dot-separated. A first part of 24–26
   * characters whose M, N or O stands second or third, 24 or more from its end, is one too (the
   * id glued to a character or two, as scanners find it inside the part); the whole part is masked.
   * Its lines are found by the token from its M, N or O on, which every match holds: a search that
   * starts at those letters, not at every token character. Three name characters before the letter
   * rule it out (the token starts at most two before it, after no name character): the letters deep
   * in the key/value log's random values fail there, not 23 characters on (half the search's time).
   */
  compactToken(
    "discord-bot-token",
    "(?:[MNO][A-Za-z0-9_-]{23,25}|[A-Za-z0-9_-][MNO][A-Za-z0-9_-]{23,24}|[A-Za-z0-9_-]{2}[MNO][A-Za-z0-9_-]{23})" +
      "\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}",
    3.5,
    "A-Za-z0-9_-",
    undefined,
    {
      prefilter: {
        // The first 23 characters after the M, N or O written out, not `{23,25}`: V8 then skips
        // ahead by the token's fixed start in a region's search (about a fifth faster on the
        // mixed, key/value and long-line logs).
        filter: new RegExp(
          `(?<![A-Za-z0-9_]{3})[MNO]${
            "[A-Za-z0-9_-]".repeat(23)
          }[A-Za-z0-9_-]{0,2}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27}`,
        ),
      },
    },
  ),
  /**
   * Discord webhook URL: discord.com/api/[v<version>/]webhooks/<snowflake id>/<68-character token>
   * (also on discordapp.com and the canary and ptb hosts).
   */
  compactToken(
    "discord-webhook-url",
    "discord(?:app)?\\.com/api/(?:v\\d{1,2}/)?webhooks/\\d{17,20}/(?<secret>[A-Za-z0-9_-]{60,68})",
    4,
    "A-Za-z0-9_-",
    ["discord.com/api/", "discordapp.com/api/"],
  ),
  /** Discord OAuth2 client secret: 32 URL-safe characters assigned to a discord secret name. */
  assignedValue("discord-client-secret", "discord[a-z_-]{0,20}?secret", "[A-Za-z0-9_-]{32}", 3.5),
  /**
   * Telegram Bot API token: the bot's numeric id (8–10 digits), a colon, A (AA in issued tokens)
   * and 34 URL-safe characters, or 33 as in Telegram's own examples (its BotFather docs and bot
   * tutorial); also inside api.telegram.org/bot<token>/ URLs.
   */
  // A digit, `:` and `a` are on most long lines: read only lines where `:A` starts a URL-safe run
  // of 34 or 35, which the token's secret is (none of the run follows it; the scan's runs are
  // read from 35).
  gated(
    compactToken(
      "telegram-bot-token",
      "\\d{8,10}:A[A-Za-z0-9_-]{33,34}",
      3,
      "A-Za-z0-9_-",
      undefined,
      {
        // The id's last digit, the colon and A.
        prefilter: { keywords: [..."0123456789"].map((digit) => `${digit}:a`) },
        lead: "(?:(?<=/bot)|(?<![A-Za-z0-9_]))",
        // A keyword is the id's last digit, its colon and A: after the first digit and 7 to 9 more,
        // which the lead's assertions do not move. Every match starts 7 to 9 before one.
        reach: within(9, 0),
      },
    ),
    (line) => /:A[\w-]{33,34}(?![\w-])/u.test(line),
  ),
  /**
   * Microsoft Teams incoming-webhook URL:
   * <tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<uuid>; an
   * Office 365 connector's (`/JenkinsCI/`, `/GitHub/`) has its own name where IncomingWebhook is.
   */
  compactToken(
    "teams-incoming-webhook-url",
    "(?:[a-z0-9-]{1,63}\\.webhook|outlook)\\.office\\.com/webhook(?:b2)?/[a-f0-9-]{36}@[a-f0-9-]{36}/[A-Za-z][A-Za-z0-9]{1,39}/[a-f0-9]{32}/[a-f0-9-]{36}(?:/[A-Za-z0-9_-]{20,80})?",
    undefined,
    "A-Za-z0-9_-",
    ["webhook.office.com", "outlook.office.com/webhook"],
  ),
  /**
   * Microsoft Teams workflow (Power Automate / Logic Apps) webhook: the sig= signature of a
   * …logic.azure.com or …environment.api.powerplatform.com trigger URL, which alone authorises a
   * post.
   */
  compactToken(
    "power-automate-webhook-signature",
    "(?:logic\\.azure\\.com|api\\.powerplatform\\.com)(?::\\d{1,5})?/[^\\s\"'<>]{1,400}?[?&]sig=(?<secret>[A-Za-z0-9_%-]{40,100})",
    3.5,
    "A-Za-z0-9_%-",
  ),
  /**
   * Google Chat incoming-webhook token: the token= parameter of a
   * chat.googleapis.com/v1/spaces/…/messages URL.
   */
  compactToken(
    "google-chat-webhook-token",
    "chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{8,16}/messages\\?key=[A-Za-z0-9_-]{39}&token=(?<secret>[A-Za-z0-9_%=-]{40,100})",
    3.5,
    "A-Za-z0-9_%=-",
    ["chat.googleapis.com"],
  ),
  /**
   * Firebase Cloud Messaging legacy server key: AAAA and 7 characters, a colon, APA91b and 134
   * URL-safe characters.
   */
  compactToken(
    "firebase-cloud-messaging-server-key",
    "AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
    4,
    "A-Za-z0-9_-",
    [":apa91b"],
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
