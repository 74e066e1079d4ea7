/**
 * A national identity number under a key that names an identity number without saying whose
 * (`national_id`, `id_number`, `identity_number`, `document_number`, `tax_id`, `kyc_doc_id`):
 * masked when the value passes the check digits or structure of one of the national rules in
 * ../checksums/. The key alone is not enough (`id_number=42`), nor the rule alone (nine digits
 * pass the Canadian, Dutch or Australian check one time in four).
 */
import type { Candidate, Detector } from "../detector.ts";
import { pii } from "./pii_detector.ts";
import { once } from "../../once.ts";
import {
  aadhaarValid,
  argentinaCuitValid,
  australiaMedicareValid,
  australiaTfnValid,
  belgiumNationalNumberValid,
  brazilCnpjValid,
  bsnValid,
  canadaSinValid,
  chinaResidentIdValid,
  cpfValid,
  denmarkCprValid,
  finlandHetuValid,
  franceNirValid,
  israelIdValid,
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
  usMbiValid,
  usSsnValid,
} from "../checksums/national_ids.ts";
import { australiaAbnValid, indiaGstinValid, usNpiValid } from "../checksums/registry_ids.ts";

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
];

/** `raw` (separators included) passes one of `rules`, compacted as nationalIdValid does. */
function passesRule(
  raw: string,
  rules: readonly ((compact: string, raw: string) => boolean)[],
): boolean {
  const compact = raw.replace(/[ .\/-]/g, "").toUpperCase();
  if (compact.length < 8 || compact.length > 18) return false;
  return rules.some((rule) => rule(compact, raw));
}

/**
 * A generic identity-number key and what joins it to its value (`national_id=`, `"idNumber": "`,
 * `tax id `, `kyc document `). `id`, `identity`, `document` count only with a number word after
 * them; `national id`, `tax id` and `kyc … id` alone.
 */
const GENERIC_ID_KEY =
  /(?<![A-Za-z])(?:(?:national|citizen|personal|resident)[ _.-]?id(?:entity)?(?:[ _.-]?(?:number|num|no|nr|code))?|(?:id|identity|identification|document|doc)[ _.-]?(?:number|num|no|nr)|tax[ _.-]?(?:id|identification)(?:[ _.-]?(?:number|num|no|nr))?|kyc[ _.-]?(?:[a-z]{1,12}[ _.-]?)?(?:id|document|doc)(?:[ _.-]?(?:number|num|no|nr))?)(?![A-Za-z0-9])["'>]?[ \t]{0,2}[:=]?[ \t]{0,2}["']?/gi;

/** Up to eight letter-and-digit groups joined by one space, dot, slash or dash, read from a key's end. */
const VALUE_GROUPS = /[0-9A-Za-z]{1,20}(?:[ .\/-][0-9A-Za-z]{1,20}){0,7}/y;
/** Bound on the keys read on one line; from the next key on, the line is masked unread. */
const MAX_KEYS_PER_LINE = 16;

/**
 * The national identity number that starts at `start` on `line`: the longest run of the groups
 * there that passes a national rule (`1 87 03 75 653 859 33` in
 * `id_number=1 87 03 75 653 859 33 kyc=pending`, without ` kyc`), or null.
 */
function nationalIdAt(line: string, start: number): Candidate | null {
  VALUE_GROUPS.lastIndex = start;
  const value = VALUE_GROUPS.exec(line);
  if (!value) return null;
  const ends = [...value[0].matchAll(/[0-9A-Za-z]+/g)].map((g) => start + g.index + g[0].length);
  for (let k = ends.length - 1; k >= 0; k--) {
    if (passesRule(line.slice(start, ends[k]), NATIONAL_ID_RULES)) return { start, end: ends[k] };
  }
  return null;
}

/**
 * The values after the keys `keys` finds on `line` that `accepts` (the key's match and the
 * line): the national identity number each starts, as nationalIdAt reads it.
 */
function findNationalIdsAfterKeys(
  line: string,
  keys: RegExp,
  valueAt: (line: string, start: number, key: RegExpExecArray) => Candidate | null = nationalIdAt,
): Candidate[] {
  const found: Candidate[] = [];
  keys.lastIndex = 0;
  for (let count = 0;; count++) {
    const key = keys.exec(line);
    if (!key) break;
    if (count === MAX_KEYS_PER_LINE) {
      // More keys than are read: what follows is not examined, so it is masked (fails closed).
      found.push({ start: key.index, end: line.length, cut: true });
      break;
    }
    const start = key.index + key[0].length;
    if (start === key.index || /[A-Za-z0-9]/.test(line[start - 1] ?? "")) continue;
    const id = valueAt(line, start, key);
    if (id === null) continue;
    found.push(id);
    keys.lastIndex = Math.max(keys.lastIndex, id.end);
  }
  return found;
}

/** A bare `number` key and what joins it to its value (`"number":"`, `number=`). */
const NUMBER_KEY = /(?<![A-Za-z0-9_])number["']?[ \t]{0,2}[:=][ \t]{0,2}["']?/gi;
/**
 * Words of the object or record a bare `number` key belongs to that make it an identity
 * document's (`"document":{"type":"national_identity_card","number":"`, `doc_type=residence_permit
 * number=`).
 */
const IDENTITY_DOCUMENT_WORDS =
  /identity|national|id[ _-]?card|passport|residen(?:ce|t)|driv(?:er|ing)|licen[cs]e|citizen|kyc/i;
/** How far before a bare `number` key its object's words are looked for. */
const DOCUMENT_WORDS_WINDOW = 160;

/**
 * An identity document's type written in its object (`"type":"national_identity_card"`,
 * `doc_type=passport`): the number under it is the document's, whatever rule it passes.
 */
const IDENTITY_DOCUMENT_TYPE =
  /(?:type|kind)["']?\s{0,2}[:=]\s{0,2}["']?(?:national[ _-]?)?(?:id|identity)[ _-]?card|(?:type|kind)["']?\s{0,2}[:=]\s{0,2}["']?(?:passport|driv(?:ing|ers?)[ _-]?licen[cs]e|residen(?:ce|t)[ _-]?(?:permit|card))/i;
/** A document number: 5–24 letters and digits, three digits or more, as the whole value. */
const DOCUMENT_NUMBER_AT = /[A-Za-z0-9]{5,24}(?=["'\s,;&}]|$)/y;

/**
 * The value under a bare `number` key whose object (the text before it since the last `}`
 * closed one, within DOCUMENT_WORDS_WINDOW) names an identity document: a national identity
 * number (nationalIdAt), or, where the object names the document's type, its number.
 */
function identityDocumentNumberAt(
  line: string,
  start: number,
  key: RegExpExecArray,
): Candidate | null {
  const before = line.slice(Math.max(0, key.index - DOCUMENT_WORDS_WINDOW), key.index);
  const object = before.slice(before.lastIndexOf("}") + 1);
  if (!IDENTITY_DOCUMENT_WORDS.test(object)) return null;
  const id = nationalIdAt(line, start);
  if (id !== null || !IDENTITY_DOCUMENT_TYPE.test(object)) return id;
  DOCUMENT_NUMBER_AT.lastIndex = start;
  const number = DOCUMENT_NUMBER_AT.exec(line);
  if (number === null || number[0].replace(/[^0-9]/g, "").length < 3) return null;
  return { start, end: start + number[0].length };
}

/** A check of a value, compacted (separators out, capitals) and as written. */
type IdRule = (compact: string, raw: string) => boolean;
const anyNationalRule: IdRule = (c, raw) => NATIONAL_ID_RULES.some((rule) => rule(c, raw));

/**
 * Names of identifiers a log may write in brackets after a number (`240778 28032
 * (fødselsnummer)`, `046 454 286 [SIN]`), maybe after a few words (`(Belgian national number)`),
 * each with the rule of the number it names.
 */
const NAMED_IDS: readonly [readonly string[], IdRule][] = [
  [["ssn", "social security number"], (c) => usSsnValid(c)],
  [["itin"], (c) => /^9[0-9]{2}(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-24-9])[0-9]{4}$/.test(c)],
  [["npi"], (c) => usNpiValid(c)],
  [["mbi"], (c) => usMbiValid(c)],
  [["nino", "ni number"], (c) => ukNinoValid(c)],
  [["nhs number"], (c) => nhsNumberValid(c)],
  [["hetu", "henkilötunnus"], (_, raw) => finlandHetuValid(raw.toUpperCase())],
  [
    ["personnummer"],
    (c) => swedenPersonnummerValid(c) || norwayFodselsnummerValid(c) || denmarkCprValid(c),
  ],
  [["fødselsnummer", "fodselsnummer"], (c) => norwayFodselsnummerValid(c)],
  [["cpr", "cpr-nr"], (c) => denmarkCprValid(c)],
  [["rrn", "주민등록번호"], (c) => c.length === 13 && koreaRrnValid(c, true)],
  [["tckn", "tc kimlik no", "kimlik no"], (c) => turkeyTcknValid(c)],
  [["dni", "nie", "nif"], (c) => spainDniNieValid(c)],
  [["nric", "fin"], (c) => singaporeNricValid(c)],
  [["aadhaar"], (c) => aadhaarValid(c)],
  [["pan"], (c) => /^[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]$/.test(c)],
  [["gstin"], (c) => indiaGstinValid(c)],
  [["sin"], (c) => canadaSinValid(c)],
  [["steuer-id", "steuerid", "idnr"], (c) => steuerIdValid(c)],
  [["pesel"], (c) => peselValid(c)],
  [["codice fiscale"], (c) => italyCodiceFiscaleValid(c)],
  [["abn"], (c) => australiaAbnValid(c)],
  [["tfn"], (c) => australiaTfnValid(c)],
  [["medicare"], (c) => australiaMedicareValid(c)],
  [["sa id"], (c) => southAfricaIdValid(c)],
  [["cpf"], (c) => cpfValid(c)],
  [["cnpj"], (c) => brazilCnpjValid(c)],
  [["curp"], (c) => mexicoCurpValid(c)],
  [["bsn"], (c) => bsnValid(c)],
  [
    ["national number", "numéro national", "registre national", "rijksregisternummer"],
    (c) => belgiumNationalNumberValid(c),
  ],
  [["nir", "sécurité sociale"], (c) => franceNirValid(c)],
  [
    ["rfc"],
    (c) =>
      /^[A-ZÑ&]{3,4}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[A-Z0-9]{2}[0-9A]$/.test(c),
  ],
  [["ahv", "avs"], (c) => swissAhvValid(c)],
  [["身份证号"], (c) => chinaResidentIdValid(c)],
  [["my number", "マイナンバー"], (c) => japanMyNumberValid(c)],
  [["teudat zehut"], (c) => c.length === 9 && israelIdValid(c)],
  [["national id", "national identity number", "tax id"], anyNationalRule],
];
const RULE_BY_NAME: ReadonlyMap<string, IdRule> = new Map(
  NAMED_IDS.flatMap(([names, rule]) => names.map((name) => [name, rule] as const)),
);
/**
 * A bracketed name: up to three words before it (`Belgian `, `n° de `), the name, maybe `Nr.`,
 * `No.` or `card` after it (`CPR-nr.`, `AHV-Nr.`, `Medicare card`).
 */
const ID_NAME_AFTER = new RegExp(
  `[(\\[](?:[\\p{L}°.-]{1,20} ){0,3}(?<name>${
    [...RULE_BY_NAME.keys()].join("|")
  })(?:[ -]?(?:nr|no|number|card)\\.?)?[)\\]]`,
  "giu",
);
/** The value before a bracketed name: groups of letters and digits, maybe quoted, one space. */
const VALUE_BEFORE_NAME = /[0-9A-Za-z]{1,20}(?:[ .\/-][0-9A-Za-z]{1,20}){0,7}(?=["']? ?$)/;

/**
 * The values followed by the bracketed name of an identifier on `line`: of the groups before
 * each name, the longest run ending there that passes a rule of NAMED_ID_RULES.
 */
function findIdsNamedAfter(line: string): Candidate[] {
  const found: Candidate[] = [];
  ID_NAME_AFTER.lastIndex = 0;
  for (let names = 0;; names++) {
    const name = ID_NAME_AFTER.exec(line);
    if (!name) break;
    if (names === MAX_KEYS_PER_LINE) {
      found.push({ start: Math.max(0, name.index - 200), end: line.length, cut: true });
      break;
    }
    const from = Math.max(0, name.index - 200);
    const value = VALUE_BEFORE_NAME.exec(line.slice(from, name.index));
    if (!value) continue;
    const start = from + value.index;
    const end = start + value[0].length;
    const rule = RULE_BY_NAME.get(name.groups!.name.toLowerCase())!;
    const starts = [...value[0].matchAll(/[0-9A-Za-z]+/g)].map((g) => start + g.index);
    const at = starts.find((s) => passesRule(line.slice(s, end), [rule]));
    if (at !== undefined) found.push({ start: at, end });
  }
  return found;
}

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * National identity number under a generic key (national_id, id_number, identity_number,
   * document_number, tax_id, kyc … id): a value, grouped or plain, that passes one of the national
   * rules (CA SIN, NL BSN, AU TFN, UK NHS/NINO, SE personnummer, PL PESEL, BR CPF, DE Steuer-ID, TR
   * TCKN, BE national number, IN Aadhaar, ZA id, TH TNIN, KR RRN, FR NIR, CN resident id, ES
   * DNI/NIE, IT codice fiscale, SG NRIC, FI HETU, NO fødselsnummer, JP My Number, AR CUIT, MX
   * CURP, CH AHV).
   */
  pii(
    "national-id-generic-key",
    [
      "national",
      "citizen",
      "personal",
      "resident",
      "idn",
      "id_n",
      "id n",
      "id-n",
      "id.n",
      "identity",
      "identification",
      "document",
      "docn",
      "doc_n",
      "doc n",
      "doc-n",
      "doc.n",
      "tax",
      "kyc",
    ],
    GENERIC_ID_KEY,
    undefined,
    {
      find: (line) => findNationalIdsAfterKeys(line, GENERIC_ID_KEY),
    },
  ),
  /**
   * National identity number under a bare `number` key of an identity document's object or record
   * (`"document":{"type":"national_identity_card","number":"…"}`, `doc_type=residence_permit
   * number=…`): a value that passes one of the national rules, as under a generic key, or, where
   * the object names the document's type, any document number (5–24 letters and digits, 3 digits).
   */
  pii("national-id-document-number", ["number"], NUMBER_KEY, undefined, {
    find: (line) => findNationalIdsAfterKeys(line, NUMBER_KEY, identityDocumentNumberAt),
  }),
  /**
   * A number followed by the bracketed name of its identifier (`"240778 28032" (fødselsnummer)`,
   * `85073003328 (Belgian national number)`, `046 454 286 [SIN]`) that passes the rule of the
   * identifier it names (a national one, or a register's: ABN, CNPJ, NPI, GSTIN, MBI, PAN …).
   */
  pii(
    "national-id-named-after",
    // Every name is in every match (the pattern looks for a bracket first, so a line with a short
    // name in another word costs one search for a bracket).
    [...RULE_BY_NAME.keys()],
    ID_NAME_AFTER,
    undefined,
    { find: findIdsNamedAfter },
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
