/**
 * Writes the fourth PII corpus, core/scrub/corpus/pii_recognizers4.jsonl: the entity types and
 * written forms that public PII recognizers cover (Presidio's predefined recognizers, data-loss-
 * prevention libraries), in the ways their tests and users write them — a sentence ("my driver
 * license is …"), key/value, JSON, CSV, and alone where the format carries a check digit — and
 * benign look-alikes of the same shapes with no word naming them, which must come out unchanged.
 * Values are generated (./pii_recognizers4_values.ts, ./pii_redteam3_values.ts); nothing is
 * copied from those projects. Written before the detectors were changed for it.
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii_recognizers4.ts
 *
 * Score: node ../shared/eval/score.mjs --cases core/scrub/corpus/pii_recognizers4.jsonl 'deno task -q scrub'
 */
import * as V from "./pii_redteam3_values.ts";
import * as W from "./pii_recognizers4_values.ts";
import { Rand } from "./pii_redteam3_values.ts";
import type { TypedCase } from "./case_shape.ts";
import { taiwanIdValid } from "../checksums/national_ids.ts";
import { germanyVatIdValid } from "../checksums/tax_and_licence_ids.ts";

export const RECOGNIZERS4_FILE = new URL("./pii_recognizers4.jsonl", import.meta.url);
const SEED = 20261205;

/** One case as ../shared/eval/score.mjs reads it. */
export interface Recognizers4Case extends TypedCase {
  kind: "pii" | "benign";
  tier?: "core" | "other";
}

/** An entity: how to make a value, what words name it, and whether it may stand alone. */
interface Entity {
  type: string;
  core: boolean;
  make: (r: Rand) => string;
  /** Phrases of prose ("driver license number"). */
  phrases: readonly string[];
  /** Keys of structured logs ("driver_license"). */
  keys: readonly string[];
  /** The value alone on a line is personal data by its format (a check digit, a distinct shape). */
  alone?: boolean;
}

const sp = (s: string, sizes: number[], sep = " ") => V.groupsOf(s, sizes, sep);

const ENTITIES: Entity[] = [
  // ------------------------------------------------------------ core
  {
    type: "card-list",
    core: true,
    make: (r) => [1, 2, 3].map(() => V.card(r, r.pick(["visa", "mastercard", "amex"]))).join(" "),
    phrases: ["credit card numbers", "cards on file"],
    keys: ["cards"],
    alone: true,
  },
  {
    type: "card-uatp",
    core: true,
    make: (r) => {
      const body = "1" + r.digits(13);
      return body + V.luhnDigit(body);
    },
    phrases: ["credit card", "airline card number", "card"],
    keys: ["card_number", "credit_card"],
  },
  {
    type: "ssn-spaced",
    core: true,
    make: (r) => sp(V.ssn(r), [3, 2, 4]),
    phrases: ["ssn", "social security number"],
    keys: ["ssn", "social_security_number"],
    alone: true,
  },
  {
    type: "ssn-dotted",
    core: true,
    make: (r) => sp(V.ssn(r), [3, 2, 4], "."),
    phrases: ["ssn", "social security number"],
    keys: ["ssn"],
    alone: true,
  },
  {
    type: "phone-us-prose",
    core: true,
    make: (r) => {
      const n = `${r.range(201, 989)}${r.range(200, 999)}${r.digits(4)}`;
      return r.pick([
        `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
        `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
        `+1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
        `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
      ]);
    },
    phrases: ["number", "phone number", "cell"],
    keys: ["phone", "mobile"],
  },
  {
    type: "phone-intl",
    core: true,
    make: (r) =>
      r.pick([
        `+44 20 ${r.range(7000, 8999)} ${r.digits(4)}`,
        `+44 7${r.digits(3)} ${r.digits(6)}`,
        `+49 30 ${r.range(1000000, 9999999)}`,
        `+49 151 ${r.digits(8)}`,
        `+972 5${r.range(0, 8)}-${r.digits(3)}-${r.digits(4)}`,
        `0${r.range(2, 4)}-${r.range(6, 9)}${r.digits(6)}`,
        `+91 9${r.digits(4)} ${r.digits(5)}`,
        `+55 11 9${r.digits(4)}-${r.digits(4)}`,
        `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
        `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
        `+65 ${r.pick(["8", "9"])}${r.digits(3)} ${r.digits(4)}`,
        `+82 10-${r.digits(4)}-${r.digits(4)}`,
      ]),
    phrases: ["phone number", "mobile number", "number"],
    keys: ["phone", "msisdn", "contact_number"],
  },
  {
    type: "ipv6-forms",
    core: true,
    make: (r) => {
      const h = () => r.range(1, 0xffff).toString(16);
      const v4 = () =>
        `${r.range(11, 223)}.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`;
      return r.pick([
        `::ffff:${v4()}`,
        `${h()}:${h()}::${v4()}`,
        `fe80::${h()}:${h()}%eth${r.range(0, 3)}`,
        `${h()}:${h()}:${h()}::${h()}`,
        `2001:db8:${h()}::${h()}`,
      ]);
    },
    phrases: ["ip", "client address", "ipv6 address"],
    keys: ["ip", "client_ip", "remote_addr"],
    alone: true,
  },
  {
    type: "mac-forms",
    core: true,
    make: (r) => {
      const b = Array.from({ length: 6 }, () => r.range(0, 255).toString(16).padStart(2, "0"));
      const up = r.int(2) ? (s: string) => s.toUpperCase() : (s: string) => s;
      return up(
        r.pick([
          b.join(":"),
          b.join("-"),
          `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}`,
        ]),
      );
    },
    phrases: ["mac address", "hardware address", "physical address"],
    keys: ["mac", "hw_addr"],
    alone: true,
  },
  {
    type: "iban-grouped",
    core: true,
    make: (r) => sp(V.iban(r, r.pick(V.IBAN_COUNTRIES)), [4, 4, 4, 4, 4, 4, 4, 4]),
    phrases: ["iban", "bank account"],
    keys: ["iban"],
    alone: true,
  },
  // ------------------------------------------------------------ United States
  {
    type: "us-driver-license",
    core: false,
    make: W.usDrivingLicence,
    phrases: ["driver license", "driver's license number", "driving license", "DL#", "lic#"],
    keys: ["driver_license", "dl_number", "driversLicense", "license_number"],
  },
  {
    type: "us-passport",
    core: false,
    make: W.usPassport,
    phrases: ["passport", "us passport number", "passport#", "travel document number"],
    keys: ["passport", "passport_number", "passportNo"],
  },
  {
    type: "us-bank-account",
    core: false,
    make: W.bankAccount,
    phrases: ["bank account", "checking account", "account number", "acct", "savings account"],
    keys: ["bank_account", "account_number", "acct_no", "checking_account"],
  },
  {
    type: "us-itin",
    core: false,
    make: (r) => {
      const v = V.itin(r);
      return r.pick([v, sp(v, [3, 2, 4], "-"), sp(v, [3, 2, 4])]);
    },
    phrases: ["itin", "taxpayer identification number", "individual taxpayer id"],
    keys: ["itin", "tax_id"],
  },
  {
    type: "medical-license-dea",
    core: false,
    make: W.dea,
    phrases: ["DEA number", "DEA registration", "medical license", "DEA#"],
    keys: ["dea_number", "dea", "medical_license"],
    alone: true,
  },
  {
    type: "us-aba-routing",
    core: false,
    make: (r) => {
      const v = V.aba(r);
      return r.pick([v, `${v.slice(0, 4)}-${v.slice(4, 8)}-${v[8]}`]);
    },
    phrases: ["routing number", "aba", "aba routing number"],
    keys: ["routing_number", "aba"],
  },
  // ------------------------------------------------------------ United Kingdom
  {
    type: "uk-nhs",
    core: false,
    make: (r) => {
      const v = V.nhs(r);
      return r.pick([v, sp(v, [3, 3, 4]), sp(v, [3, 3, 4], "-")]);
    },
    phrases: ["nhs number", "NHS no", "nhs"],
    keys: ["nhs_number", "nhsNumber"],
  },
  {
    type: "uk-nino-spaced",
    core: false,
    make: (r) => sp(V.nino(r), [2, 2, 2, 2, 1]),
    phrases: ["national insurance number", "NI number", "nino"],
    keys: ["nino", "ni_number"],
  },
  {
    type: "uk-passport",
    core: false,
    make: W.ukPassport,
    phrases: ["uk passport", "passport number", "british passport"],
    keys: ["passport_number", "passport"],
  },
  {
    type: "uk-vehicle-registration",
    core: false,
    make: W.ukVehicle,
    phrases: ["vehicle registration", "number plate", "registration number", "reg plate"],
    keys: ["vehicle_registration", "number_plate", "vrm"],
  },
  // ------------------------------------------------------------ Europe
  {
    type: "es-nif",
    core: false,
    make: (r) => {
      const v = V.dni(r);
      return r.pick([v, `${v.slice(0, 8)}-${v[8]}`]);
    },
    phrases: ["nif", "dni", "documento nacional de identidad"],
    keys: ["nif", "dni"],
  },
  {
    type: "es-nie",
    core: false,
    make: (r) => {
      const v = V.nie(r);
      return r.pick([v, `${v[0]}-${v.slice(1, 8)}-${v[8]}`]);
    },
    phrases: ["nie", "número de identidad de extranjero"],
    keys: ["nie"],
  },
  {
    type: "it-fiscal-code",
    core: false,
    make: V.codiceFiscale,
    phrases: ["codice fiscale", "fiscal code", "cf"],
    keys: ["codice_fiscale", "codiceFiscale"],
    alone: true,
  },
  {
    type: "it-driver-license",
    core: false,
    make: W.itDrivingLicence,
    phrases: ["patente di guida", "patente", "driver license"],
    keys: ["patente", "numero_patente"],
  },
  {
    type: "it-vat-code",
    core: false,
    make: (r) => {
      const v = W.itVat(r);
      return r.pick([v, `IT${v}`, `IT ${v}`]);
    },
    phrases: ["partita iva", "p.iva", "piva", "vat number"],
    keys: ["partita_iva", "piva", "vat_number"],
  },
  {
    type: "it-passport",
    core: false,
    make: W.itPassport,
    phrases: ["passaporto", "numero passaporto", "passport"],
    keys: ["passaporto", "numero_passaporto"],
  },
  {
    type: "it-identity-card",
    core: false,
    make: W.itIdentityCard,
    phrases: ["carta d'identità", "carta di identità", "CIE", "identity card"],
    keys: ["carta_identita", "numero_cie"],
  },
  {
    type: "pl-pesel",
    core: false,
    make: V.pesel,
    phrases: ["pesel", "numer pesel"],
    keys: ["pesel"],
  },
  {
    type: "de-vat-id",
    core: false,
    make: W.deVatId,
    phrases: ["USt-IdNr.", "vat id", "Umsatzsteuer-Identifikationsnummer"],
    keys: ["ust_id", "vat_id"],
  },
  {
    type: "ru-inn",
    core: false,
    make: W.ruInn,
    phrases: ["ИНН", "inn", "taxpayer number"],
    keys: ["inn"],
  },
  {
    type: "ru-snils",
    core: false,
    make: W.ruSnils,
    phrases: ["СНИЛС", "snils"],
    keys: ["snils"],
  },
  // ------------------------------------------------------------ Asia, Oceania, Africa
  {
    type: "in-vehicle-registration",
    core: false,
    make: W.inVehicle,
    phrases: ["vehicle registration", "vehicle number", "registration no", "car number"],
    keys: ["vehicle_no", "registration_number", "vehicle_registration"],
  },
  {
    type: "in-passport",
    core: false,
    make: W.inPassport,
    phrases: ["passport", "indian passport number", "passport no"],
    keys: ["passport_no", "passport"],
  },
  {
    type: "in-aadhaar",
    core: false,
    make: (r) => {
      const v = V.aadhaar(r);
      return r.pick([v, sp(v, [4, 4, 4]), sp(v, [4, 4, 4], "-")]);
    },
    phrases: ["aadhaar", "aadhaar number", "uidai"],
    keys: ["aadhaar", "aadhaar_no"],
    alone: true,
  },
  {
    type: "in-pan",
    core: false,
    make: V.pan,
    phrases: ["pan", "permanent account number", "pan card"],
    keys: ["pan", "pan_number"],
  },
  {
    type: "au-tfn",
    core: false,
    make: (r) => {
      const v = V.tfn(r);
      return r.pick([v, sp(v, [3, 3, 3])]);
    },
    phrases: ["tfn", "tax file number"],
    keys: ["tfn", "tax_file_number"],
  },
  {
    type: "au-medicare",
    core: false,
    make: (r) => {
      const v = V.medicare(r);
      return r.pick([v, sp(v, [4, 5, 1]), `${v.slice(0, 4)} ${v.slice(4, 9)} ${v[9]}`]);
    },
    phrases: ["medicare", "medicare card number", "medicare number"],
    keys: ["medicare", "medicare_number"],
  },
  {
    type: "au-abn",
    core: false,
    make: (r) => sp(V.abn(r), [2, 3, 3, 3]),
    phrases: ["abn", "australian business number"],
    keys: ["abn"],
  },
  {
    type: "au-acn",
    core: false,
    make: (r) => sp(V.acn(r), [3, 3, 3]),
    phrases: ["acn", "australian company number"],
    keys: ["acn"],
  },
  {
    type: "sg-nric",
    core: false,
    make: V.nric,
    phrases: ["nric", "fin", "nric/fin"],
    keys: ["nric", "fin"],
    alone: true,
  },
  {
    type: "kr-passport",
    core: false,
    make: W.krPassport,
    phrases: ["passport", "여권번호", "korean passport"],
    keys: ["passport_no"],
  },
  {
    type: "kr-brn",
    core: false,
    make: W.krBrn,
    phrases: ["사업자등록번호", "business registration number", "brn"],
    keys: ["brn", "business_registration_number"],
  },
  {
    type: "ng-nin",
    core: false,
    make: W.ngNin,
    phrases: ["nin", "national identification number"],
    keys: ["nin"],
  },
  {
    type: "ca-sin",
    core: false,
    make: (r) => sp(V.sin(r), [3, 3, 3], r.pick([" ", "-"])),
    phrases: ["sin", "social insurance number"],
    keys: ["sin"],
  },
];

const SVCS = ["kyc", "billing", "onboarding", "claims", "payroll", "support", "pharmacy"];
function ts(r: Rand): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `2026-${p(r.range(1, 12))}-${p(r.range(1, 28))}T${p(r.range(0, 23))}:${
    p(r.range(0, 59))
  }:${p(r.range(0, 59))}.${r.digits(3)}Z`;
}

/**
 * Identifiers written alone, as recognizers' tests write them (a value with no word naming it),
 * in the layouts they are printed in: a value whose layout and check digit name it can be masked
 * so; the others show what a word-gated detector leaves.
 */
const ALONE: [string, (r: Rand) => string][] = [
  ["nhs", V.nhs],
  ["dni", V.dni],
  ["dni-dashed", (r) => V.groupsOf(V.dni(r), [8], "-")],
  ["nie", V.nie],
  ["codice-fiscale", V.codiceFiscale],
  ["pesel", V.pesel],
  ["abn", V.abn],
  ["abn-grouped", (r) => sp(V.abn(r), [2, 3, 3, 3])],
  ["acn-grouped", (r) => sp(V.acn(r), [3, 3, 3])],
  ["tfn-grouped", (r) => sp(V.tfn(r), [3, 3, 3])],
  ["medicare", V.medicare],
  ["medicare-grouped", (r) => sp(V.medicare(r), [4, 5, 1])],
  ["nric", V.nric],
  ["uen", V.uen],
  ["pan", V.pan],
  ["aadhaar", V.aadhaar],
  ["aadhaar-grouped", (r) => sp(V.aadhaar(r), [4, 4, 4], r.pick([" ", "-"]))],
  ["in-vehicle", W.inVehicle],
  ["in-passport", W.inPassport],
  ["hetu", V.hetu],
  ["personnummer", (r) => V.personnummer(r, false)],
  ["rrn", V.rrn],
  ["thai-id", V.thaiId],
  ["tckn", V.tckn],
  ["sa-id", V.saId],
  ["sin-grouped", (r) => sp(V.sin(r), [3, 3, 3], r.pick([" ", "-"]))],
  ["steuer-id", V.steuerId],
  ["mbi", V.mbi],
  ["mbi-dashed", (r) => sp(V.mbi(r), [4, 3, 4], "-")],
  ["npi", V.npi],
  ["aba", V.aba],
  ["itin", V.itin],
  ["itin-dashed", (r) => sp(V.itin(r), [3, 2, 4], "-")],
  ["gstin", V.gstin],
  ["nino", V.nino],
  ["nino-spaced", (r) => sp(V.nino(r), [2, 2, 2, 2, 1])],
  ["uk-postcode", V.ukPostcode],
  ["dea", W.dea],
  ["kr-brn", W.krBrn],
];

/** Several values of one kind on a line, as tests of multiple results write them. */
const MULTI: [string, (r: Rand) => string][] = [
  ["ssn", (r) => sp(V.ssn(r), [3, 2, 4], "-")],
  ["card", (r) => V.card(r, r.pick(["visa", "mastercard", "amex"]))],
  ["phone", (r) => `(${r.range(201, 989)}) ${r.range(200, 999)}-${r.digits(4)}`],
  ["email", (r) => `${r.chars(6, "abcdefghijklmnop")}@${r.pick(["example.org", "mail.test"])}`],
  ["ip", V.ipv4],
  ["iban", (r) => V.iban(r, r.pick(V.IBAN_COUNTRIES))],
];
const MULTI_LINES: ((name: string, a: string, b: string) => string)[] = [
  (n, a, b) => `${n.toUpperCase()}1 ${a}, ${n.toUpperCase()}2 ${b}`,
  (n, a, b) => `${n}s: ${a} and ${b}`,
  (n, a, b) => `primary ${n} ${a}; secondary ${n} ${b}`,
  (_n, a, b) => `${a} ${b}`,
];

/** Short sentences of context-support tests: a word, and the value in a layout of its own. */
const SENTENCES: [string, boolean, (r: Rand) => [string, string]][] = [
  ["ssn-one-separator", true, (r) => {
    const v = V.ssn(r);
    return r.int(2)
      ? [`my ssn is ${v.slice(0, 3)}-${v.slice(3)}`, `${v.slice(0, 3)}-${v.slice(3)}`]
      : [`ssn: ${v.slice(0, 5)}-${v.slice(5)}`, `${v.slice(0, 5)}-${v.slice(5)}`];
  }],
  ["phone-plural-word", true, (r) => {
    const v = `${r.range(201, 989)} ${r.range(200, 999)} ${r.digits(4)}`;
    return [`${r.pick(["phones", "mobile numbers", "my phone numbers are"])}: ${v}`, v];
  }],
  ["driver-license-wa", false, (r) => {
    const v = `${r.chars(1, V.UPPER)}${r.chars(1, V.UPPER)}${r.digits(1)}${r.chars(1, V.UPPER)}${
      r.digits(1)
    }**${r.digits(1)}${r.chars(3, V.UPPER)}${r.digits(1)}`;
    return [`my driver license number: ${v}`, v];
  }],
  ["bank-account-banking", false, (r) => {
    const v = W.bankAccount(r);
    return [`my banking account number is ${v}`, v];
  }],
  ["es-nif-identificacion", false, (r) => {
    const v = V.dni(r);
    return [`número de identificación fiscal ${v}`, v];
  }],
  ["th-tnin-thai-name", false, (r) => {
    const v = V.thaiId(r);
    return [
      `\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19 ${v}`,
      v,
    ];
  }],
  ["kr-rrn-korean-name", false, (r) => {
    const v = V.rrn(r).replace("-", "");
    return [`\uc8fc\ubbfc\ub4f1\ub85d\ubc88\ud638: ${v}`, v];
  }],
];

/** Writers: each returns a line holding `v` under its phrase or key. */
const PROSE: ((r: Rand, phrase: string, v: string) => string)[] = [
  (_r, p, v) => `my ${p} is ${v}`,
  (_r, p, v) => `${p[0].toUpperCase()}${p.slice(1)}: ${v}`,
  (_r, p, v) => `Please verify the ${p} ${v} before approving the request.`,
  (r, p, v) => `${ts(r)} INFO [${r.pick(SVCS)}] customer supplied ${p} ${v}`,
  (_r, p, v) => `The patient's ${p} is ${v}, please keep it on file.`,
];
const KEYED: ((r: Rand, key: string, v: string) => string)[] = [
  (r, k, v) =>
    `ts=${ts(r)} level=info svc=${r.pick(SVCS)} ${k}="${v}" user_id=${r.range(1000, 99999)}`,
  (r, k, v) => `{"ts":"${ts(r)}","event":"profile.updated","${k}":"${v}","status":"ok"}`,
  (r, k, v) => `id,name,${k},created\n${r.range(100, 999)},Jane Roe,${v},${ts(r)}`,
  (r, k, v) => `<record id="${r.range(1, 999)}"><${k}>${v}</${k}></record>`,
];

/** Benign lines with the same shapes and no word naming an identifier. */
const BENIGN: ((r: Rand) => string)[] = [
  (r) => `${ts(r)} INFO build ${r.chars(1, V.UPPER)}${r.digits(8)} finished in ${r.range(2, 90)}s`,
  (r) => `order ${r.chars(2, V.UPPER)}${r.digits(7)} shipped to warehouse ${r.range(1, 40)}`,
  (r) => `${ts(r)} DEBUG cache hit ratio=0.${r.digits(3)} keys=${r.range(1000, 99999)}`,
  (r) => `job ${r.digits(9)} completed: ${r.range(1, 900)} rows in ${r.range(10, 999)} ms`,
  (r) => `GET /api/v1/items/${r.digits(11)} 200 ${r.range(1, 900)}ms`,
  (r) =>
    `trace ${r.chars(2, V.UPPER)}${r.digits(2)}${r.chars(3, V.UPPER)} sampled, span count ${
      r.range(2, 80)
    }`,
  (r) => `worker-${r.range(1, 9)} processed batch ${r.digits(4)}-${r.digits(4)}-${r.digits(1)} ok`,
  (r) =>
    `release ${r.range(1, 9)}.${r.range(0, 30)}.${r.range(0, 99)} rolled out to ${
      r.range(2, 50)
    } pods`,
  (r) => `sku ${r.chars(3, V.UPPER)}-${r.digits(5)} restocked: ${r.range(1, 500)} units`,
  (r) =>
    `${ts(r)} WARN retry ${r.range(1, 5)}/5 for message ${r.chars(2, V.UPPER)}${r.digits(2)} ${
      r.chars(3, V.UPPER)
    }`,
  (r) => `invoice INV-${r.digits(10)} total ${r.range(1, 9999)}.${r.digits(2)} EUR`,
  (r) => `ticket ${r.chars(3, V.UPPER)}${r.digits(7)} assigned to on-call`,
];

/**
 * A UK driving licence number in the DVLA's layout: the surname's first letters padded with 9 to
 * five, the birth decade, month (plus 50 for a woman) and day, the year, two initials padded with
 * 9, a digit and two check characters, maybe the issue number after a space.
 */
function dvla(r: Rand, month = r.range(1, 12) + r.pick([0, 50]), day = r.range(1, 28)): string {
  const p2 = (n: number) => String(n).padStart(2, "0");
  const surname = r.chars(r.range(2, 5), V.UPPER).padEnd(5, "9");
  const initials = r.chars(1, V.UPPER) + r.pick([r.chars(1, V.UPPER), "9"]);
  return `${surname}${r.digits(1)}${p2(month)}${p2(day)}${r.digits(1)}${initials}${r.digits(1)}${
    r.chars(2, V.UPPER + "0123456789")
  }${r.pick(["", ` ${p2(r.range(1, 20))}`])}`;
}

/** A Temporary Reference Number as HMRC issues it: two digits, a letter, five digits. */
const trn = (r: Rand) => `${r.digits(2)}${r.chars(1, V.UPPER)}${r.digits(5)}`;

/**
 * Forms other PII libraries' tests write UK identifiers and contact details in: NI as the word
 * naming a National Insurance number, its pairs dashed or its digits in threes; a DVLA licence
 * number with the words some way before it; a TRN after PAYE or TRN; a post office box in lower
 * case.
 */
const UK_FORMS: [string, (r: Rand) => [string, string]][] = [
  ["nino-ni-dashed", (r) => {
    const v = sp(V.nino(r), [2, 2, 2, 2, 1], "-");
    return [`NI: ${v}`, v];
  }],
  ["nino-ni-threes", (r) => {
    const v = sp(V.nino(r), [2, 3, 3, 1]);
    return [`checking the NI ${v} against payroll`, v];
  }],
  ["dvla-licence", (r) => {
    const v = dvla(r);
    return [`claim ${r.range(1000, 9999)}: driving licence on the form is ${v}; scan attached`, v];
  }],
  ["dvla-licence-grouped", (r) => {
    const v = dvla(r).replace(/^(.{5})(\d{3})(\d{3})/, "$1 $2 $3 ");
    return [`DVLA lookup for ${v} returned no endorsements`, v];
  }],
  ["trn", (r) => {
    const v = r.pick([
      (t: string) => t,
      (t: string) => sp(t, [2, 1, 5]),
      (t: string) => sp(t, [3, 5]),
    ])(trn(r));
    return [
      r.pick([
        `payroll starter on PAYE with temporary number ${v}`,
        `TRN ${v} on the starter checklist`,
      ]),
      v,
    ];
  }],
  ["po-box-lower", (r) => {
    const v = `${r.pick(["p.o. box", "po box", "Po Box"])} ${r.range(1, 99999)}`;
    return [`send the forms to ${v}, thanks`, v];
  }],
];

/** The same shapes where nothing names them, or where the layout is broken. */
const UK_LOOKALIKES: ((r: Rand) => string)[] = [
  (r) => `mini ${sp(V.nino(r), [2, 2, 2, 2, 1], "-")} build ok`,
  (r) => `DVLA driver batch ${dvla(r, r.range(13, 49))} rejected`,
  (r) => `order ${trn(r)} shipped to depot ${r.range(1, 40)}`,
  (r) => `repo box ${r.range(1, 999)} synced`,
];

/** A Taiwan identity number: a letter, 1 or 2, seven digits and the check digit that fits. */
function taiwanId(r: Rand): string {
  const body = `${r.pick([..."ABCDEFGHJKLMNPQRSTUVXYWZIO"])}${r.range(1, 2)}${r.digits(7)}`;
  return [..."0123456789"].map((c) => body + c).find(taiwanIdValid)!;
}

/** DE and nine digits that fail the German check digit (a typo'd or made-up USt-IdNr.). */
function deVatFailing(r: Rand): string {
  for (;;) {
    const nine = `${r.range(1, 9)}${r.digits(8)}`;
    if (!germanyVatIdValid(nine)) return `DE${nine}`;
  }
}

/**
 * Identifiers named by a strong word whatever their check digit, by a plural or a bare word when
 * their layout is exact, or by their card's name in Chinese: [type, make → [text, value]].
 */
const NAMED_FORMS: [string, (r: Rand) => [string, string]][] = [
  ["ust-idnr-unchecked", (r) => {
    const v = deVatFailing(r);
    return [r.pick([`USt-IdNr.: ${v}`, `Umsatzsteuer-ID ${v} fehlt`, `ust_id=${v}`]), v];
  }],
  ["passports-list", (r) => {
    const v = `${r.pick([..."CFGHJKLMNPRTVWXYZ"])}${r.digits(8)}`;
    return [`Passports: ${v} and ${r.range(2, 5)} more on file`, v];
  }],
  ["licence-it", (r) => {
    const v = `${r.chars(2, "ABCDEFGHKLMNPRSTUVZ")}${r.digits(7)}${
      r.chars(1, "ABCDEFGHKLMNPRSTUVZ")
    }`;
    return [r.pick([`license ${v} here`, `licence: ${v}`, `my license is ${v}`]), v];
  }],
  ["licence-kr", (r) => {
    const v = `${r.range(11, 28)}-${r.digits(2)}-${r.digits(6)}-${r.digits(2)}`;
    return [r.pick([`My license is ${v}`, `license ${v} renewed`]), v];
  }],
  ["tw-id", (r) => {
    const v = taiwanId(r);
    return [r.pick([`身分證字號: ${v}`, `身份证${v}`, `Taiwan ID ${v}`]), v];
  }],
];

/** The same words with no identifier after them, or the values with a weak word. */
const NAMED_LOOKALIKES: ((r: Rand) => string)[] = [
  (r) => `vat: ${deVatFailing(r)}`,
  (r) => `passports: ${r.range(2, 40)} issued, ${r.range(1, 9)} pending`,
  (r) => `license ${r.digits(8)} granted to tenant ${r.range(1, 999)}`,
  (r) => `order ${taiwanId(r)} shipped`,
];

/**
 * A VIN of a US or Canadian maker (first character 1, 2, 4 or 5) with its ninth-place check
 * digit as 49 CFR 565 computes it, or (`wrong`) another digit there.
 */
function northAmericanVin(r: Rand, wrong = false): string {
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  const value = (c: string) =>
    /\d/.test(c) ? Number(c) : Number("12345678.12345.7.923456789"[c.charCodeAt(0) - 65]);
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const head = r.pick([..."1245"]) + r.chars(7, letters + "0123456789");
  const tail = r.chars(2, letters + "0123456789") + r.digits(6);
  const sum = [...head, "0", ...tail].reduce((t, c, i) => t + value(c) * weights[i], 0);
  const check = sum % 11 === 10 ? "X" : String(sum % 11);
  const digit = wrong ? r.pick([..."0123456789"].filter((d) => d !== check)) : check;
  return head + digit + tail;
}

/** Values their own rules allow, each after a word naming it (one stream of its own). */
const MORE_FORMS: [string, (r: Rand) => [string, string]][] = [
  ["ssn-one-digit", (r) => {
    const d = r.pick([..."234578"]);
    const v = `${d.repeat(3)}-${d.repeat(2)}-${d.repeat(4)}`;
    return [r.pick([`SSN: ${v}`, `ssn=${v}`, `social security number ${v}`]), v];
  }],
  ["vin-checked", (r) => {
    const v = northAmericanVin(r);
    return [r.pick([`VIN ${v} on file`, `vin: ${v}`, `chassis number ${v} recorded`]), v];
  }],
  ["ca-postal-code", (r) => {
    const other = "ABCEGHJKLMNPRSTVWXYZ";
    const v = `${r.chars(1, "ABCEGHJKLMNPRSTVXY")}${r.digits(1)}${r.chars(1, other)} ${
      r.digits(1)
    }${r.chars(1, other)}${r.digits(1)}`;
    return [r.pick([`postal code: ${v}`, `Postal Code ${v}`, `code postal ${v}`]), v];
  }],
  ["id-glued-to-is", (r) => {
    const v = r.int(2) === 1 ? V.hetu(r) : V.personnummer(r, true).replace("-", "");
    const name = /^\d{12}$/.test(v) ? "swedish id code" : "finnish id code";
    return [`${r.pick(["My", "Her", "His"])} ${name} is${v}.`, v];
  }],
  ["dob-named-after", (r) => {
    const y = r.range(1935, 2008), m = r.range(1, 12), d = r.range(1, 28);
    const pad = (n: number) => String(n).padStart(2, "0");
    const v = r.pick([`${y}-${pad(m)}-${pad(d)}`, `${pad(d)}.${pad(m)}.${y}`]);
    return [`${v} ${r.pick(["is my birthday.", "was his date of birth", "is her DOB"])}`, v];
  }],
  ["pnr-named-after", (r) => {
    const written = V.personnummer(r, r.int(2) === 1);
    const v = r.int(2) === 1 ? written : written.replace("-", "");
    return [`${v} ${r.pick(["är mitt pnr.", "är hans personnummer", "var hennes personnr"])}`, v];
  }],
];

/** MORE_FORMS' words before values their rules refuse. */
const MORE_LOOKALIKES: ((r: Rand) => string)[] = [
  (r) => r.pick(["VIN ", "vin: ", "chassis number "]) + northAmericanVin(r, true) + " on file",
  (r) => `SSN: ${r.pick(["000-00-0000", "666-66-6666"])} (not issued)`,
  (r) => `finnish id code: thesis${V.hetu(r)}`,
  (r) => `${r.range(2019, 2026)}-0${r.range(1, 9)}-1${r.range(0, 9)} is my release date`,
  (r) => `postal code: ${r.chars(1, "DFIOQUWZ")}${r.digits(1)}K ${r.digits(1)}B${r.digits(1)}`,
  (r) => {
    // A personnummer with its Luhn digit changed: no number of anyone's.
    const n = V.personnummer(r, true).replace("-", "");
    return `${n.slice(0, -1)}${(Number(n.at(-1)) + r.range(1, 9)) % 10} är mitt pnr`;
  },
];

/**
 * `value` with its last character changed to another of its kind (a digit for a digit, a capital
 * for a capital): the same layout, its check character most likely wrong.
 */
function sameLayout(r: Rand, value: string): string {
  const last = value[value.length - 1];
  const pool = /\d/.test(last) ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return value.slice(0, -1) + r.pick([...pool.replace(last, "")]);
}

/** Ids listed together: a valid one, then values of its layout whose check may fail. */
const LISTED: [string, (r: Rand) => string, (r: Rand, a: string, b: string) => string][] = [
  ["gstin", V.gstin, (r, a, b) => `${r.pick(["GSTINs", "GSTIN list", "gstins"])}: ${a} and ${b}`],
  [
    "codice-fiscale",
    V.codiceFiscale,
    (r, a, b) => `${a}${r.pick([" and ", ", ", " / ", " "])}${b}`,
  ],
];

export function generateRecognizers4(seed = SEED): Recognizers4Case[] {
  const r = new Rand(seed);
  const out: Recognizers4Case[] = [];
  const counts = new Map<string, number>();
  const add = (
    type: string,
    kind: "pii" | "benign",
    core: boolean,
    text: string,
    values: string[],
  ) => {
    const n = counts.get(type) ?? 0;
    counts.set(type, n + 1);
    out.push({
      id: `rc4-${type}-${String(n).padStart(3, "0")}`,
      kind,
      type,
      ...(kind === "pii" ? { tier: core ? "core" as const : "other" as const } : {}),
      text,
      secrets: values,
      expect_unchanged: kind === "benign",
    });
  };
  for (const e of ENTITIES) {
    const valuesOf = (v: string) => (e.type === "card-list" ? v.split(" ") : [v]);
    for (const write of PROSE) {
      const v = e.make(r);
      add(e.type, "pii", e.core, write(r, r.pick(e.phrases), v), valuesOf(v));
    }
    for (const write of KEYED) {
      const v = e.make(r);
      add(e.type, "pii", e.core, write(r, r.pick(e.keys), v), valuesOf(v));
    }
    if (e.alone) {
      for (let i = 0; i < 2; i++) {
        const v = e.make(r);
        add(e.type, "pii", e.core, v, valuesOf(v));
      }
    }
  }
  // Added after the entities above with a stream of its own, so their cases stay as they were.
  const alone = new Rand(seed + 1);
  for (const [type, make] of ALONE) {
    for (let i = 0; i < 3; i++) {
      const v = make(alone);
      add(`alone-${type}`, "pii", false, v, [v]);
    }
  }
  const multi = new Rand(seed + 2);
  for (const [type, make] of MULTI) {
    for (const write of MULTI_LINES) {
      const a = make(multi), b = make(multi);
      add(`multi-${type}`, "pii", true, write(type, a, b), [a, b]);
    }
  }
  const sentences = new Rand(seed + 3);
  for (const [type, core, make] of SENTENCES) {
    for (let i = 0; i < 4; i++) {
      const [text, v] = make(sentences);
      add(`sentence-${type}`, "pii", core, text, [v]);
    }
  }
  for (const line of BENIGN) {
    for (let i = 0; i < 12; i++) add("benign-lookalike", "benign", false, line(r), []);
  }
  const uk = new Rand(seed + 4);
  for (let i = 0; i < 6; i++) {
    for (const [type, make] of UK_FORMS) {
      const [text, v] = make(uk);
      add(`uk-form-${type}`, "pii", false, text, [v]);
    }
    for (const line of UK_LOOKALIKES) add("benign-uk-lookalike", "benign", false, line(uk), []);
  }
  const named = new Rand(seed + 5);
  for (let i = 0; i < 4; i++) {
    for (const [type, make] of NAMED_FORMS) {
      const [text, v] = make(named);
      add(`named-${type}`, "pii", false, text, [v]);
    }
    for (const line of NAMED_LOOKALIKES) {
      add("benign-named-lookalike", "benign", false, line(named), []);
    }
  }
  const listed = new Rand(seed + 6);
  for (let i = 0; i < 4; i++) {
    for (const [type, make, write] of LISTED) {
      const a = make(listed), b = sameLayout(listed, make(listed));
      add(`listed-${type}`, "pii", false, write(listed, a, b), [a, b]);
    }
  }
  const more = new Rand(seed + 7);
  for (let i = 0; i < 4; i++) {
    for (const [type, make] of MORE_FORMS) {
      const [text, v] = make(more);
      add(`more-${type}`, "pii", false, text, [v]);
    }
    for (const line of MORE_LOOKALIKES) {
      add("benign-more-lookalike", "benign", false, line(more), []);
    }
  }
  return out;
}

export function recognizers4Text(all: readonly Recognizers4Case[]): string {
  return all.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

if (import.meta.main) {
  const all = generateRecognizers4();
  await Deno.writeTextFile(RECOGNIZERS4_FILE, recognizers4Text(all));
  const count = (k: string) => all.filter((c) => c.kind === k).length;
  console.log(`${all.length} cases: ${count("pii")} personal data, ${count("benign")} benign`);
}
