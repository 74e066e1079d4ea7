/**
 * A prefixed token whose keyword is not its prefix (Bitwarden's access token: found by the == that
 * ends it) has no reach at its prefix: on a line long enough to be searched only near keywords,
 * it is still found where it starts, far before its keyword.
 */
import { ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { WINDOWED_MIN_LINE } from "../windowed_match.ts";
import { samples } from "./examples/saas.ts";

const TOKEN = samples["bitwarden-access-token"].sample;

Deno.test("a prefixed token found by another keyword is masked on a long line too", () => {
  const scrubber = createScrubber();
  const short = `restored from backup: ${TOKEN} (2 entries)`;
  const long = `${"step ok; ".repeat(Math.ceil(WINDOWED_MIN_LINE / 9))}${short}`;
  ok(long.length >= WINDOWED_MIN_LINE);
  for (const line of [short, long]) {
    const out = scrubber.scrub(line).text;
    ok(!out.includes(TOKEN.slice(2, 40)), out.slice(-160));
  }
});
