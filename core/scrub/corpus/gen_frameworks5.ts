/**
 * The blind framework corpus (issue 10): ./frameworks5.jsonl, log lines and multi-line chunks as
 * applications write them during incidents (Spring Boot, Django/Flask/FastAPI, Rails/Sidekiq,
 * pino/winston, Serilog, Monolog, zap/zerolog/logrus, Rust tracing, Celery/Kafka, GraphQL, gRPC,
 * OAuth flows, webhook dumps, SQL binds, HTTP client debug, env and config dumps, Kubernetes
 * events, cloud SDK debug), written without reading the detectors, the key/value reader or the
 * other corpora's generators, so that its first score estimates how the scrubber generalizes.
 * Values are generated here from their documented formats, with checksums where the format has
 * one (GitHub/npm CRC32, Luhn, IBAN mod 97, bech32, national ids). Seeded: the same file each run.
 *
 *   deno run --allow-write core/scrub/corpus/gen_frameworks5.ts   # rewrites frameworks5.jsonl
 */
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import type { TypedCase } from "./case_shape.ts";
import { specialAddressesMasked } from "./special_addresses.ts";

/** One labelled case, as the shared scorer reads it. */
export interface Frameworks5Case extends TypedCase {
  kind: "secret" | "pii" | "benign";
  tier?: "core" | "other";
}

export const FRAMEWORKS5_FILE = new URL("./frameworks5.jsonl", import.meta.url);

// ---------------------------------------------------------------- randomness and alphabets

type Rng = () => number;

const mulberry32 = (seed: number): Rng => seededRandom(seed).next;

const DIGITS = "0123456789";
const HEX = "0123456789abcdef";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const ALNUM = DIGITS + UPPER + LOWER;
const B64 = UPPER + LOWER + DIGITS + "+/";
const B64URL = UPPER + LOWER + DIGITS + "-_";

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
    return this.chars(DIGITS, n);
  }
  uuid(): string {
    const h = this.hex(32);
    const v = "89ab"[this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${
      h.slice(20)
    }`;
  }
  /** A time on 2026-03-14 during the incident, as HH:MM:SS.mmm. */
  clock(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, "0");
    return `${p(this.int(8, 11))}:${p(this.int(0, 59))}:${p(this.int(0, 59))}.${
      p(this.int(0, 999), 3)
    }`;
  }
  iso(): string {
    return `2026-03-14T${this.clock()}Z`;
  }
  logback(): string {
    return `2026-03-14 ${this.clock()}`;
  }
  epochMs(): number {
    return 1773475200000 + this.int(0, 86_400_000);
  }
  /** A password as it can stand in a URL or command line without escaping. */
  urlPassword(): string {
    return this.password().replace(/[^A-Za-z0-9!*_.~-]/g, () => this.chars(ALNUM, 1));
  }
  /** A password a person chose, or one a generator made. */
  password(): string {
    if (this.r() < 0.5) {
      const w = this.pick(WORDS);
      return `${w[0].toUpperCase()}${w.slice(1)}${this.pick(["!", "#", "@", "$", "%", "&"])}${
        this.digits(this.int(2, 4))
      }${this.pick(["", "x", "Q", "!"])}`;
    }
    return this.chars(ALNUM + "!#%*+-_@^", this.int(14, 24)).replace(
      /^./,
      this.pick(["P", "k", "7"]),
    );
  }
}

const WORDS = [
  "winter",
  "harbour",
  "falcon",
  "marigold",
  "copper",
  "velvet",
  "orchard",
  "tundra",
  "saffron",
  "lantern",
  "granite",
  "meadow",
] as const;

// ---------------------------------------------------------------- checksums

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
  for (const b of new TextEncoder().encode(s)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

/** A GitHub or npm style token: prefix, 30 random characters, base62 CRC32 of them. */
function checksummed(g: Gen, prefix: string): string {
  const body = g.chars(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
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
  return partial + String((10 - (sum % 10)) % 10);
}

/** A 16-digit number that fails Luhn, as order ids are. */
function notLuhn(g: Gen): string {
  const n = luhnComplete(String(g.int(1, 9)) + g.digits(14));
  return n.slice(0, 15) + String((Number(n[15]) + 1 + g.int(0, 8)) % 10);
}

function card(g: Gen): string {
  const [prefix, len] = g.pick(
    [
      ["4", 16],
      ["51", 16],
      ["55", 16],
      ["2221", 16],
      ["34", 15],
      ["37", 15],
      ["6011", 16],
      ["35", 16],
    ] as const,
  );
  const n = prefix + g.digits(len - prefix.length - 1);
  // JCB's range is 3528–3589: a number from 3500–3527 is no card (fixed after the first run).
  return luhnComplete(prefix === "35" && Number(n.slice(0, 4)) < 3528 ? "3528" + n.slice(4) : n);
}

function groupCard(n: string, sep: string): string {
  if (n.length === 15) return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  return n.match(/.{4}/g)!.join(sep);
}

function iban(g: Gen): string {
  const [cc, bban] = g.pick(
    [
      ["DE", () => g.digits(18)],
      ["GB", () => g.chars(UPPER, 4) + g.digits(14)],
      ["FR", () => g.digits(10) + g.chars(UPPER + DIGITS, 11) + g.digits(2)],
      ["NL", () => g.chars(UPPER, 4) + g.digits(10)],
      ["ES", () => g.digits(20)],
      ["IT", () => g.chars(UPPER, 1) + g.digits(10) + g.chars(UPPER + DIGITS, 12)],
    ] as const,
  );
  const b = bban();
  const numeric = (b + cc + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let mod = 0;
  for (const ch of numeric) mod = (mod * 10 + Number(ch)) % 97;
  return `${cc}${String(98 - mod).padStart(2, "0")}${b}`;
}

function bech32Address(g: Gen): string {
  const CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  const polymod = (values: number[]) => {
    let chk = 1;
    for (const v of values) {
      const top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
    }
    return chk >>> 0;
  };
  const hrp = "bc";
  const data = [0, ...Array.from({ length: 32 }, () => g.int(0, 31))];
  const expand = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0]).concat(
    [...hrp].map((c) => c.charCodeAt(0) & 31),
  );
  const pm = polymod([...expand, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = Array.from({ length: 6 }, (_, i) => (pm >>> (5 * (5 - i))) & 31);
  return hrp + "1" + [...data, ...check].map((d) => CH[d]).join("");
}

function ssn(g: Gen): string {
  let area = g.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, "0")}-${String(g.int(1, 99)).padStart(2, "0")}-${
    String(g.int(1, 9999)).padStart(4, "0")
  }`;
}

function nino(g: Gen): string {
  return `${g.pick(["AB", "CE", "JG", "KL", "NP", "RS", "TW", "WX"])}${g.digits(6)}${
    g.pick(["A", "B", "C", "D"])
  }`;
}

function dni(g: Gen): string {
  const n = g.int(10_000_000, 99_999_999);
  return `${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}`;
}

function cpf(g: Gen): string {
  const d = Array.from({ length: 9 }, () => g.int(0, 9));
  if (d.every((x) => x === d[0])) d[0] = (d[0] + 1) % 10;
  const dig = (xs: number[]) => {
    const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  d.push(dig(d));
  d.push(dig(d));
  const s = d.join("");
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

function bsn(g: Gen): string {
  for (;;) {
    const d = [g.int(1, 9), ...Array.from({ length: 8 }, () => g.int(0, 9))];
    const s = d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8];
    if (s % 11 === 0) return d.join("");
  }
}

function nhs(g: Gen): string {
  for (;;) {
    const d = [g.int(4, 6), ...Array.from({ length: 8 }, () => g.int(0, 9))];
    const c = 11 - (d.reduce((a, x, i) => a + x * (10 - i), 0) % 11);
    if (c === 10) continue;
    const s = [...d, c === 11 ? 0 : c].join("");
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

function sin(g: Gen): string {
  const n = luhnComplete(String(g.int(1, 7)) + g.digits(7));
  return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
}

function pesel(g: Gen): string {
  const y = g.int(60, 99), m = g.int(1, 12), day = g.int(1, 28);
  const p = (n: number) => String(n).padStart(2, "0");
  const base = `${p(y)}${p(m)}${p(day)}${g.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = [...base].reduce((a, c, i) => a + Number(c) * w[i], 0);
  return base + String((10 - (s % 10)) % 10);
}

// ---------------------------------------------------------------- secrets in their formats

const b64url = (s: string) => btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

function jwt(g: Gen, claims: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: g.pick(["HS256", "RS256", "ES256"]), typ: "JWT" }));
  const body = b64url(JSON.stringify({ ...claims, iat: 1773475200, exp: 1773478800 }));
  return `${head}.${body}.${g.chars(B64URL, g.pick([43, 86]))}`;
}

const tok = {
  ghp: (g: Gen) => checksummed(g, g.pick(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"])),
  ghs: (g: Gen) => checksummed(g, "ghs_"),
  githubFine: (g: Gen) => `github_pat_11${g.chars(UPPER + DIGITS, 20)}_${g.chars(ALNUM, 59)}`,
  npm: (g: Gen) => checksummed(g, "npm_"),
  glpat: (g: Gen) => `glpat-${g.chars(ALNUM + "-_", 20)}`,
  slackBot: (g: Gen) => `xoxb-${g.digits(11)}-${g.digits(13)}-${g.chars(ALNUM, 24)}`,
  slackUser: (g: Gen) => `xoxp-${g.digits(11)}-${g.digits(11)}-${g.digits(13)}-${g.hex(32)}`,
  slackHook: (g: Gen) =>
    `https://hooks.slack.com/services/T0${g.chars(UPPER + DIGITS, 8)}/B0${
      g.chars(UPPER + DIGITS, 9)
    }/${g.chars(ALNUM, 24)}`,
  stripe: (g: Gen) =>
    g.pick(["sk_live_", "rk_live_"]) +
    (g.r() < 0.5 ? g.chars(ALNUM, 24) : "51" + g.chars(ALNUM, 97)),
  whsec: (g: Gen) => `whsec_${g.chars(ALNUM, 32)}`,
  akia: (g: Gen) => g.pick(["AKIA", "ASIA"]) + g.chars(UPPER + "234567", 16),
  awsSecret: (g: Gen) => g.chars(UPPER + LOWER + DIGITS + "/+", 40),
  google: (g: Gen) => `AIza${g.chars(ALNUM + "-_", 35)}`,
  gocspx: (g: Gen) => `GOCSPX-${g.chars(ALNUM + "-_", 28)}`,
  ya29: (g: Gen) => `ya29.a0${g.chars(ALNUM + "-_", 150)}`,
  googleRefresh: (g: Gen) => `1//0${g.chars(ALNUM + "-_", 99)}`,
  sendgrid: (g: Gen) => `SG.${g.chars(B64URL, 22)}.${g.chars(B64URL, 43)}`,
  openai: (g: Gen) => `sk-proj-${g.chars(B64URL, 74)}T3BlbkFJ${g.chars(B64URL, 74)}`,
  anthropic: (g: Gen) => `sk-ant-api03-${g.chars(B64URL, 93)}AA`,
  shopify: (g: Gen) => `shpat_${g.hex(32)}`,
  hf: (g: Gen) => `hf_${g.chars(UPPER + LOWER, 34)}`,
  twilioKey: (g: Gen) => `SK${g.hex(32)}`,
  mailgun: (g: Gen) => `key-${g.hex(32)}`,
  azureSecret: (g: Gen) => `${g.chars(ALNUM, 3)}8Q~${g.chars(ALNUM + "_.~-", 34)}`,
  azureAccountKey: (g: Gen) => `${g.chars(B64, 86)}==`,
  laravelKey: (g: Gen) => `base64:${g.chars(B64, 43)}=`,
  djangoSession: (g: Gen) => g.chars(DIGITS + LOWER, 32),
  railsSession: (g: Gen) => `${g.chars(B64, 120)}--${g.hex(40)}`,
  connectSid: (g: Gen) => `s%3A${g.chars(ALNUM + "-_", 32)}.${g.chars(B64, 43)}`,
  hex32: (g: Gen) => g.hex(32),
  hex40: (g: Gen) => g.hex(40),
  hubspot: (g: Gen) => `pat-na1-${g.uuid()}`,
  doToken: (g: Gen) => `dop_v1_${g.hex(64)}`,
};

function pem(g: Gen, label: string): { text: string; lines: string[] } {
  const lines = Array.from({ length: 5 }, () => g.chars(B64, 64));
  lines[0] = "MIIE" + lines[0].slice(4);
  lines.push(g.chars(B64, 24) + "==");
  return {
    text: `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----`,
    lines: [lines[1], lines[3]],
  };
}

// ---------------------------------------------------------------- people

const FIRST = [
  "Margarethe",
  "Oluwaseun",
  "Priya",
  "Tomasz",
  "Inès",
  "Haruto",
  "Camila",
  "Björn",
  "Aoife",
  "Rafael",
  "Ngozi",
  "Dmitri",
  "Siobhan",
  "Mateo",
  "Leilani",
] as const;
const LAST = [
  "Lindqvist",
  "Adeyemi",
  "Raghunathan",
  "Wiśniewski",
  "Moreau",
  "Takahashi",
  "Restrepo",
  "Halvorsen",
  "Gallagher",
  "Carvalho",
  "Okonkwo",
  "Volkov",
  "Brennan",
  "Fernández",
  "Kahananui",
] as const;
const DOMAINS = [
  "gmail.com",
  "outlook.com",
  "yahoo.co.uk",
  "web.de",
  "proton.me",
  "icloud.com",
  "hotmail.fr",
  "acme-retail.com",
] as const;
const STREETS = [
  ["1847 Larkspur Lane", "Portland, OR 97214"],
  ["Storgatan 12", "114 51 Stockholm"],
  ["27 Wellington Road", "Leeds LS12 1DR"],
  ["Hauptstraße 113", "10827 Berlin"],
  ["14 rue des Lilas", "69003 Lyon"],
  ["Calle de Alcalá 221", "28028 Madrid"],
  ["Rua Augusta 905", "01305-100 São Paulo"],
  ["88 Queen Street West", "Toronto, ON M5H 2M9"],
] as const;

interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
  street: string;
  city: string;
}

function person(g: Gen): Person {
  const first = g.pick(FIRST), last = g.pick(LAST);
  const ascii = (s: string) => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
  const local = g.pick([
    `${ascii(first)}.${ascii(last)}`,
    `${ascii(first)[0]}${ascii(last)}${g.int(1, 99)}`,
    `${ascii(first)}_${ascii(last)}`,
    `${ascii(last)}.${ascii(first)}+orders`,
  ]);
  const [street, city] = g.pick(STREETS);
  return {
    first,
    last,
    name: `${first} ${last}`,
    email: `${local}@${g.pick(DOMAINS)}`,
    street,
    city,
  };
}

/** A phone number as people and forms write it, national or international. */
function phone(g: Gen): string {
  const d = (n: number) => g.digits(n);
  return g.pick([
    () => `+1 ${g.int(201, 989)}-${g.int(201, 989)}-${d(4)}`,
    () => `(${g.int(201, 989)}) ${g.int(201, 989)}-${d(4)}`,
    () => `+1${g.int(201, 989)}${g.int(201, 989)}${d(4)}`,
    () => `+44 7${d(3)} ${d(6)}`,
    () => `07${d(3)} ${d(6)}`,
    () => `020 ${g.int(7000, 8999)} ${d(4)}`,
    () => `+49 ${g.pick(["151", "160", "176"])} ${d(8)}`,
    () => `030 ${d(8)}`,
    () => `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    () => `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    () => `+91 9${d(4)} ${d(5)}`,
    () => `+55 11 9${d(4)}-${d(4)}`,
    () => `0046 70 ${d(3)} ${d(2)} ${d(2)}`,
    () => `+34 6${d(2)} ${d(3)} ${d(3)}`,
    () => `+61 4${d(2)} ${d(3)} ${d(3)}`,
  ])();
}

function ipv4(g: Gen): string {
  const first = g.pick([24, 31, 46, 62, 73, 81, 89, 98, 109, 151, 176, 185, 203, 212]);
  return `${first}.${g.int(1, 254)}.${g.int(0, 255)}.${g.int(1, 254)}`;
}

function ipv6(g: Gen): string {
  return g.pick([
    () =>
      `2a02:${g.hex(4)}:${g.hex(3)}:${g.hex(4)}:${g.hex(4)}:${g.hex(4)}:${g.hex(4)}:${g.hex(4)}`,
    () => `2600:1700:${g.hex(4)}:${g.hex(3)}::${g.hex(2)}`,
    () => `2001:4860:${g.hex(4)}::${g.hex(4)}:${g.hex(4)}`,
    () => `::ffff:${ipv4(g)}`,
  ])();
}

function mac(g: Gen): string {
  const sep = g.pick([":", "-"]);
  const octets = Array.from({ length: 6 }, () => g.hex(2));
  octets[0] = (parseInt(octets[0], 16) & 0xfc).toString(16).padStart(2, "0");
  const s = octets.join(sep);
  return g.r() < 0.3 ? s.toUpperCase() : s;
}

function dob(g: Gen): string {
  const y = g.int(1948, 2004), m = g.int(1, 12), d = g.int(1, 28);
  const p = (n: number) => String(n).padStart(2, "0");
  return g.pick([`${y}-${p(m)}-${p(d)}`, `${p(d)}/${p(m)}/${y}`, `${p(m)}/${p(d)}/${y}`]);
}

// ---------------------------------------------------------------- case builders

type Draft = Omit<Frameworks5Case, "id">;

const secret = (type: string, text: string, secrets: string[]): Draft => ({
  kind: "secret",
  type,
  text,
  secrets,
  expect_unchanged: false,
});

const CORE = new Set(["email", "phone", "card", "iban", "ip", "mac", "ssn", "crypto"]);

/** A personal-data case; its tier is core when every value is of a core type. */
const pii = (type: string, text: string, values: [string, string][]): Draft => ({
  kind: "pii",
  type,
  tier: values.every(([t]) => CORE.has(t)) ? "core" : "other",
  text,
  secrets: values.map(([, v]) => v),
  expect_unchanged: false,
});

const benign = (type: string, text: string): Draft => ({
  kind: "benign",
  type,
  text,
  secrets: [],
  expect_unchanged: true,
});

const HOSTS = [
  "orders-db.prod.internal",
  "pg-main.c8xkq2.eu-west-1.rds.amazonaws.com",
  "mysql-primary.payments.svc.cluster.local",
  "db01.corp.example.net",
] as const;
const SERVICES = ["checkout", "billing", "auth", "notifications", "search", "ledger"] as const;
const JAVA_PKG = ["com.acme.checkout", "io.shopfront.billing", "org.example.ledger"] as const;

// ---------------------------------------------------------------- secret families

const SECRET_FAMILIES: Record<string, (g: Gen) => Draft> = {
  "spring-jdbc-caused-by": (g) => {
    const pw = g.urlPassword(),
      host = g.pick(HOSTS),
      user = g.pick(["orders_app", "svc_billing", "app"]);
    const url = g.pick([
      `jdbc:postgresql://${host}:5432/orders?user=${user}&password=${pw}&sslmode=require`,
      `jdbc:mysql://${user}:${pw}@${host}:3306/payments?useSSL=true`,
      `jdbc:sqlserver://${host}:1433;databaseName=ledger;user=${user};password=${pw};encrypt=true`,
      `jdbc:oracle:thin:${user}/${pw}@//${host}:1521/ORCLPDB1`,
    ]);
    const pkg = g.pick(JAVA_PKG);
    return secret(
      "spring:jdbc-url",
      `${g.logback()} ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.\n` +
        `org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource' defined in class path resource [${
          pkg.replace(/\./g, "/")
        }/DataSourceConfig.class]\n` +
        `\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)\n` +
        `Caused by: java.sql.SQLException: Cannot create PoolableConnectionFactory (${url})\n` +
        `\tat ${pkg}.config.DataSourceConfig.dataSource(DataSourceConfig.java:${g.int(30, 90)})\n` +
        `\t... 42 common frames omitted`,
      [pw],
    );
  },
  "spring-properties-dump": (g) => {
    const pw = g.password(), jwtSecret = g.chars(B64, 64), mail = g.password();
    return secret(
      "spring:config-dump",
      `${g.logback()} DEBUG 7 --- [main] o.s.b.c.c.ConfigDataEnvironmentPostProcessor : Property sources:\n` +
        `spring.datasource.url=jdbc:postgresql://${g.pick(HOSTS)}:5432/app\n` +
        `spring.datasource.username=app_rw\n` +
        `spring.datasource.password=${pw}\n` +
        `spring.mail.password=${mail}\n` +
        `app.security.jwt.secret=${jwtSecret}\n` +
        `management.endpoints.web.exposure.include=health,info`,
      [pw, mail, jwtSecret],
    );
  },
  "spring-rest-template": (g) => {
    const t = g.pick([tok.ghp, tok.sendgrid, tok.stripe, tok.hf])(g);
    return secret(
      "spring:resttemplate-debug",
      `${g.logback()} DEBUG 1 --- [nio-8080-exec-${
        g.int(1, 9)
      }] o.s.web.client.RestTemplate              : HTTP POST https://api.partner.example/v2/sync\n` +
        `${g.logback()} DEBUG 1 --- [nio-8080-exec-3] o.s.web.client.RestTemplate              : Writing [{}] with org.springframework.http.converter.json.MappingJackson2HttpMessageConverter\n` +
        `${g.logback()} TRACE 1 --- [nio-8080-exec-3] o.a.http.headers                         : http-outgoing-4 >> Authorization: Bearer ${t}`,
      [t],
    );
  },
  "django-traceback-locals": (g) => {
    const key = g.pick([tok.stripe, tok.sendgrid, tok.openai])(g);
    const last4 = key.slice(-4);
    return secret(
      "django:traceback-locals",
      `Internal Server Error: /api/payments/charge/\nTraceback (most recent call last):\n` +
        `  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner\n    response = get_response(request)\n` +
        `  File "/app/payments/views.py", line ${
          g.int(40, 200)
        }, in charge\n    client = PaymentClient(api_key=api_key)\n` +
        `    api_key = '${key}'\n    amount = ${
          g.int(100, 90000)
        }\n    request = <WSGIRequest: POST '/api/payments/charge/'>\n` +
        `payments.errors.AuthenticationError: Invalid API Key provided: ****${last4}`,
      [key],
    );
  },
  "django-request-meta": (g) => {
    const t = jwt(g, { sub: g.uuid(), scope: "orders:write" }), sess = tok.djangoSession(g);
    return secret(
      "django:request-repr",
      `ERROR django.request: Internal Server Error: /api/orders/\n<WSGIRequest\npath:/api/orders/,\nGET:<QueryDict: {}>,\n` +
        `COOKIES:{'csrftoken': '${g.chars(ALNUM, 32)}', 'sessionid': '${sess}'},\n` +
        `META:{'CONTENT_TYPE': 'application/json', 'HTTP_AUTHORIZATION': 'Bearer ${t}', 'HTTP_USER_AGENT': 'okhttp/4.12.0', 'REQUEST_METHOD': 'POST'}>`,
      [t, sess],
    );
  },
  "flask-config-printout": (g) => {
    const sk = g.chars(HEX, 48), dbpw = g.urlPassword();
    return secret(
      "flask:config",
      `[2026-03-14 ${g.clock().slice(0, 8)},${
        g.int(100, 999)
      }] INFO in app: loaded config: {'ENV': 'production', 'DEBUG': False, 'SECRET_KEY': '${sk}', ` +
        `'SQLALCHEMY_DATABASE_URI': 'postgresql+psycopg2://flask:${dbpw}@${
          g.pick(HOSTS)
        }/shop', 'SESSION_COOKIE_SECURE': True}`,
      [sk, dbpw],
    );
  },
  "fastapi-token-body": (g) => {
    const cs = g.pick([tok.gocspx, tok.azureSecret, (x: Gen) => x.chars(ALNUM, 40)])(g);
    return secret(
      "fastapi:request-body",
      `${g.iso()} | DEBUG | app.middleware.logging:dispatch:41 - request POST /oauth/token body=` +
        `b'grant_type=client_credentials&client_id=${g.uuid()}&client_secret=${cs}&scope=api%3A%2F%2Fledger%2F.default'`,
      [cs],
    );
  },
  "rails-params": (g) => {
    const pw = g.password(), at = g.chars(B64, 86) + "==";
    return secret(
      "rails:parameters",
      `I, [2026-03-14T${g.clock()} #${
        g.int(100, 999)
      }]  INFO -- : [${g.uuid()}] Started POST "/users/sign_in" for 10.0.${g.int(0, 9)}.${
        g.int(2, 250)
      } at 2026-03-14 ${g.clock().slice(0, 8)} +0000\n` +
        `I, [2026-03-14T${g.clock()} #${
          g.int(100, 999)
        }]  INFO -- : [${g.uuid()}] Processing by Users::SessionsController#create as HTML\n` +
        `I, [2026-03-14T${g.clock()} #${
          g.int(100, 999)
        }]  INFO -- : [${g.uuid()}]   Parameters: {"authenticity_token"=>"${at}", "user"=>{"login"=>"ops-${
          g.int(1, 99)
        }", "password"=>"${pw}", "remember_me"=>"0"}, "commit"=>"Log in"}`,
      [pw],
    );
  },
  "sidekiq-job-args": (g) => {
    const t = g.pick([tok.slackBot, tok.slackHook, tok.hubspot, tok.shopify])(g);
    return secret(
      "sidekiq:job-args",
      `${g.iso()} pid=${g.int(10, 99)} tid=${
        g.chars(LOWER + DIGITS, 4)
      } class=WebhookDeliveryJob jid=${
        g.hex(24)
      } WARN: {"context":"Job raised exception","job":{"retry":true,"queue":"default","class":"WebhookDeliveryJob","args":[${
        g.int(1000, 99999)
      },"${t}"],"jid":"${g.hex(24)}","retry_count":2}}`,
      [t],
    );
  },
  "pino-headers": (g) => {
    const t = g.pick([
      () => jwt(g, { sub: String(g.int(1000, 99999)) }),
      () => tok.ghp(g),
      () => tok.anthropic(g),
    ])();
    const cookie = tok.connectSid(g);
    return secret(
      "pino:req-headers",
      `{"level":50,"time":${g.epochMs()},"pid":1,"hostname":"api-${g.hex(10)}-${
        g.chars(LOWER + DIGITS, 5)
      }","req":{"id":${
        g.int(1, 9999)
      },"method":"POST","url":"/v1/export","headers":{"host":"api.internal","authorization":"Bearer ${t}","cookie":"connect.sid=${cookie}","content-type":"application/json"}},"err":{"type":"Error","message":"upstream timeout"},"msg":"request errored"}`,
      [t, cookie],
    );
  },
  "winston-meta": (g) => {
    const pw = g.password(), key = g.pick([tok.sendgrid, tok.mailgun, tok.twilioKey])(g);
    return secret(
      "winston:meta",
      `{"level":"error","message":"SMTP auth failed","service":"mailer","meta":{"transport":{"host":"smtp.sendgrid.net","port":587,"auth":{"user":"apikey","pass":"${pw}"}},"fallbackKey":"${key}"},"timestamp":"${g.iso()}"}`,
      [pw, key],
    );
  },
  "serilog-connection-string": (g) => {
    const pw = g.password(), ak = tok.azureAccountKey(g);
    const acct = g.pick(["acmeprodlogs", "stshopfrontweu", "billingblobs01"]);
    return secret(
      "serilog:connection-string",
      `[${
        g.clock().slice(0, 8)
      } ERR] Microsoft.EntityFrameworkCore.Database.Connection: An error occurred using the connection to database 'Ledger' on server 'tcp:sql-ledger-prod.database.windows.net,1433'.\n` +
        `System.InvalidOperationException: ConnectionString: Server=tcp:sql-ledger-prod.database.windows.net,1433;Initial Catalog=Ledger;User ID=ledger_app;Password=${pw};Encrypt=True;\n` +
        `[${
          g.clock().slice(0, 8)
        } WRN] Blob fallback: DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${ak};EndpointSuffix=core.windows.net`,
      [pw, ak],
    );
  },
  "serilog-json": (g) => {
    const cs = tok.azureSecret(g);
    return secret(
      "serilog:compact-json",
      `{"@t":"${g.iso()}","@mt":"Acquiring token for {ClientId} with {@Options}","@l":"Debug","ClientId":"${g.uuid()}","Options":{"TenantId":"${g.uuid()}","ClientSecret":"${cs}","Authority":"https://login.microsoftonline.com/"},"SourceContext":"Acme.Identity.TokenProvider"}`,
      [cs],
    );
  },
  "laravel-env-exception": (g) => {
    const appKey = tok.laravelKey(g), pw = g.password();
    return secret(
      "laravel:exception-env",
      `[2026-03-14 ${
        g.clock().slice(0, 8)
      }] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'forge'@'10.0.1.${
        g.int(2, 250)
      }' (using password: YES) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 1045))"}\n` +
        `[stacktrace]\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(${
          g.int(600, 800)
        }): Illuminate\\\\Database\\\\Connection->runQueryCallback()\n` +
        `Environment: APP_ENV=production APP_KEY=${appKey} DB_HOST=${
          g.pick(HOSTS)
        } DB_USERNAME=forge DB_PASSWORD=${pw}`,
      [appKey, pw],
    );
  },
  "monolog-context": (g) => {
    const t = g.pick([tok.stripe, tok.whsec, tok.sendgrid])(g);
    return secret(
      "monolog:context",
      `[2026-03-14T${g.clock()}+00:00] payments.WARNING: Gateway rejected request {"gateway":"stripe","config":{"secret_key":"${t}","api_version":"2024-06-20"},"order_id":${
        g.int(10000, 99999)
      }} {"uid":"${g.hex(7)}"}`,
      [t],
    );
  },
  "zap-json": (g) => {
    const t = g.pick([tok.ghp, tok.githubFine, tok.glpat, tok.npm])(g);
    return secret(
      "zap:json",
      `{"level":"error","ts":${(g.epochMs() / 1000).toFixed(6)},"caller":"scm/client.go:${
        g.int(40, 300)
      }","msg":"clone failed","repo":"acme/infra","remote":"https://x-access-token:${t}@github.com/acme/infra.git","error":"exit status 128","stacktrace":"main.(*Syncer).run\\n\\t/src/scm/client.go:211"}`,
      [t],
    );
  },
  "logrus-text": (g) => {
    const key = g.pick([tok.hex32, tok.google, tok.doToken])(g);
    const name = g.pick(["api_key", "apiKey", "dd_api_key", "token", "access_token"]);
    return secret(
      "logrus:text",
      `time="${g.iso()}" level=debug msg="calling upstream" component=exporter endpoint="https://api.datadoghq.eu/api/v2/series" ${name}=${key} attempt=${
        g.int(1, 5)
      }`,
      [key],
    );
  },
  "zerolog": (g) => {
    const pw = g.urlPassword(), url = `redis://:${pw}@redis-master.cache.svc.cluster.local:6379/0`;
    return secret(
      "zerolog:json",
      `{"level":"fatal","service":"${
        g.pick(SERVICES)
      }","redis_url":"${url}","error":"dial tcp: i/o timeout","time":"${g.iso()}","message":"cannot connect to cache"}`,
      [pw],
    );
  },
  "rust-tracing": (g) => {
    const t = g.pick([tok.anthropic, tok.openai, tok.hf])(g);
    return secret(
      "rust:tracing",
      `${g.iso()} DEBUG request{method=POST uri=/v1/messages}: hyper::proto::h1::io: flushed ${
        g.int(200, 4000)
      } bytes\n${g.iso()} TRACE request{method=POST uri=/v1/messages}: reqwest::connect: headers={"content-type": "application/json", "x-api-key": "${t}", "anthropic-version": "2023-06-01"}`,
      [t],
    );
  },
  "celery-args": (g) => {
    const t = g.pick([tok.hubspot, tok.slackBot, tok.shopify, tok.sendgrid])(g);
    return secret(
      "celery:task-args",
      `[2026-03-14 ${g.clock().slice(0, 8)},${
        g.int(100, 999)
      }: INFO/MainProcess] Task crm.tasks.sync_contacts[${g.uuid()}] received\n` +
        `[2026-03-14 ${g.clock().slice(0, 8)},${g.int(100, 999)}: ERROR/ForkPoolWorker-${
          g.int(1, 8)
        }] Task crm.tasks.sync_contacts[${g.uuid()}] raised unexpected: HTTPError('401 Unauthorized')\n` +
        `args: ('https://api.partner.example/crm/v3', '${t}', ${
          g.int(1, 500)
        })\nkwargs: {'full_sync': False}`,
      [t],
    );
  },
  "kafka-record": (g) => {
    const pw = g.password(), ak = tok.akia(g), sk = tok.awsSecret(g);
    return secret(
      "kafka:record-dump",
      `${g.logback()} WARN  [consumer-group-${
        g.pick(SERVICES)
      }-0] o.a.k.c.c.i.ConsumerCoordinator - Deserialization failed at offset ${
        g.int(100000, 9999999)
      }, partition 3: ConsumerRecord(topic = tenant-config, key = tenant-${
        g.int(1, 999)
      }, value = {"s3":{"accessKeyId":"${ak}","secretAccessKey":"${sk}"},"smtpPassword":"${pw}"})`,
      [ak, sk, pw],
    );
  },
  "kafka-sasl-config": (g) => {
    const pw = g.chars(ALNUM + "+/", 64);
    return secret(
      "kafka:client-config",
      `${g.logback()} INFO  [main] o.a.k.clients.producer.ProducerConfig - ProducerConfig values:\n\tacks = -1\n\tbootstrap.servers = [pkc-${
        g.chars(LOWER + DIGITS, 5)
      }.eu-west-1.aws.confluent.cloud:9092]\n\tsasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="${
        g.chars(UPPER + DIGITS, 16)
      }" password="${pw}";\n\tsasl.mechanism = PLAIN\n\tsecurity.protocol = SASL_SSL`,
      [pw],
    );
  },
  "graphql-variables": (g) => {
    const pw = g.password(), t = g.pick([tok.ghp, tok.stripe, tok.hf])(g);
    return g.r() < 0.5
      ? secret(
        "graphql:variables",
        `${g.iso()} info graphql operation=Login variables={"input":{"username":"ops-admin","password":"${pw}","otp":"${
          g.digits(6)
        }"}} durationMs=${g.int(3, 300)}`,
        [pw],
      )
      : secret(
        "graphql:variables",
        `{"level":"debug","msg":"graphql request","operationName":"ConnectIntegration","query":"mutation ConnectIntegration($token: String!) { connect(token: $token) { id } }","variables":{"token":"${t}"},"ts":"${g.iso()}"}`,
        [t],
      );
  },
  "grpc-metadata": (g) => {
    const t = g.pick([() => jwt(g, { sub: "svc-" + g.pick(SERVICES) }), () => tok.hex40(g)])();
    return secret(
      "grpc:metadata",
      `${g.iso()}\tDEBUG\tgrpc/interceptor.go:${
        g.int(30, 120)
      }\tunary call\t{"grpc.method": "/ledger.v1.Ledger/PostEntry", "grpc.metadata": {"authorization": ["Bearer ${t}"], "x-request-id": ["${g.uuid()}"], "user-agent": ["grpc-go/1.64.0"]}}`,
      [t],
    );
  },
  "oauth-callback-code": (g) => {
    const code = g.pick([
      () => `4/0${g.chars(ALNUM + "-_", 70)}`,
      () => g.chars(ALNUM + "-_", 43),
      () => `${g.uuid()}.${g.uuid()}.${g.uuid()}`,
    ])();
    return secret(
      "oauth:authorization-code",
      `${g.iso()} INFO  http GET /auth/callback?state=${
        g.hex(16)
      }&code=${code}&scope=openid%20email%20profile&session_state=${g.uuid()} 302 ${
        g.int(5, 90)
      }ms`,
      [code],
    );
  },
  "oauth-token-response": (g) => {
    const at = g.pick([tok.ya29, () => jwt(g, { aud: "api://ledger", scp: "read" })])(g);
    const rt = g.pick([tok.googleRefresh, (x: Gen) => x.chars(ALNUM + "-_", 64)])(g);
    const idt = jwt(g, {
      iss: "https://accounts.example-idp.com",
      sub: g.digits(21),
      aud: g.uuid(),
    });
    return secret(
      "oauth:token-response",
      `${g.iso()} DEBUG oauthlib.oauth2.rfc6749.clients.base: Token response: {"access_token": "${at}", "expires_in": 3599, "refresh_token": "${rt}", "scope": "openid email", "token_type": "Bearer", "id_token": "${idt}"}`,
      [at, rt, idt],
    );
  },
  "oauth-client-secret-query": (g) => {
    const cs = g.pick([tok.gocspx, tok.hex40, (x: Gen) => x.chars(ALNUM, 32)])(g);
    return secret(
      "oauth:client-secret-query",
      `${g.iso()} WARN  [okhttp] <-- 400 Bad Request https://oauth2.example-idp.com/token?grant_type=refresh_token&client_id=${
        g.digits(12)
      }-${g.chars(LOWER + DIGITS, 32)}.apps.example.com&client_secret=${cs} (${g.int(40, 400)}ms)`,
      [cs],
    );
  },
  "stripe-webhook-secret": (g) => {
    const w = tok.whsec(g);
    return secret(
      "webhook:stripe-signing-secret",
      `${g.iso()} ERROR webhooks.stripe: No signatures found matching the expected signature for payload (endpoint_secret=${w}, header t=${
        Math.floor(g.epochMs() / 1000)
      },v1=${g.hex(64)})`,
      [w],
    );
  },
  "github-webhook-dump": (g) => {
    const t = tok.ghs(g);
    return secret(
      "webhook:github-payload",
      `${g.iso()} DEBUG app.github: installation token refreshed\n{"action":"created","installation":{"id":${
        g.int(10_000_000, 99_999_999)
      },"account":{"login":"acme"}},"token":"${t}","expires_at":"2026-03-14T12:00:00Z","permissions":{"contents":"read","metadata":"read"}}`,
      [t],
    );
  },
  "slack-webhook-url": (g) => {
    const h = tok.slackHook(g);
    return secret(
      "webhook:slack-incoming",
      `${g.iso()} ERROR alerting.notifier: POST ${h} failed: 404 no_service (channel archived?)`,
      [h.slice(h.indexOf("/T0"))],
    );
  },
  "slack-payload-token": (g) => {
    const t = g.pick([tok.slackBot, tok.slackUser])(g);
    return secret(
      "webhook:slack-client-debug",
      `[DEBUG] slack_sdk.web.base_client: Sending a request - url: https://slack.com/api/chat.postMessage, query_params: {}, body_params: {}, files: {}, json_body: {'channel': 'C0${
        g.chars(UPPER + DIGITS, 9)
      }', 'text': 'deploy finished'}, headers: {'Content-Type': 'application/json;charset=utf-8', 'Authorization': '(redacted)', 'User-Agent': 'Python/3.12'} token=${t}`,
      [t],
    );
  },
  "hibernate-binds": (g) => {
    const pw = g.password(), api = g.chars(ALNUM, 40);
    return secret(
      "sql:hibernate-binds",
      `${g.logback()} DEBUG 1 --- [nio-8080-exec-2] org.hibernate.SQL : update integration set api_secret=?, smtp_password=?, updated_at=? where id=?\n` +
        `${g.logback()} TRACE 1 --- [nio-8080-exec-2] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [${api}]\n` +
        `${g.logback()} TRACE 1 --- [nio-8080-exec-2] o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${pw}]\n` +
        `${g.logback()} TRACE 1 --- [nio-8080-exec-2] o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [TIMESTAMP] - [2026-03-14T09:00:00]`,
      [api, pw],
    );
  },
  "activerecord-binds": (g) => {
    const t = g.chars(ALNUM, 48);
    return secret(
      "sql:activerecord-binds",
      `D, [2026-03-14T${g.clock()} #1] DEBUG -- :   ApiKey Create (0.${
        g.int(3, 9)
      }ms)  INSERT INTO "api_keys" ("user_id", "token", "created_at") VALUES ($1, $2, $3) RETURNING "id"  [["user_id", ${
        g.int(1, 9999)
      }], ["token", "${t}"], ["created_at", "2026-03-14 09:12:33.481235"]]`,
      [t],
    );
  },
  "sqlalchemy-params": (g) => {
    const pw = g.password();
    return secret(
      "sql:sqlalchemy-echo",
      `${g.iso()} INFO sqlalchemy.engine.Engine INSERT INTO smtp_settings (host, username, password) VALUES (%(host)s, %(username)s, %(password)s) RETURNING smtp_settings.id\n` +
        `${g.iso()} INFO sqlalchemy.engine.Engine [generated in 0.00031s] {'host': 'smtp.mailgun.org', 'username': 'postmaster@mg.acme.io', 'password': '${pw}'}`,
      [pw],
    );
  },
  "curl-verbose": (g) => {
    const user = g.pick(["deploy", "ci-bot", "admin"]), pw = g.password();
    const basic = btoa(`${user}:${pw}`);
    const t = g.pick([tok.ghp, tok.glpat, tok.doToken])(g);
    return g.r() < 0.5
      ? secret(
        "http:curl-verbose-basic",
        `* Connected to registry.internal.example (10.2.0.${
          g.int(2, 250)
        }) port 443\n> GET /v2/_catalog HTTP/2\n> Host: registry.internal.example\n> authorization: Basic ${basic}\n> user-agent: curl/8.5.0\n< HTTP/2 401`,
        [basic],
      )
      : secret(
        "http:curl-verbose-bearer",
        `> POST /api/v4/projects/42/pipeline HTTP/1.1\r\n> Host: gitlab.example.com\r\n> User-Agent: curl/8.5.0\r\n> Accept: */*\r\n> PRIVATE-TOKEN: ${t}\r\n>\r\n< HTTP/1.1 403 Forbidden`,
        [t],
      );
  },
  "urllib3-send": (g) => {
    const t = g.pick([tok.hex40, tok.google, () => tok.ya29(g)])(g);
    return secret(
      "http:urllib3-debug",
      `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.vendor.example:443\nsend: b'GET /v1/reports?limit=50 HTTP/1.1\\r\\nHost: api.vendor.example\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAuthorization: Token ${t}\\r\\nAccept: */*\\r\\n\\r\\n'\nreply: 'HTTP/1.1 429 Too Many Requests\\r\\n'`,
      [t],
    );
  },
  "axios-error-config": (g) => {
    const t = g.pick([tok.ghp, tok.sendgrid, tok.openai])(g);
    return secret(
      "http:axios-error",
      `AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)\n  config: {\n    url: 'https://api.vendor.example/v1/charges',\n    method: 'post',\n    headers: AxiosHeaders {\n      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer ${t}',\n      'User-Agent': 'axios/1.7.2'\n    },\n    timeout: 10000\n  }`,
      [t],
    );
  },
  "okhttp-logging": (g) => {
    const t = jwt(g, { sub: g.uuid(), role: "user" }), sess = g.chars(ALNUM, 40);
    return secret(
      "http:okhttp-interceptor",
      `${g.logback()} I/okhttp.OkHttpClient: --> POST https://api.shopfront.example/v3/cart/checkout\n${g.logback()} I/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8\n${g.logback()} I/okhttp.OkHttpClient: Authorization: Bearer ${t}\n${g.logback()} I/okhttp.OkHttpClient: Cookie: SESSION=${sess}\n${g.logback()} I/okhttp.OkHttpClient: --> END POST (182-byte body)`,
      [t, sess],
    );
  },
  "env-dump": (g) => {
    const dbpw = g.urlPassword(), ak = tok.akia(g), sk = tok.awsSecret(g), sg = tok.sendgrid(g);
    return secret(
      "startup:env-dump",
      `+ env | sort\nAWS_ACCESS_KEY_ID=${ak}\nAWS_REGION=eu-west-1\nAWS_SECRET_ACCESS_KEY=${sk}\nDATABASE_URL=postgres://app:${dbpw}@${
        g.pick(HOSTS)
      }:5432/app\nHOME=/root\nNODE_ENV=production\nSENDGRID_API_KEY=${sg}\nTZ=UTC`,
      [ak, sk, dbpw, sg],
    );
  },
  "env-dump-python": (g) => {
    const t = g.pick([tok.slackBot, tok.hf, tok.npm])(g), pw = g.urlPassword();
    return secret(
      "startup:os-environ",
      `${g.iso()} DEBUG settings: environ({'PATH': '/usr/local/bin:/usr/bin', 'HOSTNAME': 'worker-${
        g.hex(10)
      }', 'SLACK_BOT_TOKEN': '${t}', 'CELERY_BROKER_URL': 'amqp://celery:${pw}@rabbitmq.default.svc:5672//', 'LANG': 'C.UTF-8'})`,
      [t, pw],
    );
  },
  "config-yaml-printout": (g) => {
    const pw = g.urlPassword(), mongo = g.urlPassword();
    return secret(
      "startup:config-yaml",
      `${g.iso()} INFO effective configuration:\nserver:\n  port: 8080\ndatabase:\n  host: ${
        g.pick(HOSTS)
      }\n  user: reporting\n  password: ${pw}\nmongo:\n  uri: mongodb+srv://reporting:${mongo}@cluster0.${
        g.chars(LOWER + DIGITS, 5)
      }.mongodb.net/analytics?retryWrites=true\nfeatures:\n  new_checkout: true`,
      [pw, mongo],
    );
  },
  "k8s-describe-env": (g) => {
    const t = g.pick([tok.ghp, tok.stripe, tok.hex40])(g), pw = g.password();
    return secret(
      "k8s:describe-pod-env",
      `Containers:\n  api:\n    Image:          registry.example.com/${g.pick(SERVICES)}:1.${
        g.int(0, 40)
      }.${
        g.int(0, 9)
      }\n    Args:\n      --db-password=${pw}\n      --port=8080\n    Environment:\n      LOG_LEVEL:        info\n      PAYMENTS_API_KEY: ${t}\n      REDIS_HOST:       redis-master`,
      [pw, t],
    );
  },
  "k8s-event-secret-arg": (g) => {
    const pw = g.urlPassword();
    return secret(
      "k8s:event",
      `${g.iso()}   Warning   Failed   pod/migrate-${
        g.chars(LOWER + DIGITS, 5)
      }   Error: failed to start container "migrate": exec: "flyway -url=jdbc:postgresql://${
        g.pick(HOSTS)
      }/app -user=flyway -password=${pw} migrate": executable file not found in $PATH`,
      [pw],
    );
  },
  "botocore-debug": (g) => {
    const ak = tok.akia(g), sig = g.hex(64), st = `IQoJb3JpZ2luX2Vj${g.chars(B64, 300)}`;
    return secret(
      "cloud:botocore-debug",
      `${g.iso()} botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://sqs.eu-west-1.amazonaws.com/, headers={'X-Amz-Date': b'20260314T091233Z', 'X-Amz-Security-Token': b'${st}', 'Authorization': b'AWS4-HMAC-SHA256 Credential=${ak}/20260314/eu-west-1/sqs/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=${sig}'}>`,
      [st],
    );
  },
  "boto3-credentials-dump": (g) => {
    const ak = tok.akia(g), sk = tok.awsSecret(g);
    return secret(
      "cloud:boto3-credentials",
      `${g.iso()} DEBUG app.storage: using session credentials ReadOnlyCredentials(access_key='${ak}', secret_key='${sk}', token=None)`,
      [ak, sk],
    );
  },
  "azure-identity": (g) => {
    const cs = tok.azureSecret(g);
    return secret(
      "cloud:azure-identity",
      `${g.iso()} DEBUG azure.identity._internal.decorators: ClientSecretCredential.get_token failed: AADSTS7000215: Invalid client secret provided.\n${g.iso()} DEBUG azure.core.pipeline.policies.http_logging_policy: Request body: 'client_id=${g.uuid()}&grant_type=client_credentials&client_info=1&client_secret=${cs}&scope=https%3A%2F%2Fvault.azure.net%2F.default'`,
      [cs],
    );
  },
  "google-auth-sa-key": (g) => {
    const k = pem(g, "PRIVATE KEY"), id = g.hex(40);
    const escaped = k.text.replace(/\n/g, "\\n");
    return secret(
      "cloud:google-service-account",
      `${g.iso()} DEBUG google.auth._default: loaded credentials from GOOGLE_APPLICATION_CREDENTIALS: {"type": "service_account", "project_id": "acme-prod", "private_key_id": "${id}", "private_key": "${escaped}\\n", "client_email": "exporter@acme-prod.iam.gserviceaccount.com"}`,
      k.lines,
    );
  },
  "pem-in-config-log": (g) => {
    const k = pem(g, g.pick(["RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]));
    return secret(
      "startup:pem-printout",
      `${g.iso()} WARN tls: loading key from TLS_KEY env (file not found)\n${k.text}\n${g.iso()} INFO tls: listener ready on :8443`,
      k.lines,
    );
  },
  "go-panic-dsn": (g) => {
    const pw = g.password();
    return secret(
      "go:panic",
      `panic: sql: open "postgres" "host=${
        g.pick(HOSTS)
      } port=5432 user=ledger password=${pw} dbname=ledger sslmode=verify-full": dial tcp: lookup failed\n\ngoroutine 1 [running]:\nmain.mustOpen(...)\n\t/src/cmd/ledger/main.go:${
        g.int(30, 99)
      } +0x1a5`,
      [pw],
    );
  },
};

// ---------------------------------------------------------------- personal-data families

const PII_FAMILIES: Record<string, (g: Gen) => Draft> = {
  "spring-signup-audit": (g) => {
    const p = person(g), ph = phone(g);
    return pii(
      "spring:audit",
      `${g.logback()}  INFO 1 --- [nio-8080-exec-${
        g.int(1, 9)
      }] c.a.accounts.SignupService : new account id=${
        g.int(100000, 999999)
      } email=${p.email} phone=${ph} locale=en_GB`,
      [["email", p.email], ["phone", ph]],
    );
  },
  "django-post-data": (g) => {
    const p = person(g), ph = phone(g);
    return pii(
      "django:post-querydict",
      `ERROR django.request: Bad Request: /checkout/address/\nPOST:<QueryDict: {'full_name': ['${p.name}'], 'email': ['${p.email}'], 'phone': ['${ph}'], 'line1': ['${p.street}'], 'city': ['${p.city}']}>`,
      [["name", p.name], ["email", p.email], ["phone", ph], ["address", p.street]],
    );
  },
  "rails-card-params": (g) => {
    const c = card(g), shown = g.r() < 0.5 ? c : groupCard(c, g.pick([" ", "-"]));
    return pii(
      "rails:card-params",
      `I, [2026-03-14T${g.clock()} #1]  INFO -- : [${g.uuid()}]   Parameters: {"payment"=>{"card_number"=>"${shown}", "exp_month"=>"${
        g.int(1, 12)
      }", "exp_year"=>"20${g.int(27, 31)}", "cvc"=>"[FILTERED]"}, "order_id"=>"${
        g.int(100000, 999999)
      }"}`,
      [["card", shown]],
    );
  },
  "payment-gateway-error": (g) => {
    const c = card(g);
    return pii(
      "java:gateway-exception",
      `${g.logback()} ERROR 1 --- [pool-3-thread-${
        g.int(1, 8)
      }] c.a.payments.GatewayClient : decline from acquirer\ncom.acme.payments.DeclinedException: Do not honor (05) for PAN ${c} exp ${
        String(g.int(1, 12)).padStart(2, "0")
      }/${g.int(27, 31)}\n\tat com.acme.payments.GatewayClient.authorize(GatewayClient.java:${
        g.int(80, 200)
      })`,
      [["card", c]],
    );
  },
  "sepa-mandate": (g) => {
    const i = iban(g);
    const shown = g.r() < 0.5 ? i : i.match(/.{1,4}/g)!.join(" ");
    return pii(
      "payments:sepa",
      `{"level":"warn","time":"${g.iso()}","msg":"SEPA mandate rejected","debtor":{"mandate":"MNDT-${
        g.digits(8)
      }","iban":"${shown}"},"reason":"AC04 account closed"}`,
      [["iban", shown]],
    );
  },
  "pino-client-ip": (g) => {
    const ip = ipv4(g), ip2 = ipv4(g);
    return pii(
      "pino:remote-address",
      `{"level":30,"time":${g.epochMs()},"req":{"id":"${g.uuid()}","method":"GET","url":"/api/cart","remoteAddress":"${ip}","headers":{"x-forwarded-for":"${ip2}, 10.0.0.${
        g.int(2, 250)
      }"}},"res":{"statusCode":200},"responseTime":${g.int(2, 900)},"msg":"request completed"}`,
      [["ip", ip], ["ip", ip2]],
    );
  },
  "ipv6-access": (g) => {
    const ip = ipv6(g);
    return pii(
      "zap:client-ip6",
      `${g.iso()}\tINFO\thttp/server.go:88\tlogin failed\t{"client_ip": "${ip}", "user_agent": "Mozilla/5.0", "attempt": ${
        g.int(1, 9)
      }}`,
      [["ip", ip]],
    );
  },
  "serilog-user-email": (g) => {
    const p = person(g);
    return pii(
      "serilog:template",
      `[${g.clock().slice(0, 8)} INF] Password reset requested for "${p.email}" from {"Country": "${
        g.pick(["SE", "GB", "DE", "US", "FR"])
      }"} (RequestId: 0HN${g.chars(UPPER + DIGITS, 9)}:0000000${g.int(1, 9)})`,
      [["email", p.email]],
    );
  },
  "monolog-customer": (g) => {
    const p = person(g), ph = phone(g);
    return pii(
      "monolog:customer",
      `[2026-03-14T${g.clock()}+00:00] shop.INFO: Order placed {"order":${
        g.int(10000, 99999)
      },"customer":{"name":"${p.name}","email":"${p.email}","phone":"${ph}","shipping_address":"${p.street}, ${p.city}"}} []`,
      [["name", p.name], ["email", p.email], ["phone", ph], ["address", p.street]],
    );
  },
  "stripe-webhook-billing": (g) => {
    const p = person(g), ph = phone(g);
    return pii(
      "webhook:stripe-billing-details",
      `${g.iso()} DEBUG stripe.webhook: received event evt_${
        g.chars(ALNUM, 24)
      } type=charge.succeeded data={"object":{"id":"ch_${g.chars(ALNUM, 24)}","amount":${
        g.int(500, 90000)
      },"billing_details":{"address":{"city":"${p.city}","line1":"${p.street}"},"email":"${p.email}","name":"${p.name}","phone":"${ph}"},"payment_method_details":{"card":{"brand":"visa","last4":"${
        g.digits(4)
      }"}}}}`,
      [["email", p.email], ["phone", ph], ["name", p.name], ["address", p.street]],
    );
  },
  "github-webhook-committer": (g) => {
    const p = person(g);
    return pii(
      "webhook:github-push",
      `${g.iso()} INFO hooks: push to acme/web by ${p.first.toLowerCase()}${
        g.int(1, 99)
      } {"head_commit":{"id":"${g.hex(40)}","author":{"name":"${p.name}","email":"${p.email}"}}}`,
      [["email", p.email]],
    );
  },
  "celery-email-task": (g) => {
    const p = person(g);
    return pii(
      "celery:task-args",
      `[2026-03-14 ${g.clock().slice(0, 8)},${g.int(100, 999)}: INFO/ForkPoolWorker-${
        g.int(1, 8)
      }] Task notifications.send_receipt[${g.uuid()}] retry: Retry in 60s: SMTPRecipientsRefused({'${p.email}': (550, b'5.1.1 mailbox unavailable')})`,
      [["email", p.email]],
    );
  },
  "graphql-profile-input": (g) => {
    const p = person(g), d = dob(g), ph = phone(g);
    return pii(
      "graphql:variables-person",
      `${g.iso()} debug graphql operation=UpdateProfile variables={"input":{"firstName":"${p.first}","lastName":"${p.last}","dateOfBirth":"${d}","phone":"${ph}","address":{"line1":"${p.street}","city":"${p.city}"}}}`,
      [["dob", d], ["phone", ph], ["address", p.street], ["name", p.last]],
    );
  },
  "sql-bind-email": (g) => {
    const p = person(g), ph = phone(g);
    return pii(
      "sql:hibernate-binds",
      `${g.logback()} TRACE 1 --- [nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [${p.email}]\n${g.logback()} TRACE 1 --- [nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${ph}]`,
      [["email", p.email], ["phone", ph]],
    );
  },
  "ecto-query-params": (g) => {
    const p = person(g);
    return pii(
      "sql:ecto-debug",
      `${g.clock().slice(0, 12)} [debug] QUERY OK source="users" db=${g.int(1, 9)}.${
        g.int(0, 9)
      }ms\nSELECT u0."id", u0."email" FROM "users" AS u0 WHERE (u0."email" = $1) ["${p.email}"]`,
      [["email", p.email]],
    );
  },
  "ssn-kyc": (g) => {
    const s = ssn(g), p = person(g);
    return pii(
      "kyc:ssn",
      `${g.iso()} WARN kyc.verify: identity mismatch for applicant=${g.uuid()} {"name":"${p.name}","ssn":"${s}","dob":"${
        dob(g)
      }"}`,
      [["ssn", s], ["name", p.name]],
    );
  },
  "national-ids": (g) => {
    const [label, val] = g.pick(
      [
        ["national_insurance_number", nino(g)],
        ["NINO", nino(g)],
        ["dni", dni(g)],
        ["cpf", cpf(g)],
        ["bsn", bsn(g)],
        ["pesel", pesel(g)],
        ["nhs_number", nhs(g)],
        ["sin", sin(g)],
      ] as const,
    );
    return pii(
      `kyc:${label.toLowerCase()}`,
      `{"ts":"${g.iso()}","level":"error","logger":"onboarding.DocumentCheck","msg":"document check failed","${label}":"${val}","country":"${
        g.pick(["GB", "ES", "BR", "NL", "PL", "CA"])
      }","attempt":${g.int(1, 3)}}`,
      [["national-id", val]],
    );
  },
  "dob-laravel": (g) => {
    const d = dob(g), p = person(g);
    return pii(
      "laravel:validation",
      `[2026-03-14 ${
        g.clock().slice(0, 8)
      }] production.INFO: Age check failed {"customer_name":"${p.name}","date_of_birth":"${d}","min_age":18}`,
      [["dob", d], ["name", p.name]],
    );
  },
  "shipping-address-go": (g) => {
    const p = person(g);
    return pii(
      "logrus:address",
      `time="${g.iso()}" level=warn msg="address validation failed" recipient="${p.name}" street="${p.street}" city="${p.city}" carrier=dhl`,
      [["name", p.name], ["address", p.street]],
    );
  },
  "mac-device": (g) => {
    const m = mac(g);
    return pii(
      "iot:device-mac",
      `${g.iso()} INFO  [mqtt-${g.int(1, 9)}] c.a.iot.Registry - device registered serial=SN${
        g.digits(10)
      } mac=${m} firmware=4.${g.int(0, 9)}.${g.int(0, 20)}`,
      [["mac", m]],
    );
  },
  "crypto-withdrawal": (g) => {
    const a = g.r() < 0.5 ? bech32Address(g) : `0x${g.hex(40)}`;
    return pii(
      "wallet:withdrawal",
      `{"level":"info","ts":"${g.iso()}","msg":"withdrawal queued","asset":"${
        a.startsWith("0x") ? "ETH" : "BTC"
      }","to_address":"${a}","amount":"0.${g.digits(6)}","request_id":"${g.uuid()}"}`,
      [["crypto", a]],
    );
  },
  "phone-sms-otp": (g) => {
    const ph = phone(g);
    return pii(
      "twilio:sms-failure",
      `${g.iso()} ERROR sms.sender: Twilio error 21211 sending OTP to ${ph}: The 'To' number is not a valid phone number (request ${g.uuid()})`,
      [["phone", ph]],
    );
  },
  "email-rust-tracing": (g) => {
    const p = person(g), ip = ipv4(g);
    return pii(
      "rust:tracing-person",
      `${g.iso()}  WARN login{user.email=${p.email} client.ip=${ip}}: auth::session: too many attempts, locking for 900s`,
      [["email", p.email], ["ip", ip]],
    );
  },
  "k8s-ingress-log": (g) => {
    const ip = ipv4(g);
    return pii(
      "k8s:ingress-nginx",
      `${ip} - - [14/Mar/2026:${
        g.clock().slice(0, 8)
      } +0000] "POST /api/v1/login HTTP/2.0" 401 61 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" 512 0.0${
        g.int(10, 99)
      } [default-auth-8080] [] 10.244.${g.int(0, 9)}.${g.int(2, 250)}:8080 61 0.0${
        g.int(10, 99)
      } 401 ${g.hex(32)}`,
      [["ip", ip]],
    );
  },
};

// ---------------------------------------------------------------- benign families

const BENIGN_FAMILIES: Record<string, (g: Gen) => Draft> = {
  "spring-startup": (g) =>
    benign(
      "spring:startup",
      `${g.logback()}  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'\n` +
        `${g.logback()}  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.\n` +
        `${g.logback()}  INFO 1 --- [           main] ${
          g.pick(JAVA_PKG)
        }.Application          : Started Application in ${g.int(3, 40)}.${
          g.int(100, 999)
        } seconds (process running for ${g.int(4, 45)}.${g.int(100, 999)})`,
    ),
  "spring-stack-no-secret": (g) =>
    benign(
      "spring:stacktrace",
      `${g.logback()} ERROR 1 --- [nio-8080-exec-${
        g.int(1, 9)
      }] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception\n` +
        `org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection\n` +
        `Caused by: org.postgresql.util.PSQLException: Connection to ${
          g.pick(HOSTS)
        }:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.\n` +
        `\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)\n\t... 87 common frames omitted`,
    ),
  "spring-datasource-no-password": (g) =>
    benign(
      "spring:datasource-url",
      `${g.logback()}  INFO 1 --- [main] c.a.config.DataSourceConfig : using url=jdbc:postgresql://${
        g.pick(HOSTS)
      }:5432/orders?sslmode=require&ApplicationName=${
        g.pick(SERVICES)
      } user=orders_app password=****** maxPoolSize=${g.int(5, 40)}`,
    ),
  "django-request-ok": (g) =>
    benign(
      "django:runserver",
      `[14/Mar/2026 ${
        g.clock().slice(0, 8)
      }] "GET /api/orders/${g.uuid()}/?include=items HTTP/1.1" 200 ${g.int(200, 9000)}\n` +
        `INFO ${g.iso()} django.db.backends (0.00${
          g.int(1, 9)
        }) SELECT "orders_order"."id" FROM "orders_order" WHERE "orders_order"."uuid" = '${g.uuid()}'::uuid LIMIT 21; args=(UUID('${g.uuid()}'),)`,
    ),
  "python-traceback-benign": (g) =>
    benign(
      "python:traceback",
      `Traceback (most recent call last):\n  File "/app/worker/tasks.py", line ${
        g.int(20, 300)
      }, in rebuild_index\n    batch = fetch_batch(cursor=cursor, size=500)\n` +
        `  File "/app/worker/search.py", line ${
          g.int(20, 300)
        }, in fetch_batch\n    raise TimeoutError(f"shard {shard} timed out after {elapsed:.1f}s")\n` +
        `TimeoutError: shard products-v${g.int(2, 9)}-${g.int(0, 11)} timed out after ${
          g.int(10, 60)
        }.${g.int(0, 9)}s`,
    ),
  "fastapi-uvicorn": (g) =>
    benign(
      "fastapi:uvicorn",
      `INFO:     Started server process [${
        g.int(1, 99)
      }]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\nINFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)\n${g.iso()} | INFO | app.routes.orders:list_orders:${
        g.int(20, 200)
      } - listed ${g.int(0, 500)} orders for tenant=${g.uuid()} in ${g.int(1, 900)}ms`,
    ),
  "rails-completed": (g) =>
    benign(
      "rails:request",
      `I, [2026-03-14T${g.clock()} #${g.int(1, 99)}]  INFO -- : [${g.uuid()}] Completed 200 OK in ${
        g.int(5, 900)
      }ms (Views: ${g.int(1, 90)}.${g.int(0, 9)}ms | ActiveRecord: ${g.int(1, 90)}.${
        g.int(0, 9)
      }ms | Allocations: ${
        g.int(1000, 90000)
      })\nI, [2026-03-14T${g.clock()} #1]  INFO -- :   Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"login"=>"ops-${
        g.int(1, 99)
      }", "password"=>"[FILTERED]"}, "page"=>"${g.int(1, 40)}"}`,
    ),
  "sidekiq-ok": (g) =>
    benign(
      "sidekiq:lifecycle",
      `${g.iso()} pid=${g.int(10, 99)} tid=${
        g.chars(LOWER + DIGITS, 4)
      } class=InvoiceRenderJob jid=${g.hex(24)} INFO: start\n${g.iso()} pid=${g.int(10, 99)} tid=${
        g.chars(LOWER + DIGITS, 4)
      } class=InvoiceRenderJob jid=${g.hex(24)} elapsed=${g.int(0, 9)}.${
        g.int(100, 999)
      } INFO: done`,
    ),
  "pino-ok": (g) =>
    benign(
      "pino:request",
      `{"level":30,"time":${g.epochMs()},"pid":1,"hostname":"api-${g.hex(10)}-${
        g.chars(LOWER + DIGITS, 5)
      }","reqId":"req-${g.int(1, 9999)}","traceId":"${g.hex(32)}","spanId":"${
        g.hex(16)
      }","res":{"statusCode":${g.pick([200, 204, 304, 404])}},"responseTime":${g.int(1, 900)}.${
        g.int(100, 999)
      },"msg":"request completed"}`,
    ),
  "winston-redacted": (g) =>
    benign(
      "winston:redacted",
      `{"level":"warn","message":"retrying upstream","service":"mailer","meta":{"transport":{"host":"smtp.sendgrid.net","port":587,"auth":{"user":"apikey","pass":"[REDACTED]"}},"attempt":${
        g.int(1, 5)
      },"backoffMs":${g.int(100, 9000)}},"timestamp":"${g.iso()}"}`,
    ),
  "serilog-request": (g) =>
    benign(
      "serilog:request",
      `[${g.clock().slice(0, 8)} INF] HTTP GET /api/invoices/${
        g.int(10000, 99999)
      } responded 200 in ${g.int(1, 900)}.${g.digits(4)} ms {"RequestId": "0HN${
        g.chars(UPPER + DIGITS, 9)
      }:0000000${g.int(1, 9)}", "ConnectionId": "0HN${
        g.chars(UPPER + DIGITS, 9)
      }", "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "TraceId": "${
        g.hex(32)
      }"}`,
    ),
  "laravel-placeholders": (g) =>
    benign(
      "laravel:config-cache",
      `[2026-03-14 ${
        g.clock().slice(0, 8)
      }] production.DEBUG: mail config {"mailer":"smtp","host":"smtp.mailgun.org","port":587,"username":"\${MAIL_USERNAME}","password":"********","encryption":"tls","timeout":${
        g.int(5, 60)
      }}`,
    ),
  "zap-ok": (g) =>
    benign(
      "zap:json",
      `{"level":"info","ts":${(g.epochMs() / 1000).toFixed(6)},"caller":"ledger/post.go:${
        g.int(40, 300)
      }","msg":"entry posted","entry_id":"${g.uuid()}","amount_minor":${
        g.int(100, 999999)
      },"currency":"EUR","trace_id":"${g.hex(32)}","duration":"${g.int(1, 900)}.${
        g.int(100, 999)
      }ms"}`,
    ),
  "logrus-ok": (g) =>
    benign(
      "logrus:text",
      `time="${g.iso()}" level=info msg="token refreshed" component=auth token_type=bearer expires_in=3600 scope="read:org repo" refresh_in=${
        g.int(100, 3000)
      }s token_len=${g.int(36, 200)}`,
    ),
  "go-panic-benign": (g) =>
    benign(
      "go:panic",
      `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${
        g.hex(6)
      }]\n\ngoroutine ${
        g.int(10, 9999)
      } [running]:\ngithub.com/acme/ledger/internal/post.(*Poster).Post(0xc000${g.hex(6)}, {0x${
        g.hex(7)
      }, 0xc000${g.hex(6)}})\n\t/src/internal/post/poster.go:${g.int(30, 300)} +0x${g.hex(3)}`,
    ),
  "rust-tracing-ok": (g) =>
    benign(
      "rust:tracing",
      `${g.iso()}  INFO request{method=GET uri=/v1/items/${
        g.int(1, 99999)
      } version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=${
        g.int(1, 900)
      } ms status=200\n${g.iso()} DEBUG hyper_util::client::legacy::pool: pooling idle connection for ("https", api.internal:443)`,
    ),
  "celery-ok": (g) =>
    benign(
      "celery:lifecycle",
      `[2026-03-14 ${g.clock().slice(0, 8)},${
        g.int(100, 999)
      }: INFO/MainProcess] Task reports.tasks.build_daily[${g.uuid()}] received\n[2026-03-14 ${
        g.clock().slice(0, 8)
      },${g.int(100, 999)}: INFO/ForkPoolWorker-${
        g.int(1, 8)
      }] Task reports.tasks.build_daily[${g.uuid()}] succeeded in ${g.int(0, 99)}.${
        g.digits(6)
      }s: {'rows': ${g.int(0, 99999)}, 'partition': '2026-03-13'}`,
    ),
  "kafka-consumer": (g) =>
    benign(
      "kafka:consumer",
      `${g.logback()} INFO  [consumer-${
        g.pick(SERVICES)
      }-1] o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-${
        g.pick(SERVICES)
      }-1, groupId=${g.pick(SERVICES)}] Setting offset for partition orders-${
        g.int(0, 11)
      } to the committed offset FetchPosition{offset=${
        g.int(100000, 99999999)
      }, offsetEpoch=Optional[${g.int(1, 40)}], currentLeader=LeaderAndEpoch{leader=Optional[b-${
        g.int(1, 3)
      }.msk-prod.kafka.eu-west-1.amazonaws.com:9094 (id: ${g.int(1, 3)} rack: euw1-az${
        g.int(1, 3)
      })], epoch=${g.int(1, 40)}}}`,
    ),
  "kafka-config-redacted": (g) =>
    benign(
      "kafka:client-config",
      `${g.logback()} INFO  [main] o.a.k.clients.producer.ProducerConfig - ProducerConfig values:\n\tacks = -1\n\tbatch.size = 16384\n\tsasl.jaas.config = [hidden]\n\tsasl.mechanism = PLAIN\n\tssl.truststore.password = null\n\ttransactional.id = ${
        g.pick(SERVICES)
      }-tx-${g.int(0, 9)}`,
    ),
  "graphql-ok": (g) =>
    benign(
      "graphql:variables",
      `${g.iso()} info graphql operation=ListOrders variables={"first":${g.int(10, 100)},"after":"${
        btoa("arrayconnection:" + g.int(10, 9999))
      }","filter":{"status":"SHIPPED","since":"2026-03-01"}} complexity=${
        g.int(10, 500)
      } durationMs=${g.int(3, 300)}`,
    ),
  "grpc-ok": (g) =>
    benign(
      "grpc:status",
      `${g.iso()}\tWARN\tgrpc/interceptor.go:${
        g.int(30, 120)
      }\tfinished unary call with code DeadlineExceeded\t{"grpc.start_time": "${g.iso()}", "grpc.method": "GetBalance", "grpc.service": "ledger.v1.Ledger", "grpc.code": "DeadlineExceeded", "grpc.time_ms": ${
        g.int(1000, 9000)
      }.${g.int(0, 999)}, "x-request-id": "${g.uuid()}"}`,
    ),
  "oauth-redacted": (g) =>
    benign(
      "oauth:redacted",
      `${g.iso()} DEBUG oauthlib.oauth2.rfc6749.clients.base: Token response: {"access_token": "***", "expires_in": 3599, "refresh_token": "***", "scope": "openid email", "token_type": "Bearer"}\n${g.iso()} INFO  http GET /auth/callback?state=${
        g.hex(16)
      }&code=[REDACTED] 302 ${g.int(5, 90)}ms`,
    ),
  "oauth-discovery": (g) =>
    benign(
      "oauth:discovery",
      `${g.iso()} DEBUG openid.client: discovered issuer https://login.example-idp.com/${g.uuid()}/v2.0 token_endpoint_auth_methods_supported=["client_secret_post","private_key_jwt"] response_types_supported=["code","id_token"] grant_types=["authorization_code","refresh_token"]`,
    ),
  "stripe-event-ids": (g) =>
    benign(
      "webhook:stripe-event",
      `${g.iso()} INFO stripe.webhook: processed evt_${
        g.chars(ALNUM, 24)
      } type=invoice.paid invoice=in_${g.chars(ALNUM, 24)} customer=cus_${
        g.chars(ALNUM, 14)
      } subscription=sub_${g.chars(ALNUM, 24)} amount_paid=${g.int(100, 99999)} livemode=true`,
    ),
  "github-webhook-headers": (g) =>
    benign(
      "webhook:github-headers",
      `${g.iso()} INFO hooks: X-GitHub-Event=pull_request X-GitHub-Delivery=${g.uuid()} X-GitHub-Hook-ID=${
        g.int(100000000, 999999999)
      } action=synchronize repo=acme/web pr=${g.int(1, 9999)} head_sha=${g.hex(40)} before=${
        g.hex(40)
      }`,
    ),
  "slack-event-envelope": (g) =>
    benign(
      "webhook:slack-event",
      `${g.iso()} DEBUG slack_bolt.App: received event_callback event_id=Ev0${
        g.chars(UPPER + DIGITS, 9)
      } team_id=T0${g.chars(UPPER + DIGITS, 8)} api_app_id=A0${
        g.chars(UPPER + DIGITS, 9)
      } type=app_mention channel=C0${g.chars(UPPER + DIGITS, 9)} ts=${
        Math.floor(g.epochMs() / 1000)
      }.${g.digits(6)} retry_num=0`,
    ),
  "sql-binds-ok": (g) =>
    benign(
      "sql:hibernate-binds",
      `${g.logback()} DEBUG 1 --- [nio-8080-exec-2] org.hibernate.SQL : select o1_0.id,o1_0.status from orders o1_0 where o1_0.customer_id=? and o1_0.created_at>?\n${g.logback()} TRACE 1 --- [nio-8080-exec-2] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [BIGINT] - [${
        g.int(1, 99999999)
      }]\n${g.logback()} TRACE 1 --- [nio-8080-exec-2] o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [TIMESTAMP] - [2026-03-${
        g.int(10, 13)
      }T00:00:00Z]`,
    ),
  "activerecord-ok": (g) =>
    benign(
      "sql:activerecord",
      `D, [2026-03-14T${g.clock()} #1] DEBUG -- :   Order Load (${g.int(0, 9)}.${
        g.int(1, 9)
      }ms)  SELECT "orders".* FROM "orders" WHERE "orders"."state" = $1 AND "orders"."updated_at" < $2 ORDER BY "orders"."id" ASC LIMIT $3  [["state", "pending"], ["updated_at", "2026-03-13 09:00:00"], ["LIMIT", 1000]]`,
    ),
  "sqlalchemy-ok": (g) =>
    benign(
      "sql:sqlalchemy-echo",
      `${g.iso()} INFO sqlalchemy.engine.Engine SELECT sessions.id, sessions.expires_at FROM sessions WHERE sessions.token_hash = %(token_hash_1)s\n${g.iso()} INFO sqlalchemy.engine.Engine [cached since ${
        g.int(1, 9999)
      }.${g.int(0, 9)}s ago] {'token_hash_1': '${g.hex(64)}'}`,
    ),
  "curl-verbose-ok": (g) =>
    benign(
      "http:curl-verbose",
      `* ALPN: curl offers h2,http/1.1\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> GET /v2/health HTTP/2\n> Host: registry.internal.example\n> user-agent: curl/8.5.0\n< HTTP/2 200\n< x-request-id: ${g.uuid()}\n< etag: W/"${
        g.hex(16)
      }"\n< docker-distribution-api-version: registry/2.0`,
    ),
  "urllib3-ok": (g) =>
    benign(
      "http:urllib3-debug",
      `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.vendor.example:443\nDEBUG:urllib3.connectionpool:https://api.vendor.example:443 "GET /v1/reports?limit=50&cursor=${
        btoa(`{"offset":${g.int(50, 5000)}}`).replace(/=+$/, "")
      } HTTP/1.1" 200 ${
        g.int(200, 90000)
      }\nDEBUG:urllib3.util.retry:Converted retries value: 3 -> Retry(total=3, connect=None, read=None, redirect=None, status=None)`,
    ),
  "axios-ok": (g) =>
    benign(
      "http:axios-error",
      `AxiosError: timeout of 10000ms exceeded\n    at RedirectableRequest.handleRequestTimeout (/app/node_modules/axios/dist/node/axios.cjs:3062:16)\n  code: 'ECONNABORTED',\n  config: {\n    url: '/v1/charges/ch_${
        g.chars(ALNUM, 24)
      }',\n    method: 'get',\n    headers: { Accept: 'application/json', Authorization: '[Redacted]' },\n    timeout: 10000\n  }`,
    ),
  "okhttp-ok": (g) =>
    benign(
      "http:okhttp-interceptor",
      `${g.logback()} I/okhttp.OkHttpClient: <-- 200 https://api.shopfront.example/v3/cart (${
        g.int(20, 900)
      }ms)\n${g.logback()} I/okhttp.OkHttpClient: content-type: application/json\n${g.logback()} I/okhttp.OkHttpClient: x-trace-id: ${
        g.hex(32)
      }\n${g.logback()} I/okhttp.OkHttpClient: Authorization: ██\n${g.logback()} I/okhttp.OkHttpClient: <-- END HTTP (${
        g.int(100, 9000)
      }-byte body)`,
    ),
  "env-dump-ok": (g) =>
    benign(
      "startup:env-dump",
      `+ env | sort\nAWS_REGION=eu-west-1\nDB_PASSWORD_FILE=/run/secrets/db_password\nHOME=/root\nJAVA_OPTS=-Xms256m -Xmx${
        g.pick([512, 1024, 2048])
      }m -XX:+UseG1GC\nNODE_ENV=production\nPASSWORD_MIN_LENGTH=12\nSECRET_NAME=prod/${
        g.pick(SERVICES)
      }/db\nTOKEN_TTL_SECONDS=${g.pick([900, 3600, 86400])}\nGIT_SHA=${g.hex(40)}`,
    ),
  "config-placeholders": (g) =>
    benign(
      "startup:config-yaml",
      `${g.iso()} INFO effective configuration:\ndatabase:\n  host: ${
        g.pick(HOSTS)
      }\n  user: reporting\n  password: \${DB_PASSWORD}\nstripe:\n  secret_key: <set via STRIPE_SECRET_KEY>\n  webhook_secret: "********"\nsession:\n  cookie_name: __Host-session\n  ttl: ${
        g.int(1, 24)
      }h`,
    ),
  "k8s-events": (g) =>
    benign(
      "k8s:events",
      `LAST SEEN   TYPE      REASON      OBJECT                              MESSAGE\n${
        g.int(1, 59)
      }s         Normal    Pulled      pod/${g.pick(SERVICES)}-${g.hex(10)}-${
        g.chars(LOWER + DIGITS, 5)
      }   Successfully pulled image "registry.example.com/${g.pick(SERVICES)}@sha256:${
        g.hex(64)
      }" in ${g.int(1, 9)}.${g.int(100, 999)}s\n${
        g.int(1, 59)
      }s         Warning   BackOff     pod/${g.pick(SERVICES)}-${g.hex(10)}-${
        g.chars(LOWER + DIGITS, 5)
      }   Back-off restarting failed container api in pod`,
    ),
  "k8s-probe": (g) =>
    benign(
      "k8s:probe",
      `${g.iso()}   Warning   Unhealthy   pod/${g.pick(SERVICES)}-${g.hex(10)}-${
        g.chars(LOWER + DIGITS, 5)
      }   Liveness probe failed: HTTP probe failed with statuscode: ${
        g.pick([500, 503])
      }\n${g.iso()}   Normal    Killing     pod/${g.pick(SERVICES)}-${g.hex(10)}-${
        g.chars(LOWER + DIGITS, 5)
      }   Container api failed liveness probe, will be restarted`,
    ),
  "k8s-secret-ref": (g) =>
    benign(
      "k8s:describe-pod-env",
      `    Environment:\n      LOG_LEVEL:          info\n      DB_PASSWORD:        <set to the key 'password' in secret '${
        g.pick(SERVICES)
      }-db'>  Optional: false\n      STRIPE_API_KEY:     <set to the key 'api-key' of secret 'stripe'>  Optional: false\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${
        g.chars(LOWER + DIGITS, 5)
      } (ro)`,
    ),
  "botocore-ok": (g) =>
    benign(
      "cloud:botocore-debug",
      `${g.iso()} botocore.hooks [DEBUG] Event before-parameter-build.s3.PutObject: calling handler <function validate_ascii_metadata at 0x7f${
        g.hex(10)
      }>\n${g.iso()} botocore.credentials [INFO] Found credentials in environment variables.\n${g.iso()} botocore.parsers [DEBUG] Response headers: {'x-amz-id-2': '${
        g.chars(B64, 76)
      }', 'x-amz-request-id': '${g.chars(UPPER + DIGITS, 16)}', 'ETag': '"${
        g.hex(32)
      }"', 'x-amz-server-side-encryption': 'AES256'}`,
    ),
  "aws-arn": (g) =>
    benign(
      "cloud:arn",
      `${g.iso()} ERROR botocore: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::${
        g.digits(12)
      }:assumed-role/${g.pick(SERVICES)}-task/${
        g.hex(32)
      } is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${
        g.digits(12)
      }:role/deploy`,
    ),
  "azure-identity-ok": (g) =>
    benign(
      "cloud:azure-identity",
      `${g.iso()} INFO azure.identity._credentials.environment: No environment configuration found.\n${g.iso()} INFO azure.identity._credentials.managed_identity: ManagedIdentityCredential will use IMDS\n${g.iso()} INFO azure.identity._internal.get_token_mixin: ManagedIdentityCredential.get_token succeeded (expires_on=${
        Math.floor(g.epochMs() / 1000) + 3600
      })`,
    ),
  "google-auth-ok": (g) =>
    benign(
      "cloud:google-auth",
      `${g.iso()} DEBUG google.auth.transport.requests: Making request: POST https://oauth2.googleapis.com/token\n${g.iso()} DEBUG urllib3.connectionpool: https://oauth2.googleapis.com:443 "POST /token HTTP/1.1" 200 None\n${g.iso()} DEBUG google.auth._default: Checking None for explicit credentials as part of auth process... x-cloud-trace-context=${
        g.hex(32)
      }/${g.digits(19)};o=1`,
    ),
  "hashes-and-digests": (g) =>
    benign(
      "ci:build",
      `${g.iso()} INFO build: commit=${g.hex(40)} tree=${
        g.hex(40)
      } image=registry.example.com/api@sha256:${g.hex(64)} artifact_md5=${g.hex(32)} content-md5=${
        btoa(String.fromCharCode(...Array.from({ length: 16 }, () => g.int(0, 255))))
      } version=v${g.int(1, 9)}.${g.int(0, 40)}.${g.int(0, 20)}-rc.${g.int(1, 9)}`,
    ),
  "numbers-lookalike": (g) =>
    benign(
      "metrics:numbers",
      `${g.iso()} INFO batch: order_id=${notLuhn(g)} snowflake=${g.int(1, 9)}${
        g.digits(18)
      } ts_ns=${g.epochMs()}${g.digits(6)} offset=${g.int(1000000, 99999999)} bytes=${
        g.int(1000, 9999999)
      } amount=${g.int(1, 9999)}.${g.digits(2)} build=${g.int(1000, 9999)}`,
    ),
  "base64-blobs": (g) =>
    benign(
      "queue:payload",
      `${g.iso()} DEBUG pubsub: message_id=${g.digits(16)} publish_time=${g.iso()} data=${
        btoa(
          JSON.stringify({
            order: g.int(1000, 99999),
            status: g.pick(["shipped", "packed", "delivered"]),
            items: g.int(1, 9),
          }),
        )
      } attributes={"eventType":"OBJECT_FINALIZE","bucketId":"acme-exports","objectGeneration":"${
        g.digits(16)
      }"}`,
    ),
  "dates-versions": (g) =>
    benign(
      "startup:versions",
      `${g.iso()} INFO runtime: go1.22.${g.int(0, 9)} linux/amd64 build_date=2026-03-${
        g.int(10, 13)
      }T${g.clock().slice(0, 8)}Z vcs.revision=${g.hex(40)} vcs.time=2026-03-${
        g.int(1, 9)
      }T10:00:00Z deps={grpc:1.64.0 pgx:5.6.0 otel:1.28.0} pid=${g.int(1, 99999)} GOMAXPROCS=${
        g.pick([2, 4, 8])
      }`,
    ),
  "placeholders-docs": (g) =>
    benign(
      "startup:usage",
      `${g.iso()} WARN config: Stripe key not set; export STRIPE_SECRET_KEY=sk_live_... or set stripe.secret_key: <your-secret-key> (see docs/payments.md)\n${g.iso()} WARN config: refusing default credentials for user ${
        g.pick(["admin", "root"])
      } (password=changeme); set ADMIN_PASSWORD or token=<token> in ${
        g.pick(["values.yaml", ".env", "config.toml"])
      }`,
    ),
};

// ---------------------------------------------------------------- the corpus

/** How many cases each family contributes: about 800, about 40 % benign. */
const PER_FAMILY = { secret: 6, pii: 9, benign: 7 };

export function generateFrameworks5(): Frameworks5Case[] {
  const g = new Gen(mulberry32(0x5afe_d5b5));
  const out: Frameworks5Case[] = [];
  const add = (fams: Record<string, (g: Gen) => Draft>, n: number) => {
    for (const [name, make] of Object.entries(fams)) {
      for (let i = 0; i < n; i++) out.push({ id: `fw5-${name}-${i}`, ...make(g) });
    }
  };
  add(SECRET_FAMILIES, PER_FAMILY.secret);
  add(PII_FAMILIES, PER_FAMILY.pii);
  add(BENIGN_FAMILIES, PER_FAMILY.benign);
  return out.map(specialAddressesMasked);
}

/** The corpus as JSON lines, keys in the dev set's order. */
export function frameworks5Text(cases: readonly Frameworks5Case[]): string {
  return cases.map((c) => JSON.stringify(c) + "\n").join("");
}

if (import.meta.main) {
  const cases = generateFrameworks5();
  await Deno.writeTextFile(FRAMEWORKS5_FILE, frameworks5Text(cases));
  const n = (k: string) => cases.filter((c) => c.kind === k).length;
  console.log(
    `${cases.length} cases: ${n("secret")} secret, ${n("pii")} pii, ${n("benign")} benign`,
  );
}
