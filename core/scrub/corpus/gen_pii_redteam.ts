/**
 * Writes the red-team PII corpus, core/scrub/corpus/pii_redteam.jsonl: personal data in the
 * forms real systems write it — phone numbers in each country's national and international
 * layouts, IPv6 in every RFC 4291/5952 form, e-mail in every escape, national identifiers valid
 * by their published rules (./pii_redteam_values.ts) under their names in several languages —
 * inside the log syntaxes teams have (JSON, key=value, CSV, prose, SIP, SMS gateways, access
 * logs), and benign look-alikes that must come out unchanged. It was written before reading
 * the detectors, to measure how far they generalize; do not tune it to them.
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii_redteam.ts
 *
 * Score: node ../shared/eval/score.mjs --cases core/scrub/corpus/pii_redteam.jsonl 'deno task -q scrub'
 */
import * as V from "./pii_redteam_values.ts";
import { D, groups, HEX, Rand, U } from "./pii_redteam_values.ts";
import type { CorePiiCase } from "./case_shape.ts";
import { specialAddressesMasked } from "./special_addresses.ts";

export const REDTEAM_FILE = new URL("./pii_redteam.jsonl", import.meta.url);

const SVCS = ["kyc", "billing", "checkout", "crm", "support", "payouts", "onboarding", "notify"];

function ts(r: Rand): string {
  return `2025-0${r.range(1, 9)}-${String(r.range(10, 28))}T${String(r.range(10, 23))}:${
    String(r.range(10, 59))
  }:${String(r.range(10, 59))}.${r.digits(3)}Z`;
}
const hex = (r: Rand, n: number) => r.chars(n, HEX);
const jsonInner = (s: string) => JSON.stringify(s).slice(1, -1);

/** The syntaxes a value is written in, by name. Each returns the text and the value as written. */
type Writer = (r: Rand, key: string, phrase: string, value: string) => [string, string];
const WRITERS: Record<string, Writer> = {
  json: (r, key, _p, v) => [
    `{"ts":"${ts(r)}","level":"info","service":"${r.pick(SVCS)}","${key}":"${
      jsonInner(v)
    }","trace_id":"${hex(r, 32)}"}`,
    jsonInner(v),
  ],
  jsonNested: (r, key, _p, v) => [
    `{"time":"${ts(r)}","msg":"profile updated","user":{"id":${r.range(1000, 99999)},"${key}":"${
      jsonInner(v)
    }"},"status":200}`,
    jsonInner(v),
  ],
  kv: (r, key, _p, v) => [
    `${ts(r)} level=info svc=${r.pick(SVCS)} msg="record saved" ${key}=${v} dur_ms=${
      r.range(2, 900)
    }`,
    v,
  ],
  kvQuoted: (r, key, _p, v) => [
    `time="${ts(r)}" level=warning msg="validation failed" ${key}="${v}" attempt=${r.range(1, 5)}`,
    v,
  ],
  csv: (r, key, _p, v) => [
    `created_at,account_id,${key},status\n${ts(r)},${r.range(10000, 99999)},${v},active`,
    v,
  ],
  prose: (r, _k, phrase, v) => [
    `${ts(r)} INFO [${r.pick(SVCS)}-worker-${r.range(1, 9)}] ${phrase} ${v} (request ${hex(r, 8)})`,
    v,
  ],
  yaml: (_r, key, _p, v) => [`customer:\n  ${key}: ${v}\n  verified: true`, v],
  xml: (_r, key, _p, v) => [`<customer><id>4411</id><${key}>${v}</${key}></customer>`, v],
  query: (r, key, _p, v) => {
    const enc = encodeURIComponent(v);
    return [
      `10.0.4.17 - - [12/Jun/2025:10:${
        r.range(10, 59)
      }:01 +0000] "GET /v2/lookup?${key}=${enc}&locale=en HTTP/1.1" 200 ${r.range(200, 4000)}`,
      enc,
    ];
  },
};
const SYNTAX_ORDER = [
  "json",
  "kv",
  "csv",
  "prose",
  "jsonNested",
  "kvQuoted",
  "yaml",
  "xml",
  "query",
];

class Builder {
  cases: CorePiiCase[] = [];
  #n = new Map<string, number>();
  constructor(readonly r: Rand) {}
  #id(prefix: string, type: string): string {
    const n = this.#n.get(type) ?? 0;
    this.#n.set(type, n + 1);
    return `${prefix}-${type}-${String(n).padStart(3, "0")}`;
  }
  pii(type: string, core: boolean, text: string, secrets: string[]) {
    if (!secrets.every((s) => s.length > 0 && text.includes(s))) {
      throw new Error(`case ${type}: a secret is not in its text: ${text}`);
    }
    this.cases.push({
      id: this.#id("rt", type),
      kind: "pii",
      type,
      ...(core ? { tier: "core" as const } : {}),
      text,
      secrets,
      expect_unchanged: false,
    });
  }
  benign(type: string, text: string) {
    this.cases.push({
      id: this.#id("rtb", type),
      kind: "benign",
      type,
      text,
      secrets: [],
      expect_unchanged: true,
    });
  }
  /** `value` under `keys` / after `phrases`, in syntaxes taken in turn from `syntaxes`. */
  embed(
    type: string,
    core: boolean,
    i: number,
    keys: readonly string[],
    phrases: readonly string[],
    value: string,
    syntaxes: readonly string[] = SYNTAX_ORDER,
  ) {
    const syntax = syntaxes[i % syntaxes.length];
    const [text, written] = WRITERS[syntax](
      this.r,
      keys[i % keys.length],
      phrases[i % phrases.length],
      value,
    );
    this.pii(type, core, text, [written]);
  }
}

// ---- phone numbers --------------------------------------------------------------------------

/**
 * cc, trunk prefix ("" when none), national significant number leads and length, groups of the
 * national layout (trunk included) and of the international layout (NSN only).
 */
interface PhonePlan {
  iso: string;
  cc: string;
  trunk: string;
  leads: string[];
  len: number;
  nat: number[];
  intl: number[];
  natSep?: string;
}
const PHONES: PhonePlan[] = [
  {
    iso: "US",
    cc: "1",
    trunk: "",
    leads: ["415", "212", "646", "312", "617", "206", "713", "404"],
    len: 10,
    nat: [3, 3, 4],
    intl: [3, 3, 4],
  },
  {
    iso: "CA",
    cc: "1",
    trunk: "",
    leads: ["416", "604", "514", "403"],
    len: 10,
    nat: [3, 3, 4],
    intl: [3, 3, 4],
  },
  {
    iso: "GB",
    cc: "44",
    trunk: "0",
    leads: ["74", "75", "78", "79", "20"],
    len: 10,
    nat: [5, 6],
    intl: [4, 6],
  },
  {
    iso: "DE",
    cc: "49",
    trunk: "0",
    leads: ["151", "160", "170", "176"],
    len: 11,
    nat: [4, 8],
    intl: [3, 8],
  },
  {
    iso: "FR",
    cc: "33",
    trunk: "0",
    leads: ["6", "7", "1"],
    len: 9,
    nat: [2, 2, 2, 2, 2],
    intl: [1, 2, 2, 2, 2],
    natSep: ".",
  },
  {
    iso: "IT",
    cc: "39",
    trunk: "",
    leads: ["320", "333", "347", "393"],
    len: 10,
    nat: [3, 3, 4],
    intl: [3, 3, 4],
  },
  {
    iso: "ES",
    cc: "34",
    trunk: "",
    leads: ["6", "7", "91"],
    len: 9,
    nat: [3, 2, 2, 2],
    intl: [3, 3, 3],
  },
  { iso: "NL", cc: "31", trunk: "0", leads: ["6"], len: 9, nat: [2, 8], intl: [1, 8], natSep: "-" },
  {
    iso: "BE",
    cc: "32",
    trunk: "0",
    leads: ["47", "48", "49"],
    len: 9,
    nat: [4, 2, 2, 2],
    intl: [3, 2, 2, 2],
  },
  {
    iso: "CH",
    cc: "41",
    trunk: "0",
    leads: ["76", "78", "79"],
    len: 9,
    nat: [3, 3, 2, 2],
    intl: [2, 3, 2, 2],
  },
  {
    iso: "AT",
    cc: "43",
    trunk: "0",
    leads: ["664", "676", "699"],
    len: 10,
    nat: [4, 7],
    intl: [3, 7],
  },
  {
    iso: "SE",
    cc: "46",
    trunk: "0",
    leads: ["70", "72", "73", "76"],
    len: 9,
    nat: [3, 3, 2, 2],
    intl: [2, 3, 2, 2],
    natSep: " ",
  },
  { iso: "NO", cc: "47", trunk: "", leads: ["4", "9"], len: 8, nat: [3, 2, 3], intl: [3, 2, 3] },
  {
    iso: "DK",
    cc: "45",
    trunk: "",
    leads: ["2", "3", "5"],
    len: 8,
    nat: [2, 2, 2, 2],
    intl: [2, 2, 2, 2],
  },
  {
    iso: "FI",
    cc: "358",
    trunk: "0",
    leads: ["40", "44", "50"],
    len: 9,
    nat: [3, 3, 4],
    intl: [2, 3, 4],
  },
  {
    iso: "PL",
    cc: "48",
    trunk: "",
    leads: ["50", "60", "69", "79", "88"],
    len: 9,
    nat: [3, 3, 3],
    intl: [3, 3, 3],
  },
  {
    iso: "PT",
    cc: "351",
    trunk: "",
    leads: ["91", "92", "93", "96"],
    len: 9,
    nat: [3, 3, 3],
    intl: [3, 3, 3],
  },
  {
    iso: "IE",
    cc: "353",
    trunk: "0",
    leads: ["83", "85", "86", "87"],
    len: 9,
    nat: [3, 3, 4],
    intl: [2, 3, 4],
  },
  { iso: "AU", cc: "61", trunk: "0", leads: ["4"], len: 9, nat: [4, 3, 3], intl: [3, 3, 3] },
  {
    iso: "NZ",
    cc: "64",
    trunk: "0",
    leads: ["21", "22", "27"],
    len: 9,
    nat: [3, 3, 4],
    intl: [2, 3, 4],
  },
  {
    iso: "JP",
    cc: "81",
    trunk: "0",
    leads: ["70", "80", "90"],
    len: 10,
    nat: [3, 4, 4],
    intl: [2, 4, 4],
    natSep: "-",
  },
  {
    iso: "KR",
    cc: "82",
    trunk: "0",
    leads: ["10"],
    len: 10,
    nat: [3, 4, 4],
    intl: [2, 4, 4],
    natSep: "-",
  },
  {
    iso: "CN",
    cc: "86",
    trunk: "",
    leads: ["138", "139", "150", "186", "199"],
    len: 11,
    nat: [3, 4, 4],
    intl: [3, 4, 4],
  },
  {
    iso: "IN",
    cc: "91",
    trunk: "0",
    leads: ["98", "97", "88", "70", "63"],
    len: 10,
    nat: [6, 5],
    intl: [5, 5],
  },
  {
    iso: "BR",
    cc: "55",
    trunk: "0",
    leads: ["119", "219", "319"],
    len: 11,
    nat: [3, 5, 4],
    intl: [2, 5, 4],
  },
  {
    iso: "MX",
    cc: "52",
    trunk: "",
    leads: ["55", "33", "81"],
    len: 10,
    nat: [2, 4, 4],
    intl: [2, 4, 4],
  },
  {
    iso: "ZA",
    cc: "27",
    trunk: "0",
    leads: ["72", "82", "83", "61"],
    len: 9,
    nat: [3, 3, 4],
    intl: [2, 3, 4],
  },
  {
    iso: "NG",
    cc: "234",
    trunk: "0",
    leads: ["803", "806", "813", "703", "905"],
    len: 10,
    nat: [4, 3, 4],
    intl: [3, 3, 4],
  },
  {
    iso: "KE",
    cc: "254",
    trunk: "0",
    leads: ["71", "72", "11"],
    len: 9,
    nat: [4, 6],
    intl: [3, 6],
  },
  {
    iso: "RU",
    cc: "7",
    trunk: "8",
    leads: ["912", "916", "926", "495"],
    len: 10,
    nat: [1, 3, 3, 2, 2],
    intl: [3, 3, 2, 2],
    natSep: " ",
  },
  {
    iso: "TR",
    cc: "90",
    trunk: "0",
    leads: ["532", "542", "555", "212"],
    len: 10,
    nat: [4, 3, 2, 2],
    intl: [3, 3, 2, 2],
  },
  {
    iso: "IL",
    cc: "972",
    trunk: "0",
    leads: ["50", "52", "54"],
    len: 9,
    nat: [3, 3, 4],
    intl: [2, 3, 4],
    natSep: "-",
  },
  {
    iso: "AE",
    cc: "971",
    trunk: "0",
    leads: ["50", "52", "55"],
    len: 9,
    nat: [3, 3, 4],
    intl: [2, 3, 4],
  },
  { iso: "SG", cc: "65", trunk: "", leads: ["8", "9"], len: 8, nat: [4, 4], intl: [4, 4] },
  { iso: "HK", cc: "852", trunk: "", leads: ["5", "6", "9"], len: 8, nat: [4, 4], intl: [4, 4] },
  {
    iso: "PH",
    cc: "63",
    trunk: "0",
    leads: ["917", "918", "927"],
    len: 10,
    nat: [4, 3, 4],
    intl: [3, 3, 4],
  },
  {
    iso: "ID",
    cc: "62",
    trunk: "0",
    leads: ["812", "813", "857"],
    len: 10,
    nat: [4, 4, 3],
    intl: [3, 4, 3],
    natSep: "-",
  },
  {
    iso: "TH",
    cc: "66",
    trunk: "0",
    leads: ["81", "86", "89"],
    len: 9,
    nat: [3, 3, 4],
    intl: [2, 3, 4],
  },
  {
    iso: "VN",
    cc: "84",
    trunk: "0",
    leads: ["91", "98", "37"],
    len: 9,
    nat: [4, 3, 3],
    intl: [2, 3, 4],
  },
  {
    iso: "EG",
    cc: "20",
    trunk: "0",
    leads: ["10", "11", "12"],
    len: 10,
    nat: [3, 4, 4],
    intl: [2, 4, 4],
  },
];

function nsn(r: Rand, p: PhonePlan): string {
  const sum = (g: number[]) => g.reduce((a, b) => a + b, 0);
  if (sum(p.intl) !== p.len || (p.cc !== "1" && sum(p.nat) !== p.trunk.length + p.len)) {
    throw new Error(`phone plan ${p.iso}: groups do not add up to the number's length`);
  }
  const lead = r.pick(p.leads);
  let rest = r.digits(p.len - lead.length);
  // Keep North American exchanges valid (NXX) and out of the 555 fiction range.
  if (p.cc === "1") rest = String(r.range(2, 9)) + r.digits(2) + rest.slice(3);
  return lead + rest;
}

/** Every way of writing one number: [layout name, text]. */
function phoneLayouts(r: Rand, p: PhonePlan, n: string): [string, string][] {
  const natSep = p.natSep ?? " ";
  const national = p.cc === "1"
    ? r.pick([
      `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
      `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
      `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
    ])
    : p.iso === "RU"
    ? `8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`
    : p.iso === "BR"
    ? `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`
    : groups(p.trunk + n, p.nat, natSep);
  return [
    ["e164", `+${p.cc}${n}`],
    ["intl-spaced", `+${p.cc} ${groups(n, p.intl, " ")}`],
    ["intl-dashed", `+${p.cc}-${groups(n, p.intl, "-")}`],
    ["idd-00", `00${p.cc} ${groups(n, p.intl, " ")}`],
    ["idd-00-compact", `00${p.cc}${n}`],
    ["national", national],
    ["national-compact", p.trunk + n],
    ["intl-dotted", `+${p.cc}.${groups(n, p.intl, ".")}`],
    [
      "intl-trunk-paren",
      p.trunk ? `+${p.cc} (${p.trunk})${groups(n, p.intl, " ")}` : `+${p.cc} ${n}`,
    ],
    ["msisdn", `${p.cc}${n}`],
  ];
}

function phones(b: Builder) {
  const r = b.r;
  const keys = [
    "phone",
    "mobile",
    "msisdn",
    "phone_number",
    "tel",
    "contactPhone",
    "caller_id",
    "cell",
  ];
  PHONES.forEach((p, pi) => {
    for (let k = 0; k < 4; k++) {
      const n = nsn(r, p);
      const layouts = phoneLayouts(r, p, n);
      const [layout, written] = layouts[(pi * 3 + k * 7) % layouts.length];
      const type = `phone-${layout}`;
      const form = (pi + k) % 9;
      const key = keys[(pi + k) % keys.length];
      if (form === 0) {
        b.pii(
          type,
          true,
          `{"event":"otp.sent","${key}":"${written}","country":"${p.iso}","ok":true}`,
          [written],
        );
      } else if (form === 1) {
        b.pii(
          type,
          true,
          `${ts(r)} INFO sms-gw msg_id=${
            hex(r, 12)
          } to=${written} from=ACME status=DELIVERED parts=1`,
          [written],
        );
      } else if (form === 2) {
        const sip = written.replace(/[ ().]/g, "").replace(/-/g, "");
        b.pii(
          type,
          true,
          `INVITE sip:${sip}@pbx.internal.acme.net SIP/2.0\nFrom: "Front Desk" <sip:reception@pbx.internal.acme.net>;tag=${
            hex(r, 8)
          }\nTo: <sip:${sip}@pbx.internal.acme.net>`,
          [sip],
        );
      } else if (form === 3) {
        b.pii(type, true, `customer_id,${key},plan\n${r.range(10000, 99999)},${written},pro`, [
          written,
        ]);
      } else if (form === 4) {
        b.pii(
          type,
          true,
          `${ts(r)} WARN [callback] customer asked to be called back on ${written} after 18:00`,
          [written],
        );
      } else if (form === 5) {
        b.pii(
          type,
          true,
          `asterisk[${r.range(1000, 9999)}]: -- Called ${written} on channel SIP/trunk-${
            hex(r, 8)
          }, answered after ${r.range(2, 30)}s`,
          [written],
        );
      } else if (form === 6) {
        b.pii(
          type,
          true,
          `${ts(r)} level=info msg="verification code sent" ${key}=${
            written.includes(" ") ? `"${written}"` : written
          } channel=sms`,
          [written],
        );
      } else if (form === 7) {
        const ext = r.range(10, 9999);
        const withExt = r.pick([
          `${written} ext. ${ext}`,
          `${written} x${ext}`,
          `${written};ext=${ext}`,
        ]);
        b.pii(
          `phone-with-extension`,
          true,
          `{"contact":{"name_id":${r.range(10, 999)},"office_phone":"${withExt}"}}`,
          [written],
        );
      } else {
        b.pii(
          type,
          true,
          `POST /2010-04-01/Accounts/AC${hex(r, 32)}/Messages.json To=${
            encodeURIComponent(written)
          }&Body=Your+code+is+${r.digits(6)} 201`,
          [encodeURIComponent(written)],
        );
      }
    }
  });
  // tel: URIs (RFC 3966) and dial strings.
  for (let i = 0; i < 4; i++) {
    const p = PHONES[(i * 7) % PHONES.length], n = nsn(r, p);
    const t = `tel:+${p.cc}-${groups(n, p.intl, "-")}`;
    b.pii(
      "phone-tel-uri",
      true,
      `<a href="${t}">call support</a> rendered for account ${r.range(1000, 9999)}`,
      [t.slice(4)],
    );
  }
}

// ---- network -------------------------------------------------------------------------------

const h4 = (r: Rand) => r.range(1, 0xffff).toString(16);
function ipv4Public(r: Rand): string {
  for (;;) {
    const a = r.range(1, 223);
    if ([10, 127, 169, 172, 192, 198, 203, 100, 0].includes(a)) continue;
    return `${a}.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`;
  }
}
function ipv6Full(r: Rand): string[] {
  const first = r.pick(["2a01", "2a02", "2a03", "2600", "2607", "2804", "2400", "2c0f", "2001"]);
  const second = first === "2001" ? r.pick(["4860", "0470", "1c00", "16b8"]) : h4(r);
  return [first, second, h4(r), h4(r), h4(r), h4(r), h4(r), h4(r)];
}
function ipv6Forms(r: Rand): [string, string][] {
  const g = ipv6Full(r);
  const z = [...g];
  z[4] = "0";
  z[5] = "0";
  const compressed = `${z.slice(0, 4).join(":")}::${z.slice(6).join(":")}`;
  const v4 = ipv4Public(r);
  return [
    ["ipv6-full-padded", g.map((x) => x.padStart(4, "0")).join(":")],
    ["ipv6-full", g.join(":")],
    ["ipv6-compressed", compressed],
    ["ipv6-compressed-upper", compressed.toUpperCase()],
    ["ipv6-trailing-zeros", `${g.slice(0, 3).join(":")}::`],
    ["ipv6-short", `${g[0]}:${g[1]}::${g[7]}`],
    ["ipv6-mixed-v4", `${g.slice(0, 4).join(":")}::${g[6]}:${v4}`],
    ["ipv6-v4-mapped", `::ffff:${v4}`],
    ["ipv6-nat64", `64:ff9b::${v4}`],
    ["ipv6-link-local", `fe80::${h4(r)}:${r.chars(2, HEX)}ff:fe${r.chars(2, HEX)}:${h4(r)}`],
    ["ipv6-ula", `fd${r.chars(2, HEX)}:${h4(r)}:${h4(r)}::${h4(r)}`],
  ];
}

function network(b: Builder) {
  const r = b.r;
  for (let i = 0; i < 4; i++) {
    for (const [type, ip] of ipv6Forms(r)) {
      const form = (i + type.length) % 8;
      if (form === 0) {
        b.pii(
          type,
          true,
          `${ts(r)} sshd[${r.range(100, 9999)}]: Accepted publickey for deploy from ${ip} port ${
            r.range(1024, 65535)
          } ssh2`,
          [ip],
        );
      } else if (form === 1) {
        b.pii(type, true, `{"remote_addr":"${ip}","method":"GET","path":"/healthz","status":200}`, [
          ip,
        ]);
      } else if (form === 2) {
        b.pii(
          type,
          true,
          `${ip} - - [12/Jun/2025:10:11:12 +0000] "POST /login HTTP/2.0" 302 0 "-" "Mozilla/5.0"`,
          [ip],
        );
      } else if (form === 3 && !ip.includes(".")) {
        b.pii(
          `${type}-bracket-port`,
          true,
          `upstream connect error to [${ip}]:${r.range(1024, 65535)}: connection refused`,
          [ip],
        );
      } else if (form === 4 && !ip.includes(".")) {
        b.pii(
          `${type}-url`,
          true,
          `fetching http://[${ip}]:8080/metrics failed: timeout after 5s`,
          [ip],
        );
      } else if (form === 5 && type === "ipv6-link-local") {
        b.pii("ipv6-zone-id", true, `neighbor ${ip}%eth0 lladdr changed, state STALE`, [ip]);
      } else if (form === 5) {
        b.pii(type, true, `X-Forwarded-For: ${ip}, 10.0.${r.range(0, 255)}.${r.range(1, 254)}`, [
          ip,
        ]);
      } else if (form === 6) {
        b.pii(type, true, `client=${ip} user_agent="curl/8.5.0" bytes_out=${r.range(100, 99999)}`, [
          ip,
        ]);
      } else {b.pii(
          type,
          true,
          `Jun 12 10:11:12 edge-3 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=${ip} DST=2a01:4f8:c0c:${
            h4(r)
          }::1 PROTO=TCP SPT=${r.range(1024, 65535)} DPT=22`,
          [ip],
        );}
    }
  }
  // zone ids on every interface name style, and bracketed with ports.
  for (const zone of ["eth0", "en0", "wlan0", "ens192", "25"]) {
    const ip = `fe80::${h4(r)}:${h4(r)}:${h4(r)}:${h4(r)}`;
    b.pii("ipv6-zone-id", true, `dhcp6c: sending solicit from ${ip}%${zone} to ff02::1:2`, [ip]);
  }
  for (let i = 0; i < 4; i++) {
    const ip = ipv6Full(r).join(":");
    b.pii("ipv6-bracket-port", true, `{"peer":"[${ip}]:${r.range(1024, 65535)}","tls":"1.3"}`, [
      ip,
    ]);
  }
  // IPv4 with ports, in X-Forwarded-For lists and logfmt.
  for (let i = 0; i < 16; i++) {
    const ip = ipv4Public(r), port = r.range(1024, 65535);
    const form = i % 6;
    if (form === 0) b.pii("ipv4-port", true, `connection from ${ip}:${port} closed by peer`, [ip]);
    else if (form === 1) {
      const ip2 = ipv4Public(r);
      b.pii(
        "ipv4-xff",
        true,
        `X-Forwarded-For: ${ip}, ${ip2}, 10.1.${r.range(0, 255)}.${r.range(1, 254)}`,
        [ip, ip2],
      );
    } else if (form === 2) {
      b.pii(
        "ipv4-json",
        true,
        `{"x_forwarded_for":"${ip},${ipv4Public(r)}","host":"api.acme.io"}`,
        [ip],
      );
    } else if (form === 3) {
      b.pii(
        "ipv4-logfmt",
        true,
        `level=info remote=${ip}:${port} method=GET path=/v1/me status=200`,
        [ip],
      );
    } else if (form === 4) {
      b.pii("ipv4-url", true, `redirecting to http://${ip}:${port}/callback?state=${hex(r, 10)}`, [
        ip,
      ]);
    } else {b.pii("ipv4-csv", true, `ts,client_ip,bytes\n${ts(r)},${ip},${r.range(100, 9999)}`, [
        ip,
      ]);}
  }
  // MAC addresses.
  for (let i = 0; i < 15; i++) {
    const bytes = Array.from({ length: 6 }, () => r.chars(2, HEX));
    bytes[0] = (parseInt(bytes[0], 16) & 0xfc).toString(16).padStart(2, "0");
    const forms: [string, string][] = [
      ["mac-colon", bytes.join(":")],
      ["mac-colon-upper", bytes.join(":").toUpperCase()],
      ["mac-dash", bytes.join("-").toUpperCase()],
      ["mac-dot", `${bytes[0]}${bytes[1]}.${bytes[2]}${bytes[3]}.${bytes[4]}${bytes[5]}`],
      ["mac-bare", bytes.join("")],
    ];
    const [type, mac] = forms[i % forms.length];
    const ctx = i % 3;
    if (type === "mac-bare") b.pii(type, true, `{"device":{"mac":"${mac}","fw":"2.1.7"}}`, [mac]);
    else if (ctx === 0) {
      b.pii(
        type,
        true,
        `dhcpd: DHCPACK on 10.20.${r.range(0, 255)}.${r.range(2, 254)} to ${mac} (iPhone) via eth1`,
        [mac],
      );
    } else if (ctx === 1) {
      b.pii(type, true, `wlan0: STA ${mac} IEEE 802.11: associated (aid ${r.range(1, 30)})`, [mac]);
    } else {b.pii(
        type,
        true,
        `sw-core-1 %SW_MATM-4-MACFLAP_NOTIF: Host ${mac} in vlan ${
          r.range(2, 400)
        } is flapping between port Gi1/0/${r.range(1, 48)} and port Gi1/0/${r.range(1, 48)}`,
        [mac],
      );}
  }
}

// ---- e-mail --------------------------------------------------------------------------------

function emails(b: Builder) {
  const r = b.r;
  const first = [
    "jane",
    "omar",
    "li.wei",
    "sofia",
    "kwame",
    "anna-lena",
    "o'brien",
    "j_smith",
    "m.garcia",
    "priya",
  ];
  const domains = [
    "gmail.com",
    "outlook.de",
    "acme-corp.io",
    "mail.eu.acme-corp.com",
    "proton.me",
    "uni-heidelberg.de",
    "corp.example.org",
    "yahoo.co.jp",
    "bigpond.net.au",
    "company.photography",
  ];
  const idn: [string, string][] = [
    ["josé@correo.españa.es", "idn-unicode"],
    ["müller@bücher.de", "idn-unicode"],
    ["info@xn--bcher-kva.de", "idn-punycode"],
    ["kontakt@xn--mller-kva.ch", "idn-punycode"],
    ["用户@例子.广告", "idn-unicode"],
    ["почта@пример.рф", "idn-unicode"],
    ["support@xn--80ak6aa92e.com", "idn-punycode"],
    ["ユーザー@example.jp", "idn-unicode"],
  ];
  for (let i = 0; i < 12; i++) {
    const local = first[i % first.length] +
      (i % 3 === 0 ? `+${r.pick(["billing", "test", "alerts", "2025"])}` : "");
    const e = `${local}@${domains[i % domains.length]}`;
    const form = i % 6;
    if (form === 0) b.pii("email-plus", true, `{"user":{"email":"${e}","verified":false}}`, [e]);
    else if (form === 1) {
      b.pii(
        "email",
        true,
        `postfix/smtp[${r.range(100, 9999)}]: ${
          hex(r, 10).toUpperCase()
        }: to=<${e}>, relay=mx.acme.io[${ipv4Public(r)}]:25, status=sent`,
        [e],
      );
    } else if (form === 2) {
      b.pii("email", true, `${ts(r)} INFO password reset requested by ${e} from web`, [e]);
    } else if (form === 3) b.pii("email", true, `name,email,plan\n"Doe, J",${e},team`, [e]);
    else if (form === 4) {
      b.pii("email-mailto", true, `<a href="mailto:${e}?subject=Invoice">contact</a>`, [e]);
    } else b.pii("email-angle", true, `From: "Accounts Payable" <${e}>`, [e]);
  }
  for (const [e, type] of idn) {
    b.pii(`email-${type}`, true, `{"level":"info","msg":"welcome mail queued","to":"${e}"}`, [e]);
  }
  // URL-encoded and JSON-escaped forms.
  for (let i = 0; i < 5; i++) {
    const local = r.pick(first).replace("'", ""), dom = r.pick(domains);
    const enc = `${encodeURIComponent(local)}%40${dom}`;
    b.pii("email-url-encoded", true, `GET /unsubscribe?email=${enc}&list=weekly HTTP/1.1" 200`, [
      enc,
    ]);
    const esc = `${local}\\u0040${dom}`;
    b.pii(
      "email-json-escaped",
      true,
      `{"payload":"{\\"recipient\\":\\"${local}\\u0040${dom}\\"}"}`,
      [esc],
    );
  }
  // Quoted local parts and other RFC 5322 shapes.
  const quoted = [
    `"john smith"@example-mail.com`,
    `"very.unusual.@.unusual.com"@acme.io`,
    `first.last@sub.domain.co.uk`,
    `UPPER.CASE@ACME-CORP.IO`,
    `a@b.co`,
    `x_y-z.1@host-1.mail.internal.acme.net`,
  ];
  for (const e of quoted) {
    b.pii(
      e.startsWith('"') ? "email-quoted-local" : "email",
      true,
      `${ts(r)} WARN bounce recipient=${e} code=550`,
      [e],
    );
  }
}

// ---- financial -----------------------------------------------------------------------------

function financial(b: Builder) {
  const r = b.r;
  for (let i = 0; i < 30; i++) {
    const { pan, sizes } = V.card(r, i);
    const style = i % 6;
    const written = style === 0 ? pan : groups(pan, sizes, [" ", "-", ".", " ", "-", ""][style]);
    const form = i % 5;
    if (form === 0) {
      b.pii(
        "card-compact-json",
        true,
        `{"order":${r.range(1000, 9999)},"pan":${pan},"exp":"0${r.range(1, 9)}/2${r.range(6, 9)}"}`,
        [pan],
      );
    } else if (form === 1) {
      b.pii("card", true, `payment declined card=${written} reason=insufficient_funds`, [written]);
    } else if (form === 2) {
      b.pii("card", true, `{"card_number":"${written}","brand":"auto"}`, [written]);
    } else if (form === 3) {
      b.pii("card", true, `${ts(r)} ERROR charge failed for card ${written}: do_not_honor`, [
        written,
      ]);
    } else {b.pii(
        "card",
        true,
        `txn_id,card,amount\n${hex(r, 8)},${written},${r.range(1, 999)}.${r.digits(2)}`,
        [written],
      );}
  }
  for (let i = 0; i < 30; i++) {
    const ib = V.iban(r, i);
    const form = i % 5;
    const written = i % 2 === 0 ? groups(ib, [4, 4, 4, 4, 4, 4, 4, 4], " ") : ib;
    if (form === 0) {
      b.pii("iban", true, `{"beneficiary_iban":"${written}","amount":"120.00"}`, [written]);
    } else if (form === 1) {
      b.pii("iban", true, `SEPA transfer to IBAN ${written} rejected: AC04`, [written]);
    } else if (form === 2) {
      b.pii(
        "iban",
        true,
        `payout_id=po_${hex(r, 10)} iban=${written.replace(/ /g, "")} status=pending`,
        [written.replace(/ /g, "")],
      );
    } else if (form === 3) {
      b.pii("iban", true, `Kontoinhaber,IBAN,Betrag\nM. Muster,${written},49.90`, [written]);
    } else {b.pii(
        "iban-lowercase",
        true,
        `refund requested to ${written.toLowerCase()} by support`,
        [written.toLowerCase()],
      );}
  }
  // SSN variants.
  for (let i = 0; i < 16; i++) {
    const s = V.ssn(r);
    const forms: [string, string, string][] = [
      ["ssn-dashed", `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`, "SSN: "],
      ["ssn-spaced", `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`, "social security number "],
      ["ssn-bare", s, "ssn="],
      ["ssn-dashed", `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`, ""],
    ];
    const [type, written, ctx] = forms[i % forms.length];
    if (i % 2 === 0) {
      b.pii(type, true, `${ts(r)} INFO applicant ${ctx}${written} submitted`, [written]);
    } else {b.pii(
        type,
        true,
        `{"applicant":{"${
          ["ssn", "social_security_number", "taxpayer_ssn", "SSN"][i % 4]
        }":"${written}"}}`,
        [written],
      );}
  }
}

// ---- national identifiers ------------------------------------------------------------------

interface IdPlan {
  type: string;
  make: (r: Rand) => string;
  keys: string[];
  phrases: string[];
  /** Layouts strong enough to be masked with no key word (written in prose without one). */
  bare?: boolean;
}
const pnr = (long: boolean) => (r: Rand) => V.personnummer(r, long);
const ID_PLANS: IdPlan[] = [
  {
    type: "fi-hetu",
    make: V.hetu,
    keys: ["hetu", "henkilotunnus", "personal_id"],
    phrases: ["henkilötunnus", "HETU"],
    bare: true,
  },
  {
    type: "se-personnummer",
    make: pnr(false),
    keys: ["personnummer", "pnr", "personal_number"],
    phrases: ["personnummer", "pnr:"],
  },
  {
    type: "se-personnummer-12",
    make: pnr(true),
    keys: ["personnummer", "ssn_se"],
    phrases: ["personnummer"],
  },
  {
    type: "kr-rrn",
    make: V.rrn,
    keys: ["rrn", "resident_registration_number", "jumin"],
    phrases: ["주민등록번호", "RRN"],
    bare: true,
  },
  {
    type: "tr-tckn",
    make: V.tckn,
    keys: ["tckn", "tc_kimlik_no", "national_id"],
    phrases: ["T.C. Kimlik No:", "TCKN"],
  },
  {
    type: "es-dni",
    make: V.dni,
    keys: ["dni", "nif", "documento"],
    phrases: ["DNI", "NIF:"],
    bare: true,
  },
  {
    type: "es-nie",
    make: V.nie,
    keys: ["nie", "nif", "id_extranjero"],
    phrases: ["NIE", "NIE nº"],
    bare: true,
  },
  {
    type: "sg-nric",
    make: V.nric,
    keys: ["nric", "fin", "nric_fin"],
    phrases: ["NRIC", "FIN no."],
    bare: true,
  },
  {
    type: "in-aadhaar",
    make: V.aadhaar,
    keys: ["aadhaar", "aadhaar_no", "uid"],
    phrases: ["Aadhaar", "aadhaar number"],
  },
  {
    type: "in-pan",
    make: V.indiaPan,
    keys: ["pan", "pan_no", "pan_number"],
    phrases: ["PAN", "PAN card"],
    bare: true,
  },
  {
    type: "ca-sin",
    make: V.sin,
    keys: ["sin", "social_insurance_number", "nas"],
    phrases: ["SIN", "social insurance number"],
  },
  {
    type: "de-steuer-id",
    make: V.steuerId,
    keys: ["steuer_id", "steuerid", "idnr", "tax_id"],
    phrases: ["Steuer-ID", "steuerliche Identifikationsnummer"],
  },
  {
    type: "us-itin",
    make: V.itin,
    keys: ["itin", "tin", "taxpayer_id"],
    phrases: ["ITIN", "taxpayer identification number"],
  },
  {
    type: "us-npi",
    make: V.npi,
    keys: ["npi", "provider_npi", "npi_number"],
    phrases: ["NPI", "NPI#"],
  },
  {
    type: "us-aba",
    make: V.aba,
    keys: ["routing_number", "aba", "routing"],
    phrases: ["routing number", "ABA"],
  },
  {
    type: "uk-nino",
    make: V.nino,
    keys: ["nino", "ni_number", "national_insurance_number"],
    phrases: ["NI number", "National Insurance number"],
    bare: true,
  },
  {
    type: "uk-nhs",
    make: V.nhs,
    keys: ["nhs_number", "nhs_no", "nhsNumber"],
    phrases: ["NHS number", "NHS no."],
  },
  {
    type: "pl-pesel",
    make: V.pesel,
    keys: ["pesel", "nr_pesel"],
    phrases: ["PESEL", "numer PESEL"],
  },
  {
    type: "it-codice-fiscale",
    make: V.codiceFiscale,
    keys: ["codice_fiscale", "cf", "tax_code"],
    phrases: ["codice fiscale", "C.F."],
    bare: true,
  },
  {
    type: "au-tfn",
    make: V.tfn,
    keys: ["tfn", "tax_file_number"],
    phrases: ["TFN", "tax file number"],
  },
  {
    type: "au-medicare",
    make: V.medicare,
    keys: ["medicare", "medicare_number", "medicare_no"],
    phrases: ["Medicare card", "Medicare no"],
  },
  { type: "au-abn", make: V.abn, keys: ["abn", "business_number"], phrases: ["ABN", "ABN:"] },
  {
    type: "za-id",
    make: V.saId,
    keys: ["id_number", "sa_id", "identity_number"],
    phrases: ["SA ID", "ID number"],
  },
  { type: "br-cpf", make: V.cpf, keys: ["cpf", "documento", "cpf_cnpj"], phrases: ["CPF", "CPF:"] },
  { type: "br-cnpj", make: V.cnpj, keys: ["cnpj", "cpf_cnpj"], phrases: ["CNPJ", "CNPJ:"] },
  {
    type: "mx-curp",
    make: V.curp,
    keys: ["curp", "clave_curp"],
    phrases: ["CURP", "CURP:"],
    bare: true,
  },
  { type: "mx-rfc", make: V.rfc, keys: ["rfc", "rfc_cliente"], phrases: ["RFC", "RFC:"] },
  {
    type: "fr-nir",
    make: V.nir,
    keys: ["nir", "numero_securite_sociale", "insee"],
    phrases: ["numéro de sécurité sociale", "NIR"],
  },
  {
    type: "nl-bsn",
    make: V.bsn,
    keys: ["bsn", "burgerservicenummer"],
    phrases: ["BSN", "burgerservicenummer"],
  },
  {
    type: "be-national-number",
    make: V.belgianNn,
    keys: ["rijksregisternummer", "national_number", "niss"],
    phrases: ["rijksregisternummer", "numéro national"],
  },
  {
    type: "dk-cpr",
    make: V.cpr,
    keys: ["cpr", "cpr_nr", "cpr_number"],
    phrases: ["CPR-nr.", "CPR"],
  },
  {
    type: "no-fodselsnummer",
    make: V.fnr,
    keys: ["fodselsnummer", "fnr", "personnummer"],
    phrases: ["fødselsnummer", "fnr"],
  },
  {
    type: "cn-resident-id",
    make: V.chinaId,
    keys: ["id_card", "shenfenzheng", "resident_id"],
    phrases: ["身份证号", "身份证号码:"],
    bare: true,
  },
  {
    type: "jp-my-number",
    make: V.myNumber,
    keys: ["my_number", "mynumber", "kojin_bango"],
    phrases: ["マイナンバー", "個人番号"],
  },
  {
    type: "il-teudat-zehut",
    make: V.teudatZehut,
    keys: ["teudat_zehut", "tz", "israeli_id"],
    phrases: ["תעודת זהות", "Teudat Zehut"],
  },
  { type: "ar-cuit", make: V.cuit, keys: ["cuit", "cuil"], phrases: ["CUIT", "CUIL"] },
];

/** The layouts each identifier is written in beside its bare digits. */
function idLayouts(type: string, v: string): string[] {
  switch (type) {
    case "ca-sin":
      return [v, groups(v, [3, 3, 3], "-"), groups(v, [3, 3, 3], " ")];
    case "us-itin":
      return [groups(v, [3, 2, 4], "-"), v];
    case "uk-nino":
      return [
        v,
        `${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v.slice(8)}`,
      ];
    case "uk-nhs":
      return [groups(v, [3, 3, 4], " "), v, groups(v, [3, 3, 4], "-")];
    case "au-tfn":
      return [groups(v, [3, 3, 3], " "), v];
    case "au-abn":
      return [groups(v, [2, 3, 3, 3], " "), v];
    case "br-cpf":
      return [`${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`, v];
    case "br-cnpj":
      return [
        `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}`,
        v,
      ];
    case "fr-nir":
      return [
        `${v[0]} ${v.slice(1, 3)} ${v.slice(3, 5)} ${v.slice(5, 7)} ${v.slice(7, 10)} ${
          v.slice(10, 13)
        } ${v.slice(13)}`,
        v,
      ];
    case "be-national-number":
      return [
        `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 6)}-${v.slice(6, 9)}.${v.slice(9)}`,
        v,
      ];
    case "dk-cpr":
      return [`${v.slice(0, 6)}-${v.slice(6)}`, v];
    case "in-aadhaar":
      return [groups(v, [4, 4, 4], " "), v, groups(v, [4, 4, 4], "-")];
    case "ar-cuit":
      return [`${v.slice(0, 2)}-${v.slice(2, 10)}-${v.slice(10)}`, v];
    case "de-steuer-id":
      return [v, groups(v, [2, 3, 3, 3], " ")];
    case "jp-my-number":
      return [v, groups(v, [4, 4, 4], " ")];
    case "za-id":
      return [v, `${v.slice(0, 6)} ${v.slice(6, 10)} ${v.slice(10)}`];
    case "us-npi":
    case "us-aba":
    case "pl-pesel":
    case "nl-bsn":
    case "tr-tckn":
    case "no-fodselsnummer":
    case "il-teudat-zehut":
      return [v];
    default:
      return [v];
  }
}

function nationalIds(b: Builder) {
  const r = b.r;
  ID_PLANS.forEach((p, pi) => {
    for (let k = 0; k < 4; k++) {
      const v = p.make(r);
      const layouts = idLayouts(p.type, v);
      const written = layouts[k % layouts.length];
      b.embed(p.type, false, pi + k * 3, p.keys, p.phrases.map((x) => `${x}`), written);
    }
    if (p.bare) {
      const v = p.make(r);
      b.pii(
        p.type,
        false,
        `${ts(r)} INFO [kyc] document ${v} matched applicant record, score 0.97`,
        [v],
      );
    }
  });
  // Chile RUT, Argentina DNI, generic key names with checksum-valid values.
  for (let i = 0; i < 4; i++) {
    const { body, check } = V.rut(r);
    const dotted = `${body.slice(0, -6)}.${body.slice(-6, -3)}.${body.slice(-3)}-${check}`;
    b.embed(
      "cl-rut",
      false,
      i,
      ["rut", "rut_cliente"],
      ["RUT", "R.U.T."],
      i % 2 ? dotted : `${body}-${check}`,
    );
    const dniAr = String(r.range(10_000_000, 45_999_999));
    const dniArDotted = `${dniAr.slice(0, 2)}.${dniAr.slice(2, 5)}.${dniAr.slice(5)}`;
    b.embed(
      "ar-dni",
      false,
      i,
      ["dni", "nro_documento"],
      ["DNI", "D.N.I."],
      i % 2 ? dniArDotted : dniAr,
    );
  }
  const generic: [string, () => string][] = [
    ["national_id", () => V.tckn(r)],
    ["nationalId", () => V.pesel(r)],
    ["id_number", () => V.saId(r)],
    ["idNumber", () => V.chinaId(r)],
    ["tax_id", () => V.cpf(r)],
    ["taxId", () => V.bsn(r)],
    ["citizen_id", () => V.tckn(r)],
    ["personal_id", () => V.fnr(r)],
  ];
  generic.forEach(([key, make], i) =>
    b.embed("generic-national-id", false, i, [key], [key.replace("_", " ")], make())
  );
}

// ---- documents, dates of birth, names, addresses, crypto -----------------------------------

function documents(b: Builder) {
  const r = b.r;
  const passports: [string, string, () => string][] = [
    ["passport_number", "passport no.", () => r.chars(1, U) + r.digits(8)],
    ["passportNo", "Reisepass-Nr.", () => "C" + r.chars(8, "CFGHJKLMNPRTVWXYZ0123456789")],
    ["numero_passeport", "numéro de passeport", () => r.digits(2) + r.chars(2, U) + r.digits(5)],
    ["pasaporte", "pasaporte", () => r.chars(3, U) + r.digits(6)],
    ["passport", "passport number", () => r.digits(9)],
    ["passport_no", "護照號碼", () => r.chars(1, "EG") + r.digits(8)],
    ["reisepass", "Reisepassnummer:", () => "C" + r.chars(8, "CFGHJKLMNPRTVWXYZ0123456789")],
    ["passaporto", "numero passaporto", () => r.chars(2, U) + r.digits(7)],
  ];
  passports.forEach(([key, phrase, make], i) => {
    b.embed("passport", false, i, [key], [phrase], make());
    b.embed("passport", false, i + 3, [key], [phrase], make());
  });
  const licences: [string, string, () => string][] = [
    ["driving_licence_number", "driving licence", () => V.ukDrivingLicence(r)],
    ["drivers_license", "driver's license #", () => r.chars(1, U) + r.digits(7)],
    ["fuehrerschein_nr", "Führerschein-Nr.", () => r.chars(1, U) + r.digits(3) + r.chars(6, U + D)],
    ["permis_conduire", "permis de conduire n°", () => r.digits(12)],
    ["licencia_conducir", "licencia de conducir", () => r.digits(8) + r.chars(1, U)],
    ["dl_number", "DL#", () => r.chars(1, U) + r.digits(12)],
    ["license_no", "driver license number", () => r.digits(9)],
  ];
  licences.forEach(([key, phrase, make], i) => {
    b.embed("driving-licence", false, i, [key], [phrase], make());
    b.embed("driving-licence", false, i + 4, [key], [phrase], make());
  });
  // Dates of birth with a word that names them.
  const dobs: [string, string, (y: number, m: number, d: number) => string][] = [
    ["dob", "DOB", (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`],
    ["date_of_birth", "date of birth:", (y, m, d) => `${pad2(d)}/${pad2(m)}/${y}`],
    ["birthdate", "born on", (y, m, d) => `${pad2(m)}/${pad2(d)}/${y}`],
    ["geburtsdatum", "Geburtsdatum:", (y, m, d) => `${pad2(d)}.${pad2(m)}.${y}`],
    ["fecha_nacimiento", "fecha de nacimiento", (y, m, d) => `${pad2(d)}/${pad2(m)}/${y}`],
    ["date_naissance", "né le", (y, m, d) => `${pad2(d)}/${pad2(m)}/${y}`],
    ["birthDate", "birthday", (y, m, d) => `${y}${pad2(m)}${pad2(d)}`],
    ["dateOfBirth", "D.O.B.", (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`],
  ];
  dobs.forEach(([key, phrase, fmt], i) => {
    for (let k = 0; k < 2; k++) {
      const bd = V.birth(r);
      b.embed("date-of-birth", false, i + k * 5, [key], [phrase], fmt(bd.y, bd.m, bd.d), [
        "json",
        "kv",
        "prose",
        "csv",
        "yaml",
        "jsonNested",
      ]);
    }
  });
  // Person names and postal addresses under keys that name them.
  const names = [
    "Jane Doe",
    "María García López",
    "Oluwaseun Adeyemi",
    "Nguyễn Văn An",
    "Jean-Luc Picard",
    "Søren Kierkegaard",
    "Anna Kowalska",
    "Hiroshi Tanaka",
    "Fatima Al-Sayed",
    "O'Connor, Sean",
    "Zoë Müller-Schmidt",
    "Rahul Sharma",
  ];
  const nameKeys = [
    "full_name",
    "customer",
    "name",
    "cardholder",
    "patient_name",
    "recipient_name",
    "customerName",
    "first_last",
  ];
  names.forEach((n, i) =>
    b.embed("person-name", false, i, nameKeys, ["customer", "patient"], n, [
      "json",
      "kvQuoted",
      "jsonNested",
      "csv",
      "yaml",
      "xml",
    ])
  );
  for (let i = 0; i < 4; i++) {
    const [fn, ln] = [
      r.pick(["Emma", "Lukas", "Chloé", "Mateo", "Aisha"]),
      r.pick(["Schneider", "Dubois", "Rossi", "Okafor", "Lindqvist"]),
    ];
    b.pii("person-name", false, `{"first_name":"${fn}","last_name":"${ln}","plan":"pro"}`, [
      fn,
      ln,
    ]);
  }
  const addresses = [
    "742 Evergreen Terrace, Springfield, OR 97477",
    "221B Baker Street, London NW1 6XE",
    "Hauptstraße 12, 10115 Berlin",
    "12 rue de la Paix, 75002 Paris",
    "Calle de Alcalá 48, 28014 Madrid",
    "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
    "Flat 3, 14 Kings Road, Brighton BN1 2FA",
    "Via Roma 7, 20121 Milano MI",
    "ul. Marszałkowska 104/122, 00-017 Warszawa",
    "3-12-1 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "PO Box 1234, Wellington 6140",
    "55 Queen St W, Toronto, ON M5H 2M9",
  ];
  const addressKeys = [
    "address",
    "shipping_address",
    "billing_address",
    "street_address",
    "home_address",
    "address_line1",
  ];
  addresses.forEach((a, i) =>
    b.embed("postal-address", false, i, addressKeys, ["ship to", "deliver to"], a, [
      "json",
      "kvQuoted",
      "jsonNested",
      "csv",
      "prose",
      "yaml",
    ])
  );
  for (const pc of ["SW1A 1AA", "M1 1AE", "EH8 9YL", "B33 8TH", "CR2 6XH"]) {
    b.pii("uk-postcode", false, `{"postcode":"${pc}","country":"GB"}`, [pc]);
  }
  // Crypto addresses.
  const coins: [string, () => string][] = [
    ["btc-p2pkh", () => V.base58Check(r, 0)],
    ["btc-p2sh", () => V.base58Check(r, 5)],
    ["btc-bech32", () => V.segwit(r, "bc", 0)],
    ["btc-taproot", () => V.segwit(r, "bc", 1)],
    ["eth-checksummed", () => V.ethAddress(r, true)],
    ["eth-lowercase", () => V.ethAddress(r, false)],
    ["ltc-p2pkh", () => V.base58Check(r, 48)],
    ["ltc-bech32", () => V.segwit(r, "ltc", 0)],
    ["doge", () => V.base58Check(r, 30)],
  ];
  coins.forEach(([type, make], i) => {
    for (let k = 0; k < 2; k++) {
      const a = make();
      if ((i + k) % 2 === 0) {
        b.pii(
          `crypto-${type}`,
          true,
          `{"withdrawal":{"to_address":"${a}","asset":"${type.split("-")[0].toUpperCase()}"}}`,
          [a],
        );
      } else {b.pii(
          `crypto-${type}`,
          true,
          `${ts(r)} INFO payout queued to ${a} amount=0.0${r.digits(3)}`,
          [a],
        );}
    }
  });
}
const pad2 = (n: number) => String(n).padStart(2, "0");
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// ---- benign look-alikes --------------------------------------------------------------------

/** Digits of length n that do NOT pass Luhn (so no card or Luhn id reads them). */
function nonLuhn(r: Rand, n: number, lead = ""): string {
  for (;;) {
    const s = lead + r.digits(n - lead.length);
    if (!V.luhnValid(s)) return s;
  }
}

function benign(b: Builder) {
  const r = b.r;
  for (let i = 0; i < 12; i++) {
    b.benign(
      "order-id",
      `{"order_id":"ORD-2025-${r.digits(6)}","status":"shipped","items":${r.range(1, 9)}}`,
    );
    b.benign(
      "invoice-id",
      `${ts(r)} INFO invoice INV-${r.digits(8)} generated for tenant t_${hex(r, 6)} total=${
        r.range(10, 999)
      }.${r.digits(2)} EUR`,
    );
  }
  for (let i = 0; i < 12; i++) {
    const ms = 1_700_000_000_000 + r.int(90_000_000_000);
    b.benign("epoch-millis", `{"ts":${ms},"event":"heartbeat","seq":${r.range(1, 999999)}}`);
    b.benign(
      "epoch-seconds",
      `metric cpu.user ${r.range(1, 99)}.${r.digits(2)} ${Math.floor(ms / 1000)} host=web-${
        r.range(1, 9)
      }`,
    );
  }
  for (let i = 0; i < 10; i++) {
    b.benign(
      "timestamp",
      `${ts(r)} DEBUG [scheduler] tick at ${r.range(2023, 2025)}-${pad2(r.range(1, 12))}-${
        pad2(r.range(1, 28))
      } ${pad2(r.range(0, 23))}:${pad2(r.range(0, 59))}:${pad2(r.range(0, 59))},${r.digits(3)}`,
    );
    b.benign(
      "date-no-context",
      `{"created":"${r.range(1980, 2024)}-${pad2(r.range(1, 12))}-${
        pad2(r.range(1, 28))
      }","expires":"${pad2(r.range(1, 28))}/${pad2(r.range(1, 12))}/2027","kind":"report"}`,
    );
  }
  for (let i = 0; i < 10; i++) {
    b.benign(
      "version",
      `starting app version=${r.range(1, 20)}.${r.range(0, 40)}.${r.range(0, 99)} build=${
        r.range(1000, 99999)
      } go=go1.${r.range(18, 23)}.${r.range(0, 9)} node v${r.range(16, 22)}.${r.range(0, 20)}.${
        r.range(0, 9)
      }`,
    );
    b.benign(
      "version-four-part",
      `Installed package libfoo ${r.range(1, 9)}.${r.range(0, 20)}.${r.range(0, 9)}.${
        r.range(0, 999)
      } (kernel 6.${r.range(1, 9)}.0-${r.range(10, 40)}-generic)`,
    );
  }
  for (let i = 0; i < 8; i++) {
    b.benign(
      "ports-durations",
      `listening on 0.0.0.0:${r.range(1024, 65535)} and [::]:${r.range(1024, 65535)}; warmup took ${
        r.range(1, 9999)
      }ms, gc pause ${r.range(1, 99)}.${r.digits(3)}s`,
    );
    b.benign(
      "build-number",
      `CI build #${r.range(1000, 999999)} job ${r.digits(10)} pipeline ${
        r.digits(9)
      } finished in 00:${pad2(r.range(1, 59))}:${pad2(r.range(1, 59))}`,
    );
  }
  for (let i = 0; i < 10; i++) {
    const uuid = `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${
      hex(r, 3)
    }-${hex(r, 12)}`;
    b.benign(
      "uuid",
      `{"request_id":"${uuid}","span_id":"${hex(r, 16)}","trace_id":"${hex(r, 32)}"}`,
    );
    b.benign("hash", `commit ${hex(r, 40)} sha256:${hex(r, 64)} etag="${hex(r, 32)}"`);
  }
  for (let i = 0; i < 8; i++) {
    b.benign(
      "http-status",
      `HTTP/1.1 ${r.pick([200, 201, 204, 301, 404, 429, 500, 503])} ${
        r.pick(["OK", "Created", "Not Found", "Too Many Requests", "Service Unavailable"])
      }\nContent-Length: ${r.range(0, 99999)}\nDate: Thu, 12 Jun 2025 10:${r.range(10, 59)}:01 GMT`,
    );
    b.benign(
      "stack-line-col",
      `    at com.acme.billing.InvoiceService.render(InvoiceService.java:${
        r.range(10, 9999)
      })\n    at app.js:${r.range(1, 9999)}:${r.range(1, 200)}\nError at line ${
        r.range(1, 99999)
      }, column ${r.range(1, 300)}`,
    );
  }
  for (let i = 0; i < 8; i++) {
    b.benign(
      "price",
      `cart total $${r.range(1, 99)},${r.digits(3)}.${r.digits(2)} (EUR ${r.range(1, 99)}.${
        r.digits(3)
      },${r.digits(2)}), tax ${r.range(1, 999)}.${r.digits(2)}`,
    );
    b.benign(
      "quantity-bytes",
      `{"bytes_in":${r.range(100000000, 999999999)},"bytes_out":${
        r.range(1000000000, 9999999999)
      },"rows":${r.range(100000, 9999999)}}`,
    );
  }
  // ISBNs (valid check digits), tracking numbers without a key word.
  for (let i = 0; i < 6; i++) {
    const body = "978" + r.digits(9);
    const sum = [...body].reduce((a, d, k) => a + Number(d) * (k % 2 ? 3 : 1), 0);
    const isbn = body + ((10 - (sum % 10)) % 10);
    b.benign(
      "isbn",
      `catalog import: ISBN ${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 8)}-${
        isbn.slice(8, 12)
      }-${isbn.slice(12)} title="Distributed Systems" qty=${r.range(1, 50)}`,
    );
    b.benign(
      "tracking",
      `shipment 1Z${r.chars(6, U + D)}${r.digits(10)} handed to carrier; container MSKU${
        r.digits(7)
      }`,
    );
  }
  // Long ids that fail every Luhn and mod check, under non-PII keys.
  for (let i = 0; i < 10; i++) {
    b.benign(
      "numeric-id",
      `{"order_id":${nonLuhn(r, 16, "7")},"customer_id":${r.range(100000, 999999)},"sku":"SKU-${
        r.digits(8)
      }"}`,
    );
    b.benign(
      "numeric-id",
      `level=info msg="offset committed" topic=orders partition=${r.range(0, 63)} offset=${
        r.digits(9)
      } lag=${r.range(0, 999)}`,
    );
  }
  // Kubernetes, process and object names.
  for (let i = 0; i < 8; i++) {
    b.benign(
      "k8s",
      `pod/api-${hex(r, 10)}-${
        r.chars(5, "bcdfghjklmnpqrstvwxz2456789")
      } container=api restartCount=${r.range(0, 9)} node=ip-10-0-${r.range(0, 255)}-${
        r.range(1, 254)
      }.ec2.internal`,
    );
    b.benign(
      "process",
      `pid=${r.range(100, 4194304)} tid=${r.digits(15)} fd=${r.range(3, 1023)} inode=${
        r.digits(8)
      } rss=${r.range(10, 9999)}MiB`,
    );
  }
  // Error codes, SQL states, docker digests, semver ranges.
  for (let i = 0; i < 6; i++) {
    b.benign(
      "error-code",
      `ORA-${r.digits(5)}: table or view does not exist; SQLSTATE ${
        r.chars(5, "0123456789ABCDE")
      }; errno=${r.range(1, 200)}; E${r.digits(5)} duplicate key`,
    );
    b.benign(
      "docker",
      `Pulling image registry.acme.io/api@sha256:${hex(r, 64)} (${r.range(10, 999)}.${
        r.digits(1)
      }MB)`,
    );
  }
  // Loopback and unspecified addresses; localhost URLs.
  for (let i = 0; i < 4; i++) {
    b.benign(
      "loopback",
      `health check http://127.0.0.1:${r.range(1024, 65535)}/ready ok; binding ::1 port ${
        r.range(1024, 65535)
      }; resolver ::`,
    );
  }
  // Coordinates-free geometry, percentages, ratios, GPU ids.
  for (let i = 0; i < 6; i++) {
    b.benign(
      "metrics",
      `p50=${r.range(1, 99)}.${r.digits(2)}ms p99=${r.range(100, 999)}.${
        r.digits(2)
      }ms hit_ratio=0.${r.digits(4)} qps=${r.range(100, 99999)} gpu=GPU-${hex(r, 8)}`,
    );
  }
  // Macs of the type a log shows and is no one's: none. Short hex pairs that are not MACs.
  for (let i = 0; i < 4; i++) {
    b.benign(
      "time-hex",
      `elapsed 12:34:56:78 frames; colors #${hex(r, 6)} #${hex(r, 6)}; mode 0${r.range(600, 777)}`,
    );
  }
  // Words next to the key words that hold no identifier.
  const wordOnly = [
    `{"phone_verified":true,"email_opt_in":false,"ssn_required":false}`,
    `validation error: field "passport_number" is required`,
    `config: mask_phone=true mask_email=true log_ip=false`,
    `SELECT id, email, phone FROM customers WHERE updated_at > $1 LIMIT 500`,
    `user agreed to terms version 2025-03-01; dob_field_hidden=true`,
    `template "Your code is {{code}}" rendered for locale de-DE`,
    `migrating column iban VARCHAR(34) NOT NULL -> VARCHAR(42)`,
    `metric http_requests_total{path="/v1/phone/verify",code="200"} 18342`,
  ];
  for (const line of wordOnly) b.benign("key-word-only", line);
}

export function generateRedTeamCases(seed = 20260412): CorePiiCase[] {
  const b = new Builder(new Rand(seed));
  phones(b);
  network(b);
  emails(b);
  financial(b);
  nationalIds(b);
  documents(b);
  benign(b);
  return b.cases.map(specialAddressesMasked);
}

export const redTeamText = (cases: readonly CorePiiCase[]) =>
  cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const cases = generateRedTeamCases();
  await Deno.writeTextFile(REDTEAM_FILE, redTeamText(cases));
  const pii = cases.filter((c) => c.kind === "pii").length;
  console.log(`wrote ${cases.length} cases (${pii} personal data, ${cases.length - pii} benign)`);
}
