/**
 * Numbers of identity documents, vehicles and accounts with no check digit of their own: passports,
 * driving licences, identity cards, Indian voter ids (EPIC), vehicle registrations and bank account
 * numbers. Their layouts differ by
 * issuer and say nothing alone (`A1234567`, `123456789`), so each is masked only right after
 * the words that name it (`passport no:`, `"driving_licence":"`, `DL# `); the pattern reads the
 * name and the value together, so a line full of other numbers costs nothing.
 */
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { raw } from "./raw.ts";
import { regex } from "./regex.ts";
import { once } from "../../once.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import { afterName, afterNameAnyCase, afterWordAnyCase, nameKeywords } from "./pii_context.ts";
import { vinCheckHolds } from "../checksums/tax_and_licence_ids.ts";
import { icaoCheckDigit } from "../checksums/national_ids.ts";
import { IBAN_START } from "./pii_financial.ts";
import { within } from "../windowed_match.ts";
import { charsBefore } from "../kv/syntax.ts";

const countDigits = (value: string) => value.replace(/[^0-9]/g, "").length;

/**
 * A German passport or ID card number: nine characters of the digits and the consonants the
 * documents use (no vowels, no B, D, Q, S), a letter first, which may hold a single digit.
 */
const germanDocumentNumber = (value: string) =>
  /^[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}$/.test(value) && countDigits(value) >= 1;

const PASSPORT =
  "passport|passports|pasaporte|passeport|reisepass|passaporto|paspoort|passaporte|pasaport|paszport|paszportu|pass no|pass nr|passnummer|passin numero|travel document|паспорт|паспорт гражданина|серия|旅券|パスポート|护照|여권"
    .split("|");
const DRIVING_LICENCE =
  "driver's license|driver's licence|driver license|driver number|driver licence|driving license|driving licence|license no|license num|license number|licence no|licence num|licence number|dl no|dl num|dl number|dl#|lic#|lic no|cdl#|führerschein|fuhrerschein|fuehrerschein|permis de conduire|permis conduire|patente di guida|patente|rijbewijs|carnet de conducir|carné de conducir|permiso de conducir|licencia de conducir|licencia conducir|carta de condução|prawo jazdy|prawa jazdy|körkort|ajokortti|ajokortin numero|ehliyet|sürücü belgesi|免許|驾驶证|驾照|면허|license|licence"
    .split("|");

/**
 * A licence number in a layout exact enough to name it after the bare word license: Korea's
 * 2-2-6-2 digits, Italy's patente (two letters or U1, seven digits or capitals, a letter).
 */
const EXACT_LICENCE = /^(?:\d\d-\d\d-\d{6}-\d\d|(?:[A-Z]{2}\d{7}|U1[0-9A-Z]{7})[A-Z])$/;

/**
 * A value's licence name, when it is the bare word license / licence (the last one in the 40
 * characters before the value, not a driver's / driving one, no `no` / `number` after it): only an
 * EXACT_LICENCE value then.
 */
function licenceNamed(value: string, line: string, at: number): boolean {
  const before = charsBefore(line, at, 40).toLowerCase();
  const i = Math.max(before.lastIndexOf("license"), before.lastIndexOf("licence"));
  if (i < 0 || /dri?v[a-z']*[ _.-]?$/.test(charsBefore(before, i, 12))) return true;
  return /^[ _.-]?(?:no|num|number)(?![a-z])/.test(before.slice(i + 7)) ||
    EXACT_LICENCE.test(value);
}
const VOTER_ID = ["voter id", "voter", "epic no", "epic number", "epic"];
/** Identity cards whose number has no check digit (Italy's CIE and paper card, others). */
const IDENTITY_CARD = [
  "identity card",
  "id card",
  "carta d'identit\u00e0",
  "carta d'identita",
  "carta di identit\u00e0",
  "carta di identita",
  "carta identita",
  "cie",
  "dow\u00f3d osobisty",
  "nr dowodu",
];
/**
 * Names of a vehicle's registration, one word each (a name also covers its `no` / `number`:
 * `plate` covers `number plate`, `plate no`; `registration` covers `vehicle registration`).
 */
const VEHICLE_REGISTRATION = [
  "registration",
  "plate",
  "vehicle",
  "vrm",
  "kennzeichen",
  "targa",
  "kenteken",
  "immatriculation",
  "matr\u00edcula",
  "matricula",
];
/** Names of a vehicle identification number (`chassis` covers `chassis number`). */
const VIN = ["vin", "vehicle identification", "chassis", "fahrgestell"];
const hasLetterAndDigit = (value: string) => /[A-Z]/.test(value) && /\d/.test(value);
const BANK_ACCOUNT =
  "account no|account nr|account num|account number|account #|acct no|acct num|acct number|acct #|a/c no|bank account|checking account|savings account|kontonummer|konto nr|rekeningnummer|numero de cuenta|número de cuenta|numero de compte|numéro de compte"
    .split("|");

/** A `/` and a capital: the slash of a passenger's SURNAME/GIVEN name element. */
const NAME_SLASH = /\/[A-ZÀ-Þ]/g;

/** ICAO 9303's check digit of `text` (../checksums/national_ids.ts), as the zone writes it. */
const mrzCheck = (text: string) => String(icaoCheckDigit(text));
/** Whether `v`'s character at `at` is the check digit of its characters from `from` to it. */
const mrzHolds = (v: string, from: number, at: number) => v[at] === mrzCheck(v.slice(from, at));

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Passport number (6–10 letters and digits, at least three digits, or a German document number
   * with fewer, as issuers print them: US, UK, DE, FR, IN, CA, AU, CN …; in capitals, or in lower
   * case as typed into a form) right after the word passport in one of several languages.
   */
  pii(
    "passport-number",
    // Every separator the names allow (pass_no, PASSNR, travel-document).
    phraseKeywords(PASSPORT),
    // Russia's internal passport: series and number, `45 06 123456`.
    afterNameAnyCase(PASSPORT, raw`[A-Z0-9]{6,10}|\d\d ?\d\d ?\d{6}`),
    // After серия (series) alone, only a Russian passport's series and number.
    (value, line, at) =>
      (countDigits(value) >= 3 || germanDocumentNumber(value)) &&
      (!/серия[^\n]{0,5}$/iu.test(charsBefore(line, at, 12)) ||
        /^\d\d ?\d\d ?\d{6}$/.test(value)),
  ),
  /**
   * Driving licence number (capital letters and digits, at least two digits, maybe in groups, 5–24
   * characters: US states, UK DVLA, EU) right after driver's licence / DL# / Führerschein and the
   * like.
   */
  pii(
    "driving-licence-number",
    nameKeywords(DRIVING_LICENCE),
    // `*` is a character of Washington's licences (`WB2C3**8XYZ6`); Poland's are 00123/45/6789,
    // India's a state and office code, then the year and number (`MH14 20110062821`).
    afterName(DRIVING_LICENCE, "[A-Z0-9][A-Z0-9*]{0,17}(?:[ /-][A-Z0-9]{1,11}){0,4}"),
    (value, line, at) =>
      value.length >= 5 && value.length <= 24 && countDigits(value) >= 2 &&
      licenceNamed(value, line, at),
  ),
  /**
   * UK driving licence number in the DVLA's layout (the surname's first five letters padded with
   * 9, the birth date's decade, month (plus 50 for a woman), day and year, two initials padded
   * with 9, a digit, two check characters, maybe the two-digit issue number; spaces between its
   * parts) on a line that names a licence, a driver or the DVLA anywhere, not only right before it.
   */
  pii(
    "uk-dvla-licence-number",
    ["dvla", "licen", "driv"],
    // Letters then 9s to the fifth character; month 01–12 or 51–62, day 01–31.
    /(?<![A-Za-z0-9])[A-Z](?=[A-Z]*9* ?\d{3})[A-Z9]{4} ?\d(?:[05][1-9]|[16][0-2]) ?(?:0[1-9]|[12]\d|3[01])\d ?[A-Z][A-Z9]\d[A-Z0-9]{2}(?: ?\d\d)?(?![A-Za-z0-9])/g,
  ),
  /**
   * Identity card number (Italy's paper card `AB 1234567` and electronic CIE `CA12345AB`, and
   * other cards of one to three letters and five to nine digits) right after identity card / carta
   * d'identità / CIE.
   */
  pii(
    "identity-card-number",
    ["identity", ...phraseKeywords(["id card"]), "carta", "cie", "dow\u00f3d", "dowodu"],
    afterName(IDENTITY_CARD, "[A-Z]{1,3} ?\\d{5,9}[A-Z]{0,2}"),
  ),
  /**
   * Vehicle registration (number plate) in any country's layout (`AB12 CDE`, `MH 12 AB 1234`,
   * `B-XY 1234`, Poland's `WA 45819`): 4–10 capitals and digits, both present, in up to four groups
   * (the first of up to four characters, the others up to five), right after vehicle
   * registration / number plate / Kennzeichen / targa and the like.
   */
  pii(
    "vehicle-registration",
    // Each name is one word, found as it is written.
    VEHICLE_REGISTRATION,
    afterName(
      VEHICLE_REGISTRATION,
      "[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){1,3}|[A-Z0-9]{4,10}",
    ),
    (value) => {
      const plate = value.replace(/[ -]/g, "");
      // Eight hex digits first are an identifier after a service's or device's registration
      // (`registration 5E2D1A64 accepted`, a UUID's first group: `registration 5E2D1A64-6B3C-…`),
      // not a plate: a plate's group is shorter, or holds other letters.
      return plate.length >= 4 && plate.length <= 10 && hasLetterAndDigit(plate) &&
        !/^[\dA-F]{8}/.test(value);
    },
  ),
  /**
   * Indian vehicle registration with no name before it, in its own layout: a state or union
   * territory code (the real list), the district's two digits, one to three letters and four
   * digits (`KA53ME3456`, `MH12 AB 1234`); on lines with a capital pair then two digits.
   */
  pii(
    "in-vehicle-registration",
    "iban-start",
    regex(
      raw`(?<![\w.:/+-])(?:A[NPRS]|BR|C[HG]|D[DLN]|G[AJ]|H[RP]|J[KH]|K[AL]|L[AD]|M[PHNLZ]|NL|O[DR]|P[BY]|RJ|SK|T[NSR]|U[PK]|WB)\d\d ?[A-Z]{1,3} ?\d{4}(?![\w/]|[.-]\d)`,
      "g",
    ),
    undefined,
    // Two capitals and two digits with no letter or digit before them: an IBAN's start, whose
    // search a long line shares with the iban detector.
    within(0, 0, IBAN_START),
  ),
  /**
   * Vehicle identification number (ISO 3779: seventeen capitals and digits, no I, O or Q), right
   * after VIN / vehicle identification number / chassis number / Fahrgestellnummer: a person's
   * vehicle, as the registration is. One made for the US or Canada carries its check digit
   * (vinCheckHolds): with a wrong one it is no VIN.
   */
  pii(
    "vin-number",
    // afterWordAnyCase: no letter or digit before `vin` (not `moving`, `saving`).
    { keywords: nameKeywords(VIN), atWordStart: ["vin"] },
    afterWordAnyCase(VIN, "[a-hj-npr-z0-9]{17}"),
    (value) => vinCheckHolds(value.toUpperCase()),
  ),
  /**
   * Indian voter id (EPIC number): three letters (any case) and seven digits, right after voter id
   * / EPIC.
   */
  pii("in-voter-id", ["voter", "epic"], afterNameAnyCase(VOTER_ID, "[A-Z]{3}\\d{7}")),
  /**
   * Bank account number: 6–17 digits, maybe grouped with dashes or spaces, right after account
   * number / acct no / bank account / Kontonummer.
   */
  pii(
    "bank-account-number",
    // Not `account` alone: it is on too many lines, and each costs a search.
    [
      ...phraseKeywords(["account n", "account #"]),
      "acct",
      "a/c",
      ...phraseKeywords(["bank account"]),
      "checking",
      "savings",
      "konto",
      "rekening",
      "cuenta",
      "compte",
    ],
    afterNameAnyCase(BANK_ACCOUNT, "\\d(?:[ -]?\\d){5,21}"),
    (value) => countDigits(value) <= 17,
  ),
  /**
   * An airline passenger's name element (`JANSSENS/NOA MR`, `GARCÍA ORTEGA/INGRID MS`: SURNAME/GIVEN
   * NAMES and a title, in capitals) on a line about a booking or its passengers; also, with no
   * title, a bar-coded boarding pass's (BCBP: `M1DOE/JOHN        EABC123 LHRJFKBA 0117…`, its
   * format code and number of legs, the name padded with blanks, then the e-ticket flag, the
   * booking reference and the two airports).
   */
  pii(
    "airline-passenger-name",
    "pax pnr passenger apis manifest boarding m1 m2 m3 m4".split(" "),
    /(?<![A-Za-zÀ-ÿ/'])(?<secret>[A-ZÀ-Þ][A-ZÀ-Þ' -]{0,30}\/[A-ZÀ-Þ][A-ZÀ-Þ -]{0,30}?)(?: (?:MRS?|MS|MSTR|MISS|DR|MX|CHD|INF)(?![A-Za-zÀ-ÿ\d])| *(?=[E ][A-Z\d]{6}[A-Z\d ][A-Z]{6}))/dg,
    // Its `/` and the capital after it (a match of NAME_SLASH, which holds no other `/` to hide
    // one) follow the first capital and up to 30 more characters: it starts 1 to 31 before one.
    undefined,
    within(31, 0, NAME_SLASH),
  ),
  /**
   * An SSR DOCS element (IATA advance passenger information: `SSR DOCS YY HK1
   * P/DEU/E8676503J/USA/12MAR85/F/23SEP31/VIRTANEN/WEI`): masked from the document number on.
   */
  pii(
    "ssr-docs-fields",
    ["ssr docs"],
    /SSR DOCS \w\w [A-Z]{2}\d{1,3}[ /][A-Z]{1,2}\/[A-Z]{0,3}\/(?<secret>[^\s",;|\]]+)/dg,
  ),
  /**
   * A passport's machine-readable zone (ICAO 9303 TD3, two lines of 44): the first line's names
   * (`P<UTOERIKSSON<<ANNA<MARIA<<…`: P, a type letter or `<`, the issuing state, SURNAME<<GIVEN
   * NAMES padded with `<`; after a visa's or an identity card's type letter, V, I, A or C, too, and
   * in TD2's first line of 36), and the whole second line (document number, nationality, birth
   * date, sex, expiry, personal number), when its document number's, birth date's, expiry's and
   * composite check digits hold. An identity card's TD1 zone, three lines of 30, each alone: the
   * first (I, A or C, a type letter or `<`, the state, the document number, its check digit,
   * optional data ending in `<<` filler, the detector's keyword) when the number's check digit
   * holds, the second (birth date, sex, expiry, nationality, optional data holding `<<`,
   * composite) when the birth date's and expiry's hold, the third's names. A line ends where no letter, digit or `<` follows, or a closing tag's
   * `</` (`<mrz>…</mrz>`).
   */
  pii(
    "passport-mrz",
    ["<<"],
    /(?<![A-Z\d<])(?:(?:[A-Z][A-Z<]{4}(?=(?:[A-Z<]{8})?[A-Z<]{31}(?![A-Z\d]|<(?!\/)))|(?=[A-Z<]{30}(?![A-Z\d]|<(?!\/))))(?<secret>[A-Z]+(?:<[A-Z]+)*<<[A-Z<]*[A-Z])|(?:(?:[A-Z\d<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z\d<]{7}(?:[A-Z\d<]{8})?|\d{7}[MFX<]\d{7}(?=[A-Z\d<]{0,12}<<)[A-Z\d<]{14})\d|[ACI][A-Z<]{4}[A-Z\d<]{9}\d[A-Z\d<]{13}<<)(?![A-Z\d]|<(?!\/)))/dg,
    // Only a TD1 line has 30 characters and a digit at 14 (a name has none, a second line of TD3
    // or TD2 is longer): the first's (a letter first) document number check digit there, the
    // second's expiry and birth date ones. A name has no digit where a second line's document
    // number has its check digit.
    (v) =>
      v.length === 30 && v[14] <= "9"
        ? mrzHolds(v, v[0] > "9" ? 5 : 8, 14) && (v[0] > "9" || mrzHolds(v, 0, 6))
        : !(v[9] <= "9") ||
          mrzHolds(v, 0, 9) && mrzHolds(v, 13, 19) && mrzHolds(v, 21, 27) &&
            v.endsWith(mrzCheck(v.slice(0, 10) + v.slice(13, 20) + v.slice(21, -1))),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
