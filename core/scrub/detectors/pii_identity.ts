/**
 * National identity numbers, each confirmed by its check digit or structure rule and, where
 * a checksum alone would pass too many random numbers, by a context word before it.
 */
import type { Detector } from "../detector.ts";
import {
  aadhaarValid,
  australiaTfnValid,
  bsnValid,
  canadaSinValid,
  cpfValid,
  franceNirValid,
  italyCodiceFiscaleValid,
  nhsNumberValid,
  peselValid,
  spainDniNieValid,
  steuerIdValid,
  ukNinoValid,
  usSsnValid,
} from "../checksums/national_ids.ts";
import { digitsOf, hasContextBefore } from "./value_checks.ts";
import {
  AFTER,
  compact,
  grouped,
  inContext,
  namedRightBefore,
  numberStart,
} from "./pii_context.ts";

/** `ssn:`, `"applicant_ssn": "`, `SocialSecurity=`, `Social Security No. `, `SS# ` right before the number. */
const SSN_NAME = namedRightBefore(["ssn", "social security", "ss#", "ss no"]);
/** Anywhere on the line, as keywords would be. */
const CODICE_FISCALE_CONTEXT = /fiscal|codice|cf|c\.f\.|tax[ _-]?code/i;
const AADHAAR_CONTEXT = /aadhaa?r|uidai/i;
const DNI_CONTEXT = /dni|nie|nif|documento|identidad/i;
/** `PAN`, `pan_number`, `"pan_no":"`: the Indian tax card's name right before its value. */
const PAN_CONTEXT = /(?<![a-z])pan(?:[ _-]?(?:no|num|number|card))?["']?\s{0,2}[:=]?\s{0,2}["']?$/i;
const NIR_CONTEXT = /(?<![a-z])(?:nir|s[eé]cu)(?![a-z])|sociale|insee/i;

export const detectors: Detector[] = [
  {
    id: "us-ssn",
    description:
      "US Social Security number written AAA-GG-SSSS or AAA.GG.SSSS, with a valid area, group and serial (no 000, 666, 9xx, 00, 0000); the layout alone names it.",
    kind: "pii",
    prefilter: { shape: "number-run" },
    pattern: new RegExp(
      String.raw`${numberStart("\\d", false)}\d{2}(?<sep>[-.])\d{2}\k<sep>\d{4}${AFTER}`,
      "g",
    ),
    validate: (value) => usSsnValid(digitsOf(value)),
    examples: {
      positive: [
        { text: "applicant ssn=536-90-4399 verified", secret: "536-90-4399" },
        { text: "ssn=078-05-1120 (the published sample card)", secret: "078-05-1120" },
        { text: "applicant 078.05.1123 on file", secret: "078.05.1123" },
      ],
      negative: [
        "ref 666-12-3456 and 900-12-3456 rejected",
        "pid 212091234 exited with 0",
        "order 536 90 4399 shipped",
        "host 10.123.45.6789",
        "2025-06-01 12:30:45,123 - INFO took 123-45-67890",
        "mixed 693-09.4444 separators",
      ],
    },
  },
  {
    id: "us-ssn-in-context",
    description:
      "US Social Security number in any layout (plain nine digits, spaced, dashed), valid area, group and serial, right after an SSN context word (`ssn:536904399`, `social security no. 212 09 1234`).",
    kind: "pii",
    prefilter: { keywords: ["ssn", "social", "ss#", "ss no"] },
    pattern: new RegExp(
      String.raw`${numberStart("\\d")}\d{2}(?<sep>[-. ]?)\d{2}\k<sep>\d{4}${AFTER}`,
      "g",
    ),
    validate: (value, line, index) =>
      usSsnValid(digitsOf(value)) && hasContextBefore(line, index, SSN_NAME),
    examples: {
      positive: [
        { text: '{"social_security_number":"212 09 1234"} SSN on file', secret: "212 09 1234" },
        { text: "SSN: 212091234", secret: "212091234" },
        { text: "ssn:536904399", secret: "536904399" },
        { text: '{"applicant_ssn":536904399}', secret: "536904399" },
        { text: "SS# 536-90-4399", secret: "536-90-4399" },
        { text: "user=4411 SocialSecurity=078 05 1123 state=NY", secret: "078 05 1123" },
      ],
      negative: [
        "ssn lookup took 536904399 ns",
        "SSN: 666904399 invalid area",
        "ssn: 536-00-4399 has no group",
        "order 536904399 shipped, ssn pending",
        "ssn_hash=5369043991",
      ],
    },
  },
  {
    id: "us-itin",
    description:
      "US Individual Taxpayer Identification Number: 9AA-GG-SSSS with group 50–65, 70–88, 90–92 or 94–99 (IRS), after ITIN / taxpayer / TIN.",
    kind: "pii",
    prefilter: { keywords: ["itin", "taxpayer", "tin"] },
    pattern: new RegExp(
      String.raw`${numberStart("9")}\d{2}(?<sep>[- ]?)\d{2}\k<sep>\d{4}${AFTER}`,
      "g",
    ),
    validate: (value, line, index) =>
      /^9\d\d(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])\d{4}$/.test(digitsOf(value)) &&
      hasContextBefore(line, index, /\bitin\b|taxpayer|\btin\b/i),
    examples: {
      positive: [
        { text: "payee ITIN 912-70-1234 on W-7", secret: "912-70-1234" },
        { text: '{"taxpayer_id":"999881234"}', secret: "999881234" },
      ],
      negative: [
        "payee ITIN 912-93-1234 invalid group",
        "order 912-70-1234 (tin: n/a)",
        "order 912-70-1234",
      ],
    },
  },
  {
    id: "uk-nino",
    description:
      "UK National Insurance number: two allowed prefix letters, six digits, suffix A–D (HMRC allocation rules), with or without spaces.",
    kind: "pii",
    prefilter: { keywords: ["nino", "insurance", "ni_n", "ni n", "ni-n"] },
    pattern: /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g,
    validate: (value) => ukNinoValid(compact(value)),
    examples: {
      positive: [
        { text: "claimant NINO AB123456C updated", secret: "AB123456C" },
        { text: '{"ni_number":"JG 10 37 59 A"}', secret: "JG 10 37 59 A" },
      ],
      negative: [
        "NINO GB123456A is not allocated",
        "build DA123456C failed",
        "region EU123456E pending",
      ],
    },
  },
  {
    id: "es-dni-nie",
    description:
      "Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), the letter being the number mod 23; dashes and lower case accepted, right after DNI / NIE / NIF.",
    kind: "pii",
    prefilter: { keywords: ["dni", "nie", "nif", "documento"] },
    pattern: /(?<![A-Za-z0-9-])(?:[XYZxyz]-?\d|\d{2})\d{6}[ -]?[A-Za-z](?![A-Za-z0-9])/g,
    validate: (value, line, index) =>
      spainDniNieValid(compact(value)) && hasContextBefore(line, index, DNI_CONTEXT, 20),
    examples: {
      positive: [
        { text: "cliente DNI 12345678Z registrado", secret: "12345678Z" },
        { text: '{"nie":"X1234567L"}', secret: "X1234567L" },
        { text: "cliente DNI 12345678-Z registrado", secret: "12345678-Z" },
        { text: "NIE: X-1234567-L", secret: "X-1234567-L" },
        { text: "nif=12345678z", secret: "12345678z" },
      ],
      negative: [
        "cliente DNI 12345678A registrado",
        "ts=20250601Z",
        "commit 1234567F",
        "12345678Z shipped, dni pending",
        "dni pending for order 12345678Z",
        "convenient cache 0012345678-z",
      ],
    },
  },
  {
    id: "it-codice-fiscale",
    description:
      "Italian codice fiscale: 16 characters in the official layout, the last a check letter, on a line that says fiscal, codice or cf.",
    kind: "pii",
    // The context words are checked per match, not as keywords: `cf` is in every other hex id.
    prefilter: {
      filter: /[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]/,
    },
    pattern:
      /[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{5}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])/g,
    validate: (value, line) => CODICE_FISCALE_CONTEXT.test(line) && italyCodiceFiscaleValid(value),
    examples: {
      positive: [
        { text: "codice fiscale RSSMRA85T10A562S verificato", secret: "RSSMRA85T10A562S" },
        { text: '{"cf":"MRTMTT91D08F205J"}', secret: "MRTMTT91D08F205J" },
        { text: "INFO C.F. RSSMRA85T10A562S (request 22fa)", secret: "RSSMRA85T10A562S" },
      ],
      negative: [
        "codice RSSMRA85T10A562T errato",
        "ABCDEF12G34H567I",
        "job KAFKAC01A01B012Z",
        "ticket RSSMRA85T10A562S closed",
      ],
    },
  },
  {
    id: "in-aadhaar",
    description:
      "Indian Aadhaar number: 12 digits not starting with 0/1, Verhoeff check digit; grouped 4-4-4, or plain after an Aadhaar context word.",
    kind: "pii",
    prefilter: { keywords: ["aadhaar", "aadhar", "uidai"] },
    pattern: new RegExp(
      String.raw`${numberStart("[2-9]")}\d{3}(?<sep>[ -]?)\d{4}\k<sep>\d{4}${AFTER}`,
      "g",
    ),
    validate: (value, line, index) =>
      aadhaarValid(digitsOf(value)) &&
      (/[ -]/.test(value) || hasContextBefore(line, index, AADHAAR_CONTEXT)),
    examples: {
      positive: [
        { text: "kyc aadhaar=2341 2341 2346 ok", secret: "2341 2341 2346" },
        { text: "Aadhaar no: 234123412346", secret: "234123412346" },
      ],
      negative: [
        "card 4111 1111 1111 1111 declined",
        "id 234123412346 created",
        "kyc aadhaar=2341 2341 2347 rejected",
      ],
    },
  },
  inContext({
    id: "uk-nhs-number",
    description:
      "UK NHS number: 10 digits (3-3-4) with the mod-11 check digit, after the word NHS.",
    prefilter: { keywords: ["nhs"] },
    pattern: grouped(3, 3, 4),
    context: /nhs/i,
    valid: nhsNumberValid,
    examples: {
      positive: [
        { text: "patient NHS number 943 476 5919 admitted", secret: "943 476 5919" },
        { text: '{"nhs_no":"9434765919"}', secret: "9434765919" },
      ],
      negative: [
        "NHS number 943 476 5918 invalid",
        "patient 943 476 5919 admitted",
        "nhs trust 1234567890",
      ],
    },
  }),
  inContext({
    id: "pl-pesel",
    description:
      "Polish PESEL: 11 digits with a birth month and the 1-3-7-9 weighted check digit, after the word PESEL.",
    prefilter: { keywords: ["pesel"] },
    pattern: grouped(11),
    context: /pesel/i,
    valid: peselValid,
    examples: {
      positive: [
        { text: "PESEL: 44051401359", secret: "44051401359" },
        { text: '{"pesel":"02070803628"}', secret: "02070803628" },
      ],
      negative: ["PESEL: 44051401358", "pid 44051401359", "pesel field missing"],
    },
  }),
  {
    id: "br-cpf",
    description:
      "Brazilian CPF: 11 digits with two mod-11 check digits; in its written layout 000.000.000-00 anywhere, as 11 plain digits after the word CPF.",
    kind: "pii",
    // The layout is found by line shape; plain digits are confirmed by the context word.
    prefilter: { shape: "number-run" },
    pattern: new RegExp(
      String.raw`${
        numberStart("\\d", false)
      }(?:\d{2}\.\d{3}\.\d{3}-\d{2}|\d{10})(?![\w:/]|[.-]?\d)`,
      "g",
    ),
    validate: (value, line, index) =>
      cpfValid(digitsOf(value)) && (value.includes("-") || hasContextBefore(line, index, /cpf/i)),
    examples: {
      positive: [
        { text: "cliente CPF 529.982.247-25 cadastrado", secret: "529.982.247-25" },
        { text: '{"cpf":"11144477735"}', secret: "11144477735" },
        { text: "cadastro 529.982.247-25 aprovado", secret: "529.982.247-25" },
      ],
      negative: [
        "CPF 529.982.247-26 inválido",
        "CPF 111.111.111-11",
        "pedido 52998224725",
        "version 529.982.247-25.1 and build 1.529.982.247-25",
      ],
    },
  },
  inContext({
    id: "nl-bsn",
    description:
      "Dutch BSN (burgerservicenummer): 9 digits (plain, 3-3-3 or 4.2.3) passing the 11-test, after the word BSN.",
    prefilter: { keywords: ["bsn", "burgerservicenummer"] },
    pattern: new RegExp(
      String.raw`${numberStart("\\d")}(?:\d{8}|\d{2} \d{3} \d{3}|\d{3}\.\d{2}\.\d{3})${AFTER}`,
      "g",
    ),
    context: /bsn|burgerservicenummer/i,
    valid: bsnValid,
    examples: {
      positive: [
        { text: "klant BSN 111222333 geregistreerd", secret: "111222333" },
        { text: '{"burgerservicenummer":"123456782"}', secret: "123456782" },
        { text: "klant bsn: 111 222 333", secret: "111 222 333" },
        { text: '{"burgerservicenummer":111222333}', secret: "111222333" },
        { text: "BSN 1112.22.333 geregistreerd", secret: "1112.22.333" },
      ],
      negative: [
        "BSN 111222334 ongeldig",
        "order 111222333",
        "bsn ontbreekt",
        "bsn batch 111 222 333 444",
      ],
    },
  }),
  inContext({
    id: "de-steuer-id",
    description:
      "German tax id (Steuerliche Identifikationsnummer): 11 digits, one digit repeated, ISO 7064 MOD 11,10 check digit, after a tax-id context word.",
    prefilter: { keywords: ["steuer", "idnr", "identifikationsnummer", "tax"] },
    pattern: grouped(2, 3, 3, 3),
    context: /steuer|idnr|identifikationsnummer|tax[ _-]?id/i,
    valid: steuerIdValid,
    examples: {
      positive: [
        { text: "Steuer-ID 86 095 742 719 gespeichert", secret: "86 095 742 719" },
        { text: '{"tax_id":"65929970489"}', secret: "65929970489" },
      ],
      negative: ["Steuer-ID 86 095 742 718 ungültig", "taxonomy 86095742719", "idnr fehlt"],
    },
  }),
  inContext({
    id: "au-tfn",
    description:
      "Australian tax file number: 9 digits whose weighted sum is a multiple of 11, after TFN / tax file.",
    prefilter: { keywords: ["tfn", "tax file", "tax_file", "tax-file", "taxfile"] },
    pattern: grouped(3, 3, 3),
    context: /tfn|tax[ _-]?file/i,
    valid: australiaTfnValid,
    examples: {
      positive: [
        { text: "employee TFN 123 456 782 lodged", secret: "123 456 782" },
        { text: '{"tfn":"876543210"}', secret: "876543210" },
        { text: "tax_file_number=123 456 782 saved", secret: "123 456 782" },
      ],
      negative: ["TFN 123 456 781 rejected", "employee 123 456 782", "tfn not supplied"],
    },
  }),
  inContext({
    id: "ca-sin",
    description:
      "Canadian social insurance number: 9 digits, Luhn-valid, after SIN / social insurance.",
    prefilter: { keywords: ["sin", "social insurance", "social_insurance", "social-insurance"] },
    pattern: grouped(3, 3, 3),
    context: /(?<![a-z])sin(?![a-z])|social[ _-]?insurance/i,
    valid: canadaSinValid,
    examples: {
      positive: [
        { text: "employee SIN 046 454 286 on file", secret: "046 454 286" },
        { text: "social insurance number: 130-692-544", secret: "130-692-544" },
        { text: 'social_insurance_number="046 454 286"', secret: "046 454 286" },
        { text: '{"customer_sin":130692544}', secret: "130692544" },
      ],
      negative: ["SIN 046 454 287 invalid", "using 046 454 286 retries", "since 130692544 ms"],
    },
  }),
  {
    id: "in-pan",
    description:
      "Indian Permanent Account Number: five letters (the fourth the holder type, e.g. P for a person), four digits and a letter (Income Tax Department layout), right after the word PAN.",
    kind: "pii",
    // Not `pan` alone: every `span_id` holds it.
    prefilter: {
      keywords: ["pan ", "pan:", "pan=", 'pan"', "pan'", "pan_no", "pan_num", "pan_card", "pan-"],
    },
    pattern: /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/g,
    validate: (_value, line, index) => hasContextBefore(line, index, PAN_CONTEXT, 24),
    examples: {
      positive: [
        { text: "kyc PAN ABCPE1234F linked", secret: "ABCPE1234F" },
        { text: '{"pan_number":"AAACB1234C","status":"ok"}', secret: "AAACB1234C" },
      ],
      negative: [
        "kyc PAN ABCDE1234F linked",
        "span ABCPE1234F closed",
        "pan: none, job ABCPE1234F queued",
      ],
    },
  },
  {
    id: "fr-nir",
    description:
      "French social security number (NIR): sex, birth year and month, department (2A/2B), commune, order and the mod-97 key, 15 characters plain or grouped 1 2 2 2 3 3 2, after NIR / sécurité sociale / INSEE.",
    kind: "pii",
    prefilter: { keywords: ["nir", "sociale", "secu", "insee"] },
    pattern: new RegExp(
      String
        .raw`${numberStart("[1-478]")} ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}${AFTER}`,
      "g",
    ),
    validate: (value, line, index) =>
      franceNirValid(compact(value)) && hasContextBefore(line, index, NIR_CONTEXT),
    examples: {
      positive: [
        {
          text: "numero de securite sociale 1 85 05 78 006 084 91",
          secret: "1 85 05 78 006 084 91",
        },
        { text: '{"nir":"269052A12345688"}', secret: "269052A12345688" },
      ],
      negative: [
        "numero de securite sociale 1 85 05 78 006 084 36",
        "order 185057800608491 shipped",
        "nir batch 1 85 05 78 006 084 91 22",
      ],
    },
  },
];
