/**
 * Writes ./adversarial.jsonl: log lines of real systems written as an attacker of the scrubber
 * would pick them (access logs with tokens in query strings, JDBC URLs in stack traces, Python
 * reprs, Go `%+v` structs, Rails parameters, journal lines, Kubernetes events, Terraform plans,
 * `docker inspect` env arrays, .npmrc / .pypirc / .netrc / .git-credentials, HTTP request dumps,
 * CSV exports, cookies, long command lines), and benign look-alikes that must stay unchanged
 * (UUIDs, commit SHAs, trace ids, base64 payloads, lock-file hashes, versions, redacted values).
 * Values are drawn from a seeded generator; the same seed writes the same file.
 *
 *   deno run --allow-write core/scrub/corpus/gen_adversarial.ts
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/adversarial.jsonl 'deno task -q scrub'
 */
import type { CorpusCase } from "./provider_cases.ts";
import { seededRandom } from "./token_generator.ts";

const random = seededRandom(20261204);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const HEX = "0123456789abcdef";
const ALNUM = UPPER + LOWER + DIGITS;
const chars = (n: number, set: string) =>
  Array.from({ length: n }, () => set[int(set.length)]).join("");

/** A value with upper and lower case letters and digits (what a generated secret looks like). */
function mixed(n: number, set = ALNUM): string {
  for (;;) {
    const s = chars(n, set);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s)) return s;
  }
}
/** A password a person or a generator chose: letters, digits and a symbol. */
const password = () => `${mixed(9)}${pick(["!", "#", "%", "^", "*", "@"])}${int(90) + 10}`;
const ghp = () => `ghp_${mixed(36)}`;
const akia = () => `AKIA${chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`;
const awsSecret = () => mixed(40, ALNUM + "+/");
const slackBot = () => `xoxb-${chars(12, DIGITS)}-${chars(13, DIGITS)}-${mixed(24)}`;
const stripe = () => `sk_live_${mixed(24)}`;
const glpat = () => `glpat-${mixed(20, ALNUM + "_-")}`;
const npm = () => `npm_${mixed(36)}`;
const googleKey = () => `AIza${mixed(35, ALNUM + "_-")}`;
const sendgrid = () => `SG.${mixed(22, ALNUM + "_-")}.${mixed(43, ALNUM + "_-")}`;
const hex = (n: number) => chars(n, HEX);
const uuid = () =>
  `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
const b64url = (s: string) => btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
function jwt(): string {
  const head = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const body = b64url(JSON.stringify({ sub: String(100000 + int(900000)), iat: 1764800000 }));
  return `${head}.${body}.${mixed(43, ALNUM + "_-")}`;
}
const ts = () =>
  `2026-12-0${1 + int(8)}T${10 + int(13)}:${10 + int(49)}:${10 + int(49)}.${100 + int(899)}Z`;
/** A card number of `prefix` and `length` digits whose Luhn check holds. */
function card(prefix: string, length = 16): string {
  const digits = prefix + chars(length - prefix.length - 1, DIGITS);
  for (let check = 0; check < 10; check++) {
    const candidate = digits + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  return digits;
}

const cases: CorpusCase[] = [];
const add = (kind: CorpusCase["kind"], type: string, text: string, secrets: string[] = []) => {
  for (const s of secrets) if (!text.includes(s)) throw new Error(`${type}: ${s} not in ${text}`);
  cases.push({
    id: `adv-${String(cases.length).padStart(3, "0")}`,
    kind,
    type: `adv:${type}`,
    text,
    secrets,
    expect_unchanged: kind === "benign",
  });
};
/** A secret case: `make` writes the line around the values it is given. */
function secret(type: string, values: string[], make: (...v: string[]) => string) {
  add("secret", type, make(...values), values);
}
const benign = (type: string, text: string) => add("benign", type, text);

// --- Access logs: tokens in query strings ---------------------------------------------------
secret(
  "nginx-query",
  [mixed(32)],
  (v) =>
    `203.0.113.9 - - [04/Dec/2026:10:12:01 +0000] "GET /api/v1/export?format=csv&access_token=${v}&page=2 HTTP/1.1" 200 5120 "-" "curl/8.4.0"`,
);
secret(
  "nginx-query",
  [mixed(40)],
  (v) => `"GET /oauth/callback?code=abc&state=xyz&api_key=${v} HTTP/1.1" 302 0`,
);
secret(
  "envoy-access",
  [mixed(28)],
  (v) =>
    `[${ts()}] "GET /v2/items?sig=1&apikey=${v} HTTP/2" 200 - 0 123 4 3 "-" "Go-http-client/2.0" "${uuid()}" "items.svc" "-"`,
);
secret(
  "nginx-query-encoded",
  [mixed(24)],
  (v) => `GET /login?next=%2Fdashboard%3Ftoken%3D${v}%26tab%3D2 HTTP/1.1`,
);
secret(
  "apache-query",
  [encodeURIComponent(password())],
  (v) =>
    `192.0.2.44 - ann [04/Dec/2026:10:00:00 +0000] "POST /cgi-bin/login?user=ann&password=${v} HTTP/1.0" 403 199`,
);

// --- Stack traces and JDBC URLs ---------------------------------------------------------------
secret(
  "jdbc-query",
  [password()],
  (v) =>
    `Caused by: org.postgresql.util.PSQLException: Connection to jdbc:postgresql://db.internal:5432/orders?user=app&password=${v}&ssl=true refused.`,
);
secret(
  "jdbc-userinfo",
  [password()],
  (v) =>
    `java.sql.SQLException: Cannot create PoolableConnectionFactory (url=jdbc:mysql://app:${v}@db.internal:3306/orders)`,
);
secret(
  "jdbc-sqlserver",
  [password()],
  (v) =>
    `HikariPool-1 - Exception during pool initialization: jdbc:sqlserver://db:1433;databaseName=orders;user=sa;password=${v};encrypt=true`,
);
secret(
  "java-properties-dump",
  [password()],
  (v) =>
    `	at com.acme.Config.load(Config.java:88) props={spring.datasource.url=jdbc:postgresql://db/app, spring.datasource.password=${v}, server.port=8080}`,
);
secret(
  "mongo-uri",
  [password()],
  (v) =>
    `pymongo.errors.ServerSelectionTimeoutError: mongodb+srv://svc:${v}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true`,
);
secret(
  "redis-uri",
  [mixed(20)],
  (v) => `redis.exceptions.ConnectionError: redis://:${v}@cache.internal:6379/0`,
);
secret(
  "amqp-uri",
  [password()],
  (v) => `amqp connection failed: amqps://orders:${v}@mq.internal:5671/vhost`,
);

// --- Python reprs -----------------------------------------------------------------------------
secret(
  "python-dict",
  [password()],
  (v) =>
    `DEBUG connecting with {'host': 'db.internal', 'user': 'svc', 'password': '${v}', 'port': 5432}`,
);
secret("python-kwargs", [mixed(32)], (v) => `Settings(api_key='${v}', timeout=30, retries=3)`);
secret(
  "python-headers",
  [jwt()],
  (v) => `requests: sending headers {'Accept': '*/*', 'Authorization': 'Bearer ${v}'}`,
);
secret(
  "python-tuple-env",
  [password()],
  (v) => `environ({'PATH': '/usr/bin', 'DB_PASSWORD': '${v}', 'LANG': 'C.UTF-8'})`,
);
secret("python-bytes", [mixed(32)], (v) => `secret_key = b'${v}'`);

// --- Go structs printed with %+v, %#v ---------------------------------------------------------
secret(
  "go-plus-v",
  [password()],
  (v) => `config: {Host:db.internal Port:5432 User:app Password:${v} SSLMode:require}`,
);
secret(
  "go-plus-v-pointer",
  [mixed(40)],
  (v) => `token=&{AccessToken:${v} TokenType:Bearer Expiry:2026-12-04 10:00:00 +0000 UTC}`,
);
secret(
  "go-sharp-v",
  [mixed(32)],
  (v) => `main.Creds{ClientID:"app-1", ClientSecret:"${v}", Scopes:[]string{"read"}}`,
);

// --- Rails, Django, PHP ------------------------------------------------------------------------
secret(
  "rails-params",
  [mixed(32)],
  (v) => `Parameters: {"api_key"=>"${v}", "format"=>"json", "id"=>"42"}`,
);
secret(
  "rails-params-nested",
  [password()],
  (v) => `Parameters: {"user"=>{"login"=>"ann", "password_confirmation"=>"${v}"}}`,
);
secret("php-array", [password()], (v) => `  'password' => '${v}',`);
secret("php-define", [password()], (v) => `define('DB_PASSWORD', '${v}');`);

// --- systemd journal, syslog, Kubernetes --------------------------------------------------------
secret(
  "journal-env",
  [password()],
  (v) => `Dec 04 10:00:00 web-1 app[2412]: DATABASE_URL=postgres://app:${v}@db.internal:5432/app`,
);
secret(
  "journal-json",
  [mixed(32)],
  (v) => `Dec 04 10:00:01 web-1 app[2412]: {"level":"warn","msg":"retry","auth":{"token":"${v}"}}`,
);
secret(
  "kubectl-literal",
  [password()],
  (v) => `+ kubectl create secret generic db --from-literal=password=${v} -n prod`,
);
secret(
  "k8s-event-env",
  [mixed(30)],
  (v) =>
    `Warning  Failed  pod/api-7d9f  Error: container env API_TOKEN=${v} rejected by admission webhook`,
);
secret(
  "helm-set",
  [password()],
  (v) =>
    `helm upgrade --install app ./chart --set image.tag=1.4.2 --set postgresql.auth.password=${v} -n prod`,
);

// --- Terraform plan -----------------------------------------------------------------------------
secret("terraform-plan", [password()], (v) => `      + master_password = "${v}"`);
secret(
  "terraform-plan-change",
  [mixed(32), mixed(32)],
  (a, b) => `      ~ api_token = "${a}" -> "${b}"`,
);

// --- docker inspect, compose, env -------------------------------------------------------------
secret(
  "docker-env-array",
  [password(), stripe()],
  (a, b) =>
    `"Env": ["PATH=/usr/local/bin:/usr/bin", "DB_PASSWORD=${a}", "STRIPE_KEY=${b}", "TZ=UTC"],`,
);
secret("compose-env-list", [password()], (v) => `      - POSTGRES_PASSWORD=${v}`);
secret("export-spaces", [ghp()], (v) => `export  GITHUB_TOKEN = "${v}"`);
secret("windows-set", [password()], (v) => `C:\\app> set DB_PASSWORD=${v}`);
secret("powershell-env", [mixed(32)], (v) => `PS C:\\> $env:API_TOKEN = "${v}"`);

// --- Package manager and credential files ------------------------------------------------------
secret("npmrc-authtoken", [npm()], (v) => `//registry.npmjs.org/:_authToken=${v}`);
secret("npmrc-auth", [btoa(`ci:${password()}`)], (v) => `_auth=${v}`);
secret("npmrc-password", [btoa(password())], (v) => `//npm.pkg.github.com/:_password=${v}`);
secret(
  "pypirc",
  [`pypi-AgEIcHlwaS5vcmc${mixed(60, ALNUM + "_-")}`],
  (v) => `[pypi]\nusername = __token__\npassword = ${v}`,
);
secret("netrc", [ghp()], (v) => `machine api.github.com login ann password ${v}`);
secret(
  "netrc-multiline",
  [password()],
  (v) => `machine ftp.example.org\n  login deploy\n  password ${v}`,
);
secret("git-credentials", [ghp()], (v) => `https://ann:${v}@github.com`);
secret("git-credentials-gitlab", [glpat()], (v) => `https://oauth2:${v}@gitlab.example.com`);
secret(
  "docker-config",
  [btoa(`ci:${password()}`)],
  (v) => `{"auths":{"registry.example.com":{"auth":"${v}"}}}`,
);
secret(
  "pip-index-url",
  [password()],
  (v) => `Looking in indexes: https://deploy:${v}@pypi.example.com/simple`,
);
secret(
  "maven-settings",
  [password()],
  (v) => `<server><id>nexus</id><username>ci</username><password>${v}</password></server>`,
);
secret("dotnet-appsettings", [mixed(32)], (v) => `    <add key="ApiKey" value="${v}" />`);

// --- HTTP request dumps ------------------------------------------------------------------------
secret(
  "http-bearer",
  [jwt()],
  (v) => `> GET /v1/me HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer ${v}`,
);
secret("http-api-key", [mixed(32)], (v) => `X-Api-Key: ${v}`);
secret("http-proxy-basic", [btoa(`proxy:${password()}`)], (v) => `Proxy-Authorization: Basic ${v}`);
secret("http-cookie-quoted", [mixed(26)], (v) => `Cookie: theme="dark"; sessionid=${v}; lang=en`);
secret(
  "http-cookie-json-quoted",
  [mixed(26)],
  (v) => `{"headers":{"cookie":"pref=\\"a b\\"; sid=${v}"}}`,
);
secret(
  "http-set-cookie",
  [mixed(32)],
  (v) => `< Set-Cookie: session=${v}; Path=/; HttpOnly; Secure`,
);
secret(
  "curl-header",
  [ghp()],
  (v) => `curl -sS -H "Authorization: token ${v}" https://api.github.com/user`,
);
secret(
  "curl-header-single",
  [mixed(32)],
  (v) => `curl -H 'X-Auth-Token: ${v}' https://api.example.com/v1/ping`,
);

// --- Command lines ------------------------------------------------------------------------------
const options = Array.from({ length: 70 }, (_, k) => `--opt-${k}=${k}`).join(" ");
secret("mysql-long", [password()], (v) => `+ mysql ${options} -u app -p${v} orders`);
secret(
  "mysql-long-quoted",
  [password()],
  (v) =>
    `${ts()} INFO job: mysqldump --single-transaction --routines --triggers --hex-blob --set-gtid-purged=OFF --column-statistics=0 --max-allowed-packet=512M --host=db-replica-2.internal --port=3306 -u backup -p'${v}' orders > /backups/orders.sql`,
);
secret(
  "pgpassword",
  [password()],
  (v) => `PGPASSWORD=${v} psql -h db.internal -U app -c 'select 1'`,
);
secret("sshpass", [password()], (v) => `sshpass -p '${v}' ssh deploy@bastion.internal uptime`);
secret(
  "wget-password",
  [password()],
  (v) => `wget --user=ci --password=${v} https://artifacts.example.com/app.tgz`,
);
secret("sql-alter-user", [password()], (v) => `ALTER USER app WITH PASSWORD '${v}';`);
secret("gh-add-mask", [mixed(32)], (v) => `echo "::add-mask::${v}"`);

// --- CSV exports ---------------------------------------------------------------------------------
secret(
  "csv-password-column",
  [password(), password()],
  (a, b) =>
    `id,email_verified,password,created_at\n1,true,${a},2026-01-02\n2,false,${b},2026-01-03`,
);
secret("csv-token-column", [mixed(32)], (v) => `user_id;api_token;plan\nu-17;${v};pro`);
secret(
  "tsv-secret-column",
  [mixed(30)],
  (v) => `name\tclient_secret\tcreated\nbilling\t${v}\t2026-01-02`,
);
secret(
  "csv-escaped-in-json",
  [password()],
  (v) => `{"level":"info","report":"id,username,password\\n7,ann,${v}"}`,
);

// --- YAML, properties, XML, misc ------------------------------------------------------------------
secret("yaml-folded", [password()], (v) => `db:\n  password: >-\n    ${v}`);
secret("properties-colon", [password()], (v) => `db.password: ${v}`);
secret("spring-env", [password()], (v) => `SPRING_DATASOURCE_PASSWORD=${v}`);
secret(
  "azure-conn",
  [mixed(86, ALNUM + "+/") + "=="],
  (v) =>
    `DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=${v};EndpointSuffix=core.windows.net`,
);
secret(
  "aws-pair",
  [akia(), awsSecret()],
  (a, b) => `[default]\naws_access_key_id = ${a}\naws_secret_access_key = ${b}`,
);
secret("slack-token-in-log", [slackBot()], (v) => `${ts()} ERROR slack: invalid_auth for ${v}`);
secret(
  "google-key-url",
  [googleKey()],
  (v) => `GET https://maps.googleapis.com/maps/api/geocode/json?address=x&key=${v}`,
);
secret("sendgrid-in-json", [sendgrid()], (v) => `{"mail":{"provider":"sendgrid","apiKey":"${v}"}}`);
secret("jwt-in-log", [jwt()], (v) => `${ts()} DEBUG auth: validated ${v} for user 42`);
secret("colour-wrapped", [password()], (v) => `\x1b[33mpassword\x1b[0m=\x1b[1m${v}\x1b[0m`);
secret("json-unicode-escaped", [password()], (v) => `{"pass\\u0077ord":"${v}"}`);
secret(
  "logfmt-quoted",
  [mixed(32)],
  (v) => `level=info msg="oauth ok" client_secret="${v}" expires_in=3600`,
);
secret("ini-section", [password()], (v) => `[database]\nhost = db.internal\npassword = ${v}`);
secret("xml-next-line", [password()], (v) => `<password>\n  ${v}\n</password>`);

// --- Personal data ---------------------------------------------------------------------------------
{
  const c = card("4539");
  add("pii", "card-compact-json", `{"card":${c},"exp":"12/28"}`, [c]);
}
{
  const c = card("5425");
  const dotted = `${c.slice(0, 4)}.${c.slice(4, 8)}.${c.slice(8, 12)}.${c.slice(12)}`;
  add("pii", "card-dotted", `payment declined for card ${dotted} (insufficient funds)`, [dotted]);
}
add("pii", "email-in-url", `GET /unsubscribe?email=ann.lee%40example.com&list=news HTTP/1.1`, [
  "ann.lee%40example.com",
]);
add("pii", "csv-ssn-column", `applicant,ssn,status\nA-17,536904399,review`, ["536904399"]);
add("pii", "csv-dob-column", `patient;date_of_birth;ward\np-17;1987-03-14;B2`, ["1987-03-14"]);
add("pii", "email-go-struct", `user: {ID:42 Email:ann.lee@example.com Admin:false}`, [
  "ann.lee@example.com",
]);
add("pii", "phone-python-repr", `{'name': 'Ann', 'phone': '+44 20 7946 0958'}`, [
  "+44 20 7946 0958",
]);
add("pii", "iban-csv", `payee,iban,amount\nACME Ltd,GB82WEST12345698765432,120.00`, [
  "GB82WEST12345698765432",
]);
for (const c of cases) if (c.kind === "pii") (c as CorpusCase & { tier?: string }).tier = "core";

// --- Benign look-alikes -----------------------------------------------------------------------------
benign("uuid", `${ts()} INFO request ${uuid()} completed in 12ms`);
benign("commit-sha", `HEAD is now at ${hex(40)} Merge pull request #4821 from acme/fix-retry`);
benign("trace-ids", `trace_id=${hex(32)} span_id=${hex(16)} parent_id=${hex(16)} sampled=1`);
benign("traceparent", `traceparent: 00-${hex(32)}-${hex(16)}-01`);
benign("base64-payload", `event payload=${btoa('{"event":"click","page":"/home","n":3}')} len=52`);
benign("package-lock", `      "integrity": "sha512-${mixed(86, ALNUM + "+/")}==",`);
benign(
  "package-lock-resolved",
  `      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",`,
);
benign("image-digest", `Pulled image "ghcr.io/acme/api@sha256:${hex(64)}"`);
benign("versions", `app version=1.24.3-rc.1+build.5812 go1.22.3 linux/amd64 node v20.11.1`);
benign("timestamps", `started_at=2026-12-04T10:00:00.123456Z ended_at=1764842400123 tz=+05:30`);
benign("token-words", `${ts()} DEBUG oauth: token refreshed token_type=Bearer expires_in=3600`);
benign(
  "token-counts",
  `usage prompt_tokens=812 completion_tokens=96 total_tokens=908 max_tokens=4096`,
);
benign("password-words", `${ts()} WARN auth: password authentication failed for user "app"`);
benign("password-policy", `Password must be at least 12 characters and contain a digit.`);
benign(
  "rails-filtered",
  `Parameters: {"session"=>{"login"=>"ann", "password"=>"[FILTERED]"}, "commit"=>"Log in"}`,
);
benign("terraform-sensitive", `      + password = (sensitive value)`);
benign(
  "k8s-secret-ref",
  `        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db-creds\n              key: password`,
);
benign("k8s-secret-list", `NAME        TYPE     DATA   AGE\ndb-creds    Opaque   2      5d`);
benign(
  "k8s-event",
  `Warning  FailedMount  pod/api-7d9f  MountVolume.SetUp failed for volume "tls" : secret "api-tls" not found`,
);
benign("placeholder-env", `DB_PASSWORD=\${DB_PASSWORD}`);
benign("masked-stars", `password=******** token=[REDACTED]`);
benign("java-frame", `	at com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:477)`);
benign("journal-session", `Dec 04 10:00:00 web-1 systemd[1]: Started Session 42 of User deploy.`);
benign("etag", `ETag: W/"${hex(32)}" cache=HIT age=3600`);
benign("mongo-objectid", `ObjectId("${hex(24)}") updated`);
benign("set-cookie-plain", `Set-Cookie: lang=en-GB; Path=/; Max-Age=31536000`);
benign("cookie-plain", `Cookie: lang=en; theme="dark"`);
benign("npm-warn", `npm WARN deprecated har-validator@5.1.5: this library is no longer supported`);
benign("ssh-fingerprint", `ED25519 key fingerprint is SHA256:${mixed(43, ALNUM + "+/")}.`);
benign("csv-no-secret", `id,name,token_count,price\n1,widget,120,9.99\n2,gadget,80,19.50`);
benign("csv-header-only", `id,email_verified,password_changed_at,created_at`);
benign(
  "go-struct-plain",
  `config: {Host:db.internal Port:5432 User:app SSLMode:require Timeout:30s}`,
);
benign(
  "python-dict-plain",
  `{'host': 'db.internal', 'port': 5432, 'user': 'svc', 'sslmode': 'require'}`,
);
benign(
  "terraform-plan-plain",
  `      + instance_type = "t3.medium"\n      + tags          = {\n          + "Name" = "api"\n        }`,
);
benign(
  "git-log",
  `commit ${hex(40)}\nAuthor: CI Bot <noreply>\nDate:   Thu Dec 4 10:00:00 2026 +0000`,
);
benign(
  "docker-env-plain",
  `"Env": ["PATH=/usr/local/bin:/usr/bin", "NODE_ENV=production", "TZ=UTC"],`,
);
benign(
  "aws-request-id",
  `x-amz-request-id: ${hex(16).toUpperCase()} x-amz-cf-id: ${mixed(56, ALNUM + "_-")}==`,
);
benign("k8s-uid", `metadata.uid=${uuid()} resourceVersion=48213377 generation=7`);
benign("sha256-sum", `${hex(64)}  app-linux-amd64.tar.gz`);
benign("hash-in-query", `GET /static/app.${hex(20)}.js?v=${hex(8)} HTTP/1.1" 200`);
benign("secret-name", `secret_name=stripe-webhook secret_version=7 rotated=true`);
benign("key-id", `api_key_id=key_812 key_name=primary kid=${hex(16)}`);

/** The corpus file's text: one case per line. */
export const ADVERSARIAL_TEXT = cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const out = new URL("./adversarial.jsonl", import.meta.url);
  await Deno.writeTextFile(out, ADVERSARIAL_TEXT);
  console.log(`wrote ${cases.length} cases to ${out.pathname}`);
}
