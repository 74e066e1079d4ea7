/**
 * The eleventh benign audit (./benign11.jsonl): what about 90 systems no earlier corpus wrote
 * print when nothing sensitive is in them. Those whose secrets the detectors read, in their benign
 * lines: package managers' configs without credentials (NuGet, Yarn Berry, Cargo, Poetry, Composer,
 * RubyGems), certbot, lego and acme.sh, DNS providers' CLIs and zone dumps, web, proxy, FTP and
 * mail servers' settings, game and media servers, home automation, feature-flag and analytics SDKs'
 * debug output, password managers' fields without their values, notebooks, self-hosted apps'
 * redacted settings (Nextcloud, Gitea, Hasura, Meilisearch, Keycloak), backup tools and payment
 * terminals' EMV tags. And those whose personal data the detectors read, in lines without it: IDS
 * and network monitors (Suricata, Zeek, Snort, Wazuh, Cacti), Windows events, audit logs (pgaudit,
 * aureport, Okta's event types), CDN and WAF logs, DNS query logs of service names, Wi-Fi
 * controllers, MDM, bank and accounting exports' headers and totals (MT940, CAMT.053, BAI2, DATEV,
 * QuickBooks, OFX), CRM schema dumps, HR job and department records, tax forms' box labels,
 * calendars and vCards of rooms and resources, clinical terminologies, transit feeds, smart meters,
 * chargers, and product and place text in Japanese, Chinese, Korean, Arabic, Cyrillic, Greek, Thai
 * and Devanagari. Key names such as `token`, `secret`, `password`, `key`, `name`, `address` and
 * `phone` appear with values that are no secret (a reference, a path, a placeholder, a marker,
 * `null`, a length, a boolean, a policy). About one case in thirteen is a control holding a real
 * secret or personal value in the same kind of text, so a scrubber that masks nothing cannot pass.
 * Hosts are names, never addresses (an address is personal data here). Written without reading the
 * detectors. Deterministic: one seed, the same file every run.
 *
 *   deno run --allow-write core/scrub/corpus/gen_benign11.ts    # rewrites ./benign11.jsonl
 */
import {
  type AuditCase,
  auditCases,
  type AuditControl,
  type AuditTemplate,
  auditText,
  B62,
  DIGITS,
  gs1,
  luhn,
  UPPER,
} from "./audit_cases.ts";
import { Gen } from "./gen_benign9.ts";

/** Where the stored corpus lives. */
export const BENIGN11_FILE = new URL("./benign11.jsonl", import.meta.url);

/** The stored corpus's seed (seed 2 is held out: never read case by case). */
export const BENIGN11_SEED = 1;

/** A stored case: what the shared scorer reads, and where it came from. */
export type Benign11Case = AuditCase<"benign11">;

type Template = AuditTemplate<Gen>;
type Control = AuditControl<Gen>;

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const B64URL = B62 + "-_";
/** RFC 4648 base32, as Syncthing's device ids and TOTP seeds write it. */
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const DOMAINS = ["example.com", "shop.example.net", "example.org", "status.example.io"];
const HOSTS = ["web-3", "edge-2", "mx1", "files-1", "media-01", "hass", "nas-2"];
const APPS = ["checkout", "billing", "search", "catalog", "ledger"];
const FLAGS = ["new-checkout", "dark-mode", "search-v2", "beta-banner", "fast-refunds"];

/** A timestamp as `Mon DD HH:MM:SS` (syslog, Dovecot, vsftpd). */
const syslogTime = (g: Gen) =>
  `${
    g.pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
  } ${String(g.int(1, 28)).padStart(2, " ")} ${g.time()}`;

/** An ISBN-13 (a book's number, EAN-13 check). */
const isbn13 = (g: Gen) => gs1(g.pick(["978", "979"]) + g.chars(DIGITS, 9));

/** A German IBAN with its mod-97 check digits. */
function ibanDE(g: Gen): string {
  const bban = g.digits(8) + g.chars(DIGITS, 10);
  const check = 98 - Number(BigInt(bban + "131400") % 97n);
  return `DE${String(check).padStart(2, "0")}${bban}`;
}

const BENIGN: Template[] = [
  // ------------------------------------------------------------ package managers, no credentials
  {
    name: "nuget-config-sources",
    n: 10,
    make: (g) =>
      g.pick([
        `<add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />`,
        `<add key="${g.pick(APPS)}-feed" value="https://pkgs.dev.azure.com/contoso/_packaging/${
          g.pick(APPS)
        }/nuget/v3/index.json" />`,
        `<add key="globalPackagesFolder" value="/home/runner/.nuget/packages" />`,
        `<add key="signatureValidationMode" value="require" />`,
        `  Registered Sources:\n    1.  nuget.org [Enabled]\n        https://api.nuget.org/v3/index.json\n    2.  ${
          g.pick(APPS)
        } [Disabled]\n        /opt/feeds/${g.pick(APPS)}`,
      ]),
  },
  {
    name: "yarn-berry-config",
    n: 10,
    make: (g) =>
      g.pick([
        `➤ YN0000: ┌ Resolution step\n➤ YN0000: └ Completed in ${g.float(0, 9, 2)}s\n➤ YN0013: │ ${
          g.int(1, 900)
        } packages were already cached, ${g.int(0, 40)} had to be fetched`,
        `npmRegistryServer: "https://registry.yarnpkg.com"\nnpmAlwaysAuth: false\nnpmAuthToken: null\nenableImmutableInstalls: true`,
        `npmScopes:\n  ${
          g.pick(APPS)
        }:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "\${NPM_TOKEN}"`,
        `➤ YN0000: · Yarn ${g.semver()}\n➤ YN0000: ┌ Fetch step\n➤ YN0000: └ Completed in ${
          g.float(0, 9, 2)
        }s\n➤ YN0000: · Done with warnings in ${g.float(0, 30, 2)}s`,
      ]),
  },
  {
    name: "cargo-config",
    n: 8,
    make: (g) =>
      g.pick([
        `[registries.crates-io]\nprotocol = "sparse"\n[net]\ngit-fetch-with-cli = true\nretry = ${
          g.int(1, 5)
        }`,
        `[registry]\ndefault = "${
          g.pick(APPS)
        }"\nglobal-credential-providers = ["cargo:token", "cargo:libsecret"]`,
        `    Updating crates.io index\n  Downloaded serde_json v1.0.${
          g.int(100, 140)
        }\n  Downloaded ${g.int(2, 90)} crates (${g.float(1, 9, 1)} MB) in ${g.float(0, 5, 2)}s`,
        `[registries.${g.pick(APPS)}]\nindex = "sparse+https://cargo.${
          g.pick(DOMAINS)
        }/index/"\ncredential-provider = "cargo:token-from-stdout op read op://ci/cargo/token"`,
      ]),
  },
  {
    name: "poetry-config-list",
    n: 8,
    make: (g) =>
      `cache-dir = "/home/runner/.cache/pypoetry"\ninstaller.max-workers = ${
        g.int(1, 16)
      }\ninstaller.parallel = true\nkeyring.enabled = ${g.pick(["true", "false"])}\nrepositories.${
        g.pick(APPS)
      }.url = "https://pypi.${
        g.pick(DOMAINS)
      }/simple/"\nvirtualenvs.create = true\nvirtualenvs.in-project = null\nvirtualenvs.path = "{cache-dir}/virtualenvs"`,
  },
  {
    name: "composer-config",
    n: 8,
    make: (g) =>
      g.pick([
        `[github-protocols] [https, ssh]\n[github-oauth] {}\n[secure-http] true\n[process-timeout] ${
          g.int(100, 900)
        }\n[cache-dir] /home/runner/.cache/composer`,
        `Loading composer repositories with package information\nUpdating dependencies\nLock file operations: ${
          g.int(1, 90)
        } installs, ${
          g.int(0, 9)
        } updates, 0 removals\n  - Locking symfony/http-client (v${g.semver()})`,
        `{"config":{"sort-packages":true,"allow-plugins":{"php-http/discovery":true},"bearer":{},"http-basic":{}}}`,
      ]),
  },
  {
    name: "gem-env",
    n: 8,
    make: (g) =>
      `RubyGems Environment:\n  - RUBYGEMS VERSION: 3.${g.int(3, 5)}.${
        g.int(0, 20)
      }\n  - RUBY VERSION: 3.${g.int(1, 3)}.${g.int(0, 6)} (2026-${g.p2(g.int(1, 12))}-${
        g.p2(g.int(1, 28))
      } patchlevel ${
        g.int(0, 200)
      }) [x86_64-linux]\n  - GEM PATHS:\n     - /usr/local/bundle\n  - GEM CONFIGURATION:\n     - :update_sources => true\n     - :verbose => true\n     - :backtrace => false\n  - REMOTE SOURCES:\n     - https://rubygems.org/`,
  },
  // ------------------------------------------------------------ certificates, ACME
  {
    name: "certbot-log",
    n: 10,
    make: (g) => {
      const d = g.pick(DOMAINS);
      return g.pick([
        `Saving debug log to /var/log/letsencrypt/letsencrypt.log\nRequesting a certificate for ${d}\n\nSuccessfully received certificate.\nCertificate is saved at: /etc/letsencrypt/live/${d}/fullchain.pem\nKey is saved at:         /etc/letsencrypt/live/${d}/privkey.pem\nThis certificate expires on 2027-${
          g.p2(g.int(1, 12))
        }-${g.p2(g.int(1, 28))}.`,
        `${g.date()} ${g.time()},${
          g.chars(DIGITS, 3)
        }:DEBUG:certbot._internal.renewal:Auto-renewal forced with --force-renewal...\n${g.date()} ${g.time()},${
          g.chars(DIGITS, 3)
        }:DEBUG:acme.client:Storing nonce: ${g.chars(B64URL, 43)}`,
        `Renewal configuration file /etc/letsencrypt/renewal/${d}.conf produced an unexpected error. Skipping.\n[renewalparams]\naccount = ${
          g.hex(32)
        }\nauthenticator = webroot\nserver = https://acme-v02.api.letsencrypt.org/directory\nkey_type = ecdsa`,
      ]);
    },
  },
  {
    name: "lego-acme-sh",
    n: 10,
    make: (g) => {
      const d = g.pick(DOMAINS);
      return g.pick([
        `${
          g.date().replace(/-/g, "/")
        } ${g.time()} [INFO] [${d}] acme: Obtaining bundled SAN certificate\n${
          g.date().replace(/-/g, "/")
        } ${g.time()} [INFO] [${d}] AuthURL: https://acme-v02.api.letsencrypt.org/acme/authz-v3/${
          g.digits(12)
        }\n${g.date().replace(/-/g, "/")} ${g.time()} [INFO] [${d}] acme: use dns-01 solver`,
        `[${g.date()} ${g.time()}] Getting domain auth token for each domain\n[${g.date()} ${g.time()}] Getting webroot for domain='${d}'\n[${g.date()} ${g.time()}] Le_Keylength='ec-256'\n[${g.date()} ${g.time()}] Verify finished, start to sign.`,
        `{"type":"http-01","url":"https://acme-v02.api.letsencrypt.org/acme/chall-v3/${
          g.digits(12)
        }/${g.chars(B62, 6)}","status":"valid","validated":"${g.iso()}","token":"${
          g.chars(B64URL, 43)
        }"}`,
        `_acme-challenge.${d}. 60 IN TXT "${g.chars(B64URL, 43)}"`,
      ]);
    },
  },
  // ------------------------------------------------------------ DNS providers, zones
  {
    name: "dns-provider-cli",
    n: 12,
    make: (g) => {
      const d = g.pick(DOMAINS);
      return g.pick([
        `ID           Type     Name                 Data                           Priority    Port    TTL     Weight\n${
          g.digits(9)
        }    CNAME    www                  @                              0           0       3600    0\n${
          g.digits(9)
        }    MX       @                    mx1.${d}.             10          0       1800    0`,
        `NAME                    TYPE   TTL    DATA\n${d}.   SOA    21600  ns-cloud-a1.googledomains.com. cloud-dns-hostmaster.google.com. ${
          g.int(1, 90)
        } 21600 3600 259200 300\nwww.${d}.  CNAME  300    ${d}.`,
        `{"Name":"${d}.","Type":"CAA","TTL":3600,"ResourceRecords":[{"Value":"0 issue \\"letsencrypt.org\\""}]}`,
        `octodns.Manager: sync: providers=['route53'] plan: *** ${d}. Create <CnameRecord CNAME 300, api.${d}., ${
          g.pick(APPS)
        }.${d}.> (config)\nSummary: Creates=${g.int(0, 9)}, Updates=${
          g.int(0, 9)
        }, Deletes=0, Existing Records=${g.int(5, 90)}`,
        `selector${
          g.int(1, 2)
        }._domainkey.${d}. 3600 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${
          g.chars(B62 + "+/", 120)
        }"`,
        `_dmarc.${d}. 300 IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@${d}; pct=100; adkim=s"`,
      ]);
    },
  },
  // ------------------------------------------------------------ web, proxy, FTP, mail servers
  {
    name: "caddy-json-log",
    n: 10,
    make: (g) =>
      g.pick([
        `{"level":"info","ts":${g.epoch()}.${
          g.digits(6)
        },"logger":"tls.obtain","msg":"certificate obtained successfully","identifier":"${
          g.pick(DOMAINS)
        }","issuer":"acme-v02.api.letsencrypt.org-directory"}`,
        `{"level":"info","ts":${g.epoch()}.${
          g.digits(6)
        },"logger":"http.auto_https","msg":"enabling automatic HTTP->HTTPS redirects","server_name":"srv0"}`,
        `{"level":"warn","ts":${g.epoch()}.${
          g.digits(6)
        },"logger":"tls","msg":"stapling OCSP","error":"no OCSP stapling for [${
          g.pick(DOMAINS)
        }]: no OCSP server specified in certificate","identifiers":["${g.pick(DOMAINS)}"]}`,
      ]),
  },
  {
    name: "apache-vhosts-lighttpd",
    n: 10,
    make: (g) =>
      g.pick([
        `VirtualHost configuration:\n*:443                  is a NameVirtualHost\n         default server ${
          g.pick(DOMAINS)
        } (/etc/apache2/sites-enabled/default-ssl.conf:2)\nServerRoot: "/etc/apache2"\nMain DocumentRoot: "/var/www/html"\nMutex ssl-stapling: using_defaults`,
        `${g.date()} ${g.time()}: (server.c.${g.int(1000, 2000)}) server started (lighttpd/1.4.${
          g.int(60, 76)
        })\n${g.date()} ${g.time()}: (mod_openssl.c.${
          g.int(1000, 3000)
        }) ssl.privkey /etc/lighttpd/certs/server.key loaded`,
        `SSLCertificateKeyFile /etc/ssl/private/${
          g.pick(DOMAINS)
        }.key\nSSLSessionTickets off\nSSLProtocol -all +TLSv1.2 +TLSv1.3`,
      ]),
  },
  {
    name: "squid-envoy-admin",
    n: 10,
    make: (g) =>
      g.pick([
        `${g.date().replace(/-/g, "/")} ${g.time()} kid1| Starting Squid Cache version 6.${
          g.int(1, 10)
        } for x86_64-pc-linux-gnu...\n${
          g.date().replace(/-/g, "/")
        } ${g.time()} kid1| Store logging disabled\n${
          g.date().replace(/-/g, "/")
        } ${g.time()} kid1| Max Mem  size: ${g.int(64, 1024) * 1024} KB`,
        `outbound|${g.pick([8080, 9080, 443])}||${
          g.pick(APPS)
        }.default.svc.cluster.local::default_priority::max_connections::4294967295\noutbound|${
          g.pick([8080, 9080])
        }||${g.pick(APPS)}.default.svc.cluster.local::added_via_api::true`,
        `cluster_manager.cds.version_text: "${g.hex(16)}"\nlistener_manager.lds.update_success: ${
          g.int(1, 900)
        }\nserver.hot_restart_epoch: 0\nserver.uptime: ${g.int(100, 900000)}`,
      ]),
  },
  {
    name: "vsftpd-proftpd-config",
    n: 10,
    make: (g) =>
      g.pick([
        `anonymous_enable=NO\nlocal_enable=YES\nwrite_enable=YES\nssl_enable=YES\nrsa_cert_file=/etc/ssl/certs/vsftpd.pem\nrsa_private_key_file=/etc/ssl/private/vsftpd.key\npasv_min_port=${
          g.int(30000, 40000)
        }\npasv_max_port=${g.int(40001, 50000)}`,
        `<IfModule mod_tls.c>\n  TLSEngine on\n  TLSRSACertificateKeyFile /etc/proftpd/ssl/proftpd.key\n  TLSRequired on\n</IfModule>\nAuthUserFile /etc/proftpd/ftpd.passwd\nRequireValidShell off`,
        `${syslogTime(g)} ${g.pick(HOSTS)} pure-ftpd: (?@?) [INFO] New connection on port ${
          g.pick([21, 2121])
        }\n${syslogTime(g)} ${
          g.pick(HOSTS)
        } pure-ftpd: (?@?) [INFO] TLS: Enabled TLSv1.3 with TLS_AES_256_GCM_SHA384, 256 secret bits cipher`,
      ]),
  },
  {
    name: "dovecot-postfix-settings",
    n: 12,
    make: (g) =>
      g.pick([
        `passdb {\n  driver = pam\n}\nssl_cert = </etc/dovecot/private/dovecot.pem\nssl_key = # hidden, use -P to show it\nuserdb {\n  driver = passwd\n}`,
        `smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_security_options = noanonymous\nsmtpd_tls_key_file = /etc/ssl/private/mail.key`,
        `${syslogTime(g)} mx1 dovecot: master: Dovecot v2.3.${g.int(10, 21)} (${
          g.hex(9)
        }) starting up for imap, lmtp, sieve (core dumps disabled)`,
        `${syslogTime(g)} mx1 postfix/anvil[${g.int(100, 99999)}]: statistics: max cache size ${
          g.int(1, 40)
        } at ${syslogTime(g)}`,
        `${syslogTime(g)} mx1 rspamd_task_write_log: id: <undef>, qid: <${
          g.uhex(11)
        }>, (default: F (no action): [${
          g.float(-3, 3, 2)
        }/15.00] [ARC_NA(0.00){},DKIM_SIGNED(0.00){${
          g.pick(DOMAINS)
        }:s=selector1;},MIME_GOOD(-0.10){text/plain;}]), len: ${g.int(900, 90000)}, time: ${
          g.float(10, 900, 3)
        }ms`,
      ]),
  },
  {
    name: "mail-auth-headers",
    n: 10,
    make: (g) => {
      const d = g.pick(DOMAINS);
      return g.pick([
        `Authentication-Results: mx.${d}; dkim=pass header.d=${d} header.s=selector${
          g.int(1, 2)
        } header.b=${
          g.chars(B62, 8)
        }; spf=pass smtp.mailfrom=bounces.${d}; dmarc=pass (p=REJECT) header.from=${d}`,
        `ARC-Seal: i=1; a=rsa-sha256; t=${g.epoch()}; cv=none; d=${d}; s=arc-2026${
          g.p2(g.int(1, 12))
        }; b=${g.chars(B62 + "+/", 64)}`,
        `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=selector1; t=${g.epoch()}; h=from:to:subject:date:message-id; bh=${
          g.b64(32)
        }; b=${g.chars(B62 + "+/", 86)}==`,
      ]);
    },
  },
  // ------------------------------------------------------------ game and media servers
  {
    name: "factorio-valheim-server",
    n: 10,
    make: (g) =>
      g.pick([
        `${String(g.int(0, 9000)).padStart(6, " ")}.${
          g.chars(DIGITS, 3)
        } Info ServerMultiplayerManager.cpp:${g.int(100, 999)}: Matching server game ${
          g.int(1000000, 9999999)
        } has been created.`,
        `${g.float(0, 900, 3)} Info AuthServerConnector.cpp:${
          g.int(100, 999)
        }: Server is not public, skipping auth server token refresh.`,
        `${
          g.date().replace(/-/g, "/").split("/").reverse().join("/")
        } ${g.time()}: Session "Dedicated" with join code ${
          g.int(100000, 999999)
        } and IP is public\n${g.date()} ${g.time()}: World saved ( ${g.float(10, 900, 3)}ms )`,
        `[${g.time()}] [Server thread/INFO]: Saving chunks for level 'ServerLevel[world]'/minecraft:overworld`,
      ]),
  },
  {
    name: "steamcmd-depots",
    n: 8,
    make: (g) =>
      g.pick([
        ` Update state (0x61) downloading, progress: ${g.float(0, 99, 2)} (${g.digits(9)} / ${
          g.digits(10)
        })\nSuccess! App '${g.pick([740, 896660, 2394010, 380870])}' fully installed.`,
        `Depot ${g.int(200000, 3000000)} Manifest ${g.digits(19)} (${g.int(1, 90)} files, ${
          g.float(0, 40, 1)
        } GB) buildid ${g.digits(8)}`,
        `Godot Engine v4.${g.int(0, 3)}.${g.int(0, 3)}.stable.official.${
          g.hex(9)
        } - https://godotengine.org\nVulkan 1.3.${
          g.int(200, 290)
        } - Forward+ - Using Device #0: NVIDIA - GeForce RTX ${g.pick([3060, 4070, 4090])}`,
      ]),
  },
  {
    name: "plex-jellyfin-log",
    n: 12,
    make: (g) =>
      g.pick([
        `${g.pick(["Jan", "Feb", "Mar"])} ${g.p2(g.int(1, 28))}, 2026 ${g.time()}.${
          g.chars(DIGITS, 3)
        } [${g.int(100000, 999999)}] DEBUG - Request: [localhost:${
          g.int(30000, 60000)
        } (Loopback)] GET /library/sections/${g.int(1, 9)}/all?X-Plex-Token=xxxxxxxxxxxxxxxxxxxx (${
          g.int(5, 40)
        } live) #${g.hex(5)} GZIP Signed-in Token (${g.pick(["owner", "managed"])})`,
        `[${g.date()} ${g.time()}.${g.chars(DIGITS, 3)} +00:00] [INF] [${
          g.int(1, 90)
        }] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: ffmpeg -analyzeduration 200M -i file:"/media/movies/Big Buck Bunny (2008)/Big Buck Bunny.mkv" -map 0:0 -codec:v:0 libx264 -preset veryfast -crf 23`,
        `[${g.date()} ${g.time()}.${g.chars(DIGITS, 3)} +00:00] [INF] [${
          g.int(1, 90)
        }] Emby.Server.Implementations.ScheduledTasks.TaskManager: Scan Media Library Completed after ${
          g.int(0, 59)
        } minute(s) and ${g.int(0, 59)} seconds`,
        `[${g.date()} ${g.time()}.${g.chars(DIGITS, 3)} +00:00] [INF] [${
          g.int(1, 90)
        }] Jellyfin.Api.Helpers.MediaInfoHelper: User policy for ${
          g.hex(32)
        }. EnablePlaybackRemuxing: True EnableVideoPlaybackTranscoding: True EnableAudioPlaybackTranscoding: True`,
      ]),
  },
  {
    name: "obs-stream-log",
    n: 8,
    make: (g) =>
      g.pick([
        `${g.time()}.${g.chars(DIGITS, 3)}: [rtmp stream: 'adv_stream'] Connecting to RTMP URL ${
          g.pick(["rtmp://live.twitch.tv/app", "rtmp://a.rtmp.youtube.com/live2"])
        }...\n${g.time()}.${g.chars(DIGITS, 3)}: [rtmp stream: 'adv_stream'] Connection to ${
          g.pick(["rtmp://live.twitch.tv/app", "rtmp://a.rtmp.youtube.com/live2"])
        } successful`,
        `${g.time()}.${g.chars(DIGITS, 3)}: Output 'adv_stream': stopping\n${g.time()}.${
          g.chars(DIGITS, 3)
        }: Output 'adv_stream': Total frames output: ${g.int(1000, 900000)}\n${g.time()}.${
          g.chars(DIGITS, 3)
        }: Output 'adv_stream': Total drawn frames: ${g.int(1000, 900000)} (${
          g.int(1000, 900000)
        } attempted)`,
        `${g.time()}.${
          g.chars(DIGITS, 3)
        }: [obs-websocket] [WebSocketServer::Start] Server started successfully on port ${
          g.pick([4455, 4444])
        }. Possible connect address: localhost\n${g.time()}.${
          g.chars(DIGITS, 3)
        }: [obs-websocket] [WebSocketServer::Start] Authentication required: ${
          g.pick(["true", "false"])
        }`,
      ]),
  },
  // ------------------------------------------------------------ home automation
  {
    name: "esphome-openhab-nodered",
    n: 12,
    make: (g) =>
      g.pick([
        `[${g.time()}][C][wifi:${g.int(400, 600)}]:   SSID: [redacted]\n[${g.time()}][C][wifi:${
          g.int(400, 600)
        }]:   Hostname: '${
          g.pick(["living-room-sensor", "garage-door", "boiler"])
        }'\n[${g.time()}][C][api:${g.int(100, 200)}]:   Using noise encryption: YES`,
        `${g.date()} ${g.time()}.${
          g.chars(DIGITS, 3)
        } [INFO ] [openhab.event.ItemStateChangedEvent] - Item '${
          g.pick(["LivingRoom_Temperature", "Kitchen_Humidity", "Garage_Door"])
        }' changed from ${g.float(15, 25, 1)} °C to ${g.float(15, 25, 1)} °C`,
        `${g.int(1, 28)} ${g.pick(["Jan", "Feb"])} ${g.time()} - [info] [mqtt-broker:${
          g.pick(["Mosquitto", "HiveMQ"])
        }] Connected to broker: mqtt://broker.local:1883\n${g.int(1, 28)} ${
          g.pick(["Jan", "Feb"])
        } ${g.time()} - [info] Started flows`,
        `stat/tasmota_${g.uhex(6)}/RESULT = {"POWER":"${g.pick(["ON", "OFF"])}","Dimmer":${
          g.int(0, 100)
        }}\ntele/tasmota_${
          g.uhex(6)
        }/STATE = {"Time":"${g.date()}T${g.time()}","Uptime":"0T${g.time()}","Heap":${
          g.int(10, 40)
        },"LoadAvg":${g.int(1, 99)},"Wifi":{"AP":1,"Channel":${g.int(1, 13)},"RSSI":${
          g.int(10, 100)
        },"Signal":-${g.int(40, 90)}}}`,
      ]),
  },
  // ------------------------------------------------------------ feature flags, analytics SDKs
  {
    name: "feature-flag-sdk-debug",
    n: 12,
    make: (g) =>
      g.pick([
        `[LaunchDarkly] Evaluating flag "${g.pick(FLAGS)}" for context kind "user": variation ${
          g.int(0, 3)
        } (reason: RULE_MATCH ruleId=${g.uuid()})`,
        `unleash: fetched ${g.int(1, 200)} toggles from https://unleash.${
          g.pick(DOMAINS)
        }/api/client/features etag W/"${g.hex(6)}-${g.chars(B62, 27)}"`,
        `ConfigCat - INFO - [5000] Evaluating '${
          g.pick(FLAGS)
        }' for User '{"Identifier":"${g.uuid()}"}'\n  Evaluating targeting rules and applying the first match if any:\n  - IF User.Country IS ONE OF [2 hashed values] THEN 'True' => no match\n  Returning 'False'.`,
        `growthbook: feature "${g.pick(FLAGS)}" evaluated to ${
          g.pick(["true", "false"])
        } (source: experiment, hashAttribute: id, bucket: ${g.float(0, 1, 4)}, key: "${
          g.pick(FLAGS)
        }")`,
        `flagsmith: environment document refreshed, ${
          g.int(1, 90)
        } features, updated_at=${g.iso()} environment_key=ser.${g.pick(["****", "<hidden>"])}`,
      ]),
  },
  {
    name: "analytics-sdk-debug",
    n: 12,
    make: (g) =>
      g.pick([
        `Amplitude Logger [Debug]: Event ${
          g.pick(["screen_view", "add_to_cart", "checkout_started"])
        } (insert_id ${g.uuid()}) queued, batch ${g.int(1, 30)}/30, flushIntervalMillis=${
          g.pick([10000, 30000])
        }`,
        `analytics-node: flushed ${g.int(1, 20)} messages, messageId=ajs-next-${
          g.hex(32)
        }, writeKey length ${g.pick([32, 40])}`,
        `FA: Logging event: origin=app,name=screen_view(_vs),params=Bundle[{ga_event_origin(_o)=auto, ga_screen_class(_sc)=MainActivity, ga_screen_id(_si)=${
          g.digits(19)
        }}]`,
        `[PostHog] Sending batch of ${
          g.int(1, 100)
        } events to https://eu.i.posthog.com/batch/ (gzip, ${
          g.int(200, 90000)
        } bytes), $lib=posthog-js, $lib_version=1.${g.int(100, 300)}.${g.int(0, 9)}`,
        `gtag('config', 'G-${
          g.chars(DIGITS + UPPER, 10)
        }', {"send_page_view":false,"cookie_flags":"SameSite=None;Secure"})`,
        `Mixpanel: [${g.time()}] Flushing ${g.int(1, 50)} events, $insert_id=${
          g.chars(LOWER + DIGITS, 16)
        }, token=<project token>`,
      ]),
  },
  // ------------------------------------------------------------ password managers, no values
  {
    name: "password-manager-fields",
    n: 12,
    make: (g) =>
      g.pick([
        `{"object":"item","id":"${g.uuid()}","organizationId":null,"folderId":"${g.uuid()}","type":1,"name":"${
          g.pick(["Staging DB", "AWS root", "Router admin"])
        }","notes":null,"favorite":false,"login":{"uris":[{"match":null,"uri":"https://${
          g.pick(DOMAINS)
        }"}],"username":null,"password":null,"totp":null,"passwordRevisionDate":null},"revisionDate":"${g.iso()}"}`,
        `ID                            TITLE                  VAULT            EDITED\n${
          g.chars(LOWER + DIGITS, 26)
        }    ${g.pick(["Staging DB", "Cloudflare API", "Wi-Fi office"])}    ${
          g.pick(["Private", "Ops", "Shared"])
        }          ${g.int(2, 11)} months ago`,
        `{"id":"password","type":"CONCEALED","purpose":"PASSWORD","label":"password","reference":"op://${
          g.pick(["Private", "Ops"])
        }/${g.pick(APPS)}/password","password_details":{"strength":"${
          g.pick(["FANTASTIC", "GOOD"])
        }","history":[]}}`,
        `Title: ${
          g.pick(["Database", "Router", "Mail"])
        }\nUserName: admin\nPassword: PROTECTED\nURL: https://${
          g.pick(DOMAINS)
        }\nNotes: rotated ${g.date()}\nUuid: ${g.uhex(32)}`,
        `Password Store\n├── ${
          g.pick(APPS)
        }\n│   ├── api-key\n│   └── db-password\n└── email\n    └── ${g.pick(DOMAINS)}`,
      ]),
  },
  // ------------------------------------------------------------ notebooks
  {
    name: "notebook-metadata",
    n: 10,
    make: (g) =>
      g.pick([
        `{"cell_type":"code","execution_count":${g.int(1, 90)},"id":"${
          g.hex(8)
        }","metadata":{"tags":["parameters"]},"outputs":[{"name":"stdout","output_type":"stream","text":["rows: ${
          g.int(1, 900000)
        }\\n"]}],"source":["df = load(\\"${g.pick(APPS)}\\")"]}`,
        `{"metadata":{"kernelspec":{"display_name":"Python 3 (ipykernel)","language":"python","name":"python3"},"language_info":{"name":"python","version":"3.${
          g.int(9, 13)
        }.${g.int(0, 9)}"}},"nbformat":4,"nbformat_minor":5}`,
        `Input Notebook:  reports/${
          g.pick(APPS)
        }.ipynb\nOutput Notebook: s3://notebooks/${g.date()}/${g.pick(APPS)}-${
          g.hex(8)
        }.ipynb\nExecuting notebook with kernel: python3\nExecuting Cell ${
          g.int(1, 40)
        }---------------------------------------`,
        `Command took ${
          g.float(0, 60, 2)
        } seconds -- by service principal ${g.uuid()} at ${g.date()}, ${g.time()} on ${
          g.pick(APPS)
        }-cluster-${g.hex(8)}`,
      ]),
  },
  // ------------------------------------------------------------ self-hosted apps' settings
  {
    name: "nextcloud-occ-config",
    n: 10,
    make: (g) =>
      `{\n    "system": {\n        "instanceid": "oc${
        g.chars(LOWER + DIGITS, 10)
      }",\n        "passwordsalt": "***REMOVED SENSITIVE VALUE***",\n        "secret": "***REMOVED SENSITIVE VALUE***",\n        "dbtype": "pgsql",\n        "version": "2${
        g.int(7, 9)
      }.0.${g.int(0, 9)}.${
        g.int(0, 9)
      }",\n        "dbpassword": "***REMOVED SENSITIVE VALUE***",\n        "installed": true\n    }\n}`,
  },
  {
    name: "gitea-forgejo-app-ini",
    n: 10,
    make: (g) =>
      g.pick([
        `[security]\nINSTALL_LOCK = true\nSECRET_KEY =\nSECRET_KEY_URI = file:/etc/gitea/secret_key\nINTERNAL_TOKEN_URI = file:/etc/gitea/internal_token\nPASSWORD_HASH_ALGO = pbkdf2_hi\nMIN_PASSWORD_LENGTH = ${
          g.int(8, 16)
        }`,
        `[oauth2]\nJWT_SIGNING_ALGORITHM = RS256\nJWT_SIGNING_PRIVATE_KEY_FILE = jwt/private.pem\n[lfs]\nPATH = /var/lib/gitea/data/lfs`,
        `${g.date().replace(/-/g, "/")} ${g.time()} ...s/install/setting.go:${
          g.int(20, 90)
        }:PreloadSettings() [I] AppPath: /usr/local/bin/gitea\n${
          g.date().replace(/-/g, "/")
        } ${g.time()} ...s/install/setting.go:${
          g.int(20, 90)
        }:PreloadSettings() [I] Custom path: /var/lib/gitea/custom`,
      ]),
  },
  {
    name: "hasura-postgrest-startup",
    n: 10,
    make: (g) =>
      g.pick([
        `{"type":"startup","timestamp":"${g.iso()}","level":"info","detail":{"kind":"server_configuration","info":{"admin_secret_set":${
          g.pick(["true", "false"])
        },"auth_hook":null,"jwt_secret":null,"unauth_role":null,"cors_config":{"allowed_origins":"*","disabled":false},"enable_console":false,"port":8080}}}`,
        `${g.date()} ${g.time()} UTC: Starting PostgREST 12.${g.int(0, 2)}.${
          g.int(0, 3)
        }...\n${g.date()} ${g.time()} UTC: Attempting to connect to the database...\n${g.date()} ${g.time()} UTC: Schema cache loaded in ${
          g.float(0, 90, 1)
        } milliseconds`,
        `{"level":"info","msg":"GoTrue API started on: localhost:9999","time":"${g.iso()}"}\n{"level":"info","msg":"jwt_secret length=${
          g.int(32, 64)
        }, jwt_exp=3600, jwt_aud=authenticated","time":"${g.iso()}"}`,
      ]),
  },
  {
    name: "meilisearch-typesense",
    n: 8,
    make: (g) =>
      g.pick([
        `A master key has been set. Requests to Meilisearch won't be authorized unless you provide an authentication key.\nDatabase path:\t\t"./data.ms"\nServer listening on:\t"http://localhost:7700"\nEnvironment:\t\t"production"\nCommit SHA:\t\t"${
          g.hex(40)
        }"`,
        `I${g.date().slice(5).replace("-", "")} ${g.time()}.${g.chars(DIGITS, 6)} ${
          g.int(100, 999)
        } raft_server.cpp:${g.int(500, 700)}] Term: ${
          g.int(1, 90)
        }, pending_queue: 0, last_index: ${g.int(1000, 900000)}, committed: ${
          g.int(1000, 900000)
        }, known_applied: ${
          g.int(1000, 900000)
        }, applying: 0, pending_writes: 0, queued_writes: 0, local_sequence: ${
          g.int(1000, 900000)
        }`,
      ]),
  },
  {
    name: "keycloak-authelia",
    n: 10,
    make: (g) =>
      g.pick([
        `${g.date()} ${g.time()},${
          g.chars(DIGITS, 3)
        } INFO  [org.keycloak.services] (main) KC-SERVICES0050: Initializing master realm\n${g.date()} ${g.time()},${
          g.chars(DIGITS, 3)
        } INFO  [org.keycloak.services] (main) KC-SERVICES0009: Added user 'admin' to realm 'master'`,
        `${g.date()} ${g.time()},${
          g.chars(DIGITS, 3)
        } WARN  [org.keycloak.events] (executor-thread-${
          g.int(1, 40)
        }) type="CODE_TO_TOKEN_ERROR", realmId="${g.uuid()}", clientId="${
          g.pick(APPS)
        }-web", userId="null", error="invalid_client_credentials", grant_type="authorization_code"`,
        `time="${g.iso()}" level=info msg="Authelia v4.38.${
          g.int(0, 9)
        } is starting"\ntime="${g.iso()}" level=info msg="Storage schema is being checked for updates"\ntime="${g.iso()}" level=info msg="Startup complete"`,
      ]),
  },
  {
    name: "wp-cli-drush-magento",
    n: 10,
    make: (g) =>
      g.pick([
        `+-------------------+---------+-----------+---------+\n| name              | status  | update    | version |\n+-------------------+---------+-----------+---------+\n| akismet           | active  | none      | 5.${
          g.int(0, 9)
        }.${g.int(0, 9)}   |\n| wordfence         | active  | available | 7.${g.int(10, 11)}.${
          g.int(0, 9)
        }  |`,
        ` Drupal version   : 10.${g.int(0, 3)}.${g.int(0, 9)}\n Site URI         : https://${
          g.pick(DOMAINS)
        }\n DB driver        : mysql\n Database         : Connected\n Drupal bootstrap : Successful\n Default theme    : olivero\n Drush version    : 12.${
          g.int(0, 5)
        }.${g.int(0, 3)}`,
        `All modules are up to date.\nCron job Magento\\Indexer\\Cron\\ReindexAllInvalid is successfully finished. Statistics: {"sum":0,"count":1,"realmem":0,"emalloc":${
          g.int(100, 9000)
        },"time":${g.float(0, 1, 4)}}`,
        `${g.date()} ${g.time()},${g.chars(DIGITS, 3)} ${g.int(1000, 99999)} INFO ${
          g.pick(APPS)
        } odoo.modules.loading: ${g.int(10, 300)} modules loaded in ${g.float(0, 9, 2)}s, ${
          g.int(0, 900)
        } queries (+${g.int(0, 9)} extra)`,
      ]),
  },
  // ------------------------------------------------------------ backup, storage, sync
  {
    name: "borg-restic-bacula",
    n: 12,
    make: (g) =>
      g.pick([
        `Repository ID: ${g.hex(64)}\nLocation: /srv/backup/${
          g.pick(HOSTS)
        }\nEncrypted: Yes (repokey BLAKE2b)\nCache: /root/.cache/borg/${
          g.hex(64)
        }\nSecurity dir: /root/.config/borg/security/${g.hex(64)}`,
        `ID        Time                 Host        Tags        Paths\n---------------------------------------------------------------\n${
          g.hex(8)
        }  ${g.date()} ${g.time()}  ${g.pick(HOSTS)}                  /etc\n${
          g.hex(8)
        }  ${g.date()} ${g.time()}  ${g.pick(HOSTS)}                  /var/lib/postgresql`,
        `  JobId:                  ${
          g.int(1000, 99999)
        }\n  Job:                    BackupClient1.${g.date()}_23.05.00_${
          g.p2(g.int(1, 60))
        }\n  FD Bytes Written:       ${g.int(1, 999)},${g.chars(DIGITS, 3)},${
          g.chars(DIGITS, 3)
        } (${
          g.float(1, 999, 1)
        } MB)\n  Encryption:             yes\n  Termination:            Backup OK`,
        `Syncthing: device ${g.chars(B32, 7)}-${g.chars(B32, 7)}-${g.chars(B32, 7)}-${
          g.chars(B32, 7)
        }-${g.chars(B32, 7)}-${g.chars(B32, 7)}-${g.chars(B32, 7)}-${
          g.chars(B32, 7)
        } connected (relay), folder "${g.pick(["photos", "docs"])}" (${
          g.chars(LOWER + DIGITS, 5)
        }-${g.chars(LOWER + DIGITS, 5)}) is up to date`,
      ]),
  },
  {
    name: "ceph-minio-status",
    n: 10,
    make: (g) =>
      g.pick([
        `  cluster:\n    id:     ${g.uuid()}\n    health: HEALTH_OK\n  services:\n    mon: 3 daemons, quorum a,b,c (age ${
          g.int(1, 90)
        }d)\n    osd: ${g.int(3, 48)} osds: ${g.int(3, 48)} up, ${
          g.int(3, 48)
        } in\n  data:\n    pgs:     ${g.pick([512, 1024, 2048])} active+clean`,
        `●  minio-${g.int(1, 4)}:9000\n   Uptime: ${g.int(1, 90)} days \n   Version: ${g.date()}T${
          g.time().replace(/:/g, "-")
        }Z\n   Network: ${g.int(1, 4)}/4 OK \n   Drives: ${g.int(1, 8)}/8 OK \n   Pool: 1`,
      ]),
  },
  // ------------------------------------------------------------ workers, queues
  {
    name: "celery-sidekiq-temporal",
    n: 12,
    make: (g) =>
      g.pick([
        `[${g.date()} ${g.time()},${g.chars(DIGITS, 3)}: INFO/ForkPoolWorker-${
          g.int(1, 16)
        }] Task tasks.${
          g.pick(["send_receipt", "reindex", "sync_stock"])
        }[${g.uuid()}] succeeded in ${g.float(0, 9, 6)}s: None`,
        `${g.iso()} pid=${g.int(1, 99999)} tid=${
          g.chars(LOWER + DIGITS, 4)
        } class=ActivityPub::DeliveryWorker jid=${g.hex(24)} elapsed=${
          g.float(0, 9, 3)
        } INFO: done`,
        `${g.iso()} INFO Workflow completed Namespace default TaskQueue ${
          g.pick(APPS)
        }-tq WorkerID ${g.int(1, 99999)}@${g.pick(HOSTS)}@ WorkflowType Order${
          g.pick(["Saga", "Refund"])
        } WorkflowID order-${g.digits(8)} RunID ${g.uuid()} Attempt 1`,
      ]),
  },
  // ------------------------------------------------------------ payment terminals, POS
  {
    name: "emv-terminal-tlv",
    n: 10,
    make: (g) =>
      `EMV TLV: 4F ${g.pick(["A0000000031010", "A0000000041010", "A0000000250000"])} 82 ${
        g.uhex(4)
      } 95 ${g.uhex(10)} 9A ${g.date().slice(2).replace(/-/g, "")} 9C 00 5F2A 0${
        g.pick(["840", "978", "826"])
      } 9F02 0000000${g.chars(DIGITS, 5)} 9F1A 0${g.pick(["840", "276"])} 9F26 ${
        g.uhex(16)
      } 9F27 80 9F36 ${g.uhex(4)} 9F37 ${g.uhex(8)} 9F10 ${g.uhex(36)}`,
  },
  {
    name: "pos-receipt-totals",
    n: 10,
    make: (g) => {
      const sub = g.float(1, 300, 2);
      return `STORE ${g.int(100, 999)} REG ${g.p2(g.int(1, 12))} TRN ${g.digits(6)} ${
        g.date().replace(/-/g, "/")
      } ${g.time().slice(0, 5)}\nSUBTOTAL ${sub}\nTAX ${g.float(0, 20, 2)}\nTOTAL ${
        g.float(1, 320, 2)
      }\n${g.pick(["VISA", "MASTERCARD", "AMEX"])} ************${g.chars(DIGITS, 4)}  AUTH ${
        g.chars(DIGITS + UPPER, 6)
      }\nAID ${g.pick(["A0000000031010", "A0000000041010"])} TVR 00${
        g.uhex(8)
      } TSI E800\nITEMS SOLD ${g.int(1, 40)}`;
    },
  },
  // ------------------------------------------------------------ IDS, network monitors
  {
    name: "suricata-eve-stats",
    n: 12,
    make: (g) =>
      g.pick([
        `{"timestamp":"${g.date()}T${g.time()}.${
          g.chars(DIGITS, 6)
        }+0000","event_type":"stats","stats":{"uptime":${
          g.int(100, 900000)
        },"capture":{"kernel_packets":${g.int(1e6, 9e8)},"kernel_drops":${
          g.int(0, 900)
        }},"decoder":{"pkts":${g.int(1e6, 9e8)},"bytes":${g.int(1e8, 9e10)},"ipv4":${
          g.int(1e6, 9e8)
        },"ipv6":${g.int(0, 9e6)}}}}`,
        `{"event_type":"alert","alert":{"action":"allowed","gid":1,"signature_id":${
          g.int(2000000, 2050000)
        },"rev":${g.int(1, 9)},"signature":"ET POLICY ${
          g.pick([
            "Observed DNS Query to .cloud TLD",
            "curl User-Agent Outbound",
            "Dropbox.com Offsite File Backup in Use",
          ])
        }","category":"Potential Corporate Privacy Violation","severity":${
          g.int(1, 3)
        }},"flow_id":${g.digits(16)},"app_proto":"${g.pick(["dns", "tls", "http"])}"}`,
        `${g.date().slice(5).replace("-", "/")}/${
          g.date().slice(0, 4)
        } -- ${g.time()} - <Notice> - rule reload complete: ${
          g.int(30000, 60000)
        } rules successfully loaded, ${g.int(0, 40)} rules failed`,
      ]),
  },
  {
    name: "zeek-log-headers",
    n: 10,
    make: (g) =>
      g.pick([
        `#separator \\x09\n#set_separator\t,\n#path\tconn\n#open\t${g.date()}-${
          g.time().replace(/:/g, "-")
        }\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\n#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval`,
        `${g.epoch()}.${g.chars(DIGITS, 6)}\tF${g.chars(B62, 16)}\tC${
          g.chars(B62, 17)
        }\tHTTP\t0\tSHA1,MD5,SHA256\tapplication/pdf\t-\t${g.float(0, 9, 6)}\tF\tF\t${
          g.int(1000, 900000)
        }\t${g.int(1000, 900000)}\t0\t0\tF\t-\t${g.hex(32)}\t${g.hex(40)}\t${g.hex(64)}\t-`,
        `${g.epoch()}.${g.chars(DIGITS, 6)}\tC${
          g.chars(B62, 17)
        }\tTLSv13\tTLS_AES_128_GCM_SHA256\tx25519\t${g.pick(DOMAINS)}\tF\t-\th2\tT\t${
          g.chars(B62, 16)
        }`,
      ]),
  },
  {
    name: "snort-wazuh-rules",
    n: 10,
    make: (g) =>
      g.pick([
        `alert tcp $HOME_NET any -> $EXTERNAL_NET $HTTP_PORTS (msg:"ET INFO Possible Password in URI"; flow:established,to_server; http.uri; content:"password="; nocase; classtype:policy-violation; sid:${
          g.int(2000000, 2050000)
        }; rev:${g.int(1, 9)};)`,
        `{"timestamp":"${g.date()}T${g.time()}.${g.chars(DIGITS, 3)}+0000","rule":{"level":${
          g.int(2, 12)
        },"description":"PAM: Login session opened.","id":"5501","firedtimes":${
          g.int(1, 900)
        },"groups":["pam","syslog","authentication_success"],"pci_dss":["10.2.5"]},"agent":{"id":"0${
          g.int(10, 99)
        }","name":"${g.pick(HOSTS)}"},"manager":{"name":"wazuh-manager"},"id":"${g.epoch()}.${
          g.int(1000, 99999999)
        }"}`,
        `Status for the jail: sshd\n|- Filter\n|  |- Currently failed:\t${
          g.int(0, 20)
        }\n|  |- Total failed:\t${
          g.int(0, 9000)
        }\n|  \`- Journal matches:\t_SYSTEMD_UNIT=sshd.service + _COMM=sshd\n\`- Actions\n   |- Currently banned:\t0\n   |- Total banned:\t${
          g.int(0, 900)
        }\n   \`- Banned IP list:\t`,
      ]),
  },
  {
    name: "cacti-librenms-poller",
    n: 8,
    make: (g) =>
      g.pick([
        `${g.date().replace(/-/g, "/")} ${g.time()} - SYSTEM STATS: Time:${
          g.float(1, 60, 4)
        } Method:spine Processes:${g.int(1, 4)} Threads:${g.int(4, 40)} Hosts:${
          g.int(10, 900)
        } HostsPerProcess:${g.int(10, 900)} DataSources:${g.int(100, 90000)} RRDsProcessed:${
          g.int(100, 90000)
        }`,
        `./poller.php ${g.pick(HOSTS)} ${
          g.int(1, 900)
        } 2>&1\nModules: os core processors mempools storage netstats ports ${
          g.int(1, 9)
        } ucd-diskio\nPolled ${g.pick(HOSTS)} (${g.int(1, 900)}) in ${
          g.float(0, 30, 3)
        } seconds <<<`,
      ]),
  },
  // ------------------------------------------------------------ Windows events
  {
    name: "windows-events-system",
    n: 12,
    make: (g) =>
      g.pick([
        `An account was assigned special privileges to a new logon.\n\nSubject:\n\tSecurity ID:\t\tS-1-5-18\n\tAccount Name:\t\tSYSTEM\n\tAccount Domain:\t\tNT AUTHORITY\n\tLogon ID:\t\t0x3E7\n\nPrivileges:\t\tSeAssignPrimaryTokenPrivilege\n\t\t\tSeTcbPrivilege\n\t\t\tSeSecurityPrivilege`,
        `Event ID 7045: A service was installed in the system.\n\nService Name:  ${
          g.pick(["Sysmon64", "WinDefend", "edgeupdate"])
        }\nService File Name:  "C:\\Program Files\\${
          g.pick(["Sysinternals", "Microsoft"])
        }\\svc.exe" /svc\nService Type:  user mode service\nService Start Type:  auto start\nService Account:  LocalSystem`,
        `Log Name: System Source: Microsoft-Windows-Kernel-Power Event ID: 41 Level: Critical Description: The system has rebooted without cleanly shutting down first. BugcheckCode ${
          g.int(0, 300)
        } BugcheckParameter1 0x${g.hex(12)} SleepInProgress 0 PowerButtonTimestamp 0`,
        `Microsoft Defender Antivirus has taken action to protect this machine from malware or other potentially unwanted software.\n Name: Trojan:Win32/Wacatac.${
          g.pick(["B", "H"])
        }!ml\n ID: ${
          g.digits(10)
        }\n Severity: Severe\n Path: file:_C:\\Users\\Public\\Downloads\\setup_${
          g.hex(6)
        }.exe\n Detection Origin: Local machine\n Action: Quarantine`,
        `Event 4738: A user account was changed.\n\tPassword Last Set:\t-\n\tAccount Expires:\t\t-\n\tPrimary Group ID:\t513\n\tOld UAC Value:\t\t0x${
          g.uhex(3)
        }\n\tNew UAC Value:\t\t0x${
          g.uhex(3)
        }\n\tUser Account Control:\t'Password Not Required' - Disabled`,
      ]),
  },
  // ------------------------------------------------------------ audit logs
  {
    name: "audit-logs",
    n: 12,
    make: (g) =>
      g.pick([
        `${g.date()} ${g.time()}.${g.chars(DIGITS, 3)} UTC [${
          g.int(100, 99999)
        }] LOG:  AUDIT: SESSION,${g.int(1, 90)},1,${g.pick(["DDL", "WRITE", "ROLE"])},${
          g.pick(["CREATE TABLE", "ALTER ROLE", "INSERT"])
        },TABLE,public.${g.pick(APPS)},<not logged>,<not logged>`,
        `Summary Report\n======================\nRange of time in logs: ${g.date()} ${g.time()} - ${g.date()} ${g.time()}\nSelected time for report: ${g.date()} ${g.time()} - ${g.date()} ${g.time()}\nNumber of changes in configuration: ${
          g.int(0, 90)
        }\nNumber of changes to accounts, groups, or roles: ${g.int(0, 90)}\nNumber of logins: ${
          g.int(0, 900)
        }\nNumber of failed authentications: ${g.int(0, 90)}`,
        `{"eventType":"${
          g.pick([
            "user.session.start",
            "policy.evaluate_sign_on",
            "user.authentication.auth_via_mfa",
            "system.api_token.create",
          ])
        }","severity":"INFO","outcome":{"result":"${
          g.pick(["SUCCESS", "ALLOW"])
        }","reason":null},"transaction":{"type":"WEB","id":"${
          g.chars(B62, 27)
        }"},"uuid":"${g.uuid()}","version":"0","legacyEventType":"core.user_auth.login_success"}`,
        `{"action":"${
          g.pick([
            "repo.create",
            "protected_branch.update",
            "org.update_member",
            "oauth_application.create",
          ])
        }","created_at":${g.epoch()}${g.chars(DIGITS, 3)},"_document_id":"${
          g.chars(B64URL, 22)
        }","org":"${g.pick(APPS)}-inc","repo":"${g.pick(APPS)}-inc/${g.pick(APPS)}","business":"${
          g.pick(APPS)
        }","programmatic_access_type":"GitHub App server-to-server token","token_scopes":"repo,workflow"}`,
      ]),
  },
  // ------------------------------------------------------------ CDN and WAF logs
  {
    name: "cdn-waf-events",
    n: 12,
    make: (g) =>
      g.pick([
        `{"action":"${g.pick(["block", "managed_challenge", "log"])}","clientASNDescription":"${
          g.pick(["AMAZON-02", "HETZNER-AS", "OVH"])
        }","clientCountryName":"${g.pick(["DE", "US", "SG"])}","rayName":"${g.hex(16)}","ruleId":"${
          g.hex(32)
        }","source":"firewallManaged","edgeResponseStatus":${
          g.pick([403, 200])
        },"clientRequestPath":"/wp-login.php","clientRequestHTTPMethodName":"POST"}`,
        `{"timestamp":${g.epoch()}${
          g.chars(DIGITS, 3)
        },"formatVersion":1,"webaclId":"arn:aws:wafv2:us-east-1:${g.digits(12)}:regional/webacl/${
          g.pick(APPS)
        }-acl/${g.uuid()}","terminatingRuleId":"AWS-AWSManagedRulesCommonRuleSet","terminatingRuleType":"MANAGED_RULE_GROUP","action":"BLOCK","httpSourceName":"ALB","httpSourceId":"${
          g.digits(12)
        }-app/${g.pick(APPS)}-alb/${
          g.hex(16)
        }","ruleGroupList":[{"ruleGroupId":"AWS#AWSManagedRulesCommonRuleSet","terminatingRule":{"ruleId":"SizeRestrictions_BODY","action":"BLOCK"}}]}`,
        `ModSecurity: Access denied with code 403 (phase 2). Matched "Operator \`Ge' with parameter \`5' against variable \`TX:ANOMALY_SCORE' (Value: \`${
          g.int(5, 40)
        }' ) [file "/etc/modsecurity/crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf"] [line "${
          g.int(80, 200)
        }"] [id "949110"] [msg "Inbound Anomaly Score Exceeded (Total Score: ${
          g.int(5, 40)
        })"] [ver "OWASP_CRS/4.${g.int(0, 9)}.0"] [tag "anomaly-evaluation"] [unique_id "${
          g.chars(B62, 27)
        }"]`,
        `{"time":"${g.iso()}","category":"FrontDoorAccessLog","properties":{"trackingReference":"${
          g.date().replace(/-/g, "")
        }T${g.time().replace(/:/g, "")}Z-${
          g.chars(B62 + "-", 22)
        }","httpMethod":"GET","requestUri":"https://${g.pick(DOMAINS)}:443/assets/app.${
          g.hex(8)
        }.js","httpStatusCode":"200","cacheStatus":"HIT","pop":"${
          g.pick(["FRA", "AMS", "IAD"])
        }"}}`,
      ]),
  },
  // ------------------------------------------------------------ DNS query logs, names only
  {
    name: "dns-query-names",
    n: 12,
    make: (g) => {
      const n = g.pick([
        "api.github.com",
        "registry.npmjs.org",
        "time.apple.com",
        "pool.ntp.org",
        "ocsp.digicert.com",
        "login.microsoftonline.com",
      ]);
      return g.pick([
        `${syslogTime(g)} dnsmasq[${g.int(100, 9999)}]: reply ${n} is <CNAME>\n${
          syslogTime(g)
        } dnsmasq[${g.int(100, 9999)}]: cached ${n} is NODATA-IPv6`,
        `${syslogTime(g)} pihole-FTL[${g.int(100, 9999)}]: gravity blocked ${
          g.pick(["ads.doubleclick.net", "telemetry.example.net", "tracker.example.org"])
        } is NXDOMAIN\n${syslogTime(g)} pihole-FTL[${
          g.int(100, 9999)
        }]: forwarded ${n} to upstream`,
        `{"version":"1.100000","account_id":"${g.digits(12)}","region":"eu-west-1","vpc_id":"vpc-${
          g.hex(17)
        }","query_timestamp":"${g.iso()}","query_name":"${n}.","query_type":"${
          g.pick(["A", "AAAA", "HTTPS"])
        }","query_class":"IN","rcode":"NOERROR","answers":[],"firewall_rule_action":"ALLOW"}`,
        `[INFO] plugin/reload: Running configuration SHA512 = ${g.hex(128)}\n[INFO] ${
          g.pick(APPS)
        }.default.svc.cluster.local. A: NOERROR qr,aa,rd ${g.int(60, 200)} ${g.float(0, 0.01, 6)}s`,
      ]);
    },
  },
  // ------------------------------------------------------------ Wi-Fi controllers, MDM
  {
    name: "wifi-controller",
    n: 12,
    make: (g) =>
      g.pick([
        `AP "ap-${g.pick(["lobby", "floor2", "warehouse"])}-${g.int(1, 9)}" radio ${
          g.pick(["2.4GHz", "5GHz", "6GHz"])
        } channel ${g.pick([1, 6, 11, 36, 44, 149])} width ${
          g.pick([20, 40, 80, 160])
        } MHz utilisation ${g.int(0, 99)}% clients ${g.int(0, 60)} tx-power ${g.int(3, 23)} dBm`,
        `AP Name           Group     AP Type   Status     Serial #     Flags\n-------           -----     -------   ------     --------     -----\nap-floor${
          g.int(1, 9)
        }-${g.int(10, 99)}    campus    5${g.int(10, 60)}       Up ${g.int(1, 90)}d:${
          g.int(0, 23)
        }h   CNK${g.chars(DIGITS + UPPER, 7)}   2`,
        `${g.iso()} unifi [inform] system config changed, new config version=${
          g.hex(16)
        } for site default, provisioning ${g.int(1, 40)} devices (${
          g.pick(["U6-Pro", "U6-LR", "USW-24-PoE"])
        }), firmware ${g.int(6, 7)}.${g.int(0, 9)}.${g.int(0, 90)}.${g.int(10000, 19999)}`,
        `WLAN ${g.int(1, 16)} "${
          g.pick(["corp", "guest", "iot"])
        }" security wpa3-sae, pmf required, psk <hidden>, radius-profile ${
          g.pick(["nps-primary", "ise-cluster"])
        }, vlan ${g.int(10, 400)}`,
      ]),
  },
  {
    name: "mdm-device-logs",
    n: 12,
    make: (g) =>
      g.pick([
        `${g.date()} ${g.time()} INFO [jamf] Computer ID ${g.int(1, 9000)} (serial C02${
          g.chars(DIGITS + UPPER, 7)
        }) submitted inventory: macOS 15.${g.int(0, 4)}.${g.int(0, 3)} (24${g.chars(UPPER, 1)}${
          g.int(10, 999)
        }), FileVault 2 enabled, MDM profile ${g.uuid()}`,
        `<![LOG[[Win32App][V3Processor] Processing subgraph with app ids: ${g.uuid()}]LOG]!><time="${g.time()}.${
          g.chars(DIGITS, 7)
        }" date="${g.date().slice(5)}-${
          g.date().slice(0, 4)
        }" component="AppActionProcessor" context="" type="1" thread="${g.int(1, 90)}" file="">`,
        `Kandji agent: library item "${
          g.pick(["Chrome", "Slack", "FileVault"])
        }" (${g.uuid()}) status=PASS blueprint=${g.uuid()} device_id=${g.uuid()}`,
        `Workspace ONE: DeviceId ${g.int(1000, 999999)} UDID ${g.uhex(8)}-${
          g.uhex(16)
        } compliance=Compliant lastSeen=${g.iso()} enrollmentStatus=Enrolled ownership=Corporate`,
      ]),
  },
  // ------------------------------------------------------------ bank and accounting exports
  {
    name: "bank-statement-headers",
    n: 12,
    make: (g) =>
      g.pick([
        `:20:STMT${g.digits(10)}\n:28C:${g.int(1, 365)}/1\n:60F:C${
          g.date().slice(2).replace(/-/g, "")
        }EUR${g.int(1000, 900000)},${g.chars(DIGITS, 2)}\n:62F:C${
          g.date().slice(2).replace(/-/g, "")
        }EUR${g.int(1000, 900000)},${g.chars(DIGITS, 2)}\n:64:C${
          g.date().slice(2).replace(/-/g, "")
        }EUR${g.int(1000, 900000)},${g.chars(DIGITS, 2)}`,
        `<TxsSummry><TtlNtries><NbOfNtries>${g.int(1, 900)}</NbOfNtries><Sum>${
          g.float(100, 900000, 2)
        }</Sum><TtlNetNtry><Amt>${g.float(100, 900000, 2)}</Amt><CdtDbtInd>${
          g.pick(["CRDT", "DBIT"])
        }</CdtDbtInd></TtlNetNtry></TtlNtries></TxsSummry>`,
        `88,${g.int(100, 900)},${g.int(1000, 9000000)},,\n49,${g.int(1000, 90000000)},${
          g.int(2, 90)
        }/\n98,${g.int(1000, 90000000)},${g.int(1, 9)},${g.int(2, 90)}/\n99,${
          g.int(1000, 90000000)
        },${g.int(1, 9)},${g.int(2, 90)}/`,
        `OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE`,
      ]),
  },
  {
    name: "accounting-exports",
    n: 10,
    make: (g) =>
      g.pick([
        `"EXTF";700;21;"Buchungsstapel";13;${g.date().replace(/-/g, "")}${
          g.time().replace(/:/g, "")
        }${g.chars(DIGITS, 3)};;"RE";"";"";${g.int(1000, 99999)};${g.int(10000, 99999)};${
          g.date().slice(0, 4)
        }0101;4;${g.date().replace(/-/g, "")};${g.date().replace(/-/g, "")};"Buchungen ${
          g.pick(["Januar", "Februar", "März"])
        }";"";1;0;0;"EUR"`,
        `!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tCLASS\tAMOUNT\tDOCNUM\tMEMO\n!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAME\tCLASS\tAMOUNT\tDOCNUM\tMEMO\n!ENDTRNS`,
        `Trial Balance as of ${g.date()}\nAccount                     Debit          Credit\n1200 Accounts Receivable    ${
          g.float(1000, 90000, 2)
        }\n2000 Accounts Payable                       ${
          g.float(1000, 90000, 2)
        }\n4000 Sales Revenue                          ${
          g.float(1000, 900000, 2)
        }\nTOTAL                       ${g.float(1000, 900000, 2)}     ${g.float(1000, 900000, 2)}`,
        `journal_entry id=JE-${g.digits(6)} period=${g.date().slice(0, 7)} ledger=${
          g.pick(["GL-US", "GL-DE"])
        } cost_center=${g.int(1000, 9999)}-${g.int(100, 999)} account=${
          g.int(100000, 999999)
        } debit=${g.float(0, 90000, 2)} credit=0.00 currency=${
          g.pick(["USD", "EUR"])
        } status=POSTED`,
      ]),
  },
  // ------------------------------------------------------------ CRM schemas, HR records, tax forms
  {
    name: "crm-schema-dump",
    n: 12,
    make: (g) =>
      g.pick([
        `{"name":"${
          g.pick(["phone", "mobilephone", "email", "address", "firstname", "date_of_birth"])
        }","label":"${
          g.pick(["Phone Number", "Mobile Phone Number", "Email", "Street Address", "First Name"])
        }","type":"string","fieldType":"${
          g.pick(["phonenumber", "text", "date"])
        }","groupName":"contactinformation","hidden":false,"formField":true}`,
        `Field Name            Type        Length  Nillable\n--------------------  ----------  ------  --------\nName                  string      ${
          g.pick([80, 121, 255])
        }     false\nPhone                 phone       40      true\nEmail                 email       80      true\nBirthdate             date        0       true\nMailingAddress        address     0       true`,
        `<attribute name="${
          g.pick(["telephone1", "emailaddress1", "address1_line1", "fullname"])
        }" type="${g.pick(["String", "Memo"])}" maxLength="${
          g.pick([50, 100, 200])
        }" requiredLevel="None" isAuditEnabled="true" />`,
        `ALTER TABLE contacts ADD COLUMN phone VARCHAR(${
          g.pick([20, 32, 40])
        }) NULL, ADD COLUMN postal_code VARCHAR(${
          g.pick([10, 16])
        }) NULL, ADD COLUMN birth_date DATE NULL; -- migration ${g.date().replace(/-/g, "")}${
          g.time().replace(/:/g, "")
        }_add_contact_fields`,
      ]),
  },
  {
    name: "hr-job-department",
    n: 12,
    make: (g) =>
      g.pick([
        `Job_Profile_ID=JP-${g.digits(5)} Job_Title="${
          g.pick(["Senior Data Engineer", "Payroll Specialist", "Warehouse Associate"])
        }" Job_Family=${g.pick(["Engineering", "Finance", "Operations"])} Management_Level=${
          g.pick(["IC3", "IC4", "M1"])
        } Pay_Grade=${g.int(5, 14)} FLSA=${g.pick(["Exempt", "Non-Exempt"])}`,
        `position=${g.digits(8)} org_unit=${g.digits(8)} dept=${
          g.pick(["FIN-AP", "ENG-PLAT", "OPS-WH"])
        } cost_center=${g.int(1000, 9999)}-${g.int(1000, 9999)} fte=${
          g.pick(["1.0", "0.5", "0.8"])
        } status=${g.pick(["Open", "Filled", "Frozen"])} headcount_plan=FY${g.int(26, 27)}`,
        `{"departmentId":${g.int(1, 900)},"name":"${
          g.pick(["Customer Success", "People Operations", "Research & Development"])
        }","parentId":${g.int(1, 90)},"costCenter":"CC-${g.digits(4)}","headcount":${
          g.int(1, 400)
        },"location":"${g.pick(["Berlin HQ", "Austin Campus", "Remote - EMEA"])}"}`,
      ]),
  },
  {
    name: "tax-form-labels",
    n: 12,
    make: (g) =>
      g.pick([
        `Box 1 Wages, tips, other compensation ........ ${
          g.float(1000, 200000, 2)
        }\nBox 2 Federal income tax withheld ............ ${
          g.float(100, 40000, 2)
        }\nBox 12a Code DD ............................. ${
          g.float(100, 20000, 2)
        }\nBox 13 Statutory employee [ ] Retirement plan [X] Third-party sick pay [ ]`,
        `Form 1099-NEC (Rev. January 2024) OMB No. 1545-0116 Box 1 Nonemployee compensation Box 4 Federal income tax withheld Box 5 State tax withheld Box 6 State/Payer's state no. Box 7 State income`,
        `Zeile 3: Bruttoarbeitslohn einschl. Sachbezüge ${g.int(1000, 99999)},${
          g.chars(DIGITS, 2)
        } EUR\nZeile 4: Einbehaltene Lohnsteuer ${g.int(100, 20000)},${
          g.chars(DIGITS, 2)
        } EUR\nZeile 5: Einbehaltener Solidaritätszuschlag ${g.int(0, 900)},${
          g.chars(DIGITS, 2)
        } EUR`,
        `P60 End of Year Certificate Tax year to 5 April 20${
          g.int(25, 26)
        }\nPay in this employment £${g.int(1000, 99999)}.${g.chars(DIGITS, 2)}\nTax deducted £${
          g.int(100, 20000)
        }.${g.chars(DIGITS, 2)}\nFinal tax code 1257L`,
      ]),
  },
  // ------------------------------------------------------------ calendars, vCards of rooms
  {
    name: "room-calendars-vcards",
    n: 12,
    make: (g) => {
      const room = g.pick(["Board Room 4.12", "Atlas (Floor 3)", "Lab B-207", "Van 2 (EV)"]);
      return g.pick([
        `BEGIN:VEVENT\nUID:${g.uuid()}\nDTSTART:${g.date().replace(/-/g, "")}T${
          g.time().replace(/:/g, "")
        }Z\nDTEND:${g.date().replace(/-/g, "")}T${
          g.time().replace(/:/g, "")
        }Z\nSUMMARY:Sprint review\nLOCATION:${room}\nRESOURCES:Projector,Video conferencing\nSTATUS:CONFIRMED\nEND:VEVENT`,
        `BEGIN:VCARD\nVERSION:4.0\nKIND:location\nFN:${room}\nX-CAPACITY:${
          g.int(2, 40)
        }\nCATEGORIES:room,bookable\nREV:${g.date().replace(/-/g, "")}T${
          g.time().replace(/:/g, "")
        }Z\nEND:VCARD`,
        `BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:${
          g.pick(["Facilities Team", "IT Helpdesk", "Night Shift"])
        }\nMEMBER:urn:uuid:${g.uuid()}\nMEMBER:urn:uuid:${g.uuid()}\nEND:VCARD`,
        `resource_calendar name="${room}" building=${g.pick(["HQ", "North"])} floor=${
          g.int(1, 9)
        } capacity=${g.int(2, 40)} auto_accept=true calendar_id=c_${
          g.hex(24)
        }@resource.calendar.google.com`,
      ]);
    },
  },
  // ------------------------------------------------------------ clinical terminologies, science ids
  {
    name: "clinical-terminology",
    n: 12,
    make: (g) =>
      g.pick([
        `LOINC ${g.pick(["2345-7", "718-7", "4548-4", "2160-0"])} ${
          g.pick(["Glucose [Mass/volume] in Serum or Plasma", "Hemoglobin [Mass/volume] in Blood"])
        } | SNOMED CT ${g.pick(["271649006", "38341003", "73211009"])} | ICD-10-CM ${
          g.pick(["E11.9", "I10", "J45.909"])
        }`,
        `NDC ${g.int(1000, 9999)}-${g.int(1000, 9999)}-${g.p2(g.int(1, 99))} ${
          g.pick(["Metformin HCl 500 mg tablet", "Amoxicillin 250 mg capsule"])
        } lot ${g.chars(UPPER + DIGITS, 6)} exp ${g.date().slice(0, 7)} qty ${g.int(1, 500)}`,
        `RxNorm CUI ${g.int(100000, 2000000)} TTY=SCD STR="${
          g.pick(["atorvastatin 20 MG Oral Tablet", "lisinopril 10 MG Oral Tablet"])
        }" SAB=RXNORM SUPPRESS=N CVF=4096`,
      ]),
  },
  {
    name: "science-identifiers",
    n: 12,
    make: (g) =>
      g.pick([
        `compound CID ${g.int(1000, 90000000)} InChIKey=${g.chars(UPPER, 14)}-${
          g.chars(UPPER, 8)
        }SA-N SMILES=${g.pick(["CC(=O)OC1=CC=CC=C1C(=O)O", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C"])} MW=${
          g.float(100, 900, 3)
        }`,
        `HEADER    ${
          g.pick(["HYDROLASE", "TRANSFERASE", "VIRAL PROTEIN"])
        }                               ${g.p2(g.int(1, 28))}-${
          g.pick(["JAN", "FEB", "MAR"])
        }-26   ${g.int(7, 9)}${
          g.chars(UPPER + DIGITS, 3)
        }              \nREMARK   2 RESOLUTION.    ${g.float(1, 3, 2)} ANGSTROMS.`,
        `gene=ENSG${g.chars(DIGITS, 11)} transcript=ENST${g.chars(DIGITS, 11)} refseq=NM_${
          g.chars(DIGITS, 6)
        }.${g.int(1, 9)} uniprot=${g.pick(["P", "Q", "O"])}${g.int(0, 9)}${
          g.chars(UPPER + DIGITS, 3)
        }${g.int(0, 9)} tpm=${g.float(0, 900, 2)}`,
        `1:0:d=${g.date().replace(/-/g, "")}${
          g.pick(["00", "06", "12", "18"])
        }:TMP:2 m above ground:anl:\n2:${g.int(10000, 900000)}:d=${g.date().replace(/-/g, "")}${
          g.pick(["00", "06"])
        }:UGRD:10 m above ground:${g.int(1, 120)} hour fcst:`,
        `doi:10.${g.int(1000, 9999)}/${g.pick(["s41586", "nature", "j.cell"])}.${
          g.int(2020, 2026)
        }.${g.digits(5)} ISBN ${isbn13(g)} ISSN ${g.int(1000, 9999)}-${g.int(100, 999)}${
          g.pick(["X", "4", "7"])
        } PMID ${g.digits(8)}`,
      ]),
  },
  // ------------------------------------------------------------ transit, energy, chargers
  {
    name: "gtfs-feeds",
    n: 10,
    make: (g) =>
      g.pick([
        `trip_id,arrival_time,departure_time,stop_id,stop_sequence\n${g.int(100000, 999999)}_${
          g.pick(["WKD", "SAT"])
        },${g.time()},${g.time()},${g.int(1000, 99999)},${g.int(1, 40)}\n${g.int(100000, 999999)}_${
          g.pick(["WKD", "SAT"])
        },${g.time()},${g.time()},${g.int(1000, 99999)},${g.int(1, 40)}`,
        `stop_id,stop_name,stop_lat,stop_lon,zone_id\n${g.int(1000, 99999)},"${
          g.pick(["Hauptbahnhof", "Central Station", "Gare du Nord", "Market St & 5th"])
        }",${g.float(30, 60, 6)},${g.float(-10, 20, 6)},${g.pick(["A", "B", "1"])}`,
        `gtfs-rt: FeedHeader gtfs_realtime_version=2.0 incrementality=FULL_DATASET timestamp=${g.epoch()} entities=${
          g.int(10, 900)
        } trip_updates=${g.int(10, 900)} vehicle_positions=${g.int(10, 900)}`,
      ]),
  },
  {
    name: "smart-meter-dsmr",
    n: 10,
    make: (g) =>
      `/ISK5\\2M550T-${g.int(1000, 1099)}\n\n1-3:0.2.8(50)\n0-0:1.0.0(${
        g.date().slice(2).replace(/-/g, "")
      }${g.time().replace(/:/g, "")}W)\n0-0:96.1.1(${
        [...g.chars(DIGITS, 17)].map((c) => (48 + Number(c)).toString(16)).join("")
      })\n1-0:1.8.1(${String(g.int(0, 99999)).padStart(6, "0")}.${
        g.chars(DIGITS, 3)
      }*kWh)\n1-0:1.8.2(${String(g.int(0, 99999)).padStart(6, "0")}.${
        g.chars(DIGITS, 3)
      }*kWh)\n0-0:96.14.0(000${g.int(1, 2)})\n1-0:32.7.0(${g.float(220, 240, 1)}*V)\n!${g.uhex(4)}`,
  },
  {
    name: "ocpp-charger",
    n: 10,
    make: (g) =>
      g.pick([
        `[2,"${g.digits(8)}","BootNotification",{"chargePointVendor":"${
          g.pick(["Alfen", "ABB", "Wallbox"])
        }","chargePointModel":"${
          g.pick(["NG910", "Terra AC", "Pulsar Plus"])
        }","chargePointSerialNumber":"${
          g.chars(UPPER + DIGITS, 10)
        }","firmwareVersion":"${g.semver()}"}]`,
        `[2,"${g.uuid()}","MeterValues",{"connectorId":${g.int(1, 2)},"transactionId":${
          g.int(1, 99999)
        },"meterValue":[{"timestamp":"${g.iso()}","sampledValue":[{"value":"${
          g.float(0, 90000, 1)
        }","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}]`,
        `[3,"${g.digits(8)}",{"status":"Accepted","currentTime":"${g.iso()}","interval":${
          g.pick([60, 300, 900])
        }}]`,
      ]),
  },
  // ------------------------------------------------------------ other self-hosted and dev services
  {
    name: "grafana-loki-promtail",
    n: 10,
    make: (g) =>
      g.pick([
        `logger=context userId=0 orgId=1 uname= t=${g.iso()} level=info msg="Request Completed" method=GET path=/api/health status=200 time_ms=${
          g.int(0, 9)
        } duration=${g.float(0, 9, 3)}ms size=${g.int(50, 900)} referer= handler=/api/health`,
        `level=info ts=${g.iso()} caller=filetargetmanager.go:${
          g.int(100, 400)
        } msg="Adding target" key="/var/log/pods/*${g.uuid()}/${g.pick(APPS)}/*.log:{app=\\"${
          g.pick(APPS)
        }\\", namespace=\\"prod\\"}"`,
        `level=info ts=${g.iso()} caller=table_manager.go:${
          g.int(100, 400)
        } index-store=tsdb-2026-01-01 msg="uploading tables"\nlevel=info ts=${g.iso()} caller=checkpoint.go:${
          g.int(100, 700)
        } msg="atomic checkpoint finished" old=/loki/wal/checkpoint.${
          g.digits(6)
        } new=/loki/wal/checkpoint.${g.digits(6)}`,
      ]),
  },
  {
    name: "sonarqube-nexus-harbor",
    n: 10,
    make: (g) =>
      g.pick([
        `${g.date().replace(/-/g, ".")} ${g.time()} INFO  ce[${
          g.chars(B62 + "-_", 20)
        }][o.s.c.t.CeWorkerImpl] Executed task | project=${
          g.pick(APPS)
        } | type=REPORT | branch=main | branchType=BRANCH | id=${
          g.chars(B62 + "-_", 20)
        } | submitter=ci-bot | status=SUCCESS | time=${g.int(100, 90000)}ms`,
        `${g.date()} ${g.time()},${g.chars(DIGITS, 3)}+0000 INFO  [qtp${g.int(100000, 999999)}-${
          g.int(100, 999)
        }]  *UNKNOWN org.sonatype.nexus.repository.storage.BlobStoreManager - Compacted blob store default: ${
          g.int(0, 9000)
        } blobs deleted, ${g.int(0, 9000)} MB reclaimed`,
        `${g.iso()} [INFO] [/jobservice/job/impl/gc/garbage_collection.go:${
          g.int(100, 600)
        }]: delete blob from storage: sha256:${
          g.hex(64)
        }\n${g.iso()} [INFO] [/jobservice/job/impl/gc/garbage_collection.go:${g.int(100, 600)}]: ${
          g.int(1, 900)
        } blobs and ${g.int(1, 90)} manifests eligible for deletion`,
      ]),
  },
  {
    name: "kong-istio-config",
    n: 10,
    make: (g) =>
      g.pick([
        `{"id":"${g.uuid()}","name":"${g.pick(APPS)}","protocol":"https","host":"${
          g.pick(APPS)
        }.internal","port":443,"path":"/","retries":5,"connect_timeout":60000,"tls_verify":null,"tls_verify_depth":null,"client_certificate":null,"ca_certificates":null,"enabled":true}`,
        `SERVICE FQDN                                    PORT     SUBSET     DIRECTION     TYPE     DESTINATION RULE\n${
          g.pick(APPS)
        }.prod.svc.cluster.local              8080     -          outbound      EDS      ${
          g.pick(APPS)
        }.prod\nBlackHoleCluster                                -        -          -             STATIC`,
        `{"name":"key-auth","config":{"key_names":["apikey","x-api-key"],"hide_credentials":true,"key_in_header":true,"key_in_query":false,"key_in_body":false,"run_on_preflight":true,"anonymous":null},"enabled":true,"protocols":["https"]}`,
      ]),
  },
  {
    name: "samba-testparm",
    n: 8,
    make: (g) =>
      `# Global parameters\n[global]\n\tmap to guest = Bad User\n\tpassdb backend = tdbsam\n\tsecurity = USER\n\tserver role = standalone server\n\tsmb encrypt = ${
        g.pick(["required", "desired"])
      }\n\tworkgroup = ${g.pick(["WORKGROUP", "CORP"])}\n[${
        g.pick(["public", "scans", "media"])
      }]\n\tguest ok = Yes\n\tpath = /srv/samba/${
        g.pick(["public", "scans", "media"])
      }\n\tread only = No`,
  },
  {
    name: "zerotier-nebula",
    n: 8,
    make: (g) =>
      g.pick([
        `200 info ${g.hex(10)} 1.14.${
          g.int(0, 2)
        } ONLINE\n200 listnetworks <nwid> <name> <mac> <status> <type> <dev> <ZT assigned ips>\n200 listnetworks ${
          g.hex(16)
        } ${g.pick(APPS)}-net - OK PRIVATE zt${g.chars(LOWER + DIGITS, 8)} -`,
        `time="${g.iso()}" level=info msg="Handshake message sent" certName=${
          g.pick(HOSTS)
        } fingerprint=${g.hex(64)} handshake="map[stage:1 style:ix_psk0]" initiatorIndex=${
          g.int(100000000, 4000000000)
        } localIndex=${g.int(100000000, 4000000000)} remoteIndex=0 udpAddrs="[]" vpnIp=<hidden>`,
      ]),
  },
  {
    name: "moodle-matomo-cron",
    n: 8,
    make: (g) =>
      g.pick([
        `Execute scheduled task: ${
          g.pick([
            "Cleanup old sessions (core\\task\\session_cleanup_task)",
            "Send password reset emails (core\\task\\password_reset_cleanup_task)",
            "Update tokens (tool_mobile\\task\\check_updates)",
          ])
        }\n... started ${g.time()}. Current memory use ${
          g.float(10, 90, 1)
        }MB.\nScheduled task complete: ${
          g.pick(["Cleanup old sessions", "Update tokens"])
        }\n... used ${g.int(0, 900)} dbqueries\n... used ${g.float(0, 9, 5)} seconds`,
        `INFO [${g.date()} ${g.time()} UTC] [${g.hex(5)}] Archived website id = ${
          g.int(1, 90)
        }, period = ${g.pick(["day", "week", "month"])}, ${g.int(0, 90000)} visits in last ${
          g.int(1, 90)
        } days, Time elapsed: ${g.float(0, 90, 3)}s`,
      ]),
  },
  // ------------------------------------------------------------ non-Latin scripts: products, places
  {
    name: "cjk-products-places",
    n: 14,
    make: (g) =>
      g.pick([
        `商品コード: ${g.chars(DIGITS, 13)} 商品名: ${
          g.pick(["抹茶ラテ 350ml", "無印ノート A5 方眼", "天然水 2L×6本"])
        } 在庫数: ${g.int(0, 900)} 倉庫: ${
          g.pick(["東京都江東区 第2倉庫", "大阪府堺市 物流センター"])
        }`,
        `【配送状況】${g.pick(["出荷済み", "配達中", "配達完了"])} 伝票番号 ${g.digits(4)}-${
          g.chars(DIGITS, 4)
        }-${g.chars(DIGITS, 4)} 営業所: ${
          g.pick(["新宿営業所", "名古屋ベース"])
        } 更新: ${g.date()} ${g.time().slice(0, 5)}`,
        `订单状态: ${g.pick(["已发货", "待付款", "已签收"])} 商品: ${
          g.pick(["华为 Mate 70 保护壳", "小米 充电宝 20000mAh", "绿茶 500ml×24瓶"])
        } SKU: ${g.digits(12)} 仓库: ${g.pick(["上海市 浦东仓", "广州市 白云仓"])} 数量: ${
          g.int(1, 90)
        }`,
        `상품명: ${
          g.pick(["신라면 멀티팩 5개입", "제주 감귤 3kg", "무선 이어폰 케이스"])
        } | 상품번호 ${g.digits(10)} | 재고 ${g.int(0, 900)}개 | 물류센터: ${
          g.pick(["경기도 이천시", "부산광역시 강서구"])
        } | 배송상태: ${g.pick(["배송중", "배송완료"])}`,
      ]),
  },
  {
    name: "rtl-cyrillic-greek-products",
    n: 12,
    make: (g) =>
      g.pick([
        `المنتج: ${g.pick(["تمر مجدول ١ كجم", "قهوة عربية ٥٠٠ غ", "زيت زيتون بكر"])} | رقم الصنف: ${
          g.digits(8)
        } | المستودع: ${g.pick(["دبي - جبل علي", "الرياض - المنطقة الصناعية الثانية"])} | الكمية: ${
          g.int(0, 900)
        }`,
        `Товар: ${g.pick(["Чай чёрный 100 пак.", "Гречка 900 г", "Кофе молотый 250 г"])}; артикул ${
          g.digits(8)
        }; склад: ${g.pick(["Москва, Подольск-2", "Санкт-Петербург, Шушары"])}; остаток ${
          g.int(0, 900)
        } шт.; статус: ${g.pick(["в наличии", "под заказ"])}`,
        `Προϊόν: ${g.pick(["Ελαιόλαδο 1L", "Μέλι θυμαρίσιο 450g", "Φέτα ΠΟΠ 400g"])} | Κωδικός: ${
          g.digits(7)
        } | Αποθήκη: ${g.pick(["Αθήνα - Ασπρόπυργος", "Θεσσαλονίκη - Σίνδος"])} | Απόθεμα: ${
          g.int(0, 900)
        } τεμ.`,
      ]),
  },
  {
    name: "thai-devanagari-products",
    n: 12,
    make: (g) =>
      g.pick([
        `สินค้า: ${g.pick(["ข้าวหอมมะลิ 5 กก.", "น้ำปลาแท้ 700 มล.", "กาแฟดอยช้าง 250 ก."])} รหัส ${
          g.digits(9)
        } คลังสินค้า: ${g.pick(["กรุงเทพฯ บางนา", "เชียงใหม่ สันทราย"])} คงเหลือ ${g.int(0, 900)} ชิ้น`,
        `उत्पाद: ${
          g.pick(["बासमती चावल 5 किलो", "मसाला चाय 250 ग्राम", "सरसों का तेल 1 लीटर"])
        } | SKU ${g.digits(9)} | गोदाम: ${g.pick(["भिवंडी, महाराष्ट्र", "गुरुग्राम, हरियाणा"])} | स्टॉक: ${
          g.int(0, 900)
        } | स्थिति: ${g.pick(["उपलब्ध", "स्टॉक में नहीं"])}`,
        `${g.pick(["मुंबई", "दिल्ली", "बेंगलुरु"])} से ${g.pick(["पुणे", "जयपुर", "चेन्नई"])} के लिए शिपमेंट ${
          g.digits(10)
        } रवाना, अनुमानित डिलीवरी ${g.date()}`,
      ]),
  },
  {
    name: "postcodes-of-places",
    n: 10,
    make: (g) =>
      g.pick([
        `warehouse=${g.pick(["FRA3", "DUS2", "MUC1"])} site="${
          g.pick(["60549 Frankfurt am Main", "40549 Düsseldorf", "85356 Freising"])
        }" docks=${g.int(4, 40)} shift=${g.pick(["early", "late", "night"])}`,
        `store_locator: ${g.int(1, 40)} stores within ${g.int(5, 50)} km of ${
          g.pick(["75001 Paris", "1010 Wien", "8001 Zürich", "00184 Roma"])
        } (radius search, ${g.float(0, 90, 1)} ms)`,
        `weather station ${g.pick(["10637", "06260", "03772"])} (${
          g.pick(["Frankfurt/Main", "De Bilt", "London Heathrow"])
        }) METAR parsed, temp ${g.float(-5, 30, 1)} C, pressure ${g.int(980, 1040)} hPa`,
      ]),
  },
];

const CONTROLS: Control[] = [
  {
    name: "nextcloud-dbpassword-unredacted",
    n: 8,
    kind: "secret",
    make: (g) => {
      const pw = g.chars(B62, 14) + g.pick(["!", "#", "%"]) + g.chars(B62, 3);
      return {
        text:
          `  'dbtype' => 'pgsql',\n  'dbname' => 'nextcloud',\n  'dbuser' => 'oc_admin',\n  'dbpassword' => '${pw}',\n  'installed' => true,`,
        values: [pw],
      };
    },
  },
  {
    name: "acme-eab-hmac-key",
    n: 8,
    kind: "secret",
    make: (g) => {
      const key = g.chars(B64URL, 86);
      return {
        text: `certbot register --agree-tos --eab-kid ${
          g.chars(B64URL, 22)
        } --eab-hmac-key ${key} --server https://acme.zerossl.com/v2/DV90`,
        values: [key],
      };
    },
  },
  {
    name: "hasura-admin-secret-env",
    n: 8,
    kind: "secret",
    make: (g) => {
      const s = g.chars(B62, 32);
      return {
        text:
          `env: HASURA_GRAPHQL_DATABASE_URL=postgres://hasura@db:5432/app HASURA_GRAPHQL_ADMIN_SECRET=${s} HASURA_GRAPHQL_ENABLE_CONSOLE=false`,
        values: [s],
      };
    },
  },
  {
    name: "ga4-api-secret",
    n: 6,
    kind: "secret",
    make: (g) => {
      const s = g.chars(B62 + "-_", 22);
      return {
        text: `POST https://www.google-analytics.com/mp/collect?measurement_id=G-${
          g.chars(DIGITS + UPPER, 10)
        }&api_secret=${s} 204`,
        values: [s],
      };
    },
  },
  {
    name: "email-in-calendar-attendee",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const email = `${g.pick(["amara", "jonas", "mei", "lucia", "kofi"])}.${
        g.pick(["okafor", "berg", "chen", "rossi", "mensah"])
      }@${g.pick(["gmail.com", "outlook.com", "web.de"])}`;
      return {
        text:
          `BEGIN:VEVENT\nSUMMARY:Sprint review\nLOCATION:Board Room 4.12\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${email}\nEND:VEVENT`,
        values: [email],
      };
    },
  },
  {
    name: "ip-in-suricata-alert",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const ip = `${g.pick([81, 92, 176, 213])}.${g.int(1, 254)}.${g.int(1, 254)}.${g.int(1, 254)}`;
      return {
        text: `{"event_type":"alert","src_ip":"${ip}","src_port":${
          g.int(1024, 65000)
        },"proto":"TCP","alert":{"signature_id":${g.int(2000000, 2050000)},"severity":2}}`,
        values: [ip],
      };
    },
  },
  {
    name: "phone-in-person-vcard",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const phone = `+49 151 ${g.chars(DIGITS, 8)}`;
      return {
        text: `BEGIN:VCARD\nVERSION:4.0\nKIND:individual\nTEL;TYPE=cell:${phone}\nEND:VCARD`,
        values: [phone],
      };
    },
  },
  {
    name: "iban-in-mt940-account",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const iban = ibanDE(g);
      return {
        text: `:20:STMT${g.digits(10)}\n:25:${iban}\n:28C:${g.int(1, 365)}/1\n:60F:C${
          g.date().slice(2).replace(/-/g, "")
        }EUR${g.int(1000, 90000)},00`,
        values: [iban],
      };
    },
  },
  {
    name: "card-on-pos-receipt",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const card = luhn("4" + g.chars(DIGITS, 14));
      return {
        text: `STORE ${g.int(100, 999)} REG ${g.p2(g.int(1, 12))} TOTAL ${
          g.float(1, 300, 2)
        }\nVISA ${card} AUTH ${
          g.chars(DIGITS + UPPER, 6)
        } (card not truncated: terminal misconfigured)`,
        values: [card],
      };
    },
  },
];

/** Every case of the corpus, in a fixed order. */
export const generateBenign11 = (seed = BENIGN11_SEED): Benign11Case[] =>
  auditCases("benign11", new Gen(seed), BENIGN, CONTROLS);

/** The corpus as the stored JSON-lines file. */
export const benign11Text = auditText;

if (import.meta.main) {
  const cases = generateBenign11();
  await Deno.writeTextFile(BENIGN11_FILE, benign11Text(cases));
  console.log(`${cases.length} cases written to ${BENIGN11_FILE.pathname}`);
}
