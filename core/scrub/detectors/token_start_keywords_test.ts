/**
 * A self-identifying token found after no token character (provider_shapes.ts token()'s default
 * lead) whose keywords are its literal starts is woken by them only at a word's start:
 * a start glued after a letter or digit (`bc1`, `00d`, `eaa`, `fc-` inside a hex id or a word)
 * can start no match, so such a line wakes none of them; the same start after a space, a quote or
 * a separator still wakes its detector, and a token written there is masked.
 */
import { ok, strictEqual } from "@node/assert";
import { examplesOf } from "./examples/mod.ts";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { DETECTORS } from "./mod.ts";
import { wakes } from "./test_support.ts";

/** The detectors whose every match starts with a keyword right after no token character. */
const LED = DETECTORS.filter((d) =>
  d.pattern.source.startsWith("(?<![A-Za-z0-9_])") &&
  (d.prefilter?.atWordStart?.length ?? 0) > 0 &&
  d.prefilter?.atWordStart?.length === d.prefilter?.keywords?.length
);

/** Provider tokens each glued inside a hex id, as a log's ids hold them by chance. */
const GLUED = ["bc1", "00d", "eaa", "fc-", "sk", "yc", "a3-", "ghp_", "xoxb-", "sk_live_"];

Deno.test("a token's literal start glued after a letter or digit wakes no token led by it", () => {
  const random = seededRandom(0x70c5);
  const hex = () =>
    Array.from({ length: 8 }, () => "0123456789abcdef"[Math.floor(random() * 16)]).join("");
  ok(LED.length > 50);
  for (const d of LED) {
    for (const k of d.prefilter!.keywords!) {
      for (const before of ["a", "Z", "7", hex()]) {
        ok(!wakes(`trace_id=${before}${k}${hex()}`, d), `${d.id}: ${before}${k}`);
      }
      for (const before of [" ", '"', "=", ":", "(", "\t"]) {
        ok(wakes(`value${before}${k}${hex()}`, d), `${d.id}: ${JSON.stringify(before + k)}`);
      }
    }
  }
  for (const k of GLUED) {
    const line = `{"span_id":"${hex()}${k}${hex()}","trace":"${hex()}${k.toUpperCase()}${hex()}"}`;
    for (const d of LED) {
      if (d.prefilter!.keywords!.includes(k)) ok(!wakes(line, d), `${d.id}: ${line}`);
    }
  }
});

Deno.test("every example of a token led by its literal start still wakes it and is masked", () => {
  const scrubber = createScrubber();
  let checked = 0;
  for (const d of LED) {
    for (const { text, secret } of examplesOf(d).positive) {
      ok(wakes(text, d), `${d.id}: ${text}`);
      strictEqual(scrubber.scrub(text).text.includes(secret), false, `${d.id}: ${text}`);
      checked++;
    }
  }
  ok(checked > 100);
});
