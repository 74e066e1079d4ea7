/**
 * Register numbers that identify a person or a sole trader's business, or route to their bank
 * account: Australian ABN / ACN, Swedish organisationsnummer, Spanish CIF, Indian GSTIN,
 * Singapore UEN, US ABA routing numbers, NPI and DEA numbers, and VAT numbers. Each is common digits (or letters and digits)
 * with a check rule that random numbers pass too often, so each needs the word that names it.
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { NEAR_DIGIT_RUN, within } from "../windowed_match.ts";
import { hasContextBefore } from "./value_checks.ts";
import {
  australiaAbnValid,
  australiaAcnValid,
  indiaGstinValid,
  singaporeUenValid,
  spainCifValid,
  swedenOrgNumberValid,
  usAbaRoutingValid,
  usNpiValid,
} from "../checksums/registry_ids.ts";
import {
  germanyVatIdValid,
  italyVatValid,
  usDeaNumberValid,
} from "../checksums/tax_and_licence_ids.ts";
import {
  AFTER,
  afterNameAnyCase,
  ALONE_AFTER,
  ALONE_BEFORE,
  compact,
  COMPACT_VALUE,
  grouped,
  inContext,
  KEYED_BEFORE,
  namedRightBefore,
  numberPattern,
  RUN_START,
} from "./pii_context.ts";
import { charsBefore } from "../kv/syntax.ts";

/** `GSTIN: `, `GST no. `, `gst_registration=`: a GSTIN's name right before it. */
const GSTIN_NAME = namedRightBefore(["gst", "gstin", "gstins", "gst registration"]);
/**
 * Where a Singapore UEN's name starts, as sg-uen's context reads its names in any case (`uen`,
 * `acra uen`, `unique entity number` with one of ` _.-` or nothing between its words): the reach
 * of the number is 56 characters after one, its context's window.
 */
const UEN_NAME = /uen|unique[ _.-]?entity/gi;
/**
 * A US NPI's name right before it: `NPI`, `national provider identifier` (any key form:
 * `national_provider_id=`), or `provider id` / `provider identifier` in words (`Provider ID: `,
 * `provider identifier is `), not the key `provider_id` / `providerId` of OAuth and cloud logs.
 */
const NPI_NAME = regex(
  `${
    namedRightBefore([
      "npi",
      "national provider",
      "national provider id",
      "national provider identifier",
    ]).source
  }|(?<![\\w.-])(?=[Pp]rovider (?:[Ii][Dd]|[Ii]dentifier))${
    namedRightBefore(["provider id", "provider identifier"]).source
  }`,
);

/** Names of a VAT identification number in the languages of the countries that issue them. */
const VAT_NAMES =
  "vat|vat id|vat registration|partita iva|p iva|ust id|umsatzsteuer id|identifikationsnummer|tva|btw|mwst"
    .split("|");

/** `USt-IdNr.`, `Umsatzsteuer-ID`: the German names of a German VAT id, ending right before it. */
const GERMAN_VAT_NAME = /(?<![a-z])(?:ust|umsatzsteuer)[ _.-]?id[^\n]{0,10}$/i;

/**
 * A VAT number as its name's pattern reads it: an Italian (IT and eleven digits) or German (DE and
 * nine) one by its country's check, or a German one failing it after its German name (strong, and
 * its layout exact: DE and nine digits); another as written, with at least eight digits.
 */
const vatNumberValid = (value: string, line: string, at: number): boolean => {
  const id = compact(value);
  const digits = id.replace(/[^0-9]/g, "");
  if (id.startsWith("IT")) return italyVatValid(id.slice(2));
  if (id.startsWith("DE")) {
    return germanyVatIdValid(id.slice(2)) ||
      (/^DE\d{9}$/.test(id) && GERMAN_VAT_NAME.test(charsBefore(line, at, 24)));
  }
  return digits.length >= 8 && (digits.length !== 11 || id.length > 11 || italyVatValid(id));
};

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Australian Business Number: eleven digits (often 2-3-3-3) whose weighted sum, first digit less
   * one, is a multiple of 89, after ABN.
   */
  inContext(
    "au-abn",
    ["abn", "business"],
    grouped(2, 3, 3, 3),
    /(?<![a-z])abn|business[ _-]?number/i,
    australiaAbnValid,
  ),
  /**
   * Australian Company Number: nine digits (3-3-3) with the ASIC weighted check digit, after ACN.
   */
  inContext(
    "au-acn",
    ["acn", "company"],
    grouped(3, 3, 3),
    namedRightBefore(["acn", "company number", "australian company number"]),
    australiaAcnValid,
  ),
  /**
   * Swedish organisation number: ten digits NNNNNN-NNNN, the third 2 or more, Luhn check digit (16
   * in front in the 12-digit form), after organisationsnummer / org.nr.
   */
  inContext(
    "se-organisationsnummer",
    ["organisation", "organization", "orgnr", "org.nr", "org nr", "org_nr", "orgnummer"],
    regex(raw`${KEYED_BEFORE}(?:16)?\d{6}-?\d{4}${AFTER}`, "g"),
    namedRightBefore(
      "organisationsnummer|org.nr|org nr|orgnr|orgnummer|organisation number|organization number"
        .split("|"),
    ),
    swedenOrgNumberValid,
    // Starts at a number-run start (a digit after KEYED_BEFORE, which refuses `A-Za-z0-9_./+-`
    // before it, then 9 digits or more, one `-` at most between each two), as the two below.
    RUN_START,
  ),
  /**
   * Spanish CIF (the NIF of a company): an entity letter, seven digits and a control digit or
   * letter, after CIF / NIF.
   */
  inContext(
    "es-cif",
    ["cif", "nif"],
    regex(
      raw`${ALONE_BEFORE}[ABCDEFGHJNPQRSUVWabcdefghjnpqrsuvw]-?\d{7}-?[0-9A-Ja-j]${ALONE_AFTER}`,
      "g",
    ),
    // Also named as the company's (`nif_empresa`, `CIF de la empresa:`).
    namedRightBefore(
      "cif|nif|cif empresa|nif empresa|cif de la empresa|nif de la empresa".split("|"),
    ),
    spainCifValid,
    {
      normalize: compact,
      // Its seven digits follow its letter (and a `-`).
      reach: NEAR_DIGIT_RUN,
    },
  ),
  /**
   * Indian GST identification number: state code, the holder's PAN, an entity number, `Z` and a
   * mod-36 check character, after GST / GSTIN; right after its name (`GSTIN: `, `GST registration
   * `), the layout alone: a mistyped or made-up check character in a field named GSTIN is one still.
   */
  pii(
    "in-gstin",
    ["gst"],
    regex(
      raw`${ALONE_BEFORE}\d{2}[A-Za-z]{5}\d{4}[A-Za-z][1-9A-Za-z][Zz][0-9A-Za-z]${ALONE_AFTER}`,
      "g",
    ),
    (value, line, index) =>
      hasContextBefore(line, index, /gst/i, 56) &&
      indiaGstinValid(value.toUpperCase(), hasContextBefore(line, index, GSTIN_NAME, 56)),
    // A match kept starts at most 56 after a `gst` (its keyword); none starts inside another.
    within(0, 56),
  ),
  /**
   * Singapore Unique Entity Number (ACRA): eight digits and a check letter, a year, five digits and
   * a check letter, or T/S/R, a year, an entity type, four digits and a letter, after UEN.
   */
  inContext(
    "sg-uen",
    ["uen", "acra", "unique entity"],
    regex(
      raw`${ALONE_BEFORE}(?:\d{8,9}|[TSRtsr]\d{2}[A-Za-z]{2}\d{4})[A-Za-z]${ALONE_AFTER}`,
      "g",
    ),
    namedRightBefore(["uen", "unique entity number", "acra uen"]),
    singaporeUenValid,
    { ...COMPACT_VALUE, reach: within(0, 56, UEN_NAME) },
  ),
  /**
   * US ABA routing transit number: nine digits (plain or 4-4-1) in a Federal Reserve range with the
   * 3-7-1 check, after routing / ABA / RTN.
   */
  inContext(
    "us-aba-routing",
    // `aba` as a key or word only: it is in every `database`.
    'routing|aba:|aba=|aba"|aba |aba#|aba_|aba>|rtn|transit'.split("|"),
    numberPattern("\\d", raw`\d{3}(?<sep>[ -]?)\d{4}\k<sep>\d`),
    namedRightBefore(["routing", "routing transit", "aba", "rtn", "transit"]),
    usAbaRoutingValid,
    RUN_START, // 9 digits
  ),
  /**
   * US National Provider Identifier: ten digits starting 1 or 2 with the Luhn check over 80840 and
   * the number, right after NPI or a provider's identifier in words (NPI_NAME: `Provider ID `).
   */
  inContext(
    "us-npi",
    ["npi", "provider"],
    numberPattern("[12]", raw`\d{9}`),
    NPI_NAME,
    usNpiValid,
    RUN_START, // 10 digits
  ),
  /**
   * A patient's medical record number (MRN), in no national layout: up to three letters and six
   * to ten digits right after MRN or medical record (`MRN: 00482913`, `"patient_mrn":"A1234567"`,
   * `medical_record_number=MRN0954527`).
   */
  pii(
    "mrn",
    ["mrn", "medical"],
    afterNameAnyCase(["mrn", "medical record"], "[A-Z]{0,3}\\d{6,10}"),
  ),
  /**
   * US DEA registration number (prescribers): a registrant-type letter, the surname's initial or
   * 9, seven digits with the DEA check digit, after DEA or medical licence.
   */
  inContext(
    "us-dea-number",
    ["dea", "medical", "prescriber"],
    regex(raw`${ALONE_BEFORE}[A-Za-z][A-Za-z9]\d{7}${ALONE_AFTER}`, "g"),
    namedRightBefore("dea|dea registration|medical license|medical licence|prescriber".split("|")),
    usDeaNumberValid,
    {
      normalize: compact,
      // Its seven digits follow its two letters (the second may be a 9, the run's first digit).
      reach: NEAR_DIGIT_RUN,
    },
  ),
  /**
   * VAT identification number right after VAT / partita IVA / USt-IdNr. / TVA / BTW: a country
   * code (maybe) and 8–12 digits or capitals; Italian and German ones by their check digit.
   */
  pii(
    "vat-number",
    // As words or keys only: `vat` and `iva` sit inside `private`, `ust` inside `must`.
    [
      ...["vat ", "vat:", "vat=", "vat_", 'vat"', "vat-", "vat#", "vatid", "vatno", "vatreg"],
      ...["partita", "piva", "p.iva", "p iva", "p_iva", "ust-id", "ust id", "ust_id", "ustid"],
      ...["umsatzsteuer", "tva", "btw", "mwst"],
    ],
    // Not glued to its name's last letter (`vatDE…` is no form a log writes, and no keyword wakes).
    afterNameAnyCase(VAT_NAMES, "(?<![A-Z])(?:[A-Z]{2}[ -]?)?[0-9A-Z]{8,12}"),
    vatNumberValid,
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
