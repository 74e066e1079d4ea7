/**
 * National identity and tax numbers of Brazil (CNPJ), Mexico (CURP, RFC), Argentina (CUIT/CUIL,
 * DNI), Chile (RUT), Denmark (CPR), Norway (fødselsnummer), Ireland (PPS number), Japan (My
 * Number), Israel (Teudat Zehut) and the Philippines (UMID, SSS, PhilHealth, Pag-IBIG, TIN), each confirmed by its check
 * digit or date where it has one. A layout specific enough to name the number alone
 * (`12.345.678/0001-95`, a CURP) is masked anywhere; the others only right after a word that names
 * them.
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import {
  argentinaCuitValid,
  brazilCnpjValid,
  chileRutValid,
  denmarkCprValid,
  irelandPpsValid,
  israelIdValid,
  japanMyNumberValid,
  mexicoCurpValid,
  norwayFodselsnummerValid,
  taiwanIdValid,
} from "../checksums/national_ids.ts";
import {
  afterName,
  afterNameAnyCase,
  afterWordAnyCase,
  ALONE_AFTER,
  ALONE_BEFORE,
  compact,
  nameKeywords,
  NUMBER_RUN,
  numberStart,
  ofDigits,
  RUN_START,
} from "./pii_context.ts";
import { digitsOf } from "./value_checks.ts";
import { within } from "../windowed_match.ts";

/** Not part of a longer dotted, dashed or slashed number on either side. */
const NUMBER_AFTER = raw`(?![\w/]|[.-]\d)`;

/** YYMMDD as a date (month 01–12, day 01–31). */
const YYMMDD = raw`\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;

/** Names of a Norwegian fødselsnummer or D-number (each name's forms are its keywords). */
const NORWAY_ID_NAMES = "fødselsnummer|fodselsnummer|foedselsnummer|fnr|f.nr.|personnummer|d-nummer"
  .split("|");
/**
 * Names of a Philippine government number (UMID's common reference number, SSS, GSIS, PhilHealth,
 * Pag-IBIG) or of a taxpayer identification number (TIN: the Philippines' BIR, the US IRS).
 */
const GOVERNMENT_ID_NAMES =
  "umid|umid card|crn|common reference|unified multi purpose id|sss|gsis|philhealth|philhealth pin|pin|mdr|pag ibig|tin"
    .split("|");
/** Names of a Japanese individual number (each name's forms are its keywords). */
const MY_NUMBER_NAMES = "my number|マイナンバー|個人番号|kojin bango|individual number".split("|");
/** Names of a Taiwan national identity number (its card's, in traditional and simplified script). */
const TAIWAN_ID_NAMES =
  "身分證字號|身份證字號|身分證號|身份證號|身份证号|身分證|身份證|身分证|身份证|taiwan id"
    .split("|");

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Brazilian company register number (CNPJ) in its printed layout 12.345.678/0001-95, with both
   * mod-11 check digits.
   */
  pii(
    "br-cnpj",
    NUMBER_RUN,
    regex(
      raw`${numberStart("\\d", false)}\d\.\d{3}\.\d{3}/\d{4}-\d{2}${NUMBER_AFTER}`,
      "g",
    ),
    ofDigits(brazilCnpjValid),
    // Starts at a number-run start: a digit no letter, digit or `_ . : / + -` precedes, then 14 digits
    // joined by single `.`, `/` or `-`.
    RUN_START,
  ),
  /**
   * Brazilian company register number (CNPJ) as 14 digits or partly punctuated, with both check
   * digits, after CNPJ.
   */
  pii(
    "br-cnpj-in-context",
    ["cnpj"],
    afterNameAnyCase(
      ["cnpj", "cpf cnpj", "cpf/cnpj"],
      raw`\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}`,
    ),
    ofDigits(brazilCnpjValid),
  ),
  /**
   * Mexican population register key (CURP): four letters, birth date, sex, state, three consonants,
   * a century character and its check digit, on a line that says CURP.
   */
  pii(
    "mx-curp",
    // A keyword, not a pattern searched over all text: a CURP is masked on lines that name it.
    ["curp"],
    regex(
      raw`${ALONE_BEFORE}[A-Z]{4}${YYMMDD}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d${ALONE_AFTER}`,
      "g",
    ),
    mexicoCurpValid,
  ),
  /**
   * Mexican tax number (RFC): three or four letters, a date YYMMDD and a three-character homoclave,
   * after RFC, or after the name of its role on an invoice (a CFDI's issuer and recipient:
   * `rfc_emisor`, `RfcReceptor`).
   */
  pii(
    "mx-rfc",
    ["rfc", "r.f.c", ...phraseKeywords(["registro federal"])],
    afterName(
      ["rfc", "r.f.c.", "rfc cliente", "rfc emisor", "rfc receptor", "registro federal"],
      `[A-ZÑ&]{3,4}${YYMMDD}[A-Z0-9]{2}[0-9A]`,
    ),
  ),
  /**
   * Argentine tax number (CUIT/CUIL): type prefix, the eight-digit DNI and a mod-11 check digit, as
   * 20-12345678-6 anywhere, plain after CUIT / CUIL.
   */
  pii(
    "ar-cuit",
    NUMBER_RUN,
    regex(
      raw`${numberStart("[23]", false)}[03478]-\d{8}-\d${NUMBER_AFTER}`,
      "g",
    ),
    ofDigits(argentinaCuitValid),
    // Starts at a number-run start: a digit no letter, digit or `_ . : / + -` precedes, then 11 digits
    // joined by single `-`.
    RUN_START,
  ),
  /**
   * Argentine tax number (CUIT/CUIL) as eleven plain digits, with its check digit, after CUIT /
   * CUIL.
   */
  pii(
    "ar-cuit-in-context",
    ["cuit", "cuil"],
    afterNameAnyCase(["cuit", "cuil"], raw`[23][03478]\d{9}`),
    argentinaCuitValid,
  ),
  /**
   * Argentine identity document number (DNI): 7–8 digits, plain or dotted 12.345.678, after DNI /
   * documento (it has no check digit).
   */
  pii(
    "ar-dni",
    ["dni", "d.n.i", "documento"],
    afterNameAnyCase(
      ["dni", "d.n.i.", "nro documento", "numero documento", "documento", "documento nacional"],
      raw`\d{1,2}\.?\d{3}\.?\d{3}`,
    ),
    (value) => Number(digitsOf(value)) >= 1_000_000,
  ),
  /**
   * Chilean tax and identity number (RUT/RUN): 7–8 digits, maybe dotted (12.345.678-5), and a check
   * character 0–9 or K (mod 11), after RUT.
   */
  pii(
    "cl-rut-in-context",
    ["rut", "r.u.t", ...phraseKeywords(["rol unico"])],
    afterNameAnyCase(
      ["rut", "r.u.t.", "rut cliente", "rut empresa", "rol unico tributario"],
      raw`\d{1,2}\.?\d{3}\.?\d{3}-?[\dk]`,
    ),
    (value) => chileRutValid(compact(value)),
  ),
  /**
   * Danish personal number (CPR): DDMMYY-SSSS or ten digits with a valid date, after CPR /
   * personnummer.
   */
  pii(
    "dk-cpr",
    ["cpr", "personnummer", "personnr"],
    afterNameAnyCase(
      "cpr|cpr-nr.|cpr nr.|cpr-nummer|personnummer|personnr".split("|"),
      raw`\d{6}-?\d{4}`,
    ),
    ofDigits(denmarkCprValid),
  ),
  /**
   * Norwegian national identity number (fødselsnummer, D-number): DDMMYY, individual number and two
   * mod-11 check digits, after fødselsnummer / fnr / personnummer.
   */
  pii(
    "no-fodselsnummer",
    phraseKeywords(NORWAY_ID_NAMES),
    afterNameAnyCase(NORWAY_ID_NAMES, raw`\d{6} ?\d{5}`),
    ofDigits(norwayFodselsnummerValid),
  ),
  /**
   * Irish Personal Public Service number (PPSN): seven digits, a mod-23 check letter and maybe a
   * second letter, after PPS / PPSN (`PPS number: `, `ppsn=`, `"ppsNo":"`).
   */
  pii(
    "ie-ppsn",
    // At a word's start only: not `apps`, `mpps`.
    { keywords: ["pps"], atWordStart: ["pps"] },
    afterNameAnyCase([/ppsn?/], raw`\d{7}[a-w]{1,2}`),
    irelandPpsValid,
  ),
  /**
   * Japanese individual number (My Number, 個人番号): twelve digits, maybe in groups of four, with its
   * mod-11 check digit, after My Number / マイナンバー / 個人番号.
   */
  pii(
    "jp-my-number",
    phraseKeywords(MY_NUMBER_NAMES),
    afterNameAnyCase(MY_NUMBER_NAMES, raw`\d{4}[ -]?\d{4}[ -]?\d{4}`),
    ofDigits(japanMyNumberValid),
  ),
  /**
   * Taiwan national identity number (a letter, 1 or 2, eight digits, the last a check digit) right
   * after the name of the identity card (`身分證字號: `) or `Taiwan ID`.
   */
  pii(
    "tw-national-id",
    phraseKeywords(TAIWAN_ID_NAMES),
    afterName(TAIWAN_ID_NAMES, raw`[A-Z][12]\d{8}`),
    taiwanIdValid,
  ),
  /**
   * A Philippine government number (UMID common reference number 4-7-1, SSS 2-7-1, PhilHealth PIN
   * 2-9-1, its PIN or MDR, Pag-IBIG) or a taxpayer identification number (BIR TIN 3-3-3-3, a US
   * TIN), 9, 10 or 12 digits plain or grouped, right after its name (`UMID: `, `SSS no. `,
   * `PhilHealth# `, `PIN: `, `TIN `).
   */
  pii(
    "government-id-number",
    // afterWordAnyCase: no letter or digit before `tin` (not `setting`, `routine`), `pin`
    // (`spin`) or `mdr`.
    {
      keywords: nameKeywords(GOVERNMENT_ID_NAMES),
      atWordStart: ["tin", "pin", "mdr"],
    },
    afterWordAnyCase(GOVERNMENT_ID_NAMES, raw`\d{2,4}(?:[ -]?\d{1,9}){1,3}`),
    // 9 (a TIN), 10 (SSS) or 12 digits (UMID CRN, PhilHealth, Pag-IBIG, a TIN and its branch): an
    // 11-digit number under `tin` is a German Steuer-ID, which de-steuer-id checks.
    ofDigits((digits) => [9, 10, 12].includes(digits.length)),
  ),
  /**
   * Israeli identity number (Teudat Zehut): up to nine digits with its Luhn check digit, after
   * Teudat Zehut / תעודת זהות / ת.ז / TZ.
   */
  pii(
    "il-teudat-zehut",
    // `israeli`, not `israeli id`: the name matches `israeli_id`, `israeliId` and `Israeli-ID` too.
    ["zehut", "זהות", "ת.ז", 'ת"ז', "tz", "israeli"],
    afterNameAnyCase(
      ["teudat zehut", "mispar zehut", "תעודת זהות", "ת.ז", 'ת"ז', "tz", "israeli id"],
      raw`\d{8,9}`,
    ),
    israelIdValid,
    // The match starts at the name: at one of the keywords, or `teudat`, `mispar` (and a separator)
    // 6 or 7 characters before `zehut`, `תעודת` 5 or 6 before `זהות`.
    within(7, 0),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
