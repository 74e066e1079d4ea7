/**
 * Writes the PII corpus, core/scrub/corpus/pii.jsonl: personal data generated valid by each
 * kind's own rule (./pii_values.ts), written in the log syntaxes teams have (JSON, key=value,
 * syslog prose, CSV with its header, an access log's query string), and benign lines in the
 * same syntaxes that only look like personal data (order ids, timestamps, versions, durations,
 * trace ids, ports, hex, build numbers …), which must come out unchanged.
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii.ts
 *
 * Score it: node ../shared/eval/score.mjs --cases core/scrub/corpus/pii.jsonl 'deno task -q scrub'
 */
import { DIGITS, group, PII_KINDS, type PiiKind, type Rng, rng } from "./pii_values.ts";
import type { TypedCase } from "./case_shape.ts";
import { specialAddressesMasked } from "./special_addresses.ts";

/** One corpus case, as ../shared/eval/score.mjs reads it, with the syntax it is written in. */
export interface PiiCase extends TypedCase {
  kind: "pii" | "benign";
  tier?: "core";
  syntax: Syntax;
}

export const SYNTAXES = ["json", "logfmt", "prose", "csv", "url"] as const;
/** A case's syntax: one of SYNTAXES, or `json-number` for a JSON number left unquoted. */
export type Syntax = typeof SYNTAXES[number] | "json-number";

const SERVICES = ["kyc", "billing", "checkout", "auth", "payouts", "crm", "support"];
const HOSTS = ["web-1", "api-7", "ip-10-0-3-7", "worker-2"];
const TAILS = ["ok", "queued", "updated", "verified", "(retry 1)", "status=200"];

const hex = (r: Rng, n: number) => r.chars(n, "0123456789abcdef");
const timestamp = (r: Rng) =>
  `2025-06-${String(1 + r.int(28)).padStart(2, "0")}T${String(r.int(24)).padStart(2, "0")}:${
    String(r.int(60)).padStart(2, "0")
  }:${String(r.int(60)).padStart(2, "0")}.${r.chars(3, DIGITS)}Z`;

/** A value inside a JSON string. */
const jsonText = (value: string) => JSON.stringify(value).slice(1, -1);

/** A line (or two) holding `value` under `key` / after `phrase`, the value as written, and the syntax. */
function write(
  r: Rng,
  syntax: typeof SYNTAXES[number],
  key: string,
  phrase: string,
  value: string,
): { text: string; written: string; syntax?: Syntax } {
  const svc = r.pick(SERVICES);
  switch (syntax) {
    case "json": {
      const bare = /^\d+$/.test(value) && r.int(3) === 0;
      const field = bare ? `"${key}":${value}` : `"${key}":"${jsonText(value)}"`;
      return {
        text: `{"ts":"${timestamp(r)}","level":"info","svc":"${svc}",${field},"request_id":"${
          hex(r, 16)
        }"}`,
        written: bare ? value : jsonText(value),
        syntax: bare ? "json-number" : "json",
      };
    }
    case "logfmt": {
      const v = /[ "]/.test(value) ? `"${value}"` : value;
      return {
        text: `ts=${timestamp(r)} level=info svc=${svc} ${key}=${v} status=ok dur_ms=${r.int(900)}`,
        written: value,
      };
    }
    case "prose":
      return {
        text: `Jun ${1 + r.int(28)} 12:${10 + r.int(50)}:${10 + r.int(50)} ${
          r.pick(HOSTS)
        } ${svc}[${1000 + r.int(30000)}]: ${phrase} ${value} ${r.pick(TAILS)}`,
        written: value,
      };
    case "csv": {
      const v = /[,"]/.test(value) ? `"${value}"` : value;
      return {
        text: `created_at,user_id,${key},status\n${timestamp(r)},u${
          r.chars(6, DIGITS)
        },${v},active`,
        written: value,
      };
    }
    case "url": {
      const written = encodeURIComponent(value);
      return {
        text: `${
          r.pick(HOSTS)
        } - - [01/Jun/2025:12:30:45 +0000] "GET /api/v2/${svc}?${key}=${written}&page=${
          1 + r.int(9)
        } HTTP/1.1" 200 ${100 + r.int(9000)}`,
        written,
      };
    }
  }
}

/** Lines that look like personal data and are not: each a key, a value and a phrase. */
const BENIGN: readonly {
  type: string;
  key: (r: Rng) => string;
  value: (r: Rng) => string;
  phrase: string;
}[] = [
  {
    type: "order-id",
    key: () => "order_id",
    value: (r) => r.chars(1, "123456789") + r.chars(9 + r.int(4), DIGITS),
    phrase: "order",
  },
  {
    type: "epoch-ms",
    key: () => "ts_ms",
    value: (r) => "17" + r.chars(11, DIGITS),
    phrase: "event at",
  },
  {
    type: "epoch-s",
    key: () => "created",
    value: (r) => "17" + r.chars(8, DIGITS),
    phrase: "created",
  },
  {
    type: "duration-ns",
    key: (r) => r.pick(["duration_ns", "latency_ns", "elapsed_ns"]),
    value: (r) => r.chars(1, "123456789") + r.chars(8, DIGITS),
    phrase: "request took",
  },
  {
    type: "bytes",
    key: (r) => r.pick(["bytes", "size", "content_length"]),
    value: (r) => r.chars(1, "123456789") + r.chars(8, DIGITS),
    phrase: "wrote",
  },
  {
    type: "version",
    key: () => "version",
    value: (r) => `${r.int(20)}.${r.int(30)}.${r.int(100)}`,
    phrase: "agent version",
  },
  {
    type: "version-4",
    key: () => "ua",
    value: (r) => `Chrome/${100 + r.int(30)}.0.${r.chars(4, DIGITS)}.${r.chars(3, DIGITS)}`,
    phrase: "User-Agent: Mozilla/5.0",
  },
  {
    type: "build-number",
    key: () => "build",
    value: (r) => `2025.${r.chars(4, DIGITS)}.${r.chars(4, DIGITS)}`,
    phrase: "build",
  },
  { type: "trace-id", key: () => "trace_id", value: (r) => hex(r, 32), phrase: "trace" },
  { type: "span-id", key: () => "span_id", value: (r) => hex(r, 16), phrase: "span" },
  {
    type: "uuid",
    key: () => "session",
    value: (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`,
    phrase: "session",
  },
  {
    type: "port",
    key: () => "listen",
    value: (r) => `0.0.0.0:${1024 + r.int(60000)}`,
    phrase: "listening on",
  },
  {
    type: "hex-address",
    key: () => "ip",
    value: (r) => "0x0000" + hex(r, 12),
    phrase: "segfault at",
  },
  {
    type: "pid",
    key: () => "pid",
    value: (r) => String(1000 + r.int(4_000_000)),
    phrase: "worker pid",
  },
  { type: "git-sha", key: () => "commit", value: (r) => hex(r, 40), phrase: "deployed commit" },
  {
    type: "k8s-pod",
    key: () => "pod",
    value: (r) => `api-${hex(r, 10)}-${r.chars(5, "bcdfghjklmnpqrstvwxz2456789")}`,
    phrase: "pod",
  },
  {
    type: "hdfs-block",
    key: () => "block",
    value: (r) => `blk_-${r.chars(19, DIGITS)}`,
    phrase: "Deleting block",
  },
  {
    type: "date",
    key: () => "date",
    value: (r) =>
      r.pick([
        `2025-06-${10 + r.int(18)}`,
        `06/${10 + r.int(18)}/2025`,
        `${10 + r.int(18)}.06.2025`,
      ]),
    phrase: "report for",
  },
  {
    type: "money",
    key: () => "amount",
    value: (r) => `${r.chars(1, "123456789")}${r.chars(5, DIGITS)}.${r.chars(2, DIGITS)}`,
    phrase: "charged EUR",
  },
  {
    type: "coordinates",
    key: () => "lat",
    value: (r) => `${10 + r.int(70)}.${r.chars(6, DIGITS)}`,
    phrase: "position lat",
  },
  {
    type: "invoice-number",
    key: () => "invoice",
    value: (r) => `0${1 + r.int(9)}-2025-${r.chars(4, DIGITS)}`,
    phrase: "paid invoice",
  },
  {
    type: "ticket",
    key: () => "ticket",
    value: (r) => r.pick([`OPS-${r.chars(5, DIGITS)}`, `INC${r.chars(7, DIGITS)}`]),
    phrase: "linked ticket",
  },
  { type: "sequence", key: () => "seq", value: (r) => r.chars(12, DIGITS), phrase: "offset" },
  {
    type: "counter-group",
    key: () => "counts",
    value: (r) => `${1 + r.int(999)} ${1 + r.int(9999)} ${1 + r.int(9999)}`,
    phrase: "queue depths",
  },
  { type: "etag", key: () => "etag", value: (r) => hex(r, 12), phrase: "etag" },
  {
    type: "oid",
    key: () => "oid",
    value: (r) => `1.3.6.1.4.1.${r.chars(4, DIGITS)}.${r.int(10)}.${r.int(10)}`,
    phrase: "snmp poll",
  },
  {
    type: "loopback",
    key: () => "bind",
    value: (r) => r.pick(["127.0.0.1", "::1", "0.0.0.0"]),
    phrase: "bind",
  },
  {
    type: "account-id",
    key: () => "account_id",
    value: (r) => r.chars(1, "123456789") + r.chars(8, DIGITS),
    phrase: "account_id",
  },
  {
    type: "phone-word-count",
    key: () => "phone_lookup_ms",
    value: (r) => String(1 + r.int(999)),
    phrase: "phone lookup took",
  },
  {
    type: "ssn-word-duration",
    key: () => "ssn_check_ns",
    value: (r) => r.chars(1, "123456789") + r.chars(8, DIGITS),
    phrase: "ssn check took",
  },
  {
    type: "passport-word",
    key: () => "passport_service_port",
    value: (r) => String(1024 + r.int(60000)),
    phrase: "passport service on port",
  },
  {
    type: "routing-word",
    key: () => "routing_table_size",
    value: (r) => r.chars(1, "123456789") + r.chars(8, DIGITS),
    phrase: "routing table entries",
  },
  {
    type: "mobile-build",
    key: () => "mobile_app_build",
    value: (r) => r.chars(1, "123456789") + r.chars(9, DIGITS),
    phrase: "mobile app build",
  },
  {
    type: "iban-word",
    key: () => "iban_errors",
    value: (r) => String(r.int(50)),
    phrase: "iban validation failures",
  },
  {
    type: "sku",
    key: () => "sku",
    value: (r) =>
      `${r.chars(3, "ABCDEFGHKLMNPRSTUVWXYZ")}-${r.chars(5, DIGITS)}-${r.chars(2, "ABCXYZ")}`,
    phrase: "restocked",
  },
  {
    type: "isbn",
    key: () => "isbn",
    value: (r) => group("978" + r.chars(10, DIGITS), [3, 1, 2, 6, 1], "-"),
    phrase: "shipped book",
  },
  {
    type: "semver-pre",
    key: () => "image",
    value: (r) => `registry.example/app:${r.int(5)}.${r.int(20)}.${r.int(50)}-rc.${r.int(9)}`,
    phrase: "pulled",
  },
];

/**
 * Generates the corpus: `perKind` values of each kind of personal data in each syntax (the
 * core kinds twice as many), and `perBenign` benign lines of each kind in each syntax.
 */
export async function generatePiiCases(perKind = 2, perBenign = 1): Promise<PiiCase[]> {
  const r = rng(0x9117);
  const cases: PiiCase[] = [];
  for (const kind of PII_KINDS) await addKind(r, kind, kind.core ? perKind * 2 : perKind, cases);
  for (const b of BENIGN) {
    for (const syntax of SYNTAXES) {
      for (let i = 0; i < perBenign; i++) {
        const written = write(r, syntax, b.key(r), b.phrase, b.value(r));
        cases.push({
          id: `pii-benign-${b.type}-${syntax}-${i}`,
          kind: "benign",
          type: `benign:${b.type}`,
          syntax: written.syntax ?? syntax,
          text: written.text,
          secrets: [],
          expect_unchanged: true,
        });
      }
    }
  }
  return cases.map(specialAddressesMasked);
}

async function addKind(r: Rng, kind: PiiKind, count: number, cases: PiiCase[]) {
  for (const syntax of SYNTAXES) {
    for (let i = 0; i < count; i++) {
      const value = await kind.make(r);
      const line = write(r, syntax, r.pick(kind.keys), r.pick(kind.phrases), value);
      cases.push({
        id: `pii-${kind.type}-${syntax}-${i}`,
        kind: "pii",
        type: kind.type,
        ...(kind.core ? { tier: "core" as const } : {}),
        syntax: line.syntax ?? syntax,
        text: line.text,
        secrets: [line.written],
        expect_unchanged: false,
      });
    }
  }
}

/** The corpus file's text: one JSON object per line. */
export function corpusText(cases: readonly PiiCase[]): string {
  return cases.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

export const CORPUS_FILE = new URL("./pii.jsonl", import.meta.url);

if (import.meta.main) {
  const cases = await generatePiiCases();
  await Deno.writeTextFile(CORPUS_FILE, corpusText(cases));
  const pii = cases.filter((c) => c.kind === "pii").length;
  console.log(`wrote ${cases.length} cases (${pii} pii, ${cases.length - pii} benign)`);
}
