/**
 * Writes the sixteenth secret corpus, ./secrets_carriers16.jsonl: secrets inside the output real
 * tools print (the carriers), each carrier written in its own syntax and crossed with generic
 * passwords and keys under secret names and with generated tokens of the engine's own provider
 * detectors (./token_generator.ts, ./provider_cases.ts) under neutral names; beside every carrier
 * its benign twins: the same output holding ids, hashes, UUIDs, versions, paths and the stand-ins
 * the tools themselves print (`[FILTERED]`, `(sensitive value)`, `***`, `[hidden]`, `${VAR}`),
 * which must come out unchanged.
 *
 * Carriers (the third red team's and the fifth syntax corpus's are not repeated): Rails
 * `Parameters:` logs, Django's technical 500 text and settings, Werkzeug's console, pytest
 * `--showlocals`, rich's locals panel, pydantic reprs; Go `%v`/`%+v`/`%#v` and `map[...]` prints
 * and panics; Lombok/Kotlin `toString`, Java records, Java and Scala maps; Serilog's destructured
 * text, C# records and anonymous objects; Elixir maps and structs, Erlang maps and proplists;
 * Node's `util.inspect`, console.dir, pino/winston/bunyan; PostgreSQL/MySQL statement logs,
 * Oracle's `IDENTIFIED BY`, MongoDB `createUser`; DB2 JDBC, MySQL ODBC, ADO.NET and Npgsql
 * strings, Celery's and Sidekiq's banners, SQLAlchemy, Kafka JAAS; curl `-v` (HTTP/2),
 * `--trace-ascii`, HTTPie, wget `--header`, HAR and Postman; nginx/Envoy/HAProxy access logs;
 * gRPC metadata; GitHub Actions, GitLab CI and Jenkins logs, `set -x` traces; Terraform plans,
 * Ansible `-vvv`, Helm `--set`, kubectl describe, docker inspect and run, systemd; `.env` with a
 * comment, TOML inline tables, `.properties` with a blank or colon, YAML chomping indicators;
 * cmdkey, PowerShell, `net use`; SMTP/IMAP transcripts; ldapsearch; `git remote -v`; npm, yarn,
 * pip and gradle configuration.
 *
 * The seed picks every value; the stored file is seed 1. Another seed (4242) is a held-out
 * sample: score it, never fix against it.
 *
 *   deno run --allow-read --allow-write core/scrub/corpus/gen_secrets_carriers16.ts [SEED OUT]
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/secrets_carriers16.jsonl 'deno task -q scrub'
 */
import { Rand } from "./pii_redteam_values.ts";
import { ALNUM, mixed } from "./redteam2/providers.ts";
import type { Case } from "./redteam2/gen_redteam2.ts";
import { camel, type Embedded, pascal, snake, upper } from "./syntaxes.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { formatOf } from "../detectors/examples/sample_names.ts";
import { generateAccepted } from "./provider_cases.ts";

export type { Case };
export const CARRIERS16_FILE = new URL("./secrets_carriers16.jsonl", import.meta.url);

const HEX = "0123456789abcdef";
const at = (text: string, written: string): Embedded => ({ text, written });
const json = (v: string) => JSON.stringify(v).slice(1, -1);
const kebabLower = (n: readonly string[]) => n.join("-");
const hex = (r: Rand, n: number) => r.chars(n, HEX);
const uuid = (r: Rand) =>
  `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${hex(r, 3)}-${
    hex(r, 12)
  }`;
const version = (r: Rand) => `${r.range(1, 9)}.${r.range(0, 30)}.${r.range(0, 19)}`;
const ts = (r: Rand) =>
  `2026-${String(r.range(1, 12)).padStart(2, "0")}-${r.range(10, 28)}T${r.range(10, 23)}:${
    r.range(10, 59)
  }:${r.range(10, 59)}.${r.digits(3)}Z`;
const b64 = (s: string) => btoa(s);

/** A carrier: a tool's output holding a value under a name, and its benign twins. */
interface Carrier {
  group: string;
  id: string;
  /** Writes `value` under the name `n` (words); a carrier that fixes its own place ignores `n`. */
  write(r: Rand, n: readonly string[], value: string): Embedded;
  /** The same output holding only values that must stay. */
  keep(r: Rand): string[];
}

const C = (
  group: string,
  id: string,
  write: Carrier["write"],
  keep: Carrier["keep"],
): Carrier => ({ group, id, write, keep });

const CARRIERS: readonly Carrier[] = [
  // Ruby on Rails and Python web frameworks.
  C(
    "rails",
    "rails-parameters-nested",
    (r, n, v) =>
      at(
        `Started POST "/session" for 10.0.${r.range(0, 9)}.${
          r.range(1, 250)
        } at 2026-03-02 11:04:19 +0000\nProcessing by SessionsController#create as HTML\n  Parameters: {"utf8"=>"✓", "user"=>{"login"=>"bob", "${
          snake(n)
        }"=>"${v}"}, "commit"=>"Sign in"}`,
        v,
      ),
    (r) => [
      `  Parameters: {"utf8"=>"✓", "user"=>{"login"=>"bob", "password"=>"[FILTERED]"}, "commit"=>"Sign in"}`,
      `  Parameters: {"id"=>"${r.range(100, 99999)}", "sha"=>"${hex(r, 40)}", "format"=>"json"}`,
    ],
  ),
  C(
    "rails",
    "rails-parameters-flat",
    (_r, n, v) =>
      at(`I, [2026-03-02T11:04:19.233 #4127]  INFO -- :   Parameters: {"${snake(n)}"=>"${v}"}`, v),
    (r) => [
      `I, [2026-03-02T11:04:19.233 #4127]  INFO -- :   Parameters: {"api_key"=>"[FILTERED]", "page"=>"2"}`,
      `I, [2026-03-02T11:04:19.233 #4127]  INFO -- :   Parameters: {"request_id"=>"${uuid(r)}"}`,
    ],
  ),
  C(
    "django",
    "django-technical-500-post",
    (_r, n, v) =>
      at(
        `Request information:\nUSER: AnonymousUser\n\nGET: No GET data\n\nPOST:\nusername = 'bob'\n${
          snake(n)
        } = '${v}'\n\nFILES: No FILES data`,
        v,
      ),
    () => [
      "POST:\nusername = 'bob'\npassword = '********************'\n\nFILES: No FILES data",
    ],
  ),
  C(
    "django",
    "django-settings-databases",
    (_r, n, v) =>
      at(
        `Settings:\nUsing settings module shop.settings\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'pg', 'NAME': 'shop', '${
          upper(n)
        }': '${v}', 'PORT': '5432'}}`,
        v,
      ),
    (r) => [
      "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'pg', 'PASSWORD': '********************', 'PORT': '5432'}}",
      `SECRET_KEY = '********************'\nSTATIC_ROOT = '/srv/shop/static/${hex(r, 8)}'`,
    ],
  ),
  C(
    "flask",
    "werkzeug-console",
    (_r, n, v) => at(`[console ready]\n>>> app.config["${upper(n)}"]\n'${v}'\n>>>`, v),
    (r) => [
      `[console ready]\n>>> app.config["SQLALCHEMY_DATABASE_URI"]\n'sqlite:////srv/app/instance/app.db'\n>>> app.config["BUILD_ID"]\n'${
        hex(r, 12)
      }'`,
    ],
  ),
  C(
    "python",
    "pytest-showlocals",
    (_r, n, v) =>
      at(
        `client     = <FlaskClient <Flask 'app'>>\n${
          snake(n).padEnd(10)
        } = '${v}'\nresp       = <WrapperTestResponse streamed [401 UNAUTHORIZED]>\n\ntests/test_auth.py:42: AssertionError`,
        v,
      ),
    (r) => [
      `client     = <FlaskClient <Flask 'app'>>\nrequest_id = '${
        uuid(r)
      }'\nresp       = <WrapperTestResponse streamed [200 OK]>`,
      `password   = None\nresp       = <WrapperTestResponse streamed [401 UNAUTHORIZED]>`,
    ],
  ),
  C(
    "python",
    "rich-locals-panel",
    (_r, n, v) =>
      at(
        `│ ╭──────────── locals ─────────────╮ │\n│ │     self = <Client at 0x7f3a2c>   │ │\n│ │ ${
          snake(n)
        } = '${v}' │ │\n│ ╰──────────────────────────────────╯ │`,
        v,
      ),
    (r) => [
      `│ │     self = <Client at 0x7f3a2c>   │ │\n│ │  commit = '${hex(r, 40)}' │ │`,
    ],
  ),
  C(
    "python",
    "pydantic-repr",
    (_r, n, v) =>
      at(
        `Settings(app_name='billing', debug=False, ${
          snake(n)
        }='${v}', db_password=SecretStr('**********'))`,
        v,
      ),
    (r) => [
      `Settings(app_name='billing', debug=False, db_password=SecretStr('**********'), build='${
        version(r)
      }')`,
      `Settings(api_key=SecretStr('**********'), region='eu-west-1')`,
    ],
  ),
  // Go.
  C(
    "go",
    "go-plus-v",
    (r, n, v) =>
      at(`config loaded: {Host:db-${r.range(1, 9)} User:app ${pascal(n)}:${v} Port:5432}`, v),
    (r) => [
      `config loaded: {Host:db-1 User:app Password: Port:5432}`,
      `config loaded: {Host:db-1 ID:${uuid(r)} Digest:sha256:${hex(r, 64)}}`,
    ],
  ),
  C(
    "go",
    "go-pointer-struct",
    (_r, n, v) => at(`client: &{BaseURL:https://api.internal ${pascal(n)}:${v} Timeout:30s}`, v),
    (r) => [`client: &{BaseURL:https://api.internal RequestID:${uuid(r)} Timeout:30s}`],
  ),
  C(
    "go",
    "go-sharp-v",
    (_r, n, v) =>
      at(`main.Config{Host:"db", ${pascal(n)}:"${v}", Port:5432, TLS:(*tls.Config)(nil)}`, v),
    (r) => [
      `main.Config{Host:"db", Password:"", Port:5432, Version:"${version(r)}"}`,
      `main.Config{Host:"db", Commit:"${hex(r, 40)}", Port:5432}`,
    ],
  ),
  C(
    "go",
    "go-panic-struct",
    (_r, n, v) =>
      at(
        `panic: login rejected: &{Name:bob ${
          pascal(n)
        }:${v}}\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/api/main.go:57 +0x1d4\nexit status 2`,
        v,
      ),
    (r) => [
      `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${
        hex(r, 6)
      }]\n\ngoroutine 1 [running]:`,
    ],
  ),
  C(
    "go",
    "go-map",
    (_r, n, v) => at(`headers=map[${snake(n)}:${v} content-type:application/json]`, v),
    (r) => [`headers=map[content-type:application/json x-request-id:${uuid(r)}]`],
  ),
  // JVM languages.
  C(
    "jvm",
    "lombok-tostring",
    (r, n, v) =>
      at(`saving User(id=${r.range(1, 9999)}, name=bob, ${camel(n)}=${v}, active=true)`, v),
    (r) => [
      `saving User(id=${r.range(1, 9999)}, name=bob, password=null, active=true)`,
      `saving User(id=${r.range(1, 9999)}, name=bob, externalId=${uuid(r)}, active=true)`,
    ],
  ),
  C(
    "jvm",
    "kotlin-data-class-nested",
    (_r, n, v) =>
      at(
        `DbConfig(url=jdbc:postgresql://pg:5432/app, credentials=Credentials(username=app, ${
          camel(n)
        }=${v}), poolSize=10)`,
        v,
      ),
    (r) => [
      `DbConfig(url=jdbc:postgresql://pg:5432/app, credentials=Credentials(username=app, password=****), poolSize=10)`,
      `Build(version=${version(r)}, commit=${hex(r, 40)})`,
    ],
  ),
  C(
    "jvm",
    "java-record",
    (_r, n, v) =>
      at(`ApiClientConfig[baseUrl=https://api.internal, ${camel(n)}=${v}, retries=3]`, v),
    (r) => [`ApiClientConfig[baseUrl=https://api.internal, tenantId=${uuid(r)}, retries=3]`],
  ),
  C(
    "jvm",
    "java-map-tostring",
    (_r, n, v) => at(`props: {user=app, ${snake(n)}=${v}, port=5432}`, v),
    (r) => [`props: {user=app, schema=${hex(r, 8)}, port=5432}`],
  ),
  C(
    "jvm",
    "scala-map",
    (_r, n, v) => at(`Map(user -> app, ${camel(n)} -> ${v}, region -> eu-west-1)`, v),
    (r) => [`Map(user -> app, traceId -> ${hex(r, 32)}, region -> eu-west-1)`],
  ),
  // .NET.
  C(
    "dotnet",
    "serilog-destructured",
    (_r, n, v) =>
      at(`[11:04:19 INF] Signing in LoginRequest { UserName: "bob", ${pascal(n)}: "${v}" }`, v),
    (r) => [
      `[11:04:19 INF] Signing in LoginRequest { UserName: "bob", CorrelationId: "${uuid(r)}" }`,
    ],
  ),
  C(
    "dotnet",
    "csharp-record",
    (_r, n, v) => at(`LoginRequest { UserName = bob, ${pascal(n)} = ${v}, Remember = True }`, v),
    (r) => [`LoginRequest { UserName = bob, ClientVersion = ${version(r)}, Remember = True }`],
  ),
  C(
    "dotnet",
    "serilog-json",
    (_r, n, v) =>
      at(
        `{"@t":"2026-03-02T11:04:19.2330000Z","@mt":"Calling {@Options}","Options":{"Endpoint":"https://api.internal","${
          pascal(n)
        }":"${v}","_typeTag":"ClientOptions"}}`,
        v,
      ),
    (r) => [
      `{"@t":"2026-03-02T11:04:19.2330000Z","@mt":"Calling {@Options}","Options":{"Endpoint":"https://api.internal","ApiKey":"***","TraceId":"${
        hex(r, 32)
      }"}}`,
    ],
  ),
  // Elixir and Erlang.
  C(
    "beam",
    "elixir-map-atoms",
    (_r, n, v) => at(`[info] auth params: %{${snake(n)}: "${v}", username: "bob"}`, v),
    (r) => [
      `[info] auth params: %{password: "[REDACTED]", username: "bob"}`,
      `[info] job: %{id: ${r.range(1, 99999)}, ref: "${uuid(r)}"}`,
    ],
  ),
  C(
    "beam",
    "elixir-map-strings",
    (_r, n, v) => at(`Parameters: %{"${snake(n)}" => "${v}", "user" => "bob"}`, v),
    () => [`Parameters: %{"password" => "[FILTERED]", "user" => "bob"}`],
  ),
  C(
    "beam",
    "elixir-struct",
    (_r, n, v) => at(`%MyApp.Accounts.Credential{${snake(n)}: "${v}", user_id: 42}`, v),
    (
      r,
    ) => [
      `%MyApp.Accounts.Credential{id: ${r.range(1, 999)}, inserted_at: ~N[2026-03-02 11:04:19]}`,
    ],
  ),
  C(
    "beam",
    "erlang-map-binaries",
    (_r, n, v) => at(`#{${snake(n)} => <<"${v}">>,user => <<"bob">>}`, v),
    (r) => [`#{node => <<"rabbit@mq-${r.range(1, 9)}">>,user => <<"bob">>}`],
  ),
  C(
    "beam",
    "erlang-proplist",
    (_r, n, v) => at(`[{host,"mq.internal"},{${snake(n)},"${v}"},{port,5672}]`, v),
    () => [`[{host,"mq.internal"},{password,undefined},{port,5672}]`],
  ),
  // Node.
  C(
    "node",
    "util-inspect",
    (_r, n, v) => at(`{ ${camel(n)}: '${v}', region: 'eu-west-1' }`, v),
    (r) => [`{ apiKey: undefined, region: 'eu-west-1' }`, `{ requestId: '${uuid(r)}' }`],
  ),
  C(
    "node",
    "console-dir-nested",
    (_r, n, v) =>
      at(
        `{\n  user: 'bob',\n  auth: { ${camel(n)}: '${v}', expiresIn: 3600 },\n  retries: 2\n}`,
        v,
      ),
    (
      r,
    ) => [
      `{\n  user: 'bob',\n  auth: { type: 'bearer', expiresIn: 3600 },\n  sha: '${hex(r, 40)}'\n}`,
    ],
  ),
  C(
    "node",
    "pino-json",
    (r, n, v) =>
      at(
        `{"level":30,"time":${r.digits(13)},"pid":${
          r.range(1, 9999)
        },"hostname":"api-7d9f","req":{"method":"GET","url":"/v1/me","headers":{"${
          kebabLower(n)
        }":"${json(v)}","accept":"*/*"}},"msg":"request completed"}`,
        json(v),
      ),
    (r) => [
      `{"level":30,"time":${
        r.digits(13)
      },"pid":12,"hostname":"api-7d9f","req":{"headers":{"authorization":"[Redacted]","x-request-id":"${
        uuid(r)
      }"}},"msg":"request completed"}`,
    ],
  ),
  C(
    "node",
    "winston-simple",
    (_r, n, v) =>
      at(`info: login attempt {"user":"bob","${camel(n)}":"${json(v)}","service":"auth"}`, json(v)),
    (r) => [`info: login attempt {"user":"bob","traceId":"${hex(r, 32)}","service":"auth"}`],
  ),
  C(
    "node",
    "bunyan",
    (r, n, v) =>
      at(
        `{"name":"api","hostname":"web-1","pid":${r.range(1, 9999)},"level":30,"${camel(n)}":"${
          json(v)
        }","msg":"upstream configured","time":"${ts(r)}","v":0}`,
        json(v),
      ),
    (r) => [
      `{"name":"api","hostname":"web-1","pid":7,"level":30,"build":"${
        version(r)
      }","msg":"upstream configured","time":"${ts(r)}","v":0}`,
    ],
  ),
  // Database statement logs.
  C(
    "sql",
    "pg-alter-user",
    (r, _n, v) =>
      at(
        `${ts(r)} UTC [${
          r.range(100, 9999)
        }] postgres@app LOG:  statement: ALTER USER app WITH PASSWORD '${v}';`,
        v,
      ),
    (r) => [
      `${ts(r)} UTC [812] postgres@app LOG:  statement: ALTER USER app VALID UNTIL '2027-01-01';`,
    ],
  ),
  C(
    "sql",
    "pg-create-role",
    (_r, _n, v) =>
      at(
        `LOG:  statement: CREATE ROLE etl WITH LOGIN ENCRYPTED PASSWORD '${v}' VALID UNTIL 'infinity';`,
        v,
      ),
    () => [`LOG:  statement: CREATE ROLE etl WITH LOGIN CONNECTION LIMIT 5;`],
  ),
  C(
    "sql",
    "mysql-create-user",
    (r, _n, v) =>
      at(`${ts(r)}\t   ${r.range(8, 99)} Query\tCREATE USER 'app'@'%' IDENTIFIED BY '${v}'`, v),
    (r) => [`${ts(r)}\t   12 Query\tCREATE USER 'app'@'%' IDENTIFIED WITH auth_socket`],
  ),
  C(
    "sql",
    "mysql-set-password",
    (_r, _n, v) => at(`Query\tSET PASSWORD FOR 'report'@'localhost' = '${v}'`, v),
    () => [`Query\tSELECT user, host FROM mysql.user WHERE account_locked = 'N'`],
  ),
  C(
    "sql",
    "mysql-alter-identified-with",
    (_r, _n, v) => at(`ALTER USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY '${v}';`, v),
    () => [`ALTER USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY '*****';`],
  ),
  C(
    "sql",
    "oracle-identified-by",
    (_r, _n, v) =>
      at(`SQL> ALTER USER scott IDENTIFIED BY "${v}" ACCOUNT UNLOCK;\n\nUser altered.`, v),
    () => [`SQL> ALTER USER scott IDENTIFIED EXTERNALLY;\n\nUser altered.`],
  ),
  C(
    "sql",
    "mongo-create-user",
    (_r, _n, v) =>
      at(`admin> db.createUser({ user: "reporting", pwd: "${v}", roles: [ "read" ] })`, v),
    () => [
      `admin> db.createUser({ user: "reporting", pwd: passwordPrompt(), roles: [ "read" ] })`,
    ],
  ),
  // Connection strings.
  C(
    "connect",
    "db2-jdbc",
    (_r, _n, v) => at(`jdbc:db2://db2.internal:50000/SAMPLE:user=db2inst1;password=${v};`, v),
    () => [
      `jdbc:db2://db2.internal:50000/SAMPLE:currentSchema=APP;retrieveMessagesFromServerOnGetMessage=true;`,
    ],
  ),
  C(
    "connect",
    "mysql-odbc",
    (_r, _n, v) =>
      at(
        `Driver={MySQL ODBC 8.0 Unicode Driver};Server=mysql.internal;Database=shop;User=app;Password=${v};Option=3;`,
        v,
      ),
    () => [`Driver={MySQL ODBC 8.0 Unicode Driver};Server=mysql.internal;Database=shop;Option=3;`],
  ),
  C(
    "connect",
    "adonet-quoted",
    (_r, _n, v) =>
      at(
        `Data Source=tcp:sql.internal,1433;Initial Catalog=crm;User ID=app;Password="${v}";Connect Timeout=30`,
        v,
      ),
    () => [`Data Source=tcp:sql.internal,1433;Initial Catalog=crm;Integrated Security=SSPI;`],
  ),
  C(
    "connect",
    "npgsql",
    (_r, _n, v) =>
      at(`Host=pg;Port=5432;Username=app;Password=${v};Database=orders;Pooling=true`, v),
    () => [`Host=pg;Port=5432;Username=app;Database=orders;Pooling=true`],
  ),
  C(
    "connect",
    "mongo-srv-error",
    (_r, _n, v) => {
      const w = encodeURIComponent(v);
      return at(
        `MongoServerSelectionError: connection timed out while connecting to mongodb+srv://app:${w}@cluster0.x1y2z.mongodb.net/?retryWrites=true&w=majority`,
        w,
      );
    },
    () => [`MongoServerSelectionError: getaddrinfo ENOTFOUND cluster0.x1y2z.mongodb.net`],
  ),
  C(
    "connect",
    "celery-banner",
    (_r, _n, v) => {
      const w = encodeURIComponent(v);
      return at(
        `- ** ---------- [config]\n- ** ---------- .> app:         tasks:0x7f3a2c1d\n- ** ---------- .> transport:   amqp://app:${w}@rabbit:5672//\n- ** ---------- .> results:     disabled://`,
        w,
      );
    },
    () => [
      `- ** ---------- .> transport:   amqp://app:**@rabbit:5672//\n- ** ---------- .> results:     disabled://`,
    ],
  ),
  C(
    "connect",
    "sidekiq-redis",
    (_r, _n, v) => {
      const w = encodeURIComponent(v);
      return at(
        `INFO: Booting Sidekiq 7.2.4 with Sidekiq::RedisConnection::RedisClientAdapter options {:url=>"redis://:${w}@redis:6379/0"}`,
        w,
      );
    },
    () => [
      `INFO: Booting Sidekiq 7.2.4 with Sidekiq::RedisConnection::RedisClientAdapter options {:url=>"redis://:REDACTED@redis:6379/0"}`,
    ],
  ),
  C(
    "connect",
    "rediss-user",
    (_r, _n, v) => {
      const w = encodeURIComponent(v);
      return at(`Connecting to Redis at rediss://worker:${w}@cache.internal:6380/2 (tls)`, w);
    },
    () => [`Connecting to Redis at rediss://cache.internal:6380/2 (tls)`],
  ),
  C(
    "connect",
    "sqlalchemy-create-engine",
    (_r, _n, v) => {
      const w = encodeURIComponent(v);
      return at(
        `engine = create_engine("mysql+pymysql://app:${w}@db.internal/shop?charset=utf8mb4")`,
        w,
      );
    },
    () => [`INFO sqlalchemy.engine.Engine Engine(postgresql+psycopg2://app:***@db/app)`],
  ),
  C(
    "connect",
    "kafka-jaas",
    (_r, _n, v) =>
      at(
        `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="svc-orders" password="${v}";`,
        v,
      ),
    () => [
      `\tsasl.jaas.config = [hidden]\n\tsasl.mechanism = SCRAM-SHA-512\n\tssl.truststore.password = [hidden]`,
    ],
  ),
  C(
    "connect",
    "kafka-config-dump",
    (_r, n, v) => at(`\tssl.${snake(n).replaceAll("_", ".")} = ${v}\n\tssl.protocol = TLSv1.3`, v),
    () => [`\tssl.keystore.password = [hidden]\n\tssl.keystore.type = JKS`],
  ),
  // HTTP clients and archives.
  C(
    "http",
    "curl-v-http2",
    (_r, n, v) =>
      at(
        `* using HTTP/2\n> GET /v1/me HTTP/2\n> Host: api.internal\n> ${
          kebabLower(n)
        }: ${v}\n> user-agent: curl/8.5.0\n> accept: */*\n>`,
        v,
      ),
    (r) => [`> GET /v1/me HTTP/2\n> Host: api.internal\n> x-request-id: ${uuid(r)}\n> accept: */*`],
  ),
  C(
    "http",
    "curl-v-authorization",
    (_r, _n, v) =>
      at(`> POST /api/v2/jobs HTTP/1.1\n> authorization: token ${v}\n> Content-Length: 42`, v),
    () => [`> POST /api/v2/jobs HTTP/1.1\n> authorization: Basic <redacted>\n> Content-Length: 42`],
  ),
  C(
    "http",
    "curl-trace-ascii",
    (_r, n, v) =>
      at(
        `=> Send header, 156 bytes (0x9c)\n0000: GET /v1/items HTTP/1.1\n0018: Host: api.internal\n002c: ${
          upper(n).replaceAll("_", "-")
        }: ${v}\n0076: Accept: */*`,
        v,
      ),
    (
      r,
    ) => [
      `=> Send header, 98 bytes (0x62)\n0000: GET /v1/items/${
        uuid(r)
      } HTTP/1.1\n0018: Host: api.internal`,
    ],
  ),
  C(
    "http",
    "httpie-header-arg",
    (_r, n, v) => at(`$ http POST api.internal/v1/deploy ${kebabLower(n)}:${v} ref=main`, v),
    () => [`$ http POST api.internal/v1/deploy X-Request-Id:42 ref=main`],
  ),
  C(
    "http",
    "httpie-auth",
    (_r, _n, v) => at(`$ http -a deploy:${v} GET https://registry.internal/v2/_catalog`, v),
    () => [`$ http -a deploy GET https://registry.internal/v2/_catalog`],
  ),
  C(
    "http",
    "wget-header",
    (_r, _n, v) =>
      at(`wget -q --header="Authorization: Bearer ${v}" https://files.internal/export.csv`, v),
    () => [`wget -q --header="Accept: text/csv" https://files.internal/export.csv`],
  ),
  C(
    "http",
    "har-header",
    (_r, n, v) =>
      at(
        `        "headers": [\n          { "name": "${kebabLower(n)}", "value": "${
          json(v)
        }" },\n          { "name": "accept", "value": "application/json" }\n        ],`,
        json(v),
      ),
    (r) => [
      `        "headers": [\n          { "name": "etag", "value": "W/\\"${
        hex(r, 16)
      }\\"" },\n          { "name": "accept", "value": "application/json" }\n        ],`,
    ],
  ),
  C(
    "http",
    "har-query-string",
    (_r, n, v) =>
      at(
        `"queryString": [{"name": "${snake(n)}", "value": "${
          json(v)
        }"}, {"name": "page", "value": "2"}]`,
        json(v),
      ),
    (
      r,
    ) => [
      `"queryString": [{"name": "cursor", "value": "${
        hex(r, 24)
      }"}, {"name": "page", "value": "2"}]`,
    ],
  ),
  C(
    "http",
    "postman-auth",
    (_r, _n, v) =>
      at(
        `"auth": {\n  "type": "bearer",\n  "bearer": [\n    { "key": "token", "value": "${
          json(v)
        }", "type": "string" }\n  ]\n}`,
        json(v),
      ),
    () => [
      `"auth": {\n  "type": "bearer",\n  "bearer": [\n    { "key": "token", "value": "{{access_token}}", "type": "string" }\n  ]\n}`,
    ],
  ),
  // Access logs.
  C(
    "access",
    "nginx-combined",
    (r, n, v) => {
      const w = encodeURIComponent(v);
      return at(
        `10.0.${r.range(0, 9)}.${
          r.range(1, 250)
        } - - [02/Mar/2026:11:04:19 +0000] "GET /api/export?format=csv&${
          snake(n)
        }=${w} HTTP/1.1" 200 5123 "-" "curl/8.5.0"`,
        w,
      );
    },
    (r) => [
      `unix: - - [02/Mar/2026:11:04:19 +0000] "GET /api/export?format=csv&id=${
        uuid(r)
      } HTTP/1.1" 200 5123 "-" "curl/8.5.0"`,
    ],
  ),
  C(
    "access",
    "envoy-default",
    (_r, n, v) => {
      const w = encodeURIComponent(v);
      return at(
        `[2026-03-02T11:04:19.233Z] "GET /v1/items?${
          snake(n)
        }=${w} HTTP/1.1" 200 - 0 312 12 11 "10.0.0.1" "okhttp/4.12.0" "3f2a9c1e-7b4d-4e8a-9c6f-0d1e2b3a4c5d" "api.internal" "10.1.2.3:8080"`,
        w,
      );
    },
    (r) => [
      `[2026-03-02T11:04:19.233Z] "GET /v1/items?page=${
        r.range(1, 9)
      } HTTP/1.1" 200 - 0 312 12 11 "-" "okhttp/4.12.0" "${
        uuid(r)
      }" "api.internal" "api-v1.default.svc:8080"`,
    ],
  ),
  C(
    "access",
    "haproxy-http",
    (_r, n, v) => {
      const w = encodeURIComponent(v);
      return at(
        `haproxy[2211]: 10.0.0.9:51234 [02/Mar/2026:11:04:19.233] fe_https~ be_api/api1 0/0/1/12/13 200 512 - - ---- 1/1/0/0/0 0/0 "GET /hooks/deploy?${
          snake(n)
        }=${w} HTTP/1.1"`,
        w,
      );
    },
    (r) => [
      `haproxy[2211]: unix:1 [02/Mar/2026:11:04:19.233] fe_https~ be_api/api1 0/0/1/12/13 200 512 - - ---- 1/1/0/0/0 0/0 "GET /hooks/deploy?sha=${
        hex(r, 40)
      } HTTP/1.1"`,
    ],
  ),
  // gRPC.
  C(
    "grpc",
    "grpc-go-metadata",
    (_r, n, v) =>
      at(
        `incoming metadata: map[:authority:[api.internal:443] ${
          kebabLower(n)
        }:[${v}] user-agent:[grpc-go/1.62.0]]`,
        v,
      ),
    (
      r,
    ) => [
      `incoming metadata: map[:authority:[api.internal:443] x-request-id:[${
        uuid(r)
      }] user-agent:[grpc-go/1.62.0]]`,
    ],
  ),
  C(
    "grpc",
    "grpc-java-metadata",
    (_r, _n, v) =>
      at(
        `Metadata(content-type=application/grpc,authorization=Bearer ${v},grpc-accept-encoding=gzip)`,
        v,
      ),
    () => [`Metadata(content-type=application/grpc,grpc-accept-encoding=gzip,te=trailers)`],
  ),
  C(
    "grpc",
    "grpcurl-header",
    (_r, n, v) =>
      at(`grpcurl -H '${kebabLower(n)}: ${v}' api.internal:443 billing.v1.Invoices/List`, v),
    () => [`grpcurl -H 'x-tenant: acme' api.internal:443 billing.v1.Invoices/List`],
  ),
  // CI logs.
  C(
    "ci",
    "gha-debug-evaluating",
    (_r, n, v) =>
      at(`##[debug]Evaluating: env.${upper(n)}\n##[debug]=> '${v}'\n##[debug]Result: '${v}'`, v),
    (r) => [
      `##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]=> '***'\n##[debug]Result: '***'`,
      `##[debug]Evaluating: github.sha\n##[debug]=> '${hex(r, 40)}'`,
    ],
  ),
  C(
    "ci",
    "gha-add-mask",
    (_r, _n, v) => at(`${"2026-03-02T11:04:19.2330000Z"} ::add-mask::${v}`, v),
    () => [`2026-03-02T11:04:19.2330000Z ::add-mask::***`],
  ),
  C(
    "ci",
    "set-x-export",
    (_r, n, v) => at(`+ export ${upper(n)}=${v}\n+ ./deploy.sh --env prod`, v),
    (
      r,
    ) => [
      `+ export GIT_SHA=${hex(r, 40)}\n+ ./deploy.sh --env prod`,
      `+ export DB_PASSWORD='${"${DB_PASSWORD}"}'`,
    ],
  ),
  C(
    "ci",
    "set-x-nested",
    (_r, n, v) =>
      at(
        `++ vault kv get -field=${snake(n)} secret/ci\n+ ${
          upper(n)
        }=${v}\n+ curl -fsS https://api.internal/ping`,
        v,
      ),
    (r) => [`++ git rev-parse HEAD\n+ REV=${hex(r, 40)}`],
  ),
  C(
    "ci",
    "set-x-curl-header",
    (_r, _n, v) =>
      at(`++ curl -sf -H 'Authorization: Bearer ${v}' https://api.internal/v1/deploy`, v),
    () => [`++ curl -sf -H 'Authorization: Bearer ****' https://api.internal/v1/deploy`],
  ),
  C(
    "ci",
    "gitlab-section",
    (_r, n, v) =>
      at(
        `section_start:1772449459:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting "step_script" stage of the job script\x1b[0;m\n\x1b[32;1m$ export ${
          upper(n)
        }=${v}\x1b[0;m`,
        v,
      ),
    (r) => [`\x1b[32;1m$ export CI_COMMIT_SHA=${hex(r, 40)}\x1b[0;m`],
  ),
  C(
    "ci",
    "jenkins-pipeline",
    (_r, _n, v) =>
      at(`[Pipeline] sh\n+ curl -u admin:${v} https://jenkins.internal/crumbIssuer/api/json`, v),
    () => [
      `[Pipeline] withCredentials\nMasking supported pattern matches of $PASS\n[Pipeline] sh\n+ curl -u admin:**** https://jenkins.internal/crumbIssuer/api/json`,
    ],
  ),
  // Infrastructure tools.
  C(
    "infra",
    "terraform-plan-add",
    (_r, n, v) =>
      at(
        `  # aws_db_instance.main will be created\n  + resource "aws_db_instance" "main" {\n      + engine   = "postgres"\n      + ${
          snake(n)
        } = "${v}"\n    }`,
        v,
      ),
    () => [
      `  + resource "aws_db_instance" "main" {\n      + engine   = "postgres"\n      + password = (sensitive value)\n    }`,
    ],
  ),
  C(
    "infra",
    "terraform-plan-change",
    (_r, n, v) => at(`      ~ ${snake(n)} = "${v}" -> (known after apply)`, v),
    (r) => [
      `      ~ token = (sensitive value)`,
      `      ~ image_tag = "${version(r)}" -> "${version(r)}"`,
    ],
  ),
  C(
    "infra",
    "ansible-vvv",
    (_r, n, v) =>
      at(
        `ok: [web1] => {\n    "changed": false,\n    "invocation": {\n        "module_args": {\n            "login_${
          snake(n)
        }": "${json(v)}",\n            "login_user": "root"\n        }\n    }\n}`,
        json(v),
      ),
    () => [
      `            "login_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",\n            "login_user": "root"`,
    ],
  ),
  C(
    "infra",
    "helm-set",
    (r, n, v) =>
      at(
        `helm upgrade --install api ./chart --set image.tag=${version(r)} --set ${
          camel(n)
        }=${v} --wait`,
        v,
      ),
    (
      r,
    ) => [
      `helm upgrade --install api ./chart --set image.tag=${
        version(r)
      } --set replicaCount=3 --wait`,
    ],
  ),
  C(
    "infra",
    "kubectl-describe-env",
    (_r, n, v) =>
      at(`    Environment:\n      ${upper(n)}:  ${v}\n      LOG_LEVEL:    info\n    Mounts:`, v),
    () => [
      `    Environment:\n      DB_PASSWORD:  <set to the key 'password' in secret 'db'>  Optional: false\n      LOG_LEVEL:    info`,
    ],
  ),
  C(
    "infra",
    "docker-inspect-env",
    (_r, n, v) =>
      at(
        `            "Env": [\n                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",\n                "${
          upper(n)
        }=${json(v)}",\n                "LANG=C.UTF-8"\n            ],`,
        json(v),
      ),
    (
      r,
    ) => [
      `            "Env": [\n                "GIT_SHA=${
        hex(r, 40)
      }",\n                "LANG=C.UTF-8"\n            ],`,
    ],
  ),
  C(
    "infra",
    "docker-run-env",
    (_r, n, v) =>
      at(
        `docker run -d --name pg -e ${
          upper(n)
        }=${v} -e PGDATA=/var/lib/postgresql/data postgres:16`,
        v,
      ),
    () => [
      `docker run -d --name pg -e POSTGRES_PASSWORD_FILE=/run/secrets/pg -e PGDATA=/var/lib/postgresql/data postgres:16`,
    ],
  ),
  C(
    "infra",
    "systemd-environment",
    (_r, n, v) => at(`Environment="${upper(n)}=${v}" "NODE_ENV=production"`, v),
    () => [`Environment="NODE_ENV=production" "PORT=8080"`],
  ),
  C(
    "infra",
    "systemctl-show",
    (_r, n, v) => at(`Environment=NODE_ENV=production ${upper(n)}=${v} PORT=8080`, v),
    () => [`EnvironmentFiles=/etc/api/env (ignore_errors=no)`],
  ),
  // Configuration files.
  C(
    "config",
    "dotenv-comment",
    (_r, n, v) => at(`${upper(n)}=${v} # rotated 2026-01-12`, v),
    () => [`DB_PASSWORD= # set in vault`, `API_KEY=changeme # placeholder`],
  ),
  C(
    "config",
    "toml-inline-table",
    (_r, n, v) => at(`db = { user = "app", ${snake(n)} = "${v}", port = 5432 }`, v),
    (r) => [`db = { user = "app", schema = "s_${hex(r, 6)}", port = 5432 }`],
  ),
  C(
    "config",
    "properties-blank-separator",
    (_r, n, v) => at(`${n.join(".")} ${v}`, v),
    () => [`db.password.file /etc/secrets/db`],
  ),
  C(
    "config",
    "properties-colon",
    (_r, n, v) => at(`app.${n.join(".")}: ${v}`, v),
    () => [`app.password.min-length: 12`],
  ),
  C(
    "config",
    "yaml-folded-strip",
    (_r, n, v) => at(`  ${snake(n)}: >-\n    ${v}\n  region: eu-west-1`, v),
    () => [
      `  description: >-\n    The password is read from the vault at start-up.\n  region: eu-west-1`,
    ],
  ),
  C(
    "config",
    "yaml-literal-keep",
    (_r, n, v) => at(`${snake(n)}: |+\n  ${v}\n\nnext: 1`, v),
    () => [`notes: |+\n  rotate the token monthly\n\nnext: 1`],
  ),
  // Windows.
  C(
    "windows",
    "cmdkey",
    (_r, _n, v) => at(`C:\\> cmdkey /generic:TERMSRV/rdp01 /user:CORP\\svc_rdp /pass:${v}`, v),
    () => [`C:\\> cmdkey /generic:TERMSRV/rdp01 /user:CORP\\svc_rdp /pass`],
  ),
  C(
    "windows",
    "convertto-securestring",
    (_r, _n, v) => at(`$pw = ConvertTo-SecureString "${v}" -AsPlainText -Force`, v),
    () => [`$pw = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force`],
  ),
  C(
    "windows",
    "convertto-securestring-named",
    (_r, _n, v) =>
      at(`ConvertTo-SecureString -String '${v}' -AsPlainText -Force | Set-Variable sec`, v),
    () => [`ConvertTo-SecureString -String $plain -AsPlainText -Force | Set-Variable sec`],
  ),
  C(
    "windows",
    "net-use",
    (_r, _n, v) =>
      at(`C:\\> net use \\\\fs01\\deploy ${v} /user:CORP\\svc_deploy /persistent:no`, v),
    () => [`C:\\> net use \\\\fs01\\deploy /user:CORP\\svc_deploy /persistent:no`],
  ),
  // Mail transcripts.
  C(
    "mail",
    "smtp-auth-plain",
    (_r, _n, v) => {
      const w = b64(`\0mailer@acme.test\0${v}`);
      return at(
        `C: EHLO relay.internal\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN ${w}\nS: 235 2.7.0 Authentication successful`,
        w,
      );
    },
    () => [`C: EHLO relay.internal\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN\nS: 334`],
  ),
  C(
    "mail",
    "smtp-auth-login",
    (_r, _n, v) => {
      const w = b64(v);
      return at(
        `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: bWFpbGVy\nS: 334 UGFzc3dvcmQ6\nC: ${w}\nS: 235 2.7.0 Accepted`,
        w,
      );
    },
    () => [
      `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: *\nS: 501 5.7.0 Authentication canceled`,
    ],
  ),
  C(
    "mail",
    "imap-login",
    (r, _n, v) => at(`C: a${r.digits(3)} LOGIN bob "${v}"\nS: a001 OK LOGIN completed`, v),
    () => [`C: a001 LOGIN bob {8}\nS: + Ready for literal data`],
  ),
  // Directory, source control and package managers.
  C(
    "ldap",
    "ldapsearch-w",
    (_r, _n, v) =>
      at(
        `ldapsearch -x -H ldaps://ldap.internal -D "cn=admin,dc=corp,dc=test" -w '${v}' -b "ou=people,dc=corp,dc=test"`,
        v,
      ),
    () => [
      `ldapsearch -x -H ldaps://ldap.internal -D "cn=admin,dc=corp,dc=test" -W -b "ou=people,dc=corp,dc=test"`,
    ],
  ),
  C(
    "git",
    "git-remote-v",
    (_r, _n, v) =>
      at(
        `origin\thttps://x-access-token:${v}@github.com/acme/infra.git (fetch)\norigin\thttps://x-access-token:${v}@github.com/acme/infra.git (push)`,
        v,
      ),
    () => [
      `origin\tgit@github.com:acme/infra.git (fetch)\norigin\tgit@github.com:acme/infra.git (push)`,
    ],
  ),
  C(
    "packages",
    "npm-config-set",
    (_r, _n, v) => at(`npm config set //npm.pkg.github.com/:_authToken ${v}`, v),
    () => [
      `; "user" config from /home/ci/.npmrc\n\n//registry.npmjs.org/:_authToken = (protected)`,
    ],
  ),
  C(
    "packages",
    "yarnrc-yml",
    (_r, _n, v) =>
      at(
        `npmRegistries:\n  "https://npm.internal":\n    npmAlwaysAuth: true\n    npmAuthToken: ${v}`,
        v,
      ),
    () => [
      `npmRegistries:\n  "https://npm.internal":\n    npmAlwaysAuth: true\n    npmAuthToken: "${"${NPM_TOKEN}"}"`,
    ],
  ),
  C(
    "packages",
    "pip-config-list",
    (_r, _n, v) => {
      const w = encodeURIComponent(v);
      return at(`global.extra-index-url='https://ci:${w}@pypi.internal/simple/'`, w);
    },
    () => [`global.index-url='https://pypi.org/simple'\nglobal.timeout='60'`],
  ),
  C(
    "packages",
    "gradle-properties",
    (_r, n, v) => at(`org.gradle.project.${camel(n)}=${v}`, v),
    (r) => [`org.gradle.jvmargs=-Xmx2g\nversion=${version(r)}`],
  ),
];

const GENERIC_NAMES: readonly (readonly string[])[] = [
  ["password"],
  ["db", "password"],
  ["api", "key"],
  ["client", "secret"],
  ["auth", "token"],
  ["access", "token"],
  ["secret", "key"],
  ["signing", "secret"],
  ["passwd"],
  ["private", "token"],
];

/** Symbols no carrier quotes or splits on (no quote, blank, `,` `;` `&` `=` `@` `:` `/` `$` `\`). */
const SYMBOLS = "!#%*+-._~^";

/** A generic secret: a password with symbols, a random token or a hex key, by `k`. */
export function genericValue(r: Rand, k: number): string {
  const words = ["Falcon", "Quartz", "Lantern", "Meadow", "Copper", "Nimbus", "Saffron"];
  switch (k % 3) {
    case 0:
      return `${r.pick(words)}${r.pick([...SYMBOLS])}${r.digits(3)}${mixed(r, 5)}${
        mixed(r, r.range(2, 6), ALNUM + SYMBOLS)
      }${mixed(r, 1)}`;
    case 1:
      return mixed(r, r.range(24, 40));
    default:
      return hex(r, r.pick([32, 40, 64]));
  }
}

/** Self-identifying provider tokens the engine's detectors generate, by detector id. */
export function providerTokens(r: Rand): { id: string; token: string }[] {
  const out: { id: string; token: string }[] = [];
  const random = () => r.next();
  for (const detector of DETECTORS) {
    const format = formatOf(detector);
    if (format?.kind !== "token") continue;
    const token = generateAccepted(detector, format, random);
    if (token === undefined || token.contextual) continue;
    // Carriers quote with ' " and split on blanks, commas and brackets: such tokens stay out.
    if (/[\s'",;()[\]{}<>\\]/.test(token.text)) continue;
    out.push({ id: detector.id, token: token.text });
  }
  return out;
}

/**
 * A corpus's cases as they are added, each checked to hold its secrets: ids and types prefixed
 * with `tag` (`c16`), the origin `origin` (`carriers16`, `carriers16-benign`).
 */
export class Corpus {
  readonly cases: Case[] = [];
  constructor(readonly tag = "c16", readonly origin = "carriers16") {}
  add(kind: "secret" | "benign", type: string, text: string, secrets: string[] = []): void {
    for (const s of secrets) {
      if (!text.includes(s)) throw new Error(`${type}: secret not in its text: ${s}`);
    }
    this.cases.push({
      id: `${this.tag}-${String(this.cases.length).padStart(4, "0")}`,
      kind,
      type: `${this.tag}:${type}`,
      text,
      secrets,
      expect_unchanged: kind === "benign",
      origin: kind === "benign" ? `${this.origin}-benign` : this.origin,
    });
  }
}

/** The carriers' ids, in order (the floors test and the per-carrier report read them). */
export const CARRIER_IDS: readonly string[] = CARRIERS.map((c) => `${c.group}:${c.id}`);

/**
 * The corpus for `seed` (the stored one: 1): per carrier four generic values (under names the
 * seed picks) and two provider tokens the seed picks, then its benign twins.
 */
export function generateCarriers16(seed = 1): Case[] {
  const r = new Rand(seed);
  const c = new Corpus();
  const tokens = providerTokens(new Rand(seed + 7919));
  CARRIERS.forEach((carrier, f) => {
    const type = `${carrier.group}:${carrier.id}`;
    for (let k = 0; k < 4; k++) {
      const name = r.pick(GENERIC_NAMES);
      const { text, written } = carrier.write(r, name, genericValue(r, k + f));
      c.add("secret", `${type}:generic`, text, [written]);
    }
    for (let k = 0; k < 2; k++) {
      const { id, token } = r.pick(tokens);
      const { text, written } = carrier.write(r, ["upstream", "ref"], token);
      c.add("secret", `${type}:${id}`, text, [written]);
    }
    for (const text of carrier.keep(r)) c.add("benign", type, text);
  });
  return c.cases;
}

export const carriers16Text = (cases: readonly Case[]) =>
  cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const seed = Number(Deno.args[0] ?? 1);
  const cases = generateCarriers16(seed);
  // Seed 1 is the stored file; another seed is written where the second argument says.
  const out = Deno.args[1] ? new URL(Deno.args[1], `file://${Deno.cwd()}/`) : CARRIERS16_FILE;
  if (seed !== 1 && !Deno.args[1]) throw new Error("give the file to write another seed to");
  await Deno.writeTextFile(out, carriers16Text(cases));
  const by = Map.groupBy(cases, (c) => c.kind);
  console.log(
    out.pathname,
    CARRIERS.length,
    "carriers,",
    [...by].map(([k, v]) => `${k} ${v.length}`).join(", "),
  );
}
