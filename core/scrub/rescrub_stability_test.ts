/**
 * Scrubbing scrubbed text again changes nothing, and text dressed up as a mask token is still
 * scrubbed: generated lines of this engine's own tokens (every form: `[REDACTED:id]`,
 * `[REDACTED:id …1234]`, a pseudonym `[id:0123456789]`), look-alikes with ids the rules cannot
 * write, and text between them; against the plain rule, a candidate is dropped exactly when it
 * lies inside one real token.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import type { Span } from "./match.ts";
import { withoutMaskTokens } from "./mask_tokens.ts";
import { EMAIL } from "./test_fixtures.ts";

const MASK_IDS = new Set(["email", "aws-access-key-id", "scrub-limit", "jwt"]);
const tokenOf = (random: ReturnType<typeof seededRandom>, id: string) => {
  const form = random.int(3);
  if (form === 0) return `[REDACTED:${id}]`;
  if (form === 1) return `[REDACTED:${id} …${random.chars(1 + random.int(4), "0123456789aZ")}]`;
  return `[${id}:${random.chars(10, "0123456789abcdef")}]`;
};

Deno.test("a candidate is dropped exactly when it lies inside a token the rules can write", () => {
  const random = seededRandom(16);
  const problems: string[] = [];
  for (let round = 0; round < 400; round++) {
    let line = "";
    /** [start, end, real] of each token-shaped piece. */
    const tokens: [number, number, boolean][] = [];
    for (let k = random.int(8); k >= 0; k--) {
      line += random.pick(["", " ", "x=", "a b ", ": "]);
      const real = random.next() < 0.7;
      const id = real
        ? random.pick([...MASK_IDS])
        : random.pick(["4111-1111-1111-1111", "not-a-rule", "secret"]);
      const token = tokenOf(random, id);
      tokens.push([line.length, line.length + token.length, real]);
      line += token;
    }
    line += random.pick(["", " tail", "="]);
    const spans: Span[] = [];
    for (let k = 0; k < 12; k++) {
      const start = random.int(line.length);
      spans.push({ start, end: start + 1 + random.int(line.length - start), detector: EMAIL });
    }
    const inside = (s: Span) => tokens.some(([a, b, real]) => real && a <= s.start && s.end <= b);
    const expected = spans.filter((s) => !inside(s)).map((s) => [s.start, s.end]);
    const got = withoutMaskTokens(line, spans, MASK_IDS).map((s) => [s.start, s.end]);
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      problems.push(`${line}: ${JSON.stringify(spans.map((s) => [s.start, s.end]))}`);
    }
  }
  deepStrictEqual(problems.slice(0, 5), []);
});
