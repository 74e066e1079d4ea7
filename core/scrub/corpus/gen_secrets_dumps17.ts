/**
 * Writes the seventeenth secret corpus, ./secrets_dumps17.jsonl: secrets inside the object
 * printouts of every runtime (what a language's default formatter writes when a log line holds an
 * object), each printout behind a real log line prefix (timestamp, level, logger) and, where the
 * formatter breaks lines, written over several lines. Every printout is crossed with generic
 * passwords and keys under secret names (spelled as the language spells fields) and with generated
 * tokens of the engine's own provider detectors (./provider_cases.ts) under neutral names; beside
 * each its benign twins: the same printout with only non-secret fields, masked values
 * (`[FILTERED]`, `***`, `<redacted>`, `SecretStr('**********')`), empty, nil, None and null
 * values, and references to a secret kept elsewhere (`password_env`, `${DB_PASSWORD}`).
 *
 * Printouts: PHP `print_r`, `var_dump`, `var_export`; Perl `Data::Dumper` (indented, terse,
 * blessed); Ruby `inspect` (objects, structs, ActiveRecord, `=>` hashes, Ruby 3.4 hashes, `pp`);
 * Python `repr` of dicts, dataclasses, namedtuples, attrs, pydantic (`repr` and `str`), `pprint`;
 * Rust `{:?}` and `{:#?}`; Go `%v` maps, `%+v` (with empty fields beside the secret), `%#v`;
 * Elixir structs, keyword lists, Ecto schemas; Erlang records and reports; Java IDE `toString`,
 * Apache `ToStringBuilder`, Lombok; Kotlin data classes; C# records and anonymous objects, Serilog's
 * destructured `NetworkCredential`; Swift `dump` and `print`; Dart maps and `freezed`; Haskell
 * `show` of records; OCaml `ppx_deriving` and the toplevel; Lua `inspect` and `serpent`; Node
 * `util.inspect` (one line, several lines, class names, `Map`); protobuf text format and Go's
 * protobuf `%v`; gRPC metadata as Go, Python and Java print it; Objective-C's `description`;
 * PowerShell's `Format-List`; R's `str`; Clojure maps; Julia named tuples. Then dumpers and pretty
 * printers beside them: go-spew, Go's `%#v` of a map and `os.Environ()`, Symfony's VarDumper
 * (`dd()`), F# `%A` records and options, PowerShell's hashtable table, Groovy maps, Java's
 * `System.getenv()` and Spring's `HttpHeaders`, Rust's `{:#?}` of a map, rich's pretty repr,
 * Python's instance `__dict__` (private and name-mangled fields), `os.environ`, requests' headers,
 * `SimpleNamespace`, Ruby's `OpenStruct`, `Data` and awesome_print, Elixir's pretty maps, Erlang's
 * records over several lines, Clojure records, OCaml s-expressions, Swift's `dump` of a dictionary.
 *
 * The seed picks every value; the stored file is seed 1. Another seed (4242) is a held-out
 * sample: score it, never fix against it.
 *
 *   deno run --allow-read --allow-write core/scrub/corpus/gen_secrets_dumps17.ts [SEED OUT]
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/secrets_dumps17.jsonl 'deno task -q scrub'
 */
import { Rand } from "./pii_redteam_values.ts";
import type { Case } from "./redteam2/gen_redteam2.ts";
import { camel, type Embedded, pascal, snake, upper } from "./syntaxes.ts";
import { Corpus, genericValue, providerTokens } from "./gen_secrets_carriers16.ts";

export type { Case };
export const DUMPS17_FILE = new URL("./secrets_dumps17.jsonl", import.meta.url);

const HEX = "0123456789abcdef";
const at = (text: string, written: string): Embedded => ({ text, written });
const hex = (r: Rand, n: number) => r.chars(n, HEX);
const uuid = (r: Rand) =>
  `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${hex(r, 3)}-${
    hex(r, 12)
  }`;
const p2 = (n: number) => String(n).padStart(2, "0");
const clock = (r: Rand) => `${p2(r.range(0, 23))}:${p2(r.range(0, 59))}:${p2(r.range(0, 59))}`;
const day = (r: Rand) => p2(r.range(1, 28));
const ms = (r: Rand) => r.digits(3);
const pid = (r: Rand) => r.range(100, 65000);
/** PHP's `string(N)`: N is the length in bytes. */
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Log line prefixes, one family per runtime: what precedes a printout on a real log line. */
const PREFIX = {
  php: (r: Rand) =>
    r.pick([
      `[2026-03-${day(r)} ${clock(r)}] local.DEBUG: `,
      `[2026-03-${day(r)}T${clock(r)}.${ms(r)}+00:00] app.DEBUG: `,
      `[${day(r)}-Mar-2026 ${clock(r)} UTC] PHP Notice:  `,
    ]),
  perl: (r: Rand) =>
    r.pick([
      `2026/03/${day(r)} ${clock(r)} DEBUG Worker::Sync - `,
      `[Mon Mar  ${r.range(1, 9)} ${clock(r)} 2026] [debug] `,
    ]),
  ruby: (r: Rand) =>
    r.pick([
      `D, [2026-03-${day(r)}T${clock(r)}.${r.digits(6)} #${pid(r)}] DEBUG -- : `,
      `I, [2026-03-${day(r)}T${clock(r)}.${r.digits(6)} #${pid(r)}]  INFO -- sidekiq: `,
      `2026-03-${day(r)}T${clock(r)}.${ms(r)}Z pid=${pid(r)} tid=${
        r.chars(4, "abcdefghijklmnopqrstuvwxyz0123456789")
      } DEBUG: `,
    ]),
  python: (r: Rand) =>
    r.pick([
      `2026-03-${day(r)} ${clock(r)},${ms(r)} DEBUG app.settings: `,
      `[2026-03-${day(r)} ${clock(r)},${ms(r)}: DEBUG/MainProcess] `,
      `DEBUG:root:`,
      `${clock(r)}.${ms(r)} | DEBUG    | worker.tasks:run:${r.range(10, 400)} - `,
    ]),
  rust: (r: Rand) =>
    r.pick([
      `2026-03-${day(r)}T${clock(r)}.${r.digits(6)}Z DEBUG api::config: `,
      `[2026-03-${day(r)}T${clock(r)}Z DEBUG worker] `,
      `  2026-03-${day(r)}T${clock(r)}.${r.digits(6)}Z  INFO server::startup: `,
    ]),
  go: (r: Rand) =>
    r.pick([
      `2026/03/${day(r)} ${clock(r)} `,
      `2026-03-${day(r)}T${clock(r)}.${ms(r)}Z\tDEBUG\tconfig/load.go:${r.range(10, 300)}\t`,
      `I03${day(r)} ${clock(r)}.${r.digits(6)}    ${r.range(1, 9)} main.go:${r.range(10, 300)}] `,
    ]),
  elixir: (r: Rand) =>
    r.pick([
      `${clock(r)}.${ms(r)} [debug] `,
      `${clock(r)}.${ms(r)} request_id=${
        r.chars(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
      } [info] `,
      `2026-03-${day(r)} ${clock(r)}.${ms(r)} [debug] `,
    ]),
  erlang: (r: Rand) =>
    r.pick([
      `=INFO REPORT==== ${r.range(1, 28)}-Mar-2026::${clock(r)} ===\n`,
      `2026-03-${day(r)}T${clock(r)}.${r.digits(6)}+00:00 debug: `,
    ]),
  java: (r: Rand) =>
    r.pick([
      `2026-03-${day(r)} ${clock(r)}.${ms(r)} DEBUG ${
        pid(r)
      } --- [           main] c.a.b.config.AppConfig                   : `,
      `${clock(r)}.${ms(r)} [http-nio-8080-exec-${
        r.range(1, 9)
      }] DEBUG com.acme.auth.LoginService - `,
      `2026-03-${day(r)}T${clock(r)}.${ms(r)}Z  INFO 1 --- [billing] [nio-8080-exec-${
        r.range(1, 9)
      }] c.a.billing.Client : `,
    ]),
  kotlin: (r: Rand) =>
    r.pick([
      `${clock(r)}.${ms(r)} [DefaultDispatcher-worker-${r.range(1, 9)}] DEBUG c.a.sync.SyncJob - `,
      `2026-03-${day(r)} ${clock(r)}.${ms(r)} [main] INFO  Application - `,
    ]),
  dotnet: (r: Rand) =>
    r.pick([
      `[${clock(r)} DBG] `,
      `dbug: Acme.Api.Startup[0]\n      `,
      `2026-03-${day(r)} ${clock(r)}.${ms(r)} +00:00 [DBG] `,
    ]),
  swift: (r: Rand) =>
    r.pick([
      `2026-03-${day(r)} ${clock(r)}.${r.digits(6)}+0000 Acme[${pid(r)}:${r.range(1000, 99999)}] `,
      `[Acme] [DEBUG] `,
    ]),
  dart: (r: Rand) => r.pick([`flutter: `, `[log] `, `I/flutter (${pid(r)}): `]),
  haskell: (r: Rand) => r.pick([`[Debug] `, `2026-03-${day(r)} ${clock(r)} UTC [Debug] [api] `]),
  ocaml: (r: Rand) => r.pick([`app: [DEBUG] `, `[${clock(r)}] [debug] `]),
  lua: (r: Rand) =>
    r.pick([
      `2026/03/${day(r)} ${clock(r)} [debug] ${pid(r)}#0: *${r.range(1, 999)} [lua] access.lua:${
        r.range(10, 99)
      }: `,
      `[${clock(r)}] DEBUG: `,
    ]),
  node: (r: Rand) =>
    r.pick([
      `[2026-03-${day(r)}T${clock(r)}.${ms(r)}Z] DEBUG: `,
      `${clock(r)} [api] debug: `,
      `2026-03-${day(r)}T${clock(r)}.${ms(r)}Z app:config `,
    ]),
  proto: (r: Rand) =>
    r.pick([
      `I03${day(r)} ${clock(r)}.${r.digits(6)}  ${pid(r)} server.cc:${r.range(10, 300)}] `,
      `2026-03-${day(r)} ${clock(r)},${ms(r)} DEBUG grpc.server: `,
    ]),
  objc: (r: Rand) =>
    `2026-03-${day(r)} ${clock(r)}.${ms(r)} Acme[${pid(r)}:${r.range(1000, 99999)}] `,
  powershell: (r: Rand) =>
    r.pick([`VERBOSE: ${clock(r)} `, `PS C:\\deploy> $cred | Format-List\n`]),
  pshash: (r: Rand) => r.pick([`PS C:\\deploy> $params\n`, `VERBOSE: ${clock(r)} splatting:\n`]),
  r: (r: Rand) => r.pick([`INFO [2026-03-${day(r)} ${clock(r)}] `, `DEBUG::${clock(r)} `]),
  clojure: (r: Rand) => `2026-03-${day(r)} ${clock(r)}.${ms(r)} DEBUG [acme.config] - `,
  julia: (r: Rand) => r.pick([`┌ Debug: `, `[ Info: `]),
} as const;

/** A printout: one runtime's default formatting of an object holding a value under a name. */
interface Dump {
  group: string;
  id: string;
  /** Writes `value` under the name `n` (words), behind a log prefix. */
  write(r: Rand, n: readonly string[], value: string): Embedded;
  /** The same printout holding only values that must stay. */
  keep(r: Rand): string[];
}

const D = (group: string, id: string, write: Dump["write"], keep: Dump["keep"]): Dump => ({
  group,
  id,
  write,
  keep,
});

/** Objective-C's description quotes a string holding anything but letters, digits, `_` and `.`. */
const objcString = (v: string) => /^[A-Za-z0-9_.]+$/.test(v) ? v : `"${v}"`;

const DUMPS: readonly Dump[] = [
  // PHP.
  D(
    "php",
    "print-r-array",
    (r, n, v) =>
      at(
        `${PREFIX.php(r)}Array\n(\n    [host] => db-${r.range(1, 9)}.internal\n    [${
          snake(n)
        }] => ${v}\n    [port] => 5432\n)\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.php(r)
      }Array\n(\n    [host] => db-1.internal\n    [password] => \n    [port] => 5432\n)\n`,
      `${PREFIX.php(r)}Array\n(\n    [id] => ${r.range(1, 9999)}\n    [checksum] => ${
        hex(r, 40)
      }\n    [api_key] => [FILTERED]\n)\n`,
    ],
  ),
  D(
    "php",
    "print-r-object",
    (r, n, v) =>
      at(
        `${
          PREFIX.php(r)
        }App\\Services\\Mailer Object\n(\n    [host:protected] => smtp.internal\n    [${
          camel(n)
        }:App\\Services\\Mailer:private] => ${v}\n    [timeout] => 30\n)\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.php(r)
      }App\\Services\\Mailer Object\n(\n    [host:protected] => smtp.internal\n    [password:App\\Services\\Mailer:private] => \n    [timeout] => 30\n)\n`,
      `${
        PREFIX.php(r)
      }App\\Services\\Mailer Object\n(\n    [host:protected] => smtp.internal\n    [passwordEnv:protected] => MAIL_PASSWORD\n)\n`,
    ],
  ),
  D(
    "php",
    "var-dump-array",
    (r, n, v) =>
      at(
        `${PREFIX.php(r)}array(3) {\n  ["user"]=>\n  string(3) "app"\n  ["${
          snake(n)
        }"]=>\n  string(${bytes(v)}) "${v}"\n  ["port"]=>\n  int(${r.range(1000, 9999)})\n}\n`,
        v,
      ),
    (r) => [
      `${PREFIX.php(r)}array(2) {\n  ["user"]=>\n  string(3) "app"\n  ["password"]=>\n  NULL\n}\n`,
      `${
        PREFIX.php(r)
      }array(2) {\n  ["password"]=>\n  string(0) ""\n  ["request_id"]=>\n  string(36) "${
        uuid(r)
      }"\n}\n`,
    ],
  ),
  D(
    "php",
    "var-dump-object",
    (r, n, v) =>
      at(
        `${PREFIX.php(r)}object(App\\Config\\Stripe)#${r.range(2, 99)} (2) {\n  ["${
          camel(n)
        }":"App\\Config\\Stripe":private]=>\n  string(${
          bytes(v)
        }) "${v}"\n  ["mode":protected]=>\n  string(4) "live"\n}\n`,
        v,
      ),
    (r) => [
      `${PREFIX.php(r)}object(App\\Config\\Stripe)#${
        r.range(2, 99)
      } (2) {\n  ["apiKey":"App\\Config\\Stripe":private]=>\n  string(3) "***"\n  ["mode":protected]=>\n  string(4) "live"\n}\n`,
    ],
  ),
  D(
    "php",
    "var-export",
    (r, n, v) =>
      at(
        `${PREFIX.php(r)}array (\n  'driver' => 'pgsql',\n  '${
          snake(n)
        }' => '${v}',\n  'charset' => 'utf8',\n)\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.php(r)
      }array (\n  'driver' => 'pgsql',\n  'password' => '${"${DB_PASSWORD}"}',\n  'charset' => 'utf8',\n)\n`,
      `${
        PREFIX.php(r)
      }array (\n  'driver' => 'pgsql',\n  'password' => NULL,\n  'prefix' => '',\n)\n`,
    ],
  ),
  D(
    "php",
    "var-export-set-state",
    (r, n, v) =>
      at(
        `${
          PREFIX.php(r)
        }\\App\\Client::__set_state(array(\n   'baseUri' => 'https://api.internal',\n   '${
          camel(n)
        }' => '${v}',\n))\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.php(r)
      }\\App\\Client::__set_state(array(\n   'baseUri' => 'https://api.internal',\n   'apiKey' => '<redacted>',\n))\n`,
    ],
  ),
  // Perl.
  D(
    "perl",
    "data-dumper",
    (r, n, v) =>
      at(
        `${PREFIX.perl(r)}$VAR1 = {\n          'host' => 'db.internal',\n          '${
          snake(n)
        }' => '${v}',\n          'port' => ${r.range(1000, 9999)}\n        };\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.perl(r)
      }$VAR1 = {\n          'host' => 'db.internal',\n          'password' => undef,\n          'port' => 5432\n        };\n`,
      `${PREFIX.perl(r)}$VAR1 = {\n          'md5' => '${
        hex(r, 32)
      }',\n          'password' => '********'\n        };\n`,
    ],
  ),
  D(
    "perl",
    "data-dumper-terse",
    (r, n, v) => at(`${PREFIX.perl(r)}{'user' => 'app','${snake(n)}' => '${v}','retries' => 3}`, v),
    (r) => [
      `${PREFIX.perl(r)}{'user' => 'app','password' => '','retries' => 3}`,
      `${PREFIX.perl(r)}{'user' => 'app','password_env' => 'APP_PASSWORD'}`,
    ],
  ),
  D(
    "perl",
    "data-dumper-blessed",
    (r, n, v) =>
      at(
        `${
          PREFIX.perl(r)
        }$VAR1 = bless( {\n                 'endpoint' => 'https://api.internal',\n                 '${
          snake(n)
        }' => '${v}'\n               }, 'Acme::Client' );\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.perl(r)
      }$VAR1 = bless( {\n                 'endpoint' => 'https://api.internal',\n                 'session' => '${
        uuid(r)
      }'\n               }, 'Acme::Client' );\n`,
    ],
  ),
  // Ruby.
  D(
    "ruby",
    "object-inspect",
    (r, n, v) =>
      at(
        `${PREFIX.ruby(r)}#<Acme::Client:0x0000${hex(r, 12)} @host="api.internal", @${
          snake(n)
        }="${v}", @timeout=30>`,
        v,
      ),
    (r) => [
      `${PREFIX.ruby(r)}#<Acme::Client:0x0000${
        hex(r, 12)
      } @host="api.internal", @password=nil, @timeout=30>`,
    ],
  ),
  D(
    "ruby",
    "active-record-inspect",
    (r, n, v) =>
      at(
        `${PREFIX.ruby(r)}#<User id: ${r.range(1, 9999)}, name: "bob", ${
          snake(n)
        }: "${v}", created_at: "2026-03-02 11:04:19.233000000 +0000">`,
        v,
      ),
    (r) => [
      `${PREFIX.ruby(r)}#<User id: ${
        r.range(1, 9999)
      }, name: "bob", password_digest: [FILTERED], created_at: "2026-03-02 11:04:19.233000000 +0000">`,
      `${PREFIX.ruby(r)}#<User id: ${r.range(1, 9999)}, name: "bob", api_token: nil>`,
    ],
  ),
  D(
    "ruby",
    "struct-inspect",
    (r, n, v) =>
      at(`${PREFIX.ruby(r)}#<struct Config host="db", ${snake(n)}="${v}", port=5432>`, v),
    (r) => [`${PREFIX.ruby(r)}#<struct Config host="db", password=nil, port=5432>`],
  ),
  D(
    "ruby",
    "hash-rocket-symbols",
    (r, n, v) => at(`${PREFIX.ruby(r)}{:user=>"app", :${snake(n)}=>"${v}", :port=>5432}`, v),
    (r) => [
      `${PREFIX.ruby(r)}{:user=>"app", :password=>"[FILTERED]", :port=>5432}`,
      `${PREFIX.ruby(r)}{:user=>"app", :password=>nil}`,
    ],
  ),
  D(
    "ruby",
    "hash-rocket-strings",
    (r, n, v) => at(`${PREFIX.ruby(r)}{"user"=>"app", "${snake(n)}"=>"${v}"}`, v),
    (r) => [`${PREFIX.ruby(r)}{"user"=>"app", "password"=>"${"${DB_PASSWORD}"}"}`],
  ),
  D(
    "ruby",
    "hash-ruby34",
    (r, n, v) => at(`${PREFIX.ruby(r)}{user: "app", ${snake(n)}: "${v}", port: 5432}`, v),
    (r) => [
      `${PREFIX.ruby(r)}{user: "app", password: nil, port: 5432}`,
      `${PREFIX.ruby(r)}{"user" => "app", "password" => "[FILTERED]"}`,
    ],
  ),
  D(
    "ruby",
    "hash-ruby34-strings",
    (r, n, v) => at(`${PREFIX.ruby(r)}{"user" => "app", "${snake(n)}" => "${v}"}`, v),
    (r) => [`${PREFIX.ruby(r)}{"user" => "app", "request_id" => "${uuid(r)}"}`],
  ),
  D(
    "ruby",
    "pp-multiline",
    (r, n, v) =>
      at(
        `${PREFIX.ruby(r)}\n{:adapter=>"postgresql",\n :host=>"db.internal",\n :${
          snake(n)
        }=>"${v}",\n :pool=>5}\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.ruby(r)
      }\n{:adapter=>"postgresql",\n :host=>"db.internal",\n :password=>nil,\n :pool=>5}\n`,
    ],
  ),
  // Python.
  D(
    "python",
    "dict-repr",
    (r, n, v) => at(`${PREFIX.python(r)}{'host': 'db', '${snake(n)}': '${v}', 'port': 5432}`, v),
    (r) => [
      `${PREFIX.python(r)}{'host': 'db', 'password': None, 'port': 5432}`,
      `${PREFIX.python(r)}{'host': 'db', 'password_env': 'DB_PASSWORD', 'port': 5432}`,
    ],
  ),
  D(
    "python",
    "dict-bytes-repr",
    (r, n, v) => at(`${PREFIX.python(r)}{b'user': b'app', b'${snake(n)}': b'${v}'}`, v),
    (r) => [`${PREFIX.python(r)}{b'user': b'app', b'password': b''}`],
  ),
  D(
    "python",
    "dataclass-repr",
    (r, n, v) =>
      at(
        `${PREFIX.python(r)}DatabaseConfig(host='db', port=5432, ${snake(n)}='${v}', ssl=True)`,
        v,
      ),
    (r) => [
      `${PREFIX.python(r)}DatabaseConfig(host='db', port=5432, password='***', ssl=True)`,
      `${PREFIX.python(r)}DatabaseConfig(host='db', port=5432, password=None, ssl=True)`,
    ],
  ),
  D(
    "python",
    "namedtuple-repr",
    (r, n, v) => at(`${PREFIX.python(r)}Credentials(username='app', ${snake(n)}='${v}')`, v),
    (r) => [`${PREFIX.python(r)}Credentials(username='app', password='')`],
  ),
  D(
    "python",
    "attrs-repr",
    (r, n, v) =>
      at(
        `${PREFIX.python(r)}ClientSettings(base_url='https://api.internal', ${snake(n)}='${v}')`,
        v,
      ),
    (
      r,
    ) => [
      `${
        PREFIX.python(r)
      }ClientSettings(base_url='https://api.internal', token_file='/run/secrets/api')`,
    ],
  ),
  D(
    "python",
    "pydantic-repr",
    (r, n, v) =>
      at(`${PREFIX.python(r)}Settings(app_name='billing', ${snake(n)}='${v}', debug=False)`, v),
    (r) => [
      `${
        PREFIX.python(r)
      }Settings(app_name='billing', api_key=SecretStr('**********'), debug=False)`,
    ],
  ),
  D(
    "python",
    "pydantic-str",
    (r, n, v) => at(`${PREFIX.python(r)}app_name='billing' ${snake(n)}='${v}' debug=False`, v),
    (r) => [
      `${PREFIX.python(r)}app_name='billing' db_password=SecretStr('**********') debug=False`,
    ],
  ),
  D(
    "python",
    "pprint-multiline",
    (r, n, v) =>
      at(
        `${
          PREFIX.python(r)
        }\n{'database': {'host': 'db.internal',\n              'name': 'billing',\n              '${
          snake(n)
        }': '${v}',\n              'port': 5432},\n 'debug': False}\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.python(r)
      }\n{'database': {'host': 'db.internal',\n              'name': 'billing',\n              'password': '<redacted>',\n              'port': 5432},\n 'debug': False}\n`,
    ],
  ),
  // Rust.
  D(
    "rust",
    "debug",
    (r, n, v) =>
      at(`${PREFIX.rust(r)}config=Config { host: "db", ${snake(n)}: "${v}", port: 5432 }`, v),
    (r) => [
      `${PREFIX.rust(r)}config=Config { host: "db", password: None, port: 5432 }`,
      `${
        PREFIX.rust(r)
      }config=Config { host: "db", password: Secret([REDACTED alloc::string::String]), port: 5432 }`,
    ],
  ),
  D(
    "rust",
    "debug-option",
    (r, n, v) => at(`${PREFIX.rust(r)}Credentials { user: "app", ${snake(n)}: Some("${v}") }`, v),
    (r) => [`${PREFIX.rust(r)}Credentials { user: "app", password: None }`],
  ),
  D(
    "rust",
    "pretty-debug",
    (r, n, v) =>
      at(
        `${
          PREFIX.rust(r)
        }loaded settings: Settings {\n    database: DatabaseSettings {\n        host: "db.internal",\n        ${
          snake(n)
        }: "${v}",\n        port: 5432,\n    },\n    log_level: "debug",\n}\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.rust(r)
      }loaded settings: Settings {\n    database: DatabaseSettings {\n        host: "db.internal",\n        password: "[REDACTED]",\n        port: 5432,\n    },\n    log_level: "debug",\n}\n`,
    ],
  ),
  // Go.
  D(
    "go",
    "map-v",
    (r, n, v) => at(`${PREFIX.go(r)}env: map[${upper(n)}:${v} HOME:/root PATH:/usr/bin]`, v),
    (r) => [`${PREFIX.go(r)}env: map[DB_PASSWORD_FILE:/run/secrets/db HOME:/root PATH:/usr/bin]`],
  ),
  D(
    "go",
    "plus-v-empty-before",
    (r, n, v) =>
      at(`${PREFIX.go(r)}config: {Host:db User:app Token: ${pascal(n)}:${v} Port:5432}`, v),
    (r) => [
      `${PREFIX.go(r)}config: {Host:db User:app Token: Password: Port:5432}`,
      `${PREFIX.go(r)}config: {Host:db User:app Password:*** Port:5432}`,
    ],
  ),
  D(
    "go",
    "plus-v-empty-after",
    (r, n, v) => at(`${PREFIX.go(r)}opts: &{Addr:redis:6379 ${pascal(n)}:${v} Username: DB:0}`, v),
    (r) => [`${PREFIX.go(r)}opts: &{Addr:redis:6379 Password: Username: DB:0}`],
  ),
  D(
    "go",
    "sharp-v",
    (r, n, v) =>
      at(
        `${PREFIX.go(r)}cfg: &main.Config{Host:"db", ${
          pascal(n)
        }:"${v}", Token:"", Port:5432, TLS:(*tls.Config)(nil)}`,
        v,
      ),
    (r) => [
      `${
        PREFIX.go(r)
      }cfg: &main.Config{Host:"db", Password:"", Token:"", Port:5432, TLS:(*tls.Config)(nil)}`,
    ],
  ),
  // Elixir and Erlang.
  D(
    "elixir",
    "struct",
    (r, n, v) =>
      at(
        `${PREFIX.elixir(r)}%MyApp.Repo.Config{hostname: "db", ${snake(n)}: "${v}", pool_size: 10}`,
        v,
      ),
    (r) => [
      `${PREFIX.elixir(r)}%MyApp.Repo.Config{hostname: "db", password: nil, pool_size: 10}`,
    ],
  ),
  D(
    "elixir",
    "keyword-list",
    (r, n, v) =>
      at(
        `${PREFIX.elixir(r)}connecting with [hostname: "db", username: "app", ${snake(n)}: "${v}"]`,
        v,
      ),
    (r) => [
      `${
        PREFIX.elixir(r)
      }connecting with [hostname: "db", username: "app", password: "**redacted**"]`,
    ],
  ),
  D(
    "elixir",
    "ecto-schema",
    (r, n, v) =>
      at(
        `${
          PREFIX.elixir(r)
        }#MyApp.Accounts.User<__meta__: #Ecto.Schema.Metadata<:loaded, "users">, id: ${
          r.range(1, 9999)
        }, name: "bob", ${snake(n)}: "${v}", ...>`,
        v,
      ),
    (r) => [
      `${
        PREFIX.elixir(r)
      }#MyApp.Accounts.User<__meta__: #Ecto.Schema.Metadata<:loaded, "users">, id: ${
        r.range(1, 9999)
      }, name: "bob", password: "**redacted**", ...>`,
    ],
  ),
  D(
    "erlang",
    "record",
    (r, n, v) =>
      at(`${PREFIX.erlang(r)}#state{host = "mq.internal",${snake(n)} = "${v}",port = 5672}`, v),
    (r) => [`${PREFIX.erlang(r)}#state{host = "mq.internal",password = undefined,port = 5672}`],
  ),
  D(
    "erlang",
    "record-binary",
    (r, n, v) => at(`${PREFIX.erlang(r)}#user{name = <<"bob">>,${snake(n)} = <<"${v}">>}`, v),
    (r) => [`${PREFIX.erlang(r)}#user{name = <<"bob">>,password = <<>>}`],
  ),
  // JVM.
  D(
    "java",
    "ide-tostring",
    (r, n, v) =>
      at(`${PREFIX.java(r)}User{id=${r.range(1, 9999)}, username='bob', ${camel(n)}='${v}'}`, v),
    (r) => [
      `${PREFIX.java(r)}User{id=${r.range(1, 9999)}, username='bob', password='***'}`,
      `${PREFIX.java(r)}User{id=${r.range(1, 9999)}, username='bob', password=null}`,
    ],
  ),
  D(
    "java",
    "tostring-builder",
    (r, n, v) =>
      at(
        `${PREFIX.java(r)}com.acme.DataSourceConfig@${hex(r, 7)}[url=jdbc:postgresql://db/app,${
          camel(n)
        }=${v},maxPool=10]`,
        v,
      ),
    (r) => [
      `${PREFIX.java(r)}com.acme.DataSourceConfig@${
        hex(r, 7)
      }[url=jdbc:postgresql://db/app,password=<null>,maxPool=10]`,
    ],
  ),
  D(
    "java",
    "lombok",
    (r, n, v) =>
      at(
        `${PREFIX.java(r)}SmtpProperties(host=smtp.internal, port=587, ${
          camel(n)
        }=${v}, starttls=true)`,
        v,
      ),
    (r) => [
      `${PREFIX.java(r)}SmtpProperties(host=smtp.internal, port=587, password=, starttls=true)`,
      `${
        PREFIX.java(r)
      }SmtpProperties(host=smtp.internal, port=587, password=${"${SMTP_PASSWORD}"})`,
    ],
  ),
  D(
    "kotlin",
    "data-class",
    (r, n, v) =>
      at(
        `${PREFIX.kotlin(r)}ApiConfig(baseUrl=https://api.internal, ${camel(n)}=${v}, retries=3)`,
        v,
      ),
    (r) => [
      `${PREFIX.kotlin(r)}ApiConfig(baseUrl=https://api.internal, apiKey=null, retries=3)`,
      `${PREFIX.kotlin(r)}ApiConfig(baseUrl=https://api.internal, requestId=${uuid(r)}, retries=3)`,
    ],
  ),
  // .NET.
  D(
    "dotnet",
    "record",
    (r, n, v) =>
      at(
        `${PREFIX.dotnet(r)}Options: SmtpOptions { Host = smtp.internal, ${
          pascal(n)
        } = ${v}, Port = 587 }`,
        v,
      ),
    (r) => [
      `${PREFIX.dotnet(r)}Options: SmtpOptions { Host = smtp.internal, Password = , Port = 587 }`,
      `${PREFIX.dotnet(r)}Options: SmtpOptions { Host = smtp.internal, Password = *** }`,
    ],
  ),
  D(
    "dotnet",
    "anonymous",
    (r, n, v) => at(`${PREFIX.dotnet(r)}Login { UserName = bob, ${pascal(n)} = ${v} }`, v),
    (r) => [`${PREFIX.dotnet(r)}Login { UserName = bob, Password =  }`],
  ),
  D(
    "dotnet",
    "serilog-network-credential",
    (r, _n, v) =>
      at(
        `${
          PREFIX.dotnet(r)
        }Connecting as NetworkCredential { UserName: "svc-backup", Password: "${v}", SecurePassword: SecureString { Length: ${v.length} }, Domain: "CORP" }`,
        v,
      ),
    (r) => [
      `${
        PREFIX.dotnet(r)
      }Connecting as NetworkCredential { UserName: "svc-backup", Password: "", SecurePassword: SecureString { Length: 0 }, Domain: "CORP" }`,
    ],
  ),
  // Apple platforms.
  D(
    "swift",
    "dump",
    (r, n, v) =>
      at(
        `${PREFIX.swift(r)}\n▿ Acme.APIConfig\n  - baseURL: "https://api.internal"\n  - ${
          camel(n)
        }: "${v}"\n  - timeout: 30.0\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.swift(r)
      }\n▿ Acme.APIConfig\n  - baseURL: "https://api.internal"\n  - apiKey: nil\n  - timeout: 30.0\n`,
    ],
  ),
  D(
    "swift",
    "print",
    (r, n, v) =>
      at(
        `${PREFIX.swift(r)}APIConfig(baseURL: "https://api.internal", ${
          camel(n)
        }: Optional("${v}"))`,
        v,
      ),
    (r) => [`${PREFIX.swift(r)}APIConfig(baseURL: "https://api.internal", apiKey: nil)`],
  ),
  D(
    "objc",
    "description",
    (r, n, v) =>
      at(
        `${PREFIX.objc(r)}config: {\n    host = "db.internal";\n    ${camel(n)} = ${
          objcString(v)
        };\n    port = 5432;\n}`,
        v,
      ),
    (r) => [
      `${
        PREFIX.objc(r)
      }config: {\n    host = "db.internal";\n    password = "<null>";\n    port = 5432;\n}`,
    ],
  ),
  // Dart, Haskell, OCaml, Lua.
  D(
    "dart",
    "map",
    (r, n, v) =>
      at(`${PREFIX.dart(r)}{baseUrl: https://api.internal, ${camel(n)}: ${v}, retries: 3}`, v),
    (r) => [`${PREFIX.dart(r)}{baseUrl: https://api.internal, apiKey: null, retries: 3}`],
  ),
  D(
    "dart",
    "freezed",
    (r, n, v) => at(`${PREFIX.dart(r)}AuthState.authenticated(user: bob, ${camel(n)}: ${v})`, v),
    (r) => [`${PREFIX.dart(r)}AuthState.authenticated(user: bob, accessToken: null)`],
  ),
  D(
    "haskell",
    "show-record",
    (r, n, v) =>
      at(`${PREFIX.haskell(r)}Config {host = "db", ${camel(n)} = "${v}", port = 5432}`, v),
    (r) => [`${PREFIX.haskell(r)}Config {host = "db", password = Nothing, port = 5432}`],
  ),
  D(
    "haskell",
    "show-record-maybe",
    (r, n, v) => at(`${PREFIX.haskell(r)}Creds {user = "app", ${camel(n)} = Just "${v}"}`, v),
    (r) => [`${PREFIX.haskell(r)}Creds {user = "app", password = Nothing}`],
  ),
  D(
    "ocaml",
    "ppx-show",
    (r, n, v) =>
      at(`${PREFIX.ocaml(r)}{ Config.host = "db"; ${snake(n)} = "${v}"; port = 5432 }`, v),
    (r) => [`${PREFIX.ocaml(r)}{ Config.host = "db"; password = ""; port = 5432 }`],
  ),
  D(
    "ocaml",
    "toplevel",
    (_r, n, v) =>
      at(`# config;;\n- : config = {host = "db"; ${snake(n)} = "${v}"; port = 5432}`, v),
    () => [`# config;;\n- : config = {host = "db"; password = ""; port = 5432}`],
  ),
  D(
    "lua",
    "inspect",
    (r, n, v) =>
      at(`${PREFIX.lua(r)}{\n  host = "redis",\n  ${snake(n)} = "${v}",\n  port = 6379\n}`, v),
    (r) => [`${PREFIX.lua(r)}{\n  host = "redis",\n  port = 6379,\n  ssl = false\n}`],
  ),
  D(
    "lua",
    "serpent-line",
    (r, n, v) =>
      at(
        `${PREFIX.lua(r)}{host = "redis", ["${snake(n)}"] = "${v}", port = 6379} --[[table: 0x${
          hex(r, 12)
        }]]`,
        v,
      ),
    (r) => [
      `${PREFIX.lua(r)}{host = "redis", ["password"] = "", port = 6379} --[[table: 0x${
        hex(r, 12)
      }]]`,
    ],
  ),
  // Node.
  D(
    "node",
    "inspect-line",
    (r, n, v) => at(`${PREFIX.node(r)}{ host: 'db', ${camel(n)}: '${v}', port: 5432 }`, v),
    (r) => [
      `${PREFIX.node(r)}{ host: 'db', password: undefined, port: 5432 }`,
      `${PREFIX.node(r)}{ host: 'db', password: '[REDACTED]', port: 5432 }`,
    ],
  ),
  D(
    "node",
    "inspect-multiline",
    (r, n, v) =>
      at(
        `${PREFIX.node(r)}ClientOptions {\n  baseURL: 'https://api.internal',\n  ${
          camel(n)
        }: '${v}',\n  timeout: 30000,\n  headers: { 'user-agent': 'acme/1.0' }\n}`,
        v,
      ),
    (r) => [
      `${
        PREFIX.node(r)
      }ClientOptions {\n  baseURL: 'https://api.internal',\n  apiKey: [Getter],\n  timeout: 30000\n}`,
    ],
  ),
  D(
    "node",
    "inspect-quoted-key",
    (r, n, v) => at(`${PREFIX.node(r)}headers: { accept: '*/*', '${n.join("-")}': '${v}' }`, v),
    (r) => [`${PREFIX.node(r)}headers: { accept: '*/*', 'x-request-id': '${uuid(r)}' }`],
  ),
  D(
    "node",
    "inspect-map",
    (r, n, v) => at(`${PREFIX.node(r)}Map(2) { 'user' => 'app', '${camel(n)}' => '${v}' }`, v),
    (r) => [`${PREFIX.node(r)}Map(2) { 'user' => 'app', 'password' => null }`],
  ),
  // Protobuf and gRPC.
  D(
    "proto",
    "text-format",
    (r, n, v) =>
      at(`${PREFIX.proto(r)}request:\nuser: "app"\ncredentials {\n  ${snake(n)}: "${v}"\n}\n`, v),
    (r) => [
      `${PREFIX.proto(r)}request:\nuser: "app"\ncredentials {\n  password: ""\n}\n`,
    ],
  ),
  D(
    "proto",
    "short-debug-string",
    (r, n, v) => at(`${PREFIX.proto(r)}LoginRequest: user: "app" ${snake(n)}: "${v}"`, v),
    (r) => [`${PREFIX.proto(r)}LoginRequest: user: "app" request_id: "${uuid(r)}"`],
  ),
  D(
    "proto",
    "go-proto-v",
    (r, n, v) => at(`${PREFIX.go(r)}req=user:"app"  ${snake(n)}:"${v}"`, v),
    (r) => [`${PREFIX.go(r)}req=user:"app"  password:""`],
  ),
  D(
    "grpc",
    "go-metadata",
    (r, _n, v) =>
      at(
        `${
          PREFIX.go(r)
        }md: metadata.MD{":authority":[]string{"api:443"}, "authorization":[]string{"Bearer ${v}"}, "content-type":[]string{"application/grpc"}}`,
        v,
      ),
    (r) => [
      `${
        PREFIX.go(r)
      }md: metadata.MD{":authority":[]string{"api:443"}, "content-type":[]string{"application/grpc"}, "user-agent":[]string{"grpc-go/1.64.0"}}`,
    ],
  ),
  D(
    "grpc",
    "python-metadata",
    (r, n, v) =>
      at(
        `${PREFIX.python(r)}invocation metadata: (('${
          n.join("-")
        }', '${v}'), ('user-agent', 'grpc-python/1.62.1'))`,
        v,
      ),
    (r) => [
      `${PREFIX.python(r)}invocation metadata: (('x-request-id', '${
        uuid(r)
      }'), ('user-agent', 'grpc-python/1.62.1'))`,
    ],
  ),
  D(
    "grpc",
    "java-metadata",
    (r, n, v) =>
      at(
        `${PREFIX.java(r)}headers: Metadata(content-type=application/grpc,${
          n.join("-")
        }=${v},grpc-accept-encoding=gzip)`,
        v,
      ),
    (r) => [
      `${
        PREFIX.java(r)
      }headers: Metadata(content-type=application/grpc,user-agent=grpc-java-netty/1.63.0,grpc-accept-encoding=gzip)`,
    ],
  ),
  // Shells and data languages.
  D(
    "powershell",
    "format-list",
    (r, n, v) =>
      at(
        `${PREFIX.powershell(r)}\nUserName : svc-deploy\n${
          pascal(n).padEnd(8)
        } : ${v}\nDomain   : CORP\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.powershell(r)
      }\nUserName       : svc-deploy\nSecurePassword : System.Security.SecureString\nDomain         : CORP\n`,
    ],
  ),
  D(
    "r",
    "str-list",
    (r, n, v) =>
      at(
        `${PREFIX.r(r)}List of 3\n $ host    : chr "db"\n $ ${
          snake(n)
        }: chr "${v}"\n $ port    : num 5432\n`,
        v,
      ),
    (
      r,
    ) => [
      `${
        PREFIX.r(r)
      }List of 3\n $ host    : chr "db"\n $ password: chr ""\n $ port    : num 5432\n`,
    ],
  ),
  D(
    "clojure",
    "map",
    (r, n, v) => at(`${PREFIX.clojure(r)}{:host "db", :${n.join("-")} "${v}", :port 5432}`, v),
    (r) => [`${PREFIX.clojure(r)}{:host "db", :password nil, :port 5432}`],
  ),
  D(
    "julia",
    "named-tuple",
    (r, n, v) =>
      at(`${PREFIX.julia(r)}config = (host = "db", ${snake(n)} = "${v}", port = 5432)`, v),
    (r) => [`${PREFIX.julia(r)}config = (host = "db", password = nothing, port = 5432)`],
  ),
  // Second printouts: dumpers and pretty printers beside the default formatters.
  D(
    "go",
    "spew-dump",
    (r, n, v) =>
      at(
        `${PREFIX.go(r)}config: (*main.Config)(0xc000${
          hex(r, 6)
        })({\n Host: (string) (len=2) "db",\n ${pascal(n)}: (string) (len=${
          bytes(v)
        }) "${v}",\n Port: (int) 5432\n})\n`,
        v,
      ),
    (r) => [
      `${PREFIX.go(r)}config: (*main.Config)(0xc000${
        hex(r, 6)
      })({\n Host: (string) (len=2) "db",\n Password: (string) "",\n Token: (*string)(<nil>),\n Port: (int) 5432\n})\n`,
    ],
  ),
  D(
    "go",
    "sharp-v-map",
    (r, n, v) =>
      at(`${PREFIX.go(r)}vars: map[string]string{"${snake(n)}":"${v}", "user":"app"}`, v),
    (r) => [`${PREFIX.go(r)}vars: map[string]string{"password":"", "user":"app"}`],
  ),
  D(
    "go",
    "os-environ",
    (r, n, v) =>
      at(
        `${PREFIX.go(r)}env: [PATH=/usr/local/bin HOSTNAME=api-${r.range(1, 9)} ${
          upper(n)
        }=${v} HOME=/root]`,
        v,
      ),
    (r) => [
      `${PREFIX.go(r)}env: [PATH=/usr/local/bin HOSTNAME=api-${
        r.range(1, 9)
      } DB_PASSWORD_FILE=/run/secrets/db HOME=/root]`,
    ],
  ),
  D(
    "php",
    "var-dumper-array",
    (r, n, v) =>
      at(
        `${PREFIX.php(r)}array:3 [\n  "host" => "db.internal"\n  "${
          snake(n)
        }" => "${v}"\n  "port" => 5432\n]\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.php(r)
      }array:3 [\n  "host" => "db.internal"\n  "password" => null\n  "port" => 5432\n]\n`,
      `${PREFIX.php(r)}array:2 [\n  "host" => "db.internal"\n  "password" => "********"\n]\n`,
    ],
  ),
  D(
    "php",
    "var-dumper-object",
    (r, n, v) =>
      at(
        `${PREFIX.php(r)}App\\Services\\Client {#${
          r.range(100, 999)
        }\n  #baseUri: "https://api.internal"\n  -${camel(n)}: "${v}"\n  +timeout: 30\n}\n`,
        v,
      ),
    (r) => [
      `${PREFIX.php(r)}App\\Services\\Client {#${
        r.range(100, 999)
      }\n  #baseUri: "https://api.internal"\n  -apiKey: null\n  +timeout: 30\n}\n`,
    ],
  ),
  D(
    "dotnet",
    "fsharp-record",
    (r, n, v) =>
      at(`${PREFIX.dotnet(r)}{ Host = "db"\n  ${pascal(n)} = "${v}"\n  Port = 5432 }`, v),
    (r) => [`${PREFIX.dotnet(r)}{ Host = "db"\n  Password = null\n  Port = 5432 }`],
  ),
  D(
    "dotnet",
    "fsharp-option",
    (r, n, v) => at(`${PREFIX.dotnet(r)}{ User = "app"; ${pascal(n)} = Some "${v}" }`, v),
    (r) => [`${PREFIX.dotnet(r)}{ User = "app"; Password = None }`],
  ),
  D(
    "dotnet",
    "powershell-hashtable",
    (r, n, v) =>
      at(
        `${
          PREFIX.powershell(r)
        }\nName                           Value\n----                           -----\n${
          pascal(n).padEnd(31)
        }${v}\nUserName                       svc-deploy\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.powershell(r)
      }\nName                           Value\n----                           -----\nPassword                       System.Security.SecureString\nUserName                       svc-deploy\n`,
    ],
  ),
  D(
    "java",
    "groovy-map",
    (r, n, v) => at(`${PREFIX.java(r)}binding: [user:app, ${camel(n)}:${v}, port:5432]`, v),
    (r) => [`${PREFIX.java(r)}binding: [user:app, password:null, port:5432]`],
  ),
  D(
    "java",
    "getenv-map",
    (r, n, v) => at(`${PREFIX.java(r)}env: {PATH=/usr/bin, ${upper(n)}=${v}, HOME=/root}`, v),
    (r) => [`${PREFIX.java(r)}env: {PATH=/usr/bin, VAULT_ADDR=https://vault:8200, HOME=/root}`],
  ),
  D(
    "java",
    "spring-http-headers",
    (r, n, v) =>
      at(
        `${PREFIX.java(r)}request headers: [Accept:"application/json", X-${
          pascal(n)
        }:"${v}", Content-Length:"0"]`,
        v,
      ),
    (r) => [
      `${PREFIX.java(r)}request headers: [Accept:"application/json", X-Request-Id:"${
        uuid(r)
      }", Content-Length:"0"]`,
    ],
  ),
  D(
    "java",
    "lombok-char-array",
    (r, n, v) => at(`${PREFIX.java(r)}LoginForm(username=bob, ${camel(n)}=${v}, remember=true)`, v),
    (r) => [`${PREFIX.java(r)}LoginForm(username=bob, password=[C@${hex(r, 7)}, remember=true)`],
  ),
  D(
    "rust",
    "pretty-hashmap",
    (r, n, v) =>
      at(`${PREFIX.rust(r)}env = {\n    "HOME": "/root",\n    "${upper(n)}": "${v}",\n}\n`, v),
    (
      r,
    ) => [
      `${
        PREFIX.rust(r)
      }env = {\n    "HOME": "/root",\n    "DB_PASSWORD_FILE": "/run/secrets/db",\n}\n`,
    ],
  ),
  D(
    "python",
    "rich-pretty-repr",
    (r, n, v) =>
      at(
        `${PREFIX.python(r)}\nSettings(\n    app_name='billing',\n    ${
          snake(n)
        }='${v}',\n    debug=False,\n)\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.python(r)
      }\nSettings(\n    app_name='billing',\n    api_key=SecretStr('**********'),\n    debug=False,\n)\n`,
    ],
  ),
  D(
    "python",
    "instance-dict",
    (r, n, v) =>
      at(`${PREFIX.python(r)}{'_host': 'db', '_Client__${snake(n)}': '${v}', '_timeout': 30}`, v),
    (r) => [`${PREFIX.python(r)}{'_host': 'db', '_Client__api_key': None, '_timeout': 30}`],
  ),
  D(
    "python",
    "private-attribute-dict",
    (r, n, v) =>
      at(
        `${PREFIX.python(r)}vars(client) = {'base_url': 'https://api', '_${snake(n)}': '${v}'}`,
        v,
      ),
    (r) => [`${PREFIX.python(r)}vars(client) = {'base_url': 'https://api', '_password': ''}`],
  ),
  D(
    "python",
    "os-environ",
    (r, n, v) =>
      at(
        `${PREFIX.python(r)}environ({'HOME': '/root', '${upper(n)}': '${v}', 'PATH': '/usr/bin'})`,
        v,
      ),
    (r) => [
      `${
        PREFIX.python(r)
      }environ({'HOME': '/root', 'DB_PASSWORD_FILE': '/run/secrets/db', 'PATH': '/usr/bin'})`,
    ],
  ),
  D(
    "python",
    "requests-headers",
    (r, n, v) =>
      at(
        `${PREFIX.python(r)}{'User-Agent': 'python-requests/2.31.0', 'Accept': '*/*', 'X-${
          pascal(n)
        }': '${v}'}`,
        v,
      ),
    (r) => [
      `${
        PREFIX.python(r)
      }{'User-Agent': 'python-requests/2.31.0', 'Accept': '*/*', 'Authorization': '***'}`,
    ],
  ),
  D(
    "python",
    "simple-namespace",
    (r, n, v) =>
      at(`${PREFIX.python(r)}args: namespace(host='db', ${snake(n)}='${v}', verbose=True)`, v),
    (r) => [`${PREFIX.python(r)}args: namespace(host='db', password=None, verbose=True)`],
  ),
  D(
    "ruby",
    "open-struct",
    (r, n, v) => at(`${PREFIX.ruby(r)}#<OpenStruct host="db", ${snake(n)}="${v}">`, v),
    (r) => [`${PREFIX.ruby(r)}#<OpenStruct host="db", password=nil>`],
  ),
  D(
    "ruby",
    "data-define",
    (r, n, v) => at(`${PREFIX.ruby(r)}#<data Credentials user="app", ${snake(n)}="${v}">`, v),
    (r) => [`${PREFIX.ruby(r)}#<data Credentials user="app", password="[FILTERED]">`],
  ),
  D(
    "ruby",
    "awesome-print",
    (r, n, v) =>
      at(`${PREFIX.ruby(r)}\n{\n        :host => "db",\n    :${snake(n)} => "${v}"\n}\n`, v),
    (r) => [`${PREFIX.ruby(r)}\n{\n        :host => "db",\n    :password => nil\n}\n`],
  ),
  D(
    "elixir",
    "map-pretty",
    (r, n, v) =>
      at(`${PREFIX.elixir(r)}\n%{\n  "${snake(n)}" => "${v}",\n  "username" => "bob"\n}\n`, v),
    (r) => [`${PREFIX.elixir(r)}\n%{\n  "password" => "[FILTERED]",\n  "username" => "bob"\n}\n`],
  ),
  D(
    "erlang",
    "record-multiline",
    (r, n, v) =>
      at(
        `${PREFIX.erlang(r)}#state{host = "mq.internal",\n       ${
          snake(n)
        } = "${v}",\n       port = 5672}\n`,
        v,
      ),
    (
      r,
    ) => [
      `${PREFIX.erlang(r)}#state{host = "mq.internal",\n       port = 5672,\n       ssl = false}\n`,
    ],
  ),
  D(
    "clojure",
    "record",
    (r, n, v) =>
      at(`${PREFIX.clojure(r)}#acme.config.Db{:host "db", :${n.join("-")} "${v}", :port 5432}`, v),
    (r) => [`${PREFIX.clojure(r)}#acme.config.Db{:host "db", :password nil, :port 5432}`],
  ),
  D(
    "ocaml",
    "sexp",
    (r, n, v) => at(`${PREFIX.ocaml(r)}((host db) (${snake(n)} ${v}) (port 5432))`, v),
    (r) => [`${PREFIX.ocaml(r)}((host db) (password ()) (port 5432))`],
  ),
  D(
    "swift",
    "dump-dictionary",
    (r, n, v) =>
      at(
        `${
          PREFIX.swift(r)
        }\n▿ 2 key/value pairs\n  ▿ (2 elements)\n    - key: "host"\n    - value: "db"\n  ▿ (2 elements)\n    - key: "${
          camel(n)
        }"\n    - value: "${v}"\n`,
        v,
      ),
    (r) => [
      `${
        PREFIX.swift(r)
      }\n▿ 2 key/value pairs\n  ▿ (2 elements)\n    - key: "host"\n    - value: "db"\n  ▿ (2 elements)\n    - key: "requestId"\n    - value: "${
        uuid(r)
      }"\n`,
    ],
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
  ["pass"],
  ["passwd"],
  ["private", "key"],
  ["webhook", "secret"],
  ["refresh", "token"],
];

/** Neutral names a provider token is written under (its own format names it). */
const NEUTRAL_NAMES: readonly (readonly string[])[] = [["upstream", "ref"], ["value"], [
  "credential",
]];

/** The printouts' ids, in order (the floors test reads them). */
export const DUMP_IDS: readonly string[] = DUMPS.map((d) => `${d.group}:${d.id}`);

/**
 * The corpus for `seed` (the stored one: 1): per printout four generic values (under names the
 * seed picks) and two provider tokens the seed picks, then its benign twins.
 */
export function generateDumps17(seed = 1): Case[] {
  const r = new Rand(seed);
  const c = new Corpus("d17", "dumps17");
  const tokens = providerTokens(new Rand(seed + 104729));
  DUMPS.forEach((dump, f) => {
    const type = `${dump.group}:${dump.id}`;
    for (let k = 0; k < 4; k++) {
      const name = r.pick(GENERIC_NAMES);
      const { text, written } = dump.write(r, name, genericValue(r, k + f));
      c.add("secret", `${type}:generic`, text, [written]);
    }
    for (let k = 0; k < 2; k++) {
      const { id, token } = r.pick(tokens);
      const { text, written } = dump.write(r, r.pick(NEUTRAL_NAMES), token);
      c.add("secret", `${type}:${id}`, text, [written]);
    }
    for (const text of dump.keep(r)) c.add("benign", type, text);
  });
  return c.cases;
}

export const dumps17Text = (cases: readonly Case[]) =>
  cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const seed = Number(Deno.args[0] ?? 1);
  const cases = generateDumps17(seed);
  // Seed 1 is the stored file; another seed is written where the second argument says.
  const out = Deno.args[1] ? new URL(Deno.args[1], `file://${Deno.cwd()}/`) : DUMPS17_FILE;
  if (seed !== 1 && !Deno.args[1]) throw new Error("give the file to write another seed to");
  await Deno.writeTextFile(out, dumps17Text(cases));
  const by = Map.groupBy(cases, (c) => c.kind);
  console.log(
    out.pathname,
    DUMPS.length,
    "printouts,",
    [...by].map(([k, v]) => `${k} ${v.length}`).join(", "),
  );
}
