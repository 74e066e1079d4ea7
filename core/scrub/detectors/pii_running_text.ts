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
import { NAME_PARTICLES, plausibleName } from "./pii_personal_details.ts";

/**
 * A capitalised name word: `Maeve`, `O'Sullivan`, `McAllister`, `Pierre-Louis`, `Sørensen` (unlike
 * pii_personal_details' GENERIC_NAME_WORD, a `Mc`/`Mac` surname's capital after its prefix).
 */
const WORD = raw`(?:Ma?c|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** A name: a word, maybe a middle initial, at most two more words, maybe after `van der`, `da`. */
const NAME = raw`${WORD}(?: \p{Lu}\.)?(?: ${NAME_PARTICLES}${WORD}){0,2}`;
/**
 * A name of two words or three after a `Name:` label: one word alone there is far more often a
 * package's, a resource's or a setting's (`pip show`'s `Name: Django`, `Name:   Default`).
 */
const FULL_NAME = raw`${WORD}(?: \p{Lu}\.)?(?: ${NAME_PARTICLES}${WORD}){1,2}`;
/** A title before a name: `Dr.`, `Ms`, `mrs.` (not a number's `ms.`: `200  ms. Then`). */
const TITLE = raw`(?:Mr|Mrs|Ms|Dr|Prof)\.?|(?<!\d *)m(?:rs?|s)\.`;
/**
 * Words after a title or greeting that name no one: a title, `The`, whom a greeting addresses
 * (`Dear Customer`, `Hi There,`, `Dear Users,`), what `I'm` is (`I'm Sorry,`) and how often or
 * how a function `was called` (`was called Twice`); NOT_NAME_WORDS (through plausibleName) hold
 * the technical words (`Dear User`, `Hi Admin`, `Name: Build Pipeline`).
 */
const NO_ONE =
  "All|Team|Everyone|Everybody|There|Folks|Guys|Friends?|Colleagues?|Sir|Madam|Customers?|Valued|Users|Support|Sorry|Ready|Back|Done|Glad|Fine|Sure|The|Mrs?|Ms|Dr|Prof|Once|Twice|Again|Directly|Successfully|Recursively|Repeatedly|Later|Now|Then|With|From|By|On|In|At|For|To|When|While|If|And|But|Or|Not|Before|After|During|Via|Without";
/**
 * Things whose name `'s name is` may give, not a person's: `the service's name is Orders`,
 * `the app's name`.
 */
const THINGS = (
  "service|app|application|queue|topic|bucket|cluster|host|server|file|job|task|project|repo|repository|database|table|column|field|function|method|class|module|package|library|pipeline|branch|container|pod|node|device|image|volume|index|stream|channel|workflow|step|bot|process|thread|variable|key|tag|label|group|role|plan|product|feature|flag|endpoint|route|model|schema|event|metric|domain|site|page|script|tool|command|plugin|extension|component|resource|instance|environment|namespace|deployment|build|release|test"
).split("|").map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
/** Windows' crash debugger `Dr. Watson`, named by words about it on the same line. */
const DEBUGGER_WORDS = /drwtsn|debugger|windows|crash|dump|postmortem|aedebug/i;

/** Units a count is followed by, which a ZIP code is not (`10240 bytes`, `20480 KB`, `10240 files`). */
const UNIT =
  "bytes?|[kKMGT]i?B|kb|bits?|files?|entries|entry|items?|records?|rows?|lines?|blocks?|chunks?|objects?|parts?|members?|ms|secs?|seconds?";

/**
 * Keywords: every match holds one of these or ` name`, `named`, `call` (the prefilter ignores
 * case); each a word of its own, as `\b` has it.
 */
const WORDS = "mr.|mr |mrs|ms.|ms |dr.|dr |prof.|prof |dear|hi |name:|i'm |my ".split("|");

/**
 * Given names common in several cultures that are no English word, town or product (not `Mark`,
 * `Grace`, `Austin`, `Ruby`): before a capitalised word they make a name with no word
 * introducing it (`Jennifer Okafor`). Written end to end, each name's capital starting it, to
 * keep the bundles small; GIVEN is them as alternatives (`James|John|…`).
 */
const GIVEN =
  "JamesJohnRobertMichaelWilliamDavidRichardJosephThomasCharlesChristopherDanielMatthewAnthonyKennethRonaldTimothyJeffreyStevenPaulAndrewStephenPatrickJoshuaKevinBrianGeorgeEdwardDonaldRyanEricPeterMaryPatriciaJenniferLindaElizabethBarbaraSusanJessicaSarahKarenLisaNancyMargaretRebeccaKimberlyDeborahSandraDonnaDorothyEmilyMichelleLauraAmandaAnnaEmmaOliviaSophiaNicoleHelenRachelMariaJoseJuanCarlosMohammedMuhammadAhmedWeiPriyaIvan"
    .replace(/\B(?=[A-Z])/g, "|");
const GIVEN_WORDS = GIVEN.toLowerCase().split("|");

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * A person's name in prose: one to three capitalised words (a middle initial, particles such as
   * `van der` before a surname) after a title (`Dr. Oskar Zhang`, `Mrs Lund`, `ms. Maeve`, not a
   * number's `ms.`) or words that introduce one (`My name is`, `What's your last name?`, `her
   * maiden name is`, `my partner's name`, `everyone calls me`, `named him`, `was called`, `Dear`,
   * `my son`, a `Name:` label (not `Log Name:`) before a name of two words or more ending the
   * line; `Hi` and `I'm` with a comma right after the name). Not a title or a word a greeting
   * names no one by (`Dear Customer`, `Hi All,`, `The`), a thing's name (`the service's name
   * is`), a name pii_personal_details' plausibleName refuses (`Name: Build Pipeline`), nor
   * Windows' debugger `Dr. Watson` on a line about it.
   */
  pii(
    "person-name-in-prose",
    { keywords: [...WORDS, " name", "named", "call"], atWordStart: WORDS },
    regex(
      raw`\b(?:(?:(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|(?<!(?<!\p{L})(?:${THINGS}))'s|maiden|last|first) name(?: is|\?)?|(?:call(?:s|ed)?|named) (?:me|him|her)|was called|[Dd]ear|(?<!\p{L} *)Name:(?= *${FULL_NAME}\s*$) *|[Mm]y (?:kid|son|daughter|wife|husband|partner|brother|sister|mother|father|friend)|(?:[Hh]i|I'm)(?= ${NAME},)) (?:(?:${TITLE}) )?|(?:${TITLE}) )(?!(?:${NO_ONE})\b)(?<secret>${NAME})(?![\p{L}'-])`,
      "dgu",
    ),
    (value, line) => plausibleName(value) && !(value === "Watson" && DEBUGGER_WORDS.test(line)),
  ),
  /**
   * A person's name with no word introducing it: a common given name (GIVEN), maybe a middle
   * initial, then one or two capitalised words (`Maria van der Berg`, `John O'Neill`), not after
   * words that make it a place (`San Jose Airport`, `St. Paul Street`), nor a name
   * plausibleName refuses (`Wei Service`).
   */
  pii(
    "person-name-given-family",
    { keywords: GIVEN_WORDS, atWordStart: GIVEN_WORDS, atWordEnd: GIVEN_WORDS },
    regex(
      raw`(?<![\p{L}\p{N}_.@/-]|(?:San|Santa|St\.?|Saint) )(?<secret>(?:${GIVEN})(?: \p{Lu}\.)?(?: ${NAME_PARTICLES}${WORD}){0,2})(?![\p{L}\p{N}_@-]|'\p{L}{2})`,
      "dgu",
    ),
    plausibleName,
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
