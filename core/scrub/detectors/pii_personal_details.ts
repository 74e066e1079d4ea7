/**
 * Personal details a log writes under a key or phrase that names them: dates of birth, person
 * names and postal addresses. None has a layout of its own, so each is masked only right after
 * its name (`"dob":"1985-03-12"`, `full_name="Jane Doe"`, `<billing_address>…</…>`), and the
 * value must look like one (a real date, capitalised words, a street with a number).
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Continuation, Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import {
  afterWordAnyCase,
  nameKeywords,
  nameSource,
  NUMBER_RUN,
  SPOKEN_NAME_JOIN,
} from "./pii_context.ts";
import { hasContextBefore, isStatusWord } from "./value_checks.ts";
import { personalColumn } from "../kv/csv_columns.ts";
import { isPlaceholder } from "../placeholders.ts";
import { sqlColumnValues } from "../kv/bind_parameters.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import { within } from "../windowed_match.ts";
import { charsBefore } from "../kv/syntax.ts";

const MONTH_NAMES =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre";

const DAY = raw`(?:0?[1-9]|[12]\d|3[01])`;
/** A day, maybe with its ordinal (`3rd`, `21st`); a year of four digits. */
const ORDINAL_DAY = raw`${DAY}(?:st|nd|rd|th)?`;
const YEAR = raw`(?:19|20)\d\d`;
/**
 * A calendar date as people write one: ISO, D/M/Y or M/D/Y (also with two digits of the year,
 * `12/31/85`, which a birth word makes no other number), D.M.Y, YYYYMMDD, MMDDYYYY, `12 March 1985`, `3rd of
 * May 1990`, `3 de marzo de 1985`, `03-Mar-1985`, `08MAR1942` (glued, as airline and mainframe
 * records print one), `March 3rd, 1985`.
 */
const DATE = raw`(?:${YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.]${DAY}` +
  raw`|${DAY}[-/.]${DAY}[-/.](?:${YEAR}|\d\d)` +
  raw`|${YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])` +
  // MMDDYYYY or DDMMYYYY glued (a credit bureau's `"dob":"01251997"`), only after a birth word
  raw`|(?:0[1-9]|[12]\d|3[01]){2}${YEAR}` +
  raw`|${ORDINAL_DAY}\.?(?: of| de)?[ -]?(?:${MONTH_NAMES})\.?(?: de)?[ -]?${YEAR}` +
  raw`|(?:${MONTH_NAMES})\.? ${ORDINAL_DAY},? ${YEAR}` +
  // 1985年3月14日, 1972년 7월 3일
  raw`|${YEAR}[年년] ?\d\d?[月월] ?\d\d?[日일])`;

/**
 * Words and keys that name a date of birth, in the languages logs are written in (Italian `nato il`,
 * Polish `urodzona`, `ur.`; also as code
 * writes them without their letters: `dogum_tarihi`, `fodelsedatum`; `geboren am`), DICOM's `PatientBirthDate`
 * and SAP HR's `GBDAT`; the Ukrainian `дата народження`; a bare `birth`
 * (a census form's `birth=19580722`). In these lists
 * and the key lists below a space stands for a space, `_`, `.`, `-` or nothing (nameSource), so
 * `birth date` is also `birthdate` and `birth_date`, `full name` also `fullName`.
 */
const BIRTH_NAMES =
  "dob|d.o.b.|date of birth|birth date|birth time value|patient birth date|birthday|born|born on|geburtsdatum|geb.|fecha de nacimiento|fecha nacimiento|date de naissance|date naissance|né le|née le|data di nascita|data nascita|data de nascimento|data nascimento|geboortedatum|födelsedatum|född|fødselsdato|syntymäaika|syntynyt|data urodzenia|urodzona|urodzony|ur.|nato il|nata il|doğum tarihi|dogum tarihi|fodelsedatum|geboren am|geboren op|gbdat|рождения|народження|生年月日|生日|생년월일|birth"
    .split("|");

/**
 * Keys that name a person's whole name in English (and a few of other languages), also a proof
 * of delivery's signer as a key names it (`signedBy="J. VAN DEN BERG"`, `signed_by`), not
 * `signed by` in prose: a package's or a certificate's signer (`signed by Debian Archive`).
 */
const ENGLISH_FULL_NAME_KEYS =
  "full name|customer name|customer|client name|cardholder name|card holder|holder|holder name|account holder|patient|patient name|recipient|recipient name|beneficiary name|billing name|shipping name|contact name|legal name|real name|signedby|signed_by|nombre completo|nom complet|vollständiger name"
    .split("|");
/**
 * Keys of other languages that name a person's whole name (`nome e cognome`, `ФИО` and the
 * Ukrainian `ПІБ`, `氏名`, `名前`, a parcel's consignee `收货人` and addressee `收件人`, Greek
 * `Ονοματεπώνυμο` and a customer's `Πελάτης`, Arabic `الاسم`, Hebrew `שם` and `שם מלא`, Hindi `नाम`, Thai `ชื่อ`).
 */
const LOCAL_FULL_NAME_KEYS =
  "titulaire|titular|nome completo|nome e cognome|volledige naam|imię i nazwisko|fullständigt namn|koko nimi|ad soyad|ФИО|ПІБ|піб|氏名|姓名|名前|收货人|收件人|성명|Ονοματεπώνυμο|Πελάτης|الاسم|שם|שם מלא|नाम|ชื่อ"
    .split("|");
/**
 * People a record names by their role, whose `…_name` key holds that person's whole name
 * (`applicant_name`, `EmployeeName`, `dependentName`, `attendee-name`).
 */
const PERSON_ROLES =
  "employee|applicant|candidate|dependent|attendee|guardian|passenger|traveler|insured|payee|tenant|student"
    .split("|");
const ROLE_NAME_KEY = new RegExp(
  `(?:${
    PERSON_ROLES.map((r) => `[${r[0]}${r[0].toUpperCase()}]${r.slice(1)}`).join("|")
  })[ _.-]?[nN]ame`,
);
/** Keys that name a person's whole name (and ROLE_NAME_KEY). */
export const FULL_NAME_KEYS = [...ENGLISH_FULL_NAME_KEYS, ...LOCAL_FULL_NAME_KEYS];
/**
 * Keys that name one part of a person's name, also in short English forms (`fname`, `forename`) and other languages (Portuguese, Italian, Polish, Turkish, Dutch, Swedish,
 * Russian, Chinese, Korean, Thai's surname `นามสกุล` (also after `ชื่อ-`); `soyad` also reads `soyadı`, whose `ı` is no Latin letter), and SAP
 * HR's infotype 0002 fields (`NACHN`, `VORNA`).
 */
export const NAME_PART_KEYS =
  "first name|given name|given names|last name|surname|family name|middle name|vorname|nachname|nachn|vorna|prénom|prenom|nombre|apellido|apellidos|fname|lname|forename|nome|sobrenome|cognome|imie|nazwisko|soyad|voornaam|achternaam|förnamn|efternamn|имя|фамилия|名字|姓氏|이름|นามสกุล"
    .split("|");

/** A capitalised name word in any script: `María`, `O'Connor`, `Müller-Schmidt`, `Nguyễn`. */
const NAME_WORD = raw`\p{Lu}[\p{Ll}\p{Lu}]*(?:['’-]\p{L}[\p{Ll}\p{Lu}]*)*\.?`;
/**
 * A name in a script without capitals: Chinese, Japanese (kanji, katakana or hiragana), Korean,
 * Thai, Hebrew, Arabic or Devanagari (`王伟`, `山田 さくら`, a Thai given and family name, `محمد عبد
 * الله العتيبي`), one to four words of up to twelve characters each (a Thai or Devanagari word's
 * vowel marks count as characters).
 */
const CJK =
  raw`[\p{sc=Han}\p{sc=Hangul}\p{sc=Kana}\p{sc=Hira}\p{sc=Thai}\p{sc=Hebr}\p{sc=Arab}\p{sc=Deva}]`;
const CASELESS_NAME = raw`(?<!${CJK})${CJK}{2,12}(?: ${CJK}{1,12}){0,3}`;
/**
 * The lower-case particles a surname may open with (`de Vries`, `van der Berg`, `da Silva`, `von
 * Trapp`, `al Rashid`), each followed by a space: at most two, and a capitalised word after them.
 */
export const NAME_PARTICLES =
  raw`(?:(?:de|da|di|do|dos|das|del|della|der|den|van|von|du|le|la|ter|ten|zu|bin|al|el) ){0,2}`;
/**
 * The value ends where its quotes, element or field end (a query string's or form body's `&`, a
 * `|` between fields), before the next label and its `=` or `:` (`姓名:王伟 身份证号:…`, a Thai
 * label with its vowel marks), or
 * before a label in capitals and its value (`patient=Nguyen, Giulia MRN 46453782`, `DOB:
 * 1980-01-02`).
 * A request line's protocol ends it too (`GET /verify?last_name=Haddad HTTP/1.1`).
 */
const VALUE_END =
  raw`(?=["'<,;)&]|\s*(?:\||$)|\s+[\p{L}\p{M}\w.-]+[=:]|\s+[A-Z]{2,4}:?\s|\sHTTP\/)`;

/**
 * Words of technical values that are capitalised like names (`"name":"Internal Server Error"`),
 * where a carrier's proof of delivery was left (`signedBy="FRONT DOOR"`),
 * the title-case name of a programme a key's word opens (Windows' `for Customer Experience
 * Improvement Program`), and a company's legal form after its name (`customer=Acme
 * Corporation`, `Initech Inc.`, an LLC): no one's given name or surname.
 */
const NOT_NAME_WORDS = new Set(
  "internal server error service request response default test new job task worker queue user admin system root public private none null unknown true false ok active pending get post put delete api app web http https production staging development build release main master or and the of be is are to for use with not this that program inc ltd llc corp corporation door porch reception mailroom locker"
    .split(" "),
);

/**
 * A name word under a bare `name` key: capitalised and then in lower case (`Oluwaseun`, not
 * `API`), maybe joined by an apostrophe or hyphen (`O'Connor`, `D'Souza`, `Müller-Schmidt`).
 */
const GENERIC_NAME_WORD = raw`\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:['’-]\p{Lu}?\p{Ll}+)*`;

/**
 * Words of a line about a person, which make a bare `name` key a person's name (a fleet's or a
 * ride's `driver`, an xAPI statement's `actor`: `"actor":{"objectType":"Agent","name":…}`): also
 * billing details, a shipping or billing address (`"shipping_address":{"name":"…"}`) and an
 * `email` key (Stripe's `"billing_details":{…"email":"…","name":"…"}`), not billing or shipping
 * alone (`"shipping_method":{"name":"Express Delivery"}`, a plan's name).
 */
const PERSON_WORDS =
  /(?<![a-z])(?:users?|customers?|patients?|contacts?|members?|employees?|persons?|people|clients?|recipients?|holders?|applicants?|owners?|guests?|students?|drivers?|actors?|profiles?|accounts?|billing[ _-]?details|(?:shipping|billing|delivery|mailing|postal)[ _-]?address(?:es)?|e-?mail(?=["']?\s{0,2}[:=]))(?![a-z])/i;

/** Whether `value` may be a person's name: none of its words is one of NOT_NAME_WORDS. */
export function plausibleName(value: string): boolean {
  const words = value.toLowerCase().split(/[\s,+]+|%20/).filter(Boolean);
  return words.length > 0 && !words.some((w) => NOT_NAME_WORDS.has(w.replace(/\.$/, "")));
}

/**
 * Keys that name a postal address (not `address` of a host, socket or wallet: see
 * plausibleAddress), also Salesforce's (`MailingStreet`, `BillingStreet`) and SAP HR's (`STRAS`).
 */
const ADDRESS_KEYS =
  "address|street|street address|street address line|shipping address|billing address|home address|mailing address|postal address|residential address|delivery address|address line 1|address line 2|address1|address2|line1|line2|street1|street2|mailing street|billing street|shipping street|other street|stras"
    .split("|");
/**
 * Words naming an address in other languages, each also a keyword of postal-address: stems that
 * compounds end in (`Lieferadresse`, `woonadres`, `katuosoite`, `收货地址`, `住址`, Arabic `عنوان`
 * also as `العنوان`), then words that begin their key (`indirizzo di spedizione`, `адрес
 * доставки`, Brazil's `logradouro`, the Polish `ulica` and Hungarian `utca` of a street, Hebrew
 * `כתובת`, Greek `Διεύθυνση`, Hindi `पता`, Thai `ที่อยู่`).
 */
const ADDRESS_STEMS = "adres|anschrift|osoite|住所|住址|地址|주소|عنوان".split("|");
const ADDRESS_WORDS =
  "morada|domicilio|indirizzo|endere|direcci|logradouro|ulica|utca|адрес|כתובת|διεύθυνσ|पता|ที่อยู่"
    .split("|");
/**
 * A key that names an address in another language (read ignoring case): a word ending in one of
 * ADDRESS_STEMS or beginning with one of ADDRESS_WORDS (`Anschrift`, `Адрес`), at most two more
 * words (`adresse de livraison`, `teslimat adresi`), then `:`, `=` or an element's `>`
 * (`rendered 42 rows` is no key).
 */
const LOCAL_ADDRESS_KEY = raw`(?<!\p{L})(?:\p{L}{0,12}(?:${ADDRESS_STEMS.join("|")})|${
  ADDRESS_WORDS.join("|")
})\p{L}{0,6}(?:[ _-]\p{L}{2,12}){0,2}["']?\s{0,2}[:=>]\s{0,2}["']?`;

/**
 * A street address: words (a Devanagari or Thai word's vowel marks count as its letters) and a
 * house or postal number (a space between them, unless in Chinese, Japanese or Korean), no URL, socket, mailbox or host:port (Turkish `No:15`, `D:4` are no port).
 * A digit inside a Latin word (`IPv4`, `utf8`) is no number.
 */
function plausibleAddress(value: string): boolean {
  return /(?<![A-Za-z])\d/.test(value) && /[\p{L}\p{M}]{3,}/u.test(value) &&
    /[\s\u3040-\ud7af]/.test(value) &&
    !/(?<!\b(?:No|D|Kat)):|[@\\]|\/\//.test(value) && !/^\d+(?:\.\d+){3}\b/.test(value);
}

/**
 * A machine's address, not a home's, before its value: a word that qualifies `address` (`IPv6
 * address`, `memory_address`, `socket address`, `return address`), then the key's join.
 */
const MACHINE_ADDRESS_KEY =
  /(?<![A-Za-z])(?:memory|ip|ipv4|ipv6|mac|socket|physical|virtual|return|base|load|bind|listen|remote|local|peer|source|src|destination|dst|server|client|host|network|hardware|ethernet|broadcast|multicast|gateway|loopback|wallet|contract|e-?mail|web|bus|register|stack|heap|kernel|instruction|fault|faulting|jump|target|start|end|entry|page)[ _-]?address(?:es)?["']?\s{0,2}[:=]?\s{0,2}["']?$/i;

/**
 * Whether an address key's `value` is a machine's by its form, from what comes before it
 * (`before`, the line up to the value): a qualified key (MACHINE_ADDRESS_KEY), a hex literal
 * (`address: 0x7ffd5a2c1b00 in libfoo`), or, after a key joined by blanks alone (prose, not a
 * field), a number with no capitalised word after it (`address 7 already in use`).
 */
function machineAddress(before: string, value: string): boolean {
  return MACHINE_ADDRESS_KEY.test(before) || /^0x[0-9a-f]/i.test(value) ||
    (/address(?:es)?[ \t]+$/i.test(before) && /^\d/.test(value) && !/\p{Lu}/u.test(value));
}

/**
 * Whether an address key joined to its value by words and blanks alone (prose: no `:`, `=`, `>`
 * or quote in `before`, the 6 characters before the value) is followed by words with no house
 * number and capitalised street name (`change my address to Building 4 reception`, `address of
 * Acme is the warehouse on level 2`; not `address of Acme is 12 Mill Dr`). A street name before
 * its number (`Hauptstraße 5`) is street-address-in-prose's.
 */
const proseNotStreet = (before: string, value: string): boolean =>
  !/[:=>"']/.test(before) && !/\d{1,5}[A-Za-z]?\s\p{Lu}/u.test(value);

/**
 * Street types that begin common words (St in Status, Sq in SQL) count only before one of these
 * endings or at the end of the line: the prefilter wakes the detector on each at a word's end
 * (atWordEnd: `Mill Dr` ending a line too).
 */
const SHORT_STREET_TYPES = ["St", "Dr", "Pl", "Cir", "Sq"];
/**
 * Street types that end an English street name (`Maple Avenue`, `Main Rd`), full and in the
 * postal services' abbreviations; a space before the short ones that end other words (`rd` in
 * `word`, `way` in `always`), as their keywords have it.
 */
const STREET_TYPE_WORDS =
  "Street|Avenue| Ave|Road| Rd|Lane| Ln|Drive|Boulevard|Blvd| Way|Court| Ct|Place|Terrace|Parkway| Pkwy|Circle|Highway| Hwy|Square|Close|Crescent|Gardens|Mews|Trail|Ridge|Heights| Loop| Row"
    .split("|");
/** STREET_TYPE_WORDS and the street types that begin common words (`Baker St.`). */
const STREET_TYPES = STREET_TYPE_WORDS.join("|").replaceAll(" ", "") +
  `|(?:${SHORT_STREET_TYPES.join("|")})(?=[ \\t,.;:"')!?/-]|$)`;
/**
 * The German, Dutch and Nordic street types glued to the name (`Hauptstraße`, `Lindenweg`,
 * `Kalverstraat`, `Drottninggatan`, `Vesterbrogade`).
 */
const GERMAN_STREET_ENDINGS =
  "straße strasse str. weg gasse platz allee damm ufer straat gracht laan plein gatan vägen veien"
    .split(" ");
/**
 * Those that end English words too (`During 2014`, `String 42`, `Spring 6`, `Monitoring 12
 * hosts`, `Transferring 3 files`): a street's only after two letters and a consonant but r, p, y
 * (`Altstadtring`, `Nordring`; the letters as two characters not blank, which in PROSE_ADDRESS
 * are its word's).
 */
const GERMAN_STREET_ENDINGS_AFTER_TWO = ["ring"];
/** Those that end English words after fewer letters: a street's only after four (not `Brigade 5`). */
const GERMAN_STREET_ENDINGS_AFTER_FOUR = ["gade"];
/** The German street endings as a pattern. */
const GERMAN_STREET = GERMAN_STREET_ENDINGS.map((ending) => ending.replace(".", "\\.")).join("|") +
  `|(?<=\\S\\S[b-df-hj-nqstv-xzß])(?:${GERMAN_STREET_ENDINGS_AFTER_TWO.join("|")})` +
  `|(?<=\\S{4})(?:${GERMAN_STREET_ENDINGS_AFTER_FOUR.join("|")})`;
/**
 * French, Spanish, Portuguese and Italian street words before the name (`rue`, `calle`, `rua`,
 * `via`), also capitalised as an address's first word (`Calle Mayor 12`; not `Via`, which starts
 * English words in titles: `Sent Via Kafka 3 times`): after the house number (`12 rue de la Paix`,
 * `5 avenida de Mayo`), or before the name and its number (`via Roma 10`, `Rua do Carmo 71`). An
 * Italian one only before (`3 via Kafka` is no street).
 */
const ROMANCE_AFTER_NUMBER = "[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]alle|[Aa]venida|[Rr]ua";
const ROMANCE_BEFORE_NUMBER = `${ROMANCE_AFTER_NUMBER}|via|[Vv]iale|[Pp]iazza`;
/** Every Romance street word, as a pattern and as words (`[Rr]ue` as `Rue`). */
const ROMANCE_STREET = ROMANCE_BEFORE_NUMBER;
const ROMANCE_STREET_WORDS = ROMANCE_STREET.replace(/\[(\w)\w\]/g, "$1").split("|");
const STREET_WORD = "[A-Z][a-z'-]{1,20}";
/**
 * A street named without a house number (`Park Hill Street`, `Queen St.`): one to three
 * capitalised words and a street type that names nothing else (not Drive: Google Drive), also in
 * lower case as people write it (`lives on Park Hill street`).
 */
const NAMED_STREET_TYPES = "Street|Avenue|Road|Lane|Boulevard|street|avenue|road|lane";
const NAMED_STREET = raw`(?:${STREET_WORD}\s){1,3}(?:(?:${NAMED_STREET_TYPES})\b|(?:St|Ave|Rd)\.)`;

/**
 * A street address in prose (`shipped to 742 Evergreen Terrace, Springfield, IL 62704`,
 * `Hauptstraße 5, 10115 Berlin`, `12 rue de la Paix`): a house number, one to three capitalised
 * words and a street type (or a German street name and its number, a French, Spanish or Italian
 * street word and its name, a post office box), with the flat or suite and the town, state and
 * postcode (a ZIP code or a British postcode) after it when they follow.
 */
const PROSE_ADDRESS = regex(
  raw`(?<![\w.,:/-])(?:` +
    // 742 Evergreen Terrace, 221B Baker Street
    raw`\d{1,5}[A-Za-z]?\s(?:${STREET_WORD}\s){1,3}(?:${STREET_TYPES})\b\.?` +
    // Hauptstraße 5, Am Lindenweg 12a
    raw`|(?:[A-Z][a-zäöü]{1,12}\s)?[A-ZÄÖÜ][a-zäöüß-]{1,30}(?:${GERMAN_STREET})\s\d{1,4}[a-z]?\b` +
    // 12 rue de la Paix, 5 avenida de Mayo; via Roma 10
    raw`|\d{1,4},?\s(?:${ROMANCE_AFTER_NUMBER})\s(?:(?:de|du|des|la|le|del|di|della)\s){0,2}${STREET_WORD}` +
    raw`|(?:${ROMANCE_BEFORE_NUMBER})\s(?:(?:de|du|des|la|le|del|di|della|do|da)\s){0,2}${STREET_WORD}\s\d{1,4}\b` +
    // PO Box 1234, P.O. Box 56, Post Office Box 7, p.o. box 56
    raw`|(?:[Pp]\.? ?[Oo]\.? ?|Post Office )(?:[Bb]ox|BOX) \d{1,6}\b` +
    // a line of an address block that is its flat or suite alone: ` Apt. 38B`, `> Suite 410`, also
    // after a logger's prefix (`app[42]:   Apt. 38B`), not after a word and a space (`Test Suite 3`)
    raw`|(?<=^[^A-Za-z0-9]{0,4}|[A-Za-z0-9](?:[^A-Za-z0-9 ]| [^A-Za-z0-9])[^A-Za-z0-9]{0,4})` +
    raw`(?:Apt|Suite|Unit|Flat)\.?\s\d{1,5}[A-Z]?(?=\s*$)` +
    // lives on Park Hill street, enter on Harbour Valley St., the corner of Queen St. and Oak St.
    raw`|(?<=\b(?:on|corner of)\s)${NAMED_STREET}(?:\sand\s${NAMED_STREET})?` +
    raw`)` +
    // Apt. 29C / , Suite 410
    raw`(?:,?\s(?:Apt|Suite|Unit|Flat)\.?\s\d{1,5}[A-Z]?\b)?` +
    // , Springfield, IL 62704 / , London W1U 6TY / , 10115 Berlin / , 1012 AB Amsterdam / , 111 51 Stockholm
    raw`(?:,\s(?:${STREET_WORD}(?:\s${STREET_WORD})?,?\s[A-Z]{2}\s\d{5}(?:-\d{4})?|(?:\d{4,5}|\d{4} ?[A-Z]{2}|\d{3} \d\d)\s${STREET_WORD}` +
    raw`|${STREET_WORD}\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b))?`,
  // By code units: its classes hold no surrogate, so it matches as by code points would, and a
  // long line's windows (../windowed_match.ts) need not start at a code point.
  "g",
);

/**
 * Where PROSE_ADDRESS's matches start, for a long line (../windowed_match.ts): at most 72
 * characters before the space that precedes an English street type (a 5-digit number and a
 * letter, a space and three 21-letter words with theirs), or before the space that follows a
 * German street ending (45 before the ending, two words, and the ending's 7 at most) or a Romance
 * street word (6 before the word, a number, a comma and a space, or at it, and the word's 9 at
 * most). The anchor is that space (every match of the anchor starts with one, so the search
 * skips to blanks), and takes no text another of its matches needs: after a German ending or a
 * Romance word it takes the space alone, and a street type holds no space.
 */
const PROSE_ADDRESS_REACH = within(
  72,
  0,
  regex(
    raw`\s(?:(?<=(?:${GERMAN_STREET}|${ROMANCE_STREET})\s)|(?:${STREET_TYPES}|${NAMED_STREET_TYPES}|[Bb]ox|BOX)\b)`,
    "g",
  ),
);

/**
 * A line that ends with a street (`5144 Birch Ave`: a house number's last digit, maybe a letter,
 * one to three capitalised words and a street type) or a flat (`Flat 20`), tried on the line's
 * last 99 characters: an address block's, whose next lines may hold its town and postcode.
 */
const STREET_LINE_END = regex(
  raw`(?:\d[A-Za-z]? (?:${STREET_WORD} ){1,3}(?:${STREET_TYPES})|(?:Apt|Suite|Unit|Flat)\.? \d{1,5}[A-Z]?)\.?\s*$`,
);
/**
 * A line of an address block below its street, maybe indented or after a quote's marks (`> `):
 * blank, or up to four capitalised words (a flat, a town, a state's code, a country) and a
 * number, each maybe left out (`Flat 20`, `Munich AZ 22857`, ` France 50184`, `WI`, `77593`,
 * `Spain EC2M 8DQ`). A postcode there, a ZIP code or a British one (group 1), is its secret.
 * Its words may touch (`AZ`), so a run of capitals splits in many ways: it is tried only on a
 * line of BLOCK_LINE_MAX characters at most, where that stays a few thousand steps.
 */
const BLOCK_LINE = regex(
  raw`^\W{0,8}(?:\p{Lu}\p{L}{0,39}\.? ?){0,4}(?:\b(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})|\d+[A-Z]?)?\s*$`,
  "du",
);
const BLOCK_LINE_MAX = 80;
/**
 * An address block's lines below its street, up to the first line that is none (BLOCK_LINE, or
 * longer than BLOCK_LINE_MAX): the postcodes they hold.
 */
const BLOCK_BELOW: Continuation = {
  next(line) {
    const m = line.length <= BLOCK_LINE_MAX ? BLOCK_LINE.exec(line) : null;
    const at = m?.indices?.[1];
    return m && (at ? [{ start: at[0], end: at[1] }] : []);
  },
};

/**
 * Names of identifiers that only one person holds: a student's number, an Australian BSB or a
 * Canadian transit number (a branch, written beside its account), a SIM's ICCID, a phone's
 * advertising or Android id, a biometric template; a national identity number by its own
 * country's name for it, where no rule of ours checks it (Romania's `CNP`, Bulgaria's `EGN`,
 * Croatia's `OIB`, the former Yugoslav `JMBG`, Estonia's `isikukood`, Lithuania's `asmens kodas`,
 * the Czech and Slovak `rodne cislo`, Iceland's `kennitala`, Greece's `AMKA`, Hungary's `TAJ`,
 * Malaysia's `MyKad`, Indonesia's `NIK`, Pakistan's `CNIC`, the `Emirates ID`, Saudi Arabia's
 * `iqama`, a Latin American `cedula`, the `HKID`, Austria's `SVNR`), a visa's number
 * (`visa_number`, `visaNo`, `visa_foil_number`: not a bare `visa`, the card network's name), an
 * insurance policy's or an insured member's number (`policy_number`, `insurance_id`,
 * `insured_id`, `medicaid_id`: not a bare `policy`, an access policy's). No
 * name that is a hexadecimal word (Vietnam's `CCCD`: a UUID's group), that common words hold
 * (Nigeria's `NIN`: `warning`, `running`; each name is a keyword), or that opens an MRZ line
 * (New Zealand's `IRD`: a German residence permit's `IRD<<`). Not an
 * employee's id (an HR system's internal key, kept by the benign sets), a device's serial or UDID
 * (a USB device's, a developer's provisioned test phone), `device_id` (a GPU's), `serial_number`
 * (a certificate's or a disk's), `ad_id` (an ad campaign's) nor a bare `transit` (`in_transit=4`).
 */
const PERSONAL_ID_NAMES =
  "student id|student|matriculation|matrikel|bsb|transit number|branch transit|iccid|sim serial|idfa|gaid|aaid|advertising id|android id|fingerprint_template|face embedding|voiceprint|biometric hash|cnp|egn|oib|jmbg|isikukood|asmens kodas|rodne cislo|kennitala|amka|taj|mykad|nik|cnic|emirates id|iqama|cedula|hkid|svnr|visa number|visa no|visa foil|policy number|policy no|insurance policy|insurance id|insurance number|insured id|medicaid|medicaid id"
    .split("|");

/** A column named by PERSONAL_ID_NAMES, maybe after a word and `_` (`bsb_number`, `sim_iccid`). */
const PERSONAL_ID_COLUMN = regex(`(?:^|_)${nameSource(PERSONAL_ID_NAMES, "")}$`);

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Date of birth: a calendar date (ISO, D/M/Y, M/D/Y, D.M.Y, YYYYMMDD or with the month's name)
   * right after dob / date of birth / birthdate / Geburtsdatum / fecha de nacimiento / date de
   * naissance …, also when a sentence asks for it and the next gives it (`date of birth? It's …`);
   * an ISO date may be followed by its time, as a serialised date-time is (`"birthDate":
   * "1988-09-13T00:00:00.000Z"`: the date is masked).
   */
  pii(
    "date-of-birth",
    nameKeywords(BIRTH_NAMES),
    regex(
      `${
        nameSource(BIRTH_NAMES, SPOKEN_NAME_JOIN)
      }(?<secret>${DATE})(?!(?!T\\d\\d:)(?:[\\w/.-]\\d|\\w))`,
      "dgi",
    ),
  ),
  /**
   * Date of birth with the words naming it after it (`1985-01-01 is my birthday`, `… was her date
   * of birth`): a calendar date as date-of-birth reads one, then is/was, a possessive and birthday,
   * date of birth, birth date or DOB.
   */
  pii(
    "date-of-birth-named-after",
    // Its words start after a blank: `dob` inside a random run (`…zDObf…`) wakes it no more.
    { keywords: ["birth", "dob"], atWordStart: ["birth", "dob"] },
    regex(
      raw`(?<![\w/.-])(?<secret>${DATE}) (?:is|was) (?:my|his|her|their|your) (?:birthday|date of birth|birth ?date|dob)(?![a-z])`,
      "dgi",
    ),
  ),
  /**
   * A person's name: capitalised words (any script, with hyphens and apostrophes) as the whole
   * value of a key that names one — full_name, customer, cardholder, patient_name, first_name,
   * last_name, surname, Vorname …; also its components joined by `^` as HL7 and DICOM write a
   * person's name (`PatientName=DOE^JANE^^^DR`, Orthanc's `"PatientName":"DOE^JANE"`), or by a
   * query string's `+` or `%20` (`?customer_name=Jane+Doe`, `&subscriber=Nour%20Haddad`).
   */
  pii(
    "person-name",
    // Every way the pattern's keys may be written (not "name" alone: key_name, service_name).
    [
      ...phraseKeywords([...ENGLISH_FULL_NAME_KEYS, ...NAME_PART_KEYS]),
      ...nameKeywords(LOCAL_FULL_NAME_KEYS),
      // A role's name key as ROLE_NAME_KEY writes it (not the role alone: `"tenant":` is on every
      // line of a multi-tenant service's log).
      ...PERSON_ROLES.flatMap((role) => ["", " ", "_", ".", "-"].map((s) => `${role}${s}name`)),
    ],
    regex(
      `(?:${
        nameSource([...FULL_NAME_KEYS, ROLE_NAME_KEY])
      }(?<secret>${NAME_WORD}(?:(?:,? |%20|[+^]+)${NAME_PARTICLES}${NAME_WORD}){1,3}\\^*|${CASELESS_NAME})` +
        `|${
          nameSource(NAME_PART_KEYS)
        }(?<secret>${NAME_PARTICLES}${NAME_WORD}(?:(?:[ +]|%20)${NAME_WORD}){0,2}|${CASELESS_NAME}))${VALUE_END}`,
      "dgu",
    ),
    (value) => plausibleName(value),
  ),
  /**
   * A mail header's display name before its address (`From: Çağrı Öztürk <c@example.com>`,
   * `Reply-To: "Fitzgerald, Eleanor" <…>`, `header From: "张伟" <…>`): the words between the
   * header's name and the `<` of the address, quoted or not, in any script.
   */
  pii(
    "mail-display-name",
    ["from:", "to:", "cc:", "sender:"],
    /(?<![\w-])(?:from|to|cc|reply-to|sender): ?"?(?<secret>\p{L}[^"<>\n@:=]{1,59}?)"? ?<[^<>\s@]+@/dgiu,
    (value) => plausibleName(value),
  ),
  /**
   * An LDIF entry's common name when it is a person's (two to four capitalised words: `cn: Oluwaseun
   * Keller`), as ldapsearch and slapcat print it (the attribute's name in either case), also as
   * the first part of the entry's `dn: cn=…,`.
   */
  pii(
    "ldif-common-name",
    ["cn: ", "dn: cn="],
    regex(
      raw`(?:(?<![\w.-])(?:cn|CN): |(?<!\S)dn: cn=)(?<secret>${NAME_WORD}(?: ${NAME_PARTICLES}${NAME_WORD}){1,3})(?:\s*$|(?<=dn: cn=[^,]*),)`,
      "dgu",
    ),
    (value) => plausibleName(value),
  ),
  /**
   * A line of an LDIF entry or a vCard (at the line's start or after a logger's prefix) whose
   * attribute names personal data (`sn: Ní Bhriain`, `sn:: TsOtIEJocmlhaW4=` in base64,
   * `employeeNumber: 635836`, `N:Delacroix;Marcus;;;`, `ADR;TYPE=HOME:;;Mannerheimintie
   * 91;Helsinki;;00847;`, `BDAY:1959-01-03`): the whole value, its parts between `;`. A vCard's
   * `N` and `ADR` have a `;`, its `BDAY` a digit. A surname has no digit: a disk's or a device's
   * serial after `sn:` (smartd's `sn: WD-WCC4N1234567`) is none.
   */
  pii(
    "directory-card-attribute",
    { keywords: ["sn:", "employeenumber:", "n:", "n;", "adr", "bday"], atWordStart: ["n:", "n;"] },
    /(?<!\S)(?:sn:(?::|(?![^\n]*\d))|employeeNumber:|(?:N|ADR)(?:;[^:\n]*)?:(?=.*;)|BDAY:(?=\S*\d))[:\s;]*(?<secret>[^;\s][^;\n]*(?:;+[^;\n]+)*)/dg,
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
    ["address", "street", "line1", "line2", "stras", ...ADDRESS_STEMS, ...ADDRESS_WORDS],
    regex(
      // Not a key of the object the address key opens (`"address":{"line1":`): its own key reads it.
      // The value ends at its quotes, the line's end or before the next label (`주소=… 결과=성공`,
      // `streetAddress=…; l=…`), not a Turkish `No:15`, `D:4` or `Kat:2` of the address.
      `(?:${nameSource(ADDRESS_KEYS)}|${LOCAL_ADDRESS_KEY})` +
        `(?<secret>[\\p{L}\\p{N}〒](?:[^"'<>\\n=:]|(?<=\\b(?:No|D|Kat)):){4,150}?)(?=["'<&](?!\\s{0,2}:)|[;|]?\\s+(?!(?:No|D|Kat):)[\\p{L}\\w.-]+[=:]|\\s*$)`,
      "dgiu",
    ),
    // Not a YAML comment's words after ` # ` (`address: pending  # treasury 3.2.93`), nor an
    // aside in brackets after the key (`to <address> (fee 0.00001)`).
    (value, line, index) =>
      plausibleAddress(value.split(/\s#\s/)[0]) && line[index - 1] !== "(" &&
      !machineAddress(charsBefore(line, index, 60), value) &&
      !proseNotStreet(charsBefore(line, index, 6), value),
  ),
  /**
   * A street address written in prose, with no key naming it: a house number, capitalised words and
   * a street type (`742 Evergreen Terrace`, `221B Baker St.`), a German street and number
   * (`Hauptstraße 5`), or a French, Spanish or Italian street word with a name and number (`12 rue
   * de la Paix`, `via Roma 10`), with its town, state and postcode when they follow.
   */
  pii(
    "street-address-in-prose",
    // The street types and words of PROSE_ADDRESS's lists, in lower case: the short ones after a
    // space, those that begin common words (` st` in ` status`) only at a word's end, the Romance
    // words before a space (`avenue ` and `boulevard ` add no line to the English ones).
    {
      keywords: [
        ...STREET_TYPE_WORDS,
        ...SHORT_STREET_TYPES.map((a) => ` ${a}`),
        ...GERMAN_STREET_ENDINGS,
        ...GERMAN_STREET_ENDINGS_AFTER_TWO,
        ...GERMAN_STREET_ENDINGS_AFTER_FOUR,
        ...ROMANCE_STREET_WORDS.map((w) => `${w} `),
        ..."apt|suite|unit|flat|o box|o. box|obox|o.box|ce box".split("|"),
      ].map((k) => k.toLowerCase()),
      atWordEnd: SHORT_STREET_TYPES.map((a) => ` ${a.toLowerCase()}`),
    },
    PROSE_ADDRESS,
    undefined,
    {
      reach: PROSE_ADDRESS_REACH,
      // The town and postcode lines of a block below a street line.
      opens: (line) => STREET_LINE_END.test(line.slice(-99)) ? BLOCK_BELOW : null,
    },
  ),
  /**
   * An HL7 v2 segment about a person (PID patient, NK1 next of kin, GT1 guarantor, IN1 insured,
   * MRG merged record): every field after its set id (identifiers, names, birth date, address,
   * phones, SSN) to the segment's end, a line's or an escaped `\r`'s.
   */
  pii(
    "hl7-person-segment",
    "pid| nk1| gt1| in1| mrg|".split(" "),
    /(?<!(?<!\\)[\w|])(?:PID|NK1|GT1|IN1|MRG)\|\d{0,4}\|(?<secret>(?:[^\r\n\\]|\\(?![rn]))+)/dg,
  ),
  /**
   * An X12 837 claim's segments about a person, to the segment's `~` (or the line's end, one
   * segment a line): a name of entity type 1, a person (`NM1*IL*1*DOE*JANE****MI*…`: the
   * subscriber's or patient's name and member id; not `NM1*PR*2*` a payer's), an address line
   * (`N3*…`) and a birth date (`DMG*D8*19710524*F`), each after no letter, digit, `_` or `*`
   * (a segment's `~`, a line's start, a logger's prefix).
   */
  pii(
    "x12-person-segment",
    ["nm1*", "n3*", "dmg*"],
    /(?<![\w*])(?:NM1\*\w{1,3}\*1|N3|DMG\*D8)\*(?<secret>[^~\r\n"]+)/dg,
  ),
  /**
   * UN/EDIFACT segments about a person, to the segment's `'` (`?'` is an escaped one): a party
   * written out with no code for it (`NAD+FL+++DOE:JOHN+12 MAIN ST+LEEDS'`, a passenger list's or
   * a consignee's name and address: a company's party has its code, `NAD+BY+5412345000013::9'`),
   * a date of birth (`DTM+329:850312'`) and a travel document's number (`DOC+P:110:111+X1234567'`:
   * its type in letters, not a business document's number code `DOC+380+`), a contact's name
   * (`CTA+IC+:JOHN SMITH'`) and a phone, fax or e-mail (`COM+4940123456:TE'`, `…:EM'`; not a web
   * address's `:AH` nor an EDI address's `:EI`).
   */
  pii(
    "edifact-person-segment",
    ["nad+", "dtm+329", "doc+", "cta+", "com+"],
    /(?<![\w+:])(?:NAD\+\w{1,3}\+{2,3}|CTA\+\w{0,3}\+[^:'+\n]{0,17}:|COM\+(?=[^':\n]{1,99}:(?:TE|EM|FX|AL)')|DTM\+329:|DOC\+[A-Z]{1,2}(?::[^+'\n]{0,9})?\+)(?<secret>(?:[^'?\r\n"]|\?.){1,300})/dg,
  ),
  /**
   * An Italian hotel's guest record for the police (Alloggiati Web, 168 columns): after the guest's
   * type (16 to 20), the arrival date and the nights, the surname (50 columns) and given name (30),
   * the sex (1 or 2), the date of birth, then the places of birth, the citizenship and the identity
   * document's type, number and place of issue, masked as one (a family member's blank document may
   * be cut).
   */
  pii(
    "it-guest-record",
    NUMBER_RUN,
    /(?<!\w)(?:1[6-9]|20)\d\d\/\d\d\/\d{6}(?<secret>\D{80}[12]\d\d\/\d\d\/\d{4}[ -~]{0,63})/dg,
  ),
  /**
   * NCPDP telecommunication fields about a patient or cardholder, each after its field separator
   * (FS, `<FS>`, `\x1c`, `\u001c` or `|`) in a patient (`AM01`), insurance (`AM04`) or response
   * patient (`AM29`) segment: a name (`CA`, `CB`, `CC`, `CD`), a date of birth (`C4`), an address
   * (`CM`, `CN`, `CP`), a phone (`CQ`), an e-mail (`HN`), an id (`CY`, a cardholder's `C2`).
   */
  pii(
    "ncpdp-patient",
    ["am01", "am04", "am29"],
    // deno-lint-ignore no-control-regex -- NCPDP separates its fields and segments by them
    /(?:\x1c|<FS>|\\(?:x|u00)1c|\|)(?:C[24A-DMNPQY]|HN)(?<secret>[^\x1c-\x1e|<\\\n"]{1,80})/dg,
    // The last segment before the field (up to it, once: no search from every segment) decides;
    // none in the characters read before a field further on than them masks it (fails closed).
    (_, line, index) => {
      const segment = /^.*AM\d\d/s.exec(charsBefore(line, index, 2000))?.[0];
      return segment === undefined ? index > 2000 : /(?<![A-Z])AM(?:0[14]|29)$/.test(segment);
    },
  ),
  /**
   * Elements of a record that identify a person: FHIR's (JSON) HumanName `family`, `given` and
   * `text`, Address `line`s and `text` (in the object a `name` or `address` key opens), and a
   * ContactPoint's `value` after a `system` of phone, fax, sms, pager or email; a name's parts in
   * the object or element a `name` key opens, a KYC payload's (`"name":{"first":"Ana","last":
   * "Lima"}`), HL7 CDA's (`<name><given>Ana</given><family>Lima</family></name>`) and HMRC RTI's
   * (`<Name><Fore>Ana</Fore><Sur>Lima</Sur></Name>`).
   */
  pii(
    "person-elements",
    '"family "given "line "system "first "last "middle <given <family <fore <sur>'.split(" "),
    /(?:"(?:first|middle|last|family|given|line|text|postalCode|system"\s*:\s*"[^"\n]*"\s*,\s*"value)"\s*:\s*\[?\s*"|<(?:given|family|Fore|Sur)>)(?<secret>[^"<\n]{1,99}(?:"\s*,\s*"[^"\n]{1,99}(?="\s*[,\]])){0,8})["<]/dg,
    (_, line, index) =>
      /"(?:name|address|(?<=(?:Patient|Person|Practitioner)".*)identifier)"\s*:\s*\[?\s*\{[^{}]*$|"(?:phone|fax|sms|pager|email)"\s*,\s*"value"\s*:\s*"$|<[Nn]ame\b[^<>]*>(?:[^<]|<(?!\/[Nn]ame>))*$/
        .test(
          charsBefore(line, index, 300),
        ),
  ),
  /**
   * A person's gender or sex, ethnicity, race or religion as the value of a key naming it
   * (`"gender":"female"`, `patient_sex=F`, `<ethnicity>Hispanic or Latino</ethnicity>`,
   * `religion[Roman Catholic]`): one to four words, each no key of its own (`sex=F dur_ms=3`);
   * not a null or boolean (`race=true` is a Go build's setting), nor a key in prose (`race
   * condition`: no `:`, `=`, `>` or `[` joins them).
   */
  pii(
    "personal-attribute",
    // Each key is a word of its own (`_` or a quote before and after it), never `unisex`.
    { keywords: ["gender", "sex", "ethnicity", "race", "religion"], wholeWords: true },
    /(?<![a-z\d])(?:gender|sex|ethnicity|race|religion)["']?\s?[:=>[]\s?["']?(?!(?:null|none|unknown|true|false)\b)(?<secret>\p{L}[\p{L}+-]*(?: \p{L}[\p{L}+-]*(?![\w.-]*[:=])){0,3})/dgiu,
  ),
  /**
   * An identifier that only one person holds, right after a name that says so (PERSONAL_ID_NAMES:
   * `student_id=S4934102`, `"bsb":"062-000"`, `<idfa>…</idfa>`, `fingerprint_template: …`): a
   * value of letters, digits and `+/%.-=` with a digit, as the name alone makes it personal. No
   * letter or digit before the name, and something between it and the value (`Pod api-bsb6gl79k7`
   * and `page_token=…Bsb3dQ1x` hold no BSB).
   */
  pii(
    "personal-identifier-key",
    nameKeywords(PERSONAL_ID_NAMES),
    // Four characters at least, or a first group of three digits (Hungary's TAJ `008 007 735`): no
    // one's identifier is shorter, and a count after a short name is no identifier (`student 3 of
    // 20`, `Nik, 3 items`, `hotel=Taj 5 stars`).
    afterWordAnyCase(
      PERSONAL_ID_NAMES,
      raw`(?<=\W)(?=[\w+/%.-]{4}|\d{3} \d)[\w+/%-]*\d[\w+/%.-]*=*`,
    ),
  ),
  /**
   * Values of a logged SQL `INSERT` whose column list names personal data only its name identifies
   * (`INSERT INTO customers (name, thai_id, voter_id) VALUES ('Jane', '8564…', 'CUI…')`): each
   * row's value of such a column, when it has a digit; also of a column of PERSONAL_ID_NAMES
   * (`INSERT INTO members (id, bsb_number) VALUES (7, '062-000')`).
   */
  pii(
    "sql-insert-personal-column",
    ["insert"],
    /\binsert\b/gi,
    (value) => /\d/.test(value) && !isStatusWord(value) && !isPlaceholder(value),
    sqlColumnValues((column) => personalColumn(column) || PERSONAL_ID_COLUMN.test(column)),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
