/**
 * Log syntaxes of real systems for the second red-team corpus (./gen_redteam2.ts): each writer
 * puts a value, under a name or alone, into a line (or block) as that system prints it — nginx
 * and Apache access logs, journald, RFC 5424 syslog, Java, Python and Go failures, kubectl,
 * Terraform plans, GitHub Actions, Docker builds, SQL logs, HTTP dumps, JSON, logfmt, YAML, XML,
 * INI, shell history, .env files, PowerShell, Helm and CLI flags. Written from the systems' own
 * output, before reading the detectors.
 */
import { HEX, Rand } from "../pii_redteam_values.ts";

const hex = (r: Rand, n: number) => r.chars(n, HEX);
const SVCS = ["checkout", "billing", "auth", "gateway", "search", "ledger", "notify", "media"];
const HOSTS = ["web-3", "ip-10-0-4-17", "api-7f9c", "worker-2", "node-a1"];

export function isoTime(r: Rand): string {
  return `2025-${String(r.range(1, 12)).padStart(2, "0")}-${r.range(10, 28)}T${r.range(10, 23)}:${
    r.range(10, 59)
  }:${r.range(10, 59)}.${r.digits(3)}Z`;
}
export function clfTime(r: Rand): string {
  return `${r.range(10, 28)}/${r.pick(["Jan", "Mar", "Jun", "Sep", "Dec"])}/2025:${
    r.range(10, 23)
  }:${r.range(10, 59)}:${r.range(10, 59)} +0000`;
}
const syslogTime = (r: Rand) =>
  `${r.pick(["Dec", "Nov", "Jan"])} ${String(r.range(1, 28)).padStart(2, " ")} ${r.range(10, 23)}:${
    r.range(10, 59)
  }:${r.range(10, 59)}`;
export const ipv4Private = (r: Rand) =>
  `10.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`;

/** lower_snake, camelCase and kebab forms of an ENV_NAME. */
export const snake = (name: string) => name.toLowerCase();
export const camel = (name: string) =>
  name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const kebab = (name: string) => name.toLowerCase().replace(/_/g, "-");

/** A writer of a named value: the text, given a generator, the variable's name and the value. */
export type NamedWriter = (r: Rand, name: string, value: string) => string;

export const NAMED: Record<string, NamedWriter> = {
  dotenv: (_r, name, v) => `# production\n${name}=${v}\nLOG_LEVEL=info`,
  dotenvExportQuoted: (_r, name, v) => `export ${name}="${v}"`,
  shellHistory: (r, name, v) =>
    `  ${r.range(100, 2000)}  export ${name}='${v}'\n  ${
      r.range(2001, 2100)
    }  ./deploy.sh --env prod`,
  jsonLog: (r, name, v) =>
    JSON.stringify({
      ts: isoTime(r),
      level: "debug",
      logger: "config",
      msg: "settings loaded",
      settings: { [snake(name)]: v, region: "eu-west-1" },
    }),
  jsonEscapedInMessage: (r, name, v) =>
    JSON.stringify({
      "@timestamp": isoTime(r),
      "log.level": "warn",
      message: JSON.stringify({ [camel(name)]: v, retry: true }),
    }),
  logfmt: (r, name, v) =>
    `ts=${isoTime(r)} level=debug caller=config.go:${r.range(20, 300)} msg="env resolved" ${
      snake(name)
    }=${v} pid=${r.range(100, 9999)}`,
  yamlK8sEnv: (_r, name, v) =>
    `    env:\n    - name: LOG_LEVEL\n      value: info\n    - name: ${name}\n      value: "${v}"`,
  yamlMap: (_r, name, v) => `app:\n  ${camel(name)}: ${v}\n  timeoutSeconds: 30`,
  xmlAppSettings: (_r, name, v) =>
    `<appSettings>\n  <add key="${name}" value="${v}" />\n</appSettings>`,
  xmlElement: (_r, name, v) => `<config><${camel(name)}>${v}</${camel(name)}></config>`,
  ini: (_r, name, v) => `[production]\nregion = eu-west-1\n${snake(name)} = ${v}`,
  journald: (r, name, v) =>
    `${syslogTime(r)} ${r.pick(HOSTS)} ${r.pick(SVCS)}[${
      r.range(300, 40000)
    }]: booting with ${name}=${v}`,
  syslog5424: (r, name, v) =>
    `<134>1 ${isoTime(r)} ${r.pick(HOSTS)} ${r.pick(SVCS)} ${
      r.range(300, 40000)
    } CFG [meta@32473 env="prod"] override ${snake(name)}="${v}"`,
  javaException: (r, name, v) =>
    `${
      isoTime(r)
    } ERROR [main] c.a.b.ConfigLoader - startup failed\ncom.acme.config.ConfigException: invalid ${name}=${v}\n\tat com.acme.config.ConfigLoader.load(ConfigLoader.java:${
      r.range(40, 300)
    })\n\tat com.acme.Main.main(Main.java:12)`,
  pythonTraceback: (r, name, v) =>
    `Traceback (most recent call last):\n  File "/srv/app/client.py", line ${
      r.range(10, 400)
    }, in connect\n    session = Client(${
      snake(name)
    }="${v}", timeout=30)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized`,
  goPanic: (r, name, v) =>
    `panic: upstream rejected credentials (${name}=${v}): 403 Forbidden\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/server/main.go:${
      r.range(20, 200)
    } +0x1f4\nexit status 2`,
  kubectlDescribe: (_r, name, v) =>
    `    Environment:\n      LOG_LEVEL:  info\n      ${name}:  ${v}\n    Mounts:\n      /var/run/secrets from kube-api-access (ro)`,
  terraformPlan: (_r, name, v) =>
    `  # aws_lambda_function.api will be updated in-place\n  ~ resource "aws_lambda_function" "api" {\n      ~ environment {\n          ~ variables = {\n              + "${name}" = "${v}"\n            }\n        }\n    }`,
  githubActions: (r, name, v) =>
    `${isoTime(r)} ##[group]Run ./scripts/release.sh\n${isoTime(r)} env:\n${
      isoTime(r)
    }   ${name}: ${v}\n${isoTime(r)} ##[endgroup]`,
  dockerBuild: (r, name, v) =>
    `#${r.range(5, 12)} [${
      r.range(2, 6)
    }/9] RUN --mount=type=cache,target=/root/.npm ${name}=${v} npm ci\n#${
      r.range(5, 12)
    } 2.114 added 812 packages in 9s`,
  dockerfileEnv: (r, name, v) =>
    `Step ${r.range(3, 8)}/14 : ENV ${name}=${v}\n ---> Running in ${hex(r, 12)}`,
  powershell: (_r, name, v) => `PS C:\\deploy> $env:${name} = "${v}"`,
  helmSet: (_r, name, v) =>
    `helm upgrade --install api ./chart --namespace prod --set secrets.${camel(name)}=${v} --wait`,
  cliFlag: (_r, name, v) => `+ ./bin/sync --region eu-west-1 --${kebab(name)} ${v} --verbose`,
  cliFlagEquals: (_r, name, v) =>
    `exec /usr/local/bin/agent --${kebab(name)}=${v} --log-format=json`,
  springProperties: (_r, name, v) => `acme.integration.${kebab(name)}=${v}\nserver.port=8080`,
  tomlTable: (_r, name, v) => `[integrations.prod]\n${snake(name)} = "${v}"\nenabled = true`,
  goAssign: (_r, name, v) => `\t${camel(name)} := "${v}" // TODO: move to vault`,
  phpAssign: (_r, name, v) => `$config['${snake(name)}'] = '${v}';`,
  rubyEnv: (_r, name, v) => `ENV["${name}"] ||= "${v}"`,
};

/** A writer of a value that names itself (a prefix, a checksum): no variable name around it. */
export type BareWriter = (r: Rand, v: string) => string;

export const BARE: Record<string, BareWriter> = {
  nginxQuery: (r, v) =>
    `${ipv4Private(r)} - - [${clfTime(r)}] "GET /oauth/callback?code=${hex(r, 20)}&access_token=${
      encodeURIComponent(v)
    } HTTP/1.1" 302 0 "-" "Mozilla/5.0" rt=0.012`,
  apacheReferer: (r, v) =>
    `${ipv4Private(r)} - - [${
      clfTime(r)
    }] "GET /static/app.js HTTP/1.1" 200 48213 "https://admin.acme.io/settings?key=${
      encodeURIComponent(v)
    }" "Mozilla/5.0 (X11; Linux x86_64)"`,
  httpAuthorization: (r, v) =>
    `> POST /v1/events HTTP/1.1\n> Host: api.acme.io\n> User-Agent: curl/8.5.0\n> Authorization: Bearer ${v}\n> Content-Length: ${
      r.range(20, 900)
    }\n>\n< HTTP/1.1 401 Unauthorized`,
  httpApiKeyHeader: (_r, v) =>
    `POST /ingest HTTP/1.1\r\nHost: intake.acme.io\r\nX-Api-Key: ${v}\r\nContent-Type: application/json\r\n`,
  javaMessage: (r, v) =>
    `Caused by: com.acme.client.AuthException: credential ${v} was revoked\n\tat com.acme.client.Http.send(Http.java:${
      r.range(40, 300)
    })`,
  pythonRepr: (_r, v) =>
    `ERROR:root:retrying with headers={'Authorization': 'token ${v}', 'Accept': 'application/json'}`,
  sqlInsert: (r, v) =>
    `${isoTime(r)} [${
      r.range(100, 999)
    }] LOG:  statement: INSERT INTO integrations (name, credential) VALUES ('ci', '${v}')`,
  k8sEvent: (r, v) =>
    `${r.range(2, 59)}m  Warning  Failed  pod/api-${hex(r, 9)}-${
      hex(r, 5)
    }  Error: failed to pull: auth with ${v} denied`,
  prose: (r, v) => `${isoTime(r)} WARN rotated key ${v} is still in use by 3 clients`,
  markdownTicket: (_r, v) =>
    `Reported in #incidents: the old token \`${v}\` was pasted in the runbook`,
  csvRow: (r, v) => `id,owner,token,created\n${r.range(1, 999)},ops,${v},2025-06-01`,
  gitRemote: (_r, v) =>
    `remote: Invalid credentials\nfatal: Authentication failed for 'https://x-access-token:${v}@github.com/acme/api.git/'`,
  colouredTerminal: (_r, v) => `\x1b[33mWARN\x1b[0m using token \x1b[1m${v}\x1b[0m from cache`,
  urlEncodedForm: (_r, v) =>
    `body=grant_type%3Drefresh%26refresh_token%3D${encodeURIComponent(v)}%26scope%3Dread`,
};
