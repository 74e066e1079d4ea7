/**
 * The reaches the built-in detectors that declare none take from their patterns (see
 * ./windowed_match.ts): read here from a pattern's source, ahead of time, by `deno task reaches`
 * (scripts/generate_reaches.ts), which writes them to ./builtin_reaches.ts for the engine to
 * look up. Neither the engine nor any function bundle imports this module: reading every
 * pattern took 30 to 50 ms of the first long line a process met.
 */
import type { Detector, Reach } from "./detector.ts";
import { groupEnd, topLevelAlternatives } from "./regex_source.ts";
import { AT_KEYWORD } from "./windowed_match.ts";
import { shapeOf } from "./detectors/provider_shapes.ts";

/**
 * The reach `detector` takes from its pattern when it declares none: for a pattern with keywords
 * (not a `find`; a provider's value read near its names, their pattern: TokenShape.names), where
 * keywordReach says every match starts; null when that is not read.
 */
export function inferredReach(detector: Detector): Reach | null {
  const keywords = detector.prefilter?.keywords;
  const shape = shapeOf(detector);
  const names = shape?.kind === "assigned" ? shape.names : undefined;
  if (keywords === undefined || (detector.find !== undefined && names === undefined)) return null;
  const before = keywordReach(names ?? detector.pattern, keywords);
  return before === 0 ? AT_KEYWORD : before > 0 ? { before, after: 0 } : null;
}

/**
 * A token of a pattern's source, as keywordReach reads it: a zero-width assertion (1), a group's
 * opening (2), a class that lists its characters (3), an escaped punctuation character (4) or a
 * literal one (5); no surrogate (a quantifier after a pair by code points quantifies the pair).
 */
const TOKEN =
  /^(?:(\\[bB]|[$^]|\(\?<?[=!])|(\((?:\?:|\?<\w+>)?)|\[([^\\\]^\ud800-\udfff][^\\\]\ud800-\udfff-]*-?)\]|\\(\W)|([^\\.|)*+?{[(\ud800-\udfff]))/;

/**
 * How many characters before one of `keywords` every match of `pattern` may start at most, or -1
 * when that is not read from its source: each way a match may start is spelled out (in lower
 * case, by TOKEN: each character of a class, with or without what `?` follows, the first of
 * `+` or `{n,…}`, each alternative of the pattern and of its groups; assertions skipped, as none
 * moves the match's start) as far as one of the keywords occurs in it, which the prefilter finds
 * in any case; up to 512 ways. Not for a `v` pattern, nor an `i` one by code points (`ſ` matches
 * `s`, the prefilter does not fold it).
 */
export function keywordReach({ source, flags }: RegExp, keywords: readonly string[]): number {
  if (/i.*u|v/.test(flags)) return -1;
  const words = new Set(keywords);
  const lengths = [...new Set(keywords.map((k) => k.length))].filter((n) => n > 0)
    .sort((a, b) => b - a);
  let most = 0;
  /** The starts `src` makes of `starts` with no keyword yet (a start's start holds none); null: not read. */
  const read = (src: string, starts: string[]): string[] | null => {
    for (let i = 0; i < src.length && starts.length > 0;) {
      const [token, skip, open, listed, escaped, char] = TOKEN.exec(src.slice(i)) ?? [];
      if (token === undefined) return null;
      let next = open || skip?.[0] === "(" ? groupEnd(src, i) : i + token.length;
      if (skip) {
        i = next;
        continue;
      }
      const quantifier = src[next];
      const out: string[] = [];
      if (quantifier === "*" || (quantifier === "{" && src[next + 1] === "0")) return null;
      if (open) {
        if (quantifier === "+" || quantifier === "{") return null;
        for (const alternative of topLevelAlternatives(src.slice(i + open.length, next - 1))) {
          const found = read(alternative, starts);
          if (found === null) return null;
          out.push(...found);
        }
      } else {
        for (const start of starts) {
          for (const c of listed ?? escaped ?? char) {
            const text = start + c.toLowerCase();
            const n = lengths.find((n) => words.has(text.slice(-n)));
            if (n === undefined) out.push(text);
            else most = Math.max(most, text.length - n);
          }
        }
        // The first of `+` or `{n,…}` (n > 0); what follows is not read.
        if (quantifier === "+" || quantifier === "{") return out.length > 0 ? null : out;
      }
      if (quantifier === "?") {
        out.push(...starts);
        next += src[next + 1] === "?" ? 2 : 1;
      }
      starts = [...new Set(out)];
      if (starts.length > 512) return null;
      i = next;
    }
    return starts;
  };
  for (const alternative of topLevelAlternatives(source)) {
    if (read(alternative, [""])?.length !== 0) return -1;
  }
  return most;
}
