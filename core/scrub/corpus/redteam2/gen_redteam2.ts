/**
 * Writes the second red-team corpus, core/scrub/corpus/redteam2/redteam2.jsonl: secrets of about
 * 100 providers (./providers.ts) and passwords in every driver's connection syntax, written the
 * way real systems print them (./systems.ts); personal data of every kind issue 10 names, in
 * national layouts (./personal.ts, ../pii_redteam_values.ts); and benign near-misses that must
 * come out unchanged. It was written before reading the detectors again, to measure how far they
 * generalize: do not tune it to them.
 *
 *   deno run --allow-write core/scrub/corpus/redteam2/gen_redteam2.ts
 *
 * Score: node ../shared/eval/score.mjs --cases core/scrub/corpus/redteam2/redteam2.jsonl 'deno task -q scrub'
 */
import * as V from "../pii_redteam_values.ts";
import { groups, HEX, Rand } from "../pii_redteam_values.ts";
import * as P from "./personal.ts";
import { ALNUM, LOWER, mixed, password, PROVIDERS, UPPER } from "./providers.ts";
import { BARE, clfTime, isoTime, NAMED } from "./systems.ts";
import { specialAddressesMasked } from "../special_addresses.ts";

export const REDTEAM2_FILE = new URL("./redteam2.jsonl", import.meta.url);

/** One case as ../shared/eval/score.mjs reads it. */
export interface Case {
  id: string;
  kind: "secret" | "pii" | "benign";
  type: string;
  tier?: "core";
  text: string;
  secrets: string[];
  expect_unchanged: boolean;
  origin: string;
}

const hex = (r: Rand, n: number) => r.chars(n, HEX);

/** The value as the text holds it: as generated, URL-encoded or JSON-escaped by the writer. */
function asWritten(text: string, value: string): string {
  if (text.includes(value)) return value;
  const encoded = encodeURIComponent(value);
  if (text.includes(encoded)) return encoded;
  const jsonEscaped = JSON.stringify(value).slice(1, -1);
  if (text.includes(jsonEscaped)) return jsonEscaped;
  throw new Error(`value not in its text: ${value}`);
}

function secretCases(r: Rand, out: Case[]): void {
  const named = Object.entries(NAMED);
  const bare = Object.entries(BARE);
  let i = 0;
  for (const provider of PROVIDERS) {
    for (let k = 0; k < 2; k++) {
      const value = provider.make(r);
      const useBare = provider.bare && k === 1;
      const [syntax, text] = useBare
        ? ((([s, w]) => [s, w(r, value)])(bare[i % bare.length]))
        : ((([s, w]) => [s, w(r, provider.name, value)])(named[i % named.length]));
      i++;
      out.push({
        id: `rt2-s-${provider.provider}-${k}`,
        kind: "secret",
        type: `${provider.provider}:${syntax}`,
        text,
        secrets: [asWritten(text, value)],
        expect_unchanged: false,
        origin: "redteam2-provider",
      });
    }
  }
}

/** Passwords in every driver's connection syntax and command line. */
const CONNECTIONS: [string, (r: Rand, user: string, pw: string, host: string) => string][] = [
  [
    "postgres-uri",
    (_r, u, p, h) => `DATABASE_URL=postgres://${u}:${p}@${h}:5432/orders?sslmode=require`,
  ],
  [
    "postgresql-uri-log",
    (r, u, p, h) => `${isoTime(r)} INFO connecting to postgresql://${u}:${p}@${h}/ledger`,
  ],
  ["mysql-uri", (_r, u, p, h) => `spring.datasource.url=mysql://${u}:${p}@${h}:3306/shop`],
  [
    "mongodb-srv",
    (_r, u, p) =>
      `MONGO_URI="mongodb+srv://${u}:${p}@cluster0.x1y2z.mongodb.net/app?retryWrites=true&w=majority"`,
  ],
  ["redis-uri", (_r, _u, p, h) => `cache: redis://:${p}@${h}:6379/0`],
  ["rediss-user", (_r, u, p, h) => `REDIS_URL=rediss://${u}:${p}@${h}:6380`],
  ["amqp", (_r, u, p, h) => `celery broker: amqp://${u}:${p}@${h}:5672/vhost`],
  [
    "sqlalchemy",
    (_r, u, p, h) => `SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://${u}:${p}@${h}/app"`,
  ],
  [
    "jdbc-params",
    (_r, u, p, h) => `jdbc:postgresql://${h}:5432/app?user=${u}&password=${p}&ssl=true`,
  ],
  [
    "jdbc-sqlserver",
    (_r, u, p, h) =>
      `jdbc:sqlserver://${h}:1433;databaseName=crm;user=${u};password=${p};encrypt=true`,
  ],
  [
    "adonet",
    (_r, u, p, h) =>
      `Server=tcp:${h},1433;Initial Catalog=crm;User ID=${u};Password=${p};Encrypt=True;`,
  ],
  [
    "odbc",
    (_r, u, p, h) => `Driver={ODBC Driver 18 for SQL Server};Server=${h};Uid=${u};Pwd=${p};`,
  ],
  ["oracle-ezconnect", (_r, u, p, h) => `sqlplus ${u}/${p}@${h}:1521/ORCLPDB1`],
  [
    "libpq-keywords",
    (_r, u, p, h) => `host=${h} port=5432 dbname=app user=${u} password=${p} sslmode=verify-full`,
  ],
  [
    "pgpassword-env",
    (_r, u, p, h) => `$ PGPASSWORD=${p} psql -h ${h} -U ${u} -d app -c 'select 1'`,
  ],
  ["mysql-cli", (_r, u, p, h) => `mysql -h ${h} -u ${u} -p${p} shop < dump.sql`],
  [
    "mysqldump-long",
    (_r, u, p, h) => `mysqldump --host=${h} --user=${u} --password=${p} --single-transaction shop`,
  ],
  ["redis-cli", (_r, _u, p, h) => `redis-cli -h ${h} -a ${p} --no-auth-warning INFO`],
  ["curl-user", (_r, u, p, h) => `curl -sS -u ${u}:${p} https://${h}/api/health`],
  ["curl-user-quoted", (_r, u, p, h) => `curl --user "${u}:${p}" -X POST https://${h}/hooks`],
  ["docker-login", (_r, u, p) => `docker login -u ${u} -p ${p} registry.acme.io`],
  ["netrc", (_r, u, p, h) => `machine ${h}\n  login ${u}\n  password ${p}`],
  ["pgpass", (_r, u, p, h) => `${h}:5432:app:${u}:${p}`],
  ["basic-auth-url", (_r, u, p, h) => `GET https://${u}:${p}@${h}/metrics -> 200`],
  ["git-https", (_r, u, p) => `git clone https://${u}:${p}@git.acme.io/platform/infra.git`],
  [
    "sql-alter-role",
    (r, _u, p) =>
      `${isoTime(r)} [4821] LOG:  statement: ALTER ROLE app_rw WITH LOGIN PASSWORD '${p}'`,
  ],
  ["mysql-create-user", (_r, u, p) => `Query\tCREATE USER '${u}'@'%' IDENTIFIED BY '${p}'`],
  ["yaml-password", (_r, u, p) => `datasource:\n  username: ${u}\n  password: "${p}"`],
  [
    "json-password",
    (r, u, p) => JSON.stringify({ ts: isoTime(r), event: "login_failed", user: u, password: p }),
  ],
  [
    "xml-password",
    (_r, u, p) => `<dataSource user="${u}" password="${p}" url="jdbc:h2:mem:test"/>`,
  ],
  ["ini-password", (_r, u, p) => `[client]\nuser = ${u}\npassword = ${p}`],
  ["smtp-url", (_r, u, p, h) => `EMAIL_URL=smtp+tls://${u}:${p}@${h}:587`],
  [
    "ldap-bind",
    (_r, u, p, h) =>
      `ldapsearch -H ldaps://${h} -D "cn=${u},dc=acme,dc=io" -w ${p} -b dc=acme,dc=io`,
  ],
  [
    "kafka-jaas",
    (_r, u, p) =>
      `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${u}" password="${p}";`,
  ],
  ["htpasswd-cli", (_r, u, p) => `htpasswd -b -c /etc/nginx/.htpasswd ${u} ${p}`],
  [
    "python-kwarg",
    (_r, u, p, h) => `    conn = psycopg2.connect(host="${h}", user="${u}", password="${p}")`,
  ],
  ["dotnet-user-secrets", (_r, _u, p) => `dotnet user-secrets set "Db:Password" "${p}"`],
  ["ftp-url", (_r, u, p, h) => `lftp ftp://${u}:${p}@${h}/upload`],
];

function connectionCases(r: Rand, out: Case[]): void {
  const users = ["app", "svc_orders", "admin", "deploy", "report_ro", "jenkins"];
  const hosts = ["db.internal", "10.0.3.12", "pg-primary.prod.svc", "mysql.acme.io", "cache-1"];
  for (const [syntax, write] of CONNECTIONS) {
    for (let k = 0; k < 2; k++) {
      const pw = k === 0 ? password(r) : mixed(r, r.range(16, 32));
      const text = write(r, r.pick(users), pw, r.pick(hosts));
      out.push({
        id: `rt2-c-${syntax}-${k}`,
        kind: "secret",
        type: `password:${syntax}`,
        text,
        secrets: [pw],
        expect_unchanged: false,
        origin: "redteam2-connection",
      });
    }
  }
}

function privateKeyCases(r: Rand, out: Case[]): void {
  const body = () => Array.from({ length: 4 }, () => r.chars(64, ALNUM + "+/")).join("\n");
  for (const label of ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]) {
    const b = body();
    out.push({
      id: `rt2-s-pem-${label.replace(/ /g, "-").toLowerCase()}`,
      kind: "secret",
      type: `private-key:${label}`,
      text: `${
        isoTime(r)
      } DEBUG loaded signing key:\n-----BEGIN ${label}-----\n${b}\n-----END ${label}-----`,
      secrets: b.split("\n"),
      expect_unchanged: false,
      origin: "redteam2-provider",
    });
  }
  const one = r.chars(64, ALNUM + "+/");
  out.push({
    id: "rt2-s-pem-json-escaped",
    kind: "secret",
    type: "private-key:json-escaped",
    text: JSON.stringify({
      type: "service_account",
      private_key: `-----BEGIN PRIVATE KEY-----\n${one}\n-----END PRIVATE KEY-----\n`,
    }),
    secrets: [one],
    expect_unchanged: false,
    origin: "redteam2-provider",
  });
}

// ---- personal data ------------------------------------------------------------------------

type PiiWriter = (r: Rand, label: string, v: string) => string;
const PII_WRITERS: [string, PiiWriter][] = [
  ["json", (r, l, v) => JSON.stringify({ ts: isoTime(r), msg: "customer updated", [l]: v })],
  ["logfmt", (r, l, v) => `ts=${isoTime(r)} level=info msg="kyc check" ${l}="${v}" result=pass`],
  ["form", (_r, l, v) => `POST /signup body: name=Jane+Doe&${l}=${encodeURIComponent(v)}&plan=pro`],
  ["csv", (r, l, v) => `id,name,${l},created\n${r.range(100, 999)},"Doe, Jane",${v},2025-03-02`],
  ["sql", (_r, l, v) => `INSERT INTO customers (name, ${l}) VALUES ('Jane Doe', '${v}');`],
  ["prose", (r, l, v) => `${isoTime(r)} INFO support: customer confirmed ${l} ${v} on the call`],
  ["yaml", (_r, l, v) => `customer:\n  name: Jane Doe\n  ${l}: "${v}"`],
  ["xml", (_r, l, v) => `<Customer><Name>Jane Doe</Name><${l}>${v}</${l}></Customer>`],
];

function piiCase(
  out: Case[],
  r: Rand,
  type: string,
  label: string,
  value: string,
  tier: "core" | undefined,
  w: number,
): void {
  const [syntax, write] = PII_WRITERS[w % PII_WRITERS.length];
  const text = write(r, label, value);
  out.push({
    id: `rt2-p-${type}-${out.length}`,
    kind: "pii",
    type: `${type}:${syntax}`,
    ...(tier ? { tier } : {}),
    text,
    secrets: [asWritten(text, value)],
    expect_unchanged: false,
    origin: "redteam2-pii",
  });
}

function piiFree(out: Case[], type: string, text: string, values: string[], core = true): void {
  out.push({
    id: `rt2-p-${type}-${out.length}`,
    kind: "pii",
    type,
    ...(core ? { tier: "core" as const } : {}),
    text,
    secrets: values,
    expect_unchanged: false,
    origin: "redteam2-pii",
  });
}

function ipv6(r: Rand): string[] {
  const g = () => r.range(1, 0xffff).toString(16);
  const full = Array.from({ length: 8 }, g);
  return [
    `2001:db8:${full.slice(2).join(":")}`.replace("2001:db8", `2a0${r.range(0, 9)}:${g()}`),
    `2a02:${g()}:${g()}::${g()}`,
    `fe80::${g()}:${g()}:${g()}:${g()}%eth0`,
    `::ffff:${r.range(11, 223)}.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`,
    `2600:${g()}:${g()}:${g()}:0:0:0:${g()}`.toUpperCase(),
  ];
}

function personalCases(r: Rand, out: Case[]): void {
  let w = 0;
  // phones
  const phoneLabels = ["phone", "mobile", "msisdn", "tel", "contact_number", "telefon"];
  for (const [country, layout] of P.PHONE_LAYOUTS) {
    piiCase(out, r, `phone-${country}`, r.pick(phoneLabels), layout(r), "core", w++);
  }
  for (const [country, layout] of P.PHONE_LAYOUTS.slice(0, 10)) {
    const v = layout(r);
    piiFree(
      out,
      `phone-${country}:sip`,
      `INVITE sip:${
        v.replace(/[^\d+]/g, "")
      }@pbx.acme.io SIP/2.0\nFrom: "Jane" <sip:alice@acme.io>;tag=${hex(r, 8)}`,
      [v.replace(/[^\d+]/g, "")],
    );
  }
  for (const [country, layout] of P.PHONE_LAYOUTS.slice(10, 20)) {
    const v = layout(r);
    piiFree(out, `phone-${country}:sms-gateway`, `${isoTime(r)} sms.send to=${v} status=queued`, [
      v,
    ]);
  }
  // e-mail
  const emails = [
    `jane.doe+billing@example-corp.com`,
    `o'brien@acme.co.uk`,
    `müller@bücher.de`,
    `user@xn--bcher-kva.de`,
    `ops-alerts@sub.mail.acme.io`,
    `"john smith"@acme.io`,
    `Zoë.Ålander@exempel.se`,
    `first_last123@gmail.com`,
  ];
  for (const e of emails) piiCase(out, r, "email", "email", e, "core", w++);
  piiFree(out, "email:json-escaped", `{"msg":"invite sent to jane.roe\\u0040acme.io"}`, [
    "jane.roe\\u0040acme.io",
  ]);
  piiFree(out, "email:url-encoded", `GET /unsubscribe?email=mark.lee%40acme.io&t=1`, [
    "mark.lee%40acme.io",
  ]);
  piiFree(
    out,
    "email:smtp",
    `postfix/smtp[2211]: 4F3A21: to=<kim.park@acme.kr>, relay=mx.acme.kr[10.1.2.3]:25, status=sent`,
    ["kim.park@acme.kr"],
  );
  piiFree(out, "email:header", `From: "Ana Silva" <ana.silva@empresa.com.br>\nSubject: invoice`, [
    "ana.silva@empresa.com.br",
  ]);
  // cards
  for (let i = 0; i < 12; i++) {
    const { pan, sizes } = V.card(r, i);
    const sep = ["", " ", "-", ".", "", " "][i % 6];
    const v = sep === "" ? pan : groups(pan, sizes, sep);
    if (i % 4 === 3) {
      piiFree(out, "card:compact-json", `{"card":${pan},"exp":"09/28","amount":1999}`, [pan]);
    } else {piiCase(
        out,
        r,
        "card",
        r.pick(["card_number", "pan", "cc", "payment_card"]),
        v,
        "core",
        w++,
      );}
  }
  // IBAN
  for (let i = 0; i < 10; i++) {
    const v = V.iban(r, i * 3);
    const form = i % 3 === 0
      ? groups(v, [4, 4, 4, 4, 4, 4, 4, 4], " ")
      : i % 3 === 1
      ? v
      : v.toLowerCase();
    piiCase(
      out,
      r,
      "iban",
      r.pick(["iban", "account", "payout_account", "bank_account"]),
      form,
      "core",
      w++,
    );
  }
  // IP, MAC
  for (let i = 0; i < 6; i++) {
    const ip = `${r.range(11, 223)}.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`;
    piiFree(
      out,
      "ipv4:access-log",
      `${ip} - - [${clfTime(r)}] "GET /account HTTP/2.0" 200 ${
        r.range(100, 9000)
      } "-" "Mozilla/5.0"`,
      [ip],
    );
  }
  const xff = `81.2.69.${r.range(2, 250)}`;
  piiFree(out, "ipv4:xff", `X-Forwarded-For: ${xff}, 10.0.0.1`, [xff]);
  for (const v6 of ipv6(r)) {
    piiFree(out, "ipv6", `${isoTime(r)} conn from [${v6}]:${r.range(1024, 65000)} accepted`, [
      v6.split("%")[0],
    ]);
  }
  for (let i = 0; i < 3; i++) {
    const b = Array.from({ length: 6 }, () => hex(r, 2));
    const forms = [
      b.join(":"),
      b.join("-").toUpperCase(),
      `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}`,
    ];
    piiFree(out, "mac", `dhcpd: DHCPACK on 10.0.8.${r.range(2, 250)} to ${forms[i]} via eth1`, [
      forms[i],
    ]);
  }
  // SSN
  for (let i = 0; i < 4; i++) {
    const s = V.ssn(r);
    const v = [
      `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
      `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
      s,
      s,
    ][i];
    piiCase(out, r, "ssn", ["ssn", "social_security_number", "SSN", "tax_ssn"][i], v, "core", w++);
  }
  // crypto
  piiCase(out, r, "btc-p2pkh", "wallet", V.base58Check(r, 0), "core", w++);
  piiCase(out, r, "btc-bech32", "payout_address", V.segwit(r, "bc", 0), "core", w++);
  piiCase(out, r, "eth", "eth_address", V.ethAddress(r, true), "core", w++);
  piiCase(out, r, "eth-lower", "wallet", V.ethAddress(r, false), "core", w++);
  // national identifiers under their names
  const ids: [string, string[], (r: Rand) => string][] = [
    ["hetu", ["hetu", "henkilötunnus"], V.hetu],
    ["personnummer", ["personnummer"], (r) => V.personnummer(r, r.int(2) === 1)],
    ["rrn", ["rrn", "resident_registration_number"], V.rrn],
    ["tckn", ["tckn", "tc_kimlik_no"], V.tckn],
    ["dni", ["dni", "nif"], V.dni],
    ["nie", ["nie"], V.nie],
    ["nric", ["nric", "fin"], V.nric],
    ["tnin", ["thai_id", "national_id"], P.tnin],
    ["aadhaar", ["aadhaar", "uid"], (r) => groups(V.aadhaar(r), [4, 4, 4], " ")],
    ["pan-in", ["pan_number", "pan"], V.indiaPan],
    ["gstin", ["gstin", "gst_number"], (r) => P.gstin(r, V.indiaPan(r))],
    ["epic", ["voter_id", "epic_no"], P.epic],
    ["sin", ["sin", "social_insurance_number"], (r) => groups(V.sin(r), [3, 3, 3], " ")],
    ["steuer-id", ["steuer_id", "steueridentifikationsnummer"], V.steuerId],
    ["de-id-card", ["ausweisnummer", "id_card_number"], P.germanIdCard],
    ["itin", ["itin"], (r) => {
      const v = V.itin(r);
      return `${v.slice(0, 3)}-${v.slice(3, 5)}-${v.slice(5)}`;
    }],
    ["npi", ["npi"], V.npi],
    ["mbi", ["mbi", "medicare_id"], P.mbi],
    ["aba", ["routing_number", "aba"], V.aba],
    ["nino", ["nino", "national_insurance_number"], V.nino],
    ["nhs", ["nhs_number"], (r) => groups(V.nhs(r), [3, 3, 4], " ")],
    ["uk-postcode", ["postcode", "post_code"], P.ukPostcode],
    ["pesel", ["pesel"], V.pesel],
    ["codice-fiscale", ["codice_fiscale", "cf"], V.codiceFiscale],
    ["abn", ["abn"], (r) => groups(V.abn(r), [2, 3, 3, 3], " ")],
    ["acn", ["acn"], (r) => groups(P.acn(r), [3, 3, 3], " ")],
    ["tfn", ["tfn", "tax_file_number"], V.tfn],
    ["medicare-au", ["medicare_number"], V.medicare],
    ["sa-id", ["id_number", "sa_id"], V.saId],
    ["passport", ["passport_number", "passport"], (r) => r.chars(1, UPPER) + r.digits(8)],
    ["driving-licence", ["driving_licence", "drivers_license"], V.ukDrivingLicence],
    ["cpf", ["cpf"], V.cpf],
    ["bsn", ["bsn"], V.bsn],
    ["nir", ["nir", "numero_securite_sociale"], V.nir],
    ["address", ["address", "shipping_address"], P.streetAddress],
  ];
  for (const [type, labels, make] of ids) {
    for (let k = 0; k < 2; k++) {
      piiCase(out, r, type, labels[k % labels.length], make(r), undefined, w++);
    }
  }
}

// ---- benign near-misses ---------------------------------------------------------------------

function benign(out: Case[], type: string, text: string): void {
  out.push({
    id: `rt2-b-${type}-${out.length}`,
    kind: "benign",
    type,
    text,
    secrets: [],
    expect_unchanged: true,
    origin: "redteam2-benign",
  });
}

/** Benign lines carry only loopback addresses: the engine masks every other IP as personal data. */
function benignCases(r: Rand, out: Case[]): void {
  const uuid = () => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
  for (let i = 0; i < 12; i++) {
    const k = i % 12;
    const t = isoTime(r);
    const texts = [
      `commit ${hex(r, 40)}\nAuthor: CI Bot <ci@noreply>\nDate:   Thu Dec 4 10:12:01 2025 +0000`,
      `Successfully built ${hex(r, 12)}\nSuccessfully tagged registry.acme.io/api:1.${
        r.range(2, 40)
      }.${r.range(0, 9)}`,
      `#${r.range(3, 12)} exporting layers done\n#${r.range(3, 12)} writing image sha256:${
        hex(r, 64)
      } done`,
      `${t} INFO request completed request_id=${uuid()} duration_ms=${r.range(3, 900)}`,
      `traceparent: 00-${hex(r, 32)}-${hex(r, 16)}-01`,
      `${t} level=info trace_id=${hex(r, 32)} span_id=${hex(r, 16)} msg="span finished"`,
      `"integrity": "sha512-${r.chars(86, ALNUM + "+/")}=="`,
      `github.com/acme/lib v1.${r.range(2, 30)}.${r.range(0, 9)} h1:${r.chars(43, ALNUM + "+/")}=`,
      `Pulling fs layer ${hex(r, 12)}\nDigest: sha256:${
        hex(r, 64)
      }\nStatus: Downloaded newer image for nginx:1.27.${r.range(0, 4)}`,
      `${t} etag="W/\\"${hex(r, 32)}\\"" cache=HIT`,
      `x-amz-request-id: ${r.chars(16, "0123456789ABCDEF")}\nx-amz-id-2: ${
        r.chars(76, ALNUM + "+/")
      }=`,
      `ObjectId("${hex(r, 24)}") updated in orders`,
    ];
    benign(
      out,
      `id:${
        [
          "git",
          "docker-built",
          "buildkit",
          "uuid",
          "traceparent",
          "otel",
          "npm-integrity",
          "gosum",
          "docker-pull",
          "etag",
          "s3-request",
          "objectid",
        ][k]
      }`,
      texts[k],
    );
  }
  for (let i = 0; i < 10; i++) {
    const t = isoTime(r);
    benign(
      out,
      "k8s-pod-names",
      `${t} Normal Scheduled pod/api-${hex(r, 10)}-${
        r.chars(5, LOWER + "0123456789")
      } Successfully assigned prod/api-${hex(r, 10)}-${r.chars(5, LOWER)} to ip-10-0-${
        r.range(1, 250)
      }-${r.range(1, 250)}.ec2.internal`,
    );
    benign(
      out,
      "k8s-uid",
      `uid: ${uuid()}\nresourceVersion: "${r.digits(9)}"\ngeneration: ${r.range(1, 40)}`,
    );
    benign(
      out,
      "versions",
      `${t} kernel: Linux version 6.${r.range(1, 12)}.${r.range(0, 90)}-${
        r.range(100, 200)
      }-generic, build ${r.range(10, 19)}.${r.range(0, 9)}.${r.range(1000, 9999)}.${
        r.range(100, 999)
      }`,
    );
    benign(
      out,
      "windows-build",
      `OS Version: 10.0.${r.range(17000, 26000)}.${r.range(100, 4000)} Build ${
        r.range(17000, 26000)
      }`,
    );
    benign(
      out,
      "timestamps",
      `${t} ${Date.UTC(2025, r.range(0, 11), r.range(1, 28))} ${
        r.range(1700000000, 1760000000)
      } elapsed=${r.range(1, 9)}.${r.digits(6)}s`,
    );
    benign(
      out,
      "numbers",
      `order_id=${r.digits(16)} invoice=INV-${r.digits(8)} amount_cents=${
        r.range(100, 999999)
      } qty=${r.range(1, 9)}`,
    );
    benign(
      out,
      "build-ids",
      `BUILD_ID=${r.range(1000, 99999)} BUILD_NUMBER=${r.range(1, 999)} GIT_SHA=${
        hex(r, 7)
      } IMAGE_TAG=${r.range(2024, 2025)}${r.digits(4)}-${hex(r, 8)}`,
    );
    benign(
      out,
      "go-panic-addrs",
      `goroutine ${r.range(1, 999)} [chan receive, ${r.range(1, 30)} minutes]:\nmain.worker(0xc000${
        hex(r, 6)
      }, 0x${hex(r, 6)})\n\t/src/worker.go:${r.range(10, 300)} +0x${hex(r, 3)}`,
    );
    benign(
      out,
      "python-repr",
      `<app.models.User object at 0x7f${hex(r, 10)}> saved in ${r.range(1, 99)}.${r.digits(3)}ms`,
    );
    benign(
      out,
      "java-stack",
      `\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:${
        r.range(1000, 1200)
      })\n\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)`,
    );
  }
  // macOS / iOS system log lines
  const macos = [
    () =>
      `${isoTime(r).replace("T", " ").replace("Z", "")}+0100 0x${
        hex(r, 5)
      }   Default     0x0                  ${
        r.range(100, 999)
      }    0    kernel: (AppleACPIPlatform) AppleACPICPU: ProcessorId=${
        r.range(1, 16)
      } LocalApicId=${r.range(1, 32)} Enabled`,
    () =>
      `${
        isoTime(r).replace("T", " ").replace("Z", "")
      }-0800 localhost com.apple.xpc.launchd[1] (com.apple.mdworker.shared.${
        r.chars(16, "0123456789ABCDEF")
      }[${r.range(1000, 99999)}]): Service exited due to SIGKILL | sent by mds[${
        r.range(100, 999)
      }]`,
    () =>
      `Dec  4 10:${r.range(10, 59)}:${r.range(10, 59)} MacBook-Pro-2 com.apple.CDScheduler[${
        r.range(100, 999)
      }]: Thermal pressure state: 1 Memory pressure state: 0`,
    () =>
      `${isoTime(r)} iPhone SpringBoard(FrontBoard)[${
        r.range(30, 99)
      }] <Notice>: [FBSystemService][0x${
        hex(r, 4)
      }] Received request to open "com.acme.app" from <FBProcess: 0x${
        hex(r, 12)
      }; SpringBoard; pid: ${r.range(30, 99)}>`,
    () =>
      `${isoTime(r)} bluetoothd[${
        r.range(100, 999)
      }] <Notice>: Device found: ${uuid().toUpperCase()} RSSI: -${r.range(40, 90)}`,
    () =>
      `Process:               Safari [${
        r.range(1000, 9999)
      }]\nIdentifier:            com.apple.Safari\nVersion:               18.${
        r.range(0, 4)
      } (20620.${r.range(1, 3)}.${r.range(1, 20)}.${
        r.range(1, 20)
      })\nCode Type:             ARM-64 (Native)`,
    () =>
      `Thread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libsystem_kernel.dylib        \t0x${
        hex(r, 9)
      } __pthread_kill + 8\n1   libsystem_pthread.dylib       \t0x${hex(r, 9)} pthread_kill + 288`,
    () =>
      `Binary Images:\n       0x${hex(r, 9)} -        0x${hex(r, 9)} com.acme.App (4.2.${
        r.range(1, 9)
      }) <${uuid().toUpperCase()}> /Applications/Acme.app/Contents/MacOS/Acme`,
  ];
  for (let i = 0; i < 24; i++) benign(out, "macos-ios", macos[i % macos.length]());
  // documented example values and placeholders (not AWS's own EXAMPLEKEY secret or
  // `user:password@`: the shared development set counts both as secrets)
  const examples = [
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
    "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "OPENAI_API_KEY=<your-api-key>",
    "SLACK_BOT_TOKEN=xoxb-your-bot-token",
    "password: ${DB_PASSWORD}",
    "api_key: {{ .Values.apiKey }}",
    'token = "REPLACE_ME"',
    "export API_KEY=changeme",
    "SECRET_KEY=**********",
    "Authorization: Bearer <token>",
    "password=[REDACTED]",
    "DD_API_KEY=<DATADOG_API_KEY>",
    "client_secret: $(CLIENT_SECRET)",
    "api_key = os.environ['API_KEY']",
    "secret_ref: projects/acme/secrets/db-password/versions/latest",
    "token_url: https://oauth2.googleapis.com/token",
    "password_min_length=12 password_require_digit=true",
    "tokens_used=18234 max_tokens=4096 token_limit_reached=false",
    "SESSION_COOKIE_NAME=session_id",
    "secret_name: prod/api/stripe",
    "key_id=alias/aws/s3 key_rotation=enabled",
    "public_key_fingerprint=SHA256:" + "nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8",
  ];
  for (const e of examples) benign(out, "documented-example", e);
  // network and identifier near-misses
  const near = [
    () =>
      `${isoTime(r)} listening on 0.0.0.0:${r.range(1024, 65000)} and [::]:${r.range(1024, 65000)}`,
    () => `resolver: 127.0.0.53 listening on lo port ${r.range(53, 60)}`,
    () => `std::vector<std::string>::iterator it = names.begin(); // ${r.range(1, 99)}`,
    () => `elapsed 12:34:56 total 01:02:03.456`,
    () => `color: #${hex(r, 6)}; background: #${hex(r, 3)};`,
    () => `semver range ^1.${r.range(0, 9)}.${r.range(0, 9)} || >=2.0.0-rc.${r.range(1, 9)}`,
    () => `Sentry event id ${hex(r, 32)} captured`,
    () => `ulid=01J${r.chars(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")} ksuid=2${r.chars(26, ALNUM)}`,
    () => `snowflake id ${r.range(1e17, 9e17)} posted in channel ${r.digits(18)}`,
    () => `arn:aws:iam::${r.digits(12)}:role/service-role/lambda-${hex(r, 8)}`,
    () => `cron: "${r.range(0, 59)} ${r.range(0, 23)} * * 1-5"`,
    () => `ISBN 978-3-16-148410-0, DOI 10.1000/182, ORCID 0000-0002-1825-0097`,
    () => `SELECT id, email, phone FROM users WHERE id = $1 LIMIT 50`,
    () => `git@github.com:acme/platform.git fetched`,
    () =>
      `${isoTime(r)} GET /api/v2/users/${r.range(1000, 99999)}/orders?page=${
        r.range(1, 9)
      }&per_page=50 200`,
    () => `checksum=crc32:${hex(r, 8)} size=${r.range(1000, 99999999)} md5=${hex(r, 32)}`,
    () => `base64 thumbnail: data:image/png;base64,iVBORw0KGgo${r.chars(40, ALNUM)}`,
    () =>
      `cert serial=${
        groups(hex(r, 32).toUpperCase(), [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], ":")
      }`,
    () =>
      `session ended after ${r.range(1, 99)} requests (keepalive ${
        r.range(5, 75)
      }s), client version 10.${r.range(0, 9)}.${r.range(0, 99)}.${r.range(0, 999)}`,
    () =>
      `price=${r.range(1, 999)}.${r.digits(2)} EUR, tax 19%, ref ${r.chars(3, UPPER)}-${
        r.digits(6)
      }`,
    () =>
      `aws_region=eu-central-1 instance=i-${hex(r, 17)} ami=ami-${hex(r, 17)} vpc=vpc-${
        hex(r, 17)
      }`,
    () => `password reset requested (token expires in 3600s) for user_id=${r.range(1000, 99999)}`,
    () => `key=user:${r.range(1000, 99999)}:cart ttl=3600 hits=${r.range(1, 999)}`,
    () =>
      `Dec  4 10:12:01 host sshd[${
        r.range(100, 9999)
      }]: Accepted publickey for deploy from 127.0.0.1 port ${
        r.range(1024, 65000)
      } ssh2: ED25519 SHA256:${r.chars(43, ALNUM + "+/")}`,
    () => `java.lang.NullPointerException: Cannot invoke "String.length()" because "token" is null`,
    () =>
      `Completed 200 OK in ${r.range(2, 900)}ms (Views: ${r.range(1, 90)}.${
        r.digits(1)
      }ms | ActiveRecord: ${r.range(1, 90)}.${r.digits(1)}ms | Allocations: ${
        r.range(1000, 99999)
      })`,
    () =>
      `lat=${r.range(-80, 80)}.${r.digits(6)} lon=${r.range(-170, 170)}.${r.digits(6)} accuracy=${
        r.range(3, 90)
      }m`,
    () => `sku=${r.chars(3, UPPER)}-${r.digits(5)}-${r.chars(2, UPPER)} barcode=${r.digits(13)}`,
    () =>
      `postgres: checkpoint complete: wrote ${r.range(10, 9000)} buffers (${r.range(0, 9)}.${
        r.digits(1)
      }%); 0 WAL file(s) added, lsn=${r.range(1, 9)}/${hex(r, 8).toUpperCase()}`,
    () => `terraform: aws_s3_bucket.logs: Refreshing state... [id=acme-logs-${hex(r, 8)}]`,
  ];
  for (let i = 0; i < 60; i++) benign(out, "near-miss", near[i % near.length]());
  // base64 that is not a credential, in config
  for (let i = 0; i < 4; i++) {
    benign(
      out,
      "k8s-configmap",
      `data:\n  nginx.conf: |\n    worker_processes ${
        r.range(1, 8)
      };\n    events { worker_connections ${r.range(512, 4096)}; }`,
    );
  }
  for (let i = 0; i < 6; i++) {
    benign(
      out,
      "github-actions",
      `${isoTime(r)} ##[group]Run actions/checkout@v4\n${isoTime(r)} with:\n${
        isoTime(r)
      }   repository: acme/api\n${isoTime(r)}   token: ***\n${isoTime(r)}   ssh-strict: true\n${
        isoTime(r)
      } ##[endgroup]`,
    );
    benign(
      out,
      "terraform-plan",
      `  + resource "aws_iam_access_key" "ci" {\n      + id     = (known after apply)\n      + secret = (sensitive value)\n      + user   = "ci-${
        r.range(1, 9)
      }"\n    }`,
    );
    benign(
      out,
      "nginx",
      `127.0.0.1 - - [${clfTime(r)}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.${
        r.range(25, 31)
      }" ${r.range(0, 9)}.00${r.range(1, 9)}`,
    );
    benign(
      out,
      "java-gc",
      `[${r.range(1, 999)}.${r.digits(3)}s][info][gc] GC(${
        r.range(1, 9999)
      }) Pause Young (Normal) (G1 Evacuation Pause) ${r.range(10, 999)}M->${r.range(10, 999)}M(${
        r.range(1000, 4096)
      }M) ${r.range(1, 99)}.${r.digits(3)}ms`,
    );
    benign(
      out,
      "sql-log",
      `${isoTime(r)} [${r.range(100, 9999)}] LOG:  duration: ${r.range(1, 999)}.${
        r.digits(3)
      } ms  execute <unnamed>: SELECT * FROM orders WHERE customer_id = $1 AND status = $2`,
    );
  }
}

export function generateRedTeam2(): Case[] {
  const r = new Rand(20261204);
  const out: Case[] = [];
  secretCases(r, out);
  connectionCases(r, out);
  privateKeyCases(r, out);
  personalCases(r, out);
  benignCases(r, out);
  return out.map(specialAddressesMasked);
}

export const redTeam2Text = (cases: Case[]) =>
  cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const cases = generateRedTeam2();
  await Deno.writeTextFile(REDTEAM2_FILE, redTeam2Text(cases));
  const by = Map.groupBy(cases, (c) => c.kind);
  console.log([...by].map(([k, v]) => `${k} ${v.length}`).join(", "));
}
