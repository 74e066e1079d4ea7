/**
 * Personal data in running text, with no key naming it: a person's name after words that
 * introduce one (`my name is`, `Dear`, `Mr.`, `everyone calls me`, `Hi Maeve,`), a ZIP code after
 * `zip code is`. A name has no layout of its own, so each form is gated on such a word and on a
 * name's shape: capitalised words, not a word a greeting or a title is followed by (`Dear
 * Customer`, `Dr. The`).
 */
import { raw } from "./raw.ts";
import { regex } from "./regex.ts";
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";

/** A capitalised name word: `Maeve`, `O'Sullivan`, `McAllister`, `Pierre-Louis`, `Sørensen`. */
const WORD = raw`(?:Ma?c|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** A name: a word, maybe a middle initial, at most two more words, maybe after `van der`, `da`. */
const NAME = raw`${WORD}(?: \p{Lu}\.)?(?: (?:(?:van|de[rn]?|d[aiu]|l[ae]) ){0,2}${WORD}){0,2}`;
/** A title before a name: `Dr.`, `Ms`, `mrs.` (not a number's `ms.`: `200  ms. Then`). */
const TITLE = raw`(?:Mr|Mrs|Ms|Dr|Prof)\.?|(?<!\d *)m(?:rs?|s)\.`;
/**
 * Words after a title or greeting that name no one: a title, `The`, whom a greeting addresses
 * (`Dear Customer`, `Hi There,`, `Dear User,`) and what `I'm` is (`I'm Sorry,`).
 */
const NO_ONE =
  "All|Team|Everyone|Everybody|There|Folks|Guys|Friends?|Colleagues?|Sir|Madam|Customers?|Valued|Users?|Admin|Support|Sorry|Ready|Back|Done|Glad|Fine|Sure|The|Mrs?|Ms|Dr|Prof";

/** Units a count is followed by, which a ZIP code is not (`10240 bytes`, `20480 KB`, `10240 files`). */
const UNIT =
  "bytes?|[kKMGT]i?B|kb|bits?|files?|entries|entry|items?|records?|rows?|lines?|blocks?|chunks?|objects?|parts?|members?|ms|secs?|seconds?";

/**
 * Keywords: every match holds one of these or ` name`, `named`, `call` (the prefilter ignores
 * case); each a word of its own, as `\b` has it.
 */
const WORDS = "mr.|mr |mrs|ms.|ms |dr.|dr |prof.|prof |dear|hi |name:|i'm |my ".split("|");

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * A person's name in prose: one to three capitalised words (a middle initial, particles such as
   * `van der` before a surname) after a title (`Dr. Oskar Zhang`, `Mrs Lund`, `ms. Maeve`, not a
   * number's `ms.`) or words that introduce one (`My name is`, `What's your last name?`, `her
   * maiden name is`, `my partner's name`, `everyone calls me`, `named him`, `was called`, `Dear`,
   * `my son`, a `Name:` label (not `Log Name:`) before a name ending the line; `Hi` and `I'm`
   * with a comma right after the name). Not a title or a word a greeting names no one by (`Dear
   * Customer`, `Hi All,`, `The`).
   */
  pii(
    "person-name-in-prose",
    { keywords: [...WORDS, " name", "named", "call"], atWordStart: WORDS },
    regex(
      raw`\b(?:(?:(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|'s|maiden|last|first) name(?: is|\?)?|(?:call(?:s|ed)?|named) (?:me|him|her)|was called|[Dd]ear|(?<!\p{L} *)Name:(?= *${NAME}\s*$) *|[Mm]y (?:kid|son|daughter|wife|husband|partner|brother|sister|mother|father|friend)|(?:[Hh]i|I'm)(?= ${NAME},)) (?:(?:${TITLE}) )?|(?:${TITLE}) )(?!(?:${NO_ONE})\b)(?<secret>${NAME})(?![\p{L}'-])`,
      "dgu",
    ),
  ),
  /**
   * A US ZIP code in prose, after `zip code is` or a `ZIP:` label (`My zip code is 95628`), not
   * a count of a zip tool's (`zip: 10240 bytes written`, a number then a UNIT).
   */
  pii(
    "zip-code-in-prose",
    ["zip"],
    regex(
      raw`\b(?:[Zz]ip(?: ?[Cc]ode)?|ZIP)(?: is|:) (?<secret>\d{5})(?![\w%-]|[./]\d| ?(?:${UNIT})\b)`,
      "dg",
    ),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
