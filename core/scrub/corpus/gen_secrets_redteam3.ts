/**
 * Writes the third red-team corpus, ./secrets_redteam3.jsonl: secrets only (no personal data),
 * written before reading the detectors or the key/value reader, from each provider's documented
 * format (prefix, length, alphabet; GitHub's and npm's CRC-32) and in every syntax issue 10 lists —
 * PHP `.=`, Go `:=`, make's `:::=`, `export NAME = value`, XML values on their own line, YAML block
 * scalars, Kubernetes Secrets, INI/TOML, PowerShell, Bundler, HTTP headers, .env, docker/helm flags,
 * Java and Spring properties, connection strings, command lines, struct dumps, stack traces, CI
 * logs — plus evasions (terminal colours, JSON and URL escapes, base64 credentials, line
 * continuations) and about a third benign look-alikes that must come out unchanged (documented
 * placeholders, hashes, digests, ids, public keys, key names without values, password prose).
 * Do not tune it to the detectors: it measures how far they generalize.
 *
 *   deno run --allow-write core/scrub/corpus/gen_secrets_redteam3.ts
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/secrets_redteam3.jsonl 'deno task -q scrub'
 */
import { HEX, Rand } from "./pii_redteam_values.ts";
import {
  ALNUM,
  B64,
  B64URL,
  base62,
  crc32,
  DIGIT,
  LOWER,
  mixed,
  UPPER,
} from "./redteam2/providers.ts";
import type { Case } from "./redteam2/gen_redteam2.ts";

export type { Case };
export const REDTEAM3_FILE = new URL("./secrets_redteam3.jsonl", import.meta.url);

const HEXU = "0123456789ABCDEF";
const BASE32L = "abcdefghijklmnopqrstuvwxyz234567";
const hex = (r: Rand, n: number) => mixed(r, n, HEX);
const uuid = (r: Rand) =>
  `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${hex(r, 3)}-${
    hex(r, 12)
  }`;
const b64 = (s: string) => btoa(s);
const b64url = (s: string) => btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const crcToken = (r: Rand, prefix: string) => {
  const body = mixed(r, 30);
  return prefix + body + base62(crc32(body), 6);
};
const time = (r: Rand) =>
  `2026-${String(r.range(1, 12)).padStart(2, "0")}-${r.range(10, 28)}T${r.range(10, 23)}:${
    r.range(10, 59)
  }:${r.range(10, 59)}.${r.digits(3)}Z`;

/** A password as a person or a vault chose it: letters, digits and symbols. */
function password(r: Rand): string {
  const words = ["Falcon", "quartz", "Lantern", "meadow", "Copper", "nimbus", "Saffron", "tundra"];
  return r.pick([
    () =>
      r.pick(words) + r.pick(["!", "#", "$", "%", "&", "*", "@", "?"]) + r.digits(3) + mixed(r, 4),
    () => mixed(r, 16) + r.pick(["!", "^", "+", "="]),
    () => `${r.pick(words)}-${r.pick(words).toLowerCase()}-${r.digits(4)}`,
    () => mixed(r, 20, ALNUM + "!#%*+-._~"),
  ])();
}
const USERS = ["deploy", "svc_orders", "app", "ci-bot", "admin", "reporting", "etl_user"];

/** A provider's secret: what a team names it, how it is made, and the part that must go. */
interface Provider {
  id: string;
  name: string;
  make: (r: Rand) => string;
  /** The part of the made value that is the secret (default: all of it). */
  secret?: (value: string) => string;
}
const lastSegment = (v: string) => v.slice(v.lastIndexOf("/") + 1);
const afterSig = (v: string) => v.slice(v.indexOf("sig=") + 4);

const PROVIDERS: readonly Provider[] = [
  {
    id: "slack-webhook",
    name: "SLACK_WEBHOOK_URL",
    make: (r) =>
      `https://hooks.slack.com/services/T${r.chars(10, UPPER + DIGIT)}/B${
        r.chars(10, UPPER + DIGIT)
      }/${mixed(r, 24)}`,
    secret: lastSegment,
  },
  {
    id: "slack-webhook-noscheme",
    name: "ALERTS_HOOK",
    make: (r) =>
      `hooks.slack.com/services/T${r.chars(8, UPPER + DIGIT)}/B${r.chars(10, UPPER + DIGIT)}/${
        mixed(r, 24)
      }`,
    secret: lastSegment,
  },
  {
    id: "slack-workflow-webhook",
    name: "WORKFLOW_URL",
    make: (r) =>
      `https://hooks.slack.com/workflows/T${r.chars(10, UPPER + DIGIT)}/A${
        r.chars(10, UPPER + DIGIT)
      }/${r.digits(18)}/${mixed(r, 24)}`,
    secret: lastSegment,
  },
  {
    id: "slack-trigger-webhook",
    name: "SLACK_TRIGGER",
    make: (r) =>
      `https://hooks.slack.com/triggers/T${r.chars(10, UPPER + DIGIT)}/${r.digits(13)}/${
        hex(r, 32)
      }`,
    secret: lastSegment,
  },
  {
    id: "teams-webhook",
    name: "TEAMS_WEBHOOK",
    make: (r) =>
      `https://${r.pick(["contoso", "acmecorp", "fabrikam"])}.webhook.office.com/webhookb2/${
        uuid(r)
      }@${uuid(r)}/IncomingWebhook/${hex(r, 32)}/${uuid(r)}`,
    secret: (v) => v.split("/IncomingWebhook/")[1].split("/")[0],
  },
  {
    id: "power-automate",
    name: "FLOW_TRIGGER_URL",
    make: (r) =>
      `https://prod-${r.range(10, 99)}.westeurope.logic.azure.com:443/workflows/${
        hex(r, 32)
      }/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${
        mixed(r, 43, B64URL)
      }`,
    secret: afterSig,
  },
  {
    id: "discord-webhook",
    name: "DISCORD_WEBHOOK",
    make: (r) =>
      `https://${r.pick(["discord.com", "discordapp.com"])}/api/webhooks/${r.digits(19)}/${
        mixed(r, 68, B64URL)
      }`,
    secret: lastSegment,
  },
  {
    id: "discord-bot",
    name: "DISCORD_BOT_TOKEN",
    make: (r) =>
      `${b64url(String(r.range(1, 9)) + r.digits(17))}.${mixed(r, 6, B64URL)}.${
        mixed(r, 38, B64URL)
      }`,
  },
  {
    id: "facebook-page",
    name: "FB_PAGE_ACCESS_TOKEN",
    make: (r) => `EAA${r.pick(["B", "G", "I", "J", "Cs"])}${mixed(r, r.range(140, 200))}`,
  },
  {
    id: "facebook-app",
    name: "FACEBOOK_APP_TOKEN",
    make: (r) => `${r.digits(15)}|${mixed(r, 27, B64URL)}`,
    secret: (v) => v.split("|")[1],
  },
  { id: "sourcegraph", name: "SRC_ACCESS_TOKEN", make: (r) => `sgp_${hex(r, 40)}` },
  {
    id: "sourcegraph-instance",
    name: "SOURCEGRAPH_TOKEN",
    make: (r) => `sgp_${hex(r, 16)}_${hex(r, 40)}`,
  },
  {
    id: "hubspot",
    name: "HUBSPOT_PRIVATE_APP_TOKEN",
    make: (r) => `pat-${r.pick(["na1", "eu1", "na2"])}-${uuid(r)}`,
  },
  {
    id: "sonar",
    name: "SONAR_TOKEN",
    make: (r) => `${r.pick(["squ_", "sqp_", "sqa_"])}${hex(r, 40)}`,
  },
  { id: "travis", name: "TRAVIS_API_TOKEN", make: (r) => mixed(r, 22) },
  {
    id: "terraform-cloud",
    name: "TFE_TOKEN",
    make: (r) => `${mixed(r, 14)}.atlasv1.${mixed(r, 67)}`,
  },
  { id: "sumologic-key", name: "SUMO_ACCESS_KEY", make: (r) => mixed(r, 64) },
  {
    id: "sumologic-http-source",
    name: "SUMO_HTTP_SOURCE",
    make: (r) =>
      `https://endpoint${r.range(1, 6)}.collection.${
        r.pick(["us2", "eu", "au"])
      }.sumologic.com/receiver/v1/http/${mixed(r, 98, B64URL)}==`,
    secret: (v) => lastSegment(v).slice(0, -2),
  },
  {
    id: "aws-bedrock",
    name: "AWS_BEARER_TOKEN_BEDROCK",
    make: (r) =>
      "ABSK" +
      b64(`BedrockAPIKey-${r.chars(4, LOWER + DIGIT)}-at-${r.digits(12)}:${mixed(r, 40, B64)}`),
  },
  {
    id: "aws-bedrock-short",
    name: "BEDROCK_API_KEY",
    make: (r) =>
      "bedrock-api-key-" +
      b64(
        `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIA${
          r.chars(16, UPPER + "234567")
        }%2F20261205%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Signature=${hex(r, 64)}&Version=1`,
      ),
  },
  { id: "huggingface", name: "HF_TOKEN", make: (r) => `hf_${mixed(r, 34, UPPER + LOWER)}` },
  {
    id: "huggingface-org",
    name: "HUGGINGFACE_API_KEY",
    make: (r) => `api_org_${mixed(r, 34, UPPER + LOWER)}`,
  },
  {
    id: "slack-legacy-user",
    name: "SLACK_LEGACY_TOKEN",
    make: (r) => `xoxp-${r.digits(10)}-${r.digits(10)}-${r.digits(12)}-${hex(r, 32)}`,
  },
  {
    id: "slack-legacy-bot",
    name: "SLACK_BOT",
    make: (r) => `xoxb-${r.digits(12)}-${mixed(r, 24)}`,
  },
  {
    id: "slack-legacy-workspace",
    name: "SLACK_API_TOKEN",
    make: (r) =>
      `${r.pick(["xoxs", "xoxa-2", "xoxo"])}-${r.digits(11)}-${r.digits(12)}-${hex(r, 32)}`,
  },
  {
    id: "slack-refresh",
    name: "SLACK_REFRESH_TOKEN",
    make: (r) => `xoxe-1-${mixed(r, 146, ALNUM)}`,
  },
  {
    id: "slack-app-level",
    name: "SLACK_APP_TOKEN",
    make: (r) => `xapp-1-A${r.chars(10, UPPER + DIGIT)}-${r.digits(13)}-${hex(r, 64)}`,
  },
  { id: "stripe-live", name: "STRIPE_SECRET_KEY", make: (r) => `sk_live_${mixed(r, 99)}` },
  { id: "stripe-restricted", name: "STRIPE_KEY", make: (r) => `rk_live_${mixed(r, 24)}` },
  { id: "stripe-webhook", name: "STRIPE_ENDPOINT_SECRET", make: (r) => `whsec_${mixed(r, 32)}` },
  { id: "twilio-auth", name: "TWILIO_AUTH_TOKEN", make: (r) => hex(r, 32) },
  {
    id: "twilio-api-secret",
    name: "TWILIO_API_SECRET",
    make: (r) => mixed(r, 32),
  },
  {
    id: "sendgrid",
    name: "SENDGRID_API_KEY",
    make: (r) => `SG.${mixed(r, 22, B64URL)}.${mixed(r, 43, B64URL)}`,
  },
  { id: "mailgun-legacy", name: "MAILGUN_API_KEY", make: (r) => `key-${hex(r, 32)}` },
  {
    id: "mailgun",
    name: "MAILGUN_KEY",
    make: (r) => `${hex(r, 32)}-${hex(r, 8)}-${hex(r, 8)}`,
  },
  {
    id: "shopify",
    name: "SHOPIFY_ADMIN_TOKEN",
    make: (r) => `${r.pick(["shpat_", "shpss_", "shpca_", "shppa_"])}${hex(r, 32)}`,
  },
  { id: "gitlab-pat", name: "GITLAB_PAT", make: (r) => `glpat-${mixed(r, 20, B64URL)}` },
  { id: "gitlab-oauth", name: "GITLAB_APP_SECRET", make: (r) => `gloas-${hex(r, 64)}` },
  {
    id: "gitlab-runner-registration",
    name: "REGISTRATION_TOKEN",
    make: (r) => `GR1348941${mixed(r, 20, B64URL)}`,
  },
  { id: "gitlab-runner", name: "RUNNER_TOKEN", make: (r) => `glrt-${mixed(r, 20, B64URL)}` },
  {
    id: "atlassian",
    name: "JIRA_API_TOKEN",
    make: (r) => `ATATT3xFfGF0${mixed(r, 180, B64URL)}=${r.chars(8, HEXU)}`,
  },
  {
    id: "azure-storage",
    name: "AZURE_STORAGE_KEY",
    make: (r) => `${mixed(r, 86, B64)}==`,
  },
  {
    id: "azure-ad-secret",
    name: "AZURE_CLIENT_SECRET",
    make: (r) => `${mixed(r, 3)}8Q~${mixed(r, 34, ALNUM + "~._-")}`,
  },
  { id: "azure-devops", name: "AZURE_DEVOPS_PAT", make: (r) => r.chars(52, BASE32L) },
  { id: "github-pat", name: "GITHUB_TOKEN", make: (r) => crcToken(r, "ghp_") },
  { id: "github-oauth", name: "GH_OAUTH", make: (r) => crcToken(r, "gho_") },
  { id: "github-user-server", name: "GH_USER_TOKEN", make: (r) => crcToken(r, "ghu_") },
  { id: "github-app", name: "GITHUB_APP_TOKEN", make: (r) => crcToken(r, "ghs_") },
  {
    id: "github-fine-grained",
    name: "GH_PAT",
    make: (r) => `github_pat_11${r.chars(20, UPPER + DIGIT)}_${mixed(r, 59)}`,
  },
  { id: "npm", name: "NPM_TOKEN", make: (r) => crcToken(r, "npm_") },
  {
    id: "jwt",
    name: "ACCESS_TOKEN",
    make: (r) =>
      `${b64url(JSON.stringify({ alg: r.pick(["RS256", "HS256", "ES256"]), typ: "JWT" }))}.${
        b64url(
          JSON.stringify({
            sub: r.digits(9),
            iss: "https://login.example.org",
            exp: r.range(1.7e9, 1.9e9),
          }),
        )
      }.${mixed(r, 86, B64URL)}`,
  },
  {
    id: "asana",
    name: "ASANA_PAT",
    make: (r) => `2/${r.digits(16)}/${r.digits(16)}:${hex(r, 32)}`,
  },
  { id: "password", name: "DB_PASSWORD", make: password },
];

/** A writer of a named value into the text a system prints. */
type Writer = (r: Rand, name: string, value: string) => string;
const lower = (n: string) => n.toLowerCase();
const camel = (n: string) =>
  n.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const dotted = (n: string) => n.toLowerCase().replace(/_/g, ".");

const SYNTAXES: Record<string, Writer> = {
  phpConcat: (_r, n, v) => `$${camel(n)} = '';\n$${camel(n)} .= '${v}';`,
  phpArrayConcat: (_r, n, v) => `$config['${lower(n)}'] .= "${v}";`,
  phpDefine: (_r, n, v) => `define('${n}', '${v}');`,
  goShort: (_r, n, v) => `\t${camel(n)} := "${v}"`,
  goStruct: (_r, n, v) =>
    `cfg := Config{Region: "eu-west-1", ${camel(n).replace(/^./, (c) => c.toUpperCase())}: "${v}"}`,
  makeImmediate: (_r, n, v) => `${n} :::= ${v}`,
  makeColon: (r, n, v) => `${n} ${r.pick(["::=", ":=", "?="])} ${v}`,
  exportSpaces: (_r, n, v) => `export ${n} = ${v}`,
  exportSpacesQuoted: (_r, n, v) => `export ${n} = "${v}"`,
  xmlOwnLine: (_r, n, v) => `<${camel(n)}>\n    ${v}\n</${camel(n)}>`,
  xmlEntryOwnLine: (_r, n, v) => `  <entry key="${lower(n)}">\n    ${v}\n  </entry>`,
  xmlAddValue: (_r, n, v) => `    <add key="${camel(n)}" value="${v}" />`,
  yamlLiteral: (_r, n, v) => `${lower(n)}: |\n  ${v}\nregion: us-east-1`,
  yamlFolded: (_r, n, v) => `config:\n  ${camel(n)}: >-\n    ${v}\n  timeout: 30`,
  k8sData: (_r, n, v) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\ndata:\n  ${
      n.toLowerCase().replace(/_/g, "-")
    }: ${b64(v)}`,
  k8sStringData: (_r, n, v) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\nstringData:\n  ${n}: "${v}"`,
  ini: (_r, n, v) => `[${n.split("_")[0].toLowerCase()}]\n${lower(n)} = ${v}\nenabled = true`,
  toml: (_r, n, v) => `[services.${n.split("_")[0].toLowerCase()}]\n${lower(n)} = "${v}"`,
  powershell: (_r, n, v) => `PS C:\\deploy> $${camel(n)} = "${v}"`,
  powershellEnv: (_r, n, v) => `$env:${n}="${v}"`,
  powershellEnvSpaced: (_r, n, v) => `PS> $env:${n} = '${v}'; .\\deploy.ps1`,
  dotenv: (_r, n, v) => `# prod\n${n}=${v}\nPORT=8080`,
  dotenvComment: (_r, n, v) => `${n}="${v}" # rotated monthly`,
  dockerRun: (_r, n, v) => `docker run -d -e LOG_LEVEL=info -e ${n}=${v} registry.local/app:1.4.2`,
  dockerEnvFlag: (_r, n, v) => `docker run --rm --env ${n}="${v}" app:latest`,
  helmSet: (_r, n, v) =>
    `helm upgrade --install api ./chart --set image.tag=2.1.0 --set secrets.${camel(n)}=${v}`,
  helmSetString: (_r, n, v) => `helm install web ./web --set-string env.${n}='${v}'`,
  javaProperties: (_r, n, v) => `${dotted(n)}=${v}`,
  javaPropertiesSpaced: (_r, n, v) => `${dotted(n)} = ${v}`,
  springYaml: (_r, n, v) => `spring:\n  cloud:\n    config:\n      ${camel(n)}: ${v}`,
  pythonRepr: (_r, n, v) => `Settings(debug=False, ${lower(n)}='${v}', region='eu-west-1')`,
  pythonDictRepr: (_r, n, v) => `config loaded: {'${lower(n)}': '${v}', 'retries': 3}`,
  goPlusV: (_r, n, v) =>
    `config: &{Region:eu-west-1 ${
      camel(n).replace(/^./, (c) => c.toUpperCase())
    }:${v} Timeout:30s}`,
  rustDebug: (_r, n, v) => `Config { region: "eu-west-1", ${lower(n)}: "${v}", retries: 3 }`,
  ghActionsEnv: (r, n, v) =>
    `${time(r)} ##[group]Run ./scripts/deploy.sh\n${time(r)} env:\n${time(r)}   ${n}: ${v}\n${
      time(r)
    } ##[endgroup]`,
  gitlabCi: (_r, n, v) => `$ echo "${n}=${v}" >> .env\n$ ./deploy.sh`,
  ansiColoured: (_r, n, v) => `\x1b[36m${n}\x1b[0m=\x1b[33m${v}\x1b[0m`,
  jsonNested: (r, n, v) =>
    JSON.stringify({ ts: time(r), level: "debug", msg: "loaded", cfg: { [camel(n)]: v } }),
  jsonInString: (r, n, v) =>
    JSON.stringify({ ts: time(r), message: `payload=${JSON.stringify({ [lower(n)]: v })}` }),
  logfmt: (r, n, v) => `time=${time(r)} level=warn msg="retrying" ${lower(n)}=${v} attempt=2`,
  cliFlag: (_r, n, v) =>
    `/usr/bin/app serve --${n.toLowerCase().replace(/_/g, "-")}=${v} --port 8080`,
  cliFlagSpace: (_r, n, v) => `app-worker --${n.toLowerCase().replace(/_/g, "-")} ${v} --verbose`,
  continuation: (_r, n, v) => `docker run \\\n  -e ${n}=${v} \\\n  -p 8080:8080 \\\n  app:1.0`,
  continuationValue: (_r, n, v) =>
    `./bin/sync \\\n    --${n.toLowerCase().replace(/_/g, "-")} \\\n    ${v}`,
};

/** Contexts where a value names its provider by itself (URL, prefix): no key around it. */
const BARE: Record<string, (r: Rand, v: string) => string> = {
  prose: (_r, v) => `posting alert via ${v} failed, retrying`,
  jsonField: (r, v) => JSON.stringify({ ts: time(r), url: v, status: 404 }),
  bearer: (_r, v) => `Authorization: Bearer ${v}`,
  stackTrace: (_r, v) =>
    `Traceback (most recent call last):\n  File "/app/notify.py", line 42, in send\n    client.post(${
      JSON.stringify(v)
    })\nrequests.exceptions.HTTPError: 403 Client Error`,
};
/** Providers whose value stands alone (a URL or a prefix names it). */
const SELF_NAMING = new Set([
  "slack-webhook",
  "slack-webhook-noscheme",
  "slack-workflow-webhook",
  "slack-trigger-webhook",
  "teams-webhook",
  "power-automate",
  "discord-webhook",
  "sumologic-http-source",
  "sourcegraph",
  "sourcegraph-instance",
  "hubspot",
  "sonar",
  "terraform-cloud",
  "aws-bedrock",
  "huggingface",
  "slack-legacy-user",
  "slack-legacy-bot",
  "slack-app-level",
  "stripe-live",
  "sendgrid",
  "shopify",
  "gitlab-pat",
  "gitlab-runner-registration",
  "atlassian",
  "github-pat",
  "github-fine-grained",
  "npm",
  "jwt",
  "facebook-page",
  "mailgun-legacy",
]);

class Corpus {
  readonly cases: Case[] = [];
  add(kind: "secret" | "benign", type: string, text: string, secrets: string[] = []): void {
    for (const s of secrets) {
      if (!text.includes(s)) throw new Error(`${type}: secret not in its text: ${s}`);
      if (s.length < 6) throw new Error(`${type}: secret too short to count: ${s}`);
    }
    this.cases.push({
      id: `rt3-${String(this.cases.length).padStart(4, "0")}`,
      kind,
      type: `rt3:${type}`,
      text,
      secrets,
      expect_unchanged: kind === "benign",
      origin: kind === "benign" ? "redteam3-benign" : "redteam3",
    });
  }
}

function providerCases(r: Rand, c: Corpus): void {
  const syntaxes = Object.entries(SYNTAXES);
  const bare = Object.entries(BARE);
  let k = 0;
  for (const p of PROVIDERS) {
    for (let i = 0; i < 3; i++) {
      const [syntax, write] = syntaxes[k++ % syntaxes.length];
      const value = p.make(r);
      const text = write(r, p.name, value);
      const secret = p.secret ? p.secret(value) : value;
      const shown = syntax === "k8sData" ? b64(value) : secret;
      c.add("secret", `${p.id}:${syntax}`, text, [shown]);
    }
    if (SELF_NAMING.has(p.id)) {
      const [syntax, write] = bare[k % bare.length];
      const value = p.make(r);
      const text = write(r, value);
      const secret = JSON.stringify(p.secret ? p.secret(value) : value).slice(1, -1);
      c.add("secret", `${p.id}:bare-${syntax}`, text, [secret]);
    }
  }
}

/** Generic secret names, values with no prefix to name them: the syntax alone must be read. */
const GENERIC_NAMES = [
  "API_KEY",
  "APIKEY",
  "CLIENT_SECRET",
  "ACCESS_TOKEN",
  "REFRESH_TOKEN",
  "AUTH_TOKEN",
  "SIGNING_KEY",
  "ENCRYPTION_KEY",
  "MASTER_KEY",
  "DB_PASS",
  "SMTP_PASSWORD",
  "REDIS_PASSWD",
  "ADMIN_PWD",
  "PRIVATE_TOKEN",
  "SAS_TOKEN",
  "WEBHOOK_SECRET",
  "SECRET_ACCESS_KEY",
  "SESSION_SECRET",
];
/** Names that hold nothing secret, and ordinary values for them. */
const PLAIN: [string, (r: Rand) => string][] = [
  ["LOG_LEVEL", (r) => r.pick(["info", "debug", "warn"])],
  ["REGION", (r) => r.pick(["eu-west-1", "us-east-2", "ap-south-1"])],
  ["TIMEOUT_MS", (r) => String(r.range(100, 30000))],
  ["IMAGE_TAG", (r) => `v${r.range(1, 9)}.${r.range(0, 30)}.${r.range(0, 9)}`],
  ["CACHE_DIR", (r) => `/var/cache/app-${r.range(1, 9)}`],
  ["FEATURE_FLAGS", () => "checkout-v2,search-v3"],
  ["SERVICE_NAME", (r) => r.pick(["orders-api", "billing-worker", "search"])],
  ["MAX_RETRIES", (r) => String(r.range(1, 9))],
];
/** Secret names whose value only refers to the secret: nothing to mask. */
const REFERENCES = [
  (n: string) => `\${${n}}`,
  (n: string) => `$(${n})`,
  (n: string) => `{{ .Values.${n.toLowerCase()} }}`,
  () => "<your-token-here>",
  () => "********",
  (n: string) => `%${n}%`,
];

function genericSyntaxCases(r: Rand, c: Corpus): void {
  let k = 0;
  for (const [syntax, write] of Object.entries(SYNTAXES)) {
    for (let i = 0; i < 2; i++) {
      const name = GENERIC_NAMES[k++ % GENERIC_NAMES.length];
      const value = i === 0 ? mixed(r, r.range(20, 40)) : password(r);
      const text = write(r, name, value);
      c.add("secret", `generic:${syntax}`, text, [syntax === "k8sData" ? b64(value) : value]);
    }
    // Every value of a Kubernetes Secret is secret, whatever its name: no benign case there.
    if (syntax.startsWith("k8s")) continue;
    const [plain, make] = PLAIN[k % PLAIN.length];
    c.add("benign", `plain-name:${syntax}`, write(r, plain, make(r)));
    const name = GENERIC_NAMES[k % GENERIC_NAMES.length];
    c.add("benign", `reference:${syntax}`, write(r, name, REFERENCES[k % REFERENCES.length](name)));
  }
}

/** Credential files as tools write them. */
function configFileCases(r: Rand, c: Corpus): void {
  for (let i = 0; i < 2; i++) {
    const p = password(r);
    c.add("secret", "file:netrc", `machine api.heroku.com\n  login ops@acme.io\n  password ${p}`, [
      p,
    ]);
    const p2 = mixed(r, 24);
    c.add("secret", "file:netrc-one-line", `machine git.internal login ci password ${p2}`, [p2]);
    const p3 = password(r).replace(/[:\\]/g, "q");
    c.add("secret", "file:pgpass", `pg-primary:5432:app:${r.pick(USERS)}:${p3}`, [p3]);
    const auth = b64(`${r.pick(USERS)}:${mixed(r, 20)}`);
    c.add(
      "secret",
      "file:docker-config",
      `{\n  "auths": {\n    "registry.internal": {\n      "auth": "${auth}"\n    }\n  }\n}`,
      [auth],
    );
    const npmAuth = b64(mixed(r, 18));
    c.add(
      "secret",
      "file:npmrc-password",
      `//npm.internal/:username=ci\n//npm.internal/:_password=${npmAuth}\n//npm.internal/:email=ci@acme.io`,
      [npmAuth],
    );
    const p4 = mixed(r, 22);
    c.add(
      "secret",
      "file:pip-conf",
      `[global]\nindex-url = https://__token__:${p4}@pypi.internal/simple`,
      [p4],
    );
    const p5 = password(r).replace(/[<>&"]/g, "k");
    c.add(
      "secret",
      "file:maven-settings",
      `<server>\n  <id>releases</id>\n  <username>deploy</username>\n  <password>${p5}</password>\n</server>`,
      [p5],
    );
    const p6 = mixed(r, 26);
    c.add("secret", "file:nuget", `<add key="ClearTextPassword" value="${p6}" />`, [p6]);
    const p7 = password(r);
    c.add(
      "secret",
      "file:git-credential",
      `protocol=https\nhost=github.com\nusername=ci-bot\npassword=${p7}`,
      [p7],
    );
    const p8 = mixed(r, 32);
    c.add("secret", "file:tfvars", `db_admin_password = "${p8}"\ninstance_type     = "t3.medium"`, [
      p8,
    ]);
    const p9 = mixed(r, 40, B64);
    c.add(
      "secret",
      "file:aws-credentials",
      `[profile-prod]\naws_access_key_id = AKIA${
        r.chars(16, UPPER + "234567")
      }\naws_secret_access_key=${p9}`,
      [p9],
    );
    const p10 = mixed(r, 24);
    c.add("secret", "file:htpasswd-plain", `# users\nadmin:{PLAIN}${p10}`, [p10]);
  }
}

/** Passwords and tokens on command lines, in every quoting. */
function commandLineCases(r: Rand, c: Corpus): void {
  const host = () => r.pick(["db.internal", "pg-primary", "mysql-0.mysql", "10.20.3.4"]);
  const lines: [string, (u: string, p: string) => string][] = [
    ["curl-u", (u, p) => `curl -u ${u}:${p} https://api.internal/v1/health`],
    ["curl-u-dq", (u, p) => `curl -s -u "${u}:${p}" https://registry.internal/v2/_catalog`],
    ["curl-u-sq-nouser", (_u, p) => `curl -u ':${p}' https://api.internal/items`],
    [
      "curl-user-eq",
      (u, p) => `curl --user=${u}:${p} -X POST https://jenkins.internal/job/x/build`,
    ],
    ["curl-user-sq", (u, p) => `curl --user '${u}:${p}' https://nexus.internal/service/rest`],
    ["curl-u-glued", (u, p) => `curl -sSfu${u}:${p} https://artifactory.internal/api/ping`],
    ["mysql-p-glued", (u, p) => `mysql -h ${host()} -u ${u} -p${p} orders`],
    ["mysql-p-quoted", (u, p) => `mysqldump -u${u} -p'${p}' --single-transaction shop > dump.sql`],
    ["mysql-password-eq", (u, p) => `mysql --user=${u} --password=${p} -e "SELECT 1"`],
    ["password-eq-quoted", (u, p) => `pg_dump --username ${u} --password="${p}" app`],
    ["pgpassword-env", (u, p) => `PGPASSWORD=${p} psql -h ${host()} -U ${u} -d app -c '\\dt'`],
    ["pgpassword-quoted", (u, p) => `PGPASSWORD='${p}' pg_restore -U ${u} -d app dump.bak`],
    ["sshpass", (u, p) => `sshpass -p '${p}' ssh ${u}@bastion.internal uptime`],
    ["sshpass-bare", (u, p) => `sshpass -p ${p} scp backup.tgz ${u}@nas:/backups/`],
    ["htpasswd", (u, p) => `htpasswd -b -c /etc/nginx/.htpasswd ${u} ${p}`],
    ["htpasswd-B", (u, p) => `htpasswd -bB /etc/apache2/.htpasswd ${u} '${p}'`],
    ["redis-cli", (_u, p) => `redis-cli -h cache.internal -a ${p} INFO replication`],
    [
      "mongosh",
      (u, p) => `mongosh --username ${u} --password '${p}' --authenticationDatabase admin`,
    ],
    ["docker-login", (u, p) => `docker login -u ${u} -p ${p} registry.gitlab.com`],
    ["git-clone", (u, p) => `git clone https://${u}:${p}@git.internal/platform/infra.git`],
    ["wget", (u, p) => `wget --http-user=${u} --http-password=${p} https://files.internal/a.tgz`],
    ["psql-uri", (u, p) => `psql "postgresql://${u}:${p}@${host()}:5432/app?sslmode=require"`],
  ];
  for (const [id, write] of lines) {
    for (let i = 0; i < 2; i++) {
      const u = r.pick(USERS);
      const p = password(r);
      c.add("secret", `cmd:${id}`, write(u, p), [p]);
    }
  }
  // Stripe's documented form: the key is the user name, the password empty.
  for (let i = 0; i < 2; i++) {
    const key = `sk_live_${mixed(r, 24)}`;
    c.add(
      "secret",
      "cmd:curl-u-token-colon",
      `curl https://api.stripe.com/v1/charges -u '${key}:'`,
      [key],
    );
    const tok = mixed(r, 32);
    c.add(
      "secret",
      "cmd:curl-u-user-colon",
      `curl -u "${tok}:" https://api.example-saas.io/v2/me`,
      [tok],
    );
  }
}

/** Passwords in connection strings of every driver. */
function connectionCases(r: Rand, c: Corpus): void {
  const forms: [string, (u: string, p: string) => string][] = [
    ["jdbc-postgres", (u, p) => `jdbc:postgresql://pg:5432/app?user=${u}&password=${p}&ssl=true`],
    [
      "jdbc-sqlserver",
      (u, p) => `jdbc:sqlserver://sql01:1433;databaseName=crm;user=${u};password=${p};encrypt=true`,
    ],
    [
      "jdbc-mysql-props",
      (u, p) => `url=jdbc:mysql://mysql:3306/shop?useSSL=false&user=${u}&password=${p}`,
    ],
    ["jdbc-oracle", (u, p) => `jdbc:oracle:thin:${u}/${p}@//ora-scan:1521/ORCLPDB1`],
    [
      "odbc",
      (u, p) =>
        `Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql.internal,1433;Database=app;Uid=${u};Pwd=${p};Encrypt=yes;`,
    ],
    [
      "odbc-braced",
      (u, p) => `DRIVER={PostgreSQL Unicode};SERVER=pg;PORT=5432;DATABASE=app;UID=${u};PWD={${p}}`,
    ],
    [
      "adonet",
      (u, p) =>
        `Server=sql01;Database=Orders;User Id=${u};Password=${p};TrustServerCertificate=True`,
    ],
    [
      "mongo-srv",
      (u, p) => `mongodb+srv://${u}:${p}@cluster0.ab1cd.mongodb.net/app?retryWrites=true`,
    ],
    [
      "mongo",
      (u, p) =>
        `MONGO_URL=mongodb://${u}:${p}@mongo-0.mongo:27017,mongo-1.mongo:27017/app?replicaSet=rs0`,
    ],
    ["redis-nouser", (_u, p) => `REDIS_URL=redis://:${p}@redis-master:6379/0`],
    ["rediss", (_u, p) => `connecting to rediss://default:${p}@cache.upstash.io:6380`],
    ["amqp", (u, p) => `amqp://${u}:${p}@rabbitmq:5672/%2F`],
    ["amqps", (u, p) => `broker_url = "amqps://${u}:${p}@b-1.mq.eu-west-1.amazonaws.com:5671"`],
    ["spring-datasource", (_u, p) => `spring.datasource.password=${p}`],
    ["spring-datasource-env", (_u, p) => `SPRING_DATASOURCE_PASSWORD=${p}`],
    [
      "spring-datasource-yaml",
      (u, p) =>
        `spring:\n  datasource:\n    url: jdbc:postgresql://db/app\n    username: ${u}\n    password: ${p}`,
    ],
    [
      "spring-cli",
      (_u, p) => `java -jar app.jar --spring.datasource.password=${p} --server.port=8080`,
    ],
    ["smtp-url", (u, p) => `MAIL_URL=smtp://${u}:${p}@smtp.mailgun.org:587`],
    ["sqlalchemy", (u, p) => `sqlalchemy.url = postgresql+psycopg2://${u}:${p}@db/app`],
    [
      "dsn-kv",
      (u, p) => `dsn="host=pg port=5432 user=${u} password=${p} dbname=app sslmode=disable"`,
    ],
  ];
  for (const [id, write] of forms) {
    for (let i = 0; i < 2; i++) {
      const u = r.pick(USERS);
      const p = password(r).replace(/[@/:;?&#{}%=+]/g, "x");
      c.add("secret", `conn:${id}`, write(u, p), [p]);
    }
  }
}

/** Headers, cookies, CI logs and struct dumps of real systems. */
function systemCases(r: Rand, c: Corpus): void {
  for (let i = 0; i < 3; i++) {
    const u = r.pick(USERS), p = password(r);
    const basic = b64(`${u}:${p}`);
    c.add(
      "secret",
      "http:authorization-basic",
      `GET /api/v1/export HTTP/1.1\nHost: api.internal\nAuthorization: Basic ${basic}\nAccept: */*`,
      [basic],
    );
    const proxy = b64(`${u}:${password(r)}`);
    c.add("secret", "http:proxy-authorization", `Proxy-Authorization: Basic ${proxy}`, [proxy]);
    const opaque = mixed(r, 40, B64URL);
    c.add(
      "secret",
      "http:authorization-bearer-opaque",
      `> Authorization: Bearer ${opaque}\n> User-Agent: curl/8.5.0`,
      [opaque],
    );
    const apiKey = mixed(r, 32);
    c.add("secret", "http:x-api-key", `X-Api-Key: ${apiKey}`, [apiKey]);
    const key2 = hex(r, 40);
    c.add(
      "secret",
      "http:x-auth-token",
      `request headers: {"Content-Type":"application/json","X-Auth-Token":"${key2}"}`,
      [key2],
    );
    const sess = mixed(r, 32, ALNUM);
    c.add("secret", "http:cookie", `Cookie: _ga=GA1.2.1234.5678; sessionid=${sess}; theme=dark`, [
      sess,
    ]);
    const sess2 = mixed(r, 48, B64URL);
    c.add(
      "secret",
      "http:set-cookie",
      `< Set-Cookie: __Host-session=${sess2}; Path=/; Secure; HttpOnly; SameSite=Lax`,
      [sess2],
    );
    const connect = `s%3A${mixed(r, 32, B64URL)}.${mixed(r, 43, B64)}`;
    c.add(
      "secret",
      "http:express-session-cookie",
      `Set-Cookie: connect.sid=${connect}; Path=/; HttpOnly`,
      [connect],
    );
    const php = r.chars(26, LOWER + DIGIT);
    c.add("secret", "http:phpsessid", `Cookie: PHPSESSID=${php}`, [php]);
    const gl = `glpat-${mixed(r, 20, B64URL)}`;
    c.add(
      "secret",
      "http:private-token",
      `curl --header "PRIVATE-TOKEN: ${gl}" https://gitlab.internal/api/v4/projects`,
      [gl],
    );
  }
  for (let i = 0; i < 3; i++) {
    // Bundler: the variable names a host, not a secret.
    const host = r.pick(["GEMS__CONTRIBSYS__COM", "RUBYGEMS__PKG__GITHUB__COM", "GEM__FURY__IO"]);
    const u = r.pick(USERS), p = mixed(r, 24);
    c.add("secret", "bundler:env", `BUNDLE_${host}=${u}:${p}`, [p]);
    const tok = crcToken(r, "ghp_");
    c.add(
      "secret",
      "bundler:config",
      `---\nBUNDLE_${host}: "${tok}"\nBUNDLE_PATH: "vendor/bundle"`,
      [tok],
    );
    const p2 = mixed(r, 20);
    c.add(
      "secret",
      "bundler:bundle-config",
      `$ bundle config set --global ${host.toLowerCase().replace(/__/g, ".")} ${u}:${p2}`,
      [p2],
    );
  }
  for (let i = 0; i < 3; i++) {
    const p = password(r);
    c.add(
      "secret",
      "trace:python-kwargs",
      `Traceback (most recent call last):\n  File "/srv/app/db.py", line 18, in connect\n    return psycopg2.connect(host="pg", user="app", password="${p}")\npsycopg2.OperationalError: FATAL:  password authentication failed for user "app"`,
      [p],
    );
    const p2 = password(r).replace(/[@/:?&#%]/g, "z");
    c.add(
      "secret",
      "trace:java-caused-by",
      `Caused by: org.postgresql.util.PSQLException: Connection to jdbc:postgresql://pg:5432/app?user=app&password=${p2} refused.\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:319)`,
      [p2],
    );
    const tok = `sk_live_${mixed(r, 24)}`;
    c.add(
      "secret",
      "trace:node-axios",
      `AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12) {\n  config: { headers: { Authorization: 'Bearer ${tok}', 'User-Agent': 'axios/1.7.2' } }\n}`,
      [tok],
    );
    const key = mixed(r, 40, B64);
    c.add(
      "secret",
      "dump:go-struct-nested",
      `level=error msg="aws client" cfg="{Region:us-east-1 Credentials:{AccessKeyID:AKIA${
        r.chars(16, UPPER + "234567")
      } SecretAccessKey:${key} SessionToken:}}"`,
      [key],
    );
    const p3 = password(r);
    c.add(
      "secret",
      "dump:python-namedtuple",
      `DBConfig(host='pg', port=5432, user='app', passwd='${p3}')`,
      [p3],
    );
    const p4 = mixed(r, 24);
    c.add("secret", "dump:rust-struct", `Credentials { username: "app", secret: "${p4}" }`, [p4]);
    const tok2 = crcToken(r, "ghs_");
    c.add(
      "secret",
      "ci:github-actions-run",
      `${
        time(r)
      } ##[group]Run git clone https://x-access-token:${tok2}@github.com/acme/infra.git\n${
        time(r)
      } Cloning into 'infra'...`,
      [tok2],
    );
    const tok3 = crcToken(r, "npm_");
    c.add(
      "secret",
      "ci:gitlab-npmrc",
      `$ echo "//registry.npmjs.org/:_authToken=${tok3}" > ~/.npmrc\n$ npm publish --access public`,
      [tok3],
    );
    const tok4 = mixed(r, 20, B64URL);
    c.add(
      "secret",
      "ci:gitlab-docker-login",
      `$ docker login -u gitlab-ci-token -p ${tok4} registry.gitlab.com\nLogin Succeeded`,
      [tok4],
    );
  }
  // GCP service-account JSON, pretty-printed and on one line.
  for (let i = 0; i < 3; i++) {
    const keyId = hex(r, 40);
    const body = mixed(r, 64, B64);
    const pem = `-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${body}\\n${
      mixed(r, 64, B64)
    }\\n-----END PRIVATE KEY-----\\n`;
    const json =
      `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "${keyId}",\n  "private_key": "${pem}",\n  "client_email": "deployer@acme-prod.iam.gserviceaccount.com"\n}`;
    c.add("secret", "gcp:service-account-json", i === 2 ? json.replace(/\n\s*/g, " ") : json, [
      keyId,
      body,
    ]);
  }
  // PEM blocks in a log.
  for (let i = 0; i < 3; i++) {
    const kind = r.pick([
      "RSA PRIVATE KEY",
      "EC PRIVATE KEY",
      "OPENSSH PRIVATE KEY",
      "PRIVATE KEY",
    ]);
    const lines = [mixed(r, 64, B64), mixed(r, 64, B64), mixed(r, 40, B64)];
    c.add(
      "secret",
      "pem:block",
      `${time(r)} DEBUG tls: loaded key\n-----BEGIN ${kind}-----\n${
        lines.join("\n")
      }\n-----END ${kind}-----`,
      lines,
    );
  }
}

/** Values hidden by an encoding or split over lines. */
function evasionCases(r: Rand, c: Corpus): void {
  for (let i = 0; i < 3; i++) {
    const tok = `xoxb-${r.digits(12)}-${r.digits(13)}-${mixed(r, 24)}`;
    c.add(
      "secret",
      "evasion:ansi-bare",
      `\x1b[32mINFO\x1b[0m token \x1b[1;33m${tok}\x1b[0m accepted`,
      [tok],
    );
    const p = password(r);
    c.add(
      "secret",
      "evasion:ansi-key",
      `\x1b[2m${time(r)}\x1b[0m \x1b[35mpassword\x1b[0m=\x1b[31m${p}\x1b[0m`,
      [p],
    );
    const u = r.pick(USERS), pw = mixed(r, 16);
    c.add(
      "secret",
      "evasion:json-u0040",
      `{"msg":"db url https:\\/\\/${u}:${pw}\\u0040db.internal\\/app"}`,
      [pw],
    );
    const slash = mixed(r, 20) + "/" + mixed(r, 19, B64);
    const escaped = slash.replace(/\//g, "\\/");
    c.add("secret", "evasion:json-slash", `{"event":"cfg","aws_secret_access_key":"${escaped}"}`, [
      escaped,
    ]);
    const q = mixed(r, 28);
    c.add(
      "secret",
      "evasion:json-quote",
      `{"log":"request body {\\"api_key\\":\\"${q}\\",\\"page\\":2}"}`,
      [q],
    );
    const raw = password(r) + "@#/";
    const enc = encodeURIComponent(raw);
    c.add(
      "secret",
      "evasion:url-encoded-password",
      `POST /login body=username%3Dadmin%26password%3D${encodeURIComponent(enc)}`,
      [encodeURIComponent(enc)],
    );
    c.add(
      "secret",
      "evasion:url-encoded-query",
      `GET /oauth/cb?client_secret=${enc}&code=abc HTTP/1.1`,
      [enc],
    );
    const asana = `1/${r.digits(16)}:${hex(r, 32)}`;
    const asanaEnc = encodeURIComponent(asana);
    c.add(
      "secret",
      "evasion:asana-referer",
      `Referer: https://app.example.com/connect?token=${asanaEnc}&next=%2Fhome`,
      [asanaEnc],
    );
    const kv = b64(`user=${r.pick(USERS)} password=${password(r)}`);
    c.add("secret", "evasion:base64-kv", `received auth blob ${kv} from client`, [kv]);
    const up = b64(`${r.pick(USERS)}:${password(r)}`);
    c.add("secret", "evasion:base64-userpass", `{"level":"debug","credentials":"${up}"}`, [up]);
    const tok2 = mixed(r, 40);
    const half = 20;
    c.add(
      "secret",
      "evasion:split-value",
      `export API_TOKEN="${tok2.slice(0, half)}\\\n${tok2.slice(half)}"`,
      [tok2.slice(0, half), tok2.slice(half)],
    );
    const tok3 = crcToken(r, "ghp_");
    c.add(
      "secret",
      "evasion:continued-header",
      `curl -X POST \\\n  -H "Authorization: token ${tok3}" \\\n  https://api.github.com/repos/acme/app/dispatches`,
      [tok3],
    );
  }
}

/** Look-alikes that must come out unchanged. */
function benignCases(r: Rand, c: Corpus): void {
  const B = (type: string, text: string) => c.add("benign", type, text);
  const placeholders = [
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    // Not AWS's documented secret key (wJalrXUtnFEMI/…EXAMPLEKEY): the shared development set
    // labels it a secret.
    "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "export SLACK_BOT_TOKEN=xoxb-your-bot-token",
    "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
    "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
    "api_key: <your-api-key>",
    "Authorization: Bearer <token>",
    "password: ${DB_PASSWORD}",
    "DB_PASSWORD=${SECRET}",
    'token = "{{ .Values.apiToken }}"',
    "password=********",
    "api_key: '****'",
    "secret: REDACTED",
    "SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "NPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "api_key=0123456789abcdef0123456789abcdef",
    "token: abcdefghijklmnopqrstuvwxyz123456",
    "secret_key = 1111111111111111111111111111111111111111",
    "password: changeit-placeholder-EXAMPLE",
    "client_secret: your-client-secret-here",
    "$env:GITHUB_TOKEN = $null",
    "export API_TOKEN=$(cat /run/secrets/api_token)",
    "PGPASSWORD=$DB_PASS psql -h db -U app",
    "curl -u $USER:$TOKEN https://api.internal/health",
    "docker run -e API_KEY app:latest",
    "helm install web ./web --set secrets.apiKey=$API_KEY",
    "spring.datasource.password=${DB_PASSWORD}",
    "mysql -u root -p orders",
    "sshpass -f ~/.ssh/pass.txt ssh deploy@bastion",
    "jdbc:postgresql://pg:5432/app?user=app&password=${PG_PASS}",
    "<password></password>",
    "password: null",
    'api_key=""',
    "token: ~",
    "TFE_TOKEN=xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>",
    "Authorization: Basic <base64(user:password)>",
    "X-Api-Key: {{apiKey}}",
  ];
  for (const p of placeholders) B("placeholder", p);
  for (let i = 0; i < 10; i++) {
    const sha = r.chars(40, HEX);
    B(
      "git-sha",
      r.pick([
        `commit ${sha}\nAuthor: CI Bot\nDate:   Sat Dec 5 03:12:44 2026 +0000`,
        `${time(r)} deploy: checked out ${sha} (main)`,
        `HEAD is now at ${sha.slice(0, 7)} fix: retry on 503`,
        `{"level":"info","msg":"build","git_commit":"${sha}"}`,
      ]),
    );
    B(
      "uuid",
      r.pick([
        `request_id=${uuid(r)} status=200 duration=${r.range(2, 900)}ms`,
        `{"trace_id":"${r.chars(32, HEX)}","span_id":"${r.chars(16, HEX)}","msg":"ok"}`,
        `X-Request-Id: ${uuid(r)}`,
        `order ${uuid(r)} created`,
      ]),
    );
    B(
      "content-hash",
      r.pick([
        `sha256:${r.chars(64, HEX)}  dist/app.tar.gz`,
        `${r.chars(64, HEX)}  release-2.4.1.zip`,
        `ETag: "${r.chars(32, HEX)}"`,
        `md5=${r.chars(32, HEX)} size=${r.range(1000, 99999)}`,
      ]),
    );
    const integrity = b64(String.fromCharCode(...r.bytes(64)));
    B(
      "sri-integrity",
      r.pick([
        `"integrity": "sha512-${integrity}",`,
        `  integrity sha512-${integrity}`,
        `<script src="/app.js" integrity="sha384-${
          b64(String.fromCharCode(...r.bytes(48)))
        }" crossorigin="anonymous"></script>`,
      ]),
    );
    B(
      "image-digest",
      r.pick([
        `Pulling ghcr.io/acme/api@sha256:${r.chars(64, HEX)}`,
        `image: registry.internal/web@sha256:${r.chars(64, HEX)}`,
        `Digest: sha256:${r.chars(64, HEX)}\nStatus: Downloaded newer image for nginx:1.27`,
      ]),
    );
    const text = r.pick([
      "Hello from the billing service, all systems nominal.",
      "The quick brown fox jumps over the lazy dog",
      '{"event":"signup","plan":"pro","trial":true}',
      "order shipped to the warehouse in Rotterdam",
    ]);
    B(
      "base64-text",
      r.pick([`payload=${b64(text)}`, `data: ${b64(text)}`, `{"body":"${b64(text)}"}`]),
    );
    B(
      "public-key",
      r.pick([
        `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${mixed(r, 43, B64)} deploy@ci`,
        `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${mixed(r, 120, B64)} ops@bastion`,
        `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${mixed(r, 64, B64)}\n${
          mixed(r, 24, B64)
        }==\n-----END PUBLIC KEY-----`,
        `-----BEGIN CERTIFICATE-----\nMIIB${mixed(r, 60, B64)}\n${
          mixed(r, 64, B64)
        }\n-----END CERTIFICATE-----`,
      ]),
    );
  }
  const prose = [
    "Password changed for user alice",
    "password reset email sent; link expires in 30 minutes",
    "Password must be at least 12 characters and contain a digit and a symbol",
    "password policy: min_length=12 require_upper=true require_digit=true",
    "invalid password for user 'deploy' (attempt 3 of 5)",
    "token expired at 2026-12-05T03:00:00Z, refreshing",
    "API key rotated successfully; old key revoked",
    "AWS_SECRET_ACCESS_KEY is not set; falling back to instance profile",
    "secret 'db-password' mounted at /var/run/secrets/db",
    "using signing key kid=prod-2026-11 alg=RS256",
    "GITHUB_TOKEN permissions: contents=read, packages=write",
    "Enter password:",
    "Authentication failed: bad credentials",
    "vault: secret/data/payments/stripe read ok (version 7)",
    "aws secretsmanager get-secret-value --secret-id prod/db/password --query SecretString",
    "kubectl create secret generic app-secrets --from-file=./secrets.env",
    "the password field is required",
    "set password_hash algorithm to argon2id",
    "token_type=Bearer expires_in=3600 scope=read:orders",
    "session_timeout=1800 session_cookie_name=sid",
    "ssh-keygen -t ed25519 -C deploy@ci -f ~/.ssh/id_ed25519",
    "Rotating credentials for service account deployer (next rotation in 90 days)",
    "X-RateLimit-Remaining: 4999",
    "Set-Cookie: theme=dark; Path=/; Max-Age=31536000",
    "Cookie: locale=en-GB; tz=Europe%2FLondon",
    "helm upgrade api ./chart --set replicaCount=3 --set image.tag=2.1.0",
    "docker run -e LOG_LEVEL=debug -e PORT=8080 app:latest",
    "export PATH = /usr/local/bin:$PATH",
    "GOFLAGS := -mod=vendor",
    "CFLAGS :::= -O2 -g",
    "$retries = 3",
    '$env:ASPNETCORE_ENVIRONMENT="Production"',
    "BUNDLE_PATH=vendor/bundle",
    "BUNDLE_JOBS=4",
    "spring.datasource.url=jdbc:postgresql://db:5432/app",
    "spring.datasource.username=app",
    "jdbc:postgresql://pg:5432/app?sslmode=require&connectTimeout=10",
    "redis://redis-master:6379/0",
    "mongodb://mongo-0.mongo:27017/app?replicaSet=rs0",
    "curl -sS https://api.internal/v1/health -H 'Accept: application/json'",
    "Authorization header missing",
    "password_length=16 password_min_classes=3",
    "secretName: tls-cert",
    "key_name=prod-ssh-key fingerprint=SHA256:8b1a9953c4611296a827abf8c47804d7",
    "token_count=412 prompt_tokens=380 completion_tokens=32",
  ];
  for (const p of prose) B("prose-or-config", p);
  for (let i = 0; i < 4; i++) {
    B(
      "k8s-configmap",
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: checkout-v2,search-v3\n  REGION: eu-west-${
        i + 1
      }`,
    );
    B(
      "ci-log",
      `${time(r)} ##[group]Run actions/checkout@v4\n${time(r)} with:\n${
        time(r)
      }   repository: acme/app\n${time(r)}   token: ***\n${time(r)} ##[endgroup]`,
    );
    B(
      "yaml-block",
      `description: |\n  Retries the payment capture when the\n  gateway answers 503.\ntimeout: ${
        r.range(5, 60)
      }`,
    );
    B("xml-own-line", `<displayName>\n    Orders API ${r.range(1, 9)}\n</displayName>`);
    B("go-struct", `config: &{Region:eu-west-1 Timeout:${r.range(5, 60)}s Retries:3 Password:}`);
  }
}

/**
 * Invisible characters (helper hR3's red team): a zero-width space, joiner or word joiner inside a
 * key's name or a value, a no-break space between a key and its value; and the same carriers
 * with a reference or an id that must stay. Their own random stream: the cases above stay as
 * they were.
 */
function invisibleCharacterCases(c: Corpus): void {
  const r = new Rand(20261206);
  const zw = () => r.pick(["\u200b", "\u200c", "\u200d", "\u2060"]);
  const nb = () => r.pick(["\u00a0", "\u202f"]);
  const split = (s: string, at: number) => s.slice(0, at) + zw() + s.slice(at);
  for (let i = 0; i < 4; i++) {
    const tok = mixed(r, 36);
    const key = r.pick(["access_token", "apiKey", "client-secret", "AUTH_TOKEN"]);
    c.add(
      "secret",
      "evasion:zero-width-in-key",
      `{"ts":"${time(r)}","${split(key, r.range(1, key.length - 1))}":"${tok}","attempt":${
        r.range(1, 5)
      }}`,
      [tok],
    );
    const p = password(r);
    c.add(
      "secret",
      "evasion:zero-width-in-password-key",
      `${time(r)} auth: ${split("password", r.range(1, 7))}=${p} user=${r.pick(USERS)}`,
      [p],
    );
    const v = mixed(r, 32);
    const at = r.range(8, 24);
    const written = split(v, at);
    c.add("secret", "evasion:zero-width-in-value", `  api_key: "${written}"`, [
      v.slice(0, at),
      v.slice(at),
    ]);
    const q = password(r);
    c.add(
      "secret",
      "evasion:no-break-space-separator",
      r.pick([
        (x: string) => `    password:${nb()}${x}`,
        (x: string) => `Creds(user=${r.pick(USERS)}, password${nb()}=${nb()}${x}, active=true)`,
        (x: string) => `export DB_PASSWORD${nb()}=${nb()}${x}`,
      ])(q),
      [q],
    );
    c.add(
      "benign",
      "evasion:zero-width-benign",
      `{"ts":"${time(r)}","${split("request_id", r.range(1, 9))}":"${hex(r, 8)}-${hex(r, 4)}-4${
        hex(r, 3)
      }-a${hex(r, 3)}-${hex(r, 12)}","bytes":${r.range(100, 9999)}}`,
    );
    c.add(
      "benign",
      "evasion:no-break-space-benign",
      r.pick([
        () => `    password:${nb()}\${DB_PASSWORD}`,
        () => `build${nb()}step ${r.range(1, 9)}/9 done in ${r.range(10, 999)}${nb()}ms`,
        () => `prix${nb()}: ${r.range(1, 9)}${nb()}${r.range(100, 999)} EUR`,
      ])(),
    );
  }
}

/**
 * A password under another language's word for it (helper hR3's red team: `Passwort`,
 * `mot_de_passe`, `contraseña`, `пароль` …) in the usual syntaxes, and lines where such words
 * only start or end a word, or are prose. Their own random stream: the cases above stay as they
 * were.
 */
function foreignPasswordNameCases(c: Corpus): void {
  const r = new Rand(20261207);
  const names = [
    "Passwort",
    "KENNWORT",
    "wachtwoord",
    "mot_de_passe",
    "contraseña",
    "senha",
    "hasło",
    "heslo",
    "salasana",
    "lösenord",
    "şifre",
    "пароль",
  ];
  const syntaxes: ((k: string, v: string) => string)[] = [
    (k, v) => `${time(r)} auth: ${k}=${v} user=${r.pick(USERS)}`,
    (k, v) => `{"user":"${r.pick(USERS)}","${k}":"${v}"}`,
    (k, v) => `  ${k}: "${v}"`,
    (k, v) => `<${k}>${v}</${k}>`,
    (k, v) => `exec: ./tool --${k}=${v} -d`,
  ];
  names.forEach((name, i) => {
    const p = password(r);
    c.add("secret", "foreign-password-name", syntaxes[i % syntaxes.length](name, p), [p]);
  });
  const benign = [
    () => `antwort=ja wachtmeister=${r.pick(USERS)} impasse=${r.range(1, 99)}`,
    () => `le mot de passe doit contenir ${r.range(8, 16)} caractères`,
    () => `пароль изменён пользователем ${r.pick(USERS)}`,
    () => `  senha: \${SENHA_DB}`,
    () => `{"kennwort":"<redacted>","user":"${r.pick(USERS)}"}`,
    () => `salasana_expires_days=${r.range(30, 120)}`,
  ];
  for (const line of benign) c.add("benign", "foreign-password-name-benign", line());
}

/**
 * base64 of a secret assigned under a capitalised or camel-case name (helper hR3's red team:
 * `Token=…`, `ApiKey=…`, `clientSecret=…`), and base64 of such names with nothing assigned. Their
 * own random stream: the cases above stay as they were.
 */
function encodedNamedSecretCases(c: Corpus): void {
  const r = new Rand(20261208);
  const names = ["Token", "ApiKey", "apiKey", "API_KEY", "api-key", "clientSecret", "Password"];
  const carriers: ((b: string) => string)[] = [
    (b) => `{"ts":"${time(r)}","payload":"${b}"}`,
    (b) => `    payload: ${b}`,
    (b) => `> X-Payload: ${b}`,
  ];
  names.forEach((name, i) => {
    const b = btoa(`${name}=${mixed(r, r.range(24, 40))}`);
    c.add("secret", "evasion:base64-capitalised-name", carriers[i % carriers.length](b), [b]);
  });
  for (
    const text of [
      "Token expired for session",
      "ApiKey rotation scheduled",
      "Password reset requested",
      "clientSecret=",
    ]
  ) {
    c.add(
      "benign",
      "evasion:base64-capitalised-name-benign",
      `{"ts":"${time(r)}","payload":"${btoa(`${text} ${r.range(10, 99)}`)}"}`,
    );
  }
}

/**
 * Terminal colours around a value (helper hR3's red team): a placeholder, reference or status
 * word in colours must stay as it does without them, a password in colours must go. Their own
 * random stream: the cases above stay as they were.
 */
function colouredValueCases(c: Corpus): void {
  const r = new Rand(20261209);
  const colour = (s: string) => `\x1b[${r.pick(["31", "32", "1;33", "36"])}m${s}\x1b[0m`;
  const stays = [
    "\${DB_PASSWORD}",
    "$PASSWORD",
    "null",
    "[FILTERED]",
    "<redacted>",
    "{{ .Values.password }}",
  ];
  const carriers: ((v: string) => string)[] = [
    (v) => `PASSWORD="${v}"`,
    (v) => `{"ts":"${time(r)}","level":"warn","password":"${v}","attempt":${r.range(1, 5)}}`,
    (v) => `<connection host="db01" password="${v}" timeout="${r.range(5, 60)}"/>`,
    (v) => `{:user=>"${r.pick(USERS)}", :password=>"${v}"}`,
  ];
  stays.forEach((v, i) => {
    c.add("benign", "evasion:coloured-placeholder", carriers[i % carriers.length](colour(v)));
  });
  for (let i = 0; i < 4; i++) {
    const p = password(r);
    c.add("secret", "evasion:coloured-password", carriers[i](colour(p)), [p]);
  }
}

/**
 * A list right after a secret-named key on its line (helper hR3's red team): Go's http.Header and
 * gRPC metadata printed with %v (`map[X-Api-Key:[v] …]`), JSON and YAML one-line lists; and
 * stand-ins and lists that hold no secret. Their own random stream: the cases above stay as they
 * were.
 */
function listItemCases(c: Corpus): void {
  const r = new Rand(20261210);
  const lines: ((v: string) => string)[] = [
    (v) => `${time(r)} DEBUG headers=map[X-Api-Key:[${v}] Content-Type:[application/json]]`,
    (v) => `grpc: metadata=map[x-auth-token:[${v}] user-agent:[grpc-go/1.62.1]]`,
    (v) => `{"client_secret":["${v}"],"grant_type":"client_credentials"}`,
    (v) => `  token: ["${v}"]`,
  ];
  for (let i = 0; i < 8; i++) {
    const v = mixed(r, r.range(24, 40));
    c.add("secret", "list-item-value", lines[i % lines.length](v), [v]);
  }
  for (
    const line of [
      `password: [FILTERED] user=${r.pick(USERS)}`,
      `tokens=[] token_ids: [${r.range(10, 99)}, ${r.range(10, 99)}]`,
      `headers=map[Accept:[application/json] User-Agent:[curl/8.${r.range(0, 9)}.0]]`,
      `{"secret":[{"id":${r.range(1, 99)}}],"n":2}`,
    ]
  ) c.add("benign", "list-item-value-benign", line);
}

export function generateRedTeam3(): Case[] {
  const r = new Rand(20261205);
  const c = new Corpus();
  providerCases(r, c);
  genericSyntaxCases(r, c);
  configFileCases(r, c);
  commandLineCases(r, c);
  connectionCases(r, c);
  systemCases(r, c);
  evasionCases(r, c);
  benignCases(r, c);
  invisibleCharacterCases(c);
  foreignPasswordNameCases(c);
  encodedNamedSecretCases(c);
  colouredValueCases(c);
  listItemCases(c);
  return c.cases;
}

export const redTeam3Text = (cases: readonly Case[]) =>
  cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const cases = generateRedTeam3();
  await Deno.writeTextFile(REDTEAM3_FILE, redTeam3Text(cases));
  const by = Map.groupBy(cases, (c) => c.kind);
  console.log([...by].map(([k, v]) => `${k} ${v.length}`).join(", "));
}
