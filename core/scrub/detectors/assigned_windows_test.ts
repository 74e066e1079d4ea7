/**
 * A provider's value assigned to one of its key names (./provider_shapes.ts `assigned`), on a
 * long line: the names' reach is read from their pattern (./provider_shapes.ts TokenShape.names),
 * and the detector's find reads only the key word ends and value starts a name near its keywords
 * can reach. It finds what the reading of the whole line finds, wherever the value is: at the
 * line's start, after each separator, after non-ASCII text, far from any other key word.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import type { Detector } from "../detector.ts";
import { DETECTORS } from "./mod.ts";
import { matchDetector } from "../match.ts";
import { createScrubber } from "../mod.ts";
import { KeywordIndex } from "../prefilter/keyword_index.ts";
import { nearBounds, reachOf, windowsIn } from "../windowed_match.ts";
import { shapeOf } from "./provider_shapes.ts";

const byId = (id: string): Detector => DETECTORS.find((d) => d.id === id)!;
const windowed = (d: Detector) => {
  const shape = shapeOf(d);
  return shape?.kind === "assigned" && shape.names !== undefined;
};
const WINDOWED = DETECTORS.filter(windowed);
const index = new KeywordIndex(WINDOWED.map((d) => d.prefilter!.keywords!));

/** `n` random lower-case hex digits (the tests' own values). */
function hex(seed: number, n: number): string {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => "0123456789abcdef"[random.int(16)]).join("");
}

/** A piece of a log line full of other keys' key words (`token`, `password`, `key` …). */
const UNIT = 'level=info token=abc password_reset=false cache_key="k:1" auth=oidc pwd=/srv; ';
/** Some 60 Ki characters of it. */
const FILLER = UNIT.repeat(800);

const spansOf = (d: Detector, line: string, windows?: Parameters<typeof matchDetector>[2]) =>
  matchDetector(d, line, windows).map((s) => [s.start, s.end]);

/** The windows the engine gives `d` on `line` (its keywords found by a scan of the line). */
function windowsOf(d: Detector, line: string) {
  const ends = index.scan(line).keywordEnds(0, line.length, WINDOWED).get(d);
  return windowsIn(d, line, 0, ends);
}

Deno.test("assigned values: provider detectors read by key words have a reach read from their names", () => {
  ok(WINDOWED.length > 50, `${WINDOWED.length}`);
  for (const id of ["facebook-app-secret", "cloudflare-api-token", "slack-app-secret"]) {
    ok(windowed(byId(id)) && reachOf(byId(id)) !== undefined, id);
  }
  // A name before its keyword (slack-app-secret's `app_secret` after `slack_`) is reached too.
  ok(reachOf(byId("slack-app-secret"))!.before > 0);
});

Deno.test("assigned values: on a long line, every place a value is assigned is found, as on the whole line", () => {
  const fb = byId("facebook-app-secret");
  const value = hex(1, 32);
  const writings = [
    `fb_secret=${value}`,
    `"facebook_app_secret": "${value}"`,
    `META_CLIENT_TOKEN: '${value}'`,
    `<fb_app_secret>${value}</fb_app_secret>`,
    `setFbSecret("${value}")`,
    `facebook_secret := ${value}`,
  ];
  const leads = ["", " ", "\t", ",", ";", "|", '"', "{", "é ", "日本 ", "😀 ", "\u00a0"];
  let lines = 0;
  for (const writing of writings) {
    for (const lead of leads) {
      // At the line's start, right after the first piece, in the middle, at the end.
      for (const at of [0, UNIT.length, UNIT.length * 400, FILLER.length]) {
        const line = `${FILLER.slice(0, at)}${lead}${writing} ${FILLER.slice(at)}`;
        const windows = windowsOf(fb, line);
        ok(windows !== undefined, "a long line is read near the names");
        const near = spansOf(fb, line, windows);
        deepStrictEqual(near, spansOf(fb, line), `${writing} after ${JSON.stringify(lead)}`);
        const start = line.indexOf(value);
        deepStrictEqual(near, [[start, start + 32]], writing);
        lines++;
      }
    }
  }
  ok(lines === writings.length * leads.length * 4);
});

Deno.test("assigned values: two values on a long line, far apart, and a name far from its value's twin", () => {
  const fb = byId("facebook-app-secret");
  const [a, b] = [hex(2, 32), hex(3, 32)];
  // The same value again far from any name: not assigned there, so not found there.
  const line = `fb_secret=${a} ${FILLER}fb_token: "${b}" ${FILLER} ${a} token=${b}`;
  const windows = windowsOf(fb, line)!;
  ok(windows !== undefined);
  const found = spansOf(fb, line, windows);
  deepStrictEqual(found, spansOf(fb, line));
  deepStrictEqual(found.length, 2);
  const out = createScrubber().scrub(line).text;
  ok(!out.includes(`fb_secret=${a}`) && !out.includes(`"${b}"`), "both masked by the engine");
});

Deno.test("nearBounds: a window holding a place in [at - span, at), asked in order and out of it", () => {
  const near = nearBounds([10, 20, 100, 101]);
  const asked = [[5, 4], [11, 1], [10, 1], [25, 10], [31, 10], [100, 1], [101, 1], [102, 1]];
  deepStrictEqual(asked.map(([at, span]) => near(at, span)), [
    false,
    true,
    false,
    true,
    false,
    false,
    true,
    false,
  ]);
  // Out of order: from the first window again.
  deepStrictEqual([near(15, 1), near(500, 400), near(12, 3)], [true, true, true]);
  deepStrictEqual(nearBounds([])(50, 50), false);
});
