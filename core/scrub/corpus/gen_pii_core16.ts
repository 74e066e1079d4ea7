/**
 * Writes the core personal-data corpus core/scrub/corpus/pii_core16.jsonl: the scorer's core tier
 * (payment cards, IBANs, e-mail addresses, phone numbers, IP addresses, SSNs and checked national
 * ids) in the carriers real logs put them in — JSON numbers and strings, query strings, XML, CSV,
 * key=value pairs glued to words and units, URLs, `mailto:` and `tel:` URIs, percent- and
 * JSON-escaped text, `X-Forwarded-For` lists, nginx/Apache/ALB/Envoy access lines, syslog `rhost=`
 * — each value built from its format's published rule (issuer prefixes and lengths with Luhn,
 * ISO 13616 BBAN lengths with mod 97, numbering plans' groupings, RFC 5952/4291 address forms) with
 * seeded random digits. Each carrier has benign twins: the same carrier holding what only looks
 * like personal data (versions, OIDs, timestamps, ids, digests, prices, Luhn-failing card-like
 * numbers, IBAN-like strings with a wrong check, `@` in code and file names) that must come out
 * unchanged.
 *
 * `user@localhost` is taken as benign: a local account names no mailbox anyone can reach, and
 * logs print it for services (`postgres@localhost`); an address at a real domain is personal data.
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii_core16.ts [--seed N --out FILE]
 *
 * Score: node ../shared/eval/score.mjs --cases core/scrub/corpus/pii_core16.jsonl 'deno task -q scrub'
 */
import {
  aadhaar,
  codiceFiscale,
  DIGITS,
  dni,
  hetu,
  HEX,
  ipv6Canonical,
  ipv6Full,
  luhnDigit,
  mod97,
  nie,
  nino,
  nric,
  personnummer,
  pesel,
  Rand,
  rrn,
  sin,
  ssn,
  steuerId,
  tckn,
  UPPER,
} from "./pii_redteam3_values.ts";
import type { CorePiiCase } from "./case_shape.ts";

export const CORE16_FILE = new URL("./pii_core16.jsonl", import.meta.url);
const SEED = 20261206;

// ---------------------------------------------------------------- cards

/** Issuer prefixes and the lengths each network issues (ISO/IEC 7812 issuer tables). */
function brands(r: Rand): [string, string, number[]][] {
  return [
    ["visa", "4" + r.digits(3), [13, 16, 19]],
    ["mastercard2", String(r.range(2221, 2720)), [16]],
    ["mastercard5", String(r.range(51, 55)) + r.digits(2), [16]],
    ["amex", r.pick(["34", "37"]) + r.digits(2), [15]],
    ["discover", r.pick(["6011", "644" + r.range(0, 9), "65" + r.digits(2)]), [16, 19]],
    ["jcb", String(r.range(3528, 3589)), [16, 19]],
    ["unionpay", "62" + r.range(2, 8) + r.digits(1), [16, 17, 18, 19]],
    ["maestro", r.pick(["5018", "5020", "5038", "6304", "6759", "6761", "6763"]), [
      12,
      13,
      15,
      16,
      19,
    ]],
    ["diners", r.pick(["300", "301", "305", "36", "38"]) + r.digits(1), [14]],
  ];
}

function cardNumber(r: Rand, prefix: string, length: number): string {
  const body = prefix + r.digits(length - 1 - prefix.length);
  return body + luhnDigit(body);
}
/** A card-like number whose last digit breaks Luhn. */
function luhnFailing(r: Rand, prefix: string, length: number): string {
  const good = cardNumber(r, prefix, length);
  const last = Number(good.at(-1));
  return good.slice(0, -1) + String((last + r.range(1, 9)) % 10);
}
/** The groups a network prints its numbers in. */
function cardGroups(pan: string, sep: string): string {
  const sizes = pan.length === 15 && /^3[47]/.test(pan)
    ? [4, 6, 5]
    : pan.length === 14
    ? [4, 6, 4]
    : pan.length === 13
    ? [4, 4, 5]
    : pan.length === 12
    ? [4, 4, 4]
    : [4, 4, 4, 4, 3];
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= pan.length) break;
    out.push(pan.slice(at, at + n));
    at += n;
  }
  return out.join(sep);
}

const CARD_CARRIERS: [string, (v: string) => string, (b: string) => string][] = [
  [
    "json-number",
    (v) => `{"order":"ord_x","pan":${v},"exp":"09/29"}`,
    (b) => `{"order":"ord_x","amount_minor":${b},"currency":"EUR"}`,
  ],
  [
    "json-string",
    (v) => `payment.request body={"card":{"number":"${v}","brand":"auto"}}`,
    (b) => `payment.request body={"cart":{"sku":"${b}","qty":1}}`,
  ],
  [
    "query",
    (v) => `GET /checkout/confirm?cc_number=${v}&amount=49.90&cur=EUR HTTP/1.1" 302`,
    (b) => `GET /checkout/confirm?order=${b}&amount=49.90&cur=EUR HTTP/1.1" 302`,
  ],
  [
    "xml",
    (v) => `<PaymentRequest><CardNumber>${v}</CardNumber><Amount>1200</Amount></PaymentRequest>`,
    (b) => `<PaymentRequest><MerchantRef>${b}</MerchantRef><Amount>1200</Amount></PaymentRequest>`,
  ],
  [
    "csv",
    (v) => `txn_id,created,pan,amount\n88120,2026-02-11,${v},19.99`,
    (b) => `txn_id,created,gtin,amount\n88120,2026-02-11,${b},19.99`,
  ],
  [
    "kv",
    (v) => `level=warn msg="auth declined" card=${v}; reason=do_not_honor`,
    (b) => `level=warn msg="auth declined" trace=${b}; reason=do_not_honor`,
  ],
  [
    "colon-glued",
    (v) => `Declined PAN:${v} by issuer (05)`,
    (b) => `Declined RRN:${b} by issuer (05)`,
  ],
  [
    "prose",
    (v) => `Customer says the card ${v} was charged twice yesterday`,
    (b) => `Customer says the parcel ${b} was delivered twice yesterday`,
  ],
  [
    "unit-glued",
    (v) => `stored token for cardNo=${v}, ttl=300s`,
    (b) => `stored token for batchNo=${b}, ttl=300s`,
  ],
  [
    "url-path",
    (v) => `PUT /v1/vault/cards/${v}/verify 404 12ms`,
    (b) => `PUT /v1/vault/orders/${b}/verify 404 12ms`,
  ],
  [
    "go-struct",
    (v) => `charge failed: &{Number:${v} ExpMonth:9 ExpYear:2029 Brand:}`,
    (b) => `charge failed: &{Order:${b} Qty:9 Year:2029 Brand:}`,
  ],
  [
    "java-tostring",
    (v) => `PaymentCard(holder=null, number=${v}, expiry=09/29)`,
    (b) => `LineItem(holder=null, barcode=${b}, expiry=09/29)`,
  ],
  [
    "sql",
    (v) => `INSERT INTO payments (id, pan, amount) VALUES (9912, '${v}', 42.50)`,
    (b) => `INSERT INTO payments (id, ref, amount) VALUES (9912, '${b}', 42.50)`,
  ],
  [
    "html-input",
    (v) => `<input type="text" name="ccnum" value="${v}" autocomplete="cc-number">`,
    (b) => `<input type="text" name="coupon" value="${b}" autocomplete="off">`,
  ],
  [
    "yaml",
    (v) => `  card_number: "${v}"\n  exp: "0929"`,
    (b) => `  tracking_number: "${b}"\n  exp: "0929"`,
  ],
  [
    "bare-csv",
    (v) => `2026-02-11,web,${v},EUR,19.99`,
    (b) => `2026-02-11,web,${b},EUR,19.99`,
  ],
  [
    "logfmt-quoted",
    (v) => `ts=2026-02-11T10:00:01Z msg="card on file" number="${v}"`,
    (b) => `ts=2026-02-11T10:00:01Z msg="item on file" number="${b}"`,
  ],
  [
    "hash-glued",
    (v) => `refund requested for card #${v} (dup charge)`,
    (b) => `refund requested for ticket #${b} (dup charge)`,
  ],
  ["paren", (v) => `tokenized (${v}) -> tok_1Nv8`, (b) => `tokenized (${b}) -> tok_1Nv8`],
  ["expiry-after", (v) => `CARD ${v} 09/29 CVV ok`, (b) => `SKU ${b} 09/29 QTY ok`],
  ["pipe", (v) => `AUTH|${v}|0929|USD|12.00|APPROVED`, (b) => `AUTH|${b}|0929|USD|12.00|APPROVED`],
  [
    "python-dict",
    (v) => `params={'number': '${v}', 'exp_month': 9}`,
    (b) => `params={'order': '${b}', 'exp_month': 9}`,
  ],
  [
    "ruby-hash",
    (v) => `Parameters: {"payment"=>{"card_number"=>"${v}"}}`,
    (b) => `Parameters: {"payment"=>{"order_number"=>"${b}"}}`,
  ],
  [
    "json-spaced-number",
    (v) => `{ "cardNumber": ${v}, "cvc": "***" }`,
    (b) => `{ "orderNumber": ${b}, "cvc": "***" }`,
  ],
  ["mdc", (v) => `[pan=${v}] 3DS challenge sent`, (b) => `[ref=${b}] 3DS challenge sent`],
];

// ---------------------------------------------------------------- IBAN

/** ISO 13616 registry: each country's BBAN as counts of n (digits), a (letters), c (either). */
const IBAN_BBAN: Record<string, string> = {
  AD: "8n12c",
  AT: "16n",
  AZ: "4a20c",
  BA: "16n",
  BE: "12n",
  BG: "4a6n8c",
  CH: "5n12c",
  CY: "8n16c",
  CZ: "20n",
  DE: "18n",
  DK: "14n",
  EE: "16n",
  ES: "20n",
  FI: "14n",
  FR: "10n11c2n",
  GB: "4a14n",
  GE: "2a16n",
  GR: "7n16c",
  HR: "17n",
  HU: "24n",
  IE: "4a14n",
  IL: "19n",
  IS: "22n",
  IT: "1a10n12c",
  JO: "4a4n18c",
  KW: "4a22c",
  KZ: "3n13c",
  LB: "4n20c",
  LI: "5n12c",
  LT: "16n",
  LU: "3n13c",
  LV: "4a13c",
  MC: "10n11c2n",
  MT: "4a5n18c",
  MU: "4a19n3a",
  NL: "4a10n",
  NO: "11n",
  PK: "4a16c",
  PL: "24n",
  PT: "21n",
  QA: "4a21c",
  RO: "4a16c",
  RS: "18n",
  SE: "20n",
  SI: "15n",
  SK: "20n",
  SM: "1a10n12c",
  TN: "20n",
  TR: "5n1n16c",
  UA: "6n19c",
};
const letterDigits = (s: string) =>
  [...s].map((c) => (c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c)).join("");
function iban(r: Rand, country: string, checkOffset = 0): string {
  let bban = "";
  for (const [, n, kind] of IBAN_BBAN[country].matchAll(/(\d+)([nac])/g)) {
    bban += r.chars(Number(n), kind === "n" ? DIGITS : kind === "a" ? UPPER : DIGITS + UPPER);
  }
  const check = (98 - mod97(letterDigits(bban + country + "00")) + checkOffset + 97) % 97;
  return country + String(check < 2 ? check + 97 : check).padStart(2, "0") + bban;
}
const groups4 = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ");

const IBAN_CARRIERS: [string, (v: string) => string, (b: string) => string][] = [
  [
    "label-colon",
    (v) => `Refund queued. IBAN: ${v} BIC on file`,
    (b) => `Refund queued. Ref: ${b} BIC on file`,
  ],
  [
    "kv",
    (v) => `sepa.mandate created iban=${v} mandate_id=MND-20417`,
    (b) => `sepa.mandate created ref=${b} mandate_id=MND-20417`,
  ],
  [
    "json",
    (v) => `{"beneficiary":{"name":"K. Ito","iban":"${v}"},"amount":"250.00"}`,
    (b) => `{"beneficiary":{"name":"K. Ito","ref":"${b}"},"amount":"250.00"}`,
  ],
  [
    "prose",
    (v) => `please wire the deposit to ${v} before friday`,
    (b) => `please quote the reference ${b} before friday`,
  ],
  [
    "xml",
    (v) => `<CdtrAcct><Id><IBAN>${v}</IBAN></Id></CdtrAcct>`,
    (b) => `<CdtrAcct><Id><Othr>${b}</Othr></Id></CdtrAcct>`,
  ],
  [
    "csv",
    (v) => `payee;iban;amount\nMüller GmbH;${v};1200,00`,
    (b) => `payee;sku;amount\nMüller GmbH;${b};1200,00`,
  ],
  [
    "query",
    (v) => `POST /api/payouts?iban=${v.replace(/ /g, "%20")}&currency=EUR 201`,
    (b) => `POST /api/payouts?ref=${b.replace(/ /g, "%20")}&currency=EUR 201`,
  ],
  [
    "camel-json",
    (v) => `{"debtorIban":"${v}","creditorName":"ACME"}`,
    (b) => `{"debtorRef":"${b}","creditorName":"ACME"}`,
  ],
  [
    "glued",
    (v) => `SEPA credit failed (IBAN:${v}): AC04 closed account`,
    (b) => `SEPA credit failed (REF:${b}): AC04 closed account`,
  ],
  ["prose-end", (v) => `Konto: ${v}.`, (b) => `Auftrag: ${b}.`],
  ["tsv", (v) => `2026-03-01\t${v}\t120.00\tEUR`, (b) => `2026-03-01\t${b}\t120.00\tEUR`],
  ["swift-mt", (v) => `:59:/${v}\nACME GMBH`, (b) => `:20:${b}\nACME GMBH`],
  ["slash-iban", (v) => `/IBAN/${v}/BIC/DEUTDEFF`, (b) => `/REF/${b}/BIC/DEUTDEFF`],
  ["french-colon", (v) => `IBAN : ${v}`, (b) => `Réf : ${b}`],
  [
    "key-upper-json",
    (v) => `{"IBAN": "${v}", "BIC": "COBADEFFXXX"}`,
    (b) => `{"REF": "${b}", "BIC": "COBADEFFXXX"}`,
  ],
];

// ---------------------------------------------------------------- e-mail

const GIVEN = [
  "anna",
  "li.wei",
  "jp",
  "sofia",
  "omar",
  "k.tanaka",
  "marta",
  "dev.ops",
  "ngozi",
  "lars",
];
const FAMILY = ["schmidt", "okafor", "nguyen", "rossi", "garcia", "kowalski", "haddad", "berg"];
const DOMAINS = [
  "mailbox.org",
  "corp.acme-industries.com",
  "eu.mail.contoso.net",
  "students.uni-heidelberg.de",
  "gmx.at",
  "fastmail.fm",
  "hotmail.co.uk",
  "consultoria.com.br",
  "kundenservice.telekom.de",
  "outlook.jp",
];
const IDN_DOMAINS = ["bücher.de", "exämple.com", "münchen-post.de", "españa-mail.es"];
const PUNY_DOMAINS = ["xn--bcher-kva.de", "xn--mnchen-3ya.de", "xn--espaa-rta.es"];

function mailbox(r: Rand): string {
  return `${r.pick(GIVEN)}${r.pick([".", "_", ""])}${r.pick(FAMILY)}${
    r.int(3) === 0 ? r.range(1, 99) : ""
  }`;
}

/** Forms of an address: [form, the address as written, the text to look for]. */
function emailForms(r: Rand): [string, string][] {
  const local = mailbox(r);
  const dom = r.pick(DOMAINS);
  return [
    ["plus", `${local}+${r.pick(["billing", "noreply-test", "github", "2026"])}@${dom}`],
    ["subdomain", `${local}@${r.pick(["mx1.", "mail.eu-west.", "alerts."])}${dom}`],
    ["idn", `${r.pick(["josé", "søren", "zoë", "müller"])}@${r.pick(IDN_DOMAINS)}`],
    ["punycode", `${local}@${r.pick(PUNY_DOMAINS)}`],
    ["quoted-local", `"${r.pick(GIVEN)} ${r.pick(FAMILY)}"@${dom}`],
    ["plain", `${local}@${dom}`],
  ];
}

const EMAIL_CARRIERS: [string, (v: string) => string][] = [
  ["mailto", (v) => `<a href="mailto:${v}?subject=Invoice">contact</a>`],
  ["angle", (v) => `From: "Support Desk" <${v}>`],
  ["eq-glued", (v) => `smtp: delivered rcpt=${v},relay=mx2`],
  ["colon-glued", (v) => `user:${v} logged in from web`],
  ["json", (v) => `{"event":"signup","email":"${v}","plan":"pro"}`],
  ["prose", (v) => `Hi, my address changed to ${v}, please update it.`],
  [
    "postfix",
    (v) =>
      `postfix/smtp[2231]: 4F1A2C: to=<${v}>, relay=mx.google.com[142.250.1.27]:25, status=sent`,
  ],
  ["sql", (v) => `SELECT id FROM users WHERE email = '${v}' LIMIT 1`],
  ["mdc", (v) => `[req-7f3a user=${v}] GET /account 200`],
  ["ldap", (v) => `ldap add: mail=${v},ou=people,dc=corp,dc=local`],
  ["go-struct", (v) => `user created: &{ID:4412 Email:${v} Admin:false}`],
  ["csv-quoted", (v) => `"4412","${v}","2026-01-02"`],
  ["upper", (v) => `RCPT TO:<${v.toUpperCase()}>`],
  ["prose-period", (v) => `Sent the receipt to ${v}.`],
  ["git-author", (v) => `Author: Kim Lee <${v}>`],
  ["x509", (v) => `subject=C = DE, O = ACME, CN = Kim Lee, emailAddress = ${v}`],
  ["smtp-mail-from", (v) => `MAIL FROM:<${v}> SIZE=20480`],
  ["json-list", (v) => `{"to":["${v}","billing@acme-industries.com"],"subject":"Invoice"}`],
  ["cookie", (v) => `Set-Cookie: last_login=${encodeURIComponent(v)}; Path=/; HttpOnly`],
  ["paren-comment", (v) => `From: ${v} (Kim Lee)`],
];

// ---------------------------------------------------------------- phones

/** A plan's mobile (or main) layout: calling code, the international groups, the national form. */
const PHONE_PLANS: [string, string, string, string][] = [
  ["US", "1", "ndd ndd dddd", "(ndd) ndd-dddd"],
  ["CA", "1", "ndd ndd dddd", "ndd-ndd-dddd"],
  ["GB", "44", "7ddd dddddd", "07ddd dddddd"],
  ["DE", "49", "151 ddddddd", "0151 ddddddd"],
  ["FR", "33", "6 dd dd dd dd", "06 dd dd dd dd"],
  ["IT", "39", "3dd ddd dddd", "3dd ddd dddd"],
  ["ES", "34", "6dd ddd ddd", "6dd ddd ddd"],
  ["NL", "31", "6 dddddddd", "06-dddddddd"],
  ["BE", "32", "47d dd dd dd", "047d dd dd dd"],
  ["CH", "41", "79 ddd dd dd", "079 ddd dd dd"],
  ["AT", "43", "664 ddddddd", "0664 ddddddd"],
  ["SE", "46", "70 ddd dd dd", "070-ddd dd dd"],
  ["NO", "47", "4dd dd ddd", "4dd dd ddd"],
  ["DK", "45", "2d dd dd dd", "2d dd dd dd"],
  ["FI", "358", "40 ddd dddd", "040 ddd dddd"],
  ["PL", "48", "5dd ddd ddd", "5dd ddd ddd"],
  ["CZ", "420", "6dd ddd ddd", "6dd ddd ddd"],
  ["PT", "351", "91d ddd ddd", "91d ddd ddd"],
  ["IE", "353", "87 ddd dddd", "087 ddd dddd"],
  ["GR", "30", "69d ddd dddd", "69d ddd dddd"],
  ["HU", "36", "20 ddd dddd", "06 20 ddd dddd"],
  ["RO", "40", "72d ddd ddd", "072d ddd ddd"],
  ["TR", "90", "53d ddd dd dd", "053d ddd dd dd"],
  ["RU", "7", "9dd ddd-dd-dd", "8 (9dd) ddd-dd-dd"],
  ["UA", "380", "67 ddd dd dd", "067 ddd dd dd"],
  ["IL", "972", "5n-ddd-dddd", "05n-ddd-dddd"],
  ["AE", "971", "50 ddd dddd", "050 ddd dddd"],
  ["SA", "966", "5n ddd dddd", "05n ddd dddd"],
  ["EG", "20", "10 dddd dddd", "010 dddd dddd"],
  ["ZA", "27", "82 ddd dddd", "082 ddd dddd"],
  ["NG", "234", "803 ddd dddd", "0803 ddd dddd"],
  ["KE", "254", "712 dddddd", "0712 dddddd"],
  ["IN", "91", "98ddd ddddd", "098ddd ddddd"],
  ["PK", "92", "300 ddddddd", "0300 ddddddd"],
  ["CN", "86", "138 dddd dddd", "138 dddd dddd"],
  ["JP", "81", "80-dddd-dddd", "080-dddd-dddd"],
  ["KR", "82", "10-dddd-dddd", "010-dddd-dddd"],
  ["TW", "886", "912 ddd ddd", "0912 ddd ddd"],
  ["HK", "852", "9ddd dddd", "9ddd dddd"],
  ["SG", "65", "8ddd dddd", "8ddd dddd"],
  ["MY", "60", "12-ddd dddd", "012-ddd dddd"],
  ["TH", "66", "81 ddd dddd", "081 ddd dddd"],
  ["ID", "62", "812-dddd-dddd", "0812-dddd-dddd"],
  ["PH", "63", "917 ddd dddd", "0917 ddd dddd"],
  ["AU", "61", "412 ddd ddd", "0412 ddd ddd"],
  ["NZ", "64", "21 ddd dddd", "021 ddd dddd"],
  ["BR", "55", "11 9dddd-dddd", "(11) 9dddd-dddd"],
  ["MX", "52", "55 dddd dddd", "55 dddd dddd"],
  ["AR", "54", "9 11 dddd-dddd", "011 15-dddd-dddd"],
  ["CL", "56", "9 dddd dddd", "9 dddd dddd"],
  ["CO", "57", "310 ddd dddd", "310 ddd dddd"],
  ["PE", "51", "9dd ddd ddd", "9dd ddd ddd"],
];

function fill(r: Rand, template: string): string {
  return template.replace(/[dn]/g, (c) => c === "n" ? String(r.range(1, 9)) : r.digits(1));
}

/** International forms of one number: [form, written]. */
function phoneForms(code: string, intl: string, national: string): [string, string][] {
  const digits = intl.replace(/\D/g, "");
  const parts = intl.split(/[ -]/);
  const rest = parts.slice(1).join(" ");
  return [
    ["e164", `+${code}${digits}`],
    ["intl-spaces", `+${code} ${parts.join(" ")}`],
    ["intl-dots", `+${code}.${parts.join(".")}`],
    ["intl-dashes", `+${code}-${parts.join("-")}`],
    ["intl-trunk-paren", `+${code} (0)${parts.join(" ")}`],
    ["idd-00-dashes", `00${code}-${parts.join("-")}`],
    ["plus-paren-code", `(+${code}) ${parts.join(" ")}`],
    ["intl-paren", `+${code} (${parts[0]}) ${rest}`],
    ["idd-00", `00${code} ${parts.join(" ")}`],
    ["national", national],
  ];
}

const PHONE_CARRIERS: [string, (v: string) => string][] = [
  ["tel-uri", (v) => `<a href="tel:${v.replace(/[ ()]/g, "")}">Call us</a>`],
  ["json", (v) => `{"customer_id":"c_88213","mobile":"${v}","verified":true}`],
  ["query", (v) => `GET /api/otp/send?msisdn=${encodeURIComponent(v)}&channel=sms 200 41ms`],
  ["kv", (v) => `sms.dispatch to=${v} template=otp_login status=accepted`],
  ["prose", (v) => `Caller left a voicemail, call back on ${v} after 5pm`],
  ["extension", (v) => `Contact: ${v} x214`],
  ["extension-ext", (v) => `support line ${v} ext. 45 (mon-fri)`],
  ["vcard", (v) => `TEL;TYPE=cell:${v}`],
  ["go-struct", (v) => `contact: &{Name:Ana Phone:${v} Primary:true}`],
  ["csv", (v) => `id,name,phone\n77,Ana Souza,${v}`],
  ["xml", (v) => `<Contact><Phone type="mobile">${v}</Phone></Contact>`],
  ["glued-colon", (v) => `whatsapp.send ok recipient:${v} msgid=wamid.HBgL`],
  ["signature-m", (v) => `--\nKim Lee | Sales\nM: ${v}`],
  ["tel-dot", (v) => `Tel.: ${v}`],
  ["mob-abbrev", (v) => `Mob. ${v} (WhatsApp)`],
  ["paren-after-name", (v) => `Kim Lee (${v}) requested a callback`],
];

// ---------------------------------------------------------------- IP addresses

function publicV4(r: Rand): string {
  for (;;) {
    const a = r.range(1, 223);
    if ([10, 127, 100, 169, 172, 192, 198, 203, 0].includes(a)) continue;
    return `${a}.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`;
  }
}
function hextets(r: Rand): number[] {
  const h = [
    r.pick([0x2001, 0x2a01, 0x2a02, 0x2600, 0x2604, 0x2406, 0x2800, 0x2c0f]),
    r.int(0x10000),
  ];
  for (let i = 2; i < 8; i++) h.push(r.int(3) === 0 ? 0 : r.int(0x10000));
  return h;
}

/** IPv4 carriers: [type, text, value]. */
function v4Cases(r: Rand, address?: string): [string, string, string][] {
  const a = address ?? publicV4(r);
  const b = publicV4(r);
  const c = publicV4(r);
  const ts = `${r.range(10, 28)}/Mar/2026:${r.range(10, 23)}:${r.range(10, 59)}:${
    r.range(10, 59)
  } +0000`;
  const size = r.range(200, 90000);
  return [
    ["ipv4:port", `upstream connect error to ${a}:${r.range(1024, 65535)} (ECONNREFUSED)`, a],
    [
      "ipv4:cidr",
      `firewall allow from ${a.replace(/\.\d+$/, ".0")}/24 proto tcp`,
      a.replace(/\.\d+$/, ".0"),
    ],
    ["ipv4:bracketed", `client [${a}] sent invalid header`, a],
    ["ipv4:url", `fetching http://${a}:8080/healthz failed: timeout`, a],
    ["ipv4:mapped", `accepted connection from ::ffff:${a} port ${r.range(1024, 65535)}`, a],
    ["ipv4:xff", `X-Forwarded-For: ${a}, ${b}, ${c}`, a],
    ["ipv4:xff-last", `X-Forwarded-For: ${a}, ${b}, ${c}`, c],
    [
      "ipv4:nginx",
      `${a} - - [${ts}] "GET /api/v2/orders HTTP/1.1" 200 ${size} "-" "Mozilla/5.0"`,
      a,
    ],
    [
      "ipv4:apache-combined",
      `${a} - frank [${ts}] "POST /login HTTP/1.1" 302 ${size} "https://shop.example/" "curl/8.5.0"`,
      a,
    ],
    [
      "ipv4:alb",
      `https 2026-03-14T08:12:55.201843Z app/prod-alb/50dc6c495c0c9188 ${a}:${
        r.range(1024, 65535)
      } ${publicV4(r)}:443 0.000 0.012 0.000 200 200 ${
        r.range(100, 999)
      } ${size} "GET https://api.shop.io:443/v1/cart HTTP/1.1" "okhttp/4.12.0"`,
      a,
    ],
    [
      "ipv4:envoy",
      `[2026-03-14T08:12:55.201Z] "GET /v1/items HTTP/2" 200 - 0 ${size} 12 11 "${a}" "grpc-go/1.62" "7f1c1b9e-3d0a-4b2c-9a41-0c5a4e1d2f30" "items.svc" "${
        publicV4(r)
      }:8443"`,
      a,
    ],
    [
      "ipv4:syslog-rhost",
      `Mar 14 08:12:55 bastion sshd[${
        r.range(1000, 99999)
      }]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${a}  user=root`,
      a,
    ],
    [
      "ipv4:nginx-error",
      `2026/03/14 08:12:55 [error] 31#31: *1043 upstream timed out, client: ${a}, server: api.shop.io, request: "GET / HTTP/1.1"`,
      a,
    ],
    [
      "ipv4:haproxy",
      `haproxy[812]: ${a}:${
        r.range(1024, 65535)
      } [14/Mar/2026:08:12:55.201] fe_https~ be_api/api2 0/0/1/12/13 200 ${size} - - ---- 1/1/0/0/0 0/0 "GET /v1 HTTP/1.1"`,
      a,
    ],
    ["ipv4:postfix", `postfix/smtpd[9912]: connect from unknown[${a}]`, a],
    [
      "ipv4:sshd",
      `sshd[2231]: Failed password for invalid user admin from ${a} port ${
        r.range(1024, 65535)
      } ssh2`,
      a,
    ],
    [
      "ipv4:iptables",
      `kernel: [UFW BLOCK] IN=eth0 OUT= SRC=${a} DST=${b} LEN=60 TOS=0x00 PROTO=TCP SPT=${
        r.range(1024, 65535)
      } DPT=22`,
      a,
    ],
    [
      "ipv4:vpc-flow",
      `2 123456789012 eni-0a1b2c3d4e5f ${a} ${b} 443 ${
        r.range(1024, 65535)
      } 6 12 4096 1710403975 1710404035 ACCEPT OK`,
      a,
    ],
    [
      "ipv4:cloudtrail",
      `{"eventName":"ConsoleLogin","sourceIPAddress":"${a}","userAgent":"signin.amazonaws.com"}`,
      a,
    ],
    ["ipv4:forwarded", `Forwarded: for=${a};proto=https;by=${b}`, a],
    [
      "ipv4:apache-error",
      `[Sat Mar 14 08:12:55.201 2026] [core:error] [pid 4412] [client ${a}:${
        r.range(1024, 65535)
      }] AH00126: Invalid URI`,
      a,
    ],
    ["ipv4:mysql", `Access denied for user 'app'@'${a}' (using password: YES)`, a],
    ["ipv4:redis", `id=7 addr=${a}:${r.range(1024, 65535)} laddr=${b}:6379 fd=8 name= age=3`, a],
    [
      "ipv4:windows",
      `An account failed to log on. Source Network Address: ${a} Source Port: ${
        r.range(1024, 65535)
      }`,
      a,
    ],
    ["ipv4:ip-addr", `    inet ${a}/24 brd ${a.replace(/\.\d+$/, ".255")} scope global eth0`, a],
    [
      "ipv4:ifconfig",
      `eth0 inet addr:${a}  Bcast:${a.replace(/\.\d+$/, ".255")}  Mask:255.255.255.0`,
      a,
    ],
    [
      "ipv4:netstat",
      `tcp        0      0 ${b}:22        ${a}:${r.range(1024, 65535)}     ESTABLISHED`,
      a,
    ],
    [
      "ipv4:bind-query",
      `client @0x7f3a2c ${a}#${r.range(1024, 65535)} (shop.io): query: shop.io IN A +E(0)`,
      a,
    ],
    ["ipv4:ping", `PING ${a} (${a}) 56(84) bytes of data.`, a],
    ["ipv4:nmap", `Nmap scan report for ${a}`, a],
    ["ipv4:geoip", `geoip lookup ${a} -> DE/Berlin`, a],
    ["ipv4:k8s", `  podIP: ${a}\n  hostIP: ${b}`, a],
    ["ipv4:json", `{"remote_addr":"${a}","status":403}`, a],
  ];
}

function v6Cases(r: Rand): [string, string, string][] {
  const h = hextets(r);
  const can = ipv6Canonical(h);
  const full = ipv6Full(h);
  const up = can.toUpperCase();
  const mixed = `${h.slice(0, 6).map((x) => x.toString(16)).join(":")}:${publicV4(r)}`;
  const link = `fe80::${r.int(0x10000).toString(16)}:${r.int(0x10000).toString(16)}:${
    r.int(0x10000).toString(16)
  }:${r.int(0x10000).toString(16)}`;
  const port = r.range(1024, 65535);
  return [
    ["ipv6:compressed", `peer ${can} closed the stream`, can],
    ["ipv6:full", `neighbor ${full} reachable`, full],
    ["ipv6:upper", `Client address: ${up}`, up],
    ["ipv6:mixed-v4-tail", `src=${mixed} dst=${ipv6Canonical(hextets(r))}`, mixed],
    ["ipv6:zone", `ping6: sendmsg to ${link}%eth0: No route to host`, link],
    ["ipv6:bracket-port", `dial tcp [${can}]:${port}: i/o timeout`, can],
    ["ipv6:url", `redirecting to http://[${can}]:${port}/status`, can],
    ["ipv6:xff", `X-Forwarded-For: ${can}, ${publicV4(r)}`, can],
    [
      "ipv6:nginx",
      `${can} - - [14/Mar/2026:08:12:55 +0000] "GET /feed HTTP/2.0" 304 0 "-" "Feedly/1.0"`,
      can,
    ],
    ["ipv6:forwarded", `Forwarded: for="[${can}]:${port}";proto=https`, can],
    ["ipv6:sshd", `sshd[771]: Accepted publickey for deploy from ${can} port ${port} ssh2`, can],
    ["ipv6:json", `{"remoteIp":"${can}","status":200,"latency":"0.012s"}`, can],
    [
      "ipv6:leading-compressed",
      `addr ::${h[6].toString(16)}:${h[7].toString(16)} seen`,
      `::${h[6].toString(16)}:${h[7].toString(16)}`,
    ],
    [
      "ipv6:trailing-compressed",
      `prefix delegated ${ipv6Canonical([...h.slice(0, 3), 0, 0, 0, 0, 0])} to cpe`,
      ipv6Canonical([...h.slice(0, 3), 0, 0, 0, 0, 0]),
    ],
    ["ipv6:postfix", `postfix/smtpd[9912]: connect from mail.example.net[${can}]`, can],
    [
      "ipv6:apache-error",
      `[client ${can}:${port}] AH01630: client denied by server configuration`,
      can,
    ],
    [
      "ipv6:iptables",
      `IN=eth0 OUT= SRC=${full.toUpperCase()} DST=${ipv6Full(hextets(r))} LEN=80`,
      full.toUpperCase(),
    ],
    ["ipv6:url-zone", `GET http://[${link}%25eth0]:8080/ 200`, link],
    ["ipv6:nat64", `resolved via 64:ff9b::${publicV4(r)} (dns64)`, "64:ff9b::"],
    ["ipv6:ip-neigh", `${link} dev eth0 lladdr 52:54:00:12:34:56 REACHABLE`, link],
    ["ipv6:bracket-alone", `peer [${can}] disconnected`, can],
    ["ipv6:prefix-len", `inet6 ${can}/64 scope global dynamic`, can],
    [
      "ipv6:cidr",
      `route add ${ipv6Canonical([...h.slice(0, 4), 0, 0, 0, 0])}/64 via eth1`,
      ipv6Canonical([...h.slice(0, 4), 0, 0, 0, 0]),
    ],
  ];
}

// ---------------------------------------------------------------- SSN and national ids

function ssnCases(r: Rand): [string, string, string][] {
  const s = ssn(r);
  const spaced = s.replace(/-/g, " ");
  const bare = s.replace(/-/g, "");
  const out: [string, string, string][] = [
    ["ssn:dashed", `applicant ssn: ${s} verified`, s],
    ["ssn:spaced", `SSN ${spaced} on W-2 form`, spaced],
    ["ssn:none", `{"employee":{"ssn":"${bare}","dept":"ops"}}`, bare],
    ["ssn:kv", `kyc.check social_security_number=${s} result=pass`, s],
  ];
  const ni = nino(r);
  const pe = pesel(r);
  const st = steuerId(r);
  const si = sin(r);
  out.push(["nino", `HMRC lookup NI number: ${ni} ok`, ni]);
  out.push(["pesel", `{"pesel":"${pe}","status":"verified"}`, pe]);
  out.push(["steuer-id", `Steuer-ID ${st} übermittelt`, st]);
  out.push(["ca-sin", `SIN: ${si} on file`, si]);
  // Checked national ids under their names, in the carriers of SSNs above and a CSV header.
  const ids: [string, string, string][] = [
    ["es-dni", "dni", dni(r)],
    ["es-nie", "nie", nie(r)],
    ["it-codice-fiscale", "codice_fiscale", codiceFiscale(r)],
    ["in-aadhaar", "aadhaar", aadhaar(r)],
    ["tr-tckn", "tckn", tckn(r)],
    ["sg-nric", "nric", nric(r)],
    ["fi-hetu", "hetu", hetu(r)],
    ["se-personnummer", "personnummer", personnummer(r, r.int(2) === 0)],
    ["kr-rrn", "rrn", rrn(r)],
  ];
  for (const [type, key, v] of ids) {
    const carrier = r.pick([
      ["json", `{"customer":{"${key}":"${v}","tier":"gold"}}`],
      ["kv", `kyc.verify ${key}=${v} result=match score=0.97`],
      ["xml", `<Person><${key}>${v}</${key}></Person>`],
      ["csv", `id,${key},country\n4412,${v},XX`],
      ["label", `${key.toUpperCase()}: ${v} (checked)`],
    ]);
    out.push([`${type}:${carrier[0]}`, carrier[1], v]);
  }
  return out;
}

// ---------------------------------------------------------------- generation

/**
 * `value` as `text` holds it: itself, percent-encoded where the carrier encodes it, or without
 * spaces and brackets in a `tel:` URI.
 */
function asWritten(text: string, value: string): string {
  if (text.includes(value)) return value;
  const encoded = [
    value.replace(/ /g, "%20"),
    encodeURIComponent(value),
    value.replace(/[ ()]/g, ""), // a tel: URI's
  ].find((e) => text.includes(e));
  if (encoded === undefined) throw new Error("a value not in its text");
  return encoded;
}

export function generateCore16(seed = SEED): CorePiiCase[] {
  const r = new Rand(seed);
  const cases: CorePiiCase[] = [];
  const id = () => `c16-${String(cases.length).padStart(4, "0")}`;
  const pii = (type: string, text: string, ...values: string[]) =>
    cases.push({
      id: id(),
      kind: "pii",
      type,
      tier: "core",
      text,
      secrets: values,
      expect_unchanged: false,
    });
  const benign = (type: string, text: string) =>
    cases.push({ id: id(), kind: "benign", type, text, secrets: [], expect_unchanged: true });

  let turn = 0;
  // Cards: every brand and length, four groupings, each carrier; twins with Luhn-failing numbers.
  for (const [brand, , lengths] of brands(r)) {
    for (const length of lengths) {
      for (const sep of [" ", "-", ".", ""]) {
        for (let k = 0; k < 2; k++) {
          const prefix = brands(r).find((b) => b[0] === brand)![1];
          const pan = cardNumber(r, prefix, length);
          const written = sep === "" ? pan : cardGroups(pan, sep);
          let [carrier, make] = CARD_CARRIERS[turn++ % CARD_CARRIERS.length];
          // A JSON number and a URL's path hold no spaces or dots.
          if (
            sep !== "" && (carrier === "json-number" || (carrier === "url-path" && sep !== "-"))
          ) {
            [carrier, make] = CARD_CARRIERS[1];
          }
          pii(
            `card:${brand}:${length}:${sep === "" ? "none" : sep}:${carrier}`,
            make(written),
            written,
          );
        }
      }
    }
  }
  for (const [carrier, , twin] of CARD_CARRIERS) {
    for (let k = 0; k < 3; k++) {
      const bad = luhnFailing(r, r.pick(["4", "51", "37", "6011", "35"]), r.pick([15, 16]));
      benign(`benign:card-luhn-failing:${carrier}`, twin(bad));
    }
  }

  // IBANs: every country, compact and grouped, upper and lower case, each carrier.
  for (const country of Object.keys(IBAN_BBAN)) {
    for (const form of ["compact", "grouped", "lower", "lower-grouped"]) {
      const v = iban(r, country);
      const written = form === "compact"
        ? v
        : form === "grouped"
        ? groups4(v)
        : form === "lower"
        ? v.toLowerCase()
        : groups4(v.toLowerCase());
      let [carrier, make] = r.pick(IBAN_CARRIERS);
      // SWIFT MT messages are written in capitals.
      if (carrier === "swift-mt" && form.startsWith("lower")) [carrier, make] = IBAN_CARRIERS[0];
      const text = make(written);
      // A query string carries the spaces of a grouped IBAN as `%20`.
      pii(`iban:${country}:${form}:${carrier}`, text, asWritten(text, written));
    }
  }
  for (const [carrier, , twin] of IBAN_CARRIERS) {
    for (let k = 0; k < 3; k++) {
      const country = r.pick(Object.keys(IBAN_BBAN));
      const bad = iban(r, country, r.range(1, 40));
      benign(`benign:iban-bad-check:${carrier}`, twin(r.int(2) ? bad : groups4(bad)));
    }
  }

  // E-mail: every form in every carrier; escaped forms.
  for (let k = 0; k < 3; k++) {
    for (const [form, v] of emailForms(r)) {
      for (const [carrier, make] of EMAIL_CARRIERS) {
        if (form === "quoted-local" && (carrier === "eq-glued" || carrier === "colon-glued")) {
          continue;
        }
        const written = carrier === "upper" ? v.toUpperCase() : v;
        const text = make(v);
        pii(`email:${form}:${carrier}`, text, asWritten(text, written));
      }
    }
    const v = `${mailbox(r)}@${r.pick(DOMAINS)}`;
    const pct = v.replace("@", "%40").replace("+", "%2B");
    pii("email:percent-encoded:url", `GET /unsubscribe?email=${pct}&list=weekly 200`, pct);
    pii(
      "email:percent-encoded:redirect",
      `redirect_uri=https%3A%2F%2Fapp.io%2Fcb%3Fuser%3D${pct} state=ok`,
      pct,
    );
    const esc = v.replace("@", "\\u0040");
    pii("email:json-escaped", `{"msg":"invite sent to ${esc}"}`, esc);
    const name = `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
    const v2 = `${mailbox(r)}@${r.pick(DOMAINS)}`;
    pii("email:display-name-list", `To: "${name}" <${v2}>, ops@${r.pick(DOMAINS)}`, v2);
  }
  // E-mail look-alikes in code and names: `@` not between a mailbox and a domain.
  for (let k = 0; k < 4; k++) {
    const v = `${r.range(1, 20)}.${r.range(0, 9)}.${r.range(0, 9)}`;
    benign("benign:at-code", `  @Override public void onEvent(Event e) { log.info("handled"); }`);
    benign(
      "benign:at-retina-file",
      `GET /static/img/logo@${r.range(2, 3)}x.png 200 ${r.range(500, 90000)}`,
    );
    benign("benign:at-npm", `npm install @types/node@${v} typescript@^${v} --save-dev`);
    benign(
      "benign:at-localhost",
      `FATAL: password authentication failed for user "postgres@localhost"`,
    );
    benign(
      "benign:at-systemd",
      `Started getty@tty${r.range(1, 6)}.service - Getty on tty${r.range(1, 6)}.`,
    );
    benign(
      "benign:at-docker-digest",
      `pulled redis@sha256:${r.chars(64, HEX)} in ${r.range(2, 30)}s`,
    );
    benign(
      "benign:at-python-decorator",
      `File "app.py", line ${r.range(10, 400)}, in @app.route("/api")`,
    );
    benign("benign:at-version-pin", `resolved lodash@${v} (deduped) from registry`);
  }

  // Phones: 50+ plans, seven forms, rotating carriers.
  for (const [region, code, intlT, natT] of PHONE_PLANS) {
    const intl = fill(r, intlT);
    const national = fill(r, natT);
    for (const [form, v] of phoneForms(code, intl, national)) {
      const [carrier, make] = r.pick(PHONE_CARRIERS);
      const text = make(v);
      const present = text.includes(v) ? v : encodeURIComponent(v);
      if (carrier === "tel-uri") {
        const compact = v.replace(/[ ()]/g, "");
        pii(`phone:${region}:${form}:${carrier}`, text, compact);
      } else pii(`phone:${region}:${form}:${carrier}`, text, present);
    }
  }
  // North American numbers as data generators write them: any digit in every place, the layouts
  // of a US locale's phone formats, some with an extension.
  for (let k = 0; k < 24; k++) {
    const layout = r.pick([
      "ddd-ddd-dddd",
      "(ddd)ddd-dddd",
      "1-ddd-ddd-dddd",
      "ddd.ddd.dddd",
      "+1-ddd-ddd-dddd",
      "001-ddd-ddd-dddd",
    ]);
    const v = fill(r, layout);
    const ext = r.int(2) === 0 ? `x${r.digits(r.range(3, 5))}` : "";
    const [carrier, make] = r.pick(PHONE_CARRIERS);
    const text = make(v + ext);
    pii(`phone:US:generated-${layout}:${carrier}`, text, asWritten(text, v));
  }
  // Phone look-alikes: ids, order numbers and counts in the same carriers.
  for (let k = 0; k < 6; k++) {
    const n10 = `${r.range(2, 9)}${r.digits(9)}`;
    benign("benign:phone-order", `order ${n10} shipped via DHL, 3 items`);
    benign(
      "benign:phone-json-id",
      `{"customer_id":"c_${r.digits(5)}","invoice":${n10},"verified":true}`,
    );
    benign(
      "benign:phone-query",
      `GET /api/orders?page=${r.range(1, 40)}&since=${n10}&limit=50 200 41ms`,
    );
    benign("benign:phone-kv", `sms.dispatch batch=${n10} template=otp_login status=accepted`);
    benign(
      "benign:phone-duration",
      `request took ${r.range(1, 9)}.${r.digits(3)} s, p99=${r.range(100, 999)}.${r.digits(2)} ms`,
    );
  }

  // IPs.
  for (let k = 0; k < 4; k++) {
    for (const [type, text, v] of v4Cases(r)) pii(type, text, v);
    for (const [type, text, v] of v6Cases(r)) pii(type, text, v);
  }
  for (let k = 0; k < 4; k++) {
    const ver = `${r.range(1, 12)}.${r.range(0, 20)}.${r.range(0, 99)}.${r.range(0, 9999)}`;
    benign("benign:version-quad", `agent version ${ver} starting`);
    benign(
      "benign:version-v",
      `OS build v10.0.${r.range(17000, 22631)}.${r.range(1, 4000)} detected`,
    );
    benign(
      "benign:snmp-oid",
      `snmpget: .1.3.6.1.4.1.${r.range(2000, 60000)}.${r.range(1, 9)}.${
        r.range(1, 20)
      } = INTEGER: ${r.range(0, 100)}`,
    );
    benign("benign:oid-named", `OID 1.2.840.113549.1.1.${r.range(1, 14)} (rsa signature)`);
    benign("benign:netmask", `inet addr netmask 255.255.255.0 mtu ${r.pick([1500, 9001])}`);
    benign(
      "benign:timestamp",
      `2026-03-${r.range(10, 28)}T${r.range(10, 23)}:${r.range(10, 59)}:${r.range(10, 59)}.${
        r.digits(6)
      }Z worker ready`,
    );
    benign(
      "benign:duration",
      `gc pause ${r.range(1, 9)}.${r.digits(3)}ms heap ${r.range(100, 900)}.${r.digits(1)}MB`,
    );
    benign(
      "benign:uuid",
      `trace_id=${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-a${r.chars(3, HEX)}-${
        r.chars(12, HEX)
      } span=${r.chars(16, HEX)}`,
    );
    benign("benign:digest", `layer sha256:${r.chars(64, HEX)} verified`);
    benign(
      "benign:price",
      `cart total 1${r.digits(3)}.${r.digits(2)} EUR (${r.range(2, 9)} items, shipping 4.99)`,
    );
    benign(
      "benign:bytes-port",
      `listening on :${r.range(1024, 65535)}, read ${r.range(1000, 999999)} bytes`,
    );
    benign(
      "benign:build-id",
      `build #${r.range(1000, 99999)} artifact 2026.03.${r.range(10, 28)}.${r.range(1, 9)} pushed`,
    );
    benign(
      "benign:dotnet-version",
      `Microsoft.NETCore.App ${r.range(3, 8)}.0.${r.range(1, 30)}.0 [/usr/share/dotnet]`,
    );
    benign(
      "benign:assembly-version",
      `[assembly: AssemblyFileVersion("${r.range(1, 9)}.${r.range(0, 9)}.${r.range(0, 99)}.${
        r.range(0, 999)
      }")]`,
    );
    benign(
      "benign:kernel",
      `Linux version 5.15.0.${r.range(1000, 1099)}-azure (buildd@lcy02-amd64-032) #${
        r.range(10, 99)
      }`,
    );
    benign(
      "benign:thunderbird-ua",
      `User-Agent: Thunderbird/115.${r.range(1, 9)}.${r.range(0, 9)}.${
        r.range(0, 9)
      } (X11; Linux x86_64)`,
    );
    benign(
      "benign:xff-proto",
      `X-Forwarded-Proto: https, X-Forwarded-Port: ${r.pick([443, 8443])}, X-Request-Id: ${
        r.chars(32, HEX)
      }`,
    );
    benign(
      "benign:sshd-host",
      `sshd[2231]: Accepted publickey for deploy from bastion-${r.range(1, 9)}.corp port ${
        r.range(1024, 65535)
      } ssh2`,
    );
    benign(
      "benign:iptables-no-ip",
      `kernel: [UFW BLOCK] IN=eth0 OUT= LEN=60 TOS=0x00 PREC=0x00 TTL=${r.range(30, 64)} ID=${
        r.range(1000, 65535)
      } PROTO=TCP SPT=${r.range(1024, 65535)} DPT=22`,
    );
    benign(
      "benign:ipv6-code",
      `fn main() { let x = std::vec::Vec::<u8>::new(); } // ${r.range(1, 99)}:${r.range(10, 59)}`,
    );
    benign("benign:clock", `elapsed 12:34:56:${r.range(10, 99)} frames ${r.range(1000, 9999)}`);
    benign(
      "benign:isbn",
      `catalogue isbn 978-${r.range(0, 9)}-${r.digits(3)}-${r.digits(5)}-${
        r.range(0, 9)
      } restocked`,
    );
    benign("benign:epoch-ms", `cache expires_at=17${r.digits(11)} hits=${r.range(1, 9999)}`);
    benign(
      "benign:diff-stat",
      `${r.range(2, 40)} files changed, ${r.range(100, 9999)} insertions(+), ${
        r.range(10, 999)
      } deletions(-)`,
    );
    benign(
      "benign:chrome-version",
      `User-Agent: Mozilla/5.0 Chrome/${r.range(100, 130)}.0.${r.range(1000, 6999)}.${
        r.range(10, 200)
      } Safari/537.36`,
    );
  }

  // Number-heavy lines of real logs that hold no personal data: versions with and without a
  // word, builds, timestamps in many layouts, counters, metrics, ids, tracking numbers, amounts.
  const hex = (n: number) => r.chars(n, HEX);
  const small = () => `${r.range(1, 9)}.${r.range(0, 30)}.${r.range(0, 30)}.${r.range(0, 30)}`;
  const NUMBER_LINES: (() => string)[] = [
    () => `Server: nginx/1.${r.range(18, 27)}.${r.range(0, 9)} (Ubuntu)`,
    () =>
      `Python ${r.range(3, 3)}.${r.range(8, 13)}.${
        r.range(0, 12)
      } (main, Feb  7 2026, 12:00:01) [GCC 12.2.0]`,
    () =>
      `node v${r.range(16, 22)}.${r.range(0, 19)}.${r.range(0, 9)} npm ${r.range(8, 10)}.${
        r.range(0, 9)
      }.${r.range(0, 9)}`,
    () =>
      `Version ${r.range(110, 131)}.0.${r.range(5000, 6999)}.${
        r.range(10, 200)
      } (Official Build) (64-bit)`,
    () => `Microsoft Windows [Version 10.0.${r.range(19041, 26100)}.${r.range(1000, 5000)}]`,
    () =>
      `Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.${r.range(230000, 240999)}.${
        r.range(1, 9).toString().padStart(3, "0")
      })`,
    () => `datadog-agent ${small()} started in ${r.range(100, 999)}ms`,
    () =>
      `build 26100.${r.range(1000, 2999)}.${r.range(240000, 249999)}-${
        r.range(1000, 2359)
      } installed`,
    () =>
      `2026-03-14 08:12:55,${
        r.digits(3)
      } INFO  [main] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat started on port ${
        r.range(8000, 9000)
      } (http)`,
    () =>
      `20260314T08${r.range(10, 59)}${r.range(10, 59)}Z job=${r.range(100000, 999999)} attempt=${
        r.range(1, 5)
      }`,
    () =>
      `[${r.range(10, 99)}.${r.digits(6)}] usb 1-1: new high-speed USB device number ${
        r.range(2, 20)
      } using xhci_hcd`,
    () =>
      `http_requests_total{code="200",method="GET"} ${r.range(100000, 9999999)} 17${r.digits(11)}`,
    () =>
      `GC(${r.range(10, 999)}) Pause Young (Normal) (G1 Evacuation Pause) ${r.range(100, 999)}M->${
        r.range(10, 99)
      }M(${r.range(1000, 4096)}M) ${r.range(1, 99)}.${r.digits(3)}ms`,
    () => `resourceVersion: "${r.range(100000000, 999999999)}" generation: ${r.range(1, 40)}`,
    () => `ObjectId("${hex(24)}") updated ${r.range(1, 99)} fields`,
    () => `shipment 1Z${r.chars(6, UPPER + DIGITS)}${r.digits(10)} out for delivery`,
    () =>
      `tracking 9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${
        r.digits(2)
      } label printed`,
    () =>
      `invoice INV-2026-${r.digits(6)} total 1 ${r.digits(3)} ${r.digits(3)},${r.digits(2)} EUR`,
    () =>
      `amount=${r.range(1, 9)},${r.digits(3)},${r.digits(3)}.${r.digits(2)} USD fx=1.${
        r.digits(4)
      }`,
    () => `ptr=0x7ff${hex(9)} len=${r.range(100, 99999)} refcount=${r.range(1, 9)}`,
    () => `commit ${hex(40)} Merge pull request #${r.range(1000, 99999)}`,
    () => `image nginx:1.${r.range(20, 27)}.${r.range(0, 9)}-alpine digest sha256:${hex(64)}`,
    () => `EAN ${r.range(1, 9)} ${r.digits(6)} ${r.digits(6)} scanned at till ${r.range(1, 20)}`,
    () =>
      `snmp ifInOctets.${r.range(1, 48)} 1.3.6.1.2.1.2.2.1.10.${r.range(1, 48)} = Counter32: ${
        r.range(100000, 4294967)
      }`,
    () =>
      `lat=${r.range(-89, 89)}.${r.digits(6)} lon=${r.range(-179, 179)}.${r.digits(6)} acc=${
        r.range(3, 50)
      }m`,
    () =>
      `Event ID ${r.range(4600, 4800)} Task Category: Logon Keywords: 0x8020000000000000 Record ${
        r.range(1000000, 9999999)
      }`,
    () =>
      `took ${r.range(1, 9)}h${r.range(10, 59)}m${r.range(10, 59)}.${r.digits(3)}s (${
        r.range(1000000, 9999999)
      } rows, ${r.range(100, 999)}.${r.digits(1)} MiB)`,
    () =>
      `range bytes=${r.range(0, 999999)}-${r.range(1000000, 9999999)}/${
        r.range(10000000, 99999999)
      }`,
    () =>
      `kernel: Linux version 6.${r.range(1, 8)}.0-${
        r.range(10, 30)
      }-amd64 (buildd@lcy02-amd64-032) (x86_64-linux-gnu-gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0)`,
    () =>
      `OpenSSL 3.0.${r.range(2, 15)} ${r.range(10, 28)} Jan 2026 (Library: OpenSSL 3.0.${
        r.range(2, 15)
      })`,
  ];
  for (let k = 0; k < 4; k++) {
    NUMBER_LINES.forEach((line, i) => benign(`benign:log-numbers-${i}`, line()));
  }
  // Version-shaped addresses (every part at most 30, like the test suites' favourites) in the
  // carriers that only an address takes.
  for (let k = 0; k < 2; k++) {
    const v = small();
    for (const [type, text] of v4Cases(r, v)) {
      if (text.includes(v)) pii(`${type}:version-shaped`, text, v);
    }
  }

  // SSN and checked national ids under labels; look-alikes that fail SSN rules.
  for (let k = 0; k < 6; k++) {
    for (const [type, text, v] of ssnCases(r)) pii(type, text, v);
    benign("benign:ssn-like-ticket", `ticket 000-${r.digits(2)}-${r.digits(4)} closed by agent`);
    benign(
      "benign:ssn-like-date",
      `backup window 2026-${r.range(10, 12)}-${r.range(10, 28)} ${r.range(10, 23)}:00`,
    );
  }
  return cases;
}

export function core16Text(all: readonly CorePiiCase[]): string {
  return all.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

if (import.meta.main) {
  const at = (flag: string) => Deno.args[Deno.args.indexOf(flag) + 1];
  const seed = Deno.args.includes("--seed") ? Number(at("--seed")) : SEED;
  const out = Deno.args.includes("--out") ? at("--out") : CORE16_FILE;
  const all = generateCore16(seed);
  await Deno.writeTextFile(out, core16Text(all));
  const count = (k: string) => all.filter((c) => c.kind === k).length;
  console.log(`${all.length} cases: ${count("pii")} personal data, ${count("benign")} benign`);
}
