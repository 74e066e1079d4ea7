/**
 * The syntaxes logs, configs, code and command lines write a key and its value in, each as a
 * function that embeds a key name and a value into a realistic line (or few lines). The syntax
 * corpus (./gen_syntax.ts) and the property test (./property_test.ts) cross them with secret
 * key names, provider tokens and benign values.
 *
 * A keyed syntax takes the key name as words (`["db", "password"]`) and spells it the way that
 * syntax does (`DB_PASSWORD`, `dbPassword`, `db-password`, `Db-Password`); a command syntax
 * names its own key (`curl -u`, `mysql -p`, `Authorization:`) and takes only the value. Each
 * returns the text and the value as written in it (base64 under a Kubernetes `data:` map,
 * JSON-escaped inside a JSON string), which is what must not survive.
 */

/** A line (or lines) holding a value, and the value as written there. */
export interface Embedded {
  text: string;
  written: string;
}

/** A syntax that writes a value under a key name of its own choosing. */
export interface KeyedSyntax {
  id: string;
  write(name: readonly string[], value: string): Embedded;
}

/** What a command syntax's value is: a password or token, or only a token (API key as user). */
export type ValueUse = "password" | "token";

/** A syntax whose key is fixed by the syntax itself (a command's flag, an HTTP header). */
export interface CommandSyntax {
  id: string;
  /** The values it is written with: a token-only syntax (`curl -u 'KEY:'`) takes no password. */
  takes: readonly ValueUse[];
  write(value: string): Embedded;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** `db_password` */
export const snake = (n: readonly string[]) => n.join("_");
/** `DB_PASSWORD` */
export const upper = (n: readonly string[]) => n.join("_").toUpperCase();
/** `dbPassword` */
export const camel = (n: readonly string[]) => n[0] + n.slice(1).map(cap).join("");
/** `DbPassword` */
export const pascal = (n: readonly string[]) => n.map(cap).join("");
/** `db-password` */
export const kebab = (n: readonly string[]) => n.join("-");
/** `Db-Password`, as an HTTP header is spelled. */
export const header = (n: readonly string[]) => n.map(cap).join("-");

const asIs = (text: string, written: string): Embedded => ({ text, written });
/** The text of `value` inside a JSON string. */
const jsonText = (value: string) => JSON.stringify(value).slice(1, -1);

/** Standard base64 of the UTF-8 bytes of `text` (how a Kubernetes Secret's `data:` holds it). */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const TS = "2026-03-02T11:04:19.233Z";

export const KEYED_SYNTAXES: readonly KeyedSyntax[] = [
  // Structured logs.
  {
    id: "json",
    write: (n, v) =>
      asIs(
        `{"ts":"${TS}","level":"info","svc":"billing","${snake(n)}":"${jsonText(v)}"}`,
        jsonText(v),
      ),
  },
  {
    id: "json-escaped",
    write: (n, v) => {
      const inner = JSON.stringify({ [camel(n)]: v, retry: 2 });
      const text = JSON.stringify({ level: "warn", msg: `request body ${inner}` });
      return asIs(text, JSON.stringify(JSON.stringify(v).slice(1, -1)).slice(1, -1));
    },
  },
  {
    id: "logfmt",
    write: (n, v) =>
      asIs(`time=${TS} level=info msg="config loaded" ${snake(n)}=${v} attempt=1`, v),
  },
  {
    id: "url-query",
    write: (n, v) => {
      const written = encodeURIComponent(v);
      return asIs(`GET /v1/sync?${snake(n)}=${written}&page=2 HTTP/1.1`, written);
    },
  },
  // Shell and environment.
  { id: "env", write: (n, v) => asIs(`${upper(n)}=${v}`, v) },
  { id: "export-quoted", write: (n, v) => asIs(`export ${upper(n)}="${v}"`, v) },
  { id: "export-spaced", write: (n, v) => asIs(`export ${upper(n)} = ${v}`, v) },
  { id: "dockerfile-env-space", write: (n, v) => asIs(`ENV ${upper(n)} ${v}`, v) },
  { id: "fish-set", write: (n, v) => asIs(`set -gx ${upper(n)} '${v}'`, v) },
  { id: "cli-flag", write: (n, v) => asIs(`./deploy --${kebab(n)} ${v} --region eu-west-1`, v) },
  { id: "cli-flag-equals", write: (n, v) => asIs(`exec app --${kebab(n)}=${v} --verbose`, v) },
  {
    id: "java-system-property",
    write: (n, v) => asIs(`java -Dapp.${camel(n)}=${v} -jar app.jar`, v),
  },
  // Make and odd operators.
  { id: "make-immediate", write: (n, v) => asIs(`${upper(n)} :::= ${v}`, v) },
  { id: "make-simple", write: (n, v) => asIs(`${upper(n)} ::= ${v}`, v) },
  { id: "make-conditional", write: (n, v) => asIs(`${upper(n)} ?= ${v}`, v) },
  { id: "make-append", write: (n, v) => asIs(`${upper(n)} += ${v}`, v) },
  // Code.
  { id: "go-walrus", write: (n, v) => asIs(`\t${camel(n)} := "${v}"`, v) },
  { id: "c-define", write: (n, v) => asIs(`#define ${upper(n)} "${v}"`, v) },
  { id: "go-typed", write: (n, v) => asIs(`var ${camel(n)} string = "${v}"`, v) },
  { id: "php-assign", write: (n, v) => asIs(`$${snake(n)} = '${v}';`, v) },
  { id: "php-concat", write: (n, v) => asIs(`$${camel(n)} .= "${v}";`, v) },
  { id: "php-array", write: (n, v) => asIs(`    '${snake(n)}' => '${v}',`, v) },
  {
    id: "python-kwarg",
    write: (n, v) => asIs(`client = Client(${snake(n)}="${v}", timeout=30)`, v),
  },
  {
    id: "python-dict",
    write: (n, v) => asIs(`config = {'${snake(n)}': '${v}', 'debug': False}`, v),
  },
  { id: "ruby-hash-rocket", write: (n, v) => asIs(`  :${snake(n)} => '${v}',`, v) },
  { id: "js-object", write: (n, v) => asIs(`const cfg = { ${camel(n)}: '${v}', retries: 3 };`, v) },
  { id: "ts-typed", write: (n, v) => asIs(`export const ${camel(n)}: string = "${v}";`, v) },
  { id: "rust-let", write: (n, v) => asIs(`let ${snake(n)}: &str = "${v}";`, v) },
  { id: "csharp-property", write: (n, v) => asIs(`    ${pascal(n)} = "${v}",`, v) },
  { id: "java-setter", write: (n, v) => asIs(`dataSource.set${pascal(n)}("${v}");`, v) },
  {
    id: "builder",
    write: (n, v) => asIs(`Client.builder().region("eu").${camel(n)}("${v}").build();`, v),
  },
  {
    id: "call-pair",
    write: (n, v) => asIs(`os.environ.setdefault("${upper(n)}", "${v}")`, v),
  },
  { id: "powershell", write: (n, v) => asIs(`$${camel(n)} = "${v}"`, v) },
  { id: "powershell-env", write: (n, v) => asIs(`$env:${upper(n)} = '${v}'`, v) },
  // Config files.
  { id: "yaml", write: (n, v) => asIs(`  ${snake(n)}: ${v}`, v) },
  { id: "yaml-quoted", write: (n, v) => asIs(`    ${snake(n)}: "${v}"`, v) },
  {
    id: "yaml-literal-block",
    write: (n, v) => asIs(`database:\n  ${snake(n)}: |\n    ${v}\n  pool: 5`, v),
  },
  {
    id: "yaml-folded-block",
    write: (n, v) => asIs(`auth:\n  ${snake(n)}: >-\n    ${v}\n  ttl: 3600`, v),
  },
  {
    id: "yaml-next-line",
    write: (n, v) => asIs(`smtp:\n  ${snake(n)}:\n    ${v}\n  port: 587`, v),
  },
  {
    id: "ini",
    write: (n, v) => asIs(`[database]\nhost = db1.internal\n${snake(n)} = ${v}\nport = 5432`, v),
  },
  {
    id: "toml",
    write: (n, v) => asIs(`[server]\nlisten = ":8080"\n${snake(n)} = "${v}"`, v),
  },
  { id: "properties", write: (n, v) => asIs(`spring.datasource.${kebab(n)}=${v}`, v) },
  { id: "hcl", write: (n, v) => asIs(`  ${snake(n)} = "${v}"`, v) },
  { id: "xml-element", write: (n, v) => asIs(`<${camel(n)}>${v}</${camel(n)}>`, v) },
  {
    id: "xml-own-line",
    write: (n, v) => asIs(`<config>\n  <${camel(n)}>\n    ${v}\n  </${camel(n)}>\n</config>`, v),
  },
  {
    id: "xml-attributes",
    write: (n, v) => asIs(`<${camel(n)} encrypted="false">${v}</${camel(n)}>`, v),
  },
  {
    id: "xml-cdata",
    write: (n, v) => asIs(`<${snake(n)}><![CDATA[${v}]]></${snake(n)}>`, v),
  },
  {
    id: "xml-named-entry",
    write: (n, v) => asIs(`<entry key="${camel(n)}">${v}</entry>`, v),
  },
  {
    id: "k8s-secret-data",
    write: (n, v) => {
      const b64 = base64(v);
      return asIs(
        `apiVersion: v1\ndata:\n  ${snake(n)}: ${b64}\n  username: ${
          base64("svc-billing")
        }\nkind: Secret\nmetadata:\n  name: billing-creds\ntype: Opaque`,
        b64,
      );
    },
  },
  {
    id: "k8s-secret-string-data",
    write: (n, v) =>
      asIs(
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\nstringData:\n  ${
          upper(n)
        }: ${v}\n  REGION: eu-west-1`,
        v,
      ),
  },
  { id: "http-header", write: (n, v) => asIs(`X-${header(n)}: ${v}`, v) },
  {
    id: "conn-string",
    write: (n, v) => asIs(`Server=sql1;Database=app;User Id=sa;${pascal(n)}=${v};`, v),
  },
];

export const COMMAND_SYNTAXES: readonly CommandSyntax[] = [
  {
    id: "curl-user",
    takes: ["password"],
    write: (v) => asIs(`curl -sS -u deploy:${v} https://api.example.com/v1/builds`, v),
  },
  {
    id: "curl-user-double-quoted",
    takes: ["password"],
    write: (v) => asIs(`curl -u "deploy:${v}" -X POST https://ci.example.com/job/build`, v),
  },
  {
    id: "curl-user-no-name",
    takes: ["password"],
    write: (v) => asIs(`curl -u ':${v}' https://registry.example.com/v2/_catalog`, v),
  },
  {
    id: "curl-user-key-only",
    takes: ["token"],
    write: (v) => asIs(`curl https://api.example.com/v1/charges -u '${v}:' -d amount=2000`, v),
  },
  {
    id: "curl-long-user",
    takes: ["password"],
    write: (v) => asIs(`curl --user admin:${v} --fail https://nexus.example.com/service/rest`, v),
  },
  {
    id: "mysql-glued",
    takes: ["password"],
    write: (v) => asIs(`mysql -h db1.internal -u app -p${v} billing < dump.sql`, v),
  },
  {
    id: "mysql-long",
    takes: ["password"],
    write: (v) => asIs(`mysqldump --user=backup --password=${v} --all-databases`, v),
  },
  {
    id: "sqlcmd",
    takes: ["password"],
    write: (v) => asIs(`sqlcmd -S db1.internal -U sa -P '${v}' -Q "SELECT 1"`, v),
  },
  {
    id: "ldapsearch",
    takes: ["password"],
    write: (v) => asIs(`ldapsearch -x -H ldap://ldap1 -D cn=admin,dc=example,dc=com -w ${v}`, v),
  },
  {
    id: "netrc",
    takes: ["password", "token"],
    write: (v) => asIs(`machine api.example.com login deploy password ${v}`, v),
  },
  {
    id: "pgpassword",
    takes: ["password"],
    write: (v) => asIs(`PGPASSWORD=${v} psql -h db1.internal -U app -d billing`, v),
  },
  {
    id: "sshpass",
    takes: ["password"],
    write: (v) => asIs(`sshpass -p '${v}' ssh deploy@10.0.0.5 uptime`, v),
  },
  {
    id: "docker-login",
    takes: ["password", "token"],
    write: (v) => asIs(`docker login -u ci-bot -p ${v} registry.example.com`, v),
  },
  {
    id: "redis-cli",
    takes: ["password"],
    write: (v) => asIs(`redis-cli -h cache.internal -a ${v} --no-auth-warning ping`, v),
  },
  {
    id: "token-flag",
    takes: ["token"],
    write: (v) => asIs(`vault login -method=token --token ${v}`, v),
  },
  {
    id: "bundler-credentials",
    takes: ["password", "token"],
    write: (v) => asIs(`BUNDLE_GEMS__CONTRIBSYS__COM=deploy:${v}`, v),
  },
  {
    id: "bundler-credentials-export",
    takes: ["token"],
    write: (v) => asIs(`export BUNDLE_RUBYGEMS__PKG__GITHUB__COM="${v}"`, v),
  },
  {
    id: "authorization-bearer",
    takes: ["token"],
    write: (v) => asIs(`> Authorization: Bearer ${v}`, v),
  },
  {
    id: "authorization-basic",
    takes: ["password"],
    write: (v) => {
      const b64 = base64(`deploy:${v}`);
      return asIs(`Authorization: Basic ${b64}`, b64);
    },
  },
  {
    id: "proxy-authorization",
    takes: ["password"],
    write: (v) => {
      const b64 = base64(`proxyuser:${v}`);
      return asIs(`Proxy-Authorization: Basic ${b64}`, b64);
    },
  },
  { id: "x-api-key", takes: ["token"], write: (v) => asIs(`X-Api-Key: ${v}`, v) },
  {
    id: "cookie",
    takes: ["token"],
    write: (v) => asIs(`Cookie: lang=en; session_id=${v}; theme=dark`, v),
  },
  {
    id: "curl-header",
    takes: ["token"],
    write: (v) => asIs(`curl -H "X-Auth-Token: ${v}" https://api.example.com/v1/me`, v),
  },
  {
    id: "sql-identified-by",
    takes: ["password"],
    write: (v) => asIs(`CREATE USER 'app'@'%' IDENTIFIED BY '${v}';`, v),
  },
  {
    id: "sql-with-password",
    takes: ["password"],
    write: (v) => asIs(`ALTER ROLE billing WITH LOGIN PASSWORD '${v}';`, v),
  },
  {
    id: "powershell-secure-string",
    takes: ["password"],
    write: (v) => asIs(`$cred = ConvertTo-SecureString "${v}" -AsPlainText -Force`, v),
  },
];

/**
 * Text in the same syntaxes that must stay as it is: commands without credentials, headers
 * without them, Bundler settings that are not credentials, a ConfigMap, a Secret reference.
 */
export const BENIGN_COMMAND_LINES: readonly string[] = [
  'curl -sS -X POST https://api.example.com/v1/jobs -H "Content-Type: application/json"',
  'curl -u "$CI_USER:$CI_TOKEN" https://ci.example.com/job/build',
  "curl --user-agent probe/1.0 https://status.example.com/health",
  "mysql -u root -p -h localhost",
  "mysql -h db1 -P3306 --protocol=tcp billing",
  'PGPASSWORD="$PGPASS" psql -h db1.internal -U app',
  "sshpass -f /run/secrets/ssh_pass ssh deploy@host uptime",
  "docker login -u ci-bot --password-stdin registry.example.com",
  "redis-cli -h cache.internal -p 6379 ping",
  "vault login -method=oidc --token-only",
  "BUNDLE_PATH=vendor/bundle",
  "BUNDLE_JOBS=4",
  "BUNDLE_WITHOUT=development:test",
  "BUNDLE_BUILD__NOKOGIRI=--use-system-libraries",
  "Authorization: Bearer ${API_TOKEN}",
  "X-Request-Id: req-20260302-0042",
  "Cookie: lang=en; theme=dark",
  "CREATE USER 'app'@'%' IDENTIFIED WITH caching_sha2_password;",
  "ALTER ROLE billing WITH LOGIN;",
  "$cred = Get-Credential -UserName deploy",
  "apiVersion: v1\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: search,checkout\nkind: ConfigMap\nmetadata:\n  name: app-config",
  "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password",
  "password:\n  min_length: 12\n  require_symbols: true",
  "description: |\n  Rotates the api key every 30 days\n  and notifies the owners\nschedule: daily",
  "<passwordPolicy>\n  strict\n</passwordPolicy>",
  "[auth]\nmethod = oidc\ntoken_ttl = 3600",
  'set("cache_key", "user:42:profile")',
  'cacheKey string = "user:42:profile"',
  "token_count := 5",
  "$tokenCount .= 1;",
  "SECRET_NAME :::= db-creds",
  "export PASSWORD_MIN_LENGTH = 12",
];

/** Secret-named keys whose values in benign logs are not secrets (name words, value). */
export const BENIGN_PAIRS: readonly (readonly [readonly string[], string])[] = [
  [["token", "count"], "5"],
  [["password", "min", "length"], "12"],
  [["secret", "name"], "db-creds"],
  [["cache", "key"], "user:42:profile"],
  [["api", "key", "id"], "42"],
  [["max", "tokens"], "1024"],
  [["password"], "${DB_PASSWORD}"],
  [["token", "type"], "Bearer"],
  [["auth", "method"], "oidc"],
  [["password", "policy"], "strict"],
  [["public", "key", "path"], "/etc/ssl/app.pub"],
  [["token", "ttl"], "3600s"],
  [["secret", "version"], "7"],
  [["idempotency", "key"], "550e8400-e29b-41d4-a716-446655440000"],
  [["partition", "key"], "tenant_id"],
  [["page", "token"], "CiAKGjBpNDd2"],
  [["sort", "key"], "created_at"],
  [["tokenizer"], "cl100k_base"],
  [["auth", "enabled"], "true"],
  [["password"], "********"],
  [["api", "key"], "<your-api-key>"],
  [["secret"], "expired"],
  [["passenger", "count"], "3"],
  [["keyboard", "layout"], "us"],
];
