/**
 * Writes the third red-team PII corpus, core/scrub/corpus/pii_redteam3.jsonl: personal data built
 * from each format's published rule (./pii_redteam3_values.ts) inside the log syntaxes real
 * systems write (JSON, compact JSON, logfmt, access logs, SQL, CSV, XML, YAML, Java/Kotlin
 * toString, prose errors, Java and Python stack traces), under the words real logs name them with
 * and also with none; and about as many benign look-alikes (ids, timestamps, versions, durations,
 * sizes, hashes, sequence numbers that pass Luhn by chance) that must come out unchanged. It was
 * written before reading the detectors, to measure how far they generalize: do not tune it to them.
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii_redteam3.ts
 *
 * Score: node ../shared/eval/score.mjs --cases core/scrub/corpus/pii_redteam3.jsonl 'deno task -q scrub'
 */
import * as V from "./pii_redteam3_values.ts";
import { HEX, Rand, UPPER } from "./pii_redteam3_values.ts";
import type { CorePiiCase } from "./case_shape.ts";

export const REDTEAM3_FILE = new URL("./pii_redteam3.jsonl", import.meta.url);
const SEED = 20251205;

const SVCS = ["kyc", "billing", "checkout", "crm", "support", "payouts", "signup", "ledger"];
function ts(r: Rand): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `2025-${p(r.range(1, 12))}-${p(r.range(1, 28))}T${p(r.range(0, 23))}:${
    p(r.range(0, 59))
  }:${p(r.range(0, 59))}.${r.digits(3)}Z`;
}
const hex = (r: Rand, n: number) => r.chars(n, HEX);
const xmlName = (key: string) => key.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(\d)/, "_$1");
const safeBare = (v: string) => /^[^\s"'=]+$/.test(v);

/**
 * A log syntax: it writes the value under a key (or after a phrase, in prose) and returns the
 * text and the value as it appears in it.
 */
type Writer = (r: Rand, key: string, phrase: string, value: string) => [string, string];
export const WRITERS: Record<string, Writer> = {
  json: (r, key, _p, v) => [
    `{"ts":"${ts(r)}","level":"info","service":"${r.pick(SVCS)}","${key}":${
      JSON.stringify(v)
    },"request_id":"${hex(r, 16)}"}`,
    JSON.stringify(v).slice(1, -1),
  ],
  jsonCompact: (r, key, _p, v) => {
    const raw = /^\d+$/.test(v) ? v : JSON.stringify(v);
    return [`{"id":${r.range(100, 99999)},"${key}":${raw},"ok":true}`, v];
  },
  logfmt: (r, key, _p, v) => [
    `ts=${ts(r)} level=warn svc=${r.pick(SVCS)} msg="record updated" ${key}=${
      safeBare(v) ? v : JSON.stringify(v)
    } took=${r.range(1, 900)}ms`,
    v,
  ],
  access: (r, key, _p, v) => {
    const enc = encodeURIComponent(v);
    return [
      // The client address is "-" (Common Log Format's unknown): an address is personal data.
      `- - - [14/Mar/2025:09:${r.range(10, 59)}:${
        r.range(10, 59)
      } +0000] "GET /api/v2/customers/search?${key}=${enc}&page=1 HTTP/1.1" 200 ${
        r.range(120, 9000)
      } "-" "okhttp/4.12.0"`,
      enc,
    ];
  },
  sql: (r, key, _p, v) => [
    `2025-03-14 09:26:${r.range(10, 59)}.${r.digits(3)} UTC [${r.range(1000, 65000)}] LOG:  ` +
    `duration: ${r.range(1, 90)}.${r.digits(3)} ms  statement: UPDATE customers SET ${
      xmlName(key)
    } = '${v}' WHERE id = ${r.range(100, 99999)}`,
    v,
  ],
  csv: (r, key, _p, v) => [
    `id,created_at,${key},status\n${r.range(100, 99999)},${ts(r)},${v},active`,
    v,
  ],
  xml: (r, key, _p, v) => {
    const k = xmlName(key);
    return [
      `<Customer id="${r.range(100, 99999)}"><Status>active</Status><${k}>${v}</${k}></Customer>`,
      v,
    ];
  },
  yaml: (r, key, _p, v) => [
    `customer:\n  id: ${r.range(100, 99999)}\n  ${key}: "${v}"\n  verified: true`,
    v,
  ],
  javaToString: (r, key, _p, v) => [
    `${ts(r)} DEBUG c.a.${r.pick(SVCS)}.Repo - saving Customer(id=${
      r.range(100, 99999)
    }, ${key}=${v}, active=true)`,
    v,
  ],
  prose: (r, _k, phrase, v) => [
    `${ts(r)} ERROR [${r.pick(SVCS)}-worker-${r.range(1, 8)}] ${phrase} ${v}; will retry in ${
      r.range(5, 60)
    }s`,
    v,
  ],
  javaStack: (r, _k, phrase, v) => [
    `com.acme.${r.pick(SVCS)}.ValidationException: ${phrase} '${v}'\n\tat com.acme.${
      r.pick(SVCS)
    }.Validator.check(Validator.java:${
      r.range(20, 400)
    })\n\tat com.acme.api.Handler.handle(Handler.java:${r.range(20, 400)})`,
    v,
  ],
  pyStack: (r, _k, phrase, v) => [
    `Traceback (most recent call last):\n  File "/app/${r.pick(SVCS)}/views.py", line ${
      r.range(10, 600)
    }, in update\n    validate(payload)\nValueError: ${phrase} ${v}`,
    v,
  ],
};
const KEYED = [
  "json",
  "jsonCompact",
  "logfmt",
  "access",
  "sql",
  "csv",
  "xml",
  "yaml",
  "javaToString",
];
const PROSE = ["prose", "javaStack", "pyStack"];
const ALL = [...KEYED, ...PROSE];

/** Keys and phrases that name nothing: a value under them is recognized by its shape alone. */
const NEUTRAL_KEYS = ["value", "input", "raw", "field_7", "q", "arg0", "text", "ref"];
const NEUTRAL_PHRASES = [
  "could not parse",
  "rejected input",
  "unexpected value",
  "lookup returned nothing for",
  "duplicate entry",
];

interface Spec {
  type: string;
  core?: boolean;
  /** How many cases. */
  n: number;
  value: (r: Rand) => string;
  keys: string[];
  phrases: string[];
  /** Also written under neutral keys and phrases (its shape alone says what it is). */
  bare?: boolean;
  syntaxes?: string[];
}

const cases: CorePiiCase[] = [];
function addCase(
  type: string,
  kind: "pii" | "benign",
  core: boolean,
  text: string,
  secrets: string[],
) {
  const n = cases.filter((c) => c.type === type).length;
  cases.push({
    id: `rt3-${type}-${String(n).padStart(3, "0")}`,
    kind,
    type,
    ...(core ? { tier: "core" as const } : {}),
    text,
    secrets: kind === "benign" ? [] : secrets,
    expect_unchanged: kind === "benign",
  });
}
function emit(r: Rand, s: Spec) {
  const syntaxes = s.syntaxes ?? ALL;
  for (let i = 0; i < s.n; i++) {
    const syntax = syntaxes[(i + r.int(syntaxes.length)) % syntaxes.length];
    const bare = s.bare === true && i % 2 === 1;
    const key = bare ? r.pick(NEUTRAL_KEYS) : r.pick(s.keys);
    const phrase = bare ? r.pick(NEUTRAL_PHRASES) : r.pick(s.phrases);
    const [text, written] = WRITERS[syntax](r, key, phrase, s.value(r));
    addCase(s.type + (bare ? "-bare" : ""), "pii", s.core === true, text, [written]);
  }
}

// ---------------------------------------------------------------- phones
const d = (r: Rand, n: number) => r.digits(n);
const nz = (r: Rand) => String(r.range(2, 9));
/** Each country's national layouts; `plain`: the layout says "phone" with no word beside it. */
const PHONES: [string, boolean, ((r: Rand) => string)[]][] = [
  ["us", true, [
    (r) => `(${nz(r)}${d(r, 2)}) ${nz(r)}${d(r, 2)}-${d(r, 4)}`,
    (r) => `${nz(r)}${d(r, 2)}-${nz(r)}${d(r, 2)}-${d(r, 4)}`,
    (r) => `${nz(r)}${d(r, 2)}.${nz(r)}${d(r, 2)}.${d(r, 4)}`,
    (r) => `1-${nz(r)}${d(r, 2)}-${nz(r)}${d(r, 2)}-${d(r, 4)}`,
  ]],
  ["gb", true, [
    (r) => `020 7${d(r, 3)} ${d(r, 4)}`,
    (r) => `07${r.range(400, 999)} ${d(r, 6)}`,
    (r) => `(0161) ${nz(r)}${d(r, 2)} ${d(r, 4)}`,
  ]],
  ["de", true, [
    (r) => `030 ${nz(r)}${d(r, 7)}`,
    (r) => `015${r.range(1, 9)} ${d(r, 8)}`,
    (r) => `(089) ${nz(r)}${d(r, 6)}`,
    (r) => `0171/${nz(r)}${d(r, 6)}`,
  ]],
  ["fr", true, [
    (r) => `0${r.range(1, 7)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `06.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`,
  ]],
  ["nl", true, [(r) => `020-${nz(r)}${d(r, 6)}`, (r) => `06-${r.range(1, 6)}${d(r, 7)}`]],
  ["be", true, [(r) => `04${r.range(70, 99)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]],
  ["ch", true, [
    (r) => `0${r.pick(["44", "79", "78", "31"])} ${nz(r)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ]],
  ["at", true, [(r) => `066${r.range(0, 9)} ${nz(r)}${d(r, 6)}`]],
  ["se", true, [
    (r) => `07${r.range(0, 6)}-${nz(r)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    (r) => `08-${nz(r)}${d(r, 2)} ${d(r, 3)} ${d(r, 2)}`,
  ]],
  ["fi", true, [
    (r) => `04${r.range(0, 9)} ${d(r, 3)} ${d(r, 4)}`,
    (r) => `050-${nz(r)}${d(r, 6)}`,
  ]],
  ["jp", true, [
    (r) => `03-${nz(r)}${d(r, 3)}-${d(r, 4)}`,
    (r) => `090-${nz(r)}${d(r, 3)}-${d(r, 4)}`,
  ]],
  ["kr", true, [
    (r) => `010-${nz(r)}${d(r, 3)}-${d(r, 4)}`,
    (r) => `02-${nz(r)}${d(r, 2)}-${d(r, 4)}`,
  ]],
  ["br", true, [
    (r) => `(${r.range(11, 99)}) 9${d(r, 4)}-${d(r, 4)}`,
    (r) => `(${r.range(11, 99)}) ${nz(r)}${d(r, 3)}-${d(r, 4)}`,
  ]],
  ["au", true, [
    (r) => `04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `(02) ${nz(r)}${d(r, 3)} ${d(r, 4)}`,
  ]],
  ["nz", true, [(r) => `021 ${nz(r)}${d(r, 2)} ${d(r, 4)}`]],
  ["za", true, [(r) => `08${r.range(2, 4)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`]],
  ["ru", true, [
    (r) => `8 (9${d(r, 2)}) ${nz(r)}${d(r, 2)}-${d(r, 2)}-${d(r, 2)}`,
    (r) => `8 495 ${nz(r)}${d(r, 2)}-${d(r, 2)}-${d(r, 2)}`,
  ]],
  ["tr", true, [(r) => `05${r.range(30, 59)} ${nz(r)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]],
  ["ie", true, [(r) => `08${r.range(3, 9)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`]],
  ["il", true, [(r) => `05${r.range(0, 8)}-${nz(r)}${d(r, 2)}-${d(r, 4)}`]],
  ["ar", true, [(r) => `011 15-${nz(r)}${d(r, 3)}-${d(r, 4)}`]],
  ["ph", true, [(r) => `09${r.range(15, 99)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`]],
  ["id", true, [(r) => `08${r.range(11, 59)}-${nz(r)}${d(r, 3)}-${d(r, 4)}`]],
  ["ng", true, [(r) => `080${r.range(2, 9)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`]],
  ["eg", true, [(r) => `01${r.pick(["0", "1", "2", "5"])} ${nz(r)}${d(r, 3)} ${d(r, 4)}`]],
  ["vn", true, [(r) => `09${r.range(0, 9)} ${nz(r)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]],
  ["th", true, [(r) => `08${r.range(1, 9)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`]],
  // Shapes other numbers share: only with a word that names a phone.
  ["it", false, [
    (r) => `02 ${nz(r)}${d(r, 3)} ${d(r, 4)}`,
    (r) => `3${r.range(20, 99)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`,
  ]],
  ["es", false, [
    (r) => `6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
    (r) => `91 ${nz(r)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  ]],
  ["no", false, [(r) => `${r.pick(["4", "9"])}${d(r, 2)} ${d(r, 2)} ${d(r, 3)}`]],
  ["dk", false, [(r) => `${r.range(20, 99)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]],
  ["pl", false, [(r) => `${r.range(5, 8)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`]],
  ["cn", false, [
    (r) => `1${r.range(3, 9)}${d(r, 1)} ${d(r, 4)} ${d(r, 4)}`,
    (r) => `1${r.range(3, 9)}${d(r, 9)}`,
  ]],
  ["in", false, [(r) => `${r.range(7, 9)}${d(r, 4)} ${d(r, 5)}`]],
  ["mx", false, [(r) => `55 ${nz(r)}${d(r, 3)} ${d(r, 4)}`]],
  ["sg", false, [(r) => `${r.range(8, 9)}${d(r, 3)} ${d(r, 4)}`]],
  ["hk", false, [(r) => `${r.range(5, 9)}${d(r, 3)} ${d(r, 4)}`]],
  ["pt", false, [(r) => `9${r.pick(["1", "2", "3", "6"])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`]],
];
/** International calls dialled with 00 and the country code, written the national way after it. */
const IDD: [string, (r: Rand) => string][] = [
  ["gb", (r) => `0044 20 7${d(r, 3)} ${d(r, 4)}`],
  ["de", (r) => `0049 30 ${nz(r)}${d(r, 7)}`],
  ["fr", (r) => `0033 6 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`],
  ["ch", (r) => `0041 79 ${nz(r)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`],
  ["it", (r) => `0039 3${r.range(20, 99)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`],
  ["es", (r) => `0034 6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`],
  ["nl", (r) => `0031 6 ${r.range(1, 6)}${d(r, 7)}`],
  ["pl", (r) => `0048 ${r.range(5, 8)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`],
  ["in", (r) => `0091 ${r.range(7, 9)}${d(r, 4)} ${d(r, 5)}`],
  ["us", (r) => `001 ${nz(r)}${d(r, 2)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`],
];
const PHONE_KEYS = [
  "phone",
  "phone_number",
  "mobile",
  "msisdn",
  "tel",
  "cell",
  "contactPhone",
  "callback_number",
  "telefon",
  "telefono",
];
const PHONE_PHRASES = [
  "SMS delivery failed to",
  "could not reach customer on mobile",
  "callback requested on phone",
  "Rufnummer ungültig:",
  "numéro de téléphone invalide",
  "OTP sent to tel",
];

function phoneCases(r: Rand) {
  for (const [cc, plain, layouts] of PHONES) {
    layouts.forEach((layout, i) => {
      emit(r, {
        type: `phone-${cc}-national`,
        core: true,
        n: plain ? 2 : 1,
        value: layout,
        keys: PHONE_KEYS,
        phrases: PHONE_PHRASES,
        bare: plain && i % 2 === 0,
      });
    });
  }
  for (const [cc, layout] of IDD) {
    emit(r, {
      type: `phone-${cc}-idd00`,
      core: true,
      n: 2,
      value: layout,
      keys: PHONE_KEYS,
      phrases: PHONE_PHRASES,
      bare: true,
    });
  }
  // A known miss: US numbers in spaces with no phone word near them.
  emit(r, {
    type: "phone-us-spaced",
    core: true,
    n: 6,
    // As the numbering plan assigns them: area code 2–9, 0–8, any digit; exchange 2–9.
    value: (r) => `${nz(r)}${r.range(0, 8)}${d(r, 1)} ${nz(r)}${d(r, 2)} ${d(r, 4)}`,
    keys: PHONE_KEYS,
    phrases: PHONE_PHRASES,
    bare: true,
  });
}

// ---------------------------------------------------------------- network
const IP_KEYS = ["client_ip", "remote_addr", "src", "peer", "ip", "x_forwarded_for", "host"];
const IP_PHRASES = ["connection reset by peer", "too many requests from", "login from new address"];
function networkCases(r: Rand) {
  const withZeros = (r: Rand) => {
    const h = V.ipv6Hextets(r);
    const at = r.range(2, 5);
    h[at] = 0;
    h[at + 1] = 0;
    return h;
  };
  const hextets = (r: Rand, n: number) => V.ipv6Hextets(r).slice(0, n).map((x) => x.toString(16));
  const forms: [string, (r: Rand) => string][] = [
    ["compressed", (r) => V.ipv6Canonical(withZeros(r))],
    ["full", (r) => V.ipv6Full(V.ipv6Hextets(r))],
    ["uncompressed", (r) => V.ipv6Hextets(r).map((x) => x.toString(16)).join(":")],
    ["upper", (r) => V.ipv6Canonical(withZeros(r)).toUpperCase()],
    // RFC 4291 2.2(3): six hextets and a dotted quad, or fewer around "::".
    ["ipv4-tail", (r) => hextets(r, 6).join(":") + ":" + V.ipv4(r)],
    ["ipv4-tail-compressed", (r) => hextets(r, 3).join(":") + "::" + V.ipv4(r)],
    ["nat64", (r) => `64:ff9b::${V.ipv4(r)}`],
    ["mapped", (r) => `::ffff:${V.ipv4(r)}`],
    ["mapped-upper", (r) => `::FFFF:${V.ipv4(r)}`],
  ];
  for (const [form, value] of forms) {
    emit(r, {
      type: `ipv6-${form}`,
      core: true,
      n: 3,
      value,
      keys: IP_KEYS,
      phrases: IP_PHRASES,
      bare: true,
    });
  }
  const linkLocal = (r: Rand) =>
    `fe80::${hex(r, 1)}${hex(r, 2)}:${hex(r, 2)}ff:fe${hex(r, 2)}:${hex(r, 4)}`;
  for (let i = 0; i < 4; i++) {
    const a = linkLocal(r);
    const zone = r.pick(["eth0", "en0", "wlan0", "ens192"]);
    const [text] = WRITERS[r.pick(KEYED)](r, r.pick(IP_KEYS), "", `${a}%${zone}`);
    addCase("ipv6-zone", "pii", true, text, [a]);
  }
  for (let i = 0; i < 4; i++) {
    const a = V.ipv6Canonical(withZeros(r));
    const port = r.pick([443, 8080, 8443, 5432, 6379]);
    const text = r.pick([
      `${ts(r)} WARN upstream [${a}]:${port} timed out after 5000ms`,
      `dial tcp [${a}]:${port}: connect: connection refused`,
      `GET http://[${a}]:${port}/healthz -> 503`,
      `{"level":"error","msg":"fetch failed","url":"https://[${a}]/api/v1/users?page=2"}`,
    ]);
    addCase("ipv6-bracketed", "pii", true, text, [a]);
  }
  for (let i = 0; i < 8; i++) {
    const a = V.ipv4(r);
    const port = r.pick([80, 443, 8080, 3306, 5432, 9200]);
    const text = r.pick([
      `${ts(r)} ERROR http client: Get "http://${a}:${port}/metrics": context deadline exceeded`,
      `upstream=${a}:${port} status=502 upstream_response_time=0.${d(r, 3)}`,
      `X-Forwarded-For: ${a}, 10.0.${r.range(0, 9)}.${r.range(2, 200)}`,
      `redis: dial tcp ${a}:6379: i/o timeout`,
      `{"url":"https://${a}/login?next=%2Fhome","status":301}`,
    ]);
    addCase("ipv4-url-hostport", "pii", true, text, [a]);
  }
  const MAC_KEYS = ["mac", "mac_address", "hwaddr", "client_mac", "device_mac"];
  const macForms: [string, (r: Rand) => string, boolean][] = [
    ["colon", (r) => V.macBytes(r).join(":"), true],
    ["colon-upper", (r) => V.macBytes(r).join(":").toUpperCase(), true],
    ["dash", (r) => V.macBytes(r).join("-").toUpperCase(), true],
    ["cisco-dot", (r) => {
      const b = V.macBytes(r).join("");
      return `${b.slice(0, 4)}.${b.slice(4, 8)}.${b.slice(8)}`;
    }, true],
    ["compact", (r) => V.macBytes(r).join(""), false],
  ];
  for (const [form, value, bare] of macForms) {
    emit(r, {
      type: `mac-${form}`,
      core: true,
      n: 3,
      value,
      keys: MAC_KEYS,
      phrases: ["DHCPACK to", "unknown station mac", "ARP reply from hwaddr"],
      bare,
    });
  }
}

// ---------------------------------------------------------------- payments, identity
function paymentCases(r: Rand) {
  const CARD_KEYS = ["card", "card_number", "pan", "cc", "cardNumber", "payment_card"];
  const CARD_PHRASES = ["charge declined for card", "tokenization failed for", "invalid PAN"];
  const brands = [
    "visa",
    "mastercard",
    "mastercard2",
    "amex",
    "discover",
    "jcb",
    "diners",
    "unionpay",
    "maestro",
  ];
  for (const brand of brands) {
    emit(r, {
      type: `card-${brand}`,
      core: true,
      n: 2,
      value: (r) => V.groupCard(V.card(r, brand), r.pick([" ", "-", ""])),
      keys: CARD_KEYS,
      phrases: CARD_PHRASES,
      bare: true,
    });
  }
  emit(r, {
    type: "card-dotted",
    core: true,
    n: 4,
    value: (r) => V.groupCard(V.card(r, r.pick(brands)), "."),
    keys: CARD_KEYS,
    phrases: CARD_PHRASES,
    bare: true,
  });
  for (let i = 0; i < 5; i++) {
    const pan = V.card(r, r.pick(["visa", "mastercard", "amex", "discover"]));
    const key = r.pick(["card", "pan", "cardNumber", "number"]);
    addCase(
      "card-json-number",
      "pii",
      true,
      `{"${key}":${pan},"exp":"0${r.range(1, 9)}/2${r.range(6, 9)}"}`,
      [pan],
    );
  }
  const IBAN_KEYS = ["iban", "IBAN", "account_iban", "payout_account", "bank_account"];
  const IBAN_PHRASES = [
    "SEPA payout rejected for",
    "refund to IBAN",
    "mandate created for account",
  ];
  for (const cc of V.IBAN_COUNTRIES) {
    emit(r, {
      type: "iban-electronic",
      core: true,
      n: 1,
      value: (r) => V.iban(r, cc),
      keys: IBAN_KEYS,
      phrases: IBAN_PHRASES,
      bare: true,
      syntaxes: [r.pick(ALL)],
    });
  }
  emit(r, {
    type: "iban-grouped",
    core: true,
    n: 8,
    value: (r) => V.groupsOf(V.iban(r, r.pick(V.IBAN_COUNTRIES)), [4, 4, 4, 4, 4, 4, 4, 4], " "),
    keys: IBAN_KEYS,
    phrases: IBAN_PHRASES,
    bare: true,
  });
  emit(r, {
    type: "iban-lower",
    core: true,
    n: 6,
    value: (r) => {
      const v = V.iban(r, r.pick(V.IBAN_COUNTRIES)).toLowerCase();
      return r.int(2) ? v : V.groupsOf(v, [4, 4, 4, 4, 4, 4, 4, 4], " ");
    },
    keys: IBAN_KEYS,
    phrases: IBAN_PHRASES,
    bare: true,
  });
  const SSN_KEYS = ["ssn", "social_security_number", "SSN", "tax_ssn"];
  const SSN_PHRASES = ["SSN mismatch for applicant", "social security number not verified:"];
  const ssnForms: [string, (v: string) => string, boolean][] = [
    ["dashed", (v) => `${v.slice(0, 3)}-${v.slice(3, 5)}-${v.slice(5)}`, true],
    ["spaced", (v) => `${v.slice(0, 3)} ${v.slice(3, 5)} ${v.slice(5)}`, false],
    ["compact", (v) => v, false],
    ["dotted", (v) => `${v.slice(0, 3)}.${v.slice(3, 5)}.${v.slice(5)}`, false],
  ];
  for (const [form, write, bare] of ssnForms) {
    emit(r, {
      type: `ssn-${form}`,
      core: true,
      n: 3,
      value: (r) => write(V.ssn(r)),
      keys: SSN_KEYS,
      phrases: SSN_PHRASES,
      bare,
    });
  }
  const CRYPTO_KEYS = ["wallet", "btc_address", "eth_address", "payout_wallet", "deposit_address"];
  emit(r, {
    type: "crypto-bech32",
    core: true,
    n: 3,
    value: V.bech32Address,
    keys: CRYPTO_KEYS,
    phrases: ["withdrawal to"],
    bare: true,
  });
  emit(r, {
    type: "crypto-eth-lower",
    core: true,
    n: 3,
    value: V.ethAddress,
    keys: CRYPTO_KEYS,
    phrases: ["withdrawal to"],
    bare: true,
  });
}

function emailCases(r: Rand) {
  const locals = [
    "jürgen.müller",
    "françois",
    "søren.ødegård",
    "андрей",
    "王伟",
    "δοκιμή",
    "अजय",
    "josé.garcía",
    "o'brien",
    "first.last+billing",
    "ÇAĞLA",
  ];
  const domains = [
    "beispiel-firma.de",
    "société.fr",
    "blåbær.dk",
    "почта.рф",
    "公司.中国",
    "παράδειγμα.ελ",
    "डाटामेल.भारत",
    "xn--mller-kva.de",
    "xn--80ak6aa92e.xn--p1ai",
    "correo.es",
    "mail.co.uk",
    "gmail.com",
  ];
  emit(r, {
    type: "email-international",
    core: true,
    n: 16,
    value: (r) => `${r.pick(locals)}@${r.pick(domains)}`,
    keys: ["email", "user_email", "to", "recipient", "contact"],
    phrases: ["bounce from", "password reset sent to", "unknown user"],
    bare: true,
    syntaxes: [
      "json",
      "logfmt",
      "csv",
      "xml",
      "yaml",
      "javaToString",
      "sql",
      "prose",
      "javaStack",
      "pyStack",
    ],
  });
}

// ---------------------------------------------------------------- national identifiers
const sp = (s: string, sizes: number[], sep = " ") => V.groupsOf(s, sizes, sep);
function nationalCases(r: Rand) {
  const ids: Omit<Spec, "n">[] = [
    {
      type: "fi-hetu",
      value: V.hetu,
      keys: ["hetu", "henkilotunnus", "personal_id"],
      phrases: ["henkilötunnus virheellinen:"],
      bare: true,
    },
    {
      type: "se-personnummer",
      value: (r) => V.personnummer(r, r.int(2) === 1),
      keys: ["personnummer", "pnr"],
      phrases: ["ogiltigt personnummer"],
      bare: true,
    },
    {
      type: "se-personnummer-compact",
      value: (r) => V.personnummer(r, true).replace("-", ""),
      keys: ["personnummer", "pnr"],
      phrases: ["BankID login för personnummer"],
    },
    {
      type: "se-orgnr",
      value: V.orgNumber,
      keys: ["organisationsnummer", "orgnr"],
      phrases: ["okänt organisationsnummer"],
    },
    {
      type: "kr-rrn",
      value: V.rrn,
      keys: ["rrn", "resident_no", "jumin"],
      phrases: ["주민등록번호 검증 실패:"],
      bare: true,
    },
    {
      type: "tr-tckn",
      value: V.tckn,
      keys: ["tckn", "tc_kimlik_no", "kimlik_no"],
      phrases: ["TC kimlik numarası doğrulanamadı:"],
    },
    {
      type: "es-dni",
      value: V.dni,
      keys: ["dni", "nif", "documento"],
      phrases: ["DNI no válido:"],
      bare: true,
    },
    { type: "es-nie", value: V.nie, keys: ["nie", "nif"], phrases: ["NIE caducado:"], bare: true },
    { type: "es-cif", value: V.cif, keys: ["cif", "nif_empresa"], phrases: ["CIF de la empresa:"] },
    {
      type: "sg-nric",
      value: V.nric,
      keys: ["nric", "fin", "nric_fin"],
      phrases: ["Singpass lookup failed for NRIC"],
      bare: true,
    },
    {
      type: "sg-uen",
      value: V.uen,
      keys: ["uen", "company_uen"],
      phrases: ["ACRA: no entity with UEN"],
    },
    {
      type: "th-id",
      value: (r) => sp(V.thaiId(r), [1, 4, 5, 2, 1], "-"),
      keys: ["thai_id", "citizen_id", "national_id"],
      phrases: ["เลขประจำตัวประชาชน ไม่ถูกต้อง:"],
      bare: true,
    },
    {
      type: "th-id-compact",
      value: V.thaiId,
      keys: ["thai_id", "citizen_id", "national_id"],
      phrases: ["invalid Thai national id"],
    },
    {
      type: "in-aadhaar",
      value: (r) => sp(V.aadhaar(r), [4, 4, 4], r.pick([" ", "-", ""])),
      keys: ["aadhaar", "aadhaar_no", "aadhaar_number"],
      phrases: ["eKYC failed for Aadhaar"],
    },
    {
      type: "in-pan",
      value: V.pan,
      keys: ["pan_number", "pan_no", "PAN"],
      phrases: ["PAN verification failed:"],
      bare: true,
    },
    {
      type: "in-gstin",
      value: V.gstin,
      keys: ["gstin", "gst_no"],
      phrases: ["GSTIN not active:"],
      bare: true,
    },
    {
      type: "ca-sin",
      value: (r) => sp(V.sin(r), [3, 3, 3], r.pick([" ", "-"])),
      keys: ["sin", "social_insurance_number"],
      phrases: ["SIN rejected by CRA:"],
    },
    {
      type: "de-steuer-id",
      value: (r) => {
        const v = V.steuerId(r);
        return r.int(2) ? v : sp(v, [2, 3, 3, 3]);
      },
      keys: ["steuer_id", "steuerid", "tin"],
      phrases: ["Steuer-ID ungültig:"],
    },
    {
      type: "us-itin",
      value: (r) => sp(V.itin(r), [3, 2, 4], "-"),
      keys: ["itin", "taxpayer_id"],
      phrases: ["ITIN not on file:"],
      bare: true,
    },
    {
      type: "us-npi",
      value: V.npi,
      keys: ["npi", "provider_npi"],
      phrases: ["NPPES has no provider with NPI"],
    },
    {
      type: "us-mbi",
      value: (r) => {
        const v = V.mbi(r);
        return r.int(2) ? v : sp(v, [4, 3, 4], "-");
      },
      keys: ["mbi", "medicare_id", "medicare_beneficiary_id"],
      phrases: ["eligibility check failed for MBI"],
      bare: true,
    },
    {
      type: "us-aba",
      value: V.aba,
      keys: ["routing_number", "aba", "aba_routing"],
      phrases: ["ACH return R03 for routing number"],
    },
    {
      type: "uk-nino",
      value: (r) => {
        const v = V.nino(r);
        return r.int(2)
          ? v
          : `${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v[8]}`;
      },
      keys: ["nino", "ni_number", "national_insurance_number"],
      phrases: ["HMRC: NINO not found"],
      bare: true,
    },
    {
      type: "uk-nhs",
      value: (r) => {
        const v = V.nhs(r);
        return r.int(2) ? v : sp(v, [3, 3, 4]);
      },
      keys: ["nhs_number", "nhs_no"],
      phrases: ["PDS trace failed for NHS number"],
    },
    {
      type: "uk-postcode",
      value: V.ukPostcode,
      keys: ["postcode", "post_code", "postal_code"],
      phrases: ["address lookup failed for postcode"],
    },
    { type: "pl-pesel", value: V.pesel, keys: ["pesel"], phrases: ["nieprawidłowy numer PESEL"] },
    {
      type: "it-codice-fiscale",
      value: V.codiceFiscale,
      keys: ["codice_fiscale", "cf", "codiceFiscale"],
      phrases: ["codice fiscale non valido:"],
      bare: true,
    },
    {
      type: "au-abn",
      value: (r) => {
        const v = V.abn(r);
        return r.int(2) ? v : sp(v, [2, 3, 3, 3]);
      },
      keys: ["abn"],
      phrases: ["ABR lookup failed for ABN"],
    },
    {
      type: "au-acn",
      value: (r) => sp(V.acn(r), [3, 3, 3]),
      keys: ["acn"],
      phrases: ["ASIC: no company with ACN"],
    },
    {
      type: "au-tfn",
      value: (r) => {
        const v = V.tfn(r);
        return r.int(2) ? v : sp(v, [3, 3, 3]);
      },
      keys: ["tfn", "tax_file_number"],
      phrases: ["ATO rejected TFN"],
    },
    {
      type: "au-medicare",
      value: (r) => {
        const v = V.medicare(r);
        return r.int(2) ? v : sp(v, [4, 5, 1]);
      },
      keys: ["medicare_number", "medicare_no"],
      phrases: ["Medicare card number invalid:"],
    },
    {
      type: "za-id",
      value: V.saId,
      keys: ["id_number", "sa_id", "rsa_id"],
      phrases: ["Home Affairs verification failed for ID number"],
    },
    {
      type: "passport",
      value: (r) =>
        r.pick([
          () => r.digits(9),
          () => "C" + r.chars(8, "CFGHJKLMNPRTVWXYZ0123456789"),
          () => r.chars(1, UPPER) + r.digits(7),
          () => r.digits(2) + r.chars(2, UPPER) + r.digits(5),
        ])(),
      keys: ["passport_number", "passport_no", "passportNumber"],
      phrases: ["MRZ mismatch for passport no."],
    },
    {
      type: "driving-licence",
      value: (r) =>
        r.pick([
          () =>
            r.chars(5, UPPER) + r.digits(6) + r.chars(2, UPPER) + r.digits(1) + r.chars(2, UPPER),
          () => r.chars(1, UPPER) + r.digits(7),
          () =>
            `${r.chars(1, UPPER)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${
              r.digits(1)
            }`,
        ])(),
      keys: ["driving_licence_number", "dl_number", "drivers_license"],
      phrases: ["DVLA check failed for driving licence"],
    },
  ];
  for (const s of ids) emit(r, { ...s, n: s.bare ? 4 : 3 });
  // Known misses: an Aadhaar number in a <uid> element, ZIP+4 codes.
  for (let i = 0; i < 3; i++) {
    const v = V.aadhaar(r);
    addCase(
      "in-aadhaar-uid-element",
      "pii",
      false,
      `<Auth ver="2.5" txn="${hex(r, 12)}"><uid>${v}</uid><Meta udc="${hex(r, 8)}"/></Auth>`,
      [v],
    );
  }
  for (let i = 0; i < 4; i++) {
    const v = `${r.range(10, 99)}${d(r, 3)}-${d(r, 4)}`;
    const text = r.pick([
      `{"address":{"city":"Springfield","state":"IL","zip":"${v}"}}`,
      `ship_to="${r.range(10, 999)} Elm St, Portland, OR ${v}" carrier=ups`,
      `zip_code,plan\n${v},pro`,
    ]);
    addCase("us-zip4", "pii", false, text, [v]);
  }
}

// ---------------------------------------------------------------- benign look-alikes
function luhnSequence(r: Rand, length: number): string {
  const body = r.pick(["1", "8", "9"]) + d(r, length - 2);
  return body + V.luhnDigit(body);
}
function benignCases(r: Rand) {
  type B = [string, string, string, (r: Rand) => string];
  const items: B[] = [
    ["order-id", "order_id", "created order", (r) => `ORD-2025-${d(r, 6)}`],
    ["order-number", "order_number", "shipped order", (r) => `${r.range(1, 9)}${d(r, 9)}`],
    ["epoch-ms", "created_at_ms", "event stamped", (r) => `17${r.range(30, 65)}${d(r, 9)}`],
    ["epoch-s", "exp", "token expires at", (r) => `17${r.range(30, 65)}${d(r, 6)}`],
    ["timestamp", "timestamp", "scheduled for", ts],
    [
      "date-eu",
      "valid_until",
      "contract ends",
      (r) => `${r.range(10, 28)}.${String(r.range(1, 12)).padStart(2, "0")}.20${r.range(24, 30)}`,
    ],
    [
      "build-number",
      "build",
      "deployed build",
      (r) =>
        `${r.range(2024, 2025)}.${String(r.range(1, 12)).padStart(2, "0")}.${r.range(10, 28)}.${
          r.range(1, 9999)
        }`,
    ],
    [
      "version",
      "version",
      "upgraded to version",
      (r) => `${r.range(1, 20)}.${r.range(0, 40)}.${r.range(0, 99)}`,
    ],
    [
      "version4",
      "app_version",
      "client version",
      (r) => `${r.range(1, 9)}.${r.range(0, 30)}.${r.range(0, 300)}.${r.range(0, 9999)}`,
    ],
    [
      "semver",
      "chart_version",
      "helm upgrade to",
      (r) =>
        `${r.range(0, 9)}.${r.range(0, 30)}.${r.range(0, 20)}-rc.${r.range(1, 9)}+build.${d(r, 4)}`,
    ],
    ["duration-ms", "duration_ms", "request took ms", (r) => `${r.range(1, 99999)}`],
    [
      "duration-go",
      "elapsed",
      "job finished in",
      (r) => `${r.range(1, 59)}m${r.range(1, 59)}.${d(r, 6)}s`,
    ],
    ["port", "port", "listening on port", (r) => `${r.range(1024, 65535)}`],
    ["bytes", "bytes_sent", "uploaded bytes", (r) => `${r.range(1, 9)}${d(r, r.range(5, 10))}`],
    ["trace-id", "trace_id", "trace", (r) => hex(r, 32)],
    ["span-id", "span_id", "span", (r) => hex(r, 16)],
    ["traceparent", "traceparent", "propagating", (r) => `00-${hex(r, 32)}-${hex(r, 16)}-01`],
    [
      "uuid",
      "request_id",
      "handling request",
      (r) =>
        `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${hex(r, 3)}-${
          hex(r, 12)
        }`,
    ],
    ["sha256", "digest", "pulled image digest sha256:", (r) => hex(r, 64)],
    ["git-sha", "commit", "built from commit", (r) => hex(r, 40)],
    [
      "k8s-resource-version",
      "resourceVersion",
      "watch restarted at resourceVersion",
      (r) => `${r.range(1, 9)}${d(r, r.range(6, 9))}`,
    ],
    ["luhn-sequence", "offset", "committed offset", (r) => luhnSequence(r, r.range(13, 19))],
    ["luhn-lsn", "event_seq", "replayed event sequence", (r) => luhnSequence(r, 16)],
    ["metric", "cpu_seconds", "gauge value", (r) => `${r.range(0, 999)}.${d(r, r.range(3, 9))}`],
    ["amount", "amount", "captured amount", (r) => `${r.range(1, 99999)}.${d(r, 2)}`],
    ["pid", "pid", "worker exited pid", (r) => `${r.range(100, 4194304)}`],
    ["row-count", "rows", "vacuum removed rows", (r) => `${r.range(1, 999)},${d(r, 3)},${d(r, 3)}`],
    ["ticket", "ticket", "linked incident", (r) => `INC${d(r, 7)}`],
    ["ean", "sku", "restocked sku", (r) => {
      const body = "40" + d(r, 10);
      let s = 0;
      for (let i = 0; i < 12; i++) s += Number(body[i]) * (i % 2 ? 3 : 1);
      return body + ((10 - (s % 10)) % 10);
    }],
    [
      "time-range",
      "window",
      "compaction window",
      (r) =>
        `${String(r.range(0, 23)).padStart(2, "0")}:${r.range(10, 59)}:${r.range(10, 59)}-${
          String(r.range(0, 23)).padStart(2, "0")
        }:${r.range(10, 59)}:${r.range(10, 59)}`,
    ],
    [
      "fingerprint",
      "fingerprint",
      "host key fingerprint MD5:",
      (r) => Array.from({ length: 16 }, () => hex(r, 2)).join(":"),
    ],
    ["md5", "etag", "cached etag", (r) => hex(r, 32)],
    ["decimal-coords-free", "ratio", "cache hit ratio", (r) => `0.${d(r, 6)}`],
    [
      "error-code",
      "code",
      "upstream returned code",
      (r) => `${r.pick(["E", "ORA-", "ERR_"])}${d(r, 5)}`,
    ],
    ["shard-range", "range", "rebalancing shard range", (r) => `${d(r, 4)}-${d(r, 4)}`],
  ];
  for (const [type, key, phrase, value] of items) {
    for (let i = 0; i < 6; i++) {
      const syntax = ALL[(i * 5 + r.int(3)) % ALL.length];
      const [text] = WRITERS[syntax](r, key, phrase, value(r));
      addCase(type, "benign", false, text, []);
    }
  }
  // Whole lines real systems write, full of numbers and hex that are none of the above.
  const lines: [string, (r: Rand) => string][] = [
    [
      "go-panic",
      (r) =>
        `goroutine ${r.range(1, 9999)} [running]:\nmain.(*Server).handle(0xc000${hex(r, 6)}, 0x${
          hex(r, 6)
        })\n\t/app/server.go:${r.range(10, 900)} +0x${hex(r, 3)}`,
    ],
    [
      "gc-log",
      (r) =>
        `[${r.range(1, 99999)}.${d(r, 3)}s][info][gc] GC(${
          r.range(1, 9999)
        }) Pause Young (Normal) (G1 Evacuation Pause) ${r.range(10, 999)}M->${r.range(10, 999)}M(${
          r.range(1000, 8192)
        }M) ${r.range(1, 99)}.${d(r, 3)}ms`,
    ],
    [
      "kernel",
      (r) =>
        `[${r.range(1, 999999)}.${d(r, 6)}] EXT4-fs (nvme0n1p${
          r.range(1, 4)
        }): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.`,
    ],
    [
      "nginx-stats",
      (r) =>
        `${ts(r)} upstream_connect_time=0.${d(r, 3)} upstream_header_time=0.${
          d(r, 3)
        } request_length=${r.range(100, 9999)} body_bytes_sent=${r.range(100, 999999)}`,
    ],
    [
      "k8s-event",
      (r) =>
        `Normal  Scheduled  ${r.range(1, 59)}m  default-scheduler  Successfully assigned prod/api-${
          hex(r, 10)
        }-${r.chars(5, "bcdfghjklmnpqrstvwxz2456789")} to ip-10-0-${r.range(0, 255)}-${
          r.range(0, 255)
        }.ec2.internal`,
    ],
    [
      "cpp-scope",
      (r) =>
        `terminate called after throwing an instance of 'std::runtime_error' at src/io/reader.cc:${
          r.range(10, 999)
        } in ns::io::Reader::read(${r.range(1, 64)})`,
    ],
    [
      "iso-week",
      (r) =>
        `report for 2025-W${r.range(10, 52)} generated: ${r.range(100, 999)} ${r.range(100, 999)} ${
          r.range(1000, 9999)
        } events`,
    ],
    [
      "db-stats",
      (r) =>
        `checkpoint complete: wrote ${r.range(10, 9999)} buffers (${r.range(0, 99)}.${
          d(r, 1)
        }%); 0 WAL file(s) added, 0 removed, ${r.range(0, 9)} recycled; write=${r.range(1, 300)}.${
          d(r, 3)
        } s, sync=0.${d(r, 3)} s, total=${r.range(1, 300)}.${d(r, 3)} s; lsn=${r.range(0, 9)}/${
          hex(r, 8).toUpperCase()
        }`,
    ],
    [
      "semantic-numbers",
      (r) =>
        `batch ${r.range(100, 999)} ${r.range(100, 999)} ${r.range(1000, 9999)} done: ${
          r.range(10, 99)
        } ok, ${r.range(0, 9)} failed, ${r.range(0, 9)} skipped`,
    ],
    [
      "jvm-thread",
      (r) =>
        `"pool-${r.range(1, 9)}-thread-${r.range(1, 99)}" #${
          r.range(10, 999)
        } prio=5 os_prio=0 cpu=${r.range(1, 9999)}.${d(r, 2)}ms elapsed=${r.range(1, 9999)}.${
          d(r, 2)
        }s tid=0x00007f${hex(r, 10)} nid=0x${hex(r, 4)} waiting on condition`,
    ],
  ];
  for (const [type, line] of lines) {
    for (let i = 0; i < 4; i++) addCase(type, "benign", false, line(r), []);
  }
}

/**
 * Invisible characters (helper hR3's red team): a zero-width space, joiner or word joiner inside
 * a card number, an IBAN or an SSN, a no-break space between a key and its value, and look-alike
 * lines with them that must stay. Their own random stream: the cases above stay as they were.
 */
function invisibleCharacterCases() {
  const r = new Rand(SEED + 1);
  const zw = () => r.pick(["\u200b", "\u200c", "\u200d", "\u2060"]);
  const nb = () => r.pick(["\u00a0", "\u202f"]);
  for (let i = 0; i < 4; i++) {
    const pan = V.groupCard(V.card(r, r.pick(["visa", "mastercard", "amex"])), r.pick([" ", "-"]));
    const cut = r.range(5, pan.length - 5);
    addCase(
      "card-zero-width",
      "pii",
      true,
      `{"event":"charge","card_number":"${pan.slice(0, cut)}${zw()}${pan.slice(cut)}","ok":false}`,
      [pan.slice(0, cut), pan.slice(cut)].filter((s) => s.length >= 5),
    );
    const account = V.iban(r, r.pick(["DE", "FR", "GB", "NL"]));
    const at = r.range(6, account.length - 6);
    addCase(
      "iban-zero-width",
      "pii",
      true,
      `<Payee><iban>${account.slice(0, at)}${zw()}${account.slice(at)}</iban></Payee>`,
      [account.slice(0, at), account.slice(at)],
    );
    const n = V.ssn(r);
    const s = `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`;
    addCase(
      "ssn-zero-width",
      "pii",
      true,
      `applicant ssn=${s.slice(0, 5)}${zw()}${s.slice(5)} status=pending`,
      [s.slice(0, 5), s.slice(5)],
    );
    const mail = `${r.pick(["lena", "tomas", "yuki", "omar"])}.${
      r.pick(["berg", "novak", "sato", "haddad"])
    }${r.range(1, 99)}@${r.pick(["mailbox.org", "posteo.de", "proton.me"])}`;
    addCase(
      "email-no-break-space",
      "pii",
      true,
      `    email:${nb()}${mail}`,
      [mail],
    );
    addCase(
      "zero-width-benign",
      "benign",
      false,
      r.pick([
        () =>
          `batch${zw()} ${r.range(1000, 9999)} ${r.range(1000, 9999)} done in ${
            r.range(1, 99)
          }${nb()}ms`,
        () =>
          `version${nb()}${r.range(1, 9)}.${r.range(0, 30)}.${r.range(0, 9)} build ${r.digits(8)}`,
        () => `\ufeffid,name,amount,currency`,
      ])(),
      [],
    );
  }
}

/**
 * Values percent-escaped twice (helper hR3's red team: `%2540`, `%2520`, `%253A`, a form value
 * escaped by two layers), and look-alike lines escaped twice that must stay. Their own random
 * stream: the cases above stay as they were.
 */
function twiceEscapedCases() {
  const r = new Rand(SEED + 2);
  const twice = (s: string) => encodeURIComponent(encodeURIComponent(s));
  for (let i = 0; i < 4; i++) {
    const pan = V.groupCard(V.card(r, r.pick(["visa", "mastercard"])), " ");
    addCase("card-escaped-twice", "pii", true, `  pan: ${twice(pan)}`, [twice(pan)]);
    const mail = `${r.pick(["lena", "tomas", "yuki", "omar"])}.${
      r.pick(["berg", "novak", "sato", "haddad"])
    }${r.range(1, 99)}@${r.pick(["mailbox.org", "posteo.de", "proton.me"])}`;
    addCase(
      "email-escaped-twice",
      "pii",
      true,
      `{"event":"signup","email":"${twice(mail)}","ok":true}`,
      [twice(mail)],
    );
    const h = () => r.chars(4, HEX).replace(/^0+(?=.)/, "");
    const ip6 = `2a02:${h()}:${h()}::${h()}:${h()}`;
    addCase("ipv6-escaped-twice", "pii", true, `remote_addr=${twice(ip6)} status=403`, [
      twice(ip6),
    ]);
    const mac = Array.from({ length: 6 }, () => r.chars(2, HEX)).join(":");
    addCase("mac-escaped-twice", "pii", true, `<Request><mac>${twice(mac)}</mac></Request>`, [
      twice(mac),
    ]);
    addCase(
      "escaped-twice-benign",
      "benign",
      false,
      r.pick([
        () => `GET /search?q=${r.range(10, 90)}%2525%2520off&page=${r.range(1, 9)} 200`,
        () =>
          `redirect_uri=https%253A%252F%252Fapp.internal%252Fcallback%253Fstate%253D${
            r.range(1, 999)
          } 302`,
        () => `path=%252Fvar%252Flib%252Fapp%252F${r.chars(8, HEX)} ok`,
      ])(),
      [],
    );
  }
}

/**
 * International numbers right after a name and a colon, no blank (helper hR3's red team: Go's
 * `%+v`, a map's `key:value`), and colons before `+` or digits that are no such thing. Their own
 * random stream: the cases above stay as they were.
 */
function nameColonPhoneCases() {
  const r = new Rand(SEED + 3);
  const lines: ((n: string) => string)[] = [
    (n) => `cfg: &{Host:db${r.range(1, 9)} Phone:${n} Port:5432}`,
    (n) => `user=map[name:${r.pick(["bob", "ana", "li"])} mobile:${n} active:true]`,
    (n) => `Customer{id=${r.range(10, 999)}, PHONE:${n}}`,
  ];
  for (let i = 0; i < 6; i++) {
    const n = r.pick([
      () => `+447${r.digits(9)}`,
      () => `+49 30 ${r.digits(8)}`,
      () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `+1 ${r.range(201, 989)}-${r.range(201, 989)}-${r.digits(4)}`,
    ])();
    addCase("phone-after-name-colon", "pii", true, lines[i % lines.length](n), [n]);
  }
  for (let i = 0; i < 3; i++) {
    addCase(
      "name-colon-benign",
      "benign",
      false,
      r.pick([
        () => `at ${r.range(10, 23)}:${r.range(10, 59)}:${r.range(10, 59)} +0100 job ran`,
        () => `connect db${r.range(1, 9)}:${r.range(1024, 9999)} ok`,
        () => `ratio ${r.range(2, 9)}:+1 expected`,
      ])(),
      [],
    );
  }
}

/** The corpus (the stored one with the default seed; others draw other values, same layouts). */
export function generateRedTeam3(seed = SEED): CorePiiCase[] {
  cases.length = 0;
  const r = new Rand(seed);
  phoneCases(r);
  networkCases(r);
  paymentCases(r);
  emailCases(r);
  nationalCases(r);
  benignCases(r);
  invisibleCharacterCases();
  twiceEscapedCases();
  nameColonPhoneCases();
  return cases.slice();
}

export function redTeam3Text(all: readonly CorePiiCase[]): string {
  return all.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

if (import.meta.main) {
  const all = generateRedTeam3();
  await Deno.writeTextFile(REDTEAM3_FILE, redTeam3Text(all));
  const count = (k: string) => all.filter((c) => c.kind === k).length;
  console.log(`${all.length} cases: ${count("pii")} personal data, ${count("benign")} benign`);
}
