/**
 * Builders for provider-token detectors (the cloud, code-host, chat, payment, messaging,
 * AI, registry, observability and SaaS families). A provider token comes in one of two
 * shapes:
 *
 * - `token`: a self-identifying value (a distinctive prefix, exact length and alphabet),
 *   found wherever it occurs and bounded by non-token characters on both sides;
 * - `assigned`: a value with no prefix of its own, found only when a secret-named key is
 *   assigned to it (`DD_API_KEY=…`, `"datadog_api_key": "…"`, `--softlayer-api-key …`).
 *
 * Their examples are test data: each detector's sample value and negatives are in
 * ./examples/<family>.ts, made into positives in several log syntaxes by
 * ./examples/provider_examples.ts.
 */
import { byStart, type Candidate, cutToEnd, type Detector } from "../detector.ts";
import { secret } from "./compact_detector.ts";
import { shannonEntropy } from "../entropy.ts";
import { hasTopLevelBar, literalRun } from "../regex_source.ts";
import { namesEndInKeyWords, valuesAfterKeyWords } from "../kv/after_key_words.ts";
import { valueNamedBelow, valuesNamedAfterKeyWords, valuesNamedBy } from "../kv/values_named_by.ts";
import { hasSequentialRandomPart, saysExample } from "./stand_ins.ts";
import { keyNameBefore } from "./value_checks.ts";
import { NOT_SECRET_KEY } from "../kv/key_names.ts";
import { type Near, nearBounds } from "../windowed_match.ts";

/** A UUID in lower-case hex (8-4-4-4-12), as a regex source: many providers issue keys of this shape. */
export const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A character that may be part of a token: none of these may touch its start. */
const BEFORE = "(?<![A-Za-z0-9_])";
/** Nor its end (a token whose alphabet has `-` or `.` passes its own `after`). */
const AFTER = "(?![A-Za-z0-9_])";

/**
 * Makes a regex source match its letters in either case: `key` becomes `[kK][eE][yY]`, and a
 * class holding `a-z` also gets `A-Z`. Escapes (`\\s`) are kept. Used instead of the `(?i:…)`
 * modifier, which V8 15.0 mis-compiles when optional groups follow an alternation.
 */
export function caseless(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (inClass) {
      inClass = c !== "]";
      out += c;
    } else if (c === "[") {
      inClass = true;
      const body = source.slice(i + 1, source.indexOf("]", i + 1));
      out += body.includes("a-z") ? "[A-Z" : "[";
    } else if (/[a-z]/i.test(c)) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * The declared shape of a provider detector, for generating tokens of it (the corpus and its
 * property test): a self-identifying token's regex source (its `secret` group, if any, is the
 * part to mask), or an assigned value's regex source. The key name an assigned value is written
 * after in examples is test data: ./examples/sample_names.ts (its formatOf adds it).
 */
export type TokenShape =
  | { kind: "token"; source: string }
  | {
    kind: "assigned";
    source: string;
    /**
     * Its names' pattern (`(?<![A-Za-z0-9])(?:names)$`) when its find reads a long line only near
     * where they may start (within the reach ../reach_inference.ts reads from this pattern).
     */
    names?: RegExp;
  };

const SHAPES = new WeakMap<Detector, TokenShape>();

/** The shape `detector` was built from, when token() or assigned() built it. */
export function shapeOf(detector: Detector): TokenShape | undefined {
  return SHAPES.get(detector);
}

interface Common {
  /** Kebab-case id. */
  id: string;
  /** How the lines it may match on are found cheaply: see Detector.prefilter. */
  prefilter?: Detector["prefilter"];
  /** Short for `prefilter: { keywords }`. */
  keywords?: readonly string[];
  minEntropy?: number;
  validate?: Detector["validate"];
  /**
   * The provider's own checksum over the token (GitHub's and npm's CRC-32): when it holds, the
   * candidate is an issued token whatever it looks like, and minEntropy, the stand-in checks
   * (see ./stand_ins.ts) and validate are skipped; when it does not, they decide as usual (test
   * fixtures and hand-made values carry no valid checksum and are still masked).
   */
  checksum?: (secret: string) => boolean;
  /**
   * For a body whose length has no published maximum (its upper bound only bounds the work):
   * the body's character class (regex class body). A body that runs on past the bound (the
   * next character is still of the class) is then cut: the rest of the line is masked as
   * `scrub-limit`, instead of the token being skipped or its tail passed on.
   */
  cutClass?: string;
  /** See Detector.reach. */
  reach?: Detector["reach"];
}

export interface TokenSpec extends Common {
  /**
   * Regex source of the whole token, e.g. `ghp_[A-Za-z0-9]{36}`. It may contain a
   * `(?<secret>…)` group when only part of the match is the secret.
   */
  token: string;
  /**
   * Characters that may not follow the token (regex class body); default `A-Za-z0-9_`.
   * `""` for none: a long-bodied token then matches its first N characters inside a longer
   * run (fail closed) instead of backtracking over the run looking for its end.
   */
  tail?: string;
  /**
   * Regex source of what must (not) precede the token; default: no token character.
   * `""` for tokens with no literal start, which may sit inside a longer run.
   */
  lead?: string;
}

/**
 * What ends a token or value: `after`, or (with a cut class) a `cut` when the body runs on.
 * The cut is tried first: at the body's greedy end, the next character is of the class only when
 * the body stopped at its upper bound.
 */
function ending(after: string, cutClass: string | undefined): string {
  return cutClass === undefined ? after : `(?:(?<cut>)(?=[${cutClass}])|${after})`;
}

/**
 * The literal prefixes every match of a token source (or key names) starts with, lower-cased:
 * the prefilter keywords a token or assigned value gets when its spec names none. A literal run
 * (`ghp_`), or a leading group of literal alternatives (`(?:AKIA|ASIA)`); none when the source
 * starts otherwise, the start is optional or the source has alternatives of its own (`a…|b…`).
 */
export function literalStarts(source: string): string[] | undefined {
  if (hasTopLevelBar(source)) return undefined;
  let starts: string[];
  let end: number;
  if (source.startsWith("(?:")) {
    starts = [];
    end = 2;
    do {
      const run = literalRun(source, end + 1);
      if (run.text === "") return undefined;
      starts.push(run.text);
      end = run.end;
    } while (source[end] === "|");
    if (source[end] !== ")") return undefined;
    end++;
  } else {
    const run = literalRun(source, 0);
    if (run.text === "") return undefined;
    starts = [run.text];
    end = run.end;
  }
  if (/[?*{]/.test(source[end] ?? "")) return undefined;
  return starts.map((start) => start.toLowerCase());
}

/**
 * A self-identifying token found anywhere in a line. Without a prefilter or keywords in its
 * spec, the literal prefixes it starts with (literalStarts) are its keywords.
 */
export function token(spec: TokenSpec): Detector {
  const after = spec.tail === undefined ? AFTER : spec.tail === "" ? "" : `(?![${spec.tail}])`;
  const source = `${spec.lead ?? BEFORE}(?:${spec.token})${ending(after, spec.cutClass)}`;
  const flags = spec.token.includes("(?<secret>") ? "gd" : "g";
  const keywords = spec.prefilter === undefined && spec.keywords === undefined
    ? literalStarts(spec.token)
    : spec.keywords;
  const detector = finish({ ...spec, keywords }, new RegExp(source, flags), isTokenStandIn);
  // Every match starts with one of its literal starts, after BEFORE's no token character: they
  // wake it only at a word's start (not `bc1` or `00d` inside a hex id).
  if (keywords && !spec.keywords && spec.lead === undefined) {
    detector.prefilter = { keywords, atWordStart: keywords };
  }
  SHAPES.set(detector, { kind: "token", source: spec.token });
  return detector;
}

/**
 * A self-identifying token is a documentation stand-in when its random part says EXAMPLE or
 * is obviously sequential (./stand_ins.ts): such values are quoted from docs, not issued.
 */
const isTokenStandIn = (secret: string) => saysExample(secret) || hasSequentialRandomPart(secret);

export interface AssignedSpec extends Common {
  /** Regex source of the key names, lower-case (matched in any case), e.g. `dd[_-]?api[_-]?key`. */
  names: string;
  /** Regex source of the value, e.g. `[a-f0-9]{32}`. */
  value: string;
  /** Characters that may not follow the value (regex class body); default `A-Za-z0-9_-`. */
  tail?: string;
  /** None of its own: a value is judged by the key it is assigned to (see assigned). */
  validate?: never;
}

/**
 * `name=value`, `name: value`, `"name": "value"`, `name := value`, `name => value`,
 * `--name value`: up to 4 spaces and one optional quote on either side of the operator.
 */
const ASSIGN = `["']?\\s{0,4}(?::=|=>|[:=]|\\s)\\s{0,4}["']?`;

/** The assigned detectors read from the key word ends (for tests: it finds what the pattern does). */
const KEY_WORD_READINGS = new WeakMap<Detector, (line: string) => readonly Candidate[]>();

/**
 * How `detector` reads its values after the key/value reader's key word ends, when it does
 * (../kv/after_key_words.ts); its `find` adds the values read back to their keys.
 */
export function keyWordReadingOf(
  detector: Detector,
): ((line: string) => readonly Candidate[]) | undefined {
  return KEY_WORD_READINGS.get(detector);
}

/**
 * A value found only where a secret-named key is assigned to it. Without a prefilter or keywords
 * in its spec, the literal starts of its names (literalStarts) are its keywords.
 */
export function assigned(spec: AssignedSpec): Detector {
  const tail = spec.tail ?? "A-Za-z0-9_-";
  const source = `(?<![A-Za-z0-9])(?:${caseless(spec.names)})${ASSIGN}(?<secret>${spec.value})${
    ending(`(?![${tail}])`, spec.cutClass)
  }`;
  const keywords = spec.prefilter === undefined && spec.keywords === undefined
    ? literalStarts(spec.names)
    : spec.keywords;
  // A key that names a thing's key (`cache_key`, `partition_key`, `public_key`) holds no
  // provider's key, whatever its value looks like.
  const detector = finish(
    {
      ...spec,
      keywords,
      validate: (_secret, line, index) => !NOT_SECRET_KEY.test(keyNameBefore(line, index)),
    },
    new RegExp(source, "gd"),
    hasSequentialRandomPart,
  );
  const nameAtEnd = new RegExp(`(?<![A-Za-z0-9])(?:${caseless(spec.names)})$`);
  let read = (line: string, _near?: Near): readonly Candidate[] =>
    patternCandidates(line, detector.pattern);
  const afterKeyWords = namesEndInKeyWords(spec.names);
  // Keywords that bound no word: on a long line, where the names may start is near them.
  const windowed = afterKeyWords && spec.prefilter === undefined;
  SHAPES.set(detector, {
    kind: "assigned",
    source: spec.value,
    names: windowed ? nameAtEnd : undefined,
  });
  if (afterKeyWords) {
    // Read from where the key/value reader's key words end (once per line for all detectors),
    // instead of searching the whole line for the names: the same matches, far less work on
    // lines full of keys.
    const value = new RegExp(
      `${ASSIGN}(?<secret>${spec.value})${ending(`(?![${tail}])`, spec.cutClass)}`,
      "yd",
    );
    read = (line, near) => valuesAfterKeyWords(line, nameAtEnd, value, near);
    KEY_WORD_READINGS.set(detector, read);
  }
  // And in every syntax the key/value grammar reads (`KEY ?= v`, `$key .= "v"`, `<key>v</key>`,
  // `setKey("v")`, `let key: &str = "v"` …): the value, where the key read back from it is a name.
  const named = new RegExp(
    `(?<![A-Za-z0-9_])(?<secret>${spec.value})${ending(`(?![${tail}])`, spec.cutClass)}`,
    "gd",
  );
  const nameAnywhere = new RegExp(`(?:${caseless(spec.names)})`);
  const readNamed = afterKeyWords
    ? (line: string, near?: Near) => valuesNamedAfterKeyWords(line, nameAtEnd, named, near)
    : (line: string) => valuesNamedBy(line, nameAtEnd, named, nameAnywhere);
  detector.find = (line, windows) => {
    // A long line's windows, given for the reach read from `names` (TokenShape): both readings
    // then skip the places no name reaches.
    const near = windowed && windows ? nearBounds(windows.bounds) : undefined;
    return inOrder(read(line, near), readNamed(line, near));
  };
  // And below the key's line: `name: |`, `name: >-`, `name:` alone, `<name>` alone.
  const names = new RegExp(`(?<![A-Za-z0-9])(?:${caseless(spec.names)})(?![A-Za-z0-9_])`, "g");
  const whole = new RegExp(`^(?:${spec.value})$`);
  detector.opens = (line) => valueNamedBelow(line, names, whole);
  return detector;
}

/**
 * The secrets (or a `cut`) `pattern` (global, with the `d` flag) matches on `line`, as
 * candidates; a match that runs on ends the reading.
 */
function patternCandidates(line: string, pattern: RegExp): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(line)) !== null) {
    const [start, end] = m.indices!.groups!.secret;
    if (m.groups!.cut !== undefined) {
      out.push(cutToEnd(line, start));
      break;
    }
    out.push({ start, end });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return out;
}

/** Two readings' candidates as one list in order of start. */
function inOrder(a: readonly Candidate[], b: readonly Candidate[]): readonly Candidate[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort(byStart);
}

/**
 * Builds the detector. `standIn` judges candidates that are documentation stand-ins (refused).
 * A value assigned to a secret-named key is refused only when obviously sequential: one that
 * says EXAMPLE was still configured there by someone (AWS's documented secret key is masked).
 */
function finish(
  spec: Common,
  pattern: RegExp,
  standIn: (secret: string) => boolean,
): Detector {
  const detector = secret(spec.id, spec.keywords ?? spec.prefilter, pattern);
  if (spec.reach !== undefined) detector.reach = spec.reach;
  const { checksum, minEntropy, validate } = spec;
  if (checksum === undefined) {
    if (minEntropy !== undefined) detector.minEntropy = minEntropy;
    detector.validate = validate === undefined
      ? (secret) => !standIn(secret)
      : (secret, line, index) => !standIn(secret) && validate(secret, line, index);
  } else {
    // The entropy bound moves into validate, so that a valid checksum can skip it.
    detector.validate = (secret, line, index) =>
      checksum(secret) ||
      ((minEntropy === undefined || shannonEntropy(secret) >= minEntropy) && !standIn(secret) &&
        (validate === undefined || validate(secret, line, index)));
  }
  return detector;
}
