/**
 * The blind benign corpus (./benign8.jsonl): lines and multi-line chunks as runtimes, build tools,
 * lockfiles, git, orchestrators, databases, brokers, observability tools, browsers and CDNs,
 * security tools, documentation and operating systems print them when nothing sensitive is in
 * them: hashes, digests, ids that look like tokens, numbers that look like personal data, names of
 * secrets without their values, placeholders and documented example values. About one case in
 * ten is a control holding a real secret or personal value in the same kind of text, so a scrubber
 * that masks nothing cannot pass. Written without reading the detectors, the key/value reader or
 * the other corpora. Deterministic: one seed, the same file every run.
 *
 *   deno run --allow-write core/scrub/corpus/gen_benign8.ts    # rewrites ./benign8.jsonl
 */
import {
  type AuditCase,
  auditCases,
  type AuditControl,
  type AuditTemplate,
  auditText,
  B62,
  gs1,
  luhn,
} from "./audit_cases.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

/** Where the stored corpus lives. */
export const BENIGN8_FILE = new URL("./benign8.jsonl", import.meta.url);

/** A stored case: what the shared scorer reads, and where it came from. */
export type Benign8Case = AuditCase<"benign8">;

type Rng = () => number;

/** mulberry32 (the dev kit's), so the corpus is the same every run. */
const seeded = (seed: number): Rng => seededRandom(seed).next;

const HEX = "0123456789abcdef";
const B64 = B62 + "+/";
const B64URL = B62 + "-_";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
const UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Value makers bound to one generator. */
class Gen {
  constructor(readonly r: Rng) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chars(alphabet: string, n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.r() * alphabet.length)];
    return s;
  }
  hex(n: number): string {
    return this.chars(HEX, n);
  }
  digits(n: number): string {
    return String(this.int(1, 9)) + this.chars("0123456789", n - 1);
  }
  b64(bytes: number): string {
    const n = Math.ceil(bytes / 3) * 4;
    const pad = (3 - (bytes % 3)) % 3;
    return this.chars(B64, n - pad) + "=".repeat(pad);
  }
  b64url(n: number): string {
    return this.chars(B64URL, n);
  }
  uuid(): string {
    const h = this.hex(32);
    const v = "89ab"[this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${
      h.slice(20, 32)
    }`;
  }
  ulid(): string {
    return "01" + this.chars("0123456789ABCDEFGHJKMNPQRST", 1) + this.chars(CROCKFORD, 23);
  }
  ksuid(): string {
    return "2" + this.chars(B62, 26);
  }
  nanoid(): string {
    return this.chars(B64URL, 21);
  }
  objectId(): string {
    return (0x65000000 + this.int(0, 0xffffff)).toString(16) + this.hex(16);
  }
  snowflake(): string {
    return "1" + this.chars("0123456789", 18);
  }
  sha1(): string {
    return this.hex(40);
  }
  sha256(): string {
    return this.hex(64);
  }
  /** An integrity string: sha512 of 64 bytes, base64. */
  sri512(): string {
    return "sha512-" + this.b64(64);
  }
  semver(): string {
    return `${this.int(0, 18)}.${this.int(0, 40)}.${this.int(0, 30)}`;
  }
  time(): string {
    const p = (n: number) => String(n).padStart(2, "0");
    return `${p(this.int(0, 23))}:${p(this.int(0, 59))}:${p(this.int(0, 59))}`;
  }
  date(): string {
    const p = (n: number) => String(n).padStart(2, "0");
    return `2026-${p(this.int(1, 12))}-${p(this.int(1, 28))}`;
  }
  iso(): string {
    return `${this.date()}T${this.time()}.${this.chars("0123456789", 3)}Z`;
  }
  host(): string {
    return this.pick([
      "api-gateway",
      "checkout",
      "billing-worker",
      "search-indexer",
      "auth-svc",
      "ledger",
      "notifier",
      "media-transcoder",
    ]);
  }
  pod(): string {
    return `${this.host()}-${this.chars("bcdfghjklmnpqrstvwxz2456789", 10)}-${
      this.chars("bcdfghjklmnpqrstvwxz2456789", 5)
    }`;
  }
  word(): string {
    return this.pick([
      "orders",
      "invoices",
      "sessions",
      "payments",
      "shipments",
      "accounts",
      "events",
      "catalog",
      "inventory",
      "audit_log",
    ]);
  }
}

type Template = AuditTemplate<Gen>;
type Control = AuditControl<Gen>;

/** An ISBN-10 check character. */
function isbn10Check(body: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? "X" : String(c);
}

const JAVA_FRAMES = [
  "at org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
  "at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
  "at com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
  "at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
  "at java.base/java.lang.Thread.run(Thread.java:1583)",
  "at io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:569)",
  "at org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:56)",
  "at jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
];

const BENIGN: Template[] = [
  // ---------------------------------------------------------------- language runtimes
  {
    name: "java-stack-trace",
    n: 14,
    make: (g) =>
      [
        `${g.iso()} ERROR [${g.host()},${g.hex(16)},${g.hex(16)}] ${
          g.int(1, 9)
        } --- [nio-8080-exec-${
          g.int(1, 20)
        }] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception`,
        `java.lang.IllegalStateException: Cannot resolve token type for key 'refreshTokenValiditySeconds' in bean 'authorizationServerSettings'`,
        `\t${g.pick(JAVA_FRAMES)}`,
        `\t${g.pick(JAVA_FRAMES)}`,
        `\t... ${g.int(10, 90)} common frames omitted`,
        `Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after ${
          g.int(3000, 30000)
        }ms.`,
      ].join("\n"),
  },
  {
    name: "java-object-identity",
    n: 8,
    make: (g) =>
      `${g.time()}.${
        g.digits(3)
      } [main] DEBUG o.s.b.f.s.DefaultListableBeanFactory - Creating shared instance of singleton bean 'passwordEncoder' -> org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder@${
        g.hex(8)
      } (hashCode ${g.int(100000000, 2000000000)})`,
  },
  {
    name: "dotnet-exception",
    n: 12,
    make: (g) =>
      [
        `Unhandled exception. System.Security.Cryptography.CryptographicException: The system cannot find the file specified.`,
        `   at System.Security.Cryptography.X509Certificates.CertificatePal.FromBlobOrFile(ReadOnlySpan\`1 rawData, String fileName, SafePasswordHandle password, X509KeyStorageFlags keyStorageFlags)`,
        `   at Contoso.Api.Startup.ConfigureServices(IServiceCollection services) in /src/Contoso.Api/Startup.cs:line ${
          g.int(20, 400)
        }`,
        `   at System.RuntimeMethodHandle.InvokeMethod(Object target, Void** arguments, Signature sig, Boolean isConstructor)`,
        `Assembly: System.Private.CoreLib, Version=${
          g.pick(["6.0.0.0", "7.0.0.0", "8.0.0.0", "4.0.0.0"])
        }, Culture=neutral, PublicKeyToken=7cec85d7bea7798e`,
        `HResult: 0x${g.pick(["80070002", "80131500", "80070005", "8009030D"])}`,
      ].join("\n"),
  },
  {
    name: "dotnet-assembly-binding",
    n: 6,
    make: (g) =>
      `=== Pre-bind state information === LOG: DisplayName = Newtonsoft.Json, Version=${
        g.int(9, 13)
      }.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed (Fully-specified) LOG: Appbase = file:///C:/inetpub/wwwroot/${g.host()}/`,
  },
  {
    name: "python-traceback",
    n: 14,
    make: (g) =>
      [
        `Traceback (most recent call last):`,
        `  File "/usr/local/lib/python3.${
          g.int(9, 13)
        }/site-packages/botocore/credentials.py", line ${g.int(100, 2400)}, in load`,
        `    access_key, secret_key = self._extract_creds_from_mapping(`,
        `  File "/app/${g.host()}/settings.py", line ${g.int(5, 300)}, in <module>`,
        `    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`,
        `  File "<frozen os>", line 714, in __getitem__`,
        `KeyError: 'DJANGO_SECRET_KEY'`,
      ].join("\n"),
  },
  {
    name: "python-logging-repr",
    n: 8,
    make: (g) =>
      `${g.date()} ${g.time()},${
        g.digits(3)
      } DEBUG [urllib3.connectionpool] https://pypi.org:443 "GET /simple/${
        g.pick(["requests", "cryptography", "pydantic", "boto3"])
      }/ HTTP/1.1" 200 ${g.int(1000, 90000)} <Response [200]> object at 0x7f${g.hex(10)}`,
  },
  {
    name: "go-panic",
    n: 12,
    make: (g) =>
      [
        `panic: runtime error: invalid memory address or nil pointer dereference`,
        `[signal SIGSEGV: segmentation violation code=0x1 addr=0x${g.hex(2)} pc=0x${g.hex(6)}]`,
        ``,
        `goroutine ${g.int(1, 4000)} [running]:`,
        `github.com/acme/${g.host()}/internal/token.(*Verifier).Verify(0xc000${g.hex(6)}, {0xc000${
          g.hex(6)
        }, 0x${g.hex(2)}})`,
        `\t/build/internal/token/verify.go:${g.int(20, 300)} +0x${g.hex(3)}`,
        `main.main()`,
        `\t/build/cmd/server/main.go:${g.int(20, 200)} +0x${g.hex(3)}`,
        `exit status 2`,
      ].join("\n"),
  },
  {
    name: "go-log-struct",
    n: 6,
    make: (g) =>
      `${
        g.date().replace(/-/g, "/")
      } ${g.time()} http: TLS handshake error from [redacted]: remote error: tls: bad certificate; conn=&{0xc000${
        g.hex(6)
      } 0xc000${g.hex(6)} false}`,
  },
  {
    name: "rust-panic",
    n: 10,
    make: (g) =>
      [
        `thread 'tokio-runtime-worker' panicked at src/auth/session.rs:${g.int(10, 400)}:${
          g.int(5, 60)
        }:`,
        `called \`Option::unwrap()\` on a \`None\` value`,
        `stack backtrace:`,
        `   0: rust_begin_unwind`,
        `             at /rustc/${g.sha1()}/library/std/src/panicking.rs:${g.int(600, 700)}:5`,
        `   1: core::panicking::panic_fmt`,
        `   2: ${g.host().replace(/-/g, "_")}::auth::session::SessionStore::get::{{closure}}`,
        `note: Some details are omitted, run with \`RUST_BACKTRACE=full\` for a verbose backtrace.`,
      ].join("\n"),
  },
  {
    name: "node-error",
    n: 12,
    make: (g) =>
      [
        `node:internal/process/promises:${g.int(280, 400)}`,
        `    triggerUncaughtException(err, true /* fromPromise */);`,
        `    ^`,
        ``,
        `TypeError: Cannot read properties of undefined (reading 'accessToken')`,
        `    at refreshSession (/srv/app/dist/auth/oauth.js:${g.int(10, 300)}:${g.int(5, 40)})`,
        `    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
        `    at async Promise.all (index ${g.int(0, 9)})`,
        ``,
        `Node.js v${g.pick(["18.19.0", "20.11.1", "22.3.0"])}`,
      ].join("\n"),
  },
  {
    name: "ruby-backtrace",
    n: 10,
    make: (g) =>
      [
        `E, [${g.iso()} #${
          g.int(1000, 99999)
        }] ERROR -- : ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_api_keys_on_digest"`,
        `DETAIL:  Key (digest)=(${g.sha256()}) already exists.`,
        `):`,
        `app/models/api_key.rb:${g.int(5, 80)}:in \`regenerate!'`,
        `app/controllers/settings/tokens_controller.rb:${g.int(5, 80)}:in \`create'`,
        `actionpack (${
          g.pick(["7.1.3", "7.0.8", "6.1.7.6"])
        }) lib/action_controller/metal/basic_implicit_render.rb:6:in \`send_action'`,
      ].join("\n"),
  },
  {
    name: "php-fatal",
    n: 10,
    make: (g) =>
      [
        `[${g.date()} ${g.time()}] production.ERROR: Undefined array key "api_secret" {"exception":"[object] (ErrorException(code: 0): Undefined array key \\"api_secret\\" at /var/www/html/app/Services/PaymentGateway.php:${
          g.int(10, 300)
        })`,
        `[stacktrace]`,
        `#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php(${
          g.int(200, 300)
        }): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError(2, 'Undefined array...', '/var/www/html/...', ${
          g.int(10, 300)
        })`,
        `#1 /var/www/html/app/Http/Controllers/CheckoutController.php(${
          g.int(10, 300)
        }): App\\Services\\PaymentGateway->charge(Object(App\\Models\\Order))`,
        `#2 {main}`,
        `"}`,
      ].join("\n"),
  },
  {
    name: "erlang-elixir-crash",
    n: 10,
    make: (g) =>
      [
        `${g.time()}.${g.digits(3)} [error] GenServer MyApp.TokenCache terminating`,
        `** (FunctionClauseError) no function clause matching in MyApp.TokenCache.handle_call/3`,
        `    (my_app ${g.semver()}) lib/my_app/token_cache.ex:${
          g.int(10, 200)
        }: MyApp.TokenCache.handle_call({:fetch, :refresh_token}, {#PID<0.${
          g.int(100, 9000)
        }.0>, [:alias | #Reference<0.${g.int(100000000, 4000000000)}.${
          g.int(100000000, 4000000000)
        }.${g.int(1000, 99999)}>]}, %{})`,
        `    (stdlib ${g.pick(["5.2", "4.3.1", "6.0"])}) gen_server.erl:${
          g.int(1000, 1300)
        }: :gen_server.try_handle_call/4`,
        `Last message (from #PID<0.${g.int(100, 9000)}.0>): {:fetch, :refresh_token}`,
      ].join("\n"),
  },
  // ---------------------------------------------------------------- build tools
  {
    name: "maven-download",
    n: 10,
    make: (g) => {
      const art = g.pick([
        ["com.fasterxml.jackson.core", "jackson-databind", "2.17.1"],
        ["org.bouncycastle", "bcprov-jdk18on", "1.78.1"],
        ["io.jsonwebtoken", "jjwt-api", "0.12.5"],
        ["org.springframework.security", "spring-security-crypto", "6.3.0"],
      ]);
      return `[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/${
        art[0].replace(/\./g, "/")
      }/${art[1]}/${art[2]}/${art[1]}-${art[2]}.jar (${g.int(30, 9000)} kB at ${g.int(1, 30)}.${
        g.int(0, 9)
      } MB/s)\n[INFO] Checksum validated: SHA-1 ${g.sha1()} (${art[1]}-${art[2]}.jar)`;
    },
  },
  {
    name: "gradle-build",
    n: 10,
    make: (g) =>
      [
        `> Task :app:compileKotlin UP-TO-DATE`,
        `> Task :app:signReleaseBundle`,
        `Build cache key for task ':app:compileJava' is ${g.hex(32)}`,
        `Signing key alias: upload, store: release.keystore (password from ORG_GRADLE_PROJECT_signingPassword)`,
        `BUILD SUCCESSFUL in ${g.int(5, 300)}s`,
        `${g.int(20, 200)} actionable tasks: ${g.int(5, 20)} executed, ${
          g.int(10, 180)
        } up-to-date`,
        `Publishing build scan...`,
        `https://gradle.com/s/${g.chars(LOWER_ALNUM, 13)}`,
      ].join("\n"),
  },
  {
    name: "bazel-build",
    n: 8,
    make: (g) =>
      [
        `INFO: Invocation ID: ${g.uuid()}`,
        `INFO: Analyzed target //services/${g.host()}:image (${g.int(10, 900)} packages loaded, ${
          g.int(1000, 40000)
        } targets configured).`,
        `INFO: From Action services/${g.host()}/image.digest: sha256:${g.sha256()}`,
        `INFO: Elapsed time: ${g.int(1, 600)}.${g.int(100, 999)}s, Critical Path: ${
          g.int(1, 300)
        }.${g.int(10, 99)}s`,
        `INFO: ${g.int(10, 4000)} processes: ${g.int(1, 900)} remote cache hit, ${
          g.int(1, 300)
        } internal, ${g.int(1, 900)} linux-sandbox.`,
      ].join("\n"),
  },
  {
    name: "cargo-build",
    n: 10,
    make: (g) =>
      [
        `    Updating crates.io index`,
        `  Downloaded ${
          g.pick(["ring", "rustls", "jsonwebtoken", "argon2", "hmac"])
        } v${g.semver()}`,
        `   Compiling ${g.pick(["zeroize", "subtle", "sha2", "base64"])} v${g.semver()}`,
        `   Compiling secrets-manager-client v${g.semver()} (/work/crates/secrets-manager-client)`,
        `    Finished \`release\` profile [optimized] target(s) in ${g.int(10, 400)}.${
          g.int(10, 99)
        }s`,
        `     Running \`target/release/deps/auth_tokens-${g.hex(16)}\``,
      ].join("\n"),
  },
  {
    name: "webpack-vite",
    n: 12,
    make: (g) =>
      g.pick([
        () =>
          `asset main.${g.hex(20)}.js ${
            g.int(100, 900)
          } KiB [emitted] [immutable] [minimized] [big] (name: main) 1 related asset\nasset vendors.${
            g.hex(20)
          }.js ${
            g.int(100, 900)
          } KiB [emitted] [immutable]\nwebpack ${g.semver()} compiled successfully in ${
            g.int(1000, 90000)
          } ms`,
        () =>
          `vite v${g.semver()} building for production...\n✓ ${
            g.int(100, 3000)
          } modules transformed.\ndist/assets/index-${g.b64url(8)}.css   ${g.int(10, 90)}.${
            g.int(10, 99)
          } kB │ gzip:  ${g.int(1, 20)}.${g.int(10, 99)} kB\ndist/assets/index-${
            g.b64url(8)
          }.js   ${g.int(100, 900)}.${g.int(10, 99)} kB │ gzip: ${g.int(30, 200)}.${
            g.int(10, 99)
          } kB\n✓ built in ${g.int(1, 30)}.${g.int(10, 99)}s`,
      ])(),
  },
  {
    name: "npm-install",
    n: 10,
    make: (g) =>
      [
        `npm warn deprecated ${
          g.pick(["inflight", "glob", "rimraf", "request"])
        }@${g.semver()}: This module is not supported, and leaks memory.`,
        `npm http fetch GET 200 https://registry.npmjs.org/${
          g.pick(["@types/node", "jsonwebtoken", "@aws-sdk/client-secrets-manager", "dotenv"])
        } ${g.int(10, 900)}ms (cache revalidated)`,
        ``,
        `added ${g.int(100, 2000)} packages, and audited ${g.int(100, 2000)} packages in ${
          g.int(2, 90)
        }s`,
        ``,
        `${g.int(10, 300)} packages are looking for funding`,
        `  run \`npm fund\` for details`,
        `found 0 vulnerabilities`,
      ].join("\n"),
  },
  {
    name: "pip-poetry",
    n: 12,
    make: (g) =>
      g.pick([
        () =>
          `Collecting cryptography==${g.int(38, 43)}.0.${g.int(0, 8)}\n  Downloading cryptography-${
            g.int(38, 43)
          }.0.${g.int(0, 8)}-cp39-abi3-manylinux_2_28_x86_64.whl (${g.int(3, 5)}.${
            g.int(0, 9)
          } MB)\nSuccessfully installed cffi-1.16.0 cryptography-${g.int(38, 43)}.0.${
            g.int(0, 8)
          } pycparser-2.22`,
        () =>
          `  - Installing pyjwt (${g.semver()}): Downloading... 100%\n  - Installing keyring (${g.semver()})\nWriting lock file\nrequests==2.32.3 \\\n    --hash=sha256:${g.sha256()} \\\n    --hash=sha256:${g.sha256()}`,
      ])(),
  },
  // ---------------------------------------------------------------- lockfiles
  {
    name: "package-lock",
    n: 14,
    make: (g) => {
      const pkg = g.pick(["jsonwebtoken", "bcryptjs", "passport-oauth2", "jose", "ms", "semver"]);
      const v = g.semver();
      return `    "node_modules/${pkg}": {\n      "version": "${v}",\n      "resolved": "https://registry.npmjs.org/${pkg}/-/${pkg}-${v}.tgz",\n      "integrity": "${g.sri512()}",\n      "license": "MIT"\n    },`;
    },
  },
  {
    name: "yarn-lock",
    n: 10,
    make: (g) => {
      const pkg = g.pick(["@babel/core", "safe-buffer", "node-forge", "tweetnacl"]);
      const v = g.semver();
      return `"${pkg}@^${v}":\n  version "${v}"\n  resolved "https://registry.yarnpkg.com/${pkg}/-/${
        pkg.split("/").pop()
      }-${v}.tgz#${g.sha1()}"\n  integrity ${g.sri512()}`;
    },
  },
  {
    name: "pnpm-lock",
    n: 8,
    make: (g) =>
      `  /${
        g.pick(["oauth-sign", "crypto-js", "keygrip"])
      }@${g.semver()}:\n    resolution: {integrity: ${g.sri512()}}\n    engines: {node: '>=${
        g.int(12, 20)
      }'}\n    dev: false`,
  },
  {
    name: "go-sum",
    n: 12,
    make: (g) => {
      const mod = g.pick([
        "golang.org/x/crypto",
        "github.com/golang-jwt/jwt/v5",
        "github.com/aws/aws-sdk-go-v2/credentials",
        "google.golang.org/grpc",
      ]);
      const v = `v${g.semver()}`;
      return `${mod} ${v} h1:${g.b64(32)}\n${mod} ${v}/go.mod h1:${g.b64(32)}`;
    },
  },
  {
    name: "cargo-lock",
    n: 10,
    make: (g) =>
      `[[package]]\nname = "${
        g.pick(["hmac", "pbkdf2", "secrecy", "aes-gcm"])
      }"\nversion = "${g.semver()}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.sha256()}"\ndependencies = [\n "digest",\n]`,
  },
  {
    name: "gemfile-composer-lock",
    n: 8,
    make: (g) =>
      g.pick([
        () =>
          `CHECKSUMS\n  bcrypt (${g.semver()}) sha256=${g.sha256()}\n  jwt (${g.semver()}) sha256=${g.sha256()}`,
        () =>
          `            "dist": {\n                "type": "zip",\n                "url": "https://api.github.com/repos/firebase/php-jwt/zipball/${g.sha1()}",\n                "reference": "${g.sha1()}",\n                "shasum": ""\n            },`,
      ])(),
  },
  // ---------------------------------------------------------------- git
  {
    name: "git-log-oneline",
    n: 10,
    make: (g) =>
      Array.from(
        { length: 4 },
        () =>
          `${g.hex(7)} ${
            g.pick([
              "Rotate the signing key reference in values.yaml",
              "Bump jsonwebtoken from 9.0.1 to 9.0.2",
              "Fix token refresh race",
              "Remove hard-coded password from test fixture",
              "Merge pull request #4821 from acme/renovate/aws-sdk",
            ])
          }`,
      ).join("\n"),
  },
  {
    name: "git-diff-header",
    n: 10,
    make: (g) =>
      `diff --git a/config/secrets.example.yaml b/config/secrets.example.yaml\nindex ${g.hex(7)}..${
        g.hex(7)
      } 100644\n--- a/config/secrets.example.yaml\n+++ b/config/secrets.example.yaml\n@@ -${
        g.int(1, 90)
      },${g.int(3, 9)} +${g.int(1, 90)},${
        g.int(3, 9)
      } @@ database:\n-  password: \${DB_PASSWORD}\n+  password: \${DB_PASSWORD:?set DB_PASSWORD}`,
  },
  {
    name: "git-blame-rebase",
    n: 10,
    make: (g) =>
      g.pick([
        () =>
          `^${g.hex(7)} (ci-bot ${g.date()} ${g.time()} +0000 ${
            g.int(1, 300)
          })     token_ttl_seconds = 3600`,
        () =>
          `Successfully rebased and updated refs/heads/feature/rotate-keys.\npick ${
            g.hex(7)
          } Read API keys from the vault agent\nfixup ${g.hex(7)} typo`,
        () =>
          `From github.com:acme/platform\n * branch            main       -> FETCH_HEAD\n   ${
            g.hex(9)
          }..${g.hex(9)}  main       -> origin/main\nUpdating ${g.hex(9)}..${
            g.hex(9)
          }\nFast-forward`,
      ])(),
  },
  {
    name: "git-remote-ssh",
    n: 8,
    make: (g) =>
      `origin\tgit@github.com:acme/${g.host()}.git (fetch)\norigin\tgit@github.com:acme/${g.host()}.git (push)\nupstream\tssh://git@gitlab.com/platform/${g.host()}.git (fetch)`,
  },
  // ---------------------------------------------------------------- containers and orchestration
  {
    name: "docker-pull",
    n: 12,
    make: (g) => {
      const lines = [
        `${g.pick(["latest", "1.27", "3.19", "bookworm"])}: Pulling from library/${
          g.pick(["nginx", "alpine", "debian", "redis"])
        }`,
      ];
      for (let i = 0; i < 3; i++) lines.push(`${g.hex(12)}: Pull complete`);
      lines.push(`Digest: sha256:${g.sha256()}`);
      lines.push(`Status: Downloaded newer image for ${g.pick(["nginx", "alpine"])}:latest`);
      return lines.join("\n");
    },
  },
  {
    name: "kubectl-get-pods",
    n: 12,
    make: (g) => {
      const rows = ["NAME                                READY   STATUS    RESTARTS      AGE"];
      for (let i = 0; i < 3; i++) {
        rows.push(
          `${g.pod()}   1/1     Running   ${g.int(0, 9)} (${g.int(1, 50)}h ago)   ${g.int(1, 40)}d`,
        );
      }
      return rows.join("\n");
    },
  },
  {
    name: "kube-events",
    n: 10,
    make: (g) =>
      `${
        g.int(1, 59)
      }m         Normal    Pulled              pod/${g.pod()}   Successfully pulled image "ghcr.io/acme/${g.host()}@sha256:${g.sha256()}" in ${
        g.int(100, 9000)
      }ms (${g.int(100, 9000)}ms including waiting)`,
  },
  {
    name: "kubectl-get-secret-listing",
    n: 10,
    make: (g) =>
      [
        `NAME                         TYPE                                  DATA   AGE`,
        `${g.host()}-db-credentials   Opaque                                ${g.int(1, 4)}      ${
          g.int(1, 300)
        }d`,
        `${g.host()}-tls              kubernetes.io/tls                     2      ${
          g.int(1, 90)
        }d`,
        `regcred                      kubernetes.io/dockerconfigjson        1      ${
          g.int(1, 900)
        }d`,
        `sh.helm.release.v1.${g.host()}.v${g.int(1, 80)}   helm.sh/release.v1   1      ${
          g.int(1, 60)
        }d`,
      ].join("\n"),
  },
  {
    name: "kubectl-describe-secret",
    n: 8,
    make: (g) =>
      `Name:         ${g.host()}-api-keys\nNamespace:    production\nType:  Opaque\n\nData\n====\nstripe-secret-key:  ${
        g.int(20, 120)
      } bytes\ndatabase-password:  ${g.int(8, 64)} bytes\nsigning.pem:        ${
        g.int(1000, 3300)
      } bytes`,
  },
  {
    name: "node-names-replicasets",
    n: 8,
    make: (g) =>
      `I${g.int(1000, 1231)} ${g.time()}.${g.digits(6)}       1 replica_set.go:${
        g.int(100, 700)
      }] "Too many replicas" replicaSet="production/${g.host()}-${
        g.chars("bcdfghjklmnpqrstvwxz2456789", 10)
      }" need=${g.int(1, 9)} deleting=1 node="gke-prod-pool-${g.int(1, 4)}-${g.hex(8)}-${
        g.chars(LOWER_ALNUM, 4)
      }"`,
  },
  {
    name: "containerd-ids",
    n: 8,
    make: (g) =>
      `time="${g.iso()}" level=info msg="StartContainer for \\"${
        g.hex(64)
      }\\" returns successfully" runtime=io.containerd.runc.v2 sandbox=${g.hex(64)}`,
  },
  // ---------------------------------------------------------------- databases
  {
    name: "postgres-explain",
    n: 10,
    make: (g) =>
      [
        `                                   QUERY PLAN`,
        `--------------------------------------------------------------------------------`,
        ` Index Scan using ${g.word()}_token_hash_idx on ${g.word()}  (cost=0.${g.int(10, 99)}..${
          g.int(8, 99)
        }.${g.int(10, 99)} rows=1 width=${g.int(40, 400)}) (actual time=0.0${g.int(10, 99)}..0.0${
          g.int(10, 99)
        } rows=1 loops=1)`,
        `   Index Cond: (token_hash = $1)`,
        `   Filter: (revoked_at IS NULL)`,
        ` Planning Time: 0.${g.int(100, 999)} ms`,
        ` Execution Time: 0.${g.int(10, 999)} ms`,
      ].join("\n"),
  },
  {
    name: "postgres-log-bind",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()}.${g.digits(3)} UTC [${g.int(100, 99999)}] app@prod LOG:  duration: ${
        g.int(100, 9000)
      }.${
        g.int(100, 999)
      } ms  execute <unnamed>: UPDATE users SET password_hash = $1, password_changed_at = now() WHERE id = $2\n${g.date()} ${g.time()}.${
        g.digits(3)
      } UTC [${g.int(100, 99999)}] app@prod DETAIL:  parameters: $1 = '[FILTERED]', $2 = '${
        g.int(1000, 900000)
      }'`,
  },
  {
    name: "mysql-slow-log",
    n: 10,
    make: (g) =>
      [
        `# Time: ${g.iso()}`,
        `# User@Host: app_rw[app_rw] @  [redacted]  Id: ${g.int(1000, 999999)}`,
        `# Query_time: ${g.int(1, 30)}.${g.digits(6)}  Lock_time: 0.000${
          g.int(100, 999)
        } Rows_sent: ${g.int(0, 9999)}  Rows_examined: ${g.int(1000, 9000000)}`,
        `SET timestamp=${g.int(1760000000, 1790000000)};`,
        `SELECT id, token_prefix FROM api_tokens WHERE account_id = ? AND last_used_at < ? ORDER BY id LIMIT ?;`,
      ].join("\n"),
  },
  {
    name: "mysql-gtid-binlog",
    n: 10,
    make: (g) =>
      `Retrieved_Gtid_Set: ${g.uuid()}:1-${
        g.int(100000, 99999999)
      }\nExecuted_Gtid_Set: ${g.uuid()}:1-${g.int(100000, 99999999)},\n${g.uuid()}:1-${
        g.int(1, 9999)
      }\nRelay_Master_Log_File: mysql-bin.${
        String(g.int(1, 9999)).padStart(6, "0")
      }  Exec_Master_Log_Pos: ${g.int(1000, 999999999)}`,
  },
  {
    name: "postgres-lsn-replication",
    n: 8,
    make: (g) =>
      `${g.date()} ${g.time()} UTC [${
        g.int(100, 99999)
      }] LOG:  started streaming WAL from primary at ${g.hex(1).toUpperCase()}/${
        g.hex(8).toUpperCase()
      } on timeline ${g.int(1, 9)}\n sent_lsn ${g.int(1, 9)}/${
        g.hex(8).toUpperCase()
      } | write_lsn ${g.int(1, 9)}/${g.hex(8).toUpperCase()} | replay_lag 00:00:00.${g.digits(6)}`,
  },
  {
    name: "mongodb-log",
    n: 10,
    make: (g) =>
      `{"t":{"$date":"${g.iso()}"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn${
        g.int(10, 9999)
      }","msg":"Slow query","attr":{"type":"command","ns":"app.${g.word()}","command":{"find":"${g.word()}","filter":{"_id":{"$oid":"${g.objectId()}"}},"lsid":{"id":{"$uuid":"${g.uuid()}"}},"$clusterTime":{"clusterTime":{"$timestamp":{"t":${
        g.int(1760000000, 1790000000)
      },"i":${
        g.int(1, 90)
      }}},"signature":{"hash":{"$binary":{"base64":"AAAAAAAAAAAAAAAAAAAAAAAAAAA=","subType":"0"}},"keyId":0}}},"durationMillis":${
        g.int(100, 9000)
      }}}`,
  },
  {
    name: "redis-cassandra",
    n: 8,
    make: (g) =>
      g.pick([
        () =>
          `${g.int(1, 99999)}:M ${g.date()} ${g.time()}.${
            g.digits(3)
          } * Background saving started by pid ${g.int(100, 99999)}\n${
            g.int(1, 99999)
          }:C ${g.date()} ${g.time()}.${
            g.digits(3)
          } * DB saved on disk\nrun_id:${g.sha1()}\nmaster_replid:${g.sha1()}\nmaster_repl_offset:${
            g.int(100000, 99999999)
          }`,
        () =>
          `INFO  [CompactionExecutor:${g.int(1, 40)}] ${g.date()} ${g.time()},${
            g.digits(3)
          } CompactionTask.java:${
            g.int(100, 300)
          } - Compacted (${g.uuid()}) 4 sstables to [/var/lib/cassandra/data/app/sessions-${
            g.hex(32)
          }/nb-${g.int(1, 9999)}-big,] to level=0.  ${g.int(1, 900)}.${g.int(100, 999)}MiB to ${
            g.int(1, 900)
          }.${g.int(100, 999)}MiB (~${g.int(40, 99)}% of original)`,
      ])(),
  },
  {
    name: "orm-placeholders",
    n: 10,
    make: (g) =>
      g.pick([
        () =>
          `DEBUG sqlalchemy.engine.Engine INSERT INTO credentials (user_id, password_hash, salt) VALUES (%(user_id)s, %(password_hash)s, %(salt)s)`,
        () =>
          `Hibernate: select t1_0.id,t1_0.token_hash,t1_0.expires_at from refresh_tokens t1_0 where t1_0.token_hash=?`,
        () =>
          `[${g.time()}] Ecto.Adapters.SQL QUERY OK source="api_keys" db=${g.int(1, 9)}.${
            g.int(1, 9)
          }ms SELECT a0."id", a0."hashed_secret" FROM "api_keys" AS a0 WHERE (a0."prefix" = $1) ["ak_live"]`,
        () =>
          `Load (0.${
            g.int(1, 9)
          }ms)  SELECT "users".* FROM "users" WHERE "users"."reset_password_token" = :reset_password_token LIMIT :limit`,
      ])(),
  },
  // ---------------------------------------------------------------- message brokers
  {
    name: "kafka-consumer",
    n: 12,
    make: (g) =>
      `[${g.date()} ${g.time()},${g.digits(3)}] INFO [Consumer clientId=consumer-${g.host()}-${
        g.int(1, 9)
      }, groupId=${g.host()}-${
        g.pick(["prod", "v2", "replay"])
      }] Setting offset for partition ${g.word()}-${
        g.int(0, 63)
      } to the committed offset FetchPosition{offset=${
        g.int(100000, 999999999)
      }, offsetEpoch=Optional[${
        g.int(1, 90)
      }], currentLeader=LeaderAndEpoch{leader=Optional[broker-${g.int(1, 9)}.kafka.svc:9092 (id: ${
        g.int(1, 9)
      } rack: null)], epoch=${
        g.int(1, 90)
      }}} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)`,
  },
  {
    name: "kafka-groups-table",
    n: 8,
    make: (g) =>
      `GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID                                             HOST  CLIENT-ID\n${g.host()}  ${g.word()}  ${
        g.int(0, 31)
      }          ${g.int(100000, 9999999)}         ${g.int(100000, 9999999)}         ${
        g.int(0, 500)
      }    consumer-1-${g.uuid()}  -     consumer-1`,
  },
  {
    name: "rabbitmq-nats-sqs",
    n: 10,
    make: (g) =>
      g.pick([
        () =>
          `${g.iso()} [info] <0.${g.int(100, 9999)}.0> accepting AMQP connection <0.${
            g.int(100, 9999)
          }.0> (${g.host()} -> rabbit@rabbitmq-0.rabbitmq-headless)`,
        () =>
          `[${g.int(1, 9)}] ${g.date()} ${g.time()}.${
            g.digits(6)
          } [INF] JetStream stream "ORDERS" consumer "${g.host()}" ack floor seq ${
            g.int(1000, 9999999)
          } stream seq ${g.int(1000, 9999999)} pending ${g.int(0, 999)}`,
        () =>
          `Received SQS message MessageId=${g.uuid()} ReceiptHandle=[omitted ${
            g.int(200, 400)
          } chars] MD5OfBody=${g.hex(32)} ApproximateReceiveCount=${g.int(1, 5)}`,
      ])(),
  },
  // ---------------------------------------------------------------- observability
  {
    name: "otel-span",
    n: 12,
    make: (g) =>
      `{"name":"POST /v1/tokens/refresh","context":{"trace_id":"${g.hex(32)}","span_id":"${
        g.hex(16)
      }","trace_state":"[]"},"parent_id":"${
        g.hex(16)
      }","attributes":{"http.method":"POST","http.status_code":200,"http.route":"/v1/tokens/refresh","net.peer.name":"${g.host()}.internal","enduser.role":"service","otel.scope.name":"opentelemetry.instrumentation.flask"}}`,
  },
  {
    name: "w3c-traceparent",
    n: 10,
    make: (g) =>
      `level=info ts=${g.iso()} caller=handler.go:${g.int(10, 300)} traceparent=00-${g.hex(32)}-${
        g.hex(16)
      }-01 tracestate=rojo=${g.hex(16)} x-b3-traceid=${g.hex(16)} uber-trace-id=${g.hex(16)}:${
        g.hex(16)
      }:0:1 msg="request served"`,
  },
  {
    name: "prometheus-exposition",
    n: 12,
    make: (g) =>
      [
        `# HELP auth_token_validations_total Token validations by result.`,
        `# TYPE auth_token_validations_total counter`,
        `auth_token_validations_total{result="expired",issuer="https://login.example.com/"} ${
          g.int(10, 99999)
        }`,
        `auth_token_validations_total{result="ok",issuer="https://login.example.com/"} ${
          g.int(10, 9999999)
        }`,
        `http_request_duration_seconds_bucket{le="0.25",route="/api/keys/{id}"} ${
          g.int(10, 99999)
        } # {trace_id="${g.hex(32)}"} 0.${g.int(100, 249)} ${g.int(1760000000, 1790000000)}.${
          g.digits(3)
        }`,
        `process_start_time_seconds ${g.int(1760000000, 1790000000)}.${g.int(10, 99)}`,
      ].join("\n"),
  },
  {
    name: "statsd-datadog-metrics",
    n: 8,
    make: (g) =>
      `secrets_manager.get_secret_value.latency:${
        g.int(1, 900)
      }|ms|#secret_name:prod/${g.host()}/db,env:prod,version:${g.semver()}\naws.kms.decrypt.count:1|c|@0.5|#key_alias:alias/${g.host()}`,
  },
  {
    name: "sentry-event",
    n: 8,
    make: (g) =>
      `Sentry event ${g.hex(32)} sent (release ${g.host()}@${g.semver()}+${
        g.hex(7)
      }, environment production, sdk sentry.python ${g.semver()}) fingerprint=['{{ default }}', 'TokenExpiredError']`,
  },
  // ---------------------------------------------------------------- browsers and CDNs
  {
    name: "user-agents",
    n: 14,
    make: (g) =>
      `"GET /static/app.${g.hex(8)}.js HTTP/2.0" 200 ${g.int(1000, 900000)} "-" "${
        g.pick([
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${
            g.int(110, 131)
          }.0.${g.int(5000, 6999)}.${g.int(10, 250)} Safari/537.36`,
          `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${
            g.int(0, 6)
          } like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${
            g.int(0, 6)
          } Mobile/15E148 Safari/604.1`,
          `Mozilla/5.0 (X11; Linux x86_64; rv:${g.int(110, 133)}.0) Gecko/20100101 Firefox/${
            g.int(110, 133)
          }.0`,
          `okhttp/4.12.0`,
          `Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)`,
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${
            g.int(110, 131)
          }.0.0.0 Safari/537.36 Edg/${g.int(110, 131)}.0.${g.int(1000, 2999)}.${g.int(10, 99)}`,
        ])
      }" rt=0.${g.int(1, 999)}`,
  },
  {
    name: "cdn-headers",
    n: 14,
    make: (g) =>
      [
        `HTTP/2 ${g.pick(["200", "304", "404"])}`,
        `date: ${g.pick(["Mon", "Tue", "Wed", "Thu", "Fri"])}, ${
          g.int(10, 28)
        } Nov 2026 ${g.time()} GMT`,
        `etag: "${
          g.pick([g.hex(32), `W/"${g.hex(8)}-${g.b64url(27)}`, `${g.hex(32)}-${g.int(2, 40)}`])
        }"`,
        `cf-ray: ${g.hex(16)}-${g.pick(["FRA", "AMS", "IAD", "NRT", "CDG"])}`,
        `x-amz-cf-id: ${g.b64url(54)}==`,
        `x-amz-request-id: ${g.chars(UPPER_ALNUM, 16)}`,
        `x-request-id: ${g.uuid()}`,
        `cache-control: public, max-age=31536000, immutable`,
      ].join("\n"),
  },
  {
    name: "cache-keys",
    n: 8,
    make: (g) =>
      `varnish: hit for cache key "/${g.word()}?page=${g.int(1, 99)}&cursor=${g.b64url(24)}" (obj ${
        g.hex(8)
      }, age ${g.int(1, 3600)}s, grace 10s) xid=${g.int(1000000, 99999999)}`,
  },
  {
    name: "pagination-cursors",
    n: 10,
    make: (g) =>
      `GET /v1/${g.word()}?limit=100&starting_after=${g.pick(["evt_", "ch_", "in_", "cus_"])}${
        g.chars(B62, 24)
      }&page_token=${g.b64url(43)} 200 in ${g.int(5, 900)}ms next_cursor=${g.b64(48)}`,
  },
  // ---------------------------------------------------------------- security tools (names, not values)
  {
    name: "secret-scanner-findings",
    n: 14,
    make: (g) =>
      g.pick([
        () =>
          `Finding:     aws_secret_access_key = ********************\nSecret:      ********************\nRuleID:      aws-access-token\nEntropy:     ${
            g.int(3, 5)
          }.${g.digits(6)}\nFile:        deploy/terraform.tfvars\nLine:        ${
            g.int(1, 90)
          }\nCommit:      ${g.sha1()}\nFingerprint: ${g.sha1()}:deploy/terraform.tfvars:aws-access-token:${
            g.int(1, 90)
          }`,
        () =>
          `Found verified result 🐷🔑\nDetector Type: Slack\nDecoder Type: PLAIN\nRaw result: xoxb-***REDACTED***\nFile: .github/workflows/notify.yml\nLine: ${
            g.int(1, 90)
          }\nCommit: ${g.sha1()}`,
        () =>
          `{"type": "Secret Keyword", "filename": "settings/base.py", "hashed_secret": "${g.sha1()}", "is_verified": false, "line_number": ${
            g.int(1, 400)
          }}`,
      ])(),
  },
  {
    name: "vault-paths-policies",
    n: 10,
    make: (g) =>
      g.pick([
        () =>
          `path "secret/data/${g.host()}/*" {\n  capabilities = ["read", "list"]\n}\npath "auth/token/renew-self" {\n  capabilities = ["update"]\n}`,
        () =>
          `${g.iso()} [INFO]  expiration: revoked lease: lease_id=database/creds/${g.host()}-ro/${
            g.chars(B62, 24)
          }`,
        () =>
          `Key                Value\n---                -----\ntoken_policies     ["default" "${g.host()}-read"]\ntoken_ttl          ${
            g.int(1, 72)
          }h\ntoken_type         service\nsecret_id_ttl      0s`,
      ])(),
  },
  {
    name: "iam-policy-json",
    n: 10,
    make: (g) =>
      `{"Version":"2012-10-17","Statement":[{"Sid":"ReadAppSecrets","Effect":"Allow","Action":["secretsmanager:GetSecretValue","kms:Decrypt"],"Resource":["arn:aws:secretsmanager:eu-west-1:${
        g.digits(12)
      }:secret:prod/${g.host()}/db-password-${g.chars(B62, 6)}","arn:aws:kms:eu-west-1:${
        g.digits(12)
      }:key/${g.uuid()}"],"Condition":{"StringEquals":{"aws:PrincipalTag/team":"payments"}}}]}`,
  },
  {
    name: "ssh-fingerprints",
    n: 10,
    make: (g) =>
      g.pick([
        () =>
          `The authenticity of host 'bastion.prod.example.com' can't be established.\nED25519 key fingerprint is SHA256:${
            g.b64(32).replace(/=+$/, "")
          }.\nThis key is not known by any other names.`,
        () =>
          `Server host key: ssh-rsa SHA256:${
            g.b64(32).replace(/=+$/, "")
          }\ndebug1: Host 'github.com' is known and matches the ED25519 host key.\ndebug1: Found key in /home/runner/.ssh/known_hosts:${
            g.int(1, 9)
          }`,
        () =>
          `256 MD5:${Array.from({ length: 16 }, () => g.hex(2)).join(":")} deploy key (ED25519)`,
      ])(),
  },
  {
    name: "tls-certificate-details",
    n: 12,
    make: (g) =>
      [
        `Certificate:`,
        `    Data:`,
        `        Version: 3 (0x2)`,
        `        Serial Number:`,
        `            ${Array.from({ length: 16 }, () => g.hex(2)).join(":")}`,
        `        Signature Algorithm: sha256WithRSAEncryption`,
        `        Issuer: C = US, O = Let's Encrypt, CN = R${g.int(10, 11)}`,
        `        Validity`,
        `            Not Before: Nov ${g.int(1, 28)} ${g.time()} 2026 GMT`,
        `        X509v3 extensions:`,
        `            X509v3 Subject Key Identifier: `,
        `                ${Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(":")}`,
        `            X509v3 Authority Key Identifier: `,
        `                ${Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(":")}`,
        `            X509v3 Subject Alternative Name: `,
        `                DNS:${g.host()}.example.com, DNS:*.${g.host()}.example.com, DNS:api.example.com`,
      ].join("\n"),
  },
  {
    name: "cert-manager-acme",
    n: 8,
    make: (g) =>
      `I${g.int(1000, 1231)} ${g.time()}.${g.digits(6)} 1 acme.go:${
        g.int(100, 300)
      }] cert-manager/certificaterequests-issuer-acme/sign "msg"="certificate issued" "related_resource_name"="${g.host()}-tls-${
        g.chars(LOWER_ALNUM, 5)
      }" "resource_namespace"="production" "serial"="${g.hex(36)}" "notAfter"="${g.iso()}"`,
  },
  // ---------------------------------------------------------------- auth flows printed safely
  {
    name: "filtered-params",
    n: 14,
    make: (g) =>
      g.pick([
        () =>
          `Started POST "/users/sign_in" for [FILTERED] at ${g.date()} ${g.time()} +0000\nProcessing by Users::SessionsController#create as HTML\n  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"[FILTERED]", "password"=>"[FILTERED]", "remember_me"=>"0"}, "commit"=>"Log in"}`,
        () =>
          `INFO: POST /oauth/token grant_type=refresh_token&refresh_token=[FILTERED]&client_id=${g.host()}-web&client_secret=[FILTERED] -> 200 (${
            g.int(5, 900)
          } ms)`,
        () =>
          `Request headers: {"Authorization": "Bearer <redacted>", "X-Api-Key": "***", "Cookie": "<redacted>", "Accept": "application/json"}`,
        () =>
          `password: ********\nUsing saved credentials for ${g.host()} (token: ****${g.hex(4)})`,
        () =>
          `[auth] login ok user_id=${
            g.int(1000, 9999999)
          } mfa=totp password=<hidden> session=<redacted len=${g.int(32, 64)}>`,
      ])(),
  },
  {
    name: "env-references",
    n: 14,
    make: (g) =>
      g.pick([
        () =>
          `env:\n  - name: API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: ${g.host()}-secrets\n        key: api-key`,
        () =>
          `Run curl -sf -H "Authorization: Bearer \${{ secrets.DEPLOY_TOKEN }}" https://api.example.com/deploy\n  env:\n    NPM_TOKEN: \${{ secrets.NPM_TOKEN }}`,
        () => `export API_KEY=\${API_KEY:?must be set}\nexport DATABASE_URL="\$DATABASE_URL"`,
        () =>
          `docker run --rm -e POSTGRES_PASSWORD -e AWS_SECRET_ACCESS_KEY --env-file /run/secrets/app.env ghcr.io/acme/${g.host()}:${g.semver()}`,
        () =>
          `spring.datasource.password=\${SPRING_DATASOURCE_PASSWORD}\nspring.security.oauth2.client.registration.github.client-secret=\${GITHUB_CLIENT_SECRET}`,
        () => `password: "{{ vault_db_password }}"\napi_token: "{{ lookup('env', 'API_TOKEN') }}"`,
      ])(),
  },
  {
    name: "format-placeholders",
    n: 10,
    make: (g) =>
      g.pick([
        () => `logger.debug("authenticating %s with password %s", username, "<masked>")`,
        () =>
          `WARN  [${g.host()}] template "reset_email" rendered with vars {token_url: "https://app.example.com/reset?token={token}", expires: "{ttl}"}`,
        () => `fmt.Sprintf("postgres://%s:%s@%s/%s?sslmode=require", user, pass, host, db)`,
        () => `String.format("Bearer %s", accessToken) returned null`,
        () => `Usage: deploy --api-key <API_KEY> --secret <SECRET> [--region <REGION>]`,
      ])(),
  },
  // ---------------------------------------------------------------- documentation example values
  {
    name: "doc-example-values",
    n: 14,
    make: (g) =>
      g.pick([
        () =>
          `# Example from the AWS CLI guide\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-2`,
        () =>
          `curl https://api.stripe.com/v1/charges -u sk_test_xxxxxxxxxxxxxxxxxxxxxxxx: -d amount=2000 -d currency=usd`,
        () => `STRIPE_SECRET_KEY=sk_live_...\nSTRIPE_PUBLISHABLE_KEY=pk_live_...`,
        () => `# see docs: connect with postgres://user:password@db.example.com:5432/mydb`,
        () => `GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # replace with your token`,
        () => `Set SLACK_BOT_TOKEN to your bot token (it starts with xoxb-).`,
      ])(),
  },
  // ---------------------------------------------------------------- ids that look like tokens
  {
    name: "ids-json",
    n: 16,
    make: (g) =>
      `{"level":"info","ts":"${g.iso()}","request_id":"${g.uuid()}","event_id":"${g.ulid()}","order_id":"ord_${g.ksuid()}","cursor":"${
        g.b64(30)
      }","idempotency_key":"${g.uuid()}","object_id":"${g.objectId()}","msg":"order created"}`,
  },
  {
    name: "ids-logfmt",
    n: 14,
    make: (g) =>
      `ts=${g.iso()} level=info svc=${g.host()} req_id=${g.nanoid()} job_id=${g.ksuid()} message_id=${g.snowflake()} etag=${
        g.hex(32)
      } crc32c=${g.b64(4)} md5=${g.hex(32)} commit=${g.sha1()} msg="processed"`,
  },
  {
    name: "s3-objects",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()} upload: ./dist/app-${g.semver()}.tar.gz to s3://acme-artifacts/builds/${g.sha1()}/app.tar.gz\nETag: "${
        g.hex(32)
      }-${g.int(2, 90)}"  VersionId: ${g.b64url(32)}  x-amz-checksum-sha256: ${g.b64(32)}`,
  },
  {
    name: "docker-layer-ids",
    n: 8,
    make: (g) =>
      `IMAGE          CREATED        CREATED BY                                      SIZE\n${
        g.hex(12)
      }   ${
        g.int(2, 9)
      } days ago     CMD ["node" "server.js"]                        0B\n<missing>      ${
        g.int(2, 9)
      } days ago     COPY dir:${g.hex(64)} in /app   ${g.int(1, 90)}.${g.int(1, 9)}MB`,
  },
  // ---------------------------------------------------------------- numbers that look like personal data
  {
    name: "commerce-numbers",
    n: 14,
    make: (g) => {
      const ean = "40" + g.chars("0123456789", 10);
      const upc = "0" + g.chars("0123456789", 10);
      const isbn = "97" + g.pick(["8", "9"]) + g.chars("0123456789", 9);
      const isbn10 = g.chars("0123456789", 9);
      return `order=INV-${g.int(2024, 2026)}-${String(g.int(1, 999999)).padStart(6, "0")} sku=${
        g.chars(UPPER_ALNUM, 8)
      } ean=${gs1(ean)} upc=${gs1(upc)} isbn=${gs1(isbn)} isbn10=${isbn10}${
        isbn10Check(isbn10)
      } qty=${g.int(1, 9)} total=EUR ${g.int(1, 9999)}.${g.int(10, 99)} tracking=1Z${
        g.chars(UPPER_ALNUM, 16)
      }`;
    },
  },
  {
    name: "versions-and-builds",
    n: 12,
    make: (g) =>
      g.pick([
        () =>
          `OS: Microsoft Windows 10.0.${g.pick(["19041", "19045", "22621", "26100"])}.${
            g.int(1, 5000)
          }, build ${g.int(19000, 26999)}.${g.int(1, 4000)}, .NET ${g.semver()}, kernel 6.${
            g.int(1, 12)
          }.${g.int(0, 90)}-${g.int(1, 200)}-generic`,
        () =>
          `Chrome ${g.int(110, 131)}.0.${g.int(5000, 6999)}.${
            g.int(10, 250)
          } (Official Build) (64-bit) / V8 ${g.int(11, 13)}.${g.int(0, 9)}.${g.int(100, 300)}.${
            g.int(1, 40)
          }`,
        () =>
          `firmware=${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 9)}.${g.int(0, 9)} bios=${
            g.int(1, 2)
          }.${g.int(10, 30)}.${g.int(0, 9)} build_number=${
            g.int(10000, 99999)
          } semver_range=">=${g.semver()} <${g.int(1, 20)}.0.0"`,
        () =>
          `Assembly version 1.0.0.0, file version ${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 9)}.${
            g.int(0, 9)
          }, product version ${g.semver()}`,
      ])(),
  },
  {
    name: "dates-money-durations",
    n: 12,
    make: (g) =>
      `report period=${g.date()}..${g.date()} generated=${g.pick(["Nov", "Dec"])} ${
        g.int(1, 28)
      }, 2026 ${g.time()} epoch=${g.int(1760000000, 1790000000)} epoch_ms=${
        g.int(1760000000, 1790000000)
      }${g.digits(3)} amount=$${g.int(1, 99)},${g.chars("0123456789", 3)}.${g.int(10, 99)} fee=0.${
        g.int(10, 99)
      } USD latency_p99=${g.int(1, 999)}ms uptime=${g.int(1, 400)}d${g.int(1, 23)}h${
        g.int(1, 59)
      }m bytes=${g.int(100000, 9999999999)} pid=${g.int(100, 4194304)} port=${g.int(1024, 65535)}`,
  },
  {
    name: "coordinates-status",
    n: 8,
    make: (g) =>
      `geo: tile z=${g.int(3, 18)} x=${g.int(1, 99999)} y=${g.int(1, 99999)} centroid=(${
        g.int(-80, 80)
      }.${g.digits(4)}, ${g.int(-170, 170)}.${g.digits(4)}) HTTP/1.1 ${
        g.pick(["200 OK", "301 Moved Permanently", "503 Service Unavailable"])
      } retry-after=${g.int(1, 120)}`,
  },
  {
    name: "oids-mibs",
    n: 10,
    make: (g) =>
      g.pick([
        () =>
          `snmpd[${g.int(100, 99999)}]: Received SNMP packet(s) OID 1.3.6.1.4.1.${
            g.int(1000, 60000)
          }.${g.int(1, 20)}.${g.int(1, 20)}.0 IF-MIB::ifHCInOctets.${g.int(1, 48)} = Counter64: ${
            g.int(1000000, 9999999999)
          }`,
        () =>
          `Certificate policy OID 2.23.140.1.2.1, EKU 1.3.6.1.5.5.7.3.1, key usage OID 2.5.29.15, signature 1.2.840.113549.1.1.11`,
        () =>
          `SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.${g.int(1000, 60000)}.1.${
            g.int(1, 99)
          } HOST-RESOURCES-MIB::hrSWRunIndex.${g.int(1, 9999)}`,
      ])(),
  },
  {
    name: "windows-events",
    n: 12,
    make: (g) =>
      g.pick([
        () =>
          `Log Name: Security  Source: Microsoft-Windows-Security-Auditing  Event ID: 4672  Task Category: Special Logon\nSubject: Security ID: S-1-5-18  Account Name: SYSTEM  Account Domain: NT AUTHORITY  Logon ID: 0x3E7\nPrivileges: SeAssignPrimaryTokenPrivilege SeTcbPrivilege SeSecurityPrivilege SeTakeOwnershipPrivilege`,
        () =>
          `Event 7036 Service Control Manager: The Windows Update service entered the running state. ProcessId ${
            g.int(100, 40000)
          } ActivityId {${g.uuid().toUpperCase()}} Group S-1-5-32-544 (BUILTIN\\Administrators)`,
        () =>
          `Windows Update failed to install KB${g.int(4000000, 5099999)} with error 0x${
            g.pick(["80070005", "800f0922", "80073712", "8024402c"])
          } (Installation Failure: Windows failed to install the following update with error 0x${
            g.pick(["80070005", "800f0922"])
          }).`,
        () =>
          `The description for Event ID ${
            g.int(1000, 9999)
          } from source Schannel cannot be found. A fatal alert was generated: ${
            g.int(10, 100)
          }. Protocol: TLS 1.2. Cipher: 0x${g.hex(4)}. Thread 0x${
            g.hex(4)
          } SID S-1-5-20 (NETWORK SERVICE)`,
      ])(),
  },
  {
    name: "macos-unified-log",
    n: 14,
    make: (g) =>
      g.pick([
        () =>
          `${g.date()} ${g.time()}.${g.digits(6)}+0100 0x${
            g.hex(6)
          }   Default     0x0                  ${
            g.int(100, 9999)
          }   0    trustd: [com.apple.securityd:ocsp] OCSP response for <private> is valid until <private>`,
        () =>
          `${g.date()} ${g.time()}.${g.digits(6)}+0100 0x${g.hex(6)}   Info        0x${
            g.hex(6)
          }             ${
            g.int(100, 9999)
          }   14   accountsd: (Accounts) [com.apple.accounts:daemon] Fetching credential for account <private> type com.apple.account.AppleAccount`,
        () =>
          `${g.date()} ${g.time()}.${g.digits(6)}+0100 localhost securityd[${
            g.int(100, 999)
          }]: (Security) [com.apple.securityd:keychain] SecKeychainItemCopyContent: item 0x7f${
            g.hex(10)
          } class genp, access group <private>, result 0`,
        () =>
          `${g.date()} ${g.time()}.${g.digits(6)}+0100 0x${g.hex(5)} Error 0x0 ${
            g.int(100, 999)
          } 0 nsurlsessiond: (CFNetwork) [com.apple.CFNetwork:Default] Task <${g.uuid().toUpperCase()}>.<${
            g.int(1, 9)
          }> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009`,
      ])(),
  },
  {
    name: "systemd-journal",
    n: 12,
    make: (g) =>
      g.pick([
        () =>
          `${g.pick(["Nov", "Dec"])} ${g.int(10, 28)} ${g.time()} ${g.host()}-${
            g.int(1, 9)
          } systemd[1]: Started ${g.host()}.service - Acme ${g.host()} (secrets loaded via LoadCredential=api-key:/etc/credstore/api-key).`,
        () =>
          `${g.pick(["Nov", "Dec"])} ${g.int(10, 28)} ${g.time()} ${g.host()}-${
            g.int(1, 9)
          } systemd[1]: ${g.host()}.service: Consumed ${g.int(1, 90)}.${
            g.int(100, 999)
          }s CPU time, ${g.int(10, 900)}.${g.int(1, 9)}M memory peak, invocation ${g.hex(32)}.`,
        () =>
          `_BOOT_ID=${g.hex(32)}\n_MACHINE_ID=${g.hex(32)}\n_SYSTEMD_INVOCATION_ID=${
            g.hex(32)
          }\nSYSLOG_IDENTIFIER=${g.host()}\nMESSAGE=token cache warmed (${g.int(1, 900)} entries)`,
      ])(),
  },
  {
    name: "kernel-dmesg",
    n: 12,
    make: (g) =>
      g.pick([
        () =>
          `[${g.int(1, 99999)}.${g.digits(6)}] pci 0000:${g.hex(2)}:${g.hex(2)}.0: [8086:${
            g.hex(4)
          }] type 00 class 0x020000\n[${g.int(1, 99999)}.${g.digits(6)}] pci 0000:${g.hex(2)}:${
            g.hex(2)
          }.0: reg 0x10: [mem 0xfe${g.hex(6)}-0xfe${g.hex(6)}]`,
        () =>
          `[${g.int(1, 99999)}.${g.digits(6)}] BUG: unable to handle page fault for address: ffff${
            g.hex(12)
          }\n[${g.int(1, 99999)}.${g.digits(6)}] RIP: 0010:__kmalloc+0x${g.hex(3)}/0x${
            g.hex(3)
          }\n[${g.int(1, 99999)}.${g.digits(6)}] RSP: 0018:ffffb${g.hex(11)} EFLAGS: 00010246`,
        () =>
          `[${g.int(1, 99999)}.${g.digits(6)}] EXT4-fs (nvme0n1p${
            g.int(1, 4)
          }): mounted filesystem ${g.uuid()} r/w with ordered data mode. Quota mode: none.`,
        () =>
          `[${g.int(1, 99999)}.${g.digits(6)}] audit: type=1400 audit(${
            g.int(1760000000, 1790000000)
          }.${g.digits(3)}:${
            g.int(10, 999)
          }): apparmor="DENIED" operation="open" profile="snap.${g.host()}" name="/proc/${
            g.int(100, 99999)
          }/environ" pid=${
            g.int(100, 99999)
          } comm="node" requested_mask="r" denied_mask="r" fsuid=0 ouid=0`,
      ])(),
  },
  // ---------------------------------------------------------------- e-mail-like strings that are not addresses
  {
    name: "package-specs",
    n: 12,
    make: (g) =>
      `npm ERR! peer dep missing: @${
        g.pick(["angular", "nestjs", "aws-sdk", "types"])
      }/core@^${g.semver()}, required by @acme/${g.host()}@${g.semver()}\nnpm ERR! could not resolve react-dom@${g.semver()} from ${g.host()}@${g.semver()}\npnpm add -D @vitejs/plugin-react@${g.semver()} typescript@~${g.semver()}`,
  },
  {
    name: "kerberos-service-principals",
    n: 8,
    make: (g) =>
      g.pick([
        () =>
          `krb5kdc[${g.int(100, 9999)}]: TGS_REQ: ISSUE: authtime ${
            g.int(1760000000, 1790000000)
          }, etypes {rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18)}, HTTP/${g.host()}.corp.example.com@CORP.EXAMPLE.COM for krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM`,
        () =>
          `kinit: keytab /etc/security/keytabs/hdfs.service.keytab principal nn/namenode-${
            g.int(1, 3)
          }.corp.example.com@CORP.EXAMPLE.COM kvno ${g.int(1, 9)} ok`,
      ])(),
  },
  // ---------------------------------------------------------------- misc systems
  {
    name: "terraform-plan",
    n: 10,
    make: (g) =>
      `  # aws_secretsmanager_secret_version.${
        g.host().replace(/-/g, "_")
      } will be updated in-place\n  ~ resource "aws_secretsmanager_secret_version" "${
        g.host().replace(/-/g, "_")
      }" {\n        id            = "arn:aws:secretsmanager:eu-west-1:${
        g.digits(12)
      }:secret:prod/${g.host()}-${
        g.chars(B62, 6)
      }|${g.uuid()}"\n      ~ secret_string = (sensitive value)\n        version_id    = "${g.uuid()}"\n    }`,
  },
  {
    name: "helm-argo",
    n: 10,
    make: (g) =>
      g.pick([
        () =>
          `Release "${g.host()}" has been upgraded. Happy Helming!\nNAME: ${g.host()}\nLAST DEPLOYED: ${
            g.pick(["Mon", "Tue", "Wed"])
          } Nov ${
            g.int(10, 28)
          } ${g.time()} 2026\nNAMESPACE: production\nSTATUS: deployed\nREVISION: ${g.int(1, 300)}`,
        () =>
          `time="${g.iso()}" level=info msg="Comparing app state (cluster: https://kubernetes.default.svc, namespace: production)" application=argocd/${g.host()} revision=${g.sha1()} dest-server="https://kubernetes.default.svc"`,
      ])(),
  },
  {
    name: "ci-runner",
    n: 10,
    make: (g) =>
      [
        `Running with gitlab-runner ${g.int(15, 17)}.${g.int(0, 11)}.${g.int(0, 3)} (${g.hex(8)})`,
        `  on docker-autoscaler ${g.chars(B62, 8)}, system ID: s_${g.hex(12)}`,
        `Fetching changes with git depth set to 20...`,
        `Checking out ${g.hex(8)} as detached HEAD (ref is refs/merge-requests/${
          g.int(100, 9999)
        }/head)...`,
        `$ echo "Using masked variable \$CI_JOB_TOKEN and \$REGISTRY_PASSWORD"`,
        `Using masked variable [MASKED] and [MASKED]`,
        `Job succeeded`,
      ].join("\n"),
  },
  {
    name: "github-actions",
    n: 10,
    make: (g) =>
      `${g.iso()} ##[group]Run actions/checkout@${g.sha1()}\n${g.iso()} with:\n${g.iso()}   token: ***\n${g.iso()}   ssh-strict: true\n${g.iso()} ##[endgroup]\n${g.iso()} Syncing repository: acme/${g.host()}\n${g.iso()} [command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +${g.sha1()}:refs/remotes/origin/main`,
  },
  {
    name: "nginx-envoy-config",
    n: 8,
    make: (g) =>
      g.pick([
        () =>
          `[${g.iso()}][${
            g.int(1, 99)
          }][info][upstream] [source/common/upstream/cds_api_helper.cc:${g.int(10, 90)}] cds: add ${
            g.int(1, 90)
          } cluster(s), remove ${g.int(0, 9)} cluster(s) version_info ${g.hex(64)}`,
        () =>
          `${g.date().replace(/-/g, "/")} ${g.time()} [notice] ${g.int(1, 99)}#${
            g.int(1, 99)
          }: signal process started; ssl_session_ticket_key /etc/nginx/ticket.key loaded; ssl_stapling on`,
      ])(),
  },
  {
    name: "feature-flags-ab",
    n: 8,
    make: (g) =>
      `flag_eval flag=checkout_v${g.int(2, 9)} variation=${
        g.pick(["on", "off", "treatment_b"])
      } context_kind=user context_hash=${g.hex(40)} bucket=${g.int(0, 99999)} salt_version=${
        g.int(1, 9)
      } rule_id=${g.uuid()}`,
  },
  {
    name: "hash-digests-prose",
    n: 10,
    make: (g) =>
      g.pick([
        () =>
          `verified ${g.host()}-${g.semver()}-linux-amd64.tar.gz: sha256 ${g.sha256()} OK; sha512 ${
            g.hex(128)
          }`,
        () =>
          `gpg: Signature made ${g.pick(["Mon", "Tue"])} ${g.int(10, 28)} Nov 2026 using RSA key ${
            g.hex(40).toUpperCase()
          }\ngpg: Good signature from "Release Signing Key" [ultimate]`,
        () =>
          `cosign: tlog entry verified with uuid ${g.hex(80)} index ${g.int(1000000, 99999999)}`,
        () =>
          `Password policy: minimum length 14, bcrypt cost 12, hashes look like $2b$12$<salt><hash> and are never logged`,
      ])(),
  },
];

/** Real secrets and personal data in the same kinds of text: the corpus's controls. */
const CONTROLS: Control[] = [
  {
    name: "jdbc-url-password",
    n: 8,
    kind: "secret",
    make: (g) => {
      const pw = g.chars(B62, 10) + g.pick(["!", "#", "%"]) + g.chars(B62, 6);
      return {
        text:
          `Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed (url=jdbc:postgresql://db-primary.prod.internal:5432/app?user=app_rw&password=${pw}&sslmode=require)\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:${
            g.int(600, 800)
          })`,
        values: [pw],
      };
    },
  },
  {
    name: "aws-keys-in-config",
    n: 8,
    kind: "secret",
    make: (g) => {
      const id = "AKIA" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
      const secret = g.chars(B62 + "/+", 40);
      return {
        text:
          `[prod]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\nregion = eu-west-1`,
        values: [id, secret],
      };
    },
  },
  {
    name: "npmrc-auth-token",
    n: 8,
    kind: "secret",
    make: (g) => {
      const tok = g.uuid();
      return {
        text:
          `npm verb config //registry.npmjs.org/:_authToken=${tok}\nnpm http fetch GET 401 https://registry.npmjs.org/@acme%2f${g.host()} ${
            g.int(10, 900)
          }ms`,
        values: [tok],
      };
    },
  },
  {
    name: "bearer-jwt-in-headers",
    n: 8,
    kind: "secret",
    make: (g) => {
      const jwt = `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${g.b64url(120)}.${g.b64url(342)}`;
      return {
        text:
          `DEBUG http.client send: b'GET /v2/accounts HTTP/1.1\\r\\nHost: api.example.com\\r\\nAuthorization: Bearer ${jwt}\\r\\nAccept: */*\\r\\n\\r\\n'`,
        values: [jwt],
      };
    },
  },
  {
    name: "secret-in-yaml-env",
    n: 8,
    kind: "secret",
    make: (g) => {
      const v = g.chars(B62, 32);
      return {
        text:
          `env:\n  - name: WEBHOOK_SIGNING_SECRET\n    value: "${v}"\n  - name: LOG_LEVEL\n    value: info`,
        values: [v],
      };
    },
  },
  {
    name: "stripe-live-key",
    n: 6,
    kind: "secret",
    make: (g) => {
      const k = "sk_live_" + g.chars(B62, 24);
      return {
        text: `Stripe::AuthenticationError: Invalid API Key provided: ${k} (request_id=req_${
          g.chars(B62, 14)
        })`,
        values: [k],
      };
    },
  },
  {
    name: "private-key-in-diff",
    n: 4,
    kind: "secret",
    make: (g) => {
      const body = Array.from({ length: 6 }, () => g.b64(48)).join("\n+");
      return {
        text:
          `diff --git a/deploy/key.pem b/deploy/key.pem\nnew file mode 100644\n--- /dev/null\n+++ b/deploy/key.pem\n@@ -0,0 +1,8 @@\n+-----BEGIN RSA PRIVATE KEY-----\n+${body}\n+-----END RSA PRIVATE KEY-----`,
        values: [body.split("\n+")[2]],
      };
    },
  },
  {
    name: "git-author-email",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const email = `${g.pick(["maria.kowalski", "j.okafor", "li.wen", "sven.berg"])}${
        g.int(1, 99)
      }@${g.pick(["gmail.com", "outlook.com", "proton.me", "fastmail.fm"])}`;
      return {
        text: `commit ${g.sha1()}\nAuthor: Dev <${email}>\nDate:   ${g.pick(["Mon", "Tue"])} Nov ${
          g.int(10, 28)
        } ${g.time()} 2026 +0100\n\n    Fix token refresh race`,
        values: [email],
      };
    },
  },
  {
    name: "client-ip-access-log",
    n: 10,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const ip = `${g.pick([81, 92, 145, 176, 213])}.${g.int(1, 254)}.${g.int(1, 254)}.${
        g.int(1, 254)
      }`;
      return {
        text: `${ip} - - [${
          g.int(10, 28)
        }/Nov/2026:${g.time()} +0000] "GET /api/v1/${g.word()}?cursor=${
          g.b64url(24)
        } HTTP/1.1" 200 ${g.int(100, 90000)} "-" "Mozilla/5.0 (X11; Linux x86_64; rv:${
          g.int(110, 133)
        }.0) Gecko/20100101 Firefox/${g.int(110, 133)}.0" cf-ray=${g.hex(16)}-FRA`,
        values: [ip],
      };
    },
  },
  {
    name: "card-in-payment-log",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const body = "4" + g.chars("0123456789", 14);
      const card = luhn(body);
      return {
        text:
          `{"level":"error","ts":"${g.iso()}","order_id":"ord_${g.ksuid()}","msg":"gateway declined","card_number":"${card}","request_id":"${g.uuid()}"}`,
        values: [card],
      };
    },
  },
  {
    name: "phone-in-sms-log",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const phone = `+44 7${g.int(400, 999)} ${g.chars("0123456789", 6)}`;
      return {
        text: `${g.iso()} INFO sms.dispatch message_sid=SM${
          g.hex(32)
        } to="${phone}" status=queued segments=${g.int(1, 3)}`,
        values: [phone],
      };
    },
  },
  {
    name: "person-email-in-error",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const email = `${g.pick(["anna", "tomasz", "keiko", "omar"])}.${
        g.pick(["lindqvist", "nowak", "tanaka", "haddad"])
      }@${g.pick(["gmail.com", "yahoo.co.jp", "web.de", "icloud.com"])}`;
      return {
        text:
          `ActiveRecord::RecordInvalid: Validation failed: Email ${email} has already been taken\napp/services/signup.rb:${
            g.int(5, 90)
          }:in \`call'`,
        values: [email],
      };
    },
  },
  {
    name: "internal-ip-in-stack",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const ip = `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
      return {
        text: `java.net.ConnectException: Connection refused: /${ip}:${
          g.int(1024, 65535)
        }\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n\tat io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337)`,
        values: [ip],
      };
    },
  },
];

/** Every case of the corpus, in a fixed order. */
export const generateBenign8 = (seed = 0xbe9188): Benign8Case[] =>
  auditCases("benign8", new Gen(seeded(seed)), BENIGN, CONTROLS);

/** The corpus as the stored JSON-lines file. */
export const benign8Text = auditText;

if (import.meta.main) {
  const cases = generateBenign8();
  await Deno.writeTextFile(BENIGN8_FILE, benign8Text(cases));
  console.log(`${cases.length} cases written to ${BENIGN8_FILE.pathname}`);
}
