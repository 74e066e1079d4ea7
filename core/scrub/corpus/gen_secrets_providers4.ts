/**
 * Writes the fourth provider corpus, ./secrets_providers4.jsonl: tokens of providers and token
 * families that public secret scanners cover and the detectors did not when it was written, each
 * made from its provider's documented format (prefix, length, alphabet) — Adafruit IO, Adobe,
 * ClickHouse Cloud, Azure DevOps' 84-character PATs, Databricks OAuth secrets, Aiven, Tavily,
 * E2B, Jina, LlamaCloud, Firecrawl, Mercado Pago, Bitwarden Secrets Manager, PostHog, Rootly,
 * Deno Deploy, GitLab's session cookie, LaunchDarkly's prefixed keys, 42's intra secrets, Lob,
 * Mailgun's validation key, MaxMind, SettleMint, Vault recovery tokens, Yandex Cloud static keys,
 * Scaleway access keys; then Cloudflare's and Vercel's prefixed tokens, WooCommerce, ClickUp, Riot
 * Games, Docker Swarm join tokens, Cloudflare Tunnel tokens, Zoho OAuth, Akamai EdgeGrid and Web3
 * RPC URLs (Infura, Alchemy), Authress service client keys; later age's post-quantum identity,
 * PostHog's secure key and OAuth tokens, MongoDB Atlas service account secrets and CockroachDB
 * Cloud API keys; then Hack Club AI keys, Friendli Suite tokens and Heartland Portico secret API
 * keys, Mem0 Platform API keys, Zuplo API keys, Azure Data Factory integration runtime keys and Datadog keys in logs intake URLs — written under the names teams keep them in, in every syntax of
 * ./syntaxes.ts (env, JSON, YAML, INI, headers, URLs, code, CLI flags, Kubernetes Secrets …),
 * and bare where the value names its provider (prose, a JSON field, a header, a URL, a flag).
 * About a third are benign look-alikes that must come out unchanged: the providers' documented
 * placeholders (all-x, EXAMPLE, `<your key>`), references to the secret, values cut short, and
 * words that merely start like a prefix. The values are generated here, never copied.
 *
 *   deno run --allow-write core/scrub/corpus/gen_secrets_providers4.ts
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/secrets_providers4.jsonl 'deno task -q scrub'
 */
import { HEX, Rand } from "./pii_redteam_values.ts";
import { ALNUM, B64, B64URL, DIGIT, LOWER, mixed, UPPER } from "./redteam2/providers.ts";
import type { Case } from "./redteam2/gen_redteam2.ts";
import { kebab, KEYED_SYNTAXES, upper } from "./syntaxes.ts";

export type { Case };
export const PROVIDERS4_FILE = new URL("./secrets_providers4.jsonl", import.meta.url);

const hex = (r: Rand, n: number) => mixed(r, n, HEX);
const BECH32_UPPER = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
const uuid = (r: Rand) =>
  `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${hex(r, 3)}-${
    hex(r, 12)
  }`;

/** A provider's token: the words of the name teams keep it under, how it is made, its prefix. */
interface Provider {
  id: string;
  name: readonly string[];
  make: (r: Rand) => string;
  /** The literal start of every token (for the placeholders and near misses). */
  prefix: string;
  /** Length of the random part after the prefix (for the placeholders). */
  body: number;
}

const PROVIDERS: readonly Provider[] = [
  {
    id: "adafruit-io",
    name: ["adafruit", "io", "key"],
    prefix: "aio_",
    body: 28,
    make: (r) => `aio_${mixed(r, 28)}`,
  },
  {
    id: "adobe-client-secret",
    name: ["adobe", "client", "secret"],
    prefix: "p8e-",
    body: 32,
    make: (r) => `p8e-${mixed(r, 32)}`,
  },
  {
    id: "clickhouse-cloud",
    name: ["clickhouse", "key", "secret"],
    prefix: "4b1d",
    body: 38,
    make: (r) => `4b1d${mixed(r, 38)}`,
  },
  {
    id: "azure-devops-pat-84",
    name: ["azure", "devops", "pat"],
    prefix: "",
    body: 84,
    make: (r) => `${mixed(r, 76)}AZDO${mixed(r, 4)}`,
  },
  {
    id: "databricks-oauth-secret",
    name: ["databricks", "client", "secret"],
    prefix: "dose",
    body: 32,
    make: (r) => `dose${hex(r, 32)}`,
  },
  {
    id: "aiven",
    name: ["aiven", "service", "password"],
    prefix: "AVNS_",
    body: 22,
    make: (r) => `AVNS_${mixed(r, r.range(19, 28), ALNUM + "_")}`,
  },
  {
    id: "tavily",
    name: ["tavily", "api", "key"],
    prefix: "tvly-",
    body: 32,
    make: (r) => `tvly-${r.pick(["", "dev-", "prod-"])}${mixed(r, 32)}`,
  },
  {
    id: "e2b",
    name: ["e2b", "api", "key"],
    prefix: "e2b_",
    body: 40,
    make: (r) => `e2b_${hex(r, 40)}`,
  },
  {
    id: "jina",
    name: ["jina", "api", "key"],
    prefix: "jina_",
    body: 60,
    make: (r) => `jina_${mixed(r, 60)}`,
  },
  {
    id: "llamacloud",
    name: ["llama", "cloud", "api", "key"],
    prefix: "llx-",
    body: 48,
    make: (r) => `llx-${mixed(r, 48)}`,
  },
  {
    id: "firecrawl",
    name: ["firecrawl", "api", "key"],
    prefix: "fc-",
    body: 32,
    make: (r) => `fc-${hex(r, 32)}`,
  },
  {
    id: "mercadopago",
    name: ["mercadopago", "access", "token"],
    prefix: "APP_USR-",
    body: 70,
    make: (r) =>
      `${r.pick(["APP_USR", "TEST"])}-${r.digits(16)}-${r.digits(6)}-${hex(r, 32)}-${r.digits(9)}`,
  },
  {
    id: "bitwarden-secrets-manager",
    name: ["bws", "access", "token"],
    prefix: "0.",
    body: 90,
    make: (r) => `0.${uuid(r)}.${mixed(r, 30)}:${mixed(r, 22, B64)}==`,
  },
  {
    id: "posthog-personal",
    name: ["posthog", "personal", "api", "key"],
    prefix: "phx_",
    body: 47,
    make: (r) => `phx_${mixed(r, r.range(43, 47))}`,
  },
  {
    id: "rootly",
    name: ["rootly", "api", "token"],
    prefix: "rootly_",
    body: 64,
    make: (r) => `rootly_${hex(r, 64)}`,
  },
  {
    id: "deno-deploy",
    name: ["deno", "deploy", "token"],
    prefix: "ddp_",
    body: 36,
    make: (r) => `${r.pick(["ddp_", "ddo_"])}${mixed(r, 36)}`,
  },
  {
    id: "launchdarkly",
    name: ["launchdarkly", "sdk", "key"],
    prefix: "sdk-",
    body: 36,
    make: (r) => `${r.pick(["sdk-", "api-", "mob-"])}${uuid(r)}`,
  },
  {
    id: "intra42",
    name: ["ft", "client", "secret"],
    prefix: "s-s4t2ud-",
    body: 64,
    make: (r) => `s-s4t2${r.pick(["ud", "af"])}-${hex(r, 64)}`,
  },
  {
    id: "lob",
    name: ["lob", "api", "key"],
    prefix: "live_",
    body: 35,
    make: (r) => `${r.pick(["live_", "test_"])}${hex(r, 35)}`,
  },
  {
    id: "mailgun-validation",
    name: ["mailgun", "public", "key"],
    prefix: "pubkey-",
    body: 32,
    make: (r) => `pubkey-${hex(r, 32)}`,
  },
  {
    id: "maxmind",
    name: ["maxmind", "license", "key"],
    prefix: "",
    body: 40,
    make: (r) => `${mixed(r, 6)}_${mixed(r, 29)}_mmk`,
  },
  {
    id: "settlemint",
    name: ["settlemint", "access", "token"],
    prefix: "sm_pat_",
    body: 16,
    make: (r) => `sm_${r.pick(["aat", "pat", "sat"])}_${mixed(r, 16)}`,
  },
  {
    id: "vault-recovery",
    name: ["vault", "token"],
    prefix: "hvr.",
    body: 90,
    make: (r) => `hvr.${mixed(r, r.range(90, 100), B64URL)}`,
  },
  {
    id: "yandex-static-key",
    name: ["yc", "secret", "access", "key"],
    prefix: "YC",
    body: 38,
    make: (r) => `YC${mixed(r, 38, B64URL)}`,
  },
  {
    id: "scaleway-access-key",
    name: ["scw", "access", "key"],
    prefix: "SCW",
    body: 17,
    make: (r) => `SCW${mixed(r, 17, UPPER + DIGIT)}`,
  },
  {
    id: "cloudflare-scannable",
    name: ["cloudflare", "api", "token"],
    prefix: "cfut_",
    body: 48,
    make: (r) => `${r.pick(["cfk_", "cfut_", "cfat_"])}${mixed(r, 40)}${hex(r, 8)}`,
  },
  {
    id: "vercel-prefixed",
    name: ["vercel", "token"],
    prefix: "vcp_",
    body: 56,
    make: (r) => `${r.pick(["vcp_", "vci_", "vca_", "vcr_", "vck_"])}${mixed(r, r.range(24, 60))}`,
  },
  {
    id: "woocommerce",
    name: ["woocommerce", "consumer", "secret"],
    prefix: "cs_",
    body: 40,
    make: (r) => `${r.pick(["ck_", "cs_"])}${hex(r, 40)}`,
  },
  {
    id: "clickup",
    name: ["clickup", "api", "token"],
    prefix: "pk_",
    body: 42,
    make: (r) => `pk_${r.digits(r.range(6, 9))}_${mixed(r, 32, UPPER + DIGIT)}`,
  },
  {
    id: "riot-games",
    name: ["riot", "api", "key"],
    prefix: "RGAPI-",
    body: 36,
    make: (r) => `RGAPI-${uuid(r)}`,
  },
  {
    id: "docker-swarm-join",
    name: ["swarm", "join", "token"],
    prefix: "SWMTKN-1-",
    body: 76,
    make: (r) => `SWMTKN-1-${mixed(r, 50, LOWER + DIGIT)}-${mixed(r, 25, LOWER + DIGIT)}`,
  },
  {
    id: "cloudflare-tunnel",
    name: ["tunnel", "token"],
    prefix: "eyJhIjoi",
    body: 150,
    make: (r) => btoa(JSON.stringify({ a: hex(r, 32), t: uuid(r), s: btoa(mixed(r, 32, B64)) })),
  },
  {
    id: "zoho-oauth",
    name: ["zoho", "refresh", "token"],
    prefix: "1000.",
    body: 65,
    make: (r) => `1000.${hex(r, 32)}.${hex(r, 32)}`,
  },
  {
    id: "akamai-edgegrid",
    name: ["akamai", "client", "token"],
    prefix: "akab-",
    body: 33,
    make: (r) => `akab-${mixed(r, 16, LOWER + DIGIT)}-${mixed(r, 16, LOWER + DIGIT)}`,
  },
  {
    id: "authress",
    name: ["authress", "access", "key"],
    prefix: "sc_",
    body: 100,
    make: (r) =>
      `${r.pick(["sc_", "ext_", "scauth_", "authress_"])}${
        mixed(r, r.range(5, 30), LOWER + DIGIT)
      }.${mixed(r, r.range(4, 6), LOWER + DIGIT)}.acc${r.pick(["_", "-"])}${
        mixed(r, r.range(10, 32), LOWER + DIGIT)
      }.${mixed(r, r.range(40, 100), B64)}`,
  },
];

/**
 * Token families added after the corpus was first written (age's post-quantum identity,
 * PostHog's secure key and OAuth tokens, MongoDB Atlas service account secrets, CockroachDB Cloud
 * API keys), each from its documented format; their cases follow the first ones, from a Rand of
 * their own, so the earlier cases stay as they were.
 */
const LATER: readonly Provider[] = [
  {
    id: "age-pq-identity",
    name: ["sops", "age", "key"],
    prefix: "AGE-SECRET-KEY-PQ-1",
    body: 58,
    make: (r) => `AGE-SECRET-KEY-PQ-1${mixed(r, 58, BECH32_UPPER)}`,
  },
  {
    id: "posthog-secure",
    name: ["posthog", "secure", "api", "key"],
    prefix: "phs_",
    body: 47,
    make: (r) => `phs_${mixed(r, r.range(44, 48))}`,
  },
  {
    id: "posthog-oauth",
    name: ["posthog", "access", "token"],
    prefix: "pha_",
    body: 43,
    make: (r) => `${r.pick(["pha_", "phr_"])}${mixed(r, r.range(42, 44))}`,
  },
  {
    id: "mongodb-atlas-service-account",
    name: ["atlas", "client", "secret"],
    prefix: "mdb_sa_sk_",
    body: 40,
    make: (r) => `mdb_sa_sk_${mixed(r, 40, ALNUM + "_-")}`,
  },
  {
    id: "cockroachdb-cloud",
    name: ["cockroach", "api", "key"],
    prefix: "CCDB1_",
    body: 63,
    make: (r) => `CCDB1_${mixed(r, 22)}_${mixed(r, 40)}`,
  },
];

/**
 * Token families added later still (Hack Club AI keys, Friendli Suite tokens, Heartland Portico
 * secret API keys), each from its documented format, from a Rand of their own after the others.
 */
const LATER2: readonly Provider[] = [
  {
    id: "hackclub-ai",
    name: ["hackclub", "ai", "key"],
    prefix: "sk-hc-v1-",
    body: 64,
    make: (r) => `sk-hc-v1-${hex(r, 64)}`,
  },
  {
    id: "friendli-token",
    name: ["friendli", "token"],
    prefix: "flp_",
    body: 46,
    make: (r) => `flp_${mixed(r, r.range(44, 48))}`,
  },
  {
    id: "heartland-secret-api-key",
    name: ["heartland", "secret", "api", "key"],
    prefix: "skapi_cert_",
    body: 42,
    make: (r) => `${r.pick(["skapi_cert_", "skapi_prod_"])}${mixed(r, 42, ALNUM + "_-")}`,
  },
];

/** Mem0 Platform API keys (m0- and 40 base62), after those, from a Rand of their own. */
const LATER3: readonly Provider[] = [
  {
    id: "mem0-api-key",
    name: ["mem0", "api", "key"],
    prefix: "m0-",
    body: 40,
    make: (r) => `m0-${mixed(r, 40)}`,
  },
];

/** Zuplo API keys (zpka_, 32 hex, _ and an 8-hex checksum), after those, from a Rand of their own. */
const LATER4: readonly Provider[] = [
  {
    id: "zuplo-api-key",
    name: ["zuplo", "api", "key"],
    prefix: "zpka_",
    body: 41,
    make: (r) => `zpka_${hex(r, 32)}_${hex(r, 8)}`,
  },
];

/**
 * Azure Data Factory self-hosted integration runtime keys (IR@, the runtime's GUID, factory,
 * region and a 44-character base64 key), after those, from a Rand of their own.
 */
const LATER5: readonly Provider[] = [
  {
    id: "azure-data-factory-ir-key",
    name: ["data", "factory", "auth", "key"],
    prefix: "IR@",
    body: 100,
    make: (r) =>
      `IR@${uuid(r)}@${r.pick(["adf-orders", "adf-ledger-prod", "synw-bi-01"])}@${
        r.pick(["westeurope", "eastus2", "uksouth"])
      }@${mixed(r, 43, B64)}=`,
  },
];

/**
 * Datadog API keys in a logs intake URL's path (the v1 HTTP intake's /v1/input/<key>, on each
 * Datadog site), after those, from a Rand of their own: the URL is what is written.
 */
const LATER6: readonly Provider[] = [
  {
    id: "datadog-intake-url-api-key",
    name: ["datadog", "logs", "url"],
    prefix: "https://http-intake.logs.datadoghq.com/v1/input/",
    body: 32,
    make: (r) =>
      `https://${
        r.pick([
          "http-intake.logs.datadoghq.com",
          "agent-http-intake.logs.us5.datadoghq.com",
          "http-intake.logs.datadoghq.eu",
        ])
      }/v1/input/${hex(r, 32)}`,
  },
];

/**
 * Contexts where a token stands alone, with no secret-named key near it: its prefix or shape is
 * all that names it (one header, where most such tokens travel).
 */
const BARE: readonly ((v: string) => string)[] = [
  (v) => `2026-03-02T11:04:19.233Z WARN upstream rejected ${v}, rotating`,
  (v) => JSON.stringify({ level: "error", msg: "request failed", arg: v, status: 401 }),
  (v) => `client = Client("${v}", timeout=30)`,
  (v) => `$ tool login ${v}`,
  (v) => `allowed:\n  - ${v}\n  - readonly`,
  (v) => `prod,billing,${v},2026-01-01`,
  (v) => `paste ${v} into Settings > Integrations and save`,
  (v) => `GET https://api.example.com/v1/hooks/${v}/status 404`,
  (v) => `X-Api-Key: ${v}`,
];

/** GitLab's session cookie, written where cookies are. */
const COOKIE: readonly ((v: string) => string)[] = [
  (v) => `Cookie: _gitlab_session=${v}; known_sign_in=1; event_filter=all`,
  (v) => `Set-Cookie: _gitlab_session=${v}; path=/; secure; HttpOnly; SameSite=Lax`,
  (v) => `curl -b '_gitlab_session=${v}' https://gitlab.example.com/api/v4/user`,
];

class Corpus {
  readonly cases: Case[] = [];
  add(kind: "secret" | "benign", type: string, text: string, secrets: string[] = []): void {
    for (const s of secrets) {
      if (!text.includes(s)) throw new Error(`${type}: secret not in its text: ${s}`);
      if (s.length < 6) throw new Error(`${type}: secret too short to count: ${s}`);
    }
    this.cases.push({
      id: `pv4-${String(this.cases.length).padStart(4, "0")}`,
      kind,
      type: `pv4:${type}`,
      text,
      secrets,
      expect_unchanged: kind === "benign",
      origin: kind === "benign" ? "providers4-benign" : "providers4",
    });
  }
}

function providerCases(r: Rand, c: Corpus, providers = PROVIDERS): void {
  let k = 0;
  for (const p of providers) {
    // Under its name, in 5 syntaxes (a different 5 for each provider).
    for (let i = 0; i < 5; i++) {
      const syntax = KEYED_SYNTAXES[k++ % KEYED_SYNTAXES.length];
      const { text, written } = syntax.write(p.name, p.make(r));
      c.add("secret", `${p.id}:${syntax.id}`, text, [written]);
    }
    // Alone, in 3 contexts.
    for (let i = 0; i < 3; i++) {
      const write = BARE[k++ % BARE.length];
      const value = p.make(r);
      const text = write(value);
      c.add("secret", `${p.id}:bare`, text, [value]);
    }
  }
  if (providers !== PROVIDERS) return;
  // Web3 RPC endpoints: the key is the URL's last segment.
  for (const [i, write] of BARE.entries()) {
    const key = i % 2 === 0 ? hex(r, 32) : mixed(r, 32, ALNUM + "_-");
    const host = i % 2 === 0 ? "mainnet.infura.io/v3" : "eth-mainnet.g.alchemy.com/v2";
    c.add("secret", "web3-rpc-url", write(`https://${host}/${key}`), [key]);
  }
  for (const write of COOKIE) {
    const value = hex(r, 32);
    c.add("secret", "gitlab-session-cookie", write(value), [value]);
  }
}

/** A documented placeholder or near miss of each provider: none of them may change. */
function benignCases(r: Rand, c: Corpus, providers = PROVIDERS): void {
  let k = 0;
  for (const p of providers) {
    const env = upper(p.name);
    const placeholders = [
      `${p.prefix}${"x".repeat(p.body)}`,
      `${p.prefix}${"X".repeat(p.body)}`,
      `${p.prefix}EXAMPLE${"0".repeat(Math.max(p.body - 7, 0))}`,
    ];
    c.add("benign", `${p.id}:placeholder`, `${env}=${placeholders[k % 3]}`);
    c.add("benign", `${p.id}:placeholder`, `# set ${env}=${placeholders[(k + 1) % 3]} in .env`);
    c.add("benign", `${p.id}:reference`, `${env}=\${${env}}`);
    c.add(
      "benign",
      `${p.id}:reference`,
      `  ${kebab(p.name)}: {{ .Values.secrets.${p.name.join("")} }}`,
    );
    c.add("benign", `${p.id}:prose`, `error: ${env} is not set; create one in the dashboard`);
    if (p.prefix.length >= 3) {
      c.add(
        "benign",
        `${p.id}:short`,
        `keys look like ${p.prefix}${mixed(r, 6)}… (see the provider's docs)`,
      );
    }
    k++;
  }
  if (providers !== PROVIDERS) return;
  // Words and ids that start like a prefix but are not tokens.
  const nearMisses = [
    "pod fc-gateway-7f9c8d6b5-x2k4q restarted (exit 137)",
    "fc-sensor-12 reported temperature 41.2C",
    "sdk-4.12.1 loaded; api-version=2024-10-01",
    "upgrading api-gateway from 2.3.1 to 2.4.0",
    "dosed 3 replicas of worker; dosewatch enabled",
    "config source: test_fixtures/settings.yaml (live_reload=true)",
    "AVNS_DEFAULT_POOL not configured, using defaults",
    "phx_session cookie set for /dashboard",
    "e2b_sandbox_template=base timeout=300s",
    "ddp_protocol=websocket version=1",
    "SCWLOG rotation started for /var/log/app",
    "YCbCr color space conversion took 12ms",
    "llx-table rendered 42 rows",
    "jina_reader enabled=false",
    "rootly_incident_url=https://rootly.com/account/incidents/1234",
    "tvly-search returned 5 results in 830ms",
    "aio_read() returned EAGAIN on fd 12",
    "mmk_total=1200000 currency=MMK region=mm",
    "pubkey-fingerprint SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8",
    "sm_pat_enabled=false sm_sat_enabled=false",
    "recovered hvr.json from backup",
    "AZDO pipeline 1432 finished: succeeded",
    "used 4b1d as the partition key prefix",
    "p8e-rollout stage 2 of 4 complete",
    "s-s4t2ud- prefix marks 42 intra secrets",
    `request ${uuid(r)} completed in 12ms`,
    `mob-${"0".repeat(8)}-${"0".repeat(4)}-${"0".repeat(4)}-${"0".repeat(4)}-${"0".repeat(12)}`,
    "0.5.2 released: fixes to the bws CLI",
    "ck_editor_config loaded; cs_lang=en",
    "pk_id=12 pk_name=orders",
    "vcpu_count=4 vcp_limit=8",
    "cfk_cache hit ratio 0.93",
    "RGAPI-KEY-HERE",
    "SWMTKN-1-<manager-token>",
    "total 1000.00 EUR charged, fee 1000.5",
    "akab-host.luna.akamaiapis.net resolved",
    "https://mainnet.infura.io/v3/YOUR-PROJECT-ID",
    "https://eth-mainnet.g.alchemy.com/v2/demo",
  ];
  for (const text of nearMisses) c.add("benign", "near-miss", text);
}

export function generateProviders4(): Case[] {
  const r = new Rand(20261206);
  const c = new Corpus();
  providerCases(r, c);
  benignCases(r, c);
  const later = new Rand(20261207);
  providerCases(later, c, LATER);
  benignCases(later, c, LATER);
  const later2 = new Rand(20261208);
  providerCases(later2, c, LATER2);
  benignCases(later2, c, LATER2);
  const later3 = new Rand(20261209);
  providerCases(later3, c, LATER3);
  benignCases(later3, c, LATER3);
  const later4 = new Rand(20261210);
  providerCases(later4, c, LATER4);
  benignCases(later4, c, LATER4);
  const later5 = new Rand(20261211);
  providerCases(later5, c, LATER5);
  benignCases(later5, c, LATER5);
  const later6 = new Rand(20261212);
  providerCases(later6, c, LATER6);
  benignCases(later6, c, LATER6);
  return c.cases;
}

export const providers4Text = (cases: readonly Case[]) =>
  cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const cases = generateProviders4();
  await Deno.writeTextFile(PROVIDERS4_FILE, providers4Text(cases));
  const by = Map.groupBy(cases, (c) => c.kind);
  console.log([...by].map(([k, v]) => `${k} ${v.length}`).join(", "));
}
