/**
 * The scrubbing engine's public API. Everything Safe Debug posts, stores or returns goes
 * through a Scrubber first.
 *
 *   const scrubber = createScrubber(policy);            // policy: untrusted, validated here
 *   const { text, counts } = scrubber.scrub(logText);   // throws ScrubError, never returns raw text
 *
 * Fail closed: any failure (budget exceeded, a detector throwing) raises ScrubError, whose
 * message never contains input text, and no partial output is returned.
 *
 * Output, a line in and a line out:
 *   - findings become `[REDACTED:<id>]`, `[REDACTED:<id> …1234]` (partial) or `[<id>:<hex>]`
 *     (pseudonym); unchanged lines are byte-identical;
 *   - a private-key block (BlockDetector) is one finding: from its begin marker to its end
 *     marker, every line inside is replaced by `[REDACTED:<id>]` (blank lines stay blank);
 *     it ends at its end line (another may begin after it), at the first line that cannot be
 *     key body, or, past `maxLines` lines, at the first line that is not base64 body. A line
 *     wrapped as the begin line was (the text before and after its marker: a logger's time,
 *     level and name, a JSON or logfmt record) is judged by the text inside the wrapping, so
 *     each line of a key logged one record per line is key body, however short. Blocks
 *     are always masked with the placeholder, whatever the strategy;
 *   - a line longer than `limits.maxLineLength` is replaced whole by `[REDACTED:oversized-line]`
 *     and counted under `oversized-line` (inside a block, the block stays open);
 *   - where a bound on the work per line stops a detector (MAX_REFUSALS_PER_LINE refused
 *     candidates, a value longer than its pattern's cap, a custom pattern's window), the rest
 *     of the line from that point is masked whole as `[REDACTED:scrub-limit]`, counted under
 *     `scrub-limit`: text no detector finished reading is never passed on.
 * Budgets: `limits.maxInputBytes` bounds one `scrub()`; streams take input of any size with
 * memory bounded by the longest line. `limits.timeBudgetMs` bounds each call (`scrub`, `push`,
 * `write`, `end`), checked between lines.
 */
import { parsePolicy, type PolicyInput } from "./policy.ts";
import { type Scrubber, scrubberFor, type ScrubberOptions } from "./scrubber.ts";
import { type DetectorTimes, timerInto } from "./detector_times.ts";

export { PolicyError, ScrubError } from "./errors.ts";
export type { ScrubFailure } from "./errors.ts";
export type { DetectorTimes } from "./detector_times.ts";
export { parsePolicy, PolicySchema } from "./policy.ts";
export type { Limits, Policy, PolicyInput } from "./policy.ts";
export type {
  LineScrubber,
  Scrubber,
  ScrubberOptions,
  ScrubResult,
  TextScrubber,
} from "./scrubber.ts";

/** createScrubber's options: the scrubber's, and `times` for speed work. */
export interface CreateScrubberOptions extends ScrubberOptions {
  /** When given, milliseconds spent per detector are added to it (speed work only). */
  times?: DetectorTimes;
}

/** Creates a scrubber. Throws PolicyError (naming the field) for an unusable policy. */
export function createScrubber(
  policy?: PolicyInput,
  { times, ...options }: CreateScrubberOptions = {},
): Scrubber {
  return scrubberFor(
    parsePolicy(policy),
    times === undefined ? options : { ...options, timer: timerInto(times) },
  );
}
