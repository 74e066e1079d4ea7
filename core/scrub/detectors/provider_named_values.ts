/**
 * A random-looking value right after a known provider's name, the name as its key or just before
 * it (`assemblyai = v`, `deepgram-api: v`, `asana :'v'`, `mailgun 'v'`), as scanners' fixtures
 * and hand-written configs give a provider's key without a word saying key or token. The
 * providers are the ones whose assigned detectors the engine already has (their names' literal
 * starts, ./provider_shapes.ts), read from the built detectors: no list of its own.
 */
import type { Detector } from "../detector.ts";
import { secret } from "./compact_detector.ts";
import { shapeOf } from "./provider_shapes.ts";
import { DOCUMENTATION_VALUE, WHOLE_UUID } from "./generic_credentials.ts";
import { VALUE_CAP } from "../kv/assignments.ts";
import { isPlainWord, isProse, isStatusWord } from "./value_checks.ts";
import { hasSequentialRandomPart } from "./stand_ins.ts";

/**
 * A provider's name as an assigned detector's keyword: letters (a digit after the first three,
 * `auth0`), five or more; not one that is a key word itself or ends in one (`cfkey`, `fbtoken`,
 * the key/value reader's) nor an English word or a cloud's generic name a log writes before its
 * own identifiers (`segment`, `devops`, `azure`, `vault`).
 */
const NAME = /^[a-z]{3}[a-z0-9]{2,}$/;
const NOT_A_PROVIDER_NAME =
  /(?:key|token|secret|pass|pw|auth|api|app|client|id|sdk|mobile|access|pat|test)$|^(?:segment|devops|azure|vault)$/;

/** The providers' names, from the assigned detectors among `detectors`. */
function providerNames(detectors: readonly Detector[]): string[] {
  const names = new Set<string>();
  for (const detector of detectors) {
    if (shapeOf(detector)?.kind !== "assigned") continue;
    for (const keyword of detector.prefilter?.keywords ?? []) {
      if (NAME.test(keyword) && !NOT_A_PROVIDER_NAME.test(keyword)) names.add(keyword);
    }
  }
  return [...names].sort();
}

/** A value's characters after its first (a letter, digit or `_`); `=` only as its padding. */
const VALUE = "[A-Za-z0-9_+/.~-]";
/** Words and numbers joined by `-`, `_` or `.` (`eastus2-prod-cluster-0001`, `v1.2.3`): a name. */
const JOINED_NAME = /^(?:[a-z]+\d*|\d+)(?:[-_.](?:[a-z]+\d*|\d+))+$/i;
/** A relative path: a lower-case word before its first `/` or after its last (`zones/…/dns_records`). */
const PATH = /^[a-z_]+\/|\/[a-z_]+$/;

/**
 * Random-looking: 16 or more characters, letters and digits both, not a joined name, a path, a uuid, a
 * documentation value or a stand-in of a sequential run (a path, a URL starts with no letter,
 * digit or `_`, or holds a `:`, which end the value).
 */
const randomLooking = (value: string): boolean => {
  return value.length >= 16 && /\d/.test(value) && /[A-Za-z]/.test(value) &&
    !isStatusWord(value) && !isProse(value) && !isPlainWord(value) &&
    !JOINED_NAME.test(value) && !PATH.test(value) && !WHOLE_UUID.test(value) &&
    !DOCUMENTATION_VALUE.test(value) &&
    !hasSequentialRandomPart(value);
};

/**
 * The detector: a provider's name at a word's start (not inside a host name or path: no `.`, `/`,
 * `-`, `@` before it), maybe `api`, `key`, `token` or `secret` after it and a number (`deepgram
 * token 1 == v`, `MAILGUN_2=v`), then `=`, `:`, `:=`,
 * `==`, `=>` or a blank, maybe a quote or a bracket, and the value up to its end.
 */
export function providerNamedValue(detectors: readonly Detector[]): Detector {
  const names = providerNames(detectors);
  return secret(
    "provider-named-value",
    { keywords: names, atWordStart: names },
    new RegExp(
      String.raw`(?<![\w.\/@-])(?:${
        names.join("|")
      })(?:[ _.-]?api)?(?:[ _.-]?(?:key|token|secret))?(?:[ _-]?\d{1,2})?` +
        String.raw`["']?[ \t]{0,4}(?::=|==|=>|[:=]|[ \t])[ \t]{0,4}\(?["']?` +
        String.raw`(?<secret>[A-Za-z0-9_]${VALUE}{15,${VALUE_CAP - 3}}={0,2})(?![\w+/=.~-])`,
      "gid",
    ),
    randomLooking,
    { minEntropy: 3 },
  );
}
