/**
 * National identity numbers of Finland, Sweden, Korea, Turkey, Singapore, Thailand, South Africa,
 * Germany (identity card) and the US health identifiers (MBI), each confirmed by its check digit
 * or structure. A layout specific enough to name the number alone (`131052-308T`,
 * `800101-1234567`, `1-2345-67890-12-1`) is masked wherever it occurs; any other layout only
 * right after a word that names the number.
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Candidate, Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import {
  australiaMedicareValid,
  belgiumNationalNumberValid,
  chinaResidentIdValid,
  finlandHetuValid,
  germanyIdCardValid,
  koreaFrnValid,
  koreaRrnValid,
  singaporeNricValid,
  southAfricaIdValid,
  swedenPersonnummerValid,
  thailandTninValid,
  turkeyTcknValid,
  usMbiValid,
} from "../checksums/national_ids.ts";
import { swedenOrgNumberValid } from "../checksums/registry_ids.ts";
import {
  AFTER,
  afterName,
  afterNameAnyCase,
  ALONE_AFTER,
  ALONE_BEFORE,
  compact,
  COMPACT_VALUE,
  inContext,
  namedRightBefore,
  nameKeywords,
  NUMBER_RUN,
  numberPattern,
  numberStart,
  numberStartAfterIs,
  ofDigits,
  RUN_START,
} from "./pii_context.ts";
import { NEAR_DIGIT_RUN, within } from "../windowed_match.ts";

const HETU_CONTEXT =
  /hetu|henkil[oö]tunnus|sotu|personbeteckning|(?:personal|finnish)[ _-]?id(?:entity)?[ _-]?(?:code|number)?/i;
const KOREA_NAME = namedRightBefore(
  "rrn|frn|resident registration|foreigner registration|alien registration|주민등록번호|주민번호|외국인등록번호"
    .split("|"),
);
/** A Korean resident or foreigner registration number's 13 digits. */
const koreaIdValid = (digits: string) => koreaRrnValid(digits) || koreaFrnValid(digits);
/** Names of a Thai national id (each name's forms are th-tnin-in-context's keywords). */
const TNIN_NAMES =
  "tnin|thai id|thai national id|national id|citizen id|id card|เลขประจำตัวประชาชน|เลขบัตรประชาชน"
    .split("|");
const TNIN_NAME = namedRightBefore(TNIN_NAMES);

/** Names of a Chinese resident identity number (居民身份证号码). */
const CHINA_RESIDENT_ID =
  "身份证|居民身份证|公民身份号码|id card|resident id|resident identity card|resident identity"
    .split("|");
/** Names of a Belgian national number (rijksregisternummer, INSZ, NISS). */
const BELGIUM_NATIONAL_NUMBER =
  "rijksregisternummer|rijksregister|registre national|numéro de registre national|national number|national register number|insz|niss|nn"
    .split("|");

/** This family's detectors, built on the first call (see ./mod.ts). */
/**
 * A Swedish personnummer as written: YYMMDD, `-` or `+`, four digits; or YYYYMMDD-NNNN for a
 * birth in the 1800s or 1900s.
 */
const PERSONNUMMER_WRITTEN = regex(
  raw`(?:${numberStart("\\d", false)}\d{5}[-+]|${numberStart("1", false)}[89]\d{6}-)\d{4}${AFTER}`,
  "g",
);
/** PERSONNUMMER_WRITTEN's separators: where its matches are, searched from a rarer character. */
const PERSONNUMMER_SEPARATOR = regex(
  raw`[-+](?<=(?<![\w.:/+-]|\d[ -])(?:\d{6}[-+]|1[89]\d{6}-))\d{4}${AFTER}`,
  "g",
);
const PERSONNUMMER_AT = regex(PERSONNUMMER_WRITTEN.source, "y");

/**
 * The matches of PERSONNUMMER_WRITTEN on `line`, found at their separator (a search tried at every
 * digit of a line of numbers costs about seven times as much), each read back from its start.
 */
const findWrittenPersonnummer = (line: string): Candidate[] => {
  const found: Candidate[] = [];
  for (const m of line.matchAll(PERSONNUMMER_SEPARATOR)) {
    for (const start of [m.index - 8, m.index - 6]) {
      if (start < 0) continue;
      PERSONNUMMER_AT.lastIndex = start;
      const whole = PERSONNUMMER_AT.exec(line);
      if (whole !== null) {
        found.push({ start, end: start + whole[0].length });
        break;
      }
    }
  }
  return found;
};

export const buildDetectors = once((): Detector[] => [
  /**
   * Chinese resident identity number: 18 characters, region code, birth date YYYYMMDD and an ISO
   * 7064 MOD 11-2 check character (X for 10), after 身份证 / id card / resident id.
   */
  pii(
    "cn-resident-id",
    nameKeywords(CHINA_RESIDENT_ID),
    afterName(CHINA_RESIDENT_ID, raw`[1-8]\d{16}[\dXx]`),
    (value) => chinaResidentIdValid(value.toUpperCase()),
  ),
  /**
   * Belgian national number (rijksregisternummer / INSZ / NISS): YYMMDD, sequence and a mod-97
   * check, plain or as YY.MM.DD-SSS.CC, after a word that names it.
   */
  pii(
    "be-national-number",
    [
      "rijksregister",
      ...phraseKeywords(["registre national", "national number", "national register"]),
      "insz",
      "niss",
      // `NN` alone is in many words (`connection`, `spinner`): only as a key before its value.
      "nn ",
      "nn:",
      "nn=",
      'nn"',
    ],
    afterNameAnyCase(
      BELGIUM_NATIONAL_NUMBER,
      raw`\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}\.?\d{2}`,
    ),
    (value) => belgiumNationalNumberValid(compact(value)),
  ),
  /**
   * Finnish personal identity code (henkilötunnus) in its usual layout DDMMYY-NNNC (`+` for the
   * 1800s), its check character a letter or a digit: a valid date, individual number and mod-31
   * check.
   */
  pii(
    "fi-hetu",
    NUMBER_RUN,
    regex(
      raw`${numberStart("\\d", false)}\d{5}[-+]\d{3}[0-9A-FHJ-NPR-Y]${ALONE_AFTER}`,
      "g",
    ),
    finlandHetuValid,
    // Starts at a number-run start: a digit no letter, digit or `_ . : / + -` precedes, then 9 digits
    // with one `-` or `+` between.
    RUN_START,
  ),
  /**
   * Finnish personal identity code with the century letter written since 2023, U–Y for the 1900s
   * and A–F for the 2000s (`140387Y123V`), in capitals, with no word naming it: the letter between
   * a valid date and the individual number, and the mod-31 check, leave few other tokens.
   */
  pii(
    "fi-hetu-century-letter",
    // Six digits, a capital, three digits and a check character, at a token's start (looked at
    // from its first digit: a digit first, the search skips to digits, 2.5 times as fast).
    "hetu-letter",
    /\d(?<![A-Za-z0-9]\d)\d{5}[A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![A-Za-z0-9])/g,
    finlandHetuValid,
    // Starts with its six digits, which no letter or digit precedes.
    NEAR_DIGIT_RUN,
  ),
  /**
   * Finnish personal identity code in any century form (`-`, `+`, A–F, U–Y) with a digit or letter
   * check character, right after a word such as HETU or henkilötunnus.
   */
  inContext(
    "fi-hetu-in-context",
    ["hetu", "tunnus", "sotu", "personbet", "personal", "finnish"],
    regex(
      raw`${
        numberStartAfterIs("\\d")
      }\d{5}[-+A-FU-Ya-fu-y]\d{3}[0-9A-FHJ-NPR-Ya-fhj-npr-y]${ALONE_AFTER}`,
      "g",
    ),
    HETU_CONTEXT,
    finlandHetuValid,
    {
      normalize: (value) => value.toUpperCase(),
    },
  ),
  /**
   * Swedish personal identity or coordination number with no word naming it, in its written layout:
   * YYMMDD, `-` (`+` past 100) and four digits, or YYYYMMDD-NNNN for a birth in the 1800s or 1900s
   * (a dated stamp of this century, `20250314-0042`, is more often a build or batch); a valid date
   * (day + 60 for a coordination number) and the Luhn digit. A Swedish organisation number is
   * written as the first layout with `-` (NNNNNN-NNNN, the third digit 2 or more so that it is
   * never a birth month, and the Luhn digit): a sole trader's is the owner's personnummer.
   */
  pii(
    "se-personnummer-alone",
    NUMBER_RUN,
    PERSONNUMMER_WRITTEN,
    (value) => {
      const digits = value.replace(/[-+]/, "");
      return swedenPersonnummerValid(digits) || value[6] === "-" && swedenOrgNumberValid(digits);
    },
    {
      // The same matches, found from their separator (findWrittenPersonnummer).
      find: findWrittenPersonnummer,
    },
  ),
  /**
   * Swedish personal identity or coordination number (personnummer, samordningsnummer): YYMMDD or
   * YYYYMMDD, `-`/`+` or nothing, three digits and a Luhn check digit, after a word that names it.
   */
  inContext(
    "se-personnummer",
    [
      "personn",
      "person_nr",
      "person-nr",
      "person nr",
      "samordning",
      "pnr",
      "p-nr",
      "personal",
      "swedish",
    ],
    // Its digit may be glued to the `is` after its name (`swedish id code is19900305…`), so it
    // does not always start at a number-run start: no reach of AT_NUMBER_RUN.
    regex(`${numberStartAfterIs("\\d")}(?:\\d{7}|\\d{5})[-+]?\\d{4}${AFTER}`, "g"),
    namedRightBefore(
      "personnummer|person nr|samordningsnummer|pnr|p-nr|personal number|personal id number|personal identity code|swedish id|swedish id code"
        .split("|"),
    ),
    swedenPersonnummerValid,
    // A match kept starts at most 56 (its context's window) after one of its keywords, which each
    // name holds; none starts inside another (a digit or `-`/`+` precedes each of its places).
    { reach: within(0, 56) },
  ),
  /**
   * Swedish personnummer with the words naming it after it, as a Swede writes of their own or
   * another's (`<number> är mitt pnr`, `… är hans personnummer`): YYMMDD or YYYYMMDD, `-`/`+` or
   * nothing, four digits, a valid date and the Luhn digit, then `är` or `var`, a possessive
   * (mitt, ditt, hans, hennes, sitt, vårt, ert) and the number's name. The words after it name
   * it, so a number after a space is read whatever comes before (`worker-3 <number> är mitt pnr`).
   */
  pii(
    "se-personnummer-named-after",
    ["pnr", "p-nr", "personn", "samordning"],
    regex(
      raw`(?<secret>\d(?<![\w./+-]\d)(?:\d{7}|\d{5})[-+]?\d{4}) (?:är|var) (?:mitt|ditt|hans|hennes|sitt|vårt|ert) (?:pnr|p-nr|personnummer|personnr|samordningsnummer)(?![\p{L}\d])`,
      "dgiu",
    ),
    ofDigits(swedenPersonnummerValid),
  ),
  /**
   * Korean resident or foreigner registration number written YYMMDD-SNNNNNN: a valid birth date and
   * a sex-and-century digit 1–8 (numbers since October 2020 carry no check digit).
   */
  pii(
    "kr-rrn",
    NUMBER_RUN,
    numberPattern("\\d", raw`\d{5}-[1-8]\d{6}`, false),
    ofDigits(koreaIdValid),
    // Starts at a number-run start: a digit no letter, digit or `_ . : / + -` precedes, then 13 digits
    // with one `-` between.
    RUN_START,
  ),
  /**
   * Korean resident or foreigner registration number as 13 plain digits (or with a space), valid
   * birth date and sex digit, after RRN / FRN / resident registration.
   */
  inContext(
    "kr-rrn-in-context",
    // 번호: the number of every Korean name.
    ["rrn", "frn", "registration", "\ubc88\ud638"],
    numberPattern("\\d", raw`\d{5}[ -]?\d{7}`),
    KOREA_NAME,
    koreaIdValid,
    RUN_START, // 13 digits
  ),
  /**
   * Turkish identity number (T.C. Kimlik No): eleven digits, no leading 0, both check digits right,
   * after TCKN / T.C. Kimlik / kimlik no, or kişi (person: `birinci kişi: …`).
   */
  inContext(
    "tr-tckn",
    ["tckn", "kimlik", "tc no", "tc_no", "tcno", "t.c.", "vatanda", "turkish", "kişi"],
    numberPattern("\\d", raw`\d{10}`),
    /tckn|kimlik|(?<![a-z])t\.?c\.?[ _-]?(?:no|kimlik)|t\.c\.|vatanda[sş]|turkish[ _-]?id|kişi/i,
    turkeyTcknValid,
    RUN_START, // 11 digits
  ),
  /**
   * Singapore NRIC / FIN: S, T, F, G or M, seven digits and the series' check letter, after NRIC /
   * FIN / UIN / IC no.
   */
  inContext(
    "sg-nric-fin",
    // `fin` and `uin` as keys only: the bare words are in `finished`, `final`, `suint`.
    'nric|fin"|fin:|fin=|fin |fin#|fin_|fin>|uin"|uin:|uin=|ic no|ic_no|ic num|identity'.split("|"),
    regex(raw`${ALONE_BEFORE}[STFGMstfgm]\d{7}[A-Za-z]${ALONE_AFTER}`, "g"),
    /nric|(?<![a-z])(?:fin|uin)(?![a-z])|(?<![a-z])ic[ _-]?(?:no|number)|identity[ _-]?card/i,
    singaporeNricValid,
    COMPACT_VALUE,
  ),
  /**
   * Thai national identification number in its printed layout N-NNNN-NNNNN-NN-N: thirteen digits,
   * the first 1–8, mod-11 check digit.
   */
  pii(
    "th-tnin",
    NUMBER_RUN,
    numberPattern("[1-8]", raw`(?<sep>[- ])\d{4}\k<sep>\d{5}\k<sep>\d{2}\k<sep>\d`, false),
    ofDigits(thailandTninValid),
    // Starts at a number-run start: a digit no letter, digit or `_ . : / + -` precedes, then 13 digits
    // joined by single `-` or spaces.
    RUN_START,
  ),
  /**
   * Thai national identification number as thirteen plain digits with its mod-11 check digit, after
   * TNIN / Thai ID / national id / citizen id.
   */
  inContext(
    "th-tnin-in-context",
    nameKeywords(TNIN_NAMES),
    numberPattern("[1-8]", raw`\d{12}`),
    TNIN_NAME,
    thailandTninValid,
    RUN_START, // 13 digits
  ),
  /**
   * South African identity number: YYMMDD, four digits, citizenship 0–2, the 8 or 9 every issued
   * number has next (any other digit there makes it a 13-digit epoch in milliseconds or an id
   * whose first six digits read as a date: `1705102374009`, 12 January 2024) and a Luhn check
   * digit, plain or as 6-4-3.
   */
  pii(
    "za-id-number",
    NUMBER_RUN,
    numberPattern("\\d", raw`\d{5}(?:\d{5}[89]\d| \d{4} \d[89]\d|-\d{4}-\d[89]\d)`, false),
    ofDigits(southAfricaIdValid),
    // Starts at a number-run start: a digit no letter, digit or `_ . : / + -` precedes, then 13 digits
    // joined by single spaces or `-`.
    RUN_START,
  ),
  /**
   * German identity card (Personalausweis) document number: nine characters of 0–9 and the
   * consonants the card uses, the first a letter, maybe with its ICAO check digit, after Ausweis /
   * ID card.
   */
  inContext(
    "de-id-card",
    ["ausweis", "id card", "id_card", "idcard", "id-card", "identity"],
    regex(
      raw`${ALONE_BEFORE}[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}\d?${ALONE_AFTER}`,
      "g",
    ),
    namedRightBefore("personalausweis|ausweis|ausweisnummer|id card|identity card".split("|")),
    germanyIdCardValid,
    {
      normalize: (value) => value,
    },
  ),
  /**
   * US Medicare Beneficiary Identifier (CMS layout: eleven characters, digits and letters in fixed
   * places, no S L O I B Z), plain or dashed 4-3-4, after MBI / Medicare / beneficiary /
   * subscriber (FHIR Coverage's `subscriberId`).
   */
  inContext(
    "us-mbi",
    ["mbi", "medicare", "beneficiary", "subscriber"],
    regex(
      raw`${ALONE_BEFORE}[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}${ALONE_AFTER}`,
      "g",
    ),
    /(?<![a-z])mbi|medicare|beneficiary|subscriber/i,
    usMbiValid,
    // A match kept starts at most 56 (its context's window) after one of its keywords, the
    // context's words; none starts inside another (a dash in one comes before a letter).
    { ...COMPACT_VALUE, reach: within(0, 56) },
  ),
  /**
   * US Medicare Beneficiary Identifier in the 4-3-4 layout CMS prints it in (`1EG4-TE5-MK73`), with
   * no word naming it: eleven characters each of its own class, no S L O I B Z, and two dashes.
   */
  pii(
    "us-mbi-dashed",
    // Its 4-3-4 groups, at a token's start (the shape lets any of number-run's separators join them).
    "mbi-grouped",
    /(?<![a-z\d-])[1-9][a-z][a-z\d]\d-[a-z][a-z\d]\d-[a-z]{2}\d\d(?![a-z\d-])/gi,
    (value) => usMbiValid(compact(value)),
  ),
  /**
   * Australian Medicare card number: ten digits (4-5-1), the first 2–6, a weighted check digit and
   * the issue number, maybe with the individual reference number, after the word Medicare.
   */
  inContext(
    "au-medicare",
    ["medicare"],
    numberPattern("[2-6]", raw`\d{3}[ -]?\d{5}[ -]?\d(?:[ /-]?[1-9])?`),
    namedRightBefore(["medicare", "medicare card"]),
    australiaMedicareValid,
    RUN_START, // 10 digits or more
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
