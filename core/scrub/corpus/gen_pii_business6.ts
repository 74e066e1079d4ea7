/**
 * The blind business-PII corpus (./pii_business6.jsonl): personal data as business systems log
 * it — payments and KYC onboarding across ~30 countries' national identifiers (with their check
 * digits, ./pii_business6_ids.ts), telecom CDRs and SMS gateways, HL7 v2 and FHIR, HR and payroll,
 * e-commerce and support tickets, CRM exports, travel bookings, crypto exchanges, network and IoT
 * — and about 40 % benign lines of the same systems full of look-alikes (order, invoice and
 * tracking numbers, ISBN/EAN/UPC, device serials, versions, timestamps, prices, hashes, numbers
 * failing a check digit). Written without reading the engine's detectors, key/value reader or the
 * other corpora. Deterministic: `deno run --allow-write core/scrub/corpus/gen_pii_business6.ts`
 * writes the file again, byte for byte.
 */
import * as id from "./pii_business6_ids.ts";
import { type Birth, isoDate, Rng } from "./pii_business6_ids.ts";
import type { TypedCase } from "./case_shape.ts";
import { specialAddressesMasked } from "./special_addresses.ts";

/** One labelled case, in the shared scorer's format. */
export interface Business6Case extends TypedCase {
  kind: "secret" | "pii" | "benign";
  /** "core" for cards, IBAN, e-mail, phone, IP, MAC, SSN and crypto addresses; "other" else. */
  tier?: "core" | "other";
}

export const PII_BUSINESS6_FILE = new URL("./pii_business6.jsonl", import.meta.url);

/** A value labelled in a case: its exact text and whether it is of the core tier. */
interface Value {
  v: string;
  core?: boolean;
}
const core = (v: string): Value => ({ v, core: true });
const other = (v: string): Value => ({ v });

interface Draft {
  type: string;
  text: string;
  values: Value[];
}

const FIRST = [
  "Aino",
  "Sven",
  "Ingrid",
  "Mette",
  "Ji-woo",
  "Elif",
  "Lucía",
  "Wei Ling",
  "Priya",
  "Chloé",
  "Jonas",
  "Emily",
  "Oliver",
  "Zofia",
  "Giulia",
  "Liam",
  "Thandiwe",
  "João",
  "Ximena",
  "Daan",
  "Lotte",
  "Camille",
  "Luca",
  "Mei",
  "Haruto",
  "Noa",
  "Mateus",
  "Anja",
  "Kwame",
  "Siobhan",
];
const LAST = [
  "Virtanen",
  "Lindqvist",
  "Haugen",
  "Kristensen",
  "Park",
  "Yılmaz",
  "García Ortega",
  "Tan",
  "Raghavan",
  "Dubois",
  "Schneider",
  "Walker",
  "Thompson",
  "Kowalczyk",
  "Bianchi",
  "O'Connor",
  "Dlamini",
  "Pereira",
  "Hernández",
  "de Vries",
  "Janssens",
  "Lefèvre",
  "Meier",
  "Chen",
  "Takahashi",
  "Levi",
  "Souza",
  "Novak",
  "Mensah",
  "Byrne",
];
const STREETS = [
  "Mannerheimintie 12 B 7",
  "Drottninggatan 41",
  "Karl Johans gate 22",
  "Nørrebrogade 118, 3. tv",
  "Calle de Alcalá 154, 3º B",
  "Hauptstraße 17",
  "221 Baker Street",
  "ul. Marszałkowska 84/92",
  "Via Giuseppe Verdi 9",
  "1482 Maple Avenue, Apt 5C",
  "14 Rue des Lilas",
  "Keizersgracht 311",
  "Rue de la Loi 42",
  "Bahnhofstrasse 71",
  "42 Wallaby Way",
  "Rua Augusta 1508, apto 42",
  "Av. Insurgentes Sur 1602",
  "88 Jalan Besar #05-12",
  "Kloof Street 27",
  "12 Queen St W",
];
const CITIES = [
  "Helsinki",
  "Stockholm",
  "Oslo",
  "København",
  "Madrid",
  "Berlin",
  "London",
  "Warszawa",
  "Milano",
  "Springfield",
  "Lyon",
  "Amsterdam",
  "Bruxelles",
  "Zürich",
  "Sydney",
  "São Paulo",
  "Ciudad de México",
  "Singapore",
  "Cape Town",
  "Toronto",
];

const TS = (r: Rng) =>
  `2026-0${r.int(1, 9)}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${
    String(r.int(10, 59))
  }:${String(r.int(10, 59))}.${r.digits(3)}Z`;
const name = (r: Rng) => ({ first: r.pick(FIRST), last: r.pick(LAST) });
const hex = (r: Rng, n: number) => r.chars("0123456789abcdef", n);
const uuid = (r: Rng) =>
  `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${hex(r, 3)}-${
    hex(r, 12)
  }`;
const reqId = (r: Rng) => `req_${r.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12)}`;

/** A national identifier: its country, the word a form puts before it, and a builder. */
interface Scheme {
  key: string;
  country: string;
  label: string;
  jsonKey: string;
  make: (r: Rng, b: Birth) => string;
  /** The layouts a person or system writes it in (the first is the plainest). */
  layouts?: (v: string) => string[];
}
const spaced = (...widths: number[]) => (v: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const w of widths) {
    parts.push(v.slice(at, at + w));
    at += w;
  }
  return parts.join(" ");
};
const SCHEMES: Scheme[] = [
  {
    key: "fi-hetu",
    country: "FI",
    label: "HETU",
    jsonKey: "henkilotunnus",
    make: (r, b) => id.hetu(r, b),
  },
  {
    key: "se-personnummer",
    country: "SE",
    label: "personnummer",
    jsonKey: "personnummer",
    make: (r, b) => id.personnummer(r, b),
    layouts: (v) => [v, v.replace("-", ""), String(20) + v],
  },
  {
    key: "no-fodselsnummer",
    country: "NO",
    label: "fødselsnummer",
    jsonKey: "fodselsnummer",
    make: (r, b) => id.fodselsnummer(r, b),
    layouts: (v) => [v, spaced(6, 5)(v)],
  },
  {
    key: "dk-cpr",
    country: "DK",
    label: "CPR-nr.",
    jsonKey: "cpr",
    make: (r, b) => id.cpr(r, b),
    layouts: (v) => [v, v.replace("-", "")],
  },
  {
    key: "kr-rrn",
    country: "KR",
    label: "주민등록번호",
    jsonKey: "resident_registration_no",
    make: (r, b) => id.rrn(r, b),
    layouts: (v) => [v, v.replace("-", "")],
  },
  {
    key: "tr-tckn",
    country: "TR",
    label: "TC Kimlik No",
    jsonKey: "tckn",
    make: (r) => id.tckn(r),
  },
  {
    key: "es-dni",
    country: "ES",
    label: "DNI",
    jsonKey: "dni",
    make: (r) => id.dni(r),
    layouts: (v) => [v, v.slice(0, 8) + "-" + v.slice(8)],
  },
  {
    key: "es-nie",
    country: "ES",
    label: "NIE",
    jsonKey: "nie",
    make: (r) => id.nie(r),
    layouts: (v) => [v, `${v[0]}-${v.slice(1, 8)}-${v[8]}`],
  },
  { key: "sg-nric", country: "SG", label: "NRIC", jsonKey: "nric", make: (r) => id.nric(r) },
  {
    key: "in-aadhaar",
    country: "IN",
    label: "Aadhaar",
    jsonKey: "aadhaar_number",
    make: (r) => id.aadhaar(r),
    layouts: (v) => [v, spaced(4, 4, 4)(v), v.replace(/(\d{4})(\d{4})/, "$1-$2-")],
  },
  { key: "in-pan", country: "IN", label: "PAN", jsonKey: "pan", make: (r) => id.pan(r) },
  { key: "in-gstin", country: "IN", label: "GSTIN", jsonKey: "gstin", make: (r) => id.gstin(r) },
  {
    key: "ca-sin",
    country: "CA",
    label: "SIN",
    jsonKey: "sin",
    make: (r) => id.sin(r),
    layouts: (v) => [spaced(3, 3, 3)(v), v, v.replace(/(\d{3})(\d{3})/, "$1-$2-")],
  },
  {
    key: "de-steuer-id",
    country: "DE",
    label: "Steuer-ID",
    jsonKey: "steuer_id",
    make: (r) => id.steuerId(r),
    layouts: (v) => [v, spaced(2, 3, 3, 3)(v)],
  },
  {
    key: "us-ssn",
    country: "US",
    label: "SSN",
    jsonKey: "ssn",
    make: (r) => id.ssn(r),
    layouts: (v) => [v, v.replace(/-/g, ""), v.replace(/-/g, " ")],
  },
  { key: "us-itin", country: "US", label: "ITIN", jsonKey: "itin", make: (r) => id.itin(r) },
  { key: "us-npi", country: "US", label: "NPI", jsonKey: "npi", make: (r) => id.npi(r) },
  {
    key: "us-mbi",
    country: "US",
    label: "MBI",
    jsonKey: "medicare_beneficiary_id",
    make: (r) => id.mbi(r),
    layouts: (v) => [v, `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}`],
  },
  {
    key: "uk-nino",
    country: "GB",
    label: "NI number",
    jsonKey: "ni_number",
    make: (r) => id.nino(r),
    layouts: (
      v,
    ) => [v, `${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v[8]}`],
  },
  {
    key: "uk-nhs",
    country: "GB",
    label: "NHS number",
    jsonKey: "nhs_number",
    make: (r) => id.nhs(r),
    layouts: (v) => [spaced(3, 3, 4)(v), v, v.replace(/(\d{3})(\d{3})/, "$1-$2-")],
  },
  {
    key: "pl-pesel",
    country: "PL",
    label: "PESEL",
    jsonKey: "pesel",
    make: (r, b) => id.pesel(r, b),
  },
  {
    key: "it-codice-fiscale",
    country: "IT",
    label: "codice fiscale",
    jsonKey: "codice_fiscale",
    make: (r, b) => id.codiceFiscale(r, b),
    layouts: (v) => [v, v.toLowerCase()],
  },
  {
    key: "au-abn",
    country: "AU",
    label: "ABN",
    jsonKey: "abn",
    make: (r) => id.abn(r),
    layouts: (v) => [spaced(2, 3, 3, 3)(v), v],
  },
  {
    key: "au-tfn",
    country: "AU",
    label: "TFN",
    jsonKey: "tfn",
    make: (r) => id.tfn(r),
    layouts: (v) => [spaced(3, 3, 3)(v), v],
  },
  {
    key: "au-medicare",
    country: "AU",
    label: "Medicare card",
    jsonKey: "medicare_number",
    make: (r) => id.medicare(r),
    layouts: (v) => [spaced(4, 5, 1)(v), v],
  },
  {
    key: "za-id",
    country: "ZA",
    label: "SA ID",
    jsonKey: "id_number",
    make: (r, b) => id.saId(r, b),
  },
  {
    key: "br-cpf",
    country: "BR",
    label: "CPF",
    jsonKey: "cpf",
    make: (r) => id.cpf(r),
    layouts: (v) => [v.replace(/(\d{3})(\d{3})(\d{3})(\d{2})/, "$1.$2.$3-$4"), v],
  },
  {
    key: "br-cnpj",
    country: "BR",
    label: "CNPJ",
    jsonKey: "cnpj",
    make: (r) => id.cnpj(r),
    layouts: (v) => [v.replace(/(\d{2})(\d{3})(\d{3})(\d{4})(\d{2})/, "$1.$2.$3/$4-$5"), v],
  },
  { key: "mx-curp", country: "MX", label: "CURP", jsonKey: "curp", make: (r, b) => id.curp(r, b) },
  { key: "mx-rfc", country: "MX", label: "RFC", jsonKey: "rfc", make: (r, b) => id.rfc(r, b) },
  {
    key: "nl-bsn",
    country: "NL",
    label: "BSN",
    jsonKey: "bsn",
    make: (r) => id.bsn(r),
    layouts: (v) => [v, v.replace(/(\d{4})(\d{2})(\d{3})/, "$1.$2.$3")],
  },
  {
    key: "be-national-number",
    country: "BE",
    label: "numéro de registre national",
    jsonKey: "rijksregisternummer",
    make: (r, b) => id.belgianNn(r, b),
    layouts: (v) => [v.replace(/(\d{2})(\d{2})(\d{2})(\d{3})(\d{2})/, "$1.$2.$3-$4.$5"), v],
  },
  {
    key: "fr-nir",
    country: "FR",
    label: "n° de sécurité sociale",
    jsonKey: "nir",
    make: (r, b) => id.nir(r, b),
    layouts: (
      v,
    ) => [v.replace(/(\d)(\d{2})(\d{2})(\d{2})(\d{3})(\d{3})(\d{2})/, "$1 $2 $3 $4 $5 $6 $7"), v],
  },
  {
    key: "ch-ahv",
    country: "CH",
    label: "AHV-Nr.",
    jsonKey: "ahv_number",
    make: (r) => id.ahv(r),
    layouts: (v) => [v.replace(/(\d{3})(\d{4})(\d{4})(\d{2})/, "$1.$2.$3.$4"), v],
  },
  {
    key: "cn-resident-id",
    country: "CN",
    label: "身份证号",
    jsonKey: "resident_id",
    make: (r, b) => id.chinaId(r, b),
  },
  {
    key: "jp-my-number",
    country: "JP",
    label: "マイナンバー",
    jsonKey: "my_number",
    make: (r) => id.myNumber(r),
    layouts: (v) => [v, spaced(4, 4, 4)(v)],
  },
  {
    key: "il-teudat-zehut",
    country: "IL",
    label: "Teudat Zehut",
    jsonKey: "teudat_zehut",
    make: (r) => id.israelId(r),
  },
];

/** KYC onboarding and payments: a national identifier in the layouts such systems write. */
function kyc(r: Rng, s: Scheme, variant: number): Draft {
  const b = id.birth(r);
  const raw = s.make(r, b);
  const layouts = s.layouts ? s.layouts(raw) : [raw];
  const v = layouts[variant % layouts.length];
  const n = name(r);
  const dob = isoDate(b);
  const ts = TS(r);
  const ref = `app_${hex(r, 10)}`;
  const idv = s.key === "us-ssn" ? core(v) : other(v);
  switch (variant % 6) {
    case 0:
      return {
        type: `kyc-json:${s.key}`,
        text: JSON.stringify({
          ts,
          level: "info",
          event: "kyc.applicant.submitted",
          applicant_ref: ref,
          country: s.country,
          applicant: {
            first_name: n.first,
            last_name: n.last,
            date_of_birth: dob,
            [s.jsonKey]: v,
          },
        }),
        values: [other(n.first), other(n.last), other(dob), idv],
      };
    case 1:
      return {
        type: `kyc-log:${s.key}`,
        text:
          `${ts} INFO  onboarding.VerificationService - document check passed for applicant ${ref} (${s.country}), ${s.label} ${v} matched registry`,
        values: [idv],
      };
    case 2:
      return {
        type: `kyc-logfmt:${s.key}`,
        text:
          `time=${ts} level=warn msg="identity mismatch" applicant=${ref} country=${s.country} ${s.jsonKey}=${v} name="${n.first} ${n.last}" score=0.${
            r.digits(2)
          }`,
        values: [idv, other(`${n.first} ${n.last}`)],
      };
    case 3:
      return {
        type: `payments-error:${s.key}`,
        text:
          `${ts} ERROR payout-worker: payout ${ref} rejected by bank: beneficiary id "${v}" (${s.label}) does not match account holder ${n.last.toUpperCase()}, ${n.first.toUpperCase()}`,
        values: [idv, other(n.last.toUpperCase()), other(n.first.toUpperCase())],
      };
    case 4:
      return {
        type: `kyc-csv:${s.key}`,
        text: `applicant_ref,first_name,last_name,dob,${s.jsonKey},country\n${ref},${n.first},${
          n.last.includes(",") ? `"${n.last}"` : n.last
        },${dob},${v},${s.country}`,
        values: [other(n.first), other(n.last), other(dob), idv],
      };
    default:
      return {
        type: `kyc-vendor-response:${s.key}`,
        text:
          `${ts} DEBUG http.client - <<< 200 POST https://api.idv-vendor.example/v3/checks {"check_id":"${
            uuid(r)
          }","result":"clear","document":{"type":"national_identity_card","number":"${v}","issuing_country":"${s.country}","holder":{"full_name":"${n.first} ${n.last}","birth_date":"${dob}"}}}`,
        values: [idv, other(`${n.first} ${n.last}`), other(dob)],
      };
  }
}

/** Passports and driving licences: a context word names them. */
function documents(r: Rng, i: number): Draft {
  const n = name(r);
  const passport = r.pick([
    () => r.chars("CFGHJKLMNPRTVWXYZ", 1) + r.chars("CFGHJKLMNPRTVWXYZ0123456789", 8), // DE
    () => r.digits(9), // US, GB
    () => r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + r.digits(7), // FR, IT, ES style
    () => "E" + r.digits(7) + r.chars("ABCDEFGHJK", 1), // SG
    () => r.chars("NPQ", 1) + r.digits(7), // AU
  ])();
  const licence = r.pick([
    () =>
      `${n.last.replace(/[^A-Za-z]/g, "").toUpperCase().padEnd(5, "9").slice(0, 5)}${r.digits(6)}${
        r.chars("ABCDEFGHJK", 2)
      }9${r.chars("ABCDEFGHJK", 2)}`, // UK
    () => r.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + r.digits(7), // California
    () => `${r.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, // Illinois
    () => r.digits(8), // Australia
  ])();
  const ts = TS(r);
  const forms: Draft[] = [
    {
      type: "travel:passport",
      text: `${ts} INFO booking-svc PNR ${
        r.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 6)
      } APIS submitted: pax 1 ${n.last.toUpperCase()}/${n.first.toUpperCase()} MR, passport ${passport}, exp 2031-0${
        r.int(1, 9)
      }-1${r.int(0, 9)}`,
      values: [
        other(passport),
        other(n.last.toUpperCase()),
        other(n.first.toUpperCase()),
      ],
    },
    {
      type: "travel:passport-json",
      text: JSON.stringify({
        pnr: r.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 6),
        segment: `LH${r.int(100, 999)}`,
        passenger: {
          given_names: n.first,
          surname: n.last,
          passport_number: passport,
          nationality: r.pick(["DEU", "USA", "FRA", "SGP", "AUS"]),
        },
      }),
      values: [other(n.first), other(n.last), other(passport)],
    },
    {
      type: "travel:passport-doc-ssr",
      text: `SSR DOCS YY HK1 P/${r.pick(["DEU", "GBR", "FRA", "USA"])}/${passport}/${
        r.pick(["DEU", "GBR", "FRA", "USA"])
      }/12MAR85/F/23SEP31/${n.last.toUpperCase().replace(/[^A-Z]/g, "")}/${
        n.first.toUpperCase().replace(/[^A-Z]/g, "")
      }`,
      values: [
        other(passport),
        other(n.last.toUpperCase().replace(/[^A-Z]/g, "")),
        other(n.first.toUpperCase().replace(/[^A-Z]/g, "")),
      ],
    },
    {
      type: "rental:driving-licence",
      text:
        `${ts} WARN rental-desk: driver licence ${licence} could not be verified for ${n.first} ${n.last}; manual check required`,
      values: [other(licence), other(`${n.first} ${n.last}`)],
    },
    {
      type: "kyc:driving-licence-json",
      text:
        `{"doc_type":"driving_license","driving_license_number":"${licence}","holder":"${n.first} ${n.last}","state":"${
          r.pick(["CA", "IL", "NSW", "UK"])
        }"}`,
      values: [other(licence), other(`${n.first} ${n.last}`)],
    },
  ];
  return forms[i % forms.length];
}

/** A phone number of one country as people and systems write it (national or international). */
function phone(r: Rng, i: number): string {
  const d = (n: number) => r.digits(n);
  const forms: Array<() => string> = [
    () => `(${r.int(201, 989)}) ${r.int(201, 989)}-${d(4)}`, // US
    () => `${r.int(201, 989)}-${r.int(201, 989)}-${d(4)}`,
    () => `${r.int(201, 989)}.${r.int(201, 989)}.${d(4)}`,
    () => `1${r.int(201, 989)}${r.int(201, 989)}${d(4)}`,
    () => `+1 ${r.int(201, 989)} ${r.int(201, 989)} ${d(4)}`,
    () => `07${r.int(400, 999)} ${d(6)}`, // UK mobile
    () => `020 ${r.int(7000, 8999)} ${d(4)}`, // London
    () => `+44 7${r.int(400, 999)} ${d(6)}`,
    () => `0044 20 ${r.int(7000, 8999)} ${d(4)}`,
    () => `015${r.int(1, 9)} ${d(8)}`, // DE mobile
    () => `030 ${d(8)}`, // Berlin
    () => `+49 (0)${r.int(151, 179)} ${d(7)}`,
    () => `0049${r.int(151, 179)}${d(7)}`,
    () => `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, // FR
    () => `01.${d(2)}.${d(2)}.${d(2)}.${d(2)}`,
    () => `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    () => `3${r.int(20, 49)} ${d(3)} ${d(4)}`, // IT mobile
    () => `+39 06 ${d(4)} ${d(4)}`,
    () => `6${d(2)} ${d(3)} ${d(3)}`, // ES mobile
    () => `+34 91 ${d(3)} ${d(2)} ${d(2)}`,
    () => `06-${d(8)}`, // NL
    () => `+31 20 ${d(3)} ${d(4)}`,
    () => `(11) 9${d(4)}-${d(4)}`, // BR
    () => `+55 21 9${d(4)}-${d(4)}`,
    () => `9${d(4)} ${d(5)}`, // IN
    () => `+91-9${d(4)}-${d(5)}`,
    () => `090-${d(4)}-${d(4)}`, // JP
    () => `+81 3-${d(4)}-${d(4)}`,
    () => `04${d(2)} ${d(3)} ${d(3)}`, // AU
    () => `+61 2 ${d(4)} ${d(4)}`,
    () => `040 ${d(3)} ${d(4)}`, // FI
    () => `+358 40 ${d(7)}`,
    () => `07${r.int(0, 6)}-${d(3)} ${d(2)} ${d(2)}`, // SE
    () => `+46 8 ${d(3)} ${d(2)} ${d(2)}`,
    () => `${r.int(4, 9)}${d(2)} ${d(2)} ${d(3)}`, // NO
    () => `010-${d(4)}-${d(4)}`, // KR
    () => `+82 10 ${d(4)} ${d(4)}`,
    () => `0${r.int(530, 559)} ${d(3)} ${d(2)} ${d(2)}`, // TR
    () => `+90 5${d(2)} ${d(3)} ${d(4)}`,
    () => `55 ${d(4)} ${d(4)}`, // MX
    () => `+52 1 55 ${d(4)} ${d(4)}`,
    () => `0${r.int(60, 84)} ${d(3)} ${d(4)}`, // ZA
    () => `+27${r.int(60, 84)}${d(7)}`,
    () => `${r.pick(["8", "9"])}${d(3)} ${d(4)}`, // SG
    () => `+65 ${r.pick(["8", "9"])}${d(3)} ${d(4)}`,
    () => `+${r.pick(["44", "49", "33", "34", "39", "31", "46", "47", "45", "358", "48"])}${d(9)}`,
    () => `${r.pick(["44", "49", "33", "34", "39", "31"])}${d(10)}`, // E.164 without +
    () => `0${r.int(1, 9)}${d(1)} ${d(3)} ${d(2)} ${d(2)}`, // CH
    () => `+41 ${r.int(75, 79)} ${d(3)} ${d(2)} ${d(2)}`,
    () => `13${d(1)}-${d(4)}-${d(4)}`, // CN mobile
    () => `+86 13${d(1)} ${d(4)} ${d(4)}`,
  ];
  return forms[i % forms.length]();
}

/** Telecom CDRs and SMS gateways. */
function telecom(r: Rng, i: number): Draft {
  const a = phone(r, i);
  const b = phone(r, i * 7 + 3);
  const ts = TS(r);
  const imsi = `${r.pick(["244", "262", "234", "310", "208"])}${r.pick(["01", "05", "10", "91"])}${
    r.digits(10)
  }`;
  switch (i % 5) {
    case 0:
      return {
        type: "telecom:cdr",
        text: `CDR|${ts}|MOC|A=${a}|B=${b}|dur=${r.int(1, 3600)}|cause=16|trunk=TG${r.int(10, 99)}`,
        values: [core(a), core(b)],
      };
    case 1:
      return {
        type: "sms-gateway:log",
        text: `${ts} INFO sms-gateway - MT queued id=SM${
          hex(r, 32)
        } to=${a} from=ACMEBANK segments=1 template=otp_login`,
        values: [core(a)],
      };
    case 2:
      return {
        type: "sms-gateway:json",
        text: JSON.stringify({
          ts,
          msg: "delivery receipt",
          msisdn: a,
          status: "DELIVRD",
          err: "000",
          operator: r.pick(["Elisa", "Telia", "Vodafone DE", "EE", "Orange FR"]),
        }),
        values: [core(a)],
      };
    case 3:
      return {
        type: "telecom:hlr",
        text:
          `${ts} DEBUG hlr-lookup: subscriber imsi=${imsi} msisdn=${a} roaming=false cfu_forward_to=${b}`,
        values: [other(imsi), core(a), core(b)],
      };
    default:
      return {
        type: "support:callback",
        text: `${ts} INFO ticket #${
          r.int(100000, 999999)
        }: customer asked for a call back on ${a} (alt. ${b}) between 9 and 11`,
        values: [core(a), core(b)],
      };
  }
}

/** Healthcare: HL7 v2 ADT with PID, FHIR Patient JSON. */
function health(r: Rng, i: number): Draft {
  const n = name(r);
  const b = id.birth(r);
  const dob8 = `${b.y}${String(b.m).padStart(2, "0")}${String(b.d).padStart(2, "0")}`;
  const street = r.pick(STREETS);
  const city = r.pick(CITIES);
  const tel = phone(r, i * 3);
  const mrn = r.digits(7);
  const ssn = id.ssn(r);
  const nhs = id.nhs(r);
  if (i % 2 === 0) {
    const last = n.last.toUpperCase(), first = n.first.toUpperCase();
    return {
      type: "hl7:pid",
      text: [
        `MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202603141003||ADT^A08|MSG${r.digits(8)}|P|2.5.1`,
        `EVN|A08|202603141003`,
        `PID|1||${mrn}^^^HOSP^MR~${nhs}^^^NHS^NH||${last}^${first}^^^^^L||${dob8}|${
          r.pick(["F", "M"])
        }|||${street}^^${city}^^${r.digits(5)}^${r.pick(["US", "GB"])}||${tel}|||S||${
          r.digits(9)
        }|${ssn}`,
        `PV1|1|I|W4^412^B|||||||MED||||||||${r.digits(8)}`,
      ].join("\n"),
      values: [
        other(mrn),
        other(nhs),
        other(last),
        other(first),
        other(dob8),
        other(street),
        core(tel),
        core(ssn),
      ],
    };
  }
  const dob = isoDate(b);
  return {
    type: "fhir:patient",
    text: JSON.stringify({
      resourceType: "Patient",
      id: uuid(r),
      meta: { versionId: String(r.int(1, 9)), lastUpdated: TS(r) },
      identifier: [{ system: "http://hl7.org/fhir/sid/us-ssn", value: ssn }, {
        system: "https://fhir.nhs.uk/Id/nhs-number",
        value: nhs,
      }],
      name: [{ use: "official", family: n.last, given: [n.first] }],
      telecom: [{ system: "phone", value: tel, use: "mobile" }],
      gender: r.pick(["female", "male"]),
      birthDate: dob,
      address: [{ line: [street], city, postalCode: r.digits(5) }],
    }),
    values: [
      core(ssn),
      other(nhs),
      other(n.last),
      other(n.first),
      core(tel),
      other(dob),
      other(street),
    ],
  };
}

/** HR and payroll: bank accounts in every layout. */
function payroll(r: Rng, i: number): Draft {
  const n = name(r);
  const ib = id.randomIban(r);
  const ts = TS(r);
  const emp = `E${r.digits(6)}`;
  switch (i % 8) {
    case 0: {
      const v = id.groups4(ib);
      return {
        type: "payroll:iban-spaced",
        text: `${ts} INFO payroll-run ${
          r.digits(4)
        }: salary transfer for ${emp} ${n.first} ${n.last} to IBAN ${v} queued`,
        values: [core(v), other(`${n.first} ${n.last}`)],
      };
    }
    case 1:
      return {
        type: "payroll:iban-json",
        text: JSON.stringify({
          employee_id: emp,
          bank: { iban: ib, bic: r.pick(["DEUTDEFF", "NDEAFIHH", "BNPAFRPP", "INGBNL2A"]) },
          net_pay: `${r.int(1800, 7400)}.${r.digits(2)}`,
        }),
        values: [core(ib)],
      };
    case 2: {
      const v = ib.toLowerCase();
      return {
        type: "payroll:iban-lower",
        text:
          `${ts} WARN sepa-export: beneficiary ${v} rejected (AC04 closed account), employee ${emp}`,
        values: [core(v)],
      };
    }
    case 3: {
      const sort = `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`;
      const acct = r.digits(8);
      return {
        type: "payroll:uk-sort-code",
        text:
          `${ts} INFO bacs-file: ${emp} ${n.last}, sort code ${sort}, account ${acct}, amount £${
            r.int(1200, 5200)
          }.${r.digits(2)}`,
        values: [other(sort), other(acct), other(n.last)],
      };
    }
    case 4: {
      const routing = id.aba(r);
      const acct = r.digits(r.int(9, 12));
      return {
        type: "payroll:us-ach",
        text:
          `${ts} INFO ach-batch: direct deposit ${emp} routing=${routing} account=${acct} type=checking`,
        values: [other(routing), other(acct)],
      };
    }
    case 5: {
      const v = id.groups4(ib);
      return {
        type: "hr:csv-bank",
        text: `employee_id,full_name,iban,start_date\n${emp},${n.first} ${n.last},${ib},2024-0${
          r.int(1, 9)
        }-01\nE${r.digits(6)},${r.pick(FIRST)} ${r.pick(LAST)},${v},2025-11-17`,
        values: [core(ib), core(v), other(`${n.first} ${n.last}`)],
      };
    }
    case 6: {
      const sal = `${r.int(42, 140)}${r.digits(3)}`;
      const b = id.birth(r);
      return {
        type: "hr:employee-record",
        text:
          `${ts} DEBUG hris.sync upsert employee {"id":"${emp}","name":"${n.first} ${n.last}","date_of_birth":"${
            isoDate(b)
          }","home_address":"${r.pick(STREETS)}, ${r.pick(CITIES)}","salary":${sal}}`,
        values: [other(`${n.first} ${n.last}`), other(isoDate(b))],
      };
    }
    default: {
      return {
        type: "payroll:iban-bare",
        text: `${ts} ERROR payout failed for ${ib}: insufficient funds on source account`,
        values: [core(ib)],
      };
    }
  }
}

/** A card of one brand, with its usual grouping and a few others. */
function cardNumber(r: Rng, i: number): string {
  const brands: Array<[string, number, (v: string) => string]> = [
    [String(4), 16, spaced(4, 4, 4, 4)],
    [String(r.int(51, 55)), 16, (v) => v],
    [String(r.int(2221, 2720)), 16, (v) => v.replace(/(\d{4})(?=\d)/g, "$1-")],
    [r.pick(["34", "37"]), 15, spaced(4, 6, 5)],
    ["6011", 16, (v) => v.replace(/(\d{4})(?=\d)/g, "$1.")],
    [String(r.int(3528, 3589)), 16, spaced(4, 4, 4, 4)],
    ["36", 14, spaced(4, 6, 4)],
    ["62", 19, spaced(4, 4, 4, 4, 3)],
    [r.pick(["6759", "5018", "6304"]), r.pick([16, 18, 19]), (v) => v],
    [String(r.int(2200, 2204)), 16, spaced(4, 4, 4, 4)],
    ["65", 16, (v) => v],
    [String(4), 13, (v) => v],
    [String(4), 19, spaced(4, 4, 4, 4, 3)],
    [String(r.int(51, 55)), 16, spaced(4, 4, 4, 4)],
    [r.pick(["34", "37"]), 15, (v) => v],
    [String(4), 16, (v) => v.replace(/(\d{4})(?=\d)/g, "$1-")],
  ];
  const [prefix, len, layout] = brands[i % brands.length];
  return layout(id.card(r, prefix, len));
}

/** E-mail addresses, internationalized ones included. */
function email(r: Rng, i: number): string {
  const n = name(r);
  const local = `${n.first}.${n.last}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
  const forms = [
    () => `${local}@gmail.com`,
    () => `${local}+orders@outlook.com`,
    () => `${local.split(".")[0]}${r.int(1, 99)}@yahoo.co.uk`,
    () => `${local}@müller-bau.de`,
    () => `${local}@xn--mller-bau-q9a.de`,
    () => `josé.${r.pick(["pérez", "núñez"])}@correo.es`,
    () => `${local}@bücher.example`,
    () => `user${r.digits(4)}@xn--80ak6aa92e.com`,
    () => `${local}@δοκιμή.gr`,
    () => `${local.replace(".", "_")}@company.co.jp`,
    () => `${local.toUpperCase()}@HOTMAIL.COM`,
    () => `${local}@sub.mail.example.org`,
    () => `медведев@почта.рф`,
    () => `${local}@web.de`,
  ];
  return forms[i % forms.length]();
}

/** E-commerce and support tickets: shipping addresses, e-mails, cards with expiry and CVV. */
function commerce(r: Rng, i: number): Draft {
  const n = name(r);
  const ts = TS(r);
  const order = `ORD-${r.digits(8)}`;
  switch (i % 7) {
    case 0: {
      const c = cardNumber(r, i);
      return {
        type: "checkout:card-log",
        text:
          `${ts} ERROR payment-svc: authorization declined (05) for ${order}, card ${c}, amount 129.90 EUR`,
        values: [core(c)],
      };
    }
    case 1: {
      const c = cardNumber(r, i).replace(/\D/g, "");
      let cvv = r.digits(3);
      while (c.includes(cvv)) cvv = r.digits(3);
      const exp = `${String(r.int(1, 12)).padStart(2, "0")}/${r.int(27, 31)}`;
      return {
        type: "checkout:card-json",
        text:
          `${ts} DEBUG gateway request {"order":"${order}","card":{"number":"${c}","exp":"${exp}","cvv":"${cvv}","holder":"${n.first} ${n.last}"}}`,
        values: [core(c), other(cvv), other(`${n.first} ${n.last}`)],
      };
    }
    case 2: {
      const c = cardNumber(r, i).replace(/\D/g, "");
      return {
        type: "checkout:card-compact-json",
        text: `{"evt":"charge.failed","order":"${order}","pan":${c},"amount":4599}`,
        values: [core(c)],
      };
    }
    case 3: {
      const e = email(r, i);
      return {
        type: "support:ticket-email",
        text: `${ts} INFO helpdesk: new ticket #${
          r.int(100000, 999999)
        } from ${e}: "Where is my order ${order}?"`,
        values: [core(e)],
      };
    }
    case 4: {
      const street = r.pick(STREETS);
      const city = r.pick(CITIES);
      const zip = r.digits(5);
      return {
        type: "shop:shipping-address",
        text: JSON.stringify({
          order_id: order,
          shipping_address: {
            name: `${n.first} ${n.last}`,
            line1: street,
            city,
            postal_code: zip,
          },
          items: r.int(1, 5),
        }),
        values: [other(`${n.first} ${n.last}`), other(street)],
      };
    }
    case 5: {
      const e = email(r, i + 3);
      const tel = phone(r, i);
      return {
        type: "shop:customer-update",
        text: `${ts} INFO customer-svc: profile updated email=${e} phone="${tel}" newsletter=true`,
        values: [core(e), core(tel)],
      };
    }
    default: {
      const c = cardNumber(r, i + 5);
      const e = email(r, i + 7);
      return {
        type: "support:chat-transcript",
        text: [
          `[${ts}] customer: hi, my card got charged twice for ${order}`,
          `[${ts}] customer: it's ${c}, email ${e}`,
          `[${ts}] agent(Maria): thanks, I've opened a refund request`,
        ].join("\n"),
        values: [core(c), core(e)],
      };
    }
  }
}

/** CRM exports: CSV of contacts. */
function crm(r: Rng, i: number): Draft {
  const rows: string[] = [];
  const values: Value[] = [];
  const sep = [",", ";", "\t", "|"][i % 4];
  rows.push(["contact_id", "first_name", "last_name", "email", "phone", "birthday"].join(sep));
  for (let k = 0; k < 3; k++) {
    const n = name(r);
    const e = email(r, i + k * 5);
    const tel = phone(r, i * 3 + k);
    const b = isoDate(id.birth(r));
    rows.push([`C${r.digits(7)}`, n.first, n.last, e, tel, b].join(sep));
    values.push(other(n.first), other(n.last), core(e), core(tel), other(b));
  }
  return { type: "crm:csv-export", text: rows.join("\n"), values };
}

/** Crypto exchanges: deposit and withdrawal addresses. */
function exchange(r: Rng, i: number): Draft {
  const kinds = Object.entries(id.crypto);
  const [kind, make] = kinds[i % kinds.length];
  const addr = make(r);
  const ts = TS(r);
  const forms = [
    `${ts} INFO withdrawals: user u_${r.digits(7)} requested ${r.int(1, 9)}.${r.digits(4)} ${
      kind.slice(0, 3).toUpperCase()
    } to ${addr}`,
    JSON.stringify({ ts, event: "deposit.detected", address: addr, confirmations: r.int(0, 6) }),
    `${ts} WARN aml-screening: destination ${addr} flagged (risk 0.${r.digits(2)}), hold placed`,
  ];
  return { type: `crypto:${kind}`, text: forms[i % forms.length], values: [core(addr)] };
}

/** Network and IoT: client IPv4/IPv6 and device MAC addresses in their many notations. */
function network(r: Rng, i: number): Draft {
  const ts = TS(r);
  const h4 = () => hex(r, 4).replace(/^0+(?=.)/, "");
  const ipv4 = `${r.pick([31, 62, 81, 91, 94, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${
    r.int(1, 254)
  }`;
  const v6 = [
    () => `2001:db8:${h4()}:${h4()}::${h4()}`,
    () => `2a02:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}`,
    () => `2606:4700:${h4()}::${h4()}:${h4()}`,
    () => `::ffff:${ipv4}`,
    () => `fe80::${h4()}:${h4()}:${h4()}:${h4()}%eth0`,
    () => `2001:0db8:0000:0000:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}`,
    () => `2600:1f18:${h4()}:${h4()}::${h4()}`.toUpperCase(),
  ];
  const octets = Array.from({ length: 6 }, () => hex(r, 2));
  const macs = [
    octets.join(":"),
    octets.join("-").toUpperCase(),
    `${octets[0]}${octets[1]}.${octets[2]}${octets[3]}.${octets[4]}${octets[5]}`,
    octets.join("").toUpperCase(),
    octets.join(":").toUpperCase(),
  ];
  switch (i % 6) {
    case 0:
      return {
        type: "web:access-ipv4",
        text: `${ipv4} - - [14/Mar/2026:10:0${r.int(0, 9)}:${
          r.int(10, 59)
        } +0000] "POST /checkout/confirm HTTP/1.1" 302 0 "-" "Mozilla/5.0"`,
        values: [core(ipv4)],
      };
    case 1: {
      const v = r.pick(v6)();
      return {
        type: "web:access-ipv6",
        text: `${ts} INFO login ok user_id=${r.digits(6)} client_ip=${v} mfa=totp`,
        values: [core(v)],
      };
    }
    case 2: {
      const v = r.pick(v6)().replace(/%eth0$/, "");
      return {
        type: "web:ipv6-bracketed",
        text: `${ts} WARN rate-limit: too many attempts from [${v}]:${
          r.int(1024, 65535)
        } on /login`,
        values: [core(v)],
      };
    }
    case 3: {
      const m = macs[i % macs.length];
      return {
        type: "iot:mac",
        text: `${ts} INFO dhcpd: DHCPACK on 10.20.${r.int(0, 255)}.${r.int(2, 254)} to ${m} (${
          r.pick(FIRST).toLowerCase()
        }s-iphone) via eth1`,
        values: [core(m)],
      };
    }
    case 4: {
      const m = macs[(i + 2) % macs.length];
      return {
        type: "iot:device-json",
        text: JSON.stringify({
          ts,
          device: { mac: m, owner_email: email(r, i), fw: `4.${r.int(0, 9)}.${r.int(0, 20)}` },
          rssi: -r.int(40, 90),
        }),
        values: [core(m)],
      };
    }
    default: {
      const m = macs[(i + 1) % macs.length];
      return {
        type: "wifi:radius",
        text: `${ts} radiusd[${r.int(100, 9999)}]: Login OK: [${
          r.pick(LAST).toLowerCase().replace(/[^a-z]/g, "")
        }] (from client ap-${r.int(1, 40)} port 0 cli ${m}) Framing-IP ${ipv4}`,
        values: [core(m), core(ipv4)],
      };
    }
  }
}

/** Secrets such systems carry now and then. */
function secret(r: Rng, i: number): Draft {
  const ts = TS(r);
  const an = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const forms: Array<() => Draft> = [
    () => {
      const k = `sk_live_${r.chars(an, 24)}`;
      return {
        type: "payments:stripe-key",
        text: `${ts} ERROR stripe client init failed with key ${k}: account restricted`,
        values: [other(k)],
      };
    },
    () => {
      const k = `whsec_${r.chars(an, 32)}`;
      return {
        type: "payments:webhook-secret",
        text: `${ts} DEBUG config loaded {"webhook_signing_secret":"${k}","tolerance":300}`,
        values: [other(k)],
      };
    },
    () => {
      const t = hex(r, 32);
      return {
        type: "sms-gateway:auth-token",
        text: `${ts} DEBUG sms-gateway: TWILIO_AUTH_TOKEN=${t} account=AC${hex(r, 32)}`,
        values: [other(t)],
      };
    },
    () => {
      const pw = `${r.chars(an, 6)}!${r.digits(3)}${r.chars(an, 4)}`;
      const b64 = btoa(`payroll_sftp:${pw}`);
      return {
        type: "payroll:basic-auth",
        text:
          `${ts} DEBUG >>> POST /upload HTTP/1.1\nHost: sftp-gw.payroll.example\nAuthorization: Basic ${b64}`,
        values: [other(b64)],
      };
    },
    () => {
      const pw = `${r.chars(an, 10)}#${r.digits(2)}`;
      return {
        type: "kyc:vendor-password",
        text:
          `idv_vendor:\n  endpoint: https://api.idv-vendor.example\n  username: acme-onboarding\n  password: ${pw}`,
        values: [other(pw)],
      };
    },
    () => {
      const k = `rk_live_${r.chars(an, 32)}`;
      return {
        type: "payments:restricted-key",
        text: `export STRIPE_RESTRICTED_KEY=${k}`,
        values: [other(k)],
      };
    },
  ];
  return forms[i % forms.length]();
}

// ---------------------------------------------------------------------------------------------
// Benign: the same systems, values that only look like personal data.

function isbn13(r: Rng): string {
  const body = "978" + r.digits(9);
  return body + id.ean13Digit(body);
}
function failingLuhn(r: Rng, n: number): string {
  const body = String(r.int(3, 6)) + r.digits(n - 2);
  return body + String((Number(id.luhnDigit(body)) + r.int(1, 9)) % 10);
}

function benign(r: Rng, i: number): Draft {
  const ts = TS(r);
  const forms: Array<() => string> = [
    () => `${ts} INFO order-svc: order ORD-${r.digits(8)} created, 3 items, total 129.90 EUR`,
    () =>
      `${ts} INFO invoice INV-2026-${r.digits(6)} issued, due 2026-04-30, amount $${r.int(1, 99)},${
        r.digits(3)
      }.${r.digits(2)}`,
    () =>
      `${ts} INFO shipping: label created, tracking 1Z${
        r.chars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6)
      }${r.digits(10)} (UPS Ground)`,
    () =>
      `${ts} INFO shipping: USPS tracking ${
        "9400 1" + r.digits(3) + " " + r.digits(4) + " " + r.digits(4) + " " + r.digits(4) + " " +
        r.digits(2)
      } accepted`,
    () => `${ts} INFO shipping: DHL waybill ${r.digits(10)} picked up at DC-EAST-2`,
    () =>
      `${ts} INFO catalog: imported ISBN ${isbn13(r)} "The Art of Computer Programming" stock=12`,
    () => {
      const body = "40" + r.digits(10);
      return `${ts} INFO pos: scanned EAN ${body + id.ean13Digit(body)} qty 2 price 3.49`;
    },
    () => {
      const body = "0" + r.digits(11);
      return `${ts} DEBUG inventory: UPC ${
        body.slice(1) + id.ean13Digit(body)
      } bin A-12-03-04 count=${r.int(0, 400)}`;
    },
    () => {
      const s = id.card(r, "35" + r.digits(6), 15);
      return `${ts} INFO firmware: flashed bench unit serial ${s} (lab rack 3, build 4.2.1)`;
    },
    () =>
      `${ts} INFO sku=SKU-${r.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3)}-${
        r.digits(4)
      }-XL restocked qty=${r.int(1, 999)}`,
    () =>
      `${ts} INFO deploy: payments-api version 2.${r.int(0, 40)}.${r.int(0, 20)} (build 10.0.${
        r.int(10000, 22000)
      }.${r.int(100, 4000)}) rolled out to 12/12 pods`,
    () =>
      `${ts} INFO request completed in ${r.int(1, 9999)}ms status=200 bytes=${r.int(100, 99999)}`,
    () => `${ts} INFO fx: EUR/USD 1.0${r.digits(3)} updated, spread 0.000${r.digits(2)}`,
    () =>
      `${ts} INFO warehouse DC-NORTH at lat=60.${r.digits(4)} lon=24.${r.digits(4)} capacity 84%`,
    () => `${ts} DEBUG trace_id=${hex(r, 32)} span_id=${hex(r, 16)} parent=${hex(r, 16)}`,
    () => `${ts} INFO artifact sha256:${hex(r, 64)} pushed to registry`,
    () => `${ts} INFO git: deployed commit ${hex(r, 40)} to production`,
    () =>
      `${ts} INFO job ${uuid(r)} finished: processed ${r.int(100000000, 999999999)} rows in ${
        r.int(1, 59)
      }.${r.digits(1)}s`,
    () =>
      `HTTP/1.1 ${
        r.pick(["200 OK", "404 Not Found", "503 Service Unavailable", "429 Too Many Requests"])
      }\nContent-Type: application/json\nX-Request-Id: ${reqId(r)}\nRetry-After: ${r.int(1, 120)}`,
    () =>
      `${ts} WARN voucher code ${
        failingLuhn(r, 16).replace(/(\d{4})(?=\d)/g, "$1 ")
      } is not valid for this campaign`,
    () => `${ts} INFO reconciliation batch ${failingLuhn(r, 16)} matched 4,812 of 4,812 entries`,
    () =>
      `${ts} INFO uptime 12:${r.int(10, 59)}:${r.int(10, 59)}, load 0.${r.digits(2)} 0.${
        r.digits(2)
      }, ${r.int(1, 64)} workers`,
    () =>
      `${ts} ERROR std::vector<Order>::at: out_of_range in pricing::Engine::quote(line ${
        r.int(10, 999)
      })`,
    () =>
      `${ts} INFO kernel 5.15.0-${r.int(1000, 1099)}-aws, glibc 2.35, openssl 3.0.${r.int(1, 14)}`,
    () =>
      `${ts} INFO invoice total 1.${r.digits(3)}.${r.digits(3)},${
        r.digits(2)
      } EUR booked to ledger 4400`,
    () =>
      `${ts} INFO epoch_ms=${"17" + r.digits(11)} lag_ms=${r.int(0, 900)} partition=${
        r.int(0, 63)
      } offset=${r.int(10000000, 99999999)}`,
    () => `${ts} INFO ticket JIRA-${r.int(1000, 9999)} moved to Done by release bot`,
    () => `${ts} INFO pricing: SKU ${r.digits(6)}-${r.digits(3)} price changed 19.99 -> 17.49`,
    () =>
      `${ts} INFO payments: Stripe charge ch_${
        r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24)
      } succeeded, amount 4599, currency eur`,
    () =>
      `${ts} INFO sms-gateway: batch ${uuid(r)} sent=${r.int(100, 5000)} failed=0 throughput=${
        r.int(10, 90)
      }/s`,
    () => `${ts} INFO image nginx@sha256:${hex(r, 64)} pulled in 2.${r.digits(1)}s`,
    () =>
      `${ts} INFO npm install @acme/payments-sdk@${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 30)} ok`,
    () =>
      `${ts} WARN ORA-${
        r.int(10000, 29999)
      }: TNS:listener could not resolve SERVICE_NAME given in connect descriptor`,
    () => `${ts} ERROR HRESULT 0x8007${hex(r, 4)} from COM component Payments.Bridge`,
    () =>
      `${ts} INFO report period 2026-01-01..2026-03-31, ${r.int(10, 999)} pages, range ${
        r.int(100, 400)
      }-${r.int(401, 900)}`,
    () => `${ts} INFO container ${hex(r, 12)} started, mem limit ${r.int(128, 4096)}Mi, cpu 500m`,
    () => `${ts} INFO cache hit ratio 0.${r.digits(3)} over ${r.int(1000000, 9999999)} lookups`,
    () =>
      `${ts} INFO iso8583: MTI 0210 STAN ${r.digits(6)} RRN ${r.digits(12)} response 00 approved`,
    () =>
      `${ts} INFO ledger: entry ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${
        r.digits(4)
      } posted (journal GL-${r.digits(3)})`,
    () =>
      `${ts} INFO crm: exported ${
        r.int(1000, 99999)
      } contacts to s3://crm-exports/2026/03/14/part-${r.digits(5)}.csv.gz`,
    () =>
      `${ts} INFO KYC queue: ${r.int(0, 500)} pending, ${r.int(0, 50)} in review, p95 wait ${
        r.int(1, 59)
      }m${r.int(10, 59)}s`,
    () => `${ts} INFO schema migration 2026031410${r.digits(4)}_add_index_on_orders applied`,
    () => `${ts} INFO HL7 listener: ACK AA for MSG${r.digits(8)} in ${r.int(1, 90)} ms`,
    () =>
      JSON.stringify({
        resourceType: "Bundle",
        type: "searchset",
        total: r.int(0, 90),
        link: [{
          relation: "self",
          url: `https://fhir.example/Patient?_count=${r.int(10, 50)}&_lastUpdated=gt2026-03-01`,
        }],
      }),
    () =>
      `CDR|${ts}|SUMMARY|calls=${r.int(1000, 99999)}|asr=0.${r.digits(2)}|acd=${
        r.int(30, 300)
      }s|trunk=TG${r.int(10, 99)}`,
    () =>
      `${ts} INFO exchange: BTC/EUR last ${r.int(50000, 90000)}.${r.digits(2)} vol ${
        r.int(100, 999)
      }.${r.digits(4)} block ${r.int(800000, 900000)}`,
    () =>
      `${ts} INFO eth: block 0x${hex(r, 7)} mined, gas used ${r.int(1000000, 29999999)}, base fee ${
        r.int(1, 90)
      } gwei`,
    () =>
      `${ts} INFO dhcpd: pool 10.20.0.0/16 utilisation ${r.int(10, 95)}%, leases ${
        r.int(100, 9000)
      }`,
    () => `${ts} INFO listening on 0.0.0.0:${r.int(1024, 65535)} and [::]:${r.int(1024, 65535)}`,
    () =>
      `${ts} INFO payroll run 2026-03 completed: ${r.int(100, 9000)} employees, ${
        r.int(0, 9)
      } exceptions`,
    () =>
      `${ts} INFO ABA file ${r.digits(6)}.ach generated, ${r.int(10, 900)} entries, hash total ${
        r.digits(10)
      }`,
    () =>
      `${ts} DEBUG feature flags: checkout_v2=true kyc_autoapprove=false sample_rate=0.${
        r.digits(2)
      }`,
    () =>
      `${ts} INFO chrome/124.0.${r.int(1000, 6999)}.${r.int(10, 200)} safari/605.1.15 share ${
        r.int(10, 60)
      }%`,
    () => `${ts} INFO order ${r.digits(3)}-${r.digits(7)}-${r.digits(7)} marked delivered`,
    () =>
      `${ts} INFO duration 00:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)} for batch settle-${
        r.digits(4)
      }`,
    () => `${ts} WARN iban validation failed: value "DE00 0000 0000 0000 0000 00" is a placeholder`,
    () =>
      `${ts} INFO GTIN ${
        "0" + (() => {
          const b = "0" + r.digits(11);
          return b.slice(1) + id.ean13Digit(b);
        })()
      } mapped to SKU ${r.digits(6)}`,
  ];
  return { type: `benign:${i % forms.length}`, text: forms[i % forms.length](), values: [] };
}

/** Every case, in a fixed order, from one seed. */
export function generatePiiBusiness6(): Business6Case[] {
  const r = new Rng(0x5eed_b6);
  const out: Business6Case[] = [];
  const add = (prefix: string, k: number, d: Draft, kind?: "secret" | "benign") => {
    const k2 = kind ?? "pii";
    if (k2 === "benign") {
      out.push({
        id: `pb6-${prefix}-${k}`,
        kind: "benign",
        type: d.type,
        text: d.text,
        secrets: [],
        expect_unchanged: true,
      });
      return;
    }
    const secrets = [...new Set(d.values.map((v) => v.v))];
    const c: Business6Case = {
      id: `pb6-${prefix}-${k}`,
      kind: k2,
      type: d.type,
      text: d.text,
      secrets,
      expect_unchanged: false,
    };
    if (k2 === "pii") c.tier = d.values.some((v) => v.core) ? "core" : "other";
    out.push(c);
  };
  // A case's tier is "core" when any of its values is; to keep the figures per tier honest,
  // cases mixing tiers are split: one case per tier, the same text.
  const addPii = (prefix: string, k: number, d: Draft) => {
    const coreValues = d.values.filter((v) => v.core);
    const otherValues = d.values.filter((v) => !v.core);
    if (coreValues.length) add(prefix, k, { ...d, values: coreValues });
    if (otherValues.length) add(`${prefix}-o`, k, { ...d, values: otherValues });
  };
  for (const s of SCHEMES) for (let v = 0; v < 6; v++) addPii(`kyc-${s.key}`, v, kyc(r, s, v));
  for (let k = 0; k < 25; k++) addPii("doc", k, documents(r, k));
  for (let k = 0; k < 60; k++) addPii("tel", k, telecom(r, k));
  for (let k = 0; k < 16; k++) addPii("health", k, health(r, k));
  for (let k = 0; k < 40; k++) addPii("pay", k, payroll(r, k));
  for (let k = 0; k < 56; k++) addPii("shop", k, commerce(r, k));
  for (let k = 0; k < 8; k++) addPii("crm", k, crm(r, k));
  for (let k = 0; k < 32; k++) addPii("crypto", k, exchange(r, k));
  for (let k = 0; k < 36; k++) addPii("net", k, network(r, k));
  for (let k = 0; k < 18; k++) add("secret", k, secret(r, k), "secret");
  for (let k = 0; k < 350; k++) add("benign", k, benign(r, k), "benign");
  return out.map(specialAddressesMasked);
}

/** The corpus as stored: one JSON object per line. */
export function piiBusiness6Text(cases: readonly Business6Case[]): string {
  return cases.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

if (import.meta.main) {
  await Deno.writeTextFile(PII_BUSINESS6_FILE, piiBusiness6Text(generatePiiBusiness6()));
}
