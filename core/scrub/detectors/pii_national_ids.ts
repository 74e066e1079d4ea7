/**
 * National identity numbers of Finland, Sweden, Korea, Turkey, Singapore, Thailand, South Africa,
 * Germany (identity card) and the US health identifiers (MBI), each confirmed by its check digit
 * or structure. A layout specific enough to name the number alone (`131052-308T`,
 * `800101-1234567`, `1-2345-67890-12-1`) is masked wherever it occurs; any other layout only
 * right after a word that names the number.
 */
import type { Detector } from "../detector.ts";
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
import {
  AFTER,
  afterName,
  afterNameAnyCase,
  compact,
  inContext,
  namedRightBefore,
  numberStart,
} from "./pii_context.ts";
import { digitsOf } from "./value_checks.ts";

/** A letter or digit may not continue the value on either side. */
const ALONE_BEFORE = "(?<![A-Za-z0-9])";
const ALONE_AFTER = "(?![A-Za-z0-9])";

const HETU_CONTEXT =
  /hetu|henkil[oö]tunnus|sotu|personbeteckning|(?:personal|finnish)[ _-]?id(?:entity)?[ _-]?(?:code|number)?/i;
const KOREA_NAME = namedRightBefore([
  "rrn",
  "frn",
  "resident registration",
  "foreigner registration",
  "alien registration",
  "주민등록번호",
  "외국인등록번호",
]);
const TNIN_NAME = namedRightBefore([
  "tnin",
  "thai id",
  "thai national id",
  "national id",
  "citizen id",
  "id card",
  "เลขประจำตัวประชาชน",
]);

/** Names of a Chinese resident identity number (居民身份证号码). */
const CHINA_RESIDENT_ID = [
  "身份证",
  "居民身份证",
  "公民身份号码",
  "id card",
  "resident id",
  "resident identity card",
  "resident identity",
];
/** Names of a Belgian national number (rijksregisternummer, INSZ, NISS). */
const BELGIUM_NATIONAL_NUMBER = [
  "rijksregisternummer",
  "rijksregister",
  "registre national",
  "numéro de registre national",
  "national number",
  "national register number",
  "insz",
  "niss",
  "nn",
];

export const detectors: Detector[] = [
  {
    id: "cn-resident-id",
    description:
      "Chinese resident identity number: 18 characters, region code, birth date YYYYMMDD and an ISO 7064 MOD 11-2 check character (X for 10), after 身份证 / id card / resident id.",
    kind: "pii",
    prefilter: {
      keywords: [
        "身份证",
        "身份号码",
        "id card",
        "id_card",
        "idcard",
        "id-card",
        "id.card",
        "resident",
      ],
    },
    pattern: afterName(CHINA_RESIDENT_ID, String.raw`[1-8]\d{16}[\dXx]`),
    validate: (value) => chinaResidentIdValid(value.toUpperCase()),
    examples: {
      positive: [
        { text: "身份证号码：320502197803124610", secret: "320502197803124610" },
        { text: "实名认证 身份证 33010619880517104X 通过", secret: "33010619880517104X" },
        { text: "resident_id=510107199309300070 verified", secret: "510107199309300070" },
        { text: '{"id_card_no":"110105200102298127"}', secret: "110105200102298127" },
      ],
      negative: [
        "身份证号码：320502197803124611",
        "id card scan took 320502197803124610 ns",
        "order 320502197803124610 shipped",
      ],
    },
  },
  {
    id: "be-national-number",
    description:
      "Belgian national number (rijksregisternummer / INSZ / NISS): YYMMDD, sequence and a mod-97 check, plain or as YY.MM.DD-SSS.CC, after a word that names it.",
    kind: "pii",
    prefilter: {
      keywords: [
        "rijksregister",
        "registre national",
        "national number",
        "national register",
        "insz",
        "niss",
        // `NN` alone is in many words (`connection`, `spinner`): only as a key before its value.
        "nn ",
        "nn:",
        "nn=",
        'nn"',
      ],
    },
    pattern: afterNameAnyCase(
      BELGIUM_NATIONAL_NUMBER,
      String.raw`\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}\.?\d{2}`,
    ),
    validate: (value) => belgiumNationalNumberValid(compact(value)),
    examples: {
      positive: [
        { text: "rijksregisternummer 85.07.12-123.90", secret: "85.07.12-123.90" },
        { text: "INSZ: 92041527373", secret: "92041527373" },
        { text: "NISS 01.02.03-045.26 vérifié", secret: "01.02.03-045.26" },
        { text: "national number 85071212390", secret: "85071212390" },
        { text: '{"NN":"85.07.12-123.90"}', secret: "85.07.12-123.90" },
        { text: "NN=92041527373", secret: "92041527373" },
      ],
      negative: [
        "rijksregisternummer 85.07.12-123.91",
        "nn layer 85071212390 weights",
        "connection 85071212390 closed",
      ],
    },
  },
  {
    id: "fi-hetu",
    description:
      "Finnish personal identity code (henkilötunnus) in its usual layout DDMMYY-NNNC (`+` for the 1800s) whose check character is a letter: a valid date, individual number and mod-31 check.",
    kind: "pii",
    prefilter: { shape: "number-run" },
    pattern: new RegExp(
      String.raw`${numberStart("\\d", false)}\d{5}[-+]\d{3}[A-FHJ-NPR-Y]${ALONE_AFTER}`,
      "g",
    ),
    validate: (value) => finlandHetuValid(value),
    examples: {
      positive: [
        { text: "asiakas 131052-308T rekisteröity", secret: "131052-308T" },
        { text: '{"customer":"200821-983F","plan":"basic"}', secret: "200821-983F" },
      ],
      negative: [
        "asiakas 131052-308U (wrong check)",
        "build 320152-308T (no such date)",
        "batch 200821-9830 queued",
      ],
    },
  },
  inContext({
    id: "fi-hetu-in-context",
    description:
      "Finnish personal identity code in any century form (`-`, `+`, A–F, U–Y) with a digit or letter check character, right after a word such as HETU or henkilötunnus.",
    prefilter: { keywords: ["hetu", "tunnus", "sotu", "personbet", "personal"] },
    pattern: new RegExp(
      String
        .raw`${
        numberStart("\\d")
      }\d{5}[-+A-FU-Ya-fu-y]\d{3}[0-9A-FHJ-NPR-Ya-fhj-npr-y]${ALONE_AFTER}`,
      "g",
    ),
    context: HETU_CONTEXT,
    normalize: (value) => value.toUpperCase(),
    valid: finlandHetuValid,
    examples: {
      positive: [
        { text: "hetu=170237-4399 tallennettu", secret: "170237-4399" },
        { text: '{"hetu":"121016F954P"}', secret: "121016F954P" },
        { text: "henkilotunnus: 050734V773K", secret: "050734V773K" },
      ],
      negative: ["hetu=170237-4398 virheellinen", "order 121016F954P shipped", "hetu puuttuu"],
    },
  }),
  inContext({
    id: "se-personnummer",
    description:
      "Swedish personal identity or coordination number (personnummer, samordningsnummer): YYMMDD or YYYYMMDD, `-`/`+` or nothing, three digits and a Luhn check digit, after a word that names it.",
    prefilter: { keywords: ["personn", "samordning", "pnr", "p-nr", "personal", "swedish"] },
    pattern: new RegExp(String.raw`${numberStart("\\d")}(?:\d{7}|\d{5})[-+]?\d{4}${AFTER}`, "g"),
    context: namedRightBefore([
      "personnummer",
      "personnr",
      "samordningsnummer",
      "pnr",
      "p-nr",
      "personal number",
      "personal id number",
      "swedish id",
    ]),
    valid: swedenPersonnummerValid,
    examples: {
      positive: [
        { text: "kund personnummer 811228-9874 verifierad", secret: "811228-9874" },
        { text: '{"pnr":"198112289874"}', secret: "198112289874" },
        { text: "samordningsnummer=7010632391", secret: "7010632391" },
      ],
      negative: [
        "personnummer 811228-9875 ogiltigt",
        "build 20240601-1234 released",
        "pnr saknas, order 8112289874",
      ],
    },
  }),
  {
    id: "kr-rrn",
    description:
      "Korean resident or foreigner registration number written YYMMDD-SNNNNNN: a valid birth date and a sex-and-century digit 1–8 (numbers since October 2020 carry no check digit).",
    kind: "pii",
    prefilter: { shape: "number-run" },
    pattern: new RegExp(String.raw`${numberStart("\\d", false)}\d{5}-[1-8]\d{6}${AFTER}`, "g"),
    validate: (value) => koreaRrnValid(digitsOf(value)) || koreaFrnValid(digitsOf(value)),
    examples: {
      positive: [
        { text: "고객 주민등록번호 690228-4665022 확인", secret: "690228-4665022" },
        { text: '{"rrn":"931123-7394611"}', secret: "931123-7394611" },
      ],
      negative: [
        "ticket 691328-4665022 (no such month)",
        "id 690228-9665022",
        "v2 690228-46650221",
      ],
    },
  },
  inContext({
    id: "kr-rrn-in-context",
    description:
      "Korean resident or foreigner registration number as 13 plain digits (or with a space), valid birth date and sex digit, after RRN / FRN / resident registration.",
    prefilter: { keywords: ["rrn", "frn", "registration"] },
    pattern: new RegExp(String.raw`${numberStart("\\d")}\d{5}[ -]?\d{7}${AFTER}`, "g"),
    context: KOREA_NAME,
    valid: (d) => koreaRrnValid(d) || koreaFrnValid(d),
    examples: {
      positive: [
        { text: "rrn=6807102648263", secret: "6807102648263" },
        { text: "Resident Registration Number: 691010 3522371", secret: "691010 3522371" },
      ],
      negative: [
        "rrn=6813102648263",
        "order 6807102648263 (rrn missing)",
        "rrn lookup 1717200000123",
      ],
    },
  }),
  inContext({
    id: "tr-tckn",
    description:
      "Turkish identity number (T.C. Kimlik No): eleven digits, no leading 0, both check digits right, after TCKN / T.C. Kimlik / kimlik no.",
    prefilter: {
      keywords: ["tckn", "kimlik", "tc no", "tc_no", "tcno", "t.c.", "vatanda", "turkish"],
    },
    pattern: new RegExp(String.raw`${numberStart("\\d")}\d{10}${AFTER}`, "g"),
    context:
      /tckn|kimlik|(?<![a-z])t\.?c\.?[ _-]?(?:no|kimlik)|t\.c\.|vatanda[sş]|turkish[ _-]?id/i,
    valid: turkeyTcknValid,
    examples: {
      positive: [
        { text: "musteri TCKN: 10000000146 dogrulandi", secret: "10000000146" },
        { text: '{"tc_kimlik_no":"46580036428"}', secret: "46580036428" },
        { text: "T.C. Kimlik No 61054264176", secret: "61054264176" },
      ],
      negative: ["TCKN: 10000000147 hatali", "order 46580036428 shipped", "tckn bos"],
    },
  }),
  inContext({
    id: "sg-nric-fin",
    description:
      "Singapore NRIC / FIN: S, T, F, G or M, seven digits and the series' check letter, after NRIC / FIN / UIN / IC no.",
    // `fin` and `uin` as keys only: the bare words are in `finished`, `final`, `suint`.
    prefilter: {
      keywords: [
        "nric",
        'fin"',
        "fin:",
        "fin=",
        "fin ",
        "fin#",
        "fin_",
        "fin>",
        'uin"',
        "uin:",
        "uin=",
        "ic no",
        "ic_no",
        "ic num",
        "identity",
      ],
    },
    pattern: new RegExp(String.raw`${ALONE_BEFORE}[STFGMstfgm]\d{7}[A-Za-z]${ALONE_AFTER}`, "g"),
    context:
      /nric|(?<![a-z])(?:fin|uin)(?![a-z])|(?<![a-z])ic[ _-]?(?:no|number)|identity[ _-]?card/i,
    normalize: (value) => value.toUpperCase(),
    valid: singaporeNricValid,
    examples: {
      positive: [
        { text: "applicant NRIC S2740116C verified", secret: "S2740116C" },
        { text: '{"fin":"G5885141N","pass":"EP"}', secret: "G5885141N" },
        { text: "nric=t7920159b", secret: "t7920159b" },
        { text: "<fin>G5885141N</fin>", secret: "G5885141N" },
      ],
      negative: ["applicant NRIC S2740116D rejected", "job S2740116C done", "final S2740116C"],
    },
  }),
  {
    id: "th-tnin",
    description:
      "Thai national identification number in its printed layout N-NNNN-NNNNN-NN-N: thirteen digits, the first 1–8, mod-11 check digit.",
    kind: "pii",
    prefilter: { shape: "number-run" },
    pattern: new RegExp(
      String.raw`${
        numberStart("[1-8]", false)
      }(?<sep>[- ])\d{4}\k<sep>\d{5}\k<sep>\d{2}\k<sep>\d${AFTER}`,
      "g",
    ),
    validate: (value) => thailandTninValid(digitsOf(value)),
    examples: {
      positive: [
        { text: "ลูกค้า 1-1017-00230-70-8 ยืนยันแล้ว", secret: "1-1017-00230-70-8" },
        { text: "citizen 3 1300 88315 49 9 registered", secret: "3 1300 88315 49 9" },
      ],
      negative: ["ref 1-1017-00230-70-9", "ref 9-1017-00230-70-8", "v 1-1017-00230-70-8-1"],
    },
  },
  inContext({
    id: "th-tnin-in-context",
    description:
      "Thai national identification number as thirteen plain digits with its mod-11 check digit, after TNIN / Thai ID / national id / citizen id.",
    prefilter: { keywords: ["tnin", "thai", "national", "citizen", "id card"] },
    pattern: new RegExp(String.raw`${numberStart("[1-8]")}\d{12}${AFTER}`, "g"),
    context: TNIN_NAME,
    valid: thailandTninValid,
    examples: {
      positive: [
        { text: "thai_id=1101700230708", secret: "1101700230708" },
        { text: '{"national_id":"1176390388648"}', secret: "1176390388648" },
      ],
      negative: ["thai_id=1101700230709", "order 1101700230708", "national id pending"],
    },
  }),
  {
    id: "za-id-number",
    description:
      "South African identity number: YYMMDD, four digits, citizenship 0–2, a digit and a Luhn check digit, plain or as 6-4-3.",
    kind: "pii",
    prefilter: { shape: "number-run" },
    pattern: new RegExp(
      String.raw`${numberStart("\\d", false)}\d{5}(?:\d{7}| \d{4} \d{3}|-\d{4}-\d{3})${AFTER}`,
      "g",
    ),
    validate: (value) => southAfricaIdValid(digitsOf(value)),
    examples: {
      positive: [
        { text: "client id 8001015009087 verified", secret: "8001015009087" },
        { text: "SA ID: 781101 9566 184", secret: "781101 9566 184" },
      ],
      negative: [
        "client 8001015009088 (bad check)",
        "ts 1717200000123 ms",
        "ean 4006381333931 scanned",
      ],
    },
  },
  inContext({
    id: "de-id-card",
    description:
      "German identity card (Personalausweis) document number: nine characters of 0–9 and the consonants the card uses, the first a letter, maybe with its ICAO check digit, after Ausweis / ID card.",
    prefilter: { keywords: ["ausweis", "id card", "id_card", "idcard", "id-card", "identity"] },
    pattern: new RegExp(
      String.raw`${ALONE_BEFORE}[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}\d?${ALONE_AFTER}`,
      "g",
    ),
    context: namedRightBefore([
      "personalausweis",
      "ausweis",
      "ausweisnummer",
      "id card",
      "identity card",
    ]),
    normalize: (value) => value,
    valid: germanyIdCardValid,
    examples: {
      positive: [
        { text: "Personalausweis T220001293 geprüft", secret: "T220001293" },
        { text: '{"id_card_number":"LZ54C54T7"}', secret: "LZ54C54T7" },
      ],
      negative: [
        "Personalausweis T220001294 ungültig",
        "Ausweis CFGHJKLMN fehlt",
        "job T220001293 done",
      ],
    },
  }),
  inContext({
    id: "us-mbi",
    description:
      "US Medicare Beneficiary Identifier (CMS layout: eleven characters, digits and letters in fixed places, no S L O I B Z), plain or dashed 4-3-4, after MBI / Medicare / beneficiary.",
    prefilter: { keywords: ["mbi", "medicare", "beneficiary"] },
    pattern: new RegExp(
      String
        .raw`${ALONE_BEFORE}[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}${ALONE_AFTER}`,
      "g",
    ),
    context: /(?<![a-z])mbi|medicare|beneficiary/i,
    normalize: compact,
    valid: usMbiValid,
    examples: {
      positive: [
        { text: "claim for MBI 1EG4-TE5-MK73 accepted", secret: "1EG4-TE5-MK73" },
        { text: '{"medicare_beneficiary_id":"1EG4TE5MK73"}', secret: "1EG4TE5MK73" },
      ],
      negative: ["MBI 1SG4-TE5-MK73 invalid letter", "claim 1EG4TE5MK73 ok", "mbi missing"],
    },
  }),
  inContext({
    id: "au-medicare",
    description:
      "Australian Medicare card number: ten digits (4-5-1), the first 2–6, a weighted check digit and the issue number, maybe with the individual reference number, after the word Medicare.",
    prefilter: { keywords: ["medicare"] },
    pattern: new RegExp(
      String.raw`${numberStart("[2-6]")}\d{3}[ -]?\d{5}[ -]?\d(?:[ /-]?[1-9])?${AFTER}`,
      "g",
    ),
    context: namedRightBefore(["medicare", "medicare card"]),
    valid: australiaMedicareValid,
    examples: {
      positive: [
        { text: "Medicare card 2123 45670 1 on file", secret: "2123 45670 1" },
        { text: '{"medicare_number":"35876783771"}', secret: "35876783771" },
      ],
      negative: ["Medicare card 2123 45671 1", "order 2123456701", "medicare pending"],
    },
  }),
];
