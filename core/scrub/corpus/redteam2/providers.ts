/**
 * Secrets of about 100 providers for the second red-team corpus (./gen_redteam2.ts), each built
 * from its provider's documented format (prefix, length, alphabet, checksum) and written from
 * those facts alone, before reading the detectors again. `name` is the variable a team would keep
 * it in; `bare` says the value identifies itself (a prefix or a checksum) and may appear with no
 * name around it.
 */
import { HEX, Rand } from "../pii_redteam_values.ts";

export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const DIGIT = "0123456789";
export const ALNUM = DIGIT + UPPER + LOWER;
export const B64URL = ALNUM + "-_";
export const B64 = ALNUM + "+/";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/** A random string with at least one digit, one upper and one lower letter where the alphabet has them. */
export function mixed(r: Rand, n: number, alphabet = ALNUM): string {
  for (let tries = 0; tries < 50; tries++) {
    const s = r.chars(n, alphabet);
    const need = [DIGIT, UPPER, LOWER].filter((cls) => [...cls].some((c) => alphabet.includes(c)));
    if (n < 6 || need.every((cls) => [...s].some((c) => cls.includes(c)))) return s;
  }
  return r.chars(n, alphabet);
}

const hex = (r: Rand, n: number) => mixed(r, n, HEX);
const HEXU = "0123456789ABCDEF";
const uuid = (r: Rand) =>
  `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${hex(r, 3)}-${
    hex(r, 12)
  }`;

/** CRC-32 (IEEE 802.3, reflected 0xEDB88320) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** `n` in base 62 (digits, then upper, then lower case), left-padded with 0 to `width`. */
export function base62(n: number, width: number): string {
  let s = "";
  do {
    s = ALNUM[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, "0");
}

/** GitHub's and npm's token layout: prefix, 30 random base62 characters, CRC-32 of them in 6. */
function crcToken(r: Rand, prefix: string): string {
  const body = mixed(r, 30);
  return prefix + body + base62(crc32(body), 6);
}

const b64 = (s: string) => btoa(s);
const b64url = (s: string) => btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export interface Provider {
  provider: string;
  /** The variable or field a team keeps it in. */
  name: string;
  /** True when the value names its provider (prefix, checksum): it may stand alone in prose. */
  bare: boolean;
  make: (r: Rand) => string;
}

const p = (provider: string, name: string, bare: boolean, make: (r: Rand) => string): Provider => ({
  provider,
  name,
  bare,
  make,
});

export const PROVIDERS: readonly Provider[] = [
  p("aws-access-key", "AWS_ACCESS_KEY_ID", true, (r) => "AKIA" + r.chars(16, BASE32)),
  p("aws-session-key", "AWS_ACCESS_KEY_ID", true, (r) => "ASIA" + r.chars(16, BASE32)),
  p("aws-secret-key", "AWS_SECRET_ACCESS_KEY", false, (r) => mixed(r, 40, B64)),
  p(
    "aws-bedrock",
    "AWS_BEARER_TOKEN_BEDROCK",
    true,
    (r) =>
      "ABSK" +
      b64(`BedrockAPIKey-${r.chars(4, LOWER + DIGIT)}-at-${r.digits(12)}:${mixed(r, 40, B64)}`),
  ),
  p("github-pat", "GITHUB_TOKEN", true, (r) => crcToken(r, "ghp_")),
  p("github-oauth", "GH_OAUTH_TOKEN", true, (r) => crcToken(r, "gho_")),
  p("github-app-install", "GITHUB_TOKEN", true, (r) => crcToken(r, "ghs_")),
  p("github-refresh", "GITHUB_REFRESH_TOKEN", true, (r) => crcToken(r, "ghr_")),
  p(
    "github-fine-grained",
    "GH_TOKEN",
    true,
    (r) => "github_pat_" + mixed(r, 22) + "_" + mixed(r, 59),
  ),
  p("gitlab-pat", "GITLAB_TOKEN", true, (r) => "glpat-" + mixed(r, 20, B64URL)),
  p("gitlab-runner", "CI_RUNNER_TOKEN", true, (r) => "glrt-" + mixed(r, 20, B64URL)),
  p("gitlab-deploy", "GITLAB_DEPLOY_TOKEN", true, (r) => "gldt-" + mixed(r, 20, B64URL)),
  p("gitlab-trigger", "TRIGGER_TOKEN", true, (r) => "glptt-" + hex(r, 40)),
  p(
    "slack-bot",
    "SLACK_BOT_TOKEN",
    true,
    (r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${mixed(r, 24)}`,
  ),
  p(
    "slack-user",
    "SLACK_USER_TOKEN",
    true,
    (r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${hex(r, 32)}`,
  ),
  p(
    "slack-app",
    "SLACK_APP_TOKEN",
    true,
    (r) => `xapp-1-A${r.chars(10, UPPER + DIGIT)}-${r.digits(13)}-${hex(r, 64)}`,
  ),
  p(
    "slack-webhook",
    "SLACK_WEBHOOK_URL",
    true,
    (r) =>
      `https://hooks.slack.com/services/T${r.chars(10, UPPER + DIGIT)}/B${
        r.chars(10, UPPER + DIGIT)
      }/${mixed(r, 24)}`,
  ),
  p("stripe-secret", "STRIPE_SECRET_KEY", true, (r) => "sk_live_" + mixed(r, 99)),
  p("stripe-restricted", "STRIPE_API_KEY", true, (r) => "rk_live_" + mixed(r, 99)),
  p("stripe-webhook", "STRIPE_WEBHOOK_SECRET", true, (r) => "whsec_" + mixed(r, 32)),
  p(
    "openai-project",
    "OPENAI_API_KEY",
    true,
    (r) => "sk-proj-" + mixed(r, 74, B64URL) + "T3BlbkFJ" + mixed(r, 74, B64URL),
  ),
  p(
    "openai-legacy",
    "OPENAI_API_KEY",
    true,
    (r) => "sk-" + mixed(r, 20) + "T3BlbkFJ" + mixed(r, 20),
  ),
  p("anthropic", "ANTHROPIC_API_KEY", true, (r) => "sk-ant-api03-" + mixed(r, 93, B64URL) + "AA"),
  p("google-api", "GOOGLE_API_KEY", true, (r) => "AIza" + mixed(r, 35, B64URL)),
  p("google-oauth-secret", "GOOGLE_CLIENT_SECRET", true, (r) => "GOCSPX-" + mixed(r, 28, B64URL)),
  p("gcp-private-key-id", "private_key_id", false, (r) => hex(r, 40)),
  p("twilio-auth", "TWILIO_AUTH_TOKEN", false, (r) => hex(r, 32)),
  p("twilio-api-key", "TWILIO_API_KEY", true, (r) => "SK" + hex(r, 32)),
  p(
    "sendgrid",
    "SENDGRID_API_KEY",
    true,
    (r) => `SG.${mixed(r, 22, B64URL)}.${mixed(r, 43, B64URL)}`,
  ),
  p("mailgun", "MAILGUN_API_KEY", true, (r) => `key-${hex(r, 32)}`),
  p("mailchimp", "MAILCHIMP_API_KEY", true, (r) => `${hex(r, 32)}-us${r.range(1, 21)}`),
  p("npm", "NPM_TOKEN", true, (r) => crcToken(r, "npm_")),
  p("pypi", "PYPI_API_TOKEN", true, (r) => "pypi-AgEIcHlwaS5vcmc" + mixed(r, 150, B64URL)),
  p("huggingface", "HF_TOKEN", true, (r) => "hf_" + mixed(r, 34, UPPER + LOWER)),
  p("shopify-access", "SHOPIFY_ACCESS_TOKEN", true, (r) => "shpat_" + hex(r, 32)),
  p("shopify-shared", "SHOPIFY_API_SECRET", true, (r) => "shpss_" + hex(r, 32)),
  p("digitalocean-pat", "DIGITALOCEAN_TOKEN", true, (r) => "dop_v1_" + hex(r, 64)),
  p("digitalocean-oauth", "DO_OAUTH_TOKEN", true, (r) => "doo_v1_" + hex(r, 64)),
  p("heroku", "HEROKU_API_KEY", false, uuid),
  p(
    "atlassian",
    "JIRA_API_TOKEN",
    true,
    (r) => "ATATT3xFfGF0" + mixed(r, 170, B64URL) + "=" + r.chars(8, HEXU),
  ),
  p("linear", "LINEAR_API_KEY", true, (r) => "lin_api_" + mixed(r, 40)),
  p("notion", "NOTION_TOKEN", true, (r) => "ntn_" + r.digits(11) + mixed(r, 35)),
  p("notion-legacy", "NOTION_API_KEY", true, (r) => "secret_" + mixed(r, 43)),
  p("databricks", "DATABRICKS_TOKEN", true, (r) => "dapi" + hex(r, 32)),
  p("doppler", "DOPPLER_TOKEN", true, (r) => "dp.st.prd." + mixed(r, 40)),
  p("pulumi", "PULUMI_ACCESS_TOKEN", true, (r) => "pul-" + hex(r, 40)),
  p("terraform-cloud", "TFE_TOKEN", true, (r) => `${mixed(r, 14)}.atlasv1.${mixed(r, 67)}`),
  p("vault", "VAULT_TOKEN", true, (r) => "hvs." + mixed(r, 24)),
  p("vault-batch", "VAULT_TOKEN", true, (r) => "hvb." + mixed(r, 138, B64URL)),
  p("postman", "POSTMAN_API_KEY", true, (r) => `PMAK-${hex(r, 24)}-${hex(r, 34)}`),
  p(
    "sentry-dsn",
    "SENTRY_DSN",
    true,
    (r) => `https://${hex(r, 32)}@o${r.digits(6)}.ingest.us.sentry.io/${r.digits(7)}`,
  ),
  p("sentry-user", "SENTRY_AUTH_TOKEN", true, (r) => "sntryu_" + hex(r, 64)),
  p("sentry-org", "SENTRY_AUTH_TOKEN", true, (r) =>
    "sntrys_" +
    b64url(`{"iat":${r.range(1.7e9, 1.75e9)},"url":"https://sentry.io","org":"acme"}`) + "_" +
    mixed(r, 43, B64URL)),
  p("datadog-api", "DD_API_KEY", false, (r) => hex(r, 32)),
  p("datadog-app", "DD_APP_KEY", false, (r) => hex(r, 40)),
  p("newrelic-user", "NEW_RELIC_API_KEY", true, (r) => "NRAK-" + r.chars(27, UPPER + DIGIT)),
  p("newrelic-license", "NEW_RELIC_LICENSE_KEY", false, (r) => hex(r, 36) + "NRAL"),
  p("grafana-sa", "GRAFANA_TOKEN", true, (r) => `glsa_${mixed(r, 32)}_${hex(r, 8)}`),
  p(
    "grafana-cloud",
    "GRAFANA_CLOUD_TOKEN",
    true,
    (r) =>
      "glc_" +
      b64(
        `{"o":"${r.digits(6)}","n":"stack-${r.digits(6)}-hm-read","k":"${
          mixed(r, 24)
        }","m":{"r":"prod-us-east-0"}}`,
      ).replace(/=+$/, ""),
  ),
  p(
    "discord-bot",
    "DISCORD_BOT_TOKEN",
    true,
    (r) =>
      `${b64url(String(r.range(1e17, 9e17))).replace(/=+$/, "")}.${mixed(r, 6, B64URL)}.${
        mixed(r, 38, B64URL)
      }`,
  ),
  p(
    "discord-webhook",
    "DISCORD_WEBHOOK",
    true,
    (r) => `https://discord.com/api/webhooks/${r.digits(18)}/${mixed(r, 68, B64URL)}`,
  ),
  p(
    "telegram-bot",
    "TELEGRAM_BOT_TOKEN",
    true,
    (r) => `${r.range(1e9, 8e9)}:AA${mixed(r, 33, B64URL)}`,
  ),
  p(
    "teams-webhook",
    "TEAMS_WEBHOOK_URL",
    true,
    (r) =>
      `https://acme.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${
        hex(r, 32)
      }/${uuid(r)}/V2${mixed(r, 43, B64URL)}`,
  ),
  p("azure-storage-key", "AZURE_STORAGE_KEY", false, (r) => mixed(r, 86, B64) + "=="),
  p(
    "azure-ad-secret",
    "AZURE_CLIENT_SECRET",
    true,
    (r) => mixed(r, 3) + r.digits(1) + "Q~" + mixed(r, 34, ALNUM + "_~.-"),
  ),
  p(
    "azure-devops-pat",
    "AZURE_DEVOPS_EXT_PAT",
    false,
    (r) => r.chars(52, LOWER.slice(0, 26) + "234567"),
  ),
  p("square-access", "SQUARE_ACCESS_TOKEN", true, (r) => "EAAA" + mixed(r, 60, B64URL)),
  p("square-oauth-secret", "SQUARE_APP_SECRET", true, (r) => "sq0csp-" + mixed(r, 43, B64URL)),
  p(
    "braintree",
    "BRAINTREE_ACCESS_TOKEN",
    true,
    (r) => `access_token$production$${r.chars(16, LOWER + DIGIT)}$${hex(r, 32)}`,
  ),
  p("facebook-page", "FB_PAGE_ACCESS_TOKEN", true, (r) => "EAAG" + mixed(r, 180)),
  p(
    "twitter-bearer",
    "TWITTER_BEARER_TOKEN",
    true,
    (r) => "AAAAAAAAAAAAAAAAAAAAA" + mixed(r, 27) + "%3D" + mixed(r, 50),
  ),
  p("dropbox", "DROPBOX_ACCESS_TOKEN", true, (r) => "sl.u." + mixed(r, 140, B64URL)),
  p("okta", "OKTA_API_TOKEN", false, (r) => "00" + mixed(r, 40, B64URL)),
  p("age", "SOPS_AGE_KEY", true, (r) => "AGE-SECRET-KEY-1" + r.chars(58, BECH32).toUpperCase()),
  p("flyio", "FLY_API_TOKEN", true, (r) => "FlyV1 fm2_" + mixed(r, 200, B64)),
  p("circleci", "CIRCLE_TOKEN", true, (r) => `CCIPAT_${mixed(r, 22)}_${hex(r, 40)}`),
  p("buildkite", "BUILDKITE_API_TOKEN", true, (r) => "bkua_" + hex(r, 40)),
  p("travis", "TRAVIS_API_TOKEN", false, (r) => mixed(r, 22, B64URL)),
  p("docker-hub", "DOCKERHUB_TOKEN", true, (r) => "dckr_pat_" + mixed(r, 27, B64URL)),
  p("jfrog", "ARTIFACTORY_API_KEY", true, (r) => "AKCp" + mixed(r, 69)),
  p("sonar", "SONAR_TOKEN", true, (r) => "squ_" + hex(r, 40)),
  p("snyk", "SNYK_TOKEN", false, uuid),
  p("sourcegraph", "SRC_ACCESS_TOKEN", true, (r) => `sgp_${hex(r, 16)}_${hex(r, 40)}`),
  p("hubspot", "HUBSPOT_ACCESS_TOKEN", true, (r) => `pat-na1-${uuid(r)}`),
  p("asana", "ASANA_PAT", true, (r) => `2/${r.digits(16)}/${r.digits(16)}:${hex(r, 32)}`),
  p("airtable", "AIRTABLE_TOKEN", true, (r) => `pat${mixed(r, 14)}.${hex(r, 64)}`),
  p("figma", "FIGMA_TOKEN", true, (r) => "figd_" + mixed(r, 40, B64URL)),
  p(
    "mapbox",
    "MAPBOX_SECRET_TOKEN",
    true,
    (r) =>
      "sk." + b64url(`{"u":"acme-maps","a":"${r.chars(12, LOWER + DIGIT)}"}`) + "." +
      mixed(r, 22, B64URL),
  ),
  p("algolia-admin", "ALGOLIA_ADMIN_API_KEY", false, (r) => hex(r, 32)),
  p("cloudflare-token", "CLOUDFLARE_API_TOKEN", false, (r) => mixed(r, 40, B64URL)),
  p(
    "cloudflare-origin-ca",
    "CF_ORIGIN_CA_KEY",
    true,
    (r) => "v1.0-" + hex(r, 24) + "-" + hex(r, 146),
  ),
  p("alibaba", "ALIBABA_CLOUD_ACCESS_KEY_ID", true, (r) => "LTAI" + mixed(r, 20)),
  p("tencent", "TENCENTCLOUD_SECRET_ID", true, (r) => "AKID" + mixed(r, 32)),
  p("yandex-iam", "YC_API_KEY", true, (r) => "AQVN" + mixed(r, 36, B64URL)),
  p("ibm-cloud", "IBMCLOUD_API_KEY", false, (r) => mixed(r, 44, B64URL)),
  p("plaid", "PLAID_ACCESS_TOKEN", true, (r) => `access-production-${uuid(r)}`),
  p("razorpay", "RAZORPAY_KEY_SECRET", false, (r) => mixed(r, 24)),
  p("flutterwave", "FLW_SECRET_KEY", true, (r) => `FLWSECK-${hex(r, 32)}-X`),
  p("paystack", "PAYSTACK_SECRET_KEY", true, (r) => "sk_live_" + hex(r, 40)),
  p("mollie", "MOLLIE_API_KEY", true, (r) => "live_" + mixed(r, 30)),
  p("shippo", "SHIPPO_API_TOKEN", true, (r) => "shippo_live_" + hex(r, 40)),
  p("easypost", "EASYPOST_API_KEY", true, (r) => "EZAK" + hex(r, 54)),
  p("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", true, (r) => "CFPAT-" + mixed(r, 43, B64URL)),
  p("readme", "README_API_KEY", true, (r) => "rdme_" + hex(r, 70)),
  p("supabase", "SUPABASE_ACCESS_TOKEN", true, (r) => "sbp_" + hex(r, 40)),
  p("planetscale", "PLANETSCALE_SERVICE_TOKEN", true, (r) => "pscale_tkn_" + mixed(r, 43, B64URL)),
  p("replicate", "REPLICATE_API_TOKEN", true, (r) => "r8_" + mixed(r, 37)),
  p("groq", "GROQ_API_KEY", true, (r) => "gsk_" + mixed(r, 52)),
  p("perplexity", "PERPLEXITY_API_KEY", true, (r) => "pplx-" + mixed(r, 48)),
  p("xai", "XAI_API_KEY", true, (r) => "xai-" + mixed(r, 80)),
  p("mistral", "MISTRAL_API_KEY", false, (r) => mixed(r, 32)),
  p("cohere", "COHERE_API_KEY", false, (r) => mixed(r, 40)),
  p("langsmith", "LANGSMITH_API_KEY", true, (r) => `lsv2_pt_${hex(r, 32)}_${hex(r, 10)}`),
  p("pinecone", "PINECONE_API_KEY", true, (r) => `pcsk_${mixed(r, 6)}_${mixed(r, 63)}`),
  p("sumologic", "SUMO_ACCESS_KEY", false, (r) => mixed(r, 64)),
  p("honeycomb", "HONEYCOMB_API_KEY", true, (r) => "hcaik_" + r.chars(58, LOWER + DIGIT)),
  p("rubygems", "GEM_HOST_API_KEY", true, (r) => "rubygems_" + hex(r, 48)),
  p("nuget", "NUGET_API_KEY", true, (r) => "oy2" + r.chars(43, LOWER + DIGIT)),
  p("clojars", "CLOJARS_TOKEN", true, (r) => "CLOJARS_" + r.chars(60, LOWER + DIGIT)),
  p("prefect", "PREFECT_API_KEY", true, (r) => "pnu_" + mixed(r, 36)),
  p(
    "jwt",
    "ACCESS_TOKEN",
    true,
    (r) =>
      b64url('{"alg":"RS256","typ":"JWT","kid":"' + hex(r, 8) + '"}') + "." +
      b64url(
        `{"sub":"${r.digits(8)}","iss":"https://auth.acme.io","exp":${r.range(1.7e9, 1.8e9)}}`,
      ) +
      "." + mixed(r, 86, B64URL),
  ),
];

/** A password as people choose them: words, digits and symbols, at least 12 characters. */
export function password(r: Rand): string {
  const words = ["Winter", "coffee", "Harbor", "tiger", "Maple", "rocket", "Orbit", "velvet"];
  return r.pick(words) + r.pick(["!", "*", "-", "~", "."]) + r.digits(r.range(2, 4)) +
    r.pick(words).toLowerCase() + r.chars(r.range(2, 5), ALNUM);
}
