/**
 * What every case of a labelled corpus must be, for the shared scorer to count it as labelled:
 * ids unique; a benign case expects its text unchanged and names no values; a secret or personal
 * case names at least one value, each found in its text; personal data has a tier where the
 * corpus labels tiers. Each corpus test states its own size and benign share.
 */

/** A labelled case, as every corpus generator writes one. */
export interface LabelledCase {
  id: string;
  kind: "secret" | "pii" | "benign";
  tier?: string;
  text: string;
  secrets: readonly string[];
  expect_unchanged: boolean;
}

/** A labelled case and its type, by which the scorer groups its figures. */
export interface TypedCase extends LabelledCase {
  type: string;
}

/** A case of a corpus of personal data whose personal data is all of the core tier. */
export interface CorePiiCase extends TypedCase {
  kind: "pii" | "benign";
  tier?: "core";
}

/** What a corpus must hold as a whole. */
export interface CorpusShape {
  /** At least this many cases. */
  minCases: number;
  /** The share of benign cases lies within [low, high]. */
  benignShare: readonly [number, number];
  /** Personal data carries tier "core" or "other", and no other case a tier. */
  tiers?: boolean;
}

/** Each way `cases` falls short of `shape` and of the rules above, as one line; none when well formed. */
export function malformedCases(
  cases: readonly LabelledCase[],
  shape: CorpusShape,
): string[] {
  const problems: string[] = [];
  const ids = new Set(cases.map((c) => c.id));
  if (ids.size !== cases.length) problems.push(`${cases.length - ids.size} ids repeated`);
  if (cases.length < shape.minCases) problems.push(`${cases.length} cases < ${shape.minCases}`);
  const share = cases.filter((c) => c.kind === "benign").length / cases.length;
  const [low, high] = shape.benignShare;
  if (!(share >= low && share <= high)) {
    problems.push(`benign share ${share.toFixed(3)} outside ${low}–${high}`);
  }
  for (const c of cases) {
    const benign = c.kind === "benign";
    if (c.expect_unchanged !== benign) {
      problems.push(`${c.id}: expect_unchanged ${c.expect_unchanged}`);
    }
    if (benign ? c.secrets.length > 0 : c.secrets.length === 0) {
      problems.push(`${c.id}: ${c.secrets.length} values`);
    }
    for (const s of c.secrets) {
      if (!c.text.includes(s)) problems.push(`${c.id}: a value not in its text`);
    }
    if (!shape.tiers) continue;
    const tierOk = c.kind === "pii"
      ? c.tier === "core" || c.tier === "other"
      : c.tier === undefined;
    if (!tierOk) problems.push(`${c.id}: tier ${c.tier}`);
  }
  return problems;
}
