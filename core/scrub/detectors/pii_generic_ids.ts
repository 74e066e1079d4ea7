/**
 * A national identity number under a key that names an identity number without saying whose
 * (`national_id`, `id_number`, `identity_number`, `document_number`, `tax_id`, `kyc_doc_id`):
 * masked when the value passes the check digits or structure of one of the national rules in
 * ../checksums/. The key alone is not enough (`id_number=42`), nor the rule alone (nine digits
 * pass the Canadian, Dutch or Australian check one time in four).
 */
import { type Candidate, cutToEnd, type Detector, type PatternWindows } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { regex } from "./regex.ts";
import {
  aadhaarValid,
  argentinaCuitValid,
  australiaTfnValid,
  belgiumNationalNumberValid,
  bsnValid,
  canadaSinValid,
  chileRutValid,
  chinaResidentIdValid,
  cpfValid,
  finlandHetuValid,
  franceNirValid,
  italyCodiceFiscaleValid,
  japanMyNumberValid,
  koreaRrnValid,
  mexicoCurpValid,
  nhsNumberValid,
  norwayFodselsnummerValid,
  peselValid,
  singaporeNricValid,
  southAfricaIdValid,
  spainDniNieValid,
  steuerIdValid,
  swedenPersonnummerValid,
  swissAhvValid,
  thailandTninValid,
  turkeyTcknValid,
  ukNinoValid,
} from "../checksums/national_ids.ts";
import { spainCifValid } from "../checksums/registry_ids.ts";
import { within } from "../windowed_match.ts";
import { charsBefore } from "../kv/syntax.ts";

/**
 * The national rules a value under a generic key is checked against: each takes the value with
 * its separators taken out, in capitals (`compact`), or as written (`raw`, for the Finnish
 * code, whose century sign is a separator).
 */
const NATIONAL_ID_RULES: readonly ((compact: string, raw: string) => boolean)[] = [
  (c) => canadaSinValid(c),
  (c) => bsnValid(c),
  (c) => australiaTfnValid(c),
  (c) => nhsNumberValid(c),
  (c) => swedenPersonnummerValid(c),
  (c) => peselValid(c),
  (c) => cpfValid(c),
  (c) => steuerIdValid(c),
  (c) => turkeyTcknValid(c),
  (c) => belgiumNationalNumberValid(c),
  (c) => aadhaarValid(c),
  (c) => southAfricaIdValid(c),
  (c) => thailandTninValid(c),
  (c) => c.length === 13 && koreaRrnValid(c, true),
  (c) => franceNirValid(c),
  (c) => chinaResidentIdValid(c),
  (c) => ukNinoValid(c),
  (c) => spainDniNieValid(c),
  (c) => italyCodiceFiscaleValid(c),
  (c) => singaporeNricValid(c),
  (_, raw) => finlandHetuValid(raw.toUpperCase()),
  (c) => norwayFodselsnummerValid(c),
  (c) => japanMyNumberValid(c),
  (c) => argentinaCuitValid(c),
  (c) => mexicoCurpValid(c),
  (c) => swissAhvValid(c),
  (c) => spainCifValid(c),
  // A Chilean RUT as written, its check character after a dash (`12.345.678-5`; not a date).
  (c, raw) => /-.$/.test(raw) && chileRutValid(c),
  // A US EIN as written (12-3456789): its layout is its only rule.
  (_, raw) => /^\d\d-\d{7}$/.test(raw),
];

/** `raw` (separators included) is a national identity number under one of the rules. */
function nationalIdValid(raw: string): boolean {
  const compact = raw.replace(/[ .\/-]/g, "").toUpperCase();
  if (compact.length < 8 || compact.length > 18) return false;
  return NATIONAL_ID_RULES.some((rule) => rule(compact, raw));
}

/**
 * A generic identity-number key and what joins it to its value (`national_id=`, `"idNumber": "`,
 * `tax id `, `kyc document `). `id`, `identity`, `document` count only with a number word after
 * them; `national id`, `tax id` and `kyc … id` alone; the names of the Swiss AHV number and the
 * Italian codice fiscale (their rules are among those below, in any case); a US EIN's `ein` /
 * `fein` as a key only (`ein=`, `"ein":`, `EIN: `, `<fein>`: never the German article in prose,
 * `ein Fehler`), `employer_id` only before an EIN's layout (not a row id); a bare `number` key in
 * the object or record of
 * an identity document (a word naming one since the last `}`, within 160 characters:
 * `"document":{"type":"national_identity_card","number":"…"}`, `doc_type=residence_permit number=`).
 * A `number` joined to a word (`_`, `.`, `-`) is such a key only after a document's word
 * (`passport_number`, `id_card_number`), not after another (`build_number` on a KYC service's line).
 * PostgreSQL's unique-violation detail joins a key to its value by `)=(` (`Key (national_id)=(…)`).
 */
const GENERIC_ID_KEY = new RegExp(
  "(?<![A-Za-z])(?:(?:national|citizen|personal|resident)[ _.-]?id(?:ent(?:ity|ifier))?(?:[ _.-]?(?:number|num|no|nr|code))?" +
    "|(?:id|identity|identification|document|doc)[ _.-]?(?:number|num|no|nr)" +
    "|tax[ _.-]?(?:id|identification)(?:[ _.-]?(?:number|num|no|nr))?" +
    "|kyc[ _.-]?(?:[a-z]{1,12}[ _.-]?)?(?:id|document|doc)(?:[ _.-]?(?:number|num|no|nr))?" +
    "|(?:ahv|avs)(?:n13)?(?:[ _.-]?(?:number|num|no|nr)\\.?)?" +
    "|codice[ _.-]?fiscale|cod\\. ?fisc\\.?" +
    "|(?:f?ein|employer[ _.-]?id(?=\\W{1,5}\\d\\d-\\d{7}\\b))(?=[\"']?[ \\t]{0,2}[:=]|>)" +
    "|number(?<=(?:identity|national|id[ _-]?card|passport|residen(?:ce|t)|driv(?:er|ing)|licen[cs]e|citizen|kyc)[^}]{0,160}number)" +
    "(?<!(?<!identity|national|card|passport|permit|residen(?:ce|t)|licen[cs]e|citizen|kyc)[\\w.-]number)(?=[\"']?[ \\t]{0,2}[:=]))" +
    "(?![A-Za-z0-9])(?:\\)=\\(|[\"'>]?[ \\t]{0,2}[:=]?[ \\t]{0,2}[\"']?)",
  "gi",
);

/** Up to eight letter-and-digit groups joined by one space, dot, slash or dash, read from a key's end. */
const VALUE_GROUPS = /[0-9A-Za-z]{1,20}(?:[ .\/-][0-9A-Za-z]{1,20}){0,7}/y;
/** Bound on the keys read on one line; from the next key on, the line is masked unread. */
const MAX_KEYS_PER_LINE = 16;

/** An identity document's type in its object (`"type":"national_identity_card"`, `doc_type=passport`). */
const DOCUMENT_TYPE =
  /(?:type|kind)["']?\s?[:=]\s?["']?(?:(?:national_?)?id(?:entity)?_?card|passport|driv|residen(?:ce|t(?!ial)))/i;

/**
 * Whether `value`, under a generic key at `at` (a bare `number`, `document_number`, `id_no` …), is
 * the number of an identity document its object or record names by type (since the last `}`:
 * `"document_type":"passport","document_number":"…"`, `id_type=passport id_number=…`; or after
 * it, up to the next `}`: `doc_no: L8988901C type: PASSPORT`): 5 to 24
 * letters and digits, three digits or more.
 */
function documentNumber(line: string, at: number, value: string): boolean {
  const before = charsBefore(line, at, 160), after = line.slice(at, at + 160);
  return (DOCUMENT_TYPE.test(before.slice(before.lastIndexOf("}") + 1)) ||
    DOCUMENT_TYPE.test(after.split("}", 1)[0])) &&
    /^[A-Za-z0-9-]{5,24}$/.test(value) && /(?:\D*\d){3}/.test(value);
}

/**
 * The values after generic identity-number keys on `line`: the longest run of the groups after
 * the key that passes a national rule (`1 87 03 75 653 859 33` in
 * `id_number=1 87 03 75 653 859 33 kyc=pending`, without ` kyc`).
 */
const findNationalIdsUnderGenericKeys = (line: string, windows?: PatternWindows): Candidate[] => {
  const found: Candidate[] = [];
  // On a long line, the keys are searched near the keywords alone (the same keys).
  const keys = windows?.pattern ?? GENERIC_ID_KEY;
  keys.lastIndex = 0;
  for (let count = 0;; count++) {
    const key = windows === undefined ? GENERIC_ID_KEY.exec(line) : windows.exec(line);
    if (!key) break;
    if (count === MAX_KEYS_PER_LINE) {
      // More keys than are read: what follows is not examined, so it is masked (fails closed).
      found.push(cutToEnd(line, key.index));
      break;
    }
    const start = key.index + key[0].length;
    if (start === key.index || /[A-Za-z0-9]/.test(line[start - 1] ?? "")) continue;
    VALUE_GROUPS.lastIndex = start;
    const value = VALUE_GROUPS.exec(line);
    if (!value) continue;
    const ends = [...value[0].matchAll(/[0-9A-Za-z]+/g)].map((g) => start + g.index + g[0].length);
    for (let k = ends.length - 1; k >= 0; k--) {
      const run = line.slice(start, ends[k]);
      if (nationalIdValid(run) || documentNumber(line, key.index, run)) {
        found.push({ start, end: ends[k] });
        keys.lastIndex = Math.max(keys.lastIndex, ends[k]);
        break;
      }
    }
  }
  return found;
};

/**
 * Names of identity numbers that a log writes in brackets after the number (`"240778 28032"
 * (fødselsnummer)`, `"0604966213" (CPR-nr.)`, `"JGMPT7990F" (PAN)`), in lower case.
 */
const ID_NAMES =
  "fødselsnummer|fodselsnummer|cpr|주민등록번호|rrn|kimlik|tckn|dni|nie|nif|aadhaar|pan|gstin|sin|steuer-id|npi|pesel|fiscale|abn|tfn|medicare|cpf|cnpj|rfc|curp|bsn|registre national|rijksregisternummer|sécurité sociale|nir|ahv|身份证号|マイナンバー|my number|teudat zehut|ssn|hetu|personnummer|nino|nhs|nric|mbi"
    .split("|");
/**
 * A value (letters and digits, maybe grouped, maybe quoted), then the bracketed name of its
 * identifier: up to three words before the name (`n° de`, `TC`), `Nr.`, `No` or `card` after it.
 */
const ID_NAMED_AFTER = regex(
  `(?<![\\w.-])(["']?)(?<secret>[A-Za-z0-9][A-Za-z0-9 ./-]{3,22}[A-Za-z0-9])\\1 \\((?:[\\p{L}°.-]{1,20} ){0,3}(?:${
    ID_NAMES.join("|")
  })(?:[ -](?:nr\\.?|no\\.?|card))?\\)`,
  "dgiu",
);

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * National identity number under a generic key (national_id, id_number, identity_number,
   * document_number, tax_id, kyc … id, an identity document's number): a value, grouped or plain, that passes one of the national
   * rules (CA SIN, NL BSN, AU TFN, UK NHS/NINO, SE personnummer, PL PESEL, BR CPF, DE Steuer-ID, TR
   * TCKN, BE national number, IN Aadhaar, ZA id, TH TNIN, KR RRN, FR NIR, CN resident id, ES
   * DNI/NIE, IT codice fiscale, SG NRIC, FI HETU, NO fødselsnummer, JP My Number, AR CUIT, MX
   * CURP, CH AHV, and a Spanish company's NIF (CIF) under a tax-id key).
   */
  pii(
    "national-id-generic-key",
    "national|citizen|personal|resident|idn|id_n|id n|id-n|id.n|identity|identification|document|docn|doc_n|doc n|doc-n|doc.n|tax|kyc|number|ahv|avs|fisc|ein|employer"
      .split("|"),
    GENERIC_ID_KEY,
    undefined,
    {
      find: findNationalIdsUnderGenericKeys,
      // Every key starts at most 7 characters before one of the keywords (`codice_fisc`), as
      // keywordReach reads the pattern; the find searches the keys in the windows it is given.
      reach: within(7, 0),
    },
  ),
  /**
   * A number (three digits or more) followed by the bracketed name of its identifier (`"240778
   * 28032" (fødselsnummer)`, `"0604966213" (CPR-nr.)`, `"95516500786" (TC Kimlik No)`).
   */
  pii(
    "national-id-named-after",
    [...ID_NAMES.map((name) => name + ")"), "nr)", "nr.)", "no)", "no.)", "card)"],
    ID_NAMED_AFTER,
    (value) => /(?:\D*\d){3}/.test(value),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
