/**
 * A blind secrets corpus written from issue 10's own list of misses ("Where it falls short"),
 * without reading the detectors, the key/value reader or the other corpora: every syntax the
 * issue names (PHP `.=`, Go `:=`, odd operators, `export NAME = value`, XML values on their own
 * line, YAML block scalars and flow maps, Kubernetes Secrets, INI/TOML, PowerShell, Bundler
 * variables, .env files, HTTP headers in every casing, command lines) carrying tokens of many
 * families; every provider the issue names, with tokens built from their documented formats
 * (prefix, length, alphabet, CRC32 where there is one) in prose, logs and configs; every evasion
 * it names (terminal colours, JSON escapes, compact JSON, URL and double URL encoding, base64 of
 * credentials, line continuations, quoting, HTML entities); and about 40 % benign text that must
 * stay as it is (placeholders, documented examples, near-miss formats, hashes, UUIDs, commit
 * SHAs, base64 of non-secrets, URLs with a user and no password, a PEM marker quoted in prose,
 * macOS unified log lines). Labels: `secrets` are the exact sensitive substrings (a password's
 * value, never its key). Deterministic: `deno run -A core/scrub/corpus/gen_issue7.ts` rewrites
 * ./issue7.jsonl byte for byte.
 */
import { seededRandom } from "./token_generator.ts";
import type { TypedCase } from "./case_shape.ts";

/** One labelled case, in the shared development set's shape. */
export interface Issue7Case extends TypedCase {
  source: string;
  kind: "secret" | "benign";
  origin: "issue7";
}

/** Where the generator writes the corpus. */
export const ISSUE7_FILE = new URL("./issue7.jsonl", import.meta.url);

const DIGITS = "0123456789";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const ALNUM = DIGITS + UPPER + LOWER;
const HEX = "0123456789abcdef";
const B64 = UPPER + LOWER + DIGITS + "+/";
const B64URL = UPPER + LOWER + DIGITS + "-_";
const BASE32 = UPPER + "234567";
const ESC = "\x1b";

type Rng = () => number;

class Gen {
  constructor(readonly r: Rng) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.r() * items.length)];
  }
  str(alphabet: string, n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.r() * alphabet.length)];
    return s;
  }
  /** A random string holding a digit, an upper and a lower letter, of those `alphabet` has. */
  mixed(alphabet: string, n: number): string {
    const classes = [/\d/, /[A-Z]/, /[a-z]/].filter((c) => c.test(alphabet));
    for (let tries = 0; tries < 1000; tries++) {
      const s = this.str(alphabet, n);
      if (classes.every((c) => c.test(s))) return s;
    }
    throw new Error(`no mixed string of ${n} from ${alphabet}`);
  }
  hex(n: number): string {
    for (let tries = 0;; tries++) {
      if (tries > 1000) throw new Error(`no hex string of ${n}`);
      const s = this.str(HEX, n);
      if (/[a-f]/.test(s) && /\d/.test(s)) return s;
    }
  }
  digits(n: number): string {
    return String(this.int(1, 9)) + this.str(DIGITS, n - 1);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${
      h.slice(20)
    }`;
  }
  bytes(n: number): Uint8Array {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = this.int(0, 255);
    return b;
  }
}

function b64(text: string | Uint8Array): string {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function b64url(text: string | Uint8Array): string {
  return b64(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff];
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC32 of `body` in base 62 (0-9A-Za-z), six characters, as GitHub and npm tokens end. */
function crc62(body: string): string {
  let n = crc32(body);
  let s = "";
  while (n > 0) {
    s = ALNUM[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(6, "0");
}

/** A token family: how one is made, and the key names a person would keep it under. */
interface Family {
  name: string;
  make: (g: Gen) => string;
  keys: readonly string[];
}

const FAMILIES: readonly Family[] = [
  {
    name: "aws-access-key-id",
    make: (g) => "AKIA" + g.str(BASE32, 16),
    keys: ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"],
  },
  {
    name: "aws-secret-access-key",
    make: (g) => g.mixed(B64, 40),
    keys: ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"],
  },
  {
    name: "gcp-api-key",
    make: (g) => "AIza" + g.mixed(B64URL, 35),
    keys: ["GOOGLE_API_KEY", "maps_api_key", "firebaseApiKey"],
  },
  {
    name: "azure-storage-key",
    make: (g) => b64(g.bytes(64)),
    keys: ["AZURE_STORAGE_KEY", "storage_account_key", "AccountKey"],
  },
  {
    name: "azure-client-secret",
    make: (g) => g.str(ALNUM, 3) + g.str(DIGITS, 1) + "Q~" + g.mixed(ALNUM + "_.~-", 34),
    keys: ["AZURE_CLIENT_SECRET", "client_secret", "ClientSecret"],
  },
  {
    name: "github-classic",
    make: (g) => {
      const body = g.mixed(ALNUM, 30);
      return g.pick(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + body + crc62(body);
    },
    keys: ["GITHUB_TOKEN", "GH_TOKEN", "github_pat"],
  },
  {
    name: "github-fine-grained",
    make: (g) => "github_pat_11" + g.mixed(BASE32, 20) + "_" + g.mixed(ALNUM, 59),
    keys: ["GITHUB_TOKEN", "GH_PAT", "githubToken"],
  },
  {
    name: "gitlab",
    make: (g) => g.pick(["glpat-", "gldt-", "glrt-"]) + g.mixed(ALNUM + "_-", 20),
    keys: ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "gitlab_private_token"],
  },
  {
    name: "npm",
    make: (g) => {
      const body = g.mixed(ALNUM, 30);
      return "npm_" + body + crc62(body);
    },
    keys: ["NPM_TOKEN", "npm_auth_token", "NODE_AUTH_TOKEN"],
  },
  {
    name: "pypi",
    make: (g) => "pypi-AgEIcHlwaS5vcmc" + g.mixed(B64URL, g.int(70, 140)),
    keys: ["PYPI_TOKEN", "TWINE_PASSWORD", "pypi_api_token"],
  },
  {
    name: "stripe",
    make: (g) => g.pick(["sk_live_", "rk_live_"]) + g.mixed(ALNUM, g.int(24, 99)),
    keys: ["STRIPE_SECRET_KEY", "stripe_api_key", "stripeKey"],
  },
  {
    name: "twilio",
    make: (g) => "SK" + g.hex(32),
    keys: ["TWILIO_API_KEY", "twilio_api_key_sid", "twilioKey"],
  },
  {
    name: "twilio-auth-token",
    make: (g) => g.hex(32),
    keys: ["TWILIO_AUTH_TOKEN", "twilio_auth_token", "authToken"],
  },
  {
    name: "sendgrid",
    make: (g) => "SG." + g.mixed(B64URL, 22) + "." + g.mixed(B64URL, 43),
    keys: ["SENDGRID_API_KEY", "sendgrid_key", "sendGridApiKey"],
  },
  {
    name: "mailgun",
    make: (g) => "key-" + g.hex(32),
    keys: ["MAILGUN_API_KEY", "mailgun_key", "mailgunApiKey"],
  },
  {
    name: "openai",
    make: (g) =>
      g.pick([
        () => "sk-" + g.mixed(ALNUM, 20) + "T3BlbkFJ" + g.mixed(ALNUM, 20),
        () => "sk-proj-" + g.mixed(B64URL, 64) + "T3BlbkFJ" + g.mixed(B64URL, 64),
      ])(),
    keys: ["OPENAI_API_KEY", "openai_key", "openAiApiKey"],
  },
  {
    name: "anthropic",
    make: (g) => "sk-ant-api03-" + g.mixed(B64URL, 93) + "AA",
    keys: ["ANTHROPIC_API_KEY", "anthropic_key", "claudeApiKey"],
  },
  {
    name: "datadog",
    make: (g) => g.hex(32),
    keys: ["DD_API_KEY", "datadog_api_key", "DATADOG_API_KEY"],
  },
  {
    name: "slack-bot",
    make: (g) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.mixed(ALNUM, 24)}`,
    keys: ["SLACK_BOT_TOKEN", "slack_token", "slackBotToken"],
  },
  {
    name: "huggingface",
    make: (g) => "hf_" + g.mixed(UPPER + LOWER, 34),
    keys: ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN", "hf_api_token"],
  },
  {
    name: "password",
    make: (g) => g.mixed(ALNUM + "!#%*_-@^", g.int(12, 22)),
    keys: ["DB_PASSWORD", "password", "admin_pass", "MYSQL_ROOT_PASSWORD", "smtp_password"],
  },
  {
    name: "word-password",
    make: (g) =>
      g.pick(["Winter", "Falcon", "Harbor", "Quartz", "Maple", "Cobalt", "Sierra", "Tundra"]) +
      g.pick(["!", "#", "_", "-", "."]) + g.digits(4) + g.pick(["Rx", "pq", "Zz", "Kt"]),
    keys: ["PGPASSWORD", "db_pass", "redis_password", "ldap_bind_password"],
  },
  {
    name: "generic-api-key",
    make: (g) => g.mixed(ALNUM, g.int(28, 44)),
    keys: ["API_KEY", "api_secret", "X_API_KEY", "service_token", "secret_key"],
  },
];

function family(name: string): Family {
  const f = FAMILIES.find((x) => x.name === name);
  if (!f) throw new Error(`no family ${name}`);
  return f;
}

/** Key name styles. */
function words(key: string): string[] {
  return key.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase().split(/[_\-\s]+/).filter(Boolean);
}
const snake = (k: string) => words(k).join("_");
const upper = (k: string) => words(k).join("_").toUpperCase();
const camel = (k: string) =>
  words(k).map((w, i) => i === 0 ? w : w[0].toUpperCase() + w.slice(1)).join("");
const kebab = (k: string) => words(k).join("-");
const pascal = (k: string) => words(k).map((w) => w[0].toUpperCase() + w.slice(1)).join("");

/** A syntax: one text holding `value` under a key named like `key`, and the value's labels. */
interface Syntax {
  name: string;
  write: (g: Gen, key: string, value: string) => string;
  /** Values with a character this syntax cannot hold are left out. */
  accepts?: (value: string) => boolean;
}

const noQuote = (v: string) => !/['"`\\$ ]/.test(v);
const ts = (g: Gen) =>
  `2026-11-${String(g.int(10, 28))}T${String(g.int(10, 23))}:${String(g.int(10, 59))}:${
    String(g.int(10, 59))
  }.${g.str(DIGITS, 3)}Z`;

const SYNTAXES: readonly Syntax[] = [
  // PHP
  { name: "php-concat", write: (_g, k, v) => `$${camel(k)} .= '${v}';` },
  {
    name: "php-array-concat",
    write: (_g, k, v) => `$config['${snake(k)}'] .= "${v}";`,
    accepts: noQuote,
  },
  {
    name: "php-define",
    write: (_g, k, v) => `define('${upper(k)}', '${v}');`,
    accepts: noQuote,
  },
  { name: "php-arrow", write: (_g, k, v) => `    '${snake(k)}' => '${v}',`, accepts: noQuote },
  // Go
  { name: "go-walrus", write: (_g, k, v) => `\t${camel(k)} := "${v}"`, accepts: noQuote },
  {
    name: "go-walrus-backtick",
    write: (_g, k, v) => `${camel(k)} := \`${v}\``,
    accepts: noQuote,
  },
  {
    name: "go-struct",
    write: (_g, k, v) => `\t\t${pascal(k)}: "${v}",`,
    accepts: noQuote,
  },
  // odd operators
  { name: "make-triple-colon", write: (_g, k, v) => `${upper(k)} :::= ${v}`, accepts: noQuote },
  { name: "make-double-colon", write: (_g, k, v) => `${upper(k)} ::= ${v}`, accepts: noQuote },
  { name: "make-conditional", write: (_g, k, v) => `${upper(k)} ?= ${v}`, accepts: noQuote },
  { name: "ruby-hash-rocket", write: (_g, k, v) => `  :${snake(k)} => "${v}",`, accepts: noQuote },
  { name: "r-arrow", write: (_g, k, v) => `${snake(k)} <- "${v}"`, accepts: noQuote },
  { name: "haskell-colons", write: (_g, k, v) => `${camel(k)} :: "${v}"`, accepts: noQuote },
  { name: "pascal-assign", write: (_g, k, v) => `  ${pascal(k)} := '${v}';`, accepts: noQuote },
  // shell / .env
  { name: "export-spaces", write: (_g, k, v) => `export ${upper(k)} = ${v}`, accepts: noQuote },
  {
    name: "export-spaces-quoted",
    write: (_g, k, v) => `export ${upper(k)} = "${v}"`,
    accepts: noQuote,
  },
  {
    name: "dotenv-file",
    write: (g, k, v) =>
      `# ${g.pick(["production", "staging"])} settings\nAPP_ENV=production\n${
        upper(k)
      }=${v}\nLOG_LEVEL=info`,
    accepts: noQuote,
  },
  {
    name: "dotenv-quoted",
    write: (_g, k, v) => `${upper(k)}="${v}" # rotated quarterly`,
    accepts: noQuote,
  },
  {
    name: "dotenv-single",
    write: (_g, k, v) => `${upper(k)}='${v}'`,
    accepts: noQuote,
  },
  {
    name: "shell-set",
    write: (_g, k, v) => `+ ${upper(k)}=${v} ./deploy.sh --env prod`,
    accepts: noQuote,
  },
  // XML
  {
    name: "xml-own-line",
    write: (_g, k, v) => `<${camel(k)}>\n    ${v}\n</${camel(k)}>`,
    accepts: (v) => !/[<&]/.test(v),
  },
  {
    name: "xml-nested-own-line",
    write: (_g, k, v) =>
      `<settings>\n  <server>\n    <id>prod</id>\n    <${camel(k)}>\n      ${v}\n    </${
        camel(k)
      }>\n  </server>\n</settings>`,
    accepts: (v) => !/[<&]/.test(v),
  },
  {
    name: "xml-add-key",
    write: (_g, k, v) => `<add key="${pascal(k)}" value="${v}" />`,
    accepts: (v) => !/[<&"]/.test(v),
  },
  // YAML
  {
    name: "yaml-block-literal",
    write: (_g, k, v) => `${snake(k)}: |\n  ${v}\nregion: eu-west-1`,
  },
  {
    name: "yaml-block-folded",
    write: (_g, k, v) => `config:\n  ${snake(k)}: >\n    ${v}\n  timeout: 30`,
  },
  {
    name: "yaml-block-strip",
    write: (_g, k, v) => `${camel(k)}: |-\n    ${v}`,
  },
  {
    name: "yaml-flow-map",
    write: (_g, k, v) => `credentials: {user: deploy, ${snake(k)}: ${v}}`,
    accepts: (v) => !/[,{}\[\]#:]/.test(v),
  },
  {
    name: "yaml-flow-quoted",
    write: (_g, k, v) => `auth: { "${camel(k)}": "${v}", "enabled": true }`,
    accepts: noQuote,
  },
  // INI / TOML
  {
    name: "ini-section",
    write: (g, k, v) =>
      `[${g.pick(["database", "api", "client", "smtp"])}]\nhost = db.internal\n${snake(k)} = ${v}`,
  },
  {
    name: "toml-quoted-key",
    write: (_g, k, v) => `[auth]\n"${kebab(k)}" = "${v}"`,
    accepts: noQuote,
  },
  {
    name: "toml-inline-table",
    write: (_g, k, v) => `creds = { user = "svc", ${snake(k)} = "${v}" }`,
    accepts: noQuote,
  },
  {
    name: "toml-single-quoted",
    write: (_g, k, v) => `${snake(k)} = '${v}'`,
    accepts: noQuote,
  },
  // PowerShell
  { name: "ps-assign", write: (_g, k, v) => `$${camel(k)} = "${v}"`, accepts: noQuote },
  {
    name: "ps-typed",
    write: (_g, k, v) => `[string]$${camel(k)}="${v}"`,
    accepts: noQuote,
  },
  {
    name: "ps-password-param",
    write: (_g, _k, v) =>
      `New-LocalUser -Name svc_backup -Password (ConvertTo-SecureString "${v}" -AsPlainText -Force)`,
    accepts: noQuote,
  },
  {
    name: "ps-env",
    write: (_g, k, v) => `$env:${upper(k)} = '${v}'`,
    accepts: noQuote,
  },
  // HTTP headers, every casing
  {
    name: "http-x-api-key",
    write: (g, _k, v) => `${g.pick(["X-Api-Key", "x-api-key", "X-API-KEY", "X-API-Key"])}: ${v}`,
    accepts: noQuote,
  },
  {
    name: "http-authorization-bearer",
    write: (g, _k, v) =>
      `> GET /v1/items HTTP/1.1\n> Host: api.internal\n> ${
        g.pick(["Authorization", "authorization", "AUTHORIZATION"])
      }: ${g.pick(["Bearer", "bearer", "Token", "token"])} ${v}\n> Accept: */*`,
    accepts: noQuote,
  },
  {
    name: "http-private-token",
    write: (g, _k, v) =>
      `${
        g.pick(["PRIVATE-TOKEN", "Private-Token", "private-token", "X-Auth-Token", "x-auth-token"])
      }: ${v}`,
    accepts: noQuote,
  },
  {
    name: "http-set-cookie",
    write: (_g, k, v) => `Set-Cookie: ${snake(k)}=${v}; Path=/; Secure; HttpOnly`,
    accepts: (v) => noQuote(v) && !/[;,]/.test(v),
  },
  {
    name: "http-h2-lowercase",
    write: (_g, k, v) => `:method: POST\n:path: /ingest\n${kebab(k)}: ${v}`,
    accepts: noQuote,
  },
  // JSON and logs
  {
    name: "json-compact",
    write: (_g, k, v) => `{"${camel(k)}":"${v}","region":"eu-west-1"}`,
    accepts: noQuote,
  },
  {
    name: "json-log",
    write: (g, k, v) =>
      `{"ts":"${ts(g)}","level":"debug","msg":"client config","${snake(k)}":"${v}"}`,
    accepts: noQuote,
  },
  {
    name: "logfmt",
    write: (g, k, v) => `time=${ts(g)} level=debug msg="loaded settings" ${snake(k)}=${v}`,
    accepts: noQuote,
  },
  {
    name: "python-kwarg",
    write: (_g, k, v) => `client = Client(${snake(k)}="${v}", timeout=10)`,
    accepts: noQuote,
  },
  {
    name: "js-object",
    write: (_g, k, v) => `const opts = { ${camel(k)}: '${v}', retries: 3 };`,
    accepts: noQuote,
  },
  {
    name: "java-properties",
    write: (_g, k, v) => `app.${kebab(k)}=${v}`,
    accepts: noQuote,
  },
  {
    name: "docker-env-flag",
    write: (_g, k, v) => `docker run -e ${upper(k)}=${v} -d registry.internal/app:1.4`,
    accepts: noQuote,
  },
  {
    name: "k8s-env-list",
    write: (_g, k, v) => `        - name: ${upper(k)}\n          value: "${v}"`,
    accepts: noQuote,
  },
  {
    name: "terraform-var",
    write: (_g, k, v) => `${snake(k)} = "${v}"`,
    accepts: noQuote,
  },
];

/** A syntax that writes base64 (Kubernetes `data:`): the label is the base64 text. */
interface EncodedSyntax {
  name: string;
  write: (g: Gen, key: string, value: string) => { text: string; secret: string };
}

const K8S_SYNTAXES: readonly EncodedSyntax[] = [
  {
    name: "k8s-secret-yaml-data",
    write: (g, k, v) => {
      const enc = b64(v);
      return {
        text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${
          g.pick(["api", "billing", "worker"])
        }-credentials\ntype: Opaque\ndata:\n  ${snake(k)}: ${enc}`,
        secret: enc,
      };
    },
  },
  {
    name: "k8s-secret-yaml-stringdata",
    write: (g, k, v) => ({
      text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${
        g.pick(["api", "billing", "worker"])
      }-env\nstringData:\n  ${upper(k)}: "${v}"`,
      secret: v,
    }),
  },
  {
    name: "k8s-secret-json-data",
    write: (g, k, v) => {
      const enc = b64(v);
      return {
        text: `{\n    "apiVersion": "v1",\n    "data": {\n        "${
          kebab(k)
        }": "${enc}"\n    },\n    "kind": "Secret",\n    "metadata": {\n        "name": "${
          g.pick(["api", "billing", "worker"])
        }-secret",\n        "namespace": "prod"\n    },\n    "type": "Opaque"\n}`,
        secret: enc,
      };
    },
  },
  {
    name: "k8s-secret-json-oneline",
    write: (_g, k, v) => {
      const enc = b64(v);
      return {
        text: `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"app"},"data":{"${
          snake(k)
        }":"${enc}"},"type":"Opaque"}`,
        secret: enc,
      };
    },
  },
  {
    name: "k8s-secret-json-stringdata",
    write: (_g, k, v) => ({
      text: `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"app-env"},"stringData":{"${
        upper(k)
      }":"${v}"}}`,
      secret: v,
    }),
  },
];

/** Command lines: the value is a password (or a token used as one). */
interface CommandForm {
  name: string;
  write: (g: Gen, v: string, user: string) => string;
  /** The labelled substrings, when not the value alone. */
  labels?: (v: string, user: string) => string[];
}

const COMMANDS: readonly CommandForm[] = [
  { name: "curl-u-bare", write: (_g, v, u) => `curl -u ${u}:${v} https://api.internal/v2/status` },
  {
    name: "curl-u-double",
    write: (_g, v, u) => `curl -sS -u "${u}:${v}" -X POST https://ci.internal/job/build`,
  },
  {
    name: "curl-u-single",
    write: (_g, v, u) => `curl --fail -u '${u}:${v}' https://registry.internal/v2/_catalog`,
  },
  { name: "curl-u-colon-pass", write: (_g, v) => `curl -u ':${v}' https://search.internal/_cat` },
  {
    name: "curl-u-token-user",
    write: (_g, v) => `curl https://api.stripe.com/v1/charges -u '${v}:'`,
  },
  {
    name: "curl-user-long",
    write: (_g, v, u) => `curl --user ${u}:${v} https://nexus.internal/service/rest/v1/status`,
  },
  {
    name: "curl-user-equals",
    write: (_g, v, u) => `curl --user="${u}:${v}" https://jenkins.internal/api/json`,
  },
  { name: "mysql-p-glued", write: (_g, v, u) => `mysql -h db-1 -u ${u} -p${v} orders` },
  {
    name: "mysql-password-space",
    write: (_g, v, u) => `mysqldump --user ${u} --password ${v} --single-transaction shop`,
  },
  {
    name: "password-equals",
    write: (_g, v, u) => `mongosh --username ${u} --password=${v} --authenticationDatabase admin`,
  },
  {
    name: "pgpassword-psql",
    write: (_g, v, u) => `PGPASSWORD=${v} psql -h pg-main -U ${u} -d ledger -c 'select 1'`,
  },
  {
    name: "pgpassword-quoted",
    write: (_g, v, u) => `PGPASSWORD='${v}' pg_dump -h pg-main -U ${u} ledger > ledger.sql`,
  },
  {
    name: "sshpass",
    write: (_g, v, u) => `sshpass -p '${v}' ssh -o StrictHostKeyChecking=no ${u}@bastion-2`,
  },
  { name: "sshpass-bare", write: (_g, v, u) => `sshpass -p ${v} scp dump.tgz ${u}@backup-1:/srv/` },
  { name: "redis-cli-a", write: (_g, v) => `redis-cli -h cache-1 -p 6379 -a ${v} INFO memory` },
  {
    name: "redis-cli-a-quoted",
    write: (_g, v) => `redis-cli -a "${v}" --no-auth-warning -h cache-2 PING`,
  },
  {
    name: "docker-login-p",
    write: (_g, v, u) => `docker login -u ${u} -p ${v} registry.internal:5000`,
  },
  {
    name: "docker-login-password",
    write: (_g, v, u) => `docker login --username ${u} --password ${v} ghcr.io`,
  },
  { name: "htpasswd-b", write: (_g, v, u) => `htpasswd -b -c /etc/nginx/.htpasswd ${u} ${v}` },
  {
    name: "git-clone-userinfo",
    write: (_g, v, u) => `git clone https://${u}:${v}@github.com/acme/infra.git`,
  },
  {
    name: "git-clone-token-only",
    write: (_g, v) => `Cloning into 'deploy'... git clone https://${v}@gitlab.com/acme/deploy.git`,
  },
  {
    name: "mysql-p-quoted",
    write: (_g, v, u) => `mysql -u${u} -p'${v}' -e "SHOW DATABASES"`,
  },
];

/** Passwords a command line can hold unquoted. */
function shellPassword(g: Gen): string {
  return g.mixed(ALNUM + "_-.", g.int(12, 20));
}

const USERS = ["deploy", "admin", "svc_ci", "backup", "root", "jenkins", "reporter"];

let counter = 0;

function secretCase(group: string, name: string, text: string, secrets: string[]): Issue7Case {
  return {
    id: `issue7-${group}-${name}-${counter++}`,
    source: `gen_issue7.ts:${group}:${name}`,
    kind: "secret",
    type: `issue7:${group}:${name}`,
    text,
    secrets,
    expect_unchanged: false,
    origin: "issue7",
  };
}

function benignCase(group: string, name: string, text: string): Issue7Case {
  return {
    id: `issue7-${group}-${name}-${counter++}`,
    source: `gen_issue7.ts:${group}:${name}`,
    kind: "benign",
    type: `issue7:${group}:${name}`,
    text,
    secrets: [],
    expect_unchanged: true,
    origin: "issue7",
  };
}

/** Every syntax, each with several token families. */
function syntaxCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  let fi = 0;
  for (const syntax of SYNTAXES) {
    for (let n = 0; n < 3; n++) {
      for (let tries = 0; tries < 40; tries++) {
        const f = FAMILIES[fi++ % FAMILIES.length];
        const value = f.make(g);
        if (syntax.accepts && !syntax.accepts(value)) continue;
        const key = g.pick(f.keys);
        out.push(secretCase("syntax", `${syntax.name}`, syntax.write(g, key, value), [value]));
        break;
      }
    }
  }
  for (const syntax of K8S_SYNTAXES) {
    for (let n = 0; n < 6; n++) {
      const f = FAMILIES[fi++ % FAMILIES.length];
      const { text, secret } = syntax.write(g, g.pick(f.keys), f.make(g));
      out.push(secretCase("syntax", syntax.name, text, [secret]));
    }
  }
  for (const form of COMMANDS) {
    for (let n = 0; n < 4; n++) {
      const useToken = n === 3 || form.name === "curl-u-token-user" ||
        form.name === "git-clone-token-only";
      const value = useToken
        ? g.pick([family("github-classic"), family("stripe"), family("gitlab"), family("npm")])
          .make(g)
        : n === 2
        ? family("word-password").make(g)
        : shellPassword(g);
      const user = g.pick(USERS);
      out.push(secretCase("command", form.name, form.write(g, value, user), [value]));
    }
  }
  out.push(...bundlerCases(g));
  return out;
}

function bundlerCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  const hosts = [
    ["GEMS__CONTRIBSYS__COM", "gems.contribsys.com"],
    ["RUBYGEMS__PKG__GITHUB__COM", "rubygems.pkg.github.com"],
    ["ENTERPRISE__ACME__IO", "enterprise.acme.io"],
    ["GEMS__GRAPHQL__PRO", "gems.graphql.pro"],
    ["PACKAGECLOUD__IO", "packagecloud.io"],
  ];
  for (const [env, host] of hosts) {
    const user = g.str(HEX, 8);
    const pass = g.hex(8);
    const tok = family("github-classic").make(g);
    out.push(
      secretCase("bundler", "env-user-pass", `BUNDLE_${env}=${user}:${pass}`, [pass]),
      secretCase("bundler", "export-token", `export BUNDLE_${env}="${tok}"`, [tok]),
      secretCase(
        "bundler",
        "bundle-config-yaml",
        `---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_${env}: "x-access-token:${tok}"`,
        [tok],
      ),
      secretCase(
        "bundler",
        "bundle-config-cmd",
        `$ bundle config set --global ${host} ${user}:${pass}`,
        [pass],
      ),
    );
  }
  return out;
}

function slackWebhook(g: Gen): { url: string; secret: string } {
  const kind = g.int(0, 2);
  if (kind === 0) {
    const secret = g.mixed(ALNUM, 24);
    return {
      url: `hooks.slack.com/services/T${g.str(UPPER + DIGITS, 10)}/B${
        g.str(UPPER + DIGITS, 10)
      }/${secret}`,
      secret,
    };
  }
  if (kind === 1) {
    const secret = g.mixed(ALNUM, 24);
    return {
      url: `hooks.slack.com/workflows/T${g.str(UPPER + DIGITS, 10)}/A${g.str(UPPER + DIGITS, 10)}/${
        g.digits(18)
      }/${secret}`,
      secret,
    };
  }
  const secret = g.hex(32);
  return {
    url: `hooks.slack.com/triggers/T${g.str(UPPER + DIGITS, 10)}/${g.digits(13)}/${secret}`,
    secret,
  };
}

/** A provider's token (or URL) and the labelled substrings of it. */
interface ProviderToken {
  value: string;
  secrets: string[];
}

interface Provider {
  name: string;
  make: (g: Gen) => ProviderToken;
  /** A key name to keep it under in configs. */
  key: string;
  /** Whether the value is a URL (carried without a key in prose). */
  url?: boolean;
}

const plain = (value: string): ProviderToken => ({ value, secrets: [value] });

const PROVIDERS: readonly Provider[] = [
  {
    name: "slack-webhook",
    url: true,
    key: "SLACK_WEBHOOK_URL",
    make: (g) => {
      const w = slackWebhook(g);
      return { value: `https://${w.url}`, secrets: [w.secret] };
    },
  },
  {
    name: "slack-webhook-no-scheme",
    url: true,
    key: "slack_hook",
    make: (g) => {
      const w = slackWebhook(g);
      return { value: w.url, secrets: [w.secret] };
    },
  },
  {
    name: "teams-webhook",
    url: true,
    key: "TEAMS_WEBHOOK_URL",
    make: (g) => {
      const key = g.hex(32);
      return {
        value: `https://${
          g.pick(["acme", "contoso", "fabrikam"])
        }.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${key}/${g.uuid()}`,
        secrets: [key],
      };
    },
  },
  {
    name: "power-automate-webhook",
    url: true,
    key: "FLOW_TRIGGER_URL",
    make: (g) => {
      const sig = g.mixed(B64URL, 43);
      return {
        value: `https://prod-${g.int(10, 99)}.${
          g.pick(["westeurope", "eastus", "westus"])
        }.logic.azure.com:443/workflows/${
          g.hex(32)
        }/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
        secrets: [sig],
      };
    },
  },
  {
    name: "discord-webhook",
    url: true,
    key: "DISCORD_WEBHOOK",
    make: (g) => {
      const tok = g.mixed(B64URL, 68);
      return {
        value: `https://${g.pick(["discord.com", "discordapp.com"])}/api/webhooks/${
          g.digits(19)
        }/${tok}`,
        secrets: [tok],
      };
    },
  },
  {
    name: "discord-bot-token",
    key: "DISCORD_BOT_TOKEN",
    make: (g) =>
      plain(
        b64url(g.digits(19)) + "." + g.mixed(B64URL, 6) + "." + g.mixed(B64URL, g.pick([27, 38])),
      ),
  },
  {
    name: "facebook-page-token",
    key: "FB_PAGE_ACCESS_TOKEN",
    make: (g) => plain("EAA" + g.pick(["G", "B", "J", "I"]) + g.mixed(ALNUM, g.int(120, 190))),
  },
  {
    name: "facebook-app-token",
    key: "FACEBOOK_APP_TOKEN",
    make: (g) => {
      const s = g.hex(32);
      return { value: `${g.digits(15)}|${s}`, secrets: [s] };
    },
  },
  {
    name: "sourcegraph",
    key: "SRC_ACCESS_TOKEN",
    make: (g) =>
      plain(
        g.pick([
          () => `sgp_${g.hex(16)}_${g.hex(40)}`,
          () => `sgp_local_${g.hex(40)}`,
          () => `sgp_${g.hex(40)}`,
        ])(),
      ),
  },
  {
    name: "hubspot",
    key: "HUBSPOT_ACCESS_TOKEN",
    make: (g) => plain(`pat-${g.pick(["na1", "eu1", "na2"])}-${g.uuid()}`),
  },
  {
    name: "sonar",
    key: "SONAR_TOKEN",
    make: (g) => plain(`${g.pick(["squ_", "sqp_", "sqa_"])}${g.hex(40)}`),
  },
  {
    name: "travis",
    key: "TRAVIS_API_TOKEN",
    make: (g) => plain(g.mixed(ALNUM, 22)),
  },
  {
    name: "terraform-cloud",
    key: "TFE_TOKEN",
    make: (g) => plain(`${g.str(LOWER + DIGITS, 14)}.atlasv1.${g.mixed(ALNUM, 67)}`),
  },
  {
    name: "sumo-logic-key",
    key: "SUMO_ACCESS_KEY",
    make: (g) => plain(g.mixed(ALNUM, 64)),
  },
  {
    name: "sumo-logic-collector",
    url: true,
    key: "SUMO_COLLECTOR_URL",
    make: (g) => {
      const tok = g.mixed(ALNUM, 64) + "==";
      return {
        value: `https://endpoint${g.int(1, 4)}.collection.${
          g.pick(["us2", "eu", "au"])
        }.sumologic.com/receiver/v1/http/ZaVnC4dhaV${tok}`,
        secrets: [tok],
      };
    },
  },
  {
    name: "bedrock-long-term",
    key: "AWS_BEARER_TOKEN_BEDROCK",
    make: (g) =>
      plain(
        "ABSK" +
          b64(`BedrockAPIKey-${g.str(LOWER + DIGITS, 4)}-at-${g.digits(12)}:${g.mixed(B64, 40)}`),
      ),
  },
  {
    name: "bedrock-short-term",
    key: "AWS_BEARER_TOKEN_BEDROCK",
    make: (g) =>
      plain(
        "bedrock-api-key-" +
          b64(
            `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${
              g.str(BASE32, 16)
            }%2F20261120%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20261120T101500Z&X-Amz-Expires=43200&X-Amz-Security-Token=${
              g.mixed(ALNUM, 60)
            }&X-Amz-Signature=${g.hex(64)}&Version=1`,
          ),
      ),
  },
  {
    name: "huggingface",
    key: "HF_TOKEN",
    make: (g) => plain(g.pick(["hf_", "api_org_"]) + g.mixed(UPPER + LOWER, 34)),
  },
  {
    name: "slack-legacy",
    key: "SLACK_API_TOKEN",
    make: (g) =>
      plain(
        g.pick([
          () => `xoxp-${g.digits(10)}-${g.digits(10)}-${g.digits(11)}-${g.hex(32)}`,
          () => `xoxs-${g.digits(10)}-${g.digits(10)}-${g.digits(11)}-${g.hex(64)}`,
          () => `xoxb-${g.digits(11)}-${g.mixed(ALNUM, 24)}`,
          () => `xoxa-2-${g.digits(10)}-${g.digits(11)}-${g.hex(32)}`,
          () => `xoxo-${g.digits(10)}-${g.digits(10)}-${g.digits(11)}-${g.hex(32)}`,
        ])(),
      ),
  },
  {
    name: "slack-app-token",
    key: "SLACK_APP_TOKEN",
    make: (g) => plain(`xapp-1-A${g.str(UPPER + DIGITS, 10)}-${g.digits(13)}-${g.hex(64)}`),
  },
  {
    name: "aws-key-pair",
    key: "AWS_ACCESS_KEY_ID",
    make: (g) => plain(g.pick(["AKIA", "ASIA"]) + g.str(BASE32, 16)),
  },
  {
    name: "gcp-service-account",
    key: "GOOGLE_CREDENTIALS",
    make: (g) => {
      const body = b64(g.bytes(120));
      return {
        value: `{"type":"service_account","project_id":"acme-prod","private_key_id":"${
          g.hex(40)
        }","private_key":"-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n","client_email":"ci@acme-prod.iam.gserviceaccount.com"}`,
        secrets: [body],
      };
    },
  },
  {
    name: "azure-connection-string",
    key: "AZURE_STORAGE_CONNECTION_STRING",
    make: (g) => {
      const k = b64(g.bytes(64));
      return {
        value: `DefaultEndpointsProtocol=https;AccountName=acme${
          g.str(LOWER, 6)
        };AccountKey=${k};EndpointSuffix=core.windows.net`,
        secrets: [k],
      };
    },
  },
  {
    name: "azure-sas",
    url: true,
    key: "BLOB_SAS_URL",
    make: (g) => {
      const sig = encodeURIComponent(b64(g.bytes(32)));
      return {
        value: `https://acme${
          g.str(LOWER, 5)
        }.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&spr=https&sig=${sig}`,
        secrets: [sig],
      };
    },
  },
  {
    name: "github-classic",
    key: "GITHUB_TOKEN",
    make: (g) => plain(family("github-classic").make(g)),
  },
  {
    name: "github-fine-grained",
    key: "GH_PAT",
    make: (g) => plain(family("github-fine-grained").make(g)),
  },
  { name: "gitlab", key: "GITLAB_TOKEN", make: (g) => plain(family("gitlab").make(g)) },
  { name: "npm", key: "NPM_TOKEN", make: (g) => plain(family("npm").make(g)) },
  { name: "pypi", key: "PYPI_TOKEN", make: (g) => plain(family("pypi").make(g)) },
  { name: "stripe", key: "STRIPE_KEY", make: (g) => plain(family("stripe").make(g)) },
  { name: "twilio", key: "TWILIO_API_KEY", make: (g) => plain(family("twilio").make(g)) },
  { name: "sendgrid", key: "SENDGRID_API_KEY", make: (g) => plain(family("sendgrid").make(g)) },
  { name: "mailgun", key: "MAILGUN_KEY", make: (g) => plain(family("mailgun").make(g)) },
  { name: "openai", key: "OPENAI_API_KEY", make: (g) => plain(family("openai").make(g)) },
  {
    name: "anthropic",
    key: "ANTHROPIC_API_KEY",
    make: (g) => plain(family("anthropic").make(g)),
  },
  { name: "gcp-api-key", key: "GOOGLE_API_KEY", make: (g) => plain(family("gcp-api-key").make(g)) },
  {
    name: "jwt",
    key: "ACCESS_TOKEN",
    make: (g) => {
      const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
      const payload = b64url(
        JSON.stringify({ sub: g.uuid(), scope: "orders:write", iat: 1795000000 + g.int(0, 9e5) }),
      );
      return plain(`${header}.${payload}.${g.mixed(B64URL, 43)}`);
    },
  },
  {
    name: "postgres-url",
    url: true,
    key: "DATABASE_URL",
    make: (g) => {
      const p = g.mixed(ALNUM, 18);
      return {
        value: `${g.pick(["postgres", "postgresql"])}://${g.pick(USERS)}:${p}@pg-${
          g.int(1, 9)
        }.internal:5432/ledger?sslmode=require`,
        secrets: [p],
      };
    },
  },
  {
    name: "mongodb-url",
    url: true,
    key: "MONGO_URI",
    make: (g) => {
      const p = g.mixed(ALNUM, 16);
      return {
        value: `mongodb+srv://${g.pick(USERS)}:${p}@cluster0.${
          g.str(LOWER + DIGITS, 5)
        }.mongodb.net/orders?retryWrites=true`,
        secrets: [p],
      };
    },
  },
  {
    name: "redis-url",
    url: true,
    key: "REDIS_URL",
    make: (g) => {
      const p = g.mixed(ALNUM, 20);
      return { value: `rediss://:${p}@cache-${g.int(1, 9)}.internal:6380/0`, secrets: [p] };
    },
  },
  {
    name: "amqp-url",
    url: true,
    key: "AMQP_URL",
    make: (g) => {
      const p = g.mixed(ALNUM, 16);
      return { value: `amqps://${g.pick(USERS)}:${p}@mq.internal:5671/%2F`, secrets: [p] };
    },
  },
];

/** A private key block, as a tool prints or logs it. */
function privateKeyCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  for (const kind of ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]) {
    const lines = Array.from({ length: 5 }, () => b64(g.bytes(48)));
    out.push(
      secretCase(
        "provider",
        "private-key-block",
        `-----BEGIN ${kind}-----\n${lines.join("\n")}\n-----END ${kind}-----`,
        lines,
      ),
    );
    const inline = Array.from({ length: 3 }, () => b64(g.bytes(48)));
    out.push(
      secretCase(
        "provider",
        "private-key-json-escaped",
        `{"level":"error","msg":"bad key","key":"-----BEGIN ${kind}-----\\n${
          inline.join("\\n")
        }\\n-----END ${kind}-----\\n"}`,
        inline,
      ),
    );
  }
  return out;
}

/** Each provider in prose, a log line, a JSON log, a config line and a header or URL. */
function providerCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  const carriers: ((p: Provider, t: ProviderToken) => string)[] = [
    (p, t) =>
      p.url
        ? `Posting the deploy summary to ${t.value} failed with 404, retrying`
        : `Heads up: the ${p.name} credential ${t.value} was pasted in the incident doc, rotate it`,
    (p, t) =>
      `${ts(g)} INFO  [${
        g.pick(["worker", "api", "scheduler"])
      }] initialised ${p.name} client with ${t.value}`,
    (p, t) =>
      `{"ts":"${ts(g)}","level":"info","event":"config_loaded","${snake(p.key)}":${
        JSON.stringify(t.value)
      }}`,
    (p, t) => `${upper(p.key)}=${t.value}`,
    (p, t) =>
      p.url
        ? `notify:\n  url: ${t.value}\n  on_failure: true`
        : `-H "Authorization: Bearer ${t.value}"`,
  ];
  for (const p of PROVIDERS) {
    for (const carry of carriers) {
      const t = p.make(g);
      out.push(secretCase("provider", p.name, carry(p, t), t.secrets));
    }
  }
  out.push(...privateKeyCases(g));
  return out;
}

function urlEncode(v: string): string {
  return v.replace(/[^A-Za-z0-9]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Each evasion the issue names, several times over. */
function evasionCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  const tok = () => g.pick(FAMILIES.filter((f) => f.name !== "word-password"));
  for (let n = 0; n < 6; n++) {
    // terminal colours around the value
    {
      const f = tok();
      const v = f.make(g);
      const c = g.pick(["33", "1;31", "32", "36", "0;35"]);
      out.push(secretCase(
        "evasion",
        "ansi-around",
        `${ESC}[${c}m${upper(g.pick(f.keys))}${ESC}[0m=${ESC}[${c}m${v}${ESC}[0m`,
        [v],
      ));
    }
    // terminal colours inside the value
    {
      const f = tok();
      const v = f.make(g);
      const cut = Math.floor(v.length / 2);
      out.push(secretCase(
        "evasion",
        "ansi-inside",
        `${ts(g)} DEBUG ${snake(g.pick(f.keys))}: ${ESC}[1m${v.slice(0, cut)}${ESC}[22m${
          v.slice(cut)
        }`,
        [v.slice(0, cut), v.slice(cut)],
      ));
    }
    // JSON \/ in a webhook URL
    {
      const w = slackWebhook(g);
      out.push(secretCase(
        "evasion",
        "json-escaped-slash",
        `{"channel":"#deploys","webhook":"https:\\/\\/${w.url.replaceAll("/", "\\/")}"}`,
        [w.secret],
      ));
    }
    // JSON \u0040 in a connection string
    {
      const p = g.mixed(ALNUM, 16);
      out.push(secretCase(
        "evasion",
        "json-escaped-at",
        `{"dsn":"postgres://${g.pick(USERS)}:${p}\\u0040pg-main.internal:5432/app"}`,
        [p],
      ));
    }
    // escaped quotes: JSON inside a JSON string
    {
      const f = tok();
      const v = f.make(g);
      out.push(secretCase(
        "evasion",
        "json-escaped-quotes",
        `{"level":"warn","msg":"request body {\\"user\\":\\"svc\\",\\"${
          camel(g.pick(f.keys))
        }\\":\\"${v}\\"}"}`,
        [v],
      ));
    }
    // compact JSON with a number or bare literal
    {
      const pin = g.digits(8);
      out.push(secretCase(
        "evasion",
        "compact-json-number",
        `{"user":"ops","password":${pin},"remember":true}`,
        [pin],
      ));
      const v = family("password").make(g).replace(/["\\]/g, "");
      out.push(secretCase("evasion", "compact-json", `{"login":"admin","passwd":"${v}"}`, [v]));
    }
    // URL-encoded and double-encoded values
    {
      const raw = g.mixed(ALNUM, 6) + g.pick(["@", "!", "#", "&", "+"]) + g.mixed(ALNUM, 8) +
        g.pick(["/", "=", "$", "%"]);
      const enc = urlEncode(raw);
      out.push(secretCase(
        "evasion",
        "url-encoded-form",
        `POST /login body: username=ops&password=${enc}&remember=1`,
        [enc],
      ));
      const dbl = enc.replaceAll("%", "%25");
      out.push(secretCase(
        "evasion",
        "double-url-encoded",
        `GET /redirect?next=%2Fcallback%3Fapi_key%3D${dbl} 302`,
        [dbl],
      ));
      const t = family("github-classic").make(g);
      out.push(secretCase(
        "evasion",
        "url-encoded-query",
        `GET /v1/sync?access_token=${urlEncode(t).replaceAll("%5F", "_")}&page=2 200`,
        [t],
      ));
    }
    // base64 of credentials
    {
      const user = g.pick(USERS);
      const pass = shellPassword(g);
      const b1 = b64(`user=${user} password=${pass}`);
      out.push(secretCase("evasion", "base64-key-value", `payload=${b1}`, [b1]));
      const b2 = b64(`${user}:${pass}`);
      out.push(secretCase(
        "evasion",
        "base64-user-pass",
        `${ts(g)} upstream auth header value ${b2} rejected (401)`,
        [b2],
      ));
      const b3 = b64(JSON.stringify({ username: user, password: pass }));
      out.push(secretCase("evasion", "base64-json-credentials", `creds_blob: ${b3}`, [b3]));
      const b4 = b64(`${user}:${pass}`);
      out.push(secretCase(
        "evasion",
        "basic-auth-header",
        `${g.pick(["Authorization", "authorization", "Proxy-Authorization"])}: Basic ${b4}`,
        [b4],
      ));
    }
    // a value split by a line continuation
    {
      const f = tok();
      const v = f.make(g);
      const cut = Math.floor(v.length / 2);
      out.push(secretCase(
        "evasion",
        "line-continuation",
        `export ${upper(g.pick(f.keys))}="${v.slice(0, cut)}\\\n${v.slice(cut)}"`,
        [v.slice(0, cut), v.slice(cut)],
      ));
      const p = shellPassword(g);
      out.push(secretCase(
        "evasion",
        "line-continuation-args",
        `docker run --rm \\\n  -e DB_PASSWORD=${p} \\\n  app:latest`,
        [p],
      ));
    }
    // quoting: single, double, backticks
    {
      const f = tok();
      const v = f.make(g);
      const q = g.pick(["'", '"', "`"]);
      out.push(secretCase(
        "evasion",
        "quoted",
        `${camel(g.pick(f.keys))} = ${q}${v}${q}`,
        [v],
      ));
    }
    // HTML entities
    {
      const p = g.mixed(ALNUM, 10) + "&" + g.mixed(ALNUM, 6);
      const enc = p.replace("&", "&amp;");
      out.push(secretCase(
        "evasion",
        "html-entities",
        `<pre>{&quot;user&quot;:&quot;ops&quot;,&quot;password&quot;:&quot;${enc}&quot;}</pre>`,
        [enc.split("&amp;")[0], enc.split("&amp;")[1]],
      ));
      const t = family("generic-api-key").make(g);
      out.push(secretCase(
        "evasion",
        "html-attribute",
        `<input type="hidden" name="api_key" value="${t}">`,
        [t],
      ));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Benign

const PLACEHOLDERS = (g: Gen): string[] => [
  "x".repeat(g.int(16, 40)),
  "X".repeat(g.int(20, 32)),
  "*".repeat(g.int(6, 12)),
  "<your-token>",
  "<YOUR_API_KEY>",
  "${" + g.pick(["GITHUB_TOKEN", "DB_PASSWORD", "API_KEY", "SECRET_KEY"]) + "}",
  "{{ .Values." + g.pick(["db.password", "apiKey", "auth.token"]) + " }}",
  "{{ secrets." + g.pick(["NPM_TOKEN", "SLACK_WEBHOOK"]) + " }}",
  "%s",
  "[REDACTED]",
  "REDACTED",
  "your_api_key_here",
  "REPLACE_ME",
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789abcdef0123456789abcdef",
  "1234567890",
  "sk_live_" + "x".repeat(24),
  "ghp_" + "x".repeat(36),
  "xoxb-" + "0".repeat(11) + "-" + "x".repeat(24),
  "hf_" + "x".repeat(34),
  "<password>",
  "%(db_password)s",
  "$DB_PASSWORD",
  "null",
];

function placeholderCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  const forms: ((k: string, v: string) => string)[] = [
    (k, v) => `${upper(k)}=${v}`,
    (k, v) => `${snake(k)}: "${v}"`,
    (k, v) => `{"${camel(k)}": "${v}"}`,
    (k, v) => `export ${upper(k)}="${v}"`,
    (k, v) => `$${camel(k)} = "${v}"`,
    (k, v) => `<${camel(k)}>${v}</${camel(k)}>`,
    (k, v) => `${camel(k)} := "${v}"`,
    (k, v) => `[client]\n${snake(k)} = ${v}`,
  ];
  let i = 0;
  for (const v of PLACEHOLDERS(g)) {
    for (let n = 0; n < 5; n++) {
      const f = FAMILIES[(i * 7 + n) % FAMILIES.length];
      const form = forms[i++ % forms.length];
      out.push(benignCase("placeholder", "under-secret-key", form(g.pick(f.keys), v)));
    }
  }
  const docs = [
    "Set AWS_ACCESS_KEY_ID to your key, for example AKIAIOSFODNN7EXAMPLE, before running the CLI.",
    "export GITHUB_TOKEN=<your-token>   # a classic token with repo scope",
    "curl -u <user>:<password> https://api.internal/v1/health",
    "mysql -u root -p  # you will be prompted for the password",
    "docker login -u $REGISTRY_USER --password-stdin registry.internal < token.txt",
    "PGPASSWORD=$PGPASSWORD psql -h $PGHOST -U $PGUSER",
    "Authorization: Bearer <token>",
    "Authorization: Bearer {{ access_token }}",
    "X-Api-Key: ${API_KEY}",
    'sshpass -p "$SSH_PASS" ssh deploy@bastion',
    'redis-cli -a "$REDIS_PASSWORD" PING',
    "git clone https://${GIT_USER}:${GIT_TOKEN}@github.com/acme/infra.git",
    "htpasswd -B /etc/nginx/.htpasswd admin",
    'password: "{{ vault_db_password }}"',
    "$password = Read-Host -AsSecureString 'Enter password'",
    "New-LocalUser -Name svc -Password $securePassword",
    "stringData:\n  DB_PASSWORD: ${DB_PASSWORD}",
    "BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}",
    'api_key = os.environ["API_KEY"]',
    'token := os.Getenv("SLACK_BOT_TOKEN")',
    "$apiKey .= getenv('API_KEY_SUFFIX');",
    "DB_PASSWORD :::= $(shell cat /run/secrets/db_password)",
    "export API_KEY = $(vault kv get -field=key secret/app)",
    "<password>\n    ${env.DB_PASSWORD}\n</password>",
    "secret_key: |\n  ${SECRET_KEY}",
    'client_secret = "****"',
    "password=********** (masked by the runner)",
    "token=[REDACTED] user=deploy",
  ];
  for (const d of docs) out.push(benignCase("placeholder", "documented", d));
  return out;
}

function nearMissCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  const ctx = (v: string) =>
    g.pick([
      `${ts(g)} INFO job ${v} finished in ${g.int(2, 90)}s`,
      `artifact=${v} status=uploaded size=${g.int(10, 900)}KB`,
      `cache key ${v} missed, rebuilding layer`,
      `{"event":"build","build_id":"${v}","ok":true}`,
    ]);
  for (let n = 0; n < 4; n++) {
    const body = g.mixed(ALNUM, 30);
    const good = crc62(body);
    const bad = good.slice(0, 5) + (good[5] === "A" ? "B" : "A");
    out.push(benignCase("near-miss", "github-wrong-checksum", ctx(`ghp_${body}${bad}`)));
    out.push(benignCase("near-miss", "github-wrong-length", ctx(`ghp_${g.mixed(ALNUM, 20)}`)));
    out.push(benignCase("near-miss", "github-prefix-case", ctx(`GHP_${g.mixed(ALNUM, 36)}`)));
    out.push(benignCase("near-miss", "npm-wrong-checksum", ctx(`npm_${body}${bad}`)));
    out.push(benignCase("near-miss", "aws-short", ctx(`AKIA${g.str(BASE32, 12)}`)));
    out.push(benignCase("near-miss", "stripe-test-prefix-case", ctx(`SK_LIVE_${g.str(UPPER, 8)}`)));
    out.push(benignCase("near-miss", "hf-too-short", ctx(`hf_${g.str(LOWER, 8)}`)));
  }
  return out;
}

function hashCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  for (let n = 0; n < 6; n++) {
    const sha = g.hex(40);
    out.push(
      benignCase(
        "hash",
        "git-commit",
        `HEAD is now at ${sha.slice(0, 7)} Merge pull request #${
          g.int(100, 9999)
        } from acme/fix-retries`,
      ),
      benignCase("hash", "git-sha-full", `${ts(g)} INFO deploying revision ${sha} to production`),
      benignCase(
        "hash",
        "docker-digest",
        `${g.pick(["api", "web", "worker"])}: digest: sha256:${g.hex(64)} size: ${
          g.int(1000, 9000)
        }`,
      ),
      benignCase(
        "hash",
        "uuid-request",
        `request_id=${g.uuid()} status=200 duration_ms=${g.int(3, 900)}`,
      ),
      benignCase(
        "hash",
        "md5-checksum",
        `${g.hex(32)}  release-${g.int(1, 9)}.${g.int(0, 20)}.tar.gz`,
      ),
      benignCase(
        "hash",
        "npm-integrity",
        `      "integrity": "sha512-${b64(g.bytes(64))}",`,
      ),
      benignCase(
        "hash",
        "etag",
        `< ETag: "${g.hex(32)}"\n< Cache-Control: max-age=300`,
      ),
      benignCase("hash", "trace-id", `trace_id=${g.hex(32)} span_id=${g.hex(16)} sampled=1`),
    );
  }
  return out;
}

function base64BenignCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  const texts = [
    () => JSON.stringify({ page: g.int(2, 40), size: 50, sort: "created_at" }),
    () => `offset:${g.int(1000, 99999)}`,
    () => `hello from ${g.pick(["worker", "scheduler", "api"])} ${g.int(1, 9)}`,
    () => JSON.stringify({ type: "cursor", last_id: g.int(1e5, 9e5) }),
    () => `order-${g.int(10000, 99999)}|shipped`,
  ];
  for (let n = 0; n < 4; n++) {
    for (const t of texts) {
      out.push(benignCase("base64", "non-secret", `GET /v1/orders?cursor=${b64(t())} 200`));
    }
  }
  return out;
}

function urlBenignCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  for (let n = 0; n < 3; n++) {
    out.push(
      benignCase(
        "url",
        "ssh-user-host",
        `git clone ssh://git@github.com/acme/${g.pick(["infra", "api", "web"])}.git`,
      ),
      benignCase(
        "url",
        "https-no-userinfo",
        `Fetching https://registry.npmjs.org/@acme%2fclient/-/client-${g.int(1, 9)}.${
          g.int(0, 9)
        }.0.tgz`,
      ),
      benignCase(
        "url",
        "token-endpoint",
        `token_url=https://auth.internal/oauth/token grant_type=client_credentials`,
      ),
    );
  }
  return out;
}

function pemProseCases(): Issue7Case[] {
  return [
    "The file must start with -----BEGIN OPENSSH PRIVATE KEY----- or ssh-keygen refuses it; ours started with a blank line.",
    'error: expected "-----BEGIN RSA PRIVATE KEY-----" at line 1 of /etc/app/tls/key.pem, found garbage',
    "Tip: grep -l 'BEGIN PRIVATE KEY' -r . finds committed keys; we found none.",
    "openssl: unable to load key: no start line (expecting -----BEGIN EC PRIVATE KEY-----), check the mount",
    "validate(): header '-----BEGIN PRIVATE KEY-----' missing in uploaded file, request rejected",
    "The operator pasted the -----BEGIN CERTIFICATE----- block into the key field by mistake.",
  ].map((t) => benignCase("pem-prose", "marker-quoted", t));
}

function macosCases(g: Gen): Issue7Case[] {
  const out: Issue7Case[] = [];
  const subs = [
    ["com.apple.securityd", "keychain", "SecItemCopyMatching: query <private> returned -25300"],
    ["com.apple.network", "connection", "nw_connection_start [C12 <private>:443 tcp] start"],
    [
      "com.apple.Authorization",
      "authd",
      "Succeeded authorizing right 'system.login.console' by client '<private>'",
    ],
    ["com.apple.akd", "core", "Fetching token for <private> with context 0x600003a1c0c0"],
    ["com.apple.CloudKit", "op", "Finished operation <private> in 0.212s"],
    [
      "com.apple.TCC",
      "access",
      "Handling access request to kTCCServiceAccessibility, from <private>",
    ],
    [
      "com.apple.xpc",
      "connection",
      "[0x7f9c1e504a20] activating connection: mach=true listener=false peer=false name=com.apple.tokend",
    ],
    ["com.apple.coreauthd", "ACM", "ACMContextCreate: context 0x6000017c8e40 token <private>"],
  ];
  for (let n = 0; n < 4; n++) {
    for (const [sub, cat, msg] of subs) {
      out.push(benignCase(
        "macos",
        "unified-log",
        `2026-11-${g.int(10, 28)} 10:${g.int(10, 59)}:${g.int(10, 59)}.${g.str(DIGITS, 6)}+0000 0x${
          g.hex(6)
        }  Default     0x0                  ${g.int(100, 999)}    0    ${sub.split(".").pop()}: (${
          sub.split(".").pop()
        }) [${sub}:${cat}] ${msg}`,
      ));
    }
  }
  return out;
}

function keyWordBenignCases(g: Gen): Issue7Case[] {
  const lines = [
    () => `token_count=${g.int(100, 99999)} model=gpt-4o latency_ms=${g.int(50, 3000)}`,
    () => `max_tokens: ${g.pick([256, 1024, 4096])}`,
    () => `password_min_length=${g.int(8, 16)} password_require_symbol=true`,
    () => `secret_name: prod/${g.pick(["db", "api", "billing"])}/credentials`,
    () => `tokenizer: cl100k_base`,
    () => `auth_method=password mfa=totp result=ok`,
    () => `password_expires_at=2026-12-${g.int(10, 28)}T00:00:00Z`,
    () => `password_file=/etc/app/secrets/db.pass`,
    () =>
      `"keyId": "${g.pick(["alias/app-prod", "arn:aws:kms:eu-west-1:111122223333:alias/app"])}"`,
    () => `rotate_secret: true  # rotates every 30 days`,
    () => `${ts(g)} INFO token refreshed, expires_in=3600`,
    () =>
      `${ts(g)} WARN invalid password for user id ${g.int(1000, 99999)} (attempt ${g.int(1, 5)})`,
    () => `existingSecret: ${g.pick(["db-credentials", "api-keys"])}`,
    () => `api_key_header: X-Api-Key`,
    () => `{"event":"login","method":"password","success":false,"attempts":${g.int(1, 5)}}`,
    () => `valueFrom:\n  secretKeyRef:\n    name: db-credentials\n    key: password`,
  ];
  const out: Issue7Case[] = [];
  for (let n = 0; n < 4; n++) {
    for (const l of lines) out.push(benignCase("keyword", "non-secret-value", l()));
  }
  return out;
}

function logBenignCases(g: Gen): Issue7Case[] {
  const lines = [
    () => `${ts(g)} INFO  http server listening on :${g.int(3000, 9000)}`,
    () => `${ts(g)} DEBUG cache hit ratio=0.${g.int(10, 99)} entries=${g.int(100, 9000)}`,
    () => `${ts(g)} WARN  slow query took ${g.int(500, 9000)}ms table=orders`,
    () => `${ts(g)} ERROR upstream timed out after 30s service=payments attempt=${g.int(1, 3)}`,
    () =>
      `[${
        g.pick(["main", "pool-1-thread-3"])
      }] INFO  o.s.b.w.e.tomcat.TomcatWebServer - Tomcat started on port(s): 8080 (http)`,
    () => `Step ${g.int(1, 12)}/14 : RUN npm ci --omit=dev`,
    () => `kubectl rollout status deployment/api -n prod: deployment "api" successfully rolled out`,
    () =>
      `level=info ts=${ts(g)} caller=main.go:${
        g.int(50, 400)
      } msg="Starting Prometheus" version=2.53.0`,
  ];
  const out: Issue7Case[] = [];
  for (let n = 0; n < 5; n++) for (const l of lines) out.push(benignCase("log", "plain", l()));
  return out;
}

/** The whole corpus, in a fixed order. */
export function generateIssue7(): Issue7Case[] {
  counter = 0;
  const g = new Gen(seededRandom(0x1557));
  return [
    ...syntaxCases(g),
    ...providerCases(g),
    ...evasionCases(g),
    ...placeholderCases(g),
    ...nearMissCases(g),
    ...hashCases(g),
    ...base64BenignCases(g),
    ...urlBenignCases(g),
    ...pemProseCases(),
    ...macosCases(g),
    ...keyWordBenignCases(g),
    ...logBenignCases(g),
  ];
}

/** The JSONL text of `cases`. */
export function issue7Text(cases: readonly Issue7Case[]): string {
  return cases.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

if (import.meta.main) {
  const cases = generateIssue7();
  await Deno.writeTextFile(ISSUE7_FILE, issue7Text(cases));
  const count = (k: string) => cases.filter((c) => c.kind === k).length;
  console.log(`${cases.length} cases: secret ${count("secret")}, benign ${count("benign")}`);
}
