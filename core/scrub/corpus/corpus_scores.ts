/**
 * What the corpus tests measure, counted as ../../../../shared/eval/score.mjs counts it: a secret
 * or a piece of personal data leaks when its text survives scrubbing; a benign case is kept when
 * it comes out unchanged. Each corpus test holds its figures as floors with belowFloors.
 */
import { createScrubber, type Scrubber } from "../mod.ts";

/** A labelled case: the fields the scorer reads. */
export interface ScoredCase {
  kind: "secret" | "pii" | "benign";
  /** "core" for the personal data of the scorer's core tier (cards, IBAN, e-mail, phone …). */
  tier?: string;
  text: string;
  secrets: readonly string[];
}

/** Fractions of values masked (secret, pii, core) and of benign cases kept; NaN when none. */
export interface CorpusScores {
  secret: number;
  pii: number;
  core: number;
  benign: number;
}

/** The scores of the default engine (or `scrubber`) on `cases`. */
export function scoreCorpus(
  cases: readonly ScoredCase[],
  scrubber: Scrubber = createScrubber(),
): CorpusScores {
  const t = { secret: [0, 0], pii: [0, 0], core: [0, 0], benign: [0, 0] };
  for (const c of cases) {
    const out = scrubber.scrub(c.text).text;
    if (c.kind === "benign") {
      t.benign[0]++;
      if (out === c.text) t.benign[1]++;
      continue;
    }
    for (const s of c.secrets) {
      const masked = out.includes(s) ? 0 : 1;
      t[c.kind][0]++;
      t[c.kind][1] += masked;
      if (c.kind === "pii" && c.tier === "core") {
        t.core[0]++;
        t.core[1] += masked;
      }
    }
  }
  const f = ([n, k]: number[]) => k / n;
  return { secret: f(t.secret), pii: f(t.pii), core: f(t.core), benign: f(t.benign) };
}

/** Each figure of `floors` that `got` falls below (or lacks), as "name got < floor". */
export function belowFloors(got: CorpusScores, floors: Partial<CorpusScores>): string[] {
  return Object.entries(floors).flatMap(([name, floor]) => {
    const value = got[name as keyof CorpusScores];
    return value >= floor! ? [] : [`${name} ${value.toFixed(3)} < ${floor}`];
  });
}
