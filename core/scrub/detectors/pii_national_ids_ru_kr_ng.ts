/**
 * Russian taxpayer and pension numbers (ИНН, СНИЛС), the Korean business registration number
 * (사업자등록번호) and the Nigerian national identification number (NIN). Each is common digits, so
 * each is masked only right after a word that names it, and (all but the NIN, which has no
 * public check digit) only when its check digits hold.
 */
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import { afterNameAnyCase, afterWordAnyCase, ofDigits } from "./pii_context.ts";
import { repeatedDigit } from "../checksums/digits.ts";
import { koreaBrnValid, russiaInnValid, russiaSnilsValid } from "../checksums/russia_korea_ids.ts";

/** Names of the Russian taxpayer number, each also a keyword of ru-inn. */
const INN_NAMES = ["инн", "inn"];

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /** Russian taxpayer number (ИНН): ten digits (an organisation) or twelve (a person). */
  pii(
    "ru-inn",
    // afterWordAnyCase: no letter or digit before `inn`.
    { keywords: INN_NAMES, atWordStart: ["inn"] },
    afterWordAnyCase(INN_NAMES, "\\d{12}|\\d{10}"),
    russiaInnValid,
  ),
  /** Russian pension insurance number (СНИЛС): 123-456-789 01, spaced or plain. */
  pii(
    "ru-snils",
    ["снилс", "snils"],
    afterNameAnyCase(["снилс", "snils"], "\\d{3}[ -]?\\d{3}[ -]?\\d{3}[ -]?\\d{2}"),
    ofDigits(russiaSnilsValid),
  ),
  /** Korean business registration number (사업자등록번호): 123-45-67890 or plain. */
  pii(
    "kr-brn",
    // afterWordAnyCase: no letter or digit before `brn`.
    {
      keywords: ["brn", "사업자", ...phraseKeywords(["business registration"])],
      atWordStart: ["brn"],
    },
    afterWordAnyCase(
      ["brn", "사업자등록번호", "사업자번호", "business registration"],
      "\\d{3}-?\\d{2}-?\\d{5}",
    ),
    ofDigits(koreaBrnValid),
  ),
  /** Nigerian national identification number (NIN): eleven digits. */
  pii(
    "ng-nin",
    // afterWordAnyCase: no letter or digit before `nin`.
    {
      keywords: ["nin", ...phraseKeywords(["national identification", "national identity"])],
      atWordStart: ["nin"],
    },
    afterWordAnyCase(
      ["nin", "national identification number", "national identity number"],
      "\\d{11}",
    ),
    (value) => !repeatedDigit(value),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
