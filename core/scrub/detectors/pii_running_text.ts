/**
 * Personal data in running text, with no key naming it: a person's name after a title (`Mr.`,
 * `Dr`, `Ms`) or words that introduce one (`my name is`, `everyone calls me`). A name has no
 * layout of its own, so each form is gated on such a word and on a name's shape (capitalised
 * words, not `The`).
 */
import { raw } from "./raw.ts";
import { regex } from "./regex.ts";
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";

/** A capitalised name word: `Maeve`, `O'Sullivan`, `McAllister`, `Pierre-Louis`, `Sørensen`. */
const WORD = raw`(?:Ma?c|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Keywords: every match holds one of these, ` name` or `call` (the prefilter ignores case). */
const WORDS = "mr|ms.|ms |dr".split("|");

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * A person's name in prose: one to three capitalised words (a middle initial, particles such as
   * `van der` before a surname) after a title (`Dr. Oskar Zhang`, `Mrs Lund`, `Ms. Maeve`) or
   * words that introduce one (a word and `name`: `My name is`, `What's your last name?`, `her
   * maiden name is`, `my partner's name`; `everyone calls me`, `was called`).
   */
  pii(
    "person-name-in-prose",
    // A title wakes it only as a word of its own, as `\b` has it.
    { keywords: [...WORDS, " name", "call"], atWordStart: WORDS },
    regex(
      raw`\b(?:[HMY]?[a-z]+ name(?: is|\?)?|calls? me|was called|(?:M(?:rs?|s)|Dr)\.?) (?!The\b)(?<secret>${WORD}(?: \p{Lu}\.)?(?: (?:(?:van|de[rn]?|d[aiu]) ){0,2}${WORD}){0,2})(?![\p{L}'-])`,
      "dgu",
    ),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
