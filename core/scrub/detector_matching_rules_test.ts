/**
 * How one detector's matches and candidates become findings, with small detectors of its own: a
 * refused candidate never hides a secret right after it, an empty match or secret is never a
 * finding (and never stalls the search), a secret is found once, a secret exactly at the
 * detector's entropy threshold is kept, and the refusal budget is exactly 1,000 per line, after
 * which the rest of the line is one scrub-limit finding.
 */
import { deepStrictEqual } from "@node/assert";
import type { Candidate, Detector } from "./detector.ts";
import { acceptCandidates, matchDetector, MAX_REFUSALS_PER_LINE, SCRUB_LIMIT_ID } from "./match.ts";

function detector(pattern: RegExp, extra: Partial<Detector> = {}): Detector {
  return {
    id: "test-token",
    kind: "pii",
    pattern,
    examples: { positive: [], negative: [] },
    ...extra,
  };
}

const spans = (d: Detector, line: string) =>
  matchDetector(d, line).map((s) => [s.start, s.end, s.detector.id]);
const ID = "test-token";

Deno.test("matching: a refused match never hides a secret that starts right after it", () => {
  // Four letters, refused below an entropy of 1.5 (aaaa has 0, abcd has 2).
  const d = detector(/[a-z]{4}/g, { minEntropy: 1.5 });
  deepStrictEqual(spans(d, "aaaaabcd"), [[4, 8, ID]]);
  deepStrictEqual(spans(d, "aaaabbbbabcd"), [[8, 12, ID]]);
  // One character refused (by a check), the next one found.
  const one = detector(/[a-z]/g, { validate: (s) => s !== "a" });
  deepStrictEqual(spans(one, "ab"), [[1, 2, ID]]);
  deepStrictEqual(spans(one, "aab a"), [[2, 3, ID]]);
});

Deno.test("matching: an empty match is never a finding and the search goes on past it", () => {
  const d = detector(/x*/g);
  deepStrictEqual(spans(d, "aaxxb"), [[2, 4, ID]]);
  deepStrictEqual(spans(d, ""), []);
  deepStrictEqual(spans(d, "abc"), []);
  deepStrictEqual(spans(d, "xa xx"), [[0, 1, ID], [3, 5, ID]]);
});

Deno.test("matching: an empty secret group is no finding; a one-character secret is", () => {
  const d = detector(/key=(?<secret>\w*)/dg);
  deepStrictEqual(spans(d, "key= next"), []);
  deepStrictEqual(spans(d, "key=q"), [[4, 5, ID]]);
  deepStrictEqual(spans(d, "key= key=qz"), [[9, 11, ID]]);
});

Deno.test("matching: a secret read by a lookahead is found once, not again inside itself", () => {
  // A letter, then the secret: the letters after it (the match itself ends before them).
  const d = detector(/[a-z](?=(?<secret>[a-z]{3,}))/dg);
  deepStrictEqual(spans(d, "12 abcdefg 3"), [[4, 10, ID]]);
  deepStrictEqual(spans(d, "abcd efgh"), [[1, 4, ID], [6, 9, ID]]);
});

Deno.test("matching: a secret exactly at the entropy threshold is kept, just under it refused", () => {
  // abcd: 2 bits a character exactly; aabb: 1.
  const d = detector(/[a-z]{4}/g, { minEntropy: 2 });
  deepStrictEqual(spans(d, "abcd"), [[0, 4, ID]]);
  deepStrictEqual(spans(d, "aabb"), []);
});

Deno.test("candidates: 1,000 refusals a line, then the rest of the line is one scrub-limit finding", () => {
  const d = detector(/(?!)/g, { validate: (s) => s !== "no" });
  const line = "no ".repeat(MAX_REFUSALS_PER_LINE + 2) + "ok ok";
  const refused = (n: number): Candidate[] =>
    Array.from({ length: n }, (_, i) => ({ start: 3 * i, end: 3 * i + 2 }));
  const ok1 = line.length - 5, ok2 = line.length - 2;
  for (const n of [MAX_REFUSALS_PER_LINE - 1, MAX_REFUSALS_PER_LINE]) {
    const found = acceptCandidates(d, line, [...refused(n), { start: ok1, end: ok1 + 2 }]);
    const expected = n < MAX_REFUSALS_PER_LINE
      ? [[ok1, ok1 + 2, ID]]
      : [[ok1, line.length, SCRUB_LIMIT_ID]];
    deepStrictEqual(found.map((s) => [s.start, s.end, s.detector.id]), expected, `${n} refusals`);
  }
  // Empty candidates are refusals too.
  const empty = (n: number): Candidate[] =>
    Array.from({ length: n }, (_, i) => ({ start: i, end: i }));
  deepStrictEqual(
    acceptCandidates(d, line, [...empty(MAX_REFUSALS_PER_LINE), { start: ok2, end: ok2 + 2 }]).map((
      s,
    ) => s.detector.id),
    [SCRUB_LIMIT_ID],
  );
  deepStrictEqual(acceptCandidates(d, line, empty(3)), []);
});

Deno.test("candidates: one at the line's start and ones right after a finding are found; ones inside it are not", () => {
  const d = detector(/(?!)/g);
  const line = "abcdef";
  const found = (c: Candidate[]) => acceptCandidates(d, line, c).map((s) => [s.start, s.end]);
  deepStrictEqual(found([{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 4, end: 6 }]), [
    [0, 2],
    [2, 4],
    [4, 6],
  ]);
  deepStrictEqual(
    found([{ start: 0, end: 4 }, { start: 1, end: 3 }, { start: 3, end: 6 }, { start: 4, end: 6 }]),
    [
      [0, 4],
      [4, 6],
    ],
  );
});

Deno.test("matching: what a match reads after its secret is not searched again", () => {
  // The secret, then a dash and four letters of context that the match consumes.
  const d = detector(/(?<secret>[a-z]{4})-[a-z]{4}/dg);
  deepStrictEqual(spans(d, "abcd-efgh-ijkl"), [[0, 4, ID]]);
  deepStrictEqual(spans(d, "abcd-efgh ijkl-mnop"), [[0, 4, ID], [10, 14, ID]]);
});
