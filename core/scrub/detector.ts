/**
 * A detector is data: what it finds, how to recognise it cheaply (its prefilter), how to
 * match it (a regular expression), how to confirm it (checksum, entropy, context). The
 * examples the test suite runs it against are test data, in ./detectors/examples/. What a
 * detector finds, and where its format comes from, is the doc comment above its entry in
 * ./detectors/: nothing reads it at run time, so no function bundle carries it.
 *
 * This file holds only the shape. Families of detectors live in `./detectors/`.
 */
import type { LineShape } from "./prefilter/types.ts";

/** What a finding is: a credential, or personal data. */
export type FindingKind = "secret" | "pii";

/** How a match is replaced in the output. */
export type MaskStrategy =
  /** `[REDACTED:<detector id>]` */
  | "placeholder"
  /** Keep a short tail (e.g. a card's last 4 digits): `[REDACTED:payment-card …1111]`. */
  | "partial"
  /** A keyed HMAC token: the same value maps to the same token within one session. */
  | "pseudonym";

/** A positive example: `text` as it would appear in a log, and the part that must vanish. */
export interface PositiveExample {
  text: string;
  /** The exact substring of `text` that must not survive scrubbing. */
  secret: string;
}

/** Examples the test suite checks: every positive must be found, no negative may be. */
export interface DetectorExamples {
  positive: readonly PositiveExample[];
  negative: readonly string[];
}

/**
 * A candidate secret that a detector's `find` reports on a line: `line[start, end)`; or, with
 * `cut`, a value that runs past the length it is read to, so that from `start` on the line is
 * masked unread (as a pattern's `cut` group does).
 */
export interface Candidate {
  start: number;
  end: number;
  cut?: boolean;
}

/** Orders candidates (or anything with a start) by where they start, for `sort`. */
export const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** A cut candidate: `line` from `start` to its end, masked unread. */
export const cutToEnd = (line: string, start: number) => ({
  start,
  end: line.length,
  cut: true,
});

/**
 * A value written across lines (a YAML block scalar, an XML element whose value sits on its
 * own line, a Kubernetes Secret's `data:` map), read line by line after the line that opened it.
 */
export interface Continuation {
  /**
   * The candidates on `line`, the next line below; null once `line` is past the value (it is
   * then scrubbed like any line, and may open another).
   */
  next(line: string): readonly Candidate[] | null;
}

/**
 * How a detector's candidate lines are found before its pattern runs: each is a cheap necessary
 * condition, true on every line where the detector can match. Pick the first that fits:
 */
export type Prefilter =
  /**
   * Lower-case literals, at least one of which occurs in every match: the detector runs on a
   * line only where one of them occurs (case-insensitively). The cheapest, and the usual case.
   */
  | {
    keywords: readonly string[];
    /**
     * Those of `keywords` that wake the detector only where no ASCII letter or digit comes
     * right before them (atWordStart) or right after them (atWordEnd): for a keyword that every
     * match needs so (a lookbehind or `\b` that refuses a letter or digit before it, a context
     * check for the word alone). Say in a comment why; never for a keyword that a match may
     * hold inside a longer word (`token` in `apitoken`; `_` is no letter: `api_token` has a
     * boundary). A position outside the scanned text counts as a boundary.
     */
    atWordStart?: readonly string[];
    atWordEnd?: readonly string[];
    /** Every one of `keywords` at a word's start and end both (as if in both lists above). */
    wholeWords?: boolean;
    shape?: never;
    filter?: never;
  }
  /**
   * With no rare literal: a line shape (./prefilter/line_shapes.ts) that every match contains, found
   * in the keyword scan's own pass.
   */
  | {
    shape: LineShape;
    keywords?: never;
    filter?: never;
    atWordStart?: never;
    atWordEnd?: never;
    wholeWords?: never;
  }
  /**
   * Otherwise: a cheap pattern (no `g`, `y` or `m` flag needed) that matches on every line where
   * `pattern` matches, e.g. its rare core without lookarounds, searched once over the text. Lead
   * with a rare literal (`AC`, `://`) so the search skips ahead fast.
   */
  | {
    filter: RegExp;
    keywords?: never;
    shape?: never;
    atWordStart?: never;
    atWordEnd?: never;
    wholeWords?: never;
  };

/** See Detector.reach. */
export interface Reach {
  before: number;
  after: number;
  /**
   * For a detector without keywords: what the reach is measured from instead, the start of each
   * match of this global pattern, searched once per long text for every detector naming it.
   */
  anchor?: RegExp;
}

/** A single-line detector. */
/**
 * Where a long line's matches of a detector's pattern may start (./windowed_match.ts's Windows,
 * declared here by what a `find` reads of it so that this module imports none of that one's):
 * the pattern's sticky copy, and the next match in a window after its lastIndex.
 */
export interface PatternWindows {
  readonly pattern: RegExp;
  /** Start, end (exclusive), start, end …: where matches may start, in order, disjoint. */
  readonly bounds: readonly number[];
  exec(line: string): RegExpExecArray | null;
}

export interface Detector {
  /** Kebab-case id, shown in placeholders and finding counts: `aws-access-key-id`. */
  id: string;
  kind: FindingKind;
  /**
   * How the lines where `pattern` may match are found cheaply (see Prefilter); without one,
   * `pattern` itself is searched once over the whole text to find them.
   */
  prefilter?: Prefilter;
  /**
   * The match. Must carry the `g` flag. When it has a named group `secret`, only that
   * group is masked (the key name, quotes, `Bearer ` stay), and the pattern must also carry
   * the `d` flag (match indices) so the group is located exactly; otherwise the whole match.
   * Write patterns that cannot backtrack catastrophically: bounded quantifiers, no
   * nested repetition over overlapping classes.
   *
   * Where a cap bounds the work rather than being part of the format (a free-form value, read
   * up to 4 Ki characters), say when the value runs past it with an empty named group `cut`
   * that takes part only then, e.g. `(?<secret>V{1,4096})(?:(?<cut>)(?=V))?` at the end of a
   * pattern, or `(?<secret>V{4096})(?<cut>)(?=V)` as an alternative before one that needs a
   * closing quote: the value is then masked from its start to the end of the line, unchecked,
   * as `scrub-limit` (see ./match.ts), instead of being passed on in part or whole.
   */
  pattern: RegExp;
  /**
   * Instead of running `pattern`: the candidates on a line, found by reading it (the key/value
   * reader, ../kv/), in order of start. `pattern` is then not run; it matches the words the
   * candidates are read from (key names, command names), for tools that list what a detector
   * looks for. Candidates are checked like matches of a pattern (minEntropy, placeholders,
   * validate, the refusal budget of ./match.ts). `windows`: on a long line, for a detector that
   * declares a reach, where its pattern may match (./windowed_match.ts); a `find` that reads the
   * line by searching `pattern` searches there alone (Windows.exec), as a pattern would be.
   */
  find?: (line: string, windows?: PatternWindows) => readonly Candidate[];
  /**
   * A cheap necessary condition for a candidate on a line (../detectors/value_runs.ts: a run of
   * the characters its value is made of): where it is false, the detector's pattern or `find`
   * has nothing to read, so ./match.ts does not run it there. It must hold on every line where
   * the pattern matches or `find` returns a candidate, refused ones included.
   */
  gate?: (line: string) => boolean;
  /**
   * Where a value goes on below a line this detector ran on (`password: |`, `<password>` alone
   * on its line): what reads the lines after it, or null when the line opens no such value. The
   * engine hands it every following line until it says the value has ended.
   */
  opens?: (line: string) => Continuation | null;
  /**
   * Where the matches of `pattern` start relative to this detector's keywords
   * (prefilter.keywords), or to its reach's `anchor`, so that a long line is searched only near
   * them (./windowed_match.ts): every position where `pattern` matches, on any line, is at most
   * `before` characters before and at most `after` characters after the start of an occurrence
   * of one of the keywords (as the prefilter finds them: ignoring case, one code unit for one),
   * or of a match of the anchor. Say in a comment why the bound holds; a reach too short loses
   * matches on long lines. With `find`: declared only by one that reads the line by searching
   * `pattern` and takes the windows (none is inferred for it, but from a provider's names:
   * ./detectors/provider_shapes.ts TokenShape.names).
   */
  reach?: Reach;
  /** Minimum Shannon entropy (bits per character) of the secret part. */
  minEntropy?: number;
  /**
   * Further confirmation of a candidate: a checksum (Luhn, mod-97, base58check …),
   * or context. `line` is the whole line. Return false to drop the candidate.
   */
  validate?: (secret: string, line: string, index: number) => boolean;
  /** Default masking for this detector (policy may override). Defaults to `placeholder`. */
  mask?: MaskStrategy;
  /**
   * With the pseudonym strategy: for a value that is the same everywhere and names a role
   * (`127.0.0.1`), the label written instead of its pseudonym, whole (`[ipv4-address:loopback]`,
   * the same for the three IP detectors); undefined for any other value.
   */
  label?: (value: string) => string | undefined;
  /**
   * A document or national id number (set for their families in ./detectors/mod.ts): a value of
   * the same layout listed beside one it found is masked with it (./listed_ids.ts).
   */
  idNumber?: boolean;
  /**
   * Examples the test suite checks, when given with the detector (a custom pattern's, none);
   * built-in detectors' live in ./detectors/examples/ by id, out of function bundles.
   */
  examples?: DetectorExamples;
}

/**
 * A multi-line detector: everything from a line matching `begin` up to and including a
 * line matching `end` is one secret (PEM / OpenSSH / PGP private-key blocks). A block
 * that never ends is masked up to `maxLines` lines and to the end of input: fail closed.
 */
export interface BlockDetector {
  id: string;
  kind: FindingKind;
  /** At least one keyword: a block begins only on a line where one of them occurs. */
  prefilter: { keywords: readonly string[] };
  begin: RegExp;
  end: RegExp;
  maxLines: number;
  /** See Detector.examples. */
  examples?: DetectorExamples;
}
