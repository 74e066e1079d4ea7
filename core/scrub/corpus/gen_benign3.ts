/**
 * Writes the third benign corpus, core/scrub/corpus/benign3.jsonl: lines of real systems as they
 * print them (./benign3_systems.ts), documentation placeholders, near-miss formats and numbers
 * that look like identifiers, all of which must come out unchanged; and, in about one case in
 * seven, one real secret or piece of personal data written in those same systems' syntaxes, so the
 * corpus also checks that the scrubber still masks there. Written before reading the detectors,
 * to measure how far their benign handling generalizes: do not tune it to them.
 *
 *   deno run --allow-write core/scrub/corpus/gen_benign3.ts
 *
 * Score: node ../shared/eval/score.mjs --cases core/scrub/corpus/benign3.jsonl 'deno task -q scrub'
 */
import { card, iban, Rand } from "./pii_redteam_values.ts";
import { password, PROVIDERS } from "./redteam2/providers.ts";
import { PHONE_LAYOUTS } from "./redteam2/personal.ts";
import type { Case } from "./redteam2/gen_redteam2.ts";
import {
  AUDITED_SHAPES,
  hex,
  HOSTS,
  iso,
  type Line,
  NEAR_MISSES,
  NUMBERS,
  PLACEHOLDERS,
  syslogTime,
  SYSTEMS,
  uuid,
} from "./benign3_systems.ts";
import { specialAddressesMasked } from "./special_addresses.ts";

export type { Case };
export const BENIGN3_FILE = new URL("./benign3.jsonl", import.meta.url);

/** How many lines each system template writes (each from its own draw). */
const PER_TEMPLATE = 3;

function benign(out: Case[], type: string, text: string): void {
  out.push({
    id: `b3-${type}-${out.filter((c) => c.type === type).length}`,
    kind: "benign",
    type,
    text,
    secrets: [],
    expect_unchanged: true,
    origin: "benign3",
  });
}

function benignCases(r: Rand, out: Case[]): void {
  for (const [system, lines] of Object.entries(SYSTEMS)) {
    for (const line of lines) {
      for (let k = 0; k < PER_TEMPLATE; k++) benign(out, `benign:${system}`, line(r));
    }
  }
  const once = (type: string, lines: Line[]) => lines.forEach((line) => benign(out, type, line(r)));
  once("benign:placeholder", PLACEHOLDERS);
  for (let k = 0; k < 2; k++) once("benign:near-miss", NEAR_MISSES);
  for (let k = 0; k < 2; k++) once("benign:id-number", NUMBERS);
}

/** A secret's writer: the text of a system's line holding it. */
type Writer = (r: Rand, v: string) => string;

/** Provider tokens (bare: they name their provider) in these systems' own lines. */
const TOKEN_WRITERS: [string, Writer][] = [
  [
    "journald",
    (r, v) =>
      `${syslogTime(r)} ${r.pick(HOSTS)} deploy.sh[${
        r.range(300, 99999)
      }]: using token ${v} for registry push`,
  ],
  [
    "gha-unmasked",
    (_r, v) =>
      `Run curl -sf -H "Authorization: token ${v}" https://api.github.com/repos/acme/app/releases`,
  ],
  [
    "kubectl-describe",
    (_r, v) => `    Environment:\n      LOG_LEVEL:  info\n      UPSTREAM_CREDENTIAL:  ${v}`,
  ],
  [
    "docker-build",
    (r, v) =>
      `#${r.range(5, 20)} [build 3/6] RUN echo "//registry.acme.io/:_authToken=${v}" > .npmrc`,
  ],
  [
    "go-panic",
    (r, v) =>
      `panic: upstream refused client (key ${v}): 401\n\ngoroutine ${
        r.range(1, 99)
      } [running]:\nmain.main()\n\t/src/main.go:${r.range(10, 99)} +0x${hex(r, 3)}`,
  ],
  [
    "python-traceback",
    (r, v) =>
      `Traceback (most recent call last):\n  File "/app/sync.py", line ${
        r.range(10, 300)
      }, in push\n    client = Client("${v}")\nPermissionError: token rejected`,
  ],
  [
    "macos-log",
    (r, v) =>
      `${iso(r).replace("T", " ").replace("Z", "")}-0800 0x${hex(r, 5)}   Default     0x0   ${
        r.range(100, 900)
      }    0    Acme: [io.acme.app:auth] refreshed credential ${v}`,
  ],
  [
    "otel-attribute",
    (_r, v) => `attributes: {"http.request.header.x-api-key": "${v}", "http.route": "/v1/orders"}`,
  ],
  [
    "terraform-output",
    (_r, v) => `Outputs:\n\nservice_credential = "${v}"\nservice_url = "https://api.acme.io"`,
  ],
  [
    "java-exception",
    (r, v) =>
      `com.acme.client.AuthException: credential ${v} was revoked\n\tat com.acme.client.Http.call(Http.java:${
        r.range(20, 400)
      })`,
  ],
];

/** Passwords in real systems' lines that print them. */
const PASSWORD_WRITERS: [string, Writer][] = [
  [
    "postgres-alter-role",
    (r, v) =>
      `${iso(r)} UTC [${r.range(100, 9999)}] LOG:  statement: ALTER ROLE app WITH PASSWORD '${v}'`,
  ],
  [
    "mysql-create-user",
    (r, v) => `${iso(r)}\t${r.range(10, 999)} Query\tCREATE USER 'app'@'%' IDENTIFIED BY '${v}'`,
  ],
  [
    "kafka-jaas",
    (_r, v) =>
      `\tsasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="${v}";`,
  ],
  [
    "elasticsearch-bootstrap",
    (_r, v) =>
      `Password for the elastic user (reset with \`bin/elasticsearch-reset-password -u elastic\`):\n  ${v}`,
  ],
  [
    "docker-login",
    (_r, v) =>
      `+ docker login -u ci-bot -p ${v} registry.acme.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.`,
  ],
  [
    "pip-index-url",
    (_r, v) =>
      `Looking in indexes: https://pypi.org/simple, https://deploy:${
        encodeURIComponent(v)
      }@pypi.acme.io/simple`,
  ],
  [
    "cron-curl",
    (r, v) =>
      `${syslogTime(r)} ${r.pick(HOSTS)} CRON[${
        r.range(1000, 99999)
      }]: (deploy) CMD (curl -s -u admin:${v} https://backup.acme.io/trigger)`,
  ],
  [
    "sudo-mysql",
    (r, v) =>
      `${syslogTime(r)} ${
        r.pick(HOSTS)
      } sudo:   deploy : TTY=pts/1 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -u root -p${v} shop`,
  ],
  [
    "redis-monitor",
    (r, v) =>
      `${r.range(1_700_000_000, 1_767_000_000)}.${
        r.digits(6)
      } [0 unix:/run/redis.sock] "AUTH" "${v}"`,
  ],
  [
    "spring-generated",
    (r, _v) =>
      `${
        iso(r)
      }  WARN 1 --- [           main] .s.s.UserDetailsServiceAutoConfiguration : \n\nUsing generated security password: ${
        uuid(r)
      }`,
  ],
];

/** Personal data in these systems' lines. */
const PERSONAL_WRITERS: [string, Writer][] = [
  [
    "nginx-client",
    (r, v) =>
      `${v} - - [${r.range(10, 28)}/Nov/2025:10:${r.range(10, 59)}:${
        r.range(10, 59)
      } +0000] "GET /v1/orders HTTP/1.1" 200 ${r.range(100, 9999)} "-" "Mozilla/5.0"`,
  ],
  [
    "haproxy-client",
    (r, v) =>
      `${syslogTime(r)} lb-1 haproxy[${r.range(100, 9999)}]: ${v}:${
        r.range(1024, 65535)
      } [04/Nov/2025:10:22:31.${r.digits(3)}] fe_https~ be_api/api-2 0/0/1/${r.range(1, 99)}/${
        r.range(1, 99)
      } 200 ${r.range(100, 9999)} - - ---- 1/1/0/0/0 0/0 "GET /v1/orders HTTP/1.1"`,
  ],
  [
    "windows-account",
    (_r, v) =>
      `Subject:\n\tSecurity ID:\t\tS-1-5-18\n\tAccount Name:\t\t${v}\n\tLogon ID:\t\t0x3E7`,
  ],
  [
    "prometheus-label",
    (r, v) => `checkout_orders_total{customer="${v}",status="paid"} ${r.range(1, 999)}`,
  ],
  [
    "elasticsearch-source",
    (r, v) =>
      `[es-data-1] [orders][2] took[${
        r.range(1, 9)
      }s], source[{"query":{"term":{"contact":"${v}"}}}]`,
  ],
  [
    "java-exception",
    (r, v) =>
      `java.lang.IllegalArgumentException: rejected payment details ${v}\n\tat com.acme.pay.Validator.check(Validator.java:${
        r.range(20, 300)
      })`,
  ],
  [
    "kubernetes-event",
    (r, v) =>
      `${r.range(1, 59)}m   Warning   NotifyFailed   job/notify-${
        hex(r, 5)
      }   sms to ${v} failed: carrier timeout`,
  ],
  ["otel-attribute", (_r, v) => `attributes: {"enduser.id": "${v}", "http.route": "/v1/account"}`],
];

const publicIp = (r: Rand) =>
  `${r.pick([31, 46, 81, 92, 145, 178, 185, 212])}.${r.range(1, 254)}.${r.range(1, 254)}.${
    r.range(1, 254)
  }`;
const email = (r: Rand) =>
  `${r.pick(["jana.novak", "m.tanaka", "oliver.k", "sofia_r", "d.okafor"])}${r.range(1, 99)}@${
    r.pick(["gmail.com", "outlook.de", "proton.me", "acme-mail.co.uk"])
  }`;

function sensitiveCases(r: Rand, out: Case[]): void {
  const bare = PROVIDERS.filter((p) => p.bare);
  let n = 0;
  const push = (kind: "secret" | "pii", type: string, text: string, value: string, tier?: "core") =>
    out.push({
      id: `b3-${kind}-${n++}`,
      kind,
      type,
      ...(tier ? { tier } : {}),
      text,
      secrets: [value],
      expect_unchanged: false,
      origin: "benign3-sensitive",
    });
  for (let k = 0; k < 5; k++) {
    for (const [syntax, write] of TOKEN_WRITERS) {
      const provider = bare[r.int(bare.length)];
      const value = provider.make(r);
      push("secret", `${provider.provider}:${syntax}`, write(r, value), value);
    }
  }
  for (let k = 0; k < 3; k++) {
    for (const [syntax, write] of PASSWORD_WRITERS) {
      const value = syntax === "spring-generated" ? "" : password(r);
      const text = write(r, value);
      const secret = syntax === "spring-generated"
        ? text.slice(text.lastIndexOf(" ") + 1)
        : syntax === "pip-index-url"
        ? encodeURIComponent(value)
        : value;
      push("secret", `password:${syntax}`, text, secret);
    }
  }
  const personal: [string, (r: Rand, i: number) => string][] = [
    ["ip", (r) => publicIp(r)],
    ["email", (r) => email(r)],
    ["card", (r, i) => card(r, i).pan],
    ["iban", (r, i) => iban(r, i)],
    ["phone", (r, i) => PHONE_LAYOUTS[(i * 7) % PHONE_LAYOUTS.length][1](r)],
  ];
  for (let k = 0; k < 9; k++) {
    for (const [syntax, write] of PERSONAL_WRITERS) {
      const [what, make] = syntax.endsWith("client")
        ? personal[0]
        : syntax === "windows-account"
        ? personal[1] // an account name is an e-mail address, never a phone number
        : syntax === "prometheus-label" ||
            syntax === "otel-attribute" || syntax === "elasticsearch-source"
        ? personal[1 + (k % 2 === 0 ? 0 : 3)]
        : syntax === "kubernetes-event"
        ? personal[4]
        : personal[2 + (k % 2)];
      const value = make(r, k + n);
      push("pii", `${what}:${syntax}`, write(r, value), value, "core");
    }
  }
}

/** The audited shapes (./benign3_systems.ts), appended: three lines of each. */
function auditedCases(r: Rand, out: Case[]): void {
  for (const line of AUDITED_SHAPES) {
    for (let k = 0; k < PER_TEMPLATE; k++) benign(out, "benign:audited-shape", line(r));
  }
}

export function generateBenign3(): Case[] {
  const out: Case[] = [];
  // Each part draws from its own seed, so that lines added to one leave the other's values alone.
  benignCases(new Rand(20261205), out);
  sensitiveCases(new Rand(20261206), out);
  auditedCases(new Rand(20261207), out);
  return out.map(specialAddressesMasked);
}

export const benign3Text = (cases: Case[]) => cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const cases = generateBenign3();
  await Deno.writeTextFile(BENIGN3_FILE, benign3Text(cases));
  const by = Map.groupBy(cases, (c) => c.kind);
  console.log([...by].map(([k, v]) => `${k} ${v.length}`).join(", "));
}
