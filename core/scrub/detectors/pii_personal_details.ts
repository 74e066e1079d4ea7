/**
 * Personal details a log writes under a key or phrase that names them: dates of birth, person
 * names and postal addresses. None has a layout of its own, so each is masked only right after
 * its name (`"dob":"1985-03-12"`, `full_name="Jane Doe"`, `<billing_address>…</…>`), and the
 * value must look like one (a real date, capitalised words, a street with a number).
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Candidate, Detector } from "../detector.ts";
import { pii } from "./pii_detector.ts";
import { once } from "../../once.ts";
import { nameSource } from "./pii_context.ts";
import { hasContextBefore, isStatusWord } from "./value_checks.ts";
import { personalColumn } from "../kv/csv_columns.ts";
import { isPlaceholder } from "../placeholders.ts";
import { insertValues } from "./sql_insert_values.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";

const MONTH_NAMES =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre";

/** A calendar date as people write one: ISO, D/M/Y or M/D/Y, D.M.Y, YYYYMMDD, `12 March 1985`. */
const DATE = raw`(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])` +
  raw`|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)\d\d` +
  raw`|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])` +
  raw`|(?:0?[1-9]|[12]\d|3[01])\.? (?:${MONTH_NAMES})\.? (?:19|20)\d\d` +
  raw`|(?:${MONTH_NAMES})\.? (?:0?[1-9]|[12]\d|3[01]),? (?:19|20)\d\d)`;

/** Words and keys that name a date of birth, in the languages logs are written in. */
const BIRTH_NAMES = [
  "dob",
  "d.o.b.",
  "date of birth",
  "birth date",
  "birthdate",
  "birthday",
  "born",
  "born on",
  "geburtsdatum",
  "geb.",
  "fecha de nacimiento",
  "fecha nacimiento",
  "date de naissance",
  "date naissance",
  "né le",
  "née le",
  "data di nascita",
  "data de nascimento",
  "geboortedatum",
  "födelsedatum",
  "fødselsdato",
  "syntymäaika",
  "生年月日",
  "出生日期",
];

/** Keys that name a person's whole name. */
export const FULL_NAME_KEYS = [
  "full name",
  "fullname",
  "customer name",
  "customer",
  "client name",
  "cardholder",
  "cardholder name",
  "card holder",
  "holder",
  "holder name",
  "account holder",
  "patient",
  "patient name",
  "recipient",
  "recipient name",
  "beneficiary name",
  "billing name",
  "shipping name",
  "contact name",
  "legal name",
  "nombre completo",
  "nom complet",
  "vollständiger name",
];
/** Keys that name one part of a person's name. */
export const NAME_PART_KEYS = [
  "first name",
  "firstname",
  "given name",
  "given names",
  "last name",
  "lastname",
  "surname",
  "family name",
  "middle name",
  "vorname",
  "nachname",
  "prénom",
  "prenom",
  "nombre",
  "apellido",
  "apellidos",
];

/** A capitalised name word in any script: `María`, `O'Connor`, `Müller-Schmidt`, `Nguyễn`. */
const NAME_WORD = raw`\p{Lu}[\p{Ll}\p{Lu}]*(?:['’-]\p{L}[\p{Ll}\p{Lu}]*)*\.?`;
/**
 * The lower-case particles a surname may open with (`de Vries`, `van der Berg`, `da Silva`, `von
 * Trapp`, `al Rashid`), each followed by a space: at most two, and a capitalised word after them.
 */
const NAME_PARTICLES =
  raw`(?:(?:de|da|di|do|dos|das|del|della|der|den|van|von|du|le|la|ter|ten|zu|bin|al|el) ){0,2}`;
/** The value ends where its quotes, element or field end. */
const VALUE_END = raw`(?=["'<,;)]|\s*$|\s+[\w.-]+=)`;

/** Words of technical values that are capitalised like names (`"name":"Internal Server Error"`). */
const NOT_NAME_WORDS = new Set(
  "internal server error service request response default test new job task worker queue user admin system root public private none null unknown true false ok active pending get post put delete api app web http https production staging development build release main master"
    .split(" "),
);

/**
 * A name word under a bare `name` key: capitalised and then in lower case (`Oluwaseun`, not
 * `API`), maybe joined by an apostrophe or hyphen (`O'Connor`, `D'Souza`, `Müller-Schmidt`).
 */
const GENERIC_NAME_WORD = raw`\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:['’-]\p{Lu}?\p{Ll}+)*`;

/**
 * Words of a line about a person, which make a bare `name` key a person's name: also billing
 * details, a shipping or billing address (`"shipping_address":{"name":"…"}`) and an `email` key
 * (Stripe's `"billing_details":{…"email":"…","name":"…"}`), not billing or shipping alone
 * (`"shipping_method":{"name":"Express Delivery"}`, a plan's name).
 */
const PERSON_WORDS =
  /(?<![a-z])(?:users?|customers?|patients?|contacts?|members?|employees?|persons?|people|clients?|recipients?|holders?|applicants?|owners?|guests?|students?|profiles?|accounts?|billing[ _-]?details|(?:shipping|billing|delivery|mailing|postal)[ _-]?address(?:es)?|e-?mail(?=["']?\s{0,2}[:=]))(?![a-z])/i;

function plausibleName(value: string): boolean {
  const words = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && !words.some((w) => NOT_NAME_WORDS.has(w.replace(/\.$/, "")));
}

/** Keys that name a postal address (not `address` of a host, socket or wallet: see plausibleAddress). */
const ADDRESS_KEYS = [
  "address",
  "street",
  "street address",
  "shipping address",
  "billing address",
  "home address",
  "mailing address",
  "postal address",
  "residential address",
  "delivery address",
  "address line1",
  "address line 1",
  "address line2",
  "address line 2",
  "address1",
  "address2",
  "line1",
  "line2",
  "street1",
  "street2",
  "anschrift",
  "adresse",
  "dirección",
  "direccion",
  "indirizzo",
  "endereço",
];

/** A street address: words and a house or postal number, no URL, socket, mailbox or host:port. */
function plausibleAddress(value: string): boolean {
  return /\d/.test(value) && /\p{L}{3,}/u.test(value) && /\s/.test(value) &&
    !/[:@\\]|\/\//.test(value) && !/^\d+(?:\.\d+){3}\b/.test(value);
}

/**
 * Street types that begin common words (St in Status, Sq in SQL) count only before one of these
 * endings or at the end of the line: the prefilter wakes the detector on each ending (a line that
 * ends in one, with no other keyword, is the one form it cannot see).
 */
const SHORT_STREET_TYPES = ["St", "Dr", "Pl", "Cir", "Sq"];
const SHORT_STREET_TYPE_ENDINGS = [..." \t,.;:\"')!?/-"];
/**
 * Street types that end an English street name (`Maple Avenue`, `Baker St.`), full and in the
 * postal services' abbreviations, and the German ones glued to the name (`Hauptstraße`).
 */
const STREET_TYPES =
  "Street|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Boulevard|Blvd|Way|Court|Ct|Place|Terrace|Parkway|Pkwy|Circle|Highway|Hwy|Square|Close|Crescent|Gardens|Mews|" +
  `(?:${SHORT_STREET_TYPES.join("|")})(?=[ \\t,.;:"')!?/-]|$)`;
const GERMAN_STREET = "straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer";
const STREET_WORD = "[A-Z][a-z'-]{1,20}";

/**
 * A street address in prose (`shipped to 742 Evergreen Terrace, Springfield, IL 62704`,
 * `Hauptstraße 5, 10115 Berlin`, `12 rue de la Paix`): a house number, one to three capitalised
 * words and a street type (or a German street name and its number, a French, Spanish or Italian
 * street word and its name), with the town, state and postcode after it when they follow.
 */
const PROSE_ADDRESS = regex(
  raw`(?<![\w.,:/-])(?:` +
    // 742 Evergreen Terrace, 221B Baker Street
    raw`\d{1,5}[A-Za-z]?\s(?:${STREET_WORD}\s){1,3}(?:${STREET_TYPES})\b\.?` +
    // Hauptstraße 5, Am Lindenweg 12a
    raw`|(?:[A-Z][a-zäöü]{1,12}\s)?[A-ZÄÖÜ][a-zäöüß-]{1,30}(?:${GERMAN_STREET})\s\d{1,4}[a-z]?\b` +
    // 12 rue de la Paix, 5 avenida de Mayo, via Roma 10
    raw`|\d{1,4},?\s(?:rue|avenue|boulevard|calle|avenida|via|viale|piazza)\s(?:(?:de|du|des|la|le|del|di|della)\s){0,2}${STREET_WORD}` +
    raw`|(?:rue|calle|via|viale|piazza)\s(?:(?:de|du|des|la|le|del|di|della)\s){0,2}${STREET_WORD}\s\d{1,4}\b` +
    raw`)` +
    // , Springfield, IL 62704 / , London W1U 6TY / , 10115 Berlin
    raw`(?:,\s(?:${STREET_WORD}(?:\s${STREET_WORD})?,?\s[A-Z]{2}\s\d{5}(?:-\d{4})?|\d{4,5}\s${STREET_WORD}))?`,
  "gu",
);

/**
 * The fields of HL7 v2 segments that identify a person, by segment (the segment name is field
 * 0): PID's identifiers, name, mother's maiden name, birth date, alias, address, phones, account,
 * SSN, licence, mother's id, birthplace and death date; NK1's next of kin (name, address, phones,
 * birth date, contact, identifiers, SSN); GT1's guarantor; IN1's insured (name, birth date,
 * address, policy and insured id); MRG's prior identifiers and name.
 */
const HL7_PERSONAL_FIELDS: Readonly<Record<string, ReadonlySet<number>>> = {
  PID: new Set([2, 3, 4, 5, 6, 7, 9, 11, 13, 14, 18, 19, 20, 21, 23, 29]),
  NK1: new Set([2, 4, 5, 6, 16, 30, 31, 32, 33, 37]),
  GT1: new Set([2, 3, 4, 5, 6, 7, 8, 12]),
  IN1: new Set([16, 18, 19, 36, 49]),
  MRG: new Set([1, 2, 3, 4, 7]),
};
/** A segment's start: its name, not part of a word, then its field separator. */
const HL7_SEGMENT = /(?<![A-Za-z0-9])(PID|NK1|GT1|IN1|MRG)([|])/g;
/** Where a segment ends within a line: a carriage return or line feed, raw or escaped (`\r`). */
const HL7_SEGMENT_END = /\r|\n|\\[rn]/g;
/** Fields read per segment; a segment with more is masked from there to its end (fails closed). */
const HL7_MAX_FIELDS = 64;

/** The personal fields of the HL7 v2 segments on `line`, each a candidate (empty ones skipped). */
function findHl7PersonalFields(line: string): Candidate[] {
  const found: Candidate[] = [];
  HL7_SEGMENT.lastIndex = 0;
  for (let segment; (segment = HL7_SEGMENT.exec(line)) !== null;) {
    const fields = HL7_PERSONAL_FIELDS[segment[1]];
    const separator = segment[2];
    HL7_SEGMENT_END.lastIndex = segment.index;
    const end = HL7_SEGMENT_END.exec(line)?.index ?? line.length;
    let start = segment.index + segment[1].length + 1;
    for (let field = 1; start <= end; field++) {
      if (field > HL7_MAX_FIELDS) {
        found.push({ start, end, cut: true });
        break;
      }
      const next = line.indexOf(separator, start);
      const fieldEnd = next === -1 || next > end ? end : next;
      if (fields.has(field) && /[\p{L}\p{N}]/u.test(line.slice(start, fieldEnd))) {
        found.push({ start, end: fieldEnd });
      }
      start = fieldEnd + 1;
    }
    HL7_SEGMENT.lastIndex = Math.max(HL7_SEGMENT.lastIndex, end);
  }
  return found;
}

/** A JSON string's text (no escapes in it), read at the position the pattern is set to. */
const JSON_STRING_AT = /\s*"(?<text>[^"\\\n]{1,200})"/y;
/** A JSON array's next string, its comma or closing bracket after it. */
const JSON_ARRAY_STRING_AT = /\s*"(?<text>[^"\\\n]{0,200})"\s*(?<after>[,\]])/y;
/** Strings read per FHIR array (`given`, `line`). */
const FHIR_MAX_STRINGS = 16;

/**
 * The strings of the JSON value at `at`: one string, or an array of strings (`["Daan","Pieter"]`),
 * each a candidate; an array longer than FHIR_MAX_STRINGS is masked from there (fails closed).
 */
function jsonStringsAt(line: string, at: number, found: Candidate[]): void {
  JSON_STRING_AT.lastIndex = at;
  const one = JSON_STRING_AT.exec(line);
  if (one) {
    const end = JSON_STRING_AT.lastIndex - 1;
    found.push({ start: end - one.groups!.text.length, end });
    return;
  }
  const open = /\s*\[/y;
  open.lastIndex = at;
  if (!open.test(line)) return;
  let next = open.lastIndex;
  for (let k = 0; k < FHIR_MAX_STRINGS; k++) {
    JSON_ARRAY_STRING_AT.lastIndex = next;
    const item = JSON_ARRAY_STRING_AT.exec(line);
    if (!item) return;
    const close = line.lastIndexOf('"', JSON_ARRAY_STRING_AT.lastIndex - 1);
    if (item.groups!.text.length > 0) {
      found.push({ start: close - item.groups!.text.length, end: close });
    }
    if (item.groups!.after === "]") return;
    next = JSON_ARRAY_STRING_AT.lastIndex;
  }
  found.push({ start: next, end: line.length, cut: true });
}

/**
 * FHIR keys whose values identify a person, each with the key of the object it must be in:
 * HumanName's `family` and `given` in a `name`, Address's `line` and `text` in an `address`.
 */
const FHIR_KEY = /"(?<key>family|given|line|text)"\s*:/g;
const FHIR_OBJECT_OF: Readonly<Record<string, RegExp>> = {
  family: /"name"\s*:\s*\[?\s*\{$/,
  given: /"name"\s*:\s*\[?\s*\{$/,
  line: /"address"\s*:\s*\[?\s*\{$/,
  text: /"address"\s*:\s*\[?\s*\{$/,
};
/** A ContactPoint's system that makes its `value` a person's phone number or e-mail address. */
const FHIR_PERSONAL_SYSTEM = /"system"\s*:\s*"(?:phone|fax|sms|pager|email)"/;
const FHIR_VALUE = /"value"\s*:/g;

/**
 * The values on `line` of FHIR elements that identify a person: a HumanName's `family` and
 * `given` names, an Address's `line`s and `text`, and a ContactPoint's `value` when its `system` is
 * phone, fax, sms, pager or email (the object opened by the last `{` before the key, up to its `}`).
 */
function findFhirPersonalValues(line: string): Candidate[] {
  const found: Candidate[] = [];
  FHIR_KEY.lastIndex = 0;
  for (let key; (key = FHIR_KEY.exec(line)) !== null;) {
    const brace = line.lastIndexOf("{", key.index);
    if (brace < 0 || line.slice(brace, key.index).includes("}")) continue;
    if (!FHIR_OBJECT_OF[key.groups!.key].test(line.slice(Math.max(0, brace - 32), brace + 1))) {
      continue;
    }
    jsonStringsAt(line, FHIR_KEY.lastIndex, found);
  }
  FHIR_VALUE.lastIndex = 0;
  for (let value; (value = FHIR_VALUE.exec(line)) !== null;) {
    const open = line.lastIndexOf("{", value.index);
    const close = line.indexOf("}", value.index);
    if (open < 0 || close < 0 || line.slice(open, value.index).includes("}")) continue;
    if (FHIR_PERSONAL_SYSTEM.test(line.slice(open, close))) {
      jsonStringsAt(line, FHIR_VALUE.lastIndex, found);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Date of birth: a calendar date (ISO, D/M/Y, M/D/Y, D.M.Y, YYYYMMDD or with the month's name)
   * right after dob / date of birth / birthdate / Geburtsdatum / fecha de nacimiento / date de
   * naissance …
   */
  pii(
    "date-of-birth",
    [
      "dob",
      "d.o.b",
      "birth",
      "born",
      "geburt",
      "geb.",
      "nacimiento",
      "naissance",
      ...phraseKeywords(["né le", "née le"]),
      "nascita",
      "nascimento",
      "geboorte",
      "födelse",
      "fødsels",
      "syntymä",
      "生年月日",
      "出生日期",
    ],
    regex(
      `${nameSource(BIRTH_NAMES)}(?<secret>${DATE})(?![\\w/.-]\\d|\\w)`,
      "dgi",
    ),
  ),
  /**
   * A person's name: capitalised words (any script, with hyphens and apostrophes) as the whole
   * value of a key that names one — full_name, customer, cardholder, patient_name, first_name,
   * last_name, surname, Vorname …
   */
  pii(
    "person-name",
    // Every way the pattern's keys may be written (not "name" alone: key_name, service_name).
    phraseKeywords([...FULL_NAME_KEYS, ...NAME_PART_KEYS]),
    regex(
      `(?:${
        nameSource(FULL_NAME_KEYS)
      }(?<secret>${NAME_WORD}(?:,? ${NAME_PARTICLES}${NAME_WORD}){1,3})` +
        `|${
          nameSource(NAME_PART_KEYS)
        }(?<secret>${NAME_PARTICLES}${NAME_WORD}(?: ${NAME_WORD}){0,2}))${VALUE_END}`,
      "dgu",
    ),
    (value) => plausibleName(value),
  ),
  /**
   * A person's name (two or three capitalised words) as the whole value of a bare `name` key on a
   * line about a person (user, customer, patient, contact, member, employee, account holder …).
   */
  pii(
    "person-name-generic-key",
    // The pattern's start: a bare `name` key (not key_name, service_name, hostname), led by its
    // literal so the search skips ahead to each "name".
    { filter: /name(?<![\w.-]name)["']?\s{0,2}[:=]/ },
    regex(
      raw`(?<![\w.-])name["']?\s{0,2}[:=]\s{0,2}["']?(?<secret>${GENERIC_NAME_WORD}(?: ${NAME_PARTICLES}${GENERIC_NAME_WORD}){1,2})${VALUE_END}`,
      "dgu",
    ),
    (value, line, index) =>
      plausibleName(value) && hasContextBefore(line, index, PERSON_WORDS, 120),
  ),
  /**
   * A postal address: words and a house or postal number as the whole value of a key that names an
   * address (address, street, shipping_address, billing_address, address_line1, Anschrift …); host,
   * socket and wallet addresses excluded.
   */
  pii(
    "postal-address",
    [
      "address",
      "street",
      "line1",
      "line2",
      "anschrift",
      "adresse",
      "direcci",
      "indirizzo",
      "endere",
    ],
    regex(
      // Not a key of the object the address key opens (`"address":{"line1":`): its own key reads it.
      `${
        nameSource(ADDRESS_KEYS)
      }(?<secret>[\\p{L}\\p{N}][^"'<>\\n=:]{4,150}?)(?=["'<](?!\\s{0,2}:)|\\s*$)`,
      "dgu",
    ),
    (value) => plausibleAddress(value),
  ),
  /**
   * A street address written in prose, with no key naming it: a house number, capitalised words and
   * a street type (`742 Evergreen Terrace`, `221B Baker St.`), a German street and number
   * (`Hauptstraße 5`), or a French, Spanish or Italian street word with a name and number (`12 rue
   * de la Paix`, `via Roma 10`), with its town, state and postcode when they follow.
   */
  pii("street-address-in-prose", [
    ..."street avenue road lane drive boulevard blvd terrace parkway circle highway square close crescent gardens mews court place"
      .split(" "),
    // Abbreviations that begin common words (` st` in ` status`) only with what ends them.
    ...SHORT_STREET_TYPES.flatMap((a) =>
      SHORT_STREET_TYPE_ENDINGS.map((end) => ` ${a.toLowerCase()}${end}`)
    ),
    ..." ave, rd, ln, way, ct, pkwy, hwy".split(",").map((a) => " " + a.trim()),
    ..."straße strasse str. weg gasse platz allee ring damm ufer".split(" "),
    ..."rue calle avenida via viale piazza".split(" ").map((w) => `${w} `),
  ], PROSE_ADDRESS),
  /**
   * The fields of an HL7 v2 message that identify a patient, next of kin, guarantor or insured
   * person (PID, NK1, GT1, IN1, MRG segments: identifiers, names, birth dates, addresses, phones,
   * SSN …), one segment per line or several in one line, separated by raw or escaped `\r`.
   */
  pii("hl7-personal-fields", ["pid|", "nk1|", "gt1|", "in1|", "mrg|"], HL7_SEGMENT, undefined, {
    find: findHl7PersonalFields,
  }),
  /**
   * FHIR elements that identify a person (JSON): a HumanName's `family` and `given` names, an
   * Address's `line`s and `text`, a ContactPoint's `value` whose `system` is phone, fax, sms, pager
   * or email; `family` outside a `name` (a font's, an OS's) and other systems' values stay.
   */
  pii(
    "fhir-personal-elements",
    ['"family"', '"given"', '"line"', '"text"', '"system"'],
    FHIR_KEY,
    undefined,
    {
      find: findFhirPersonalValues,
    },
  ),
  /**
   * Values of a logged SQL `INSERT` whose column list names personal data only its name identifies
   * (`INSERT INTO customers (name, thai_id, voter_id) VALUES ('Jane', '8564…', 'CUI…')`): each
   * row's value of such a column, when it has a digit.
   */
  pii(
    "sql-insert-personal-column",
    ["insert"],
    /\binsert\b/gi,
    (value) => /\d/.test(value) && !isStatusWord(value) && !isPlaceholder(value),
    {
      find: (line) => insertValues(line, personalColumn),
    },
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
