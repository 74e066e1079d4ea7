/**
 * The blind operations corpus (./ops6.jsonl): log lines and multi-line chunks as infrastructure
 * and operations tools print them (syslog and journald, web servers and proxies, Kubernetes,
 * Docker, CI/CD jobs, Terraform and Ansible, cloud audit logs, database servers, brokers, Vault and
 * Consul, LDAP, mail, VPNs, SSH, Windows and macOS), written without reading the detectors, the
 * key/value reader or the other corpora. Secrets and personal data sit where such logs really carry
 * them; about 40 % of the cases are benign lines full of look-alikes (digests, ids, fingerprints,
 * public keys and certificates, placeholders, encrypted or HMAC'd values) that must stay unchanged.
 * Deterministic: one seed, no clock. Run it to write the file:
 *   deno run --allow-write core/scrub/corpus/gen_ops6.ts
 */
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import type { TypedCase } from "./case_shape.ts";

/** One labelled case, as the shared scorer reads it. */
export interface Ops6Case extends TypedCase {
  source: string;
  kind: "secret" | "pii" | "benign";
  tier?: "core" | "other";
  origin: string;
}

export const OPS6_FILE = new URL("./ops6.jsonl", import.meta.url);

// ---------------------------------------------------------------- seeded values

let rand: () => number = seededRandom(0).next;
/** Restarts the values from seed `s` (mulberry32). */
function seed(s: number): void {
  rand = seededRandom(s).next;
}
const int = (n: number) => Math.floor(rand() * n);
const between = (lo: number, hi: number) => lo + int(hi - lo + 1);
const pick = <T>(a: readonly T[]): T => a[int(a.length)];

const DIGITS = "0123456789";
const HEX = "0123456789abcdef";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const ALNUM = DIGITS + UPPER + LOWER;
const B64URL = UPPER + LOWER + DIGITS + "-_";
const B32 = UPPER + "234567";

function chars(alphabet: string, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[int(alphabet.length)];
  return s;
}
const hex = (n: number) => chars(HEX, n);
const digits = (n: number) => chars("123456789", 1) + chars(DIGITS, n - 1);
/** Mixed-case alphanumerics with at least one digit, one upper and one lower letter. */
function token(n: number, alphabet = ALNUM): string {
  const needed = [/[0-9]/, /[A-Z]/, /[a-z]/].filter((re) => re.test(alphabet));
  for (let tries = 0; tries < 1000; tries++) {
    const s = chars(alphabet, n);
    if (needed.every((re) => re.test(s))) return s;
  }
  throw new Error(`no mixed token of ${n} characters`);
}
function bytesB64(n: number, url = false): string {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = int(256);
  const s = btoa(String.fromCharCode(...bytes));
  return url ? s.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") : s;
}
const b64 = (s: string) => btoa(s);
const b64url = (s: string) => btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
function uuid(): string {
  const h = hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[int(4)]}${
    h.slice(17, 20)
  }-${h.slice(20)}`;
}

// -------------------------------------------------- checksummed and documented token formats

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n: number, width: number): string {
  let s = "";
  while (n > 0) {
    s = ALNUM[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, "0");
}
/** GitHub's token layout: prefix, 30 random base62 characters, their CRC32 in 6 base62 digits. */
function github(prefix = "ghp_"): string {
  const body = token(30);
  return prefix + body + base62(crc32(body), 6);
}
/** npm's granular and automation tokens: npm_, 30 random characters, CRC32 in 6 base62 digits. */
function npmToken(): string {
  const body = token(30);
  return "npm_" + body + base62(crc32(body), 6);
}
const awsKeyId = (prefix = "AKIA") => prefix + chars(B32, 16);
const awsSecret = () => token(40, ALNUM + "+/");
const awsSessionToken = () => "IQoJb3JpZ2luX2VjE" + token(200, ALNUM + "+/") + "==";
const slackBot = () => `xoxb-${digits(11)}-${digits(13)}-${token(24)}`;
const slackUser = () => `xoxp-${digits(11)}-${digits(11)}-${digits(13)}-${hex(32)}`;
const slackWebhook = () =>
  `https://hooks.slack.com/services/T${chars(UPPER + DIGITS, 8)}/B${chars(UPPER + DIGITS, 10)}/${
    token(24)
  }`;
const gitlabPat = () => `glpat-${token(20, ALNUM + "-_")}`;
const gitlabRunner = () => `glrt-${token(20, ALNUM + "-_")}`;
const dockerPat = () => `dckr_pat_${token(27, ALNUM + "-_")}`;
const pypiToken = () => `pypi-AgEIcHlwaS5vcmc${token(70, B64URL)}`;
const stripeKey = () => `sk_live_51${token(97)}`;
const gcpApiKey = () => `AIza${token(35, B64URL)}`;
const doToken = () => `dop_v1_${hex(64)}`;
const tfcToken = () => `${token(14)}.atlasv1.${token(67)}`;
const vaultToken = () => `hvs.${token(24)}`;
const vaultLongToken = () => `hvs.CAESI${token(86, B64URL)}`;
const sendgrid = () => `SG.${token(22, B64URL)}.${token(43, B64URL)}`;
const twilioKey = () => `SK${hex(32)}`;
const datadogKey = () => hex(32);
const newRelic = () => `NRAK-${chars(UPPER + DIGITS, 27)}`;
const hfToken = () => `hf_${token(34, UPPER + LOWER)}`;
const grafanaSa = () => `glsa_${token(32)}_${hex(8)}`;
const sentryAuth = () =>
  `sntrys_${b64url(JSON.stringify({ iat: 1733200000, org: "acme" }))}_${token(43)}`;
const azureKey = () => bytesB64(64);
const wgKey = () => bytesB64(32);
const jenkinsApiToken = () => `11${hex(32)}`;
const circleToken = () => `CCIPAT_${token(22)}_${hex(40)}`;
const artifactoryKey = () => `AKCp8${token(68)}`;
const shopifyToken = () => `shpat_${hex(32)}`;
const openaiKey = () => `sk-proj-${token(48, B64URL)}T3BlbkFJ${token(48, B64URL)}`;

function jwt(claims: Record<string, unknown>, alg = pick(["RS256", "HS256", "ES256"])): string {
  const header = b64url(JSON.stringify({ alg, typ: "JWT", kid: hex(16) }));
  const payload = b64url(JSON.stringify(claims));
  const sig = bytesB64(alg === "RS256" ? 256 : alg === "ES256" ? 64 : 32, true);
  return `${header}.${payload}.${sig}`;
}
const userJwt = () =>
  jwt({
    sub: uuid(),
    iss: pick(["https://auth.acme-corp.io/", "https://login.microsoftonline.com/tenant/v2.0"]),
    aud: "api",
    exp: 1733300000 + int(90000),
    scope: "read write",
  });
const k8sSaJwt = () =>
  jwt({
    iss: "https://kubernetes.default.svc.cluster.local",
    sub: `system:serviceaccount:${pick(["prod", "payments", "ci"])}:${pick(["deployer", "api"])}`,
    exp: 1764836000 + int(9000),
  }, "RS256");

const WORDS = [
  "winter",
  "falcon",
  "orchid",
  "tundra",
  "maple",
  "harbor",
  "quartz",
  "saffron",
  "ember",
  "glacier",
  "cobalt",
  "juniper",
  "lantern",
  "meadow",
  "nimbus",
  "pepper",
];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
/** Passwords people and tools set: memorable, random, passphrases. No quotes, \, &, <, >, $. */
function password(): string {
  switch (int(5)) {
    case 0:
      return `${cap(pick(WORDS))}${between(1990, 2026)}${pick(["!", "#", "@", "*", "?"])}`;
    case 1:
      return token(between(14, 22), ALNUM + "!#%^*_-+=");
    case 2:
      return token(between(20, 32));
    case 3:
      return `${pick(WORDS)}-${cap(pick(WORDS))}-${between(10, 99)}-${pick(WORDS)}`;
    default:
      return `${cap(pick(WORDS))}.${token(6)}${pick(["!", "%", "_"])}${between(10, 99)}`;
  }
}
/** A password that can sit in a URL's userinfo unescaped. */
const urlPassword = () => token(between(16, 28), ALNUM + "-_.~");

// ------------------------------------------------------------------- personal data

const FIRST = [
  "Maria",
  "James",
  "Aisha",
  "Lukas",
  "Chen",
  "Sofia",
  "Oluwaseun",
  "Ingrid",
  "Rahul",
  "Elena",
  "Mateo",
  "Hannah",
];
const LAST = [
  "Gonzalez",
  "O'Neill",
  "Okafor",
  "Brandt",
  "Wei",
  "Rossi",
  "Adeyemi",
  "Lindqvist",
  "Sharma",
  "Petrova",
  "Fernandez",
  "Keller",
];
const STREETS = [
  "42 Elm Street, Springfield, IL 62704",
  "17 Rue de Rivoli, 75001 Paris",
  "Hauptstrasse 12, 10115 Berlin",
  "221 Baker Street, London NW1 6XE",
  "1600 Pennsylvania Ave NW, Washington, DC 20500",
  "Calle de Alcala 48, 28014 Madrid",
  "88 Queen Street West, Toronto, ON M5H 2N2",
  "Via Roma 25, 00184 Roma",
];
const MAIL_DOMAINS = ["gmail.com", "outlook.com", "acme-corp.io", "yahoo.co.uk", "proton.me"];
function person(): { first: string; last: string; name: string; email: string } {
  const first = pick(FIRST);
  const last = pick(LAST);
  const email = `${first.toLowerCase()}.${last.toLowerCase().replace(/'/g, "")}${
    int(3) ? "" : between(1, 99)
  }@${pick(MAIL_DOMAINS)}`;
  return { first, last, name: `${first} ${last}`, email };
}
/** A public IPv4 address (no private, loopback, link-local or documentation range). */
function ipv4(): string {
  const first = pick([23, 31, 34, 46, 52, 62, 77, 81, 88, 91, 104, 142, 151, 176, 185, 212, 213]);
  return `${first}.${between(1, 254)}.${between(0, 255)}.${between(1, 254)}`;
}
function ipv6(): string {
  const groups = [
    pick(["2a02", "2a01", "2600", "2607", "2001", "2a00"]),
    hex(4).replace(/^0+/, "") || "1",
  ];
  for (let i = 0; i < 6; i++) groups.push(hex(between(1, 4)).replace(/^0+(?=.)/, ""));
  if (int(2)) return groups.join(":");
  return `${groups.slice(0, 3).join(":")}::${groups.slice(6).join(":")}`;
}
function mac(): string {
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) parts.push(hex(2));
  parts[0] = (parseInt(parts[0], 16) & 0xfc).toString(16).padStart(2, "0");
  const s = parts.join(":");
  return int(2) ? s : s.toUpperCase();
}
function phone(): string {
  switch (int(4)) {
    case 0:
      return `+1 ${between(201, 989)}-${between(201, 989)}-${between(1000, 9999)}`;
    case 1:
      return `+44 7${between(100, 999)} ${between(100000, 999999)}`;
    case 2:
      return `+49 15${between(1, 9)} ${between(1000, 9999)} ${between(1000, 9999)}`;
    default:
      return `(${between(201, 989)}) ${between(201, 989)}-${between(1000, 9999)}`;
  }
}
function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return partial + ((10 - (sum % 10)) % 10);
}
const card = () => luhnComplete(pick(["4539", "4716", "5425", "5105", "3714"]) + chars(DIGITS, 11));
function ssn(): string {
  let area = between(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, "0")}-${String(between(1, 99)).padStart(2, "0")}-${
    String(between(1, 9999)).padStart(4, "0")
  }`;
}
function iban(): string {
  const bban = chars(DIGITS, 8) + chars(DIGITS, 10);
  const numeric = bban + "131400"; // D=13 E=14, check digits 00
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  const check = String(98 - rem).padStart(2, "0");
  return `DE${check}${bban}`;
}

// ------------------------------------------------------------------ look-alikes

const sha256 = () => hex(64);
const commit = () => hex(40);
const traceId = () => hex(32);
const spanId = () => hex(16);
const podSuffix = () =>
  `${chars("bcdfghjklmnpqrstvwxz2456789", 10)}-${chars("bcdfghjklmnpqrstvwxz2456789", 5)}`;
const awsAccount = () => digits(12);
const instanceId = () => `i-0${hex(16)}`;
const SERVICES = ["checkout", "billing", "auth", "orders", "search", "ledger", "notifier"];
const HOSTS = ["web-01", "web-02", "api-3", "worker-7", "db-primary", "bastion", "ci-runner-4"];
const USERS = ["deploy", "ubuntu", "jenkins", "ops", "backup", "svc-ci", "admin"];
const svc = () => pick(SERVICES);
const host = () => pick(HOSTS);
const user = () => pick(USERS);

// time: a fixed base, moved forward per case
let clock = Date.UTC(2026, 10, 3, 8, 0, 0);
function tick(): Date {
  clock += between(200, 90_000);
  return new Date(clock);
}
const iso = (d = tick()) => d.toISOString();
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const p2 = (n: number) => String(n).padStart(2, "0");
const hms = (d: Date) => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
function syslogTime(d = tick()): string {
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, " ")} ${hms(d)}`;
}
function clf(d = tick()): string {
  return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(d)} +0000`;
}
const pid = () => between(300, 65000);

// ------------------------------------------------------------------ templates

type Kind = Ops6Case["kind"];
interface Made {
  text: string;
  secrets?: string[];
}
interface Template {
  type: string;
  kind: Kind;
  tier?: "core" | "other";
  n: number;
  make: () => Made;
}

const T: Template[] = [];
const secret = (type: string, n: number, make: () => Made) =>
  T.push({ type, kind: "secret", n, make });
const pii = (type: string, tier: "core" | "other", n: number, make: () => Made) =>
  T.push({ type, kind: "pii", tier, n, make });
const benign = (type: string, n: number, make: () => string) =>
  T.push({ type, kind: "benign", n, make: () => ({ text: make() }) });

// ---- syslog / journald: sshd, sudo, cron, systemd

pii("syslog:sshd-accepted", "core", 6, () => {
  const ip = pick([ipv4, ipv6])();
  return {
    text:
      `${syslogTime()} ${host()} sshd[${pid()}]: Accepted publickey for ${user()} from ${ip} port ${
        between(30000, 65000)
      } ssh2: ED25519 SHA256:${bytesB64(32).replace(/=+$/, "")}`,
    secrets: [ip],
  };
});
pii("syslog:sshd-failed", "core", 5, () => {
  const ip = ipv4();
  return {
    text: `${syslogTime()} ${host()} sshd[${pid()}]: Failed password for invalid user ${
      pick(["oracle", "test", "admin", "postgres"])
    } from ${ip} port ${between(30000, 65000)} ssh2`,
    secrets: [ip],
  };
});
benign("syslog:sshd-session", 5, () => {
  const d = tick();
  const u = user();
  return [
    `${
      syslogTime(d)
    } ${host()} sshd[${pid()}]: pam_unix(sshd:session): session opened for user ${u}(uid=${
      between(1000, 1010)
    }) by (uid=0)`,
    `${syslogTime(d)} ${host()} systemd-logind[${pid()}]: New session ${
      between(10, 900)
    } of user ${u}.`,
    `${syslogTime(d)} ${host()} systemd[1]: Started session-${between(10, 900)}.scope - Session ${
      between(10, 900)
    } of User ${u}.`,
  ].join("\n");
});
benign(
  "syslog:sshd-hostkey",
  4,
  () =>
    `${syslogTime()} ${host()} sshd[${pid()}]: Server listening on :: port 22.\n${syslogTime()} ${host()} sshd[${pid()}]: Server host key: ssh-ed25519 SHA256:${
      bytesB64(32).replace(/=+$/, "")
    }`,
);
secret("syslog:sudo-command", 6, () => {
  const pw = password();
  const cmd = pick([
    (p: string) => `/usr/bin/mysql -u root -p${p} -e SHOW PROCESSLIST`,
    (p: string) => `/usr/bin/htpasswd -b /etc/nginx/.htpasswd admin ${p}`,
    (p: string) => `/usr/bin/mongo admin -u root -p ${p} --eval db.stats()`,
    (p: string) => `/usr/sbin/chpasswd <<< deploy:${p}`,
  ])(pw);
  return {
    text: `${syslogTime()} ${host()} sudo:   ${user()} : TTY=pts/${
      int(4)
    } ; PWD=/home/${user()} ; USER=root ; COMMAND=${cmd}`,
    secrets: [pw],
  };
});
benign(
  "syslog:sudo-benign",
  5,
  () =>
    `${syslogTime()} ${host()} sudo:   ${user()} : TTY=pts/${
      int(4)
    } ; PWD=/srv/${svc()} ; USER=root ; COMMAND=${
      pick([
        "/usr/bin/systemctl restart nginx",
        "/usr/bin/journalctl -u app --since -1h",
        "/usr/bin/apt-get install -y postgresql-client-16",
        "/usr/bin/passwd --status deploy",
      ])
    }\n${syslogTime()} ${host()} sudo: pam_unix(sudo:session): session opened for user root(uid=0) by ${user()}(uid=1000)`,
);
secret("syslog:cron-cmd", 6, () => {
  const pw = password().replace(/[!#*?%^+=]/g, "x");
  return {
    text: `${syslogTime()} ${host()} CRON[${pid()}]: (${
      pick(["backup", "root", "postgres"])
    }) CMD (${
      pick([
        `PGPASSWORD=${pw} pg_dump -h db-primary -U backup ${svc()} | gzip > /backups/${svc()}.sql.gz`,
        `/usr/bin/mysqldump --user=backup --password=${pw} --all-databases > /var/backups/all.sql`,
        `RESTIC_PASSWORD=${pw} restic -r s3:s3.amazonaws.com/acme-backups backup /srv`,
        `curl -fsS -u monitor:${pw} https://status.internal/ping/${uuid()} > /dev/null`,
      ])
    })`,
    secrets: [pw],
  };
});
benign(
  "syslog:cron-benign",
  5,
  () =>
    `${syslogTime()} ${host()} CRON[${pid()}]: (root) CMD (${
      pick([
        "cd / && run-parts --report /etc/cron.hourly",
        "test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )",
        "/usr/local/bin/certbot renew --quiet --deploy-hook 'systemctl reload nginx'",
        "[ -x /usr/lib/php/sessionclean ] && /usr/lib/php/sessionclean",
      ])
    })`,
);
secret("systemd:unit-environment", 7, () => {
  const dbPw = urlPassword();
  const tok = pick([slackBot, stripeKey, sendgrid, () => hex(40)])();
  return {
    text: [
      `# /etc/systemd/system/${svc()}.service`,
      "[Unit]",
      "Description=Acme API",
      "After=network-online.target",
      "",
      "[Service]",
      "User=app",
      `Environment="DATABASE_URL=postgres://app:${dbPw}@db-primary.internal:5432/app"`,
      `Environment=API_TOKEN=${tok}`,
      "Environment=NODE_ENV=production PORT=8080",
      "ExecStart=/usr/bin/node /srv/app/server.js",
    ].join("\n"),
    secrets: [dbPw, tok],
  };
});
benign("systemd:unit-benign", 5, () =>
  [
    `# /lib/systemd/system/${svc()}.service`,
    "[Service]",
    "Type=notify",
    `EnvironmentFile=-/etc/default/${svc()}`,
    `Environment=GOMAXPROCS=${between(2, 8)} LOG_LEVEL=info`,
    "LoadCredential=db-password:/etc/credstore/db-password",
    `ExecStart=/usr/local/bin/${svc()} --config /etc/${svc()}/config.yaml`,
    "Restart=on-failure",
  ].join("\n"));
secret("journald:json-message", 5, () => {
  const tok = pick([github, slackUser, gitlabPat, doToken])();
  return {
    text: JSON.stringify({
      __CURSOR: `s=${hex(32)};i=${hex(5)};b=${hex(32)};m=${hex(8)};t=${hex(13)};x=${hex(16)}`,
      __REALTIME_TIMESTAMP: String(1764748800000000 + int(1e9)),
      _SYSTEMD_UNIT: `${svc()}.service`,
      _HOSTNAME: host(),
      MESSAGE: `registering webhook with token=${tok}`,
      PRIORITY: "6",
    }),
    secrets: [tok],
  };
});
benign("journald:json-benign", 5, () =>
  JSON.stringify({
    __CURSOR: `s=${hex(32)};i=${hex(5)};b=${hex(32)};m=${hex(8)};t=${hex(13)};x=${hex(16)}`,
    _BOOT_ID: hex(32),
    _MACHINE_ID: hex(32),
    _SYSTEMD_UNIT: `${svc()}.service`,
    MESSAGE: pick([
      "Main process exited, code=exited, status=1/FAILURE",
      "Scheduled restart job, restart counter is at 3.",
      `Consumed ${between(1, 90)}.${between(100, 999)}s CPU time.`,
    ]),
    SYSLOG_IDENTIFIER: "systemd",
  }));

pii("syslog:dhcpd-mac", "core", 6, () => {
  const m = mac();
  return {
    text: `${syslogTime()} gw-1 dhcpd[${pid()}]: DHCPACK on 192.168.${between(0, 9)}.${
      between(2, 250)
    } to ${m} (${pick(["Marias-iPhone", "LAPTOP-7QK2D", "android-3f2a", "unknown"])}) via eth1`,
    secrets: [m],
  };
});
pii("syslog:hostapd-mac", "core", 4, () => {
  const m = mac();
  return {
    text: `${syslogTime()} ap-2 hostapd: wlan0: STA ${m} IEEE 802.11: associated (aid ${
      between(1, 30)
    })\n${syslogTime()} ap-2 hostapd: wlan0: AP-STA-CONNECTED ${m}`,
    secrets: [m],
  };
});

// ---- web servers and proxies

secret("nginx:access-query-token", 7, () => {
  const tok = pick([() => hex(40), userJwt, () => token(32), gcpApiKey])();
  const param = pick(["access_token", "token", "api_key", "apikey", "key", "sig"]);
  return {
    text: `${ipv4()} - - [${clf()}] "GET /api/v2/${
      pick(["export", "reports/daily", "webhooks/ping", "download"])
    }?${param}=${tok}&format=csv HTTP/1.1" 200 ${between(100, 90000)} "-" "${
      pick(["curl/8.5.0", "python-requests/2.31.0", "Go-http-client/2.0"])
    }"`,
    secrets: [tok],
  };
});
pii("nginx:access-client-ip", "core", 6, () => {
  const ip = pick([ipv4, ipv4, ipv6])();
  return {
    text: `${ip} - - [${clf()}] "GET /static/app.${hex(8)}.js HTTP/2.0" 200 ${
      between(1000, 900000)
    } "https://shop.acme-corp.io/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36"`,
    secrets: [ip],
  };
});
secret("nginx:access-basic-auth-url", 5, () => {
  const pw = urlPassword();
  return {
    text:
      `${ipv4()} - ${user()} [${clf()}] "GET https://${user()}:${pw}@registry.internal.acme-corp.io/v2/_catalog HTTP/1.1" 407 0 "-" "docker/27.3.1"`,
    secrets: [pw],
  };
});
pii("nginx:x-forwarded-for", "core", 5, () => {
  const a = ipv4();
  const b = ipv6();
  return {
    text: `${iso()} [info] ${between(1, 40)}#${between(1, 40)}: *${
      between(1000, 99999)
    } client sent headers: X-Forwarded-For: ${a}, ${b}; X-Real-IP: ${a}; X-Request-Id: ${hex(32)}`,
    secrets: [a, b],
  };
});
benign("nginx:config-dump", 5, () =>
  [
    "# configuration file /etc/nginx/conf.d/api.conf:",
    "server {",
    "    listen 443 ssl http2;",
    `    server_name ${svc()}.acme-corp.io;`,
    "    ssl_certificate /etc/letsencrypt/live/acme-corp.io/fullchain.pem;",
    "    ssl_certificate_key /etc/letsencrypt/live/acme-corp.io/privkey.pem;",
    '    auth_basic "Restricted";',
    "    auth_basic_user_file /etc/nginx/.htpasswd;",
    '    proxy_set_header Authorization "";',
    "    proxy_set_header X-Request-Id $request_id;",
    `    proxy_pass http://${svc()}_upstream;`,
    "}",
  ].join("\n"));
benign(
  "nginx:error-benign",
  6,
  () =>
    `${iso().slice(0, 19).replace("T", " ").replace(/-/g, "/")} [${
      pick(["warn", "notice", "error"])
    }] ${between(1, 40)}#${between(1, 40)}: ${
      pick([
        "could not build optimal proxy_headers_hash, you should increase either proxy_headers_hash_max_size: 512 or proxy_headers_hash_bucket_size: 64",
        "signal process started",
        `using inherited sockets from "6;7;"`,
        `open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory)`,
        `upstream server temporarily disabled while connecting to upstream, upstream: "http://${svc()}.prod.svc.cluster.local:8080/healthz"`,
      ])
    }`,
);
secret("apache:access-password-query", 5, () => {
  const pw = urlPassword();
  return {
    text:
      `${ipv4()} - - [${clf()}] "POST /cgi-bin/login.cgi?username=${user()}&password=${pw} HTTP/1.1" 302 - "-" "Mozilla/5.0"`,
    secrets: [pw],
  };
});
benign(
  "apache:error-benign",
  4,
  () =>
    `[${pick(["Tue", "Wed"])} Dec 03 ${hms(tick())}.${between(100000, 999999)} 2026] [${
      pick(["mpm_event:notice", "ssl:warn", "core:notice"])
    }] [pid ${pid()}:tid ${between(100000000, 999999999)}] ${
      pick([
        "AH00489: Apache/2.4.62 (Unix) OpenSSL/3.0.13 configured -- resuming normal operations",
        "AH01909: www.acme-corp.io:443:0 server certificate does NOT include an ID which matches the server name",
        "AH00094: Command line: '/usr/sbin/apache2'",
      ])
    }`,
);
secret("haproxy:stats-auth", 5, () => {
  const pw = password();
  return {
    text: [
      "listen stats",
      "    bind *:8404",
      "    stats enable",
      "    stats uri /haproxy?stats",
      `    stats auth admin:${pw}`,
      "userlist ops",
      `    user oncall insecure-password ${pw}`,
    ].join("\n"),
    secrets: [pw],
  };
});
secret("haproxy:log-query-token", 5, () => {
  const tok = pick([() => token(40), slackBot, () => hex(32)])();
  return {
    text: `${syslogTime()} lb-1 haproxy[${pid()}]: ${ipv4()}:${between(1024, 65000)} [${
      clf().replace(" +0000", ".123")
    }] fe_https~ be_api/api-${between(1, 4)} 0/0/1/${between(2, 90)}/${between(3, 99)} 200 ${
      between(100, 9000)
    } - - ---- 12/12/0/0/0 0/0 "GET /hooks/deploy?token=${tok} HTTP/1.1"`,
    secrets: [tok],
  };
});
benign(
  "haproxy:log-benign",
  4,
  () =>
    `${syslogTime()} lb-1 haproxy[${pid()}]: Server be_api/api-${
      between(1, 4)
    } is DOWN, reason: Layer4 timeout, check duration: 2001ms. ${
      between(1, 3)
    } active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`,
);
secret("envoy:debug-headers", 6, () => {
  const tok = pick([userJwt, () => token(40)])();
  return {
    text: [
      `[${iso().replace("T", " ").slice(0, 23)}][${
        between(10, 99)
      }][debug][http] [source/common/http/conn_manager_impl.cc:1149] [C${between(1, 999)}][S${
        digits(19)
      }] request headers complete (end_stream=true):`,
      "':authority', 'api.acme-corp.io'",
      "':path', '/v1/orders?limit=50'",
      "':method', 'GET'",
      `'authorization', 'Bearer ${tok}'`,
      `'x-request-id', '${uuid()}'`,
    ].join("\n"),
    secrets: [tok],
  };
});
benign("envoy:access-json-benign", 6, () =>
  JSON.stringify({
    start_time: iso(),
    method: "POST",
    path: `/api.${svc()}.v1.${cap(svc())}Service/Get`,
    protocol: "HTTP/2",
    response_code: 200,
    response_flags: "-",
    bytes_received: between(10, 900),
    bytes_sent: between(10, 9000),
    duration: between(1, 900),
    upstream_cluster: `outbound|8080||${svc()}.prod.svc.cluster.local`,
    x_request_id: uuid(),
    traceparent: `00-${traceId()}-${spanId()}-01`,
  }));
secret("traefik:access-json-auth", 5, () => {
  const u = user();
  const pw = password();
  const basic = b64(`${u}:${pw}`);
  return {
    text: JSON.stringify({
      ClientHost: ipv4(),
      DownstreamStatus: 401,
      RequestMethod: "GET",
      RequestPath: "/dashboard/",
      RouterName: "dashboard@docker",
      "request_Authorization": `Basic ${basic}`,
      "request_User-Agent": "curl/8.5.0",
      time: iso(),
    }),
    secrets: [basic],
  };
});
secret("curl:verbose-headers", 7, () => {
  const cookie = token(32, ALNUM);
  const tok = pick([userJwt, github, () => `Basic ${b64(`ops:${password()}`)}`])();
  const auth = tok.startsWith("Basic ") ? tok : `Bearer ${tok}`;
  const value = auth.replace(/^(Basic|Bearer) /, "");
  return {
    text: [
      `* Connected to api.acme-corp.io (${ipv4()}) port 443`,
      "> GET /v1/admin/users HTTP/2",
      "> Host: api.acme-corp.io",
      `> Authorization: ${auth}`,
      `> Cookie: sessionid=${cookie}; theme=dark`,
      "> User-Agent: curl/8.5.0",
      "< HTTP/2 403",
    ].join("\n"),
    secrets: [value, cookie],
  };
});
benign("curl:verbose-benign", 5, () =>
  [
    `* Host ${svc()}.internal:443 was resolved.`,
    "* ALPN: curl offers h2,http/1.1",
    "* SSL certificate verify ok.",
    `*  subject: CN=${svc()}.internal`,
    "*  issuer: C=US; O=Let's Encrypt; CN=R11",
    "> GET /healthz HTTP/2",
    `< etag: "${hex(32)}"`,
    `< x-amz-request-id: ${chars(UPPER + DIGITS, 16)}`,
    `< x-amz-id-2: ${bytesB64(48)}`,
  ].join("\n"));

// ---- Kubernetes

secret("k8s:secret-yaml", 8, () => {
  const pw = password();
  const key = pick([stripeKey, sendgrid, () => token(40)])();
  const pwB = b64(pw);
  const keyB = b64(key);
  return {
    text: [
      "apiVersion: v1",
      "data:",
      `  DB_PASSWORD: ${pwB}`,
      `  PAYMENT_API_KEY: ${keyB}`,
      `  DB_USER: ${b64("app")}`,
      "kind: Secret",
      "metadata:",
      `  creationTimestamp: "${iso().slice(0, 19)}Z"`,
      `  name: ${svc()}-secrets`,
      "  namespace: prod",
      `  resourceVersion: "${digits(8)}"`,
      `  uid: ${uuid()}`,
      "type: Opaque",
    ].join("\n"),
    secrets: [pwB, keyB],
  };
});
secret("k8s:secret-stringdata", 5, () => {
  const pw = password();
  const tok = pick([slackBot, github, datadogKey])();
  return {
    text: [
      "apiVersion: v1",
      "kind: Secret",
      "metadata:",
      `  name: ${svc()}-env`,
      "type: Opaque",
      "stringData:",
      `  REDIS_PASSWORD: "${pw}"`,
      `  NOTIFY_TOKEN: ${tok}`,
    ].join("\n"),
    secrets: [pw, tok],
  };
});
benign("k8s:describe-secret", 5, () =>
  [
    `Name:         ${svc()}-secrets`,
    "Namespace:    prod",
    "Labels:       app.kubernetes.io/managed-by=Helm",
    "Annotations:  meta.helm.sh/release-name: " + svc(),
    "",
    "Type:  Opaque",
    "",
    "Data",
    "====",
    `DB_PASSWORD:      ${between(12, 32)} bytes`,
    `PAYMENT_API_KEY:  ${between(30, 110)} bytes`,
    "tls.key:          1675 bytes",
  ].join("\n"));
secret("k8s:describe-pod-env", 6, () => {
  const tok = pick([twilioKey, sendgrid, newRelic, hfToken])();
  return {
    text: [
      "    Environment:",
      "      NODE_ENV:           production",
      "      DB_PASSWORD:        <set to the key 'password' in secret 'db-credentials'>  Optional: false",
      `      NOTIFY_API_KEY:     ${tok}`,
      `      OTEL_SERVICE_NAME:  ${svc()}`,
      "    Mounts:",
      `      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${
        chars(LOWER + DIGITS, 5)
      } (ro)`,
    ].join("\n"),
    secrets: [tok],
  };
});
benign("k8s:describe-pod-benign", 6, () =>
  [
    `Name:             ${svc()}-${podSuffix()}`,
    "Namespace:        prod",
    "Containers:",
    "  app:",
    `    Container ID:   containerd://${sha256()}`,
    `    Image:          ghcr.io/acme/${svc()}:v${between(1, 4)}.${between(0, 30)}.${
      between(0, 9)
    }`,
    `    Image ID:       ghcr.io/acme/${svc()}@sha256:${sha256()}`,
    "    Environment:",
    "      API_KEY:      <set to the key 'api-key' in secret 'vendor'>  Optional: false",
    "      PASSWORD:     <set to the key 'password' in secret 'db'>  Optional: false",
  ].join("\n"));
benign("k8s:events", 6, () =>
  [
    "LAST SEEN   TYPE      REASON      OBJECT                           MESSAGE",
    `${
      between(1, 59)
    }m         Warning   BackOff     pod/${svc()}-${podSuffix()}   Back-off restarting failed container app in pod ${svc()}-${podSuffix()}_prod(${uuid()})`,
    `${
      between(1, 59)
    }m         Normal    Pulled      pod/${svc()}-${podSuffix()}   Successfully pulled image "ghcr.io/acme/${svc()}@sha256:${sha256()}" in 1.2s`,
    `${
      between(1, 59)
    }m         Warning   FailedMount pod/${svc()}-${podSuffix()}   MountVolume.SetUp failed for volume "secrets" : secret "db-credentials" not found`,
  ].join("\n"));
secret("k8s:audit-secret-create", 5, () => {
  const pw = password();
  const pwB = b64(pw);
  return {
    text: JSON.stringify({
      kind: "Event",
      apiVersion: "audit.k8s.io/v1",
      level: "RequestResponse",
      auditID: uuid(),
      stage: "ResponseComplete",
      requestURI: "/api/v1/namespaces/prod/secrets",
      verb: "create",
      user: { username: "system:serviceaccount:ci:deployer", groups: ["system:serviceaccounts"] },
      objectRef: {
        resource: "secrets",
        namespace: "prod",
        name: "db-credentials",
        apiVersion: "v1",
      },
      requestObject: {
        kind: "Secret",
        apiVersion: "v1",
        metadata: { name: "db-credentials", namespace: "prod" },
        data: { password: pwB },
        type: "Opaque",
      },
      responseStatus: { code: 201 },
    }),
    secrets: [pwB],
  };
});
pii("k8s:audit-source-ip", "core", 4, () => {
  const ip = ipv4();
  return {
    text: JSON.stringify({
      kind: "Event",
      apiVersion: "audit.k8s.io/v1",
      level: "Metadata",
      auditID: uuid(),
      stage: "ResponseComplete",
      requestURI: "/api/v1/namespaces/prod/pods?limit=500",
      verb: "list",
      user: { username: "oidc:ops-oncall", groups: ["ops"] },
      sourceIPs: [ip],
      userAgent: "kubectl/v1.31.2 (linux/amd64) kubernetes/5864a46",
      responseStatus: { code: 200 },
    }),
    secrets: [ip],
  };
});
secret("k8s:kubeconfig", 7, () => {
  // The whole PEM key in base64, as kubectl writes it (the same random draws as before).
  const der = bytesB64(48) + bytesB64(300);
  const keyData = b64(
    `-----BEGIN RSA PRIVATE KEY-----\n${
      der.replace(/.{64}/g, "$&\n")
    }\n-----END RSA PRIVATE KEY-----\n`,
  );
  const tok = k8sSaJwt();
  return {
    text: [
      "apiVersion: v1",
      "clusters:",
      "- cluster:",
      `    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM${bytesB64(120)}`,
      `    server: https://${hex(32).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com`,
      "  name: prod",
      "users:",
      "- name: admin",
      "  user:",
      `    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUR${bytesB64(120)}`,
      `    client-key-data: ${keyData}`,
      "- name: deployer",
      "  user:",
      `    token: ${tok}`,
    ].join("\n"),
    secrets: [keyData, tok],
  };
});
benign("k8s:kubeconfig-exec", 5, () =>
  [
    "apiVersion: v1",
    "clusters:",
    "- cluster:",
    `    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwK${
      bytesB64(90)
    }`,
    `    server: https://${hex(32).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com`,
    "  name: prod",
    "users:",
    "- name: prod",
    "  user:",
    "    exec:",
    "      apiVersion: client.authentication.k8s.io/v1beta1",
    "      command: aws",
    `      args: ["eks", "get-token", "--cluster-name", "prod", "--role-arn", "arn:aws:iam::${awsAccount()}:role/eks-admin"]`,
  ].join("\n"));
secret("k8s:create-secret-literal", 6, () => {
  const pw = password();
  const tok = pick([stripeKey, github, dockerPat])();
  return {
    text:
      `+ kubectl -n prod create secret generic ${svc()}-creds --from-literal=password='${pw}' --from-literal=api-token=${tok} --dry-run=client -o yaml`,
    secrets: [pw, tok],
  };
});
secret("k8s:docker-registry-secret", 4, () => {
  const pw = pick([github, dockerPat, gitlabPat])();
  return {
    text:
      `$ kubectl create secret docker-registry regcred --docker-server=ghcr.io --docker-username=acme-bot --docker-password=${pw} --docker-email=ci@acme-corp.io`,
    secrets: [pw],
  };
});
secret("helm:values", 7, () => {
  const pw = password();
  const redisPw = password();
  const smtp = sendgrid();
  return {
    text: [
      "$ helm get values " + svc() + " -n prod",
      "USER-SUPPLIED VALUES:",
      "postgresql:",
      "  auth:",
      "    username: app",
      `    password: ${pw}`,
      "    database: app",
      "redis:",
      `  auth: {enabled: true, password: "${redisPw}"}`,
      "smtp:",
      "  host: smtp.sendgrid.net",
      `  apiKey: ${smtp}`,
      "image:",
      `  tag: ${commit().slice(0, 12)}`,
    ].join("\n"),
    secrets: [pw, redisPw, smtp],
  };
});
benign("helm:values-benign", 6, () =>
  [
    "USER-SUPPLIED VALUES:",
    "postgresql:",
    "  auth:",
    "    existingSecret: db-credentials",
    "    secretKeys:",
    "      adminPasswordKey: postgres-password",
    "      userPasswordKey: password",
    "redis:",
    "  auth:",
    "    enabled: true",
    "    existingSecretPasswordKey: redis-password",
    "image:",
    `  digest: sha256:${sha256()}`,
    `podAnnotations: {checksum/config: ${sha256()}}`,
  ].join("\n"));
benign("k8s:configmap", 5, () =>
  [
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    `  name: ${svc()}-config`,
    "  annotations:",
    `    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"${svc()}-config"}}'`,
    "data:",
    "  LOG_LEVEL: info",
    `  FEATURE_FLAGS_SHA: ${sha256()}`,
    '  TOKEN_TTL_SECONDS: "3600"',
    '  PASSWORD_MIN_LENGTH: "12"',
    `  OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector.observability:4317`,
  ].join("\n"));

// ---- Docker

secret("docker:inspect-env", 7, () => {
  const pw = password();
  const key = pick([awsSecret, stripeKey, () => hex(32)])();
  return {
    text: [
      '        "Env": [',
      `            "POSTGRES_PASSWORD=${pw}",`,
      `            "STRIPE_SECRET_KEY=${key}",`,
      '            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",',
      `            "GOSU_VERSION=1.17"`,
      "        ],",
    ].join("\n"),
    secrets: [pw, key],
  };
});
benign("docker:inspect-benign", 6, () =>
  [
    "[",
    "    {",
    `        "Id": "${sha256()}",`,
    `        "Created": "${iso()}",`,
    `        "Image": "sha256:${sha256()}",`,
    `        "ResolvConfPath": "/var/lib/docker/containers/${sha256()}/resolv.conf",`,
    '        "Env": [',
    '            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",',
    '            "NODE_VERSION=22.11.0",',
    '            "YARN_VERSION=1.22.22"',
    "        ],",
  ].join("\n"));
secret("docker:compose-config", 6, () => {
  const root = password();
  const pw = password();
  return {
    text: [
      "name: shop",
      "services:",
      "  db:",
      "    environment:",
      `      MYSQL_DATABASE: shop`,
      `      MYSQL_PASSWORD: ${pw}`,
      `      MYSQL_ROOT_PASSWORD: ${root}`,
      "      MYSQL_USER: shop",
      "    image: mysql:8.4",
    ].join("\n"),
    secrets: [pw, root],
  };
});
secret("docker:build-arg", 5, () => {
  const tok = pick([npmToken, github])();
  return {
    text:
      `#0 building with "default" instance using docker driver\n$ docker build --build-arg NPM_TOKEN=${tok} --build-arg NODE_ENV=production -t ghcr.io/acme/${svc()}:${
        commit().slice(0, 7)
      } .`,
    secrets: [tok],
  };
});
benign("docker:build-log", 6, () =>
  [
    `#5 [2/6] RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc`,
    `#5 DONE 0.${between(1, 9)}s`,
    `#6 [3/6] RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev`,
    `#9 exporting layers ${between(1, 9)}.${between(1, 9)}s done`,
    `#9 writing image sha256:${sha256()} done`,
    `#9 naming to ghcr.io/acme/${svc()}:${commit().slice(0, 7)} done`,
  ].join("\n"));
secret("docker:login-password", 5, () => {
  const pw = pick([password, dockerPat, gitlabPat])();
  return {
    text:
      `+ docker login -u acme-ci -p ${pw} registry.gitlab.com\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded`,
    secrets: [pw],
  };
});
secret("docker:config-json-auths", 5, () => {
  const auth = b64(`acme-ci:${pick([github, dockerPat])()}`);
  return {
    text:
      `{\n\t"auths": {\n\t\t"ghcr.io": {\n\t\t\t"auth": "${auth}"\n\t\t}\n\t},\n\t"credsStore": "desktop"\n}`,
    secrets: [auth],
  };
});
benign("docker:pull", 6, () =>
  [
    `${between(1, 9)}.${between(0, 9)}: Pulling from library/${
      pick(["postgres", "redis", "nginx"])
    }`,
    `${hex(12)}: Pull complete`,
    `${hex(12)}: Pull complete`,
    `Digest: sha256:${sha256()}`,
    `Status: Downloaded newer image for ${
      pick(["postgres:16.4", "redis:7.4-alpine", "nginx:1.27"])
    }`,
  ].join("\n"));

// ---- CI/CD

secret("gha:git-remote-token", 6, () => {
  const tok = github("ghs_");
  return {
    text: [
      `2026-12-03T${hms(tick())}.${between(1000000, 9999999)}Z ##[group]Run git push`,
      `2026-12-03T${hms(tick())}.${
        between(1000000, 9999999)
      }Z [command]/usr/bin/git remote set-url origin https://x-access-token:${tok}@github.com/acme/${svc()}.git`,
      `2026-12-03T${hms(tick())}.${
        between(1000000, 9999999)
      }Z [command]/usr/bin/git push origin HEAD:refs/heads/release`,
    ].join("\n"),
    secrets: [tok],
  };
});
benign("gha:masked", 6, () =>
  [
    `2026-12-03T${hms(tick())}.${
      between(1000000, 9999999)
    }Z ##[group]Run aws-actions/configure-aws-credentials@v4`,
    `2026-12-03T${hms(tick())}.${between(1000000, 9999999)}Z with:`,
    `2026-12-03T${hms(tick())}.${
      between(1000000, 9999999)
    }Z   role-to-assume: arn:aws:iam::${awsAccount()}:role/github-deploy`,
    `2026-12-03T${hms(tick())}.${between(1000000, 9999999)}Z   aws-region: eu-west-1`,
    `2026-12-03T${hms(tick())}.${between(1000000, 9999999)}Z env:`,
    `2026-12-03T${hms(tick())}.${between(1000000, 9999999)}Z   NPM_TOKEN: ***`,
    `2026-12-03T${hms(tick())}.${between(1000000, 9999999)}Z   GITHUB_TOKEN: ***`,
    `2026-12-03T${hms(tick())}.${between(1000000, 9999999)}Z ##[endgroup]`,
  ].join("\n"));
benign("gha:checkout", 5, () =>
  [
    "Syncing repository: acme/" + svc(),
    "Getting Git version info",
    `[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +${commit()}:refs/remotes/origin/main`,
    `[command]/usr/bin/git log -1 --format=%H`,
    commit(),
    `[command]/usr/bin/git config --local --unset-all http.https://github.com/.extraheader`,
  ].join("\n"));
secret("npmrc:auth-token", 6, () => {
  const tok = npmToken();
  const gh = github();
  return {
    text:
      `$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=${tok}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${gh}\nalways-auth=true`,
    secrets: [tok, gh],
  };
});
benign(
  "npmrc:placeholder",
  5,
  () =>
    `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=\${GITHUB_TOKEN}\nengine-strict=true`,
);
secret("pip:index-url", 6, () => {
  const pw = urlPassword();
  return {
    text: pick([
      `[global]\nindex-url = https://ci-bot:${pw}@nexus.acme-corp.io/repository/pypi-all/simple\ntimeout = 60`,
      `+ pip install --index-url https://__token__:${pw}@gitlab.acme-corp.io/api/v4/projects/42/packages/pypi/simple acme-billing==2.3.1`,
      `Looking in indexes: https://deploy:${pw}@pypi.acme-corp.io/simple`,
    ]),
    secrets: [pw],
  };
});
benign(
  "pip:index-url-masked",
  4,
  () =>
    `Looking in indexes: https://pypi.org/simple, https://ci-bot:****@nexus.acme-corp.io/repository/pypi-all/simple\nCollecting requests==2.32.3\n  Downloading requests-2.32.3-py3-none-any.whl (64 kB)\nSuccessfully installed certifi-2024.8.30 requests-2.32.3`,
);
secret("pypi:twine-token", 3, () => {
  const tok = pypiToken();
  return { text: `+ twine upload -u __token__ -p ${tok} dist/*`, secrets: [tok] };
});
secret("maven:settings-xml", 6, () => {
  const pw = password();
  return {
    text: [
      "<settings>",
      "  <servers>",
      "    <server>",
      "      <id>nexus-releases</id>",
      "      <username>deployment</username>",
      `      <password>${pw}</password>`,
      "    </server>",
      "  </servers>",
      "</settings>",
    ].join("\n"),
    secrets: [pw],
  };
});
benign("maven:settings-env", 4, () =>
  [
    "<server>",
    "  <id>github</id>",
    "  <username>${env.GITHUB_ACTOR}</username>",
    "  <password>${env.GITHUB_TOKEN}</password>",
    "</server>",
    `[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/2.0.16/slf4j-api-2.0.16.jar (69 kB at ${
      between(100, 999)
    } kB/s)`,
  ].join("\n"));
secret("gradle:properties", 6, () => {
  const pw = password();
  const sig = password();
  return {
    text:
      `org.gradle.jvmargs=-Xmx2g\nossrhUsername=acme-release\nossrhPassword=${pw}\nsigning.keyId=${
        hex(8).toUpperCase()
      }\nsigning.password=${sig}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg`,
    secrets: [pw, sig],
  };
});
benign(
  "gradle:benign",
  4,
  () =>
    `org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g\norg.gradle.caching=true\nsigning.keyId=${
      hex(8).toUpperCase()
    }\nversion=${between(1, 5)}.${between(0, 20)}.${
      between(0, 9)
    }\n> Task :app:compileKotlin UP-TO-DATE\nBUILD SUCCESSFUL in ${between(10, 90)}s`,
);
secret("git:remote-token-url", 6, () => {
  const tok = pick([gitlabPat, github, () => github("gho_")])();
  const userPart = tok.startsWith("glpat") ? "oauth2" : pick(["x-access-token", "acme-bot"]);
  const url = `https://${userPart}:${tok}@${
    tok.startsWith("glpat") ? "gitlab.com" : "github.com"
  }/acme/${svc()}.git`;
  return {
    text: `$ git remote -v\norigin\t${url} (fetch)\norigin\t${url} (push)`,
    secrets: [tok],
  };
});
benign("git:log-benign", 5, () =>
  [
    `commit ${commit()}`,
    `Merge: ${commit().slice(0, 7)} ${commit().slice(0, 7)}`,
    "Author: release-bot <release-bot@users.noreply.github.com>",
    `Date:   Tue Dec 3 ${hms(tick())} 2026 +0000`,
    "",
    `    Rotate the API token used by the ${svc()} job (#${between(100, 9999)})`,
  ].join("\n"));
secret("jenkins:curl-api-token", 5, () => {
  const tok = jenkinsApiToken();
  return {
    text:
      `[Pipeline] sh\n+ curl -s -X POST -u ci-admin:${tok} https://jenkins.acme-corp.io/job/${svc()}/buildWithParameters?BRANCH=main`,
    secrets: [tok],
  };
});
benign("jenkins:with-credentials", 5, () =>
  [
    "[Pipeline] withCredentials",
    "Masking supported pattern matches of $REGISTRY_PASSWORD or $NEXUS_TOKEN",
    "[Pipeline] {",
    "[Pipeline] sh",
    "+ echo ****",
    "+ docker login -u ci --password-stdin registry.acme-corp.io",
    "Login Succeeded",
    `Finished: SUCCESS`,
  ].join("\n"));
secret("gitlab:job-export", 6, () => {
  const id = awsKeyId();
  const key = awsSecret();
  return {
    text:
      `$ export AWS_ACCESS_KEY_ID=${id}\n$ export AWS_SECRET_ACCESS_KEY=${key}\n$ aws s3 sync build/ s3://acme-static-prod --delete`,
    secrets: [id, key],
  };
});
benign("gitlab:job-benign", 5, () =>
  [
    `Running with gitlab-runner 17.${between(0, 6)}.${between(0, 3)} (${hex(8)})`,
    "  on shared-runner-4 " + chars(LOWER + DIGITS, 8) + ", system ID: s_" + hex(12),
    `Using Docker executor with image node:22-alpine ...`,
    `Using docker image sha256:${sha256()} for node:22-alpine with digest node@sha256:${sha256()} ...`,
    `$ echo "CI_JOB_TOKEN is set: \${CI_JOB_TOKEN:+yes}"`,
    "CI_JOB_TOKEN is set: yes",
  ].join("\n"));
secret("gitlab:runner-register", 3, () => {
  const tok = gitlabRunner();
  return {
    text:
      `$ gitlab-runner register --non-interactive --url https://gitlab.acme-corp.io --token ${tok} --executor docker --docker-image alpine:3.20`,
    secrets: [tok],
  };
});
secret("circleci:env-dump", 5, () => {
  const c = circleToken();
  const s = slackWebhook();
  return {
    text: `#!/bin/bash -eo pipefail\nenv | sort\nCIRCLE_BRANCH=main\nCIRCLE_BUILD_NUM=${
      between(1000, 99999)
    }\nCIRCLE_SHA1=${commit()}\nCIRCLE_TOKEN=${c}\nSLACK_WEBHOOK=${s}`,
    secrets: [c, s],
  };
});
secret("ci:add-mask", 4, () => {
  const tok = pick([vaultToken, hfToken, grafanaSa])();
  return { text: `::add-mask::${tok}\n::set-output name=token::***`, secrets: [tok] };
});
secret("ci:printenv-providers", 8, () => {
  const gen = pick(
    [
      ["SLACK_BOT_TOKEN", slackBot],
      ["DIGITALOCEAN_ACCESS_TOKEN", doToken],
      ["TF_TOKEN_app_terraform_io", tfcToken],
      ["SENTRY_AUTH_TOKEN", sentryAuth],
      ["DD_API_KEY", datadogKey],
      ["ARTIFACTORY_API_KEY", artifactoryKey],
      ["SHOPIFY_ACCESS_TOKEN", shopifyToken],
      ["OPENAI_API_KEY", openaiKey],
      ["HF_TOKEN", hfToken],
      ["NEW_RELIC_API_KEY", newRelic],
    ] as const,
  );
  const tok = gen[1]();
  return {
    text: `HOSTNAME=runner-${hex(8)}\nHOME=/root\n${gen[0]}=${tok}\nCI=true\nGIT_SHA=${commit()}`,
    secrets: [tok],
  };
});

// ---- Terraform and Ansible

benign("terraform:plan-sensitive", 6, () =>
  [
    `  # aws_db_instance.${svc()} will be updated in-place`,
    `  ~ resource "aws_db_instance" "${svc()}" {`,
    `        id                     = "db-${chars(UPPER + DIGITS, 26)}"`,
    "      ~ password               = (sensitive value)",
    `      ~ engine_version         = "16.3" -> "16.4"`,
    `        arn                    = "arn:aws:rds:eu-west-1:${awsAccount()}:db:${svc()}-prod"`,
    "        # (42 unchanged attributes hidden)",
    "    }",
    "",
    "Plan: 0 to add, 1 to change, 0 to destroy.",
  ].join("\n"));
secret("terraform:plan-plain", 6, () => {
  const pw = password();
  const tok = pick([datadogKey, () => token(40), slackBot])();
  return {
    text: [
      `  # kubernetes_secret.${svc()} will be created`,
      `  + resource "kubernetes_secret" "${svc()}" {`,
      "      + data = {",
      `          + "db_password" = "${pw}"`,
      `          + "api_key"     = "${tok}"`,
      "        }",
      `      + id   = (known after apply)`,
      "    }",
    ].join("\n"),
    secrets: [pw, tok],
  };
});
secret("terraform:apply-outputs", 5, () => {
  const tok = pick([vaultLongToken, () => hex(48), userJwt])();
  return {
    text:
      `Apply complete! Resources: 3 added, 0 changed, 0 destroyed.\n\nOutputs:\n\nadmin_token = "${tok}"\ncluster_endpoint = "https://${
        hex(32).toUpperCase()
      }.gr7.eu-west-1.eks.amazonaws.com"\ndb_password = <sensitive>`,
    secrets: [tok],
  };
});
benign("terraform:state-benign", 5, () =>
  [
    `aws_iam_role.${svc()}: Refreshing state... [id=${svc()}-task-role]`,
    `aws_s3_bucket.logs: Refreshing state... [id=acme-logs-${awsAccount()}]`,
    `aws_instance.bastion: Refreshing state... [id=${instanceId()}]`,
    `aws_security_group.web: Refreshing state... [id=sg-0${hex(16)}]`,
    `data.aws_ami.ubuntu: Read complete after 1s [id=ami-0${hex(16)}]`,
  ].join("\n"));
secret("ansible:module-args", 6, () => {
  const pw = password();
  return {
    text:
      `ok: [db-primary] => {"changed": false, "invocation": {"module_args": {"login_host": "localhost", "login_password": "${pw}", "login_user": "postgres", "name": "app", "port": 5432, "state": "present"}}}`,
    secrets: [pw],
  };
});
benign("ansible:no-log", 6, () =>
  [
    `TASK [postgresql : create application role] ${"*".repeat(40)}`,
    `task path: /srv/ansible/roles/postgresql/tasks/main.yml:${between(10, 90)}`,
    `<db-primary> ESTABLISH SSH CONNECTION FOR USER: ansible`,
    `<db-primary> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o 'User="ansible"' -o ConnectTimeout=10 -o 'ControlPath="/home/ci/.ansible/cp/${
      hex(10)
    }"' db-primary '/bin/sh -c '"'"'echo ~ansible && sleep 0'"'"''`,
    `changed: [db-primary] => {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": true}`,
    `ok: [web-01] => {"invocation": {"module_args": {"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "name": "deploy"}}}`,
  ].join("\n"));
benign("ansible:vault-file", 4, () => {
  const lines = ["$ANSIBLE_VAULT;1.1;AES256"];
  for (let i = 0; i < 5; i++) lines.push(hex(80));
  return lines.join("\n");
});
secret("ansible:extra-vars", 4, () => {
  const pw = password();
  return {
    text:
      `$ ansible-playbook -i inventories/prod site.yml -e "db_password=${pw} deploy_env=prod" --limit web`,
    secrets: [pw],
  };
});

// ---- cloud audit logs and CLIs

benign("cloudtrail:hidden", 6, () =>
  JSON.stringify({
    eventVersion: "1.09",
    userIdentity: {
      type: "AssumedRole",
      principalId: `AROA${chars(B32, 17)}:ci-session`,
      arn: `arn:aws:sts::${awsAccount()}:assumed-role/ci-deploy/ci-session`,
      accountId: awsAccount(),
    },
    eventTime: iso().slice(0, 19) + "Z",
    eventSource: "iam.amazonaws.com",
    eventName: "CreateAccessKey",
    awsRegion: "us-east-1",
    sourceIPAddress: "cloudformation.amazonaws.com",
    userAgent: "cloudformation.amazonaws.com",
    responseElements: {
      accessKey: {
        userName: "ci-bot",
        status: "Active",
        secretAccessKey: "HIDDEN_DUE_TO_SECURITY_REASONS",
        createDate: "Dec 3, 2026 9:14:22 AM",
      },
    },
    requestID: uuid(),
    eventID: uuid(),
  }));
pii("cloudtrail:source-ip", "core", 5, () => {
  const ip = ipv4();
  return {
    text: JSON.stringify({
      eventVersion: "1.09",
      userIdentity: {
        type: "IAMUser",
        arn: `arn:aws:iam::${awsAccount()}:user/ops-${user()}`,
        userName: `ops-${user()}`,
      },
      eventTime: iso().slice(0, 19) + "Z",
      eventSource: "signin.amazonaws.com",
      eventName: "ConsoleLogin",
      sourceIPAddress: ip,
      responseElements: { ConsoleLogin: "Success" },
      additionalEventData: { MFAUsed: "Yes" },
      eventID: uuid(),
    }),
    secrets: [ip],
  };
});
pii("gcp:audit", "core", 5, () => {
  const p = person();
  const ip = ipv4();
  return {
    text: JSON.stringify({
      protoPayload: {
        "@type": "type.googleapis.com/google.cloud.audit.AuditLog",
        authenticationInfo: { principalEmail: p.email },
        requestMetadata: {
          callerIp: ip,
          callerSuppliedUserAgent: "google-cloud-sdk gcloud/502.0.0",
        },
        serviceName: "compute.googleapis.com",
        methodName: "v1.compute.instances.delete",
        resourceName: `projects/acme-prod/zones/europe-west1-b/instances/${svc()}-${hex(4)}`,
      },
      insertId: chars(LOWER + DIGITS, 12),
      logName: "projects/acme-prod/logs/cloudaudit.googleapis.com%2Factivity",
      timestamp: iso(),
    }),
    secrets: [p.email, ip],
  };
});
pii("azure:activity", "core", 4, () => {
  const p = person();
  const ip = ipv4();
  return {
    text: JSON.stringify({
      caller: p.email,
      operationName: { value: "Microsoft.KeyVault/vaults/secrets/write" },
      status: { value: "Succeeded" },
      claims: { ipaddr: ip, name: p.name, appid: uuid() },
      correlationId: uuid(),
      eventTimestamp: iso(),
      resourceId:
        `/subscriptions/${uuid()}/resourceGroups/rg-prod/providers/Microsoft.KeyVault/vaults/kv-acme-prod`,
    }),
    secrets: [p.email, ip],
  };
});
secret("aws:credentials-file", 6, () => {
  const id = awsKeyId();
  const key = awsSecret();
  return {
    text:
      `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${key}\nregion = eu-west-1`,
    secrets: [id, key],
  };
});
secret("aws:sts-assume-role", 5, () => {
  const id = awsKeyId("ASIA");
  const key = awsSecret();
  const session = awsSessionToken();
  return {
    text: JSON.stringify(
      {
        Credentials: {
          AccessKeyId: id,
          SecretAccessKey: key,
          SessionToken: session,
          Expiration: iso(),
        },
        AssumedRoleUser: {
          AssumedRoleId: `AROA${chars(B32, 17)}:deploy`,
          Arn: `arn:aws:sts::${awsAccount()}:assumed-role/deploy/deploy`,
        },
      },
      null,
      4,
    ),
    secrets: [id, key, session],
  };
});
benign("aws:cli-benign", 6, () =>
  JSON.stringify(
    {
      UserId: `AIDA${chars(B32, 17)}`,
      Account: awsAccount(),
      Arn: `arn:aws:iam::${awsAccount()}:user/ci-bot`,
      KeyId: `arn:aws:kms:eu-west-1:${awsAccount()}:key/${uuid()}`,
      ETag: `"${hex(32)}"`,
      VersionId: token(32, ALNUM + "._"),
    },
    null,
    4,
  ));
secret("gcp:service-account-key", 5, () => {
  const body = bytesB64(48 * 3);
  const k =
    `-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${body}\\n-----END PRIVATE KEY-----\\n`;
  return {
    text: `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "${
      hex(40)
    }",\n  "private_key": "${k}",\n  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`,
    secrets: [body],
  };
});
secret("azure:storage-connection", 6, () => {
  const key = azureKey();
  return {
    text: `AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeprod${
      chars(LOWER + DIGITS, 4)
    };AccountKey=${key};EndpointSuffix=core.windows.net`,
    secrets: [key],
  };
});
secret("azure:sas-url", 4, () => {
  const sig = encodeURIComponent(bytesB64(32));
  return {
    text: `Uploading to https://acmeprod.blob.core.windows.net/backups/db-${
      iso().slice(0, 10)
    }.sql.gz?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${sig}`,
    secrets: [sig],
  };
});
secret("azure:sp-login", 4, () => {
  const pw = token(40, ALNUM + "~._-");
  return {
    text: `+ az login --service-principal -u ${uuid()} -p ${pw} --tenant ${uuid()}`,
    secrets: [pw],
  };
});

// ---- database servers and connection strings

secret("postgres:alter-user", 7, () => {
  const pw = password();
  return {
    text: `${iso().replace("T", " ").slice(0, 23)} UTC [${pid()}] postgres@app LOG:  statement: ${
      pick([
        `ALTER USER app WITH PASSWORD '${pw}';`,
        `CREATE ROLE reporting WITH LOGIN PASSWORD '${pw}' VALID UNTIL '2027-01-01';`,
        `ALTER ROLE replicator ENCRYPTED PASSWORD '${pw}';`,
      ])
    }`,
    secrets: [pw],
  };
});
benign("postgres:benign", 7, () =>
  pick([
    `${iso().replace("T", " ").slice(0, 23)} UTC [${pid()}] LOG:  checkpoint complete: wrote ${
      between(100, 9000)
    } buffers (${between(1, 40)}.${
      between(0, 9)
    }%); 0 WAL file(s) added, 0 removed, 1 recycled; write=${between(1, 200)}.${
      between(100, 999)
    } s, sync=0.004 s, total=${between(1, 200)}.${between(100, 999)} s`,
    `${
      iso().replace("T", " ").slice(0, 23)
    } UTC [${pid()}] app@app FATAL:  password authentication failed for user "app"\n${
      iso().replace("T", " ").slice(0, 23)
    } UTC [${pid()}] app@app DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 102: "host all all 10.0.0.0/8 scram-sha-256"`,
    `${iso().replace("T", " ").slice(0, 23)} UTC [${pid()}] app@app LOG:  duration: ${
      between(1, 9000)
    }.${
      between(100, 999)
    } ms  statement: SELECT id, status FROM orders WHERE updated_at > now() - interval '1 hour' LIMIT 500`,
    `${
      iso().replace("T", " ").slice(0, 23)
    } UTC [${pid()}] LOG:  connection authorized: user=app database=app application_name=${svc()} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)`,
  ]));
secret("mysql:general-log", 6, () => {
  const pw = password();
  return {
    text: `${iso()}\t   ${between(10, 999)} Query\t${
      pick([
        `CREATE USER 'reporting'@'%' IDENTIFIED BY '${pw}'`,
        `ALTER USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY '${pw}'`,
        `SET PASSWORD FOR 'backup'@'localhost' = '${pw}'`,
        `CHANGE REPLICATION SOURCE TO SOURCE_HOST='db-primary', SOURCE_USER='repl', SOURCE_PASSWORD='${pw}'`,
      ])
    }`,
    secrets: [pw],
  };
});
benign(
  "mysql:general-benign",
  5,
  () =>
    `${iso()}\t   ${
      between(10, 999)
    } Connect\tapp@${svc()}-${podSuffix()} on app using TCP/IP\n${iso()}\t   ${
      between(10, 999)
    } Query\tSELECT id, sku, qty FROM order_items WHERE order_id = ${
      between(1000, 999999)
    }\n${iso()}\t   ${between(10, 999)} Quit\t`,
);
pii("mysql:general-pii", "core", 5, () => {
  const p = person();
  const ph = phone();
  const c = card();
  return {
    text: `${iso()}\t   ${
      between(10, 999)
    } Query\tINSERT INTO customers (name, email, phone, card_number) VALUES ('${
      p.name.replace(/'/g, "''")
    }', '${p.email}', '${ph}', '${c}')`,
    secrets: [p.email, ph, c],
  };
});
pii("postgres:statement-pii", "core", 4, () => {
  const s = ssn();
  const i = iban();
  return {
    text: `${
      iso().replace("T", " ").slice(0, 23)
    } UTC [${pid()}] hr@hr LOG:  statement: UPDATE employees SET ssn = '${s}', iban = '${i}' WHERE id = ${
      between(1, 9999)
    }`,
    secrets: [s, i],
  };
});
pii("mongodb:json-log-remote", "core", 5, () => {
  const ip = ipv4();
  return {
    text: JSON.stringify({
      t: { $date: iso().replace("Z", "+00:00") },
      s: "I",
      c: "NETWORK",
      id: 22943,
      ctx: "listener",
      msg: "Connection accepted",
      attr: {
        remote: `${ip}:${between(30000, 65000)}`,
        uuid: { uuid: { $uuid: uuid() } },
        connectionId: between(1, 9999),
        connectionCount: between(1, 300),
      },
    }),
    secrets: [ip],
  };
});
benign("mongodb:json-log-benign", 5, () =>
  JSON.stringify({
    t: { $date: iso().replace("Z", "+00:00") },
    s: "I",
    c: "ACCESS",
    id: 20250,
    ctx: `conn${between(1, 9999)}`,
    msg: "Authentication succeeded",
    attr: {
      mechanism: "SCRAM-SHA-256",
      speculative: true,
      principalName: "app",
      authenticationDatabase: "admin",
      extraInfo: {},
    },
  }));
secret("mongodb:connection-string", 6, () => {
  const pw = urlPassword();
  return {
    text:
      `${iso()} ERROR [${svc()}] MongoServerSelectionError: connection timed out while connecting to mongodb+srv://app:${pw}@cluster0.${
        chars(LOWER + DIGITS, 5)
      }.mongodb.net/${svc()}?retryWrites=true&w=majority`,
    secrets: [pw],
  };
});
secret("redis:monitor-auth", 6, () => {
  const pw = password();
  return {
    text: `${between(1764700000, 1764800000)}.${
      between(100000, 999999)
    } [0 unix:/run/redis/redis.sock] ${
      pick([`"AUTH" "${pw}"`, `"AUTH" "default" "${pw}"`, `"HELLO" "3" "AUTH" "app" "${pw}"`])
    }\n${between(1764700000, 1764800000)}.${
      between(100000, 999999)
    } [0 unix:/run/redis/redis.sock] "PING"`,
    secrets: [pw],
  };
});
benign(
  "redis:monitor-benign",
  5,
  () =>
    `${between(1764700000, 1764800000)}.${
      between(100000, 999999)
    } [0 unix:/run/redis/redis.sock] "GET" "session:${hex(32)}"\n${
      between(1764700000, 1764800000)
    }.${
      between(100000, 999999)
    } [0 unix:/run/redis/redis.sock] "EXPIRE" "ratelimit:${svc()}:${uuid()}" "60"`,
);
secret("db:connection-strings", 8, () => {
  const pw = urlPassword();
  return {
    text: pick([
      `Caused by: org.postgresql.util.PSQLException: FATAL: no pg_hba.conf entry (url=jdbc:postgresql://db-primary:5432/app?user=app&password=${pw}&sslmode=require)`,
      `${iso()} WARN using DSN Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=${svc()};User ID=app;Password=${pw};Encrypt=True;`,
      `${iso()} info: connecting to redis://:${pw}@redis-master.prod.svc.cluster.local:6379/0`,
      `${iso()} DEBUG sqlalchemy.engine: create_engine('mysql+pymysql://app:${pw}@mysql.internal:3306/shop?charset=utf8mb4')`,
      `${iso()} level=error msg="dial failed" dsn="amqp://${svc()}:${pw}@rabbitmq.prod:5672/%2F"`,
    ]),
    secrets: [pw],
  };
});
secret("pgpass:file", 4, () => {
  const pw = password().replace(/:/g, "");
  return {
    text: `$ cat ~/.pgpass\ndb-primary.internal:5432:app:app:${pw}\n*:6432:*:pgbouncer:${pw}`,
    secrets: [pw],
  };
});

// ---- brokers

secret("kafka:sasl-jaas", 6, () => {
  const pw = password();
  return {
    text: `security.protocol=SASL_SSL\nsasl.mechanism=${
      pick(["PLAIN", "SCRAM-SHA-512"])
    }\nsasl.jaas.config=org.apache.kafka.common.security.${
      pick(["plain.PlainLoginModule", "scram.ScramLoginModule"])
    } required username="${svc()}" password="${pw}";\nssl.endpoint.identification.algorithm=https`,
    secrets: [pw],
  };
});
benign("kafka:config-values-hidden", 6, () =>
  [
    `[${iso().replace("T", " ").slice(0, 23)}] INFO ConsumerConfig values: `,
    `\tbootstrap.servers = [kafka-0.kafka:9092, kafka-1.kafka:9092]`,
    `\tclient.id = consumer-${svc()}-${between(1, 9)}`,
    `\tgroup.id = ${svc()}`,
    "\tsasl.jaas.config = [hidden]",
    "\tsasl.mechanism = SCRAM-SHA-512",
    "\tssl.key.password = null",
    "\tssl.keystore.password = [hidden]",
    "\tssl.truststore.password = [hidden]",
  ].join("\n"));
secret("kafka:confluent-cloud", 4, () => {
  const key = chars(UPPER + DIGITS, 16);
  const sec = token(64, ALNUM + "+/");
  return {
    text: `bootstrap.servers=pkc-${
      chars(LOWER + DIGITS, 5)
    }.eu-west-1.aws.confluent.cloud:9092\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${key}' password='${sec}';`,
    secrets: [sec],
  };
});
secret("rabbitmq:ctl-password", 4, () => {
  const pw = password();
  return {
    text:
      `$ rabbitmqctl add_user ${svc()} '${pw}'\nAdding user "${svc()}" ...\nDone. Don't forget to grant the user permissions to some virtual hosts! See 'rabbitmqctl help set_permissions' to learn more.`,
    secrets: [pw],
  };
});
benign(
  "rabbitmq:benign",
  4,
  () =>
    `${iso().replace("T", " ").slice(0, 23)}+00:00 [info] <0.${
      between(100, 9999)
    }.0> Server startup complete; 5 plugins started.\n${
      iso().replace("T", " ").slice(0, 23)
    }+00:00 [info] <0.${between(100, 9999)}.0> connection <0.${
      between(100, 9999)
    }.0> (${svc()}): user '${svc()}' authenticated and granted access to vhost '/'`,
);

// ---- Vault and Consul

secret("vault:login-output", 6, () => {
  const tok = pick([vaultToken, vaultLongToken])();
  return {
    text: [
      "Success! You are now authenticated. The token information displayed below",
      'is already stored in the token helper. You do NOT need to run "vault login"',
      "again. Future Vault requests will automatically use this token.",
      "",
      "Key                  Value",
      "---                  -----",
      `token                ${tok}`,
      `token_accessor       ${token(24)}`,
      "token_duration       768h",
      "token_renewable      true",
      `token_policies       ["default" "ops"]`,
    ].join("\n"),
    secrets: [tok],
  };
});
secret("vault:kv-get", 5, () => {
  const pw = password();
  const key = pick([stripeKey, twilioKey, sendgrid])();
  return {
    text: [
      `====== Secret Path ======`,
      `secret/data/${svc()}/prod`,
      "",
      "======= Metadata =======",
      "Key                Value",
      "---                -----",
      `created_time       ${iso()}`,
      `version            ${between(1, 30)}`,
      "",
      "====== Data ======",
      "Key            Value",
      "---            -----",
      `db_password    ${pw}`,
      `vendor_key     ${key}`,
    ].join("\n"),
    secrets: [pw, key],
  };
});
secret("vault:operator-init", 3, () => {
  const k1 = bytesB64(33);
  const k2 = bytesB64(33);
  const root = vaultToken();
  return {
    text:
      `Unseal Key 1: ${k1}\nUnseal Key 2: ${k2}\n\nInitial Root Token: ${root}\n\nVault initialized with 5 key shares and a key threshold of 3.`,
    secrets: [k1, k2, root],
  };
});
benign("vault:audit-hmac", 6, () =>
  JSON.stringify({
    time: iso(),
    type: "response",
    auth: {
      client_token: `hmac-sha256:${sha256()}`,
      accessor: `hmac-sha256:${sha256()}`,
      display_name: "kubernetes-prod-" + svc(),
      policies: ["default", svc()],
      token_type: "service",
    },
    request: {
      id: uuid(),
      operation: "read",
      path: `secret/data/${svc()}/prod`,
      remote_address: "unix",
    },
    response: { data: { data: { db_password: `hmac-sha256:${sha256()}` } } },
  }));
secret("consul:acl-token", 5, () => {
  const s = uuid();
  return {
    text:
      `AccessorID:       ${uuid()}\nSecretID:         ${s}\nDescription:      ${svc()} agent token\nLocal:            false\nCreate Time:      ${iso()}\nPolicies:\n   ${uuid()} - ${svc()}-agent`,
    secrets: [s],
  };
});
secret("consul:http-token-env", 4, () => {
  const s = uuid();
  return {
    text: `+ export CONSUL_HTTP_TOKEN=${s}\n+ consul kv get config/${svc()}/feature-flags`,
    secrets: [s],
  };
});
benign(
  "consul:agent-benign",
  5,
  () =>
    `${iso()} [INFO]  agent: Synced node info\n${iso()} [INFO]  agent: Synced service: service=${svc()}-${uuid()}\n${iso()} [WARN]  agent: Check is now critical: check=service:${svc()}-${uuid()}`,
);

// ---- LDAP, mail, VPN

secret("ldap:ldapsearch-bind", 5, () => {
  const pw = password();
  return {
    text:
      `+ ldapsearch -x -H ldaps://ldap.acme-corp.io -D "cn=svc-jenkins,ou=services,dc=acme,dc=io" -w '${pw}' -b "ou=people,dc=acme,dc=io" "(memberOf=cn=ops,ou=groups,dc=acme,dc=io)"`,
    secrets: [pw],
  };
});
secret("ldap:ldif-password", 4, () => {
  const pw = password();
  const enc = b64(pw);
  return {
    text:
      `dn: uid=svc-backup,ou=services,dc=acme,dc=io\nchangetype: modify\nreplace: userPassword\nuserPassword:: ${enc}\n-`,
    secrets: [enc],
  };
});
benign(
  "ldap:slapd",
  5,
  () =>
    `${syslogTime()} ldap-1 slapd[${pid()}]: conn=${
      between(1000, 99999)
    } op=0 BIND dn="cn=svc-jenkins,ou=services,dc=acme,dc=io" method=128\n${syslogTime()} ldap-1 slapd[${pid()}]: conn=${
      between(1000, 99999)
    } op=0 RESULT tag=97 err=0 qtime=0.000010 etime=0.000${between(100, 999)} text=`,
);
pii("ldap:entry-person", "other", 5, () => {
  const p = person();
  const addr = pick(STREETS);
  return {
    text:
      `dn: uid=${p.first.toLowerCase()},ou=people,dc=acme,dc=io\nobjectClass: inetOrgPerson\ncn: ${p.name}\nsn: ${p.last}\ngivenName: ${p.first}\nmail: ${p.email}\npostalAddress: ${addr}`,
    secrets: [p.name, addr],
  };
});
pii("ldap:entry-contact", "core", 4, () => {
  const p = person();
  const ph = phone();
  return {
    text:
      `dn: uid=${p.first.toLowerCase()},ou=people,dc=acme,dc=io\nmail: ${p.email}\ntelephoneNumber: ${ph}`,
    secrets: [p.email, ph],
  };
});
secret("smtp:auth-plain", 6, () => {
  const pw = password();
  const from = `alerts@${pick(["acme-corp.io", "acme.dev"])}`;
  const blob = b64(`\0${from}\0${pw}`);
  return {
    text:
      `${iso()} DEBUG smtp: S: 250-AUTH PLAIN LOGIN\n${iso()} DEBUG smtp: C: AUTH PLAIN ${blob}\n${iso()} DEBUG smtp: S: 235 2.7.0 Authentication successful`,
    secrets: [blob],
  };
});
secret("smtp:auth-login", 4, () => {
  const pw = password();
  const enc = b64(pw);
  return {
    text: `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: ${
      b64("alerts@acme-corp.io")
    }\nS: 334 UGFzc3dvcmQ6\nC: ${enc}\nS: 235 2.7.0 Accepted`,
    secrets: [enc],
  };
});
secret("postfix:sasl-passwd", 4, () => {
  const key = pick([sendgrid, password])();
  return {
    text:
      `# /etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:${key}\n$ postmap /etc/postfix/sasl_passwd`,
    secrets: [key],
  };
});
pii("postfix:smtpd-client", "core", 5, () => {
  const ip = ipv4();
  const p = person();
  return {
    text: `${syslogTime()} mx-1 postfix/smtpd[${pid()}]: ${hex(10).toUpperCase()}: client=mail-${
      chars(LOWER, 4)
    }.example.net[${ip}], sasl_method=PLAIN, sasl_username=${p.email}`,
    secrets: [ip, p.email],
  };
});
pii("postfix:qmgr-from", "core", 4, () => {
  const p = person();
  return {
    text: `${syslogTime()} mx-1 postfix/qmgr[${pid()}]: ${
      hex(10).toUpperCase()
    }: from=<${p.email}>, size=${between(1000, 90000)}, nrcpt=1 (queue active)`,
    secrets: [p.email],
  };
});
benign(
  "postfix:benign",
  5,
  () =>
    `${syslogTime()} mx-1 postfix/qmgr[${pid()}]: ${
      hex(10).toUpperCase()
    }: removed\n${syslogTime()} mx-1 postfix/master[${pid()}]: daemon started -- version 3.8.6, configuration /etc/postfix\n${syslogTime()} mx-1 postfix/tlsmgr[${pid()}]: prng_exch cache: ${
      hex(8)
    }`,
);
secret("wireguard:config", 6, () => {
  const priv = wgKey();
  const psk = wgKey();
  return {
    text: `[Interface]\nPrivateKey = ${priv}\nAddress = 10.8.0.${
      between(2, 250)
    }/24\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${wgKey()}\nPresharedKey = ${psk}\nAllowedIPs = 0.0.0.0/0\nEndpoint = vpn.acme-corp.io:51820\nPersistentKeepalive = 25`,
    secrets: [priv, psk],
  };
});
benign(
  "wireguard:show",
  5,
  () =>
    `interface: wg0\n  public key: ${wgKey()}\n  private key: (hidden)\n  listening port: 51820\n\npeer: ${wgKey()}\n  preshared key: (hidden)\n  allowed ips: 10.8.0.${
      between(2, 250)
    }/32\n  latest handshake: ${between(1, 59)} seconds ago\n  transfer: ${between(1, 900)}.${
      between(10, 99)
    } MiB received, ${between(1, 900)}.${between(10, 99)} MiB sent`,
);
secret("openvpn:static-key", 3, () => {
  const lines: string[] = [];
  for (let i = 0; i < 16; i++) lines.push(hex(32));
  return {
    text:
      `<tls-crypt>\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n${
        lines.join("\n")
      }\n-----END OpenVPN Static key V1-----\n</tls-crypt>`,
    secrets: [lines[3], lines[10]],
  };
});
pii("openvpn:peer-ip", "core", 4, () => {
  const ip = ipv4();
  return {
    text: `${iso().replace("T", " ").slice(0, 19)} ${ip}:${
      between(30000, 65000)
    } [${user()}] Peer Connection Initiated with [AF_INET]${ip}:${between(30000, 65000)}`,
    secrets: [ip],
  };
});
secret("ipsec:secrets", 3, () => {
  const psk = password();
  return {
    text: `# /etc/ipsec.secrets\n: PSK "${psk}"\nvpn-gw-1 : RSA vpn-gw-1.key`,
    secrets: [psk],
  };
});

// ---- SSH

function pemBody(lines: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(bytesB64(48));
  out.push(bytesB64(between(10, 40)));
  return out;
}
secret("ssh:private-key-block", 7, () => {
  const label = pick(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"]);
  const body = pemBody(between(6, 12));
  const prefix = pick([
    "",
    "+ cat deploy_key\n",
    `${iso()} DEBUG loaded key from env DEPLOY_KEY:\n`,
  ]);
  return {
    text: `${prefix}-----BEGIN ${label}-----\n${body.join("\n")}\n-----END ${label}-----`,
    secrets: [body[1], body[body.length - 2]],
  };
});
benign(
  "ssh:known-hosts",
  5,
  () =>
    `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n|1|${
      bytesB64(20)
    }|${bytesB64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${
      bytesB64(48)
    }`,
);
benign(
  "ssh:fingerprints",
  5,
  () =>
    `$ ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n256 SHA256:${
      bytesB64(32).replace(/=+$/, "")
    } root@${host()} (ED25519)\n$ ssh -v ${host()}\ndebug1: Server host key: ecdsa-sha2-nistp256 SHA256:${
      bytesB64(32).replace(/=+$/, "")
    }\ndebug1: Host '${host()}' is known and matches the ECDSA host key.`,
);
benign(
  "ssh:authorized-keys",
  4,
  () =>
    `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${
      bytesB64(32).replace(/=+$/, "")
    } ${user()}@${host()}\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${bytesB64(120)} ci-deploy`,
);
secret("ssh:sshpass", 4, () => {
  const pw = password();
  return {
    text:
      `+ sshpass -p '${pw}' ssh -o StrictHostKeyChecking=no ${user()}@${host()} 'sudo systemctl restart ${svc()}'`,
    secrets: [pw],
  };
});
benign("tls:certificate", 5, () => {
  const body = pemBody(between(8, 14));
  return `subject=CN=${svc()}.acme-corp.io\nissuer=C=US, O=Let's Encrypt, CN=R11\n-----BEGIN CERTIFICATE-----\n${
    body.join("\n")
  }\n-----END CERTIFICATE-----`;
});

// ---- Windows and PowerShell

pii("windows:event-4624", "core", 5, () => {
  const ip = ipv4();
  return {
    text:
      `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}"/><EventID>4624</EventID><TimeCreated SystemTime="${iso()}"/><Computer>WS-${
        between(100, 999)
      }.corp.acme.io</Computer></System><EventData><Data Name="TargetUserName">${user()}</Data><Data Name="TargetDomainName">CORP</Data><Data Name="LogonType">10</Data><Data Name="IpAddress">${ip}</Data><Data Name="IpPort">${
        between(30000, 65000)
      }</Data></EventData></Event>`,
    secrets: [ip],
  };
});
secret("windows:event-4688-cmdline", 5, () => {
  const pw = password();
  return {
    text: `<Event><System><EventID>4688</EventID><Computer>APP-${
      between(1, 9)
    }.corp.acme.io</Computer></System><EventData><Data Name="NewProcessName">C:\\Windows\\System32\\net.exe</Data><Data Name="CommandLine">net use \\\\fs01\\finance /user:CORP\\svc-backup ${pw} /persistent:no</Data></EventData></Event>`,
    secrets: [pw],
  };
});
secret("powershell:securestring", 6, () => {
  const pw = password();
  return {
    text:
      `PS C:\\deploy> $secpass = ConvertTo-SecureString "${pw}" -AsPlainText -Force\nPS C:\\deploy> $cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc-deploy", $secpass)\nPS C:\\deploy> Invoke-Command -ComputerName APP-2 -Credential $cred -ScriptBlock { Restart-Service W3SVC }`,
    secrets: [pw],
  };
});
secret("powershell:cmdkey", 4, () => {
  const pw = password();
  return {
    text:
      `PS C:\\> cmdkey /add:sql-01.corp.acme.io /user:CORP\\svc-sql /pass:${pw}\n\nCMDKEY: Credential added successfully.`,
    secrets: [pw],
  };
});
benign(
  "powershell:transcript-header",
  5,
  () =>
    `**********************\nWindows PowerShell transcript start\nStart time: 2026120${
      between(1, 9)
    }${
      hms(tick()).replace(/:/g, "")
    }\nUsername: CORP\\${user()}\nRunAs User: CORP\\${user()}\nMachine: APP-${
      between(1, 9)
    } (Microsoft Windows NT 10.0.20348.0)\nHost Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -File C:\\deploy\\release.ps1\nProcess ID: ${pid()}\nPSVersion: 5.1.20348.2849\n**********************`,
);
benign(
  "powershell:credential-prompt",
  4,
  () =>
    `PS C:\\> $cred = Get-Credential -UserName CORP\\svc-deploy -Message "Deploy account"\nPS C:\\> $pw = Read-Host -AsSecureString "Password"\nPS C:\\> $env:ARM_CLIENT_SECRET = $pw | ConvertFrom-SecureString\nPS C:\\> Write-Host "Password length: $($pw.Length)"`,
);
benign(
  "windows:event-7036",
  5,
  () =>
    `<Event><System><Provider Name="Service Control Manager" Guid="{555908d1-a6d7-4695-8e1e-26931d2012f4}" EventSourceName="Service Control Manager"/><EventID Qualifiers="16384">7036</EventID><TimeCreated SystemTime="${iso()}"/><EventRecordID>${
      between(100000, 9999999)
    }</EventRecordID><Computer>APP-${
      between(1, 9)
    }.corp.acme.io</Computer></System><EventData><Data Name="param1">Windows Update</Data><Data Name="param2">running</Data><Binary>${
      hex(24).toUpperCase()
    }</Binary></EventData></Event>`,
);

// ---- macOS

benign("macos:unified-log", 7, () =>
  pick([
    `${iso().replace("T", " ").slice(0, 26)}+0000 0x${
      hex(6)
    }   Default     0x0                  ${pid()}    0    kernel: (AppleACPIPlatform) AppleACPICPU: ProcessorId=${
      between(1, 16)
    } LocalApicId=${between(1, 32)} Enabled`,
    `${iso().replace("T", " ").slice(0, 26)}+0000 0x${hex(6)}   Default     0x${
      hex(5)
    }              ${pid()}    0    com.apple.xpc.launchd[1]: (com.apple.mdworker.shared.${
      hex(8).toUpperCase()
    }-0000-0000-0000-000000000000[${pid()}]) Service exited due to SIGKILL | sent by mds[${pid()}]`,
    `${iso().replace("T", " ").slice(0, 26)}+0000 0x${hex(6)}   Info        0x${
      hex(5)
    }              ${pid()}    0    trustd: (Security) [com.apple.securityd:ocsp] ocsp responder: <private> did not include status of requested cert`,
    `${iso().replace("T", " ").slice(0, 26)}+0000 0x${hex(6)}   Default     0x${
      hex(5)
    }              ${pid()}    7    identityservicesd: [com.apple.IDS:Registration] Token <private> for <private> registered, push token length 32`,
  ]));
secret("macos:security-cli", 4, () => {
  const pw = password();
  return {
    text:
      `+ security add-generic-password -a ci-bot -s com.acme.release -w '${pw}' -U ~/Library/Keychains/ci.keychain-db\n+ security unlock-keychain -p '${pw}' ~/Library/Keychains/ci.keychain-db`,
    secrets: [pw],
  };
});

// ---- more look-alike-heavy benign lines from the same tools

benign("ops:ids-and-digests", 8, () =>
  pick([
    `${iso()} INFO deploy finished service=${svc()} image=ghcr.io/acme/${svc()}@sha256:${sha256()} commit=${commit()} trace_id=${traceId()} span_id=${spanId()}`,
    `${iso()} INFO s3 upload ok bucket=acme-artifacts key=${svc()}/${commit()}.tar.gz etag="${
      hex(32)
    }" version_id=${token(32, ALNUM + "._")} request_id=${chars(UPPER + DIGITS, 16)}`,
    `${iso()} INFO instance ${instanceId()} in subnet-0${hex(16)} (vpc-0${
      hex(16)
    }) role=arn:aws:iam::${awsAccount()}:instance-profile/${svc()} status=running`,
    `${iso()} DEBUG cache hit key=sha1:${hex(40)} size=${
      between(1, 900)
    }KiB ttl=3600s uuid=${uuid()}`,
    `${iso()} INFO k8s rollout ${svc()} revision=${between(2, 80)} pod-template-hash=${
      chars("bcdfghjklmnpqrstvwxz2456789", 10)
    } uid=${uuid()} resourceVersion=${digits(8)}`,
  ]));
benign("ops:placeholders", 8, () =>
  pick([
    `${iso()} WARN config ${svc()}: password=<redacted> api_key=****** token=[FILTERED]`,
    `DATABASE_URL=postgres://app:\${DB_PASSWORD}@db-primary:5432/app\nREDIS_URL=redis://:\${REDIS_PASSWORD}@redis:6379/0`,
    `${iso()} INFO vault agent rendered template /etc/${svc()}/env: API_TOKEN={{ with secret "secret/data/${svc()}" }}{{ .Data.data.token }}{{ end }}`,
    `password: "{{ vault_db_password }}"\napi_key: "{{ lookup('env', 'API_KEY') }}"\ntoken: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${
      hex(64)
    }`,
    `${iso()} INFO env loaded: AWS_SECRET_ACCESS_KEY=(set, 40 chars) GITHUB_TOKEN=(unset) SLACK_BOT_TOKEN=xoxb-***`,
    `        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db-credentials\n              key: password`,
  ]));
benign("ops:base64-not-credentials", 6, () =>
  pick([
    `${iso()} DEBUG grpc metadata grpc-trace-bin=${bytesB64(29)} grpc-encoding=gzip`,
    `${iso()} INFO configmap ${svc()}-dashboards binaryData.logo.png=${bytesB64(90)}`,
    `${iso()} DEBUG kafka record key=${b64(`order-${between(1000, 99999)}`)} value=${
      b64(JSON.stringify({ order: between(1, 9999), status: "shipped" }))
    }`,
    `Content-MD5: ${bytesB64(16)}\nx-goog-hash: crc32c=${bytesB64(4)},md5=${bytesB64(16)}`,
  ]));
benign("ops:versions-and-numbers", 5, () =>
  pick([
    `Linux ${host()} 6.8.0-${between(30, 60)}-generic #${
      between(30, 60)
    }-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\nOpenSSL 3.0.13 30 Jan 2024 (Library: OpenSSL 3.0.13 30 Jan 2024)`,
    `Client Version: v1.31.2\nKustomize Version: v5.4.2\nServer Version: v1.30.5-eks-${hex(7)}`,
    `Terraform v1.9.8\non linux_amd64\n+ provider registry.terraform.io/hashicorp/aws v5.76.0\n+ provider registry.terraform.io/hashicorp/kubernetes v2.33.0`,
  ]));

// ---------------------------------------------------------------- assembly

/** Every case, in a fixed order: the same output on every run. */
export function generateOps6(): Ops6Case[] {
  seed(0x0b56);
  clock = Date.UTC(2026, 10, 3, 8, 0, 0);
  const cases: Ops6Case[] = [];
  for (const t of T) {
    for (let i = 0; i < t.n; i++) {
      const made = t.make();
      const c: Ops6Case = {
        id: `ops6-${t.type.replace(/[^a-z0-9]+/gi, "-")}-${i}`,
        source: `gen_ops6.ts:${t.type}`,
        kind: t.kind,
        type: `ops6:${t.type}`,
        text: made.text,
        secrets: t.kind === "benign" ? [] : [...new Set(made.secrets ?? [])],
        expect_unchanged: t.kind === "benign",
        origin: "ops6",
      };
      if (t.tier) c.tier = t.tier;
      cases.push(c);
    }
  }
  return cases;
}

/** The corpus as JSON lines, one case a line. */
export function ops6Text(cases: readonly Ops6Case[]): string {
  return cases.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

if (import.meta.main) {
  const cases = generateOps6();
  await Deno.writeTextFile(OPS6_FILE, ops6Text(cases));
  const count = (k: string) => cases.filter((c) => c.kind === k).length;
  console.log(
    `${cases.length} cases: secret ${count("secret")}, pii ${count("pii")}, benign ${
      count("benign")
    }`,
  );
}
