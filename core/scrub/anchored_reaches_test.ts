/**
 * The detectors whose long lines are searched only near an anchor of their own format (a run of
 * digits, a name's `/`) or near their keywords, by a reach declared in their families: on a line
 * of 60 Ki characters a match far from the line's start and one next to it are found in the
 * windows, as by the search of the whole line, and a reach one character shorter than the
 * farthest of them needs loses one (the bound is tight).
 */
import { deepStrictEqual, notDeepStrictEqual, ok } from "@node/assert";
import type { Detector } from "./detector.ts";
import { DETECTORS } from "./detectors/mod.ts";
import { matchDetector } from "./match.ts";
import { anchorStarts, reachOf, windowsAround, windowsAt, windowsIn } from "./windowed_match.ts";

const byId = (id: string): Detector => DETECTORS.find((d) => d.id === id)!;

/** About 60 Ki characters of text that holds no anchor and wakes no detector. */
const FILLER = "nothing to see in this part of the line; ".repeat(1500);

/** The masked values of `detector` on `line`, searched in its windows (which must be used). */
function foundInWindows(detector: Detector, line: string): string[] {
  const windows = windowsIn(detector, line, 0, undefined);
  ok(windows !== undefined, `${detector.id}: searched in windows`);
  return matchDetector(detector, line, windows).map((s) => line.slice(s.start, s.end));
}

/** The same in windows reaching `before` characters before the detector's anchors. */
function foundWithReach(detector: Detector, line: string, before: number): string[] {
  const reach = reachOf(detector)!;
  const starts = anchorStarts(reach.anchor!, line);
  const windows = windowsAt(detector.pattern, starts, before, reach.after, line.length);
  return matchDetector(detector, line, windows).map((s) => line.slice(s.start, s.end));
}

/**
 * Checks `values`, each in its own text, near the line's start and far from it; `tight`: how far
 * before an anchor the farthest of them starts, which the reach must cover.
 */
function check(id: string, tight: number, texts: readonly string[], values: readonly string[]) {
  const detector = byId(id);
  const line = `${texts[0]} ${FILLER}${texts.slice(1).join(` ${FILLER}`)}`;
  const whole = matchDetector(detector, line).map((s) => line.slice(s.start, s.end));
  deepStrictEqual(whole, values, `${id}: the whole line`);
  deepStrictEqual(foundInWindows(detector, line), values, `${id}: the windows`);
  ok(reachOf(detector)!.before >= tight, `${id}: the reach covers ${tight}`);
  notDeepStrictEqual(foundWithReach(detector, line, tight - 1), values, `${id}: shorter`);
}

Deno.test("de-insurance-number: both forms, near and far, found near their runs of digits", () => {
  // A letter and nine digits (the letter before the run: the reach's one character), and eight
  // digits, a letter and three.
  check("de-insurance-number", 1, [
    "KVNR: Q482913075",
    "Versichertennummer: 71250394M418",
    "svnr T905317284",
  ], ["Q482913075", "71250394M418", "T905317284"]);
});

Deno.test("airline-passenger-name: names near and far, up to 31 characters before the `/`", () => {
  // A surname of 31 characters before its `/` (the reach's longest), and a short one.
  const longest = "VANDERMEULEN-OSTERHAGEN LINDQVI";
  ok(longest.length === 31);
  check("airline-passenger-name", 31, [
    "PNR X7KQ2M pax KOWALCZYK/ANIELA MRS",
    `boarding ${longest}/TOMAS MR`,
    "passenger NG/EMEKA DR",
  ], ["KOWALCZYK/ANIELA", `${longest}/TOMAS`, "NG/EMEKA"]);
});

/** Where `keyword` (a pattern of the detector's keywords, global and caseless) ends on `line`. */
function keywordEnds(line: string, keyword: RegExp): number[] {
  return [...line.matchAll(keyword)].map((m) => m.index + m[0].length - 1);
}

Deno.test("telegram-bot-token: tokens near and far, found up to 9 characters before `<digit>:A`", () => {
  const detector = byId("telegram-bot-token");
  // Ten digits (the farthest start, 9 before the keyword's digit) and eight, after `/bot`.
  const far = "1588139986:A_4EakoKm5b_OAYGSTWjRlLK6sNdVU72lZ-";
  const near = "16897684:A19dCqgn28s9Dp68GZN9Z3zLIbet6_UzH_";
  const line = `https://api.telegram.org/bot${near}/getMe ${FILLER}TELEGRAM_BOT_TOKEN=${far}`;
  const ends = keywordEnds(line, /\d:a/gi);
  const found = (windows: ReturnType<typeof windowsIn>) =>
    matchDetector(detector, line, windows).map((s) => line.slice(s.start, s.end));
  deepStrictEqual(found(undefined), [near, far], "the whole line");
  const windows = windowsIn(detector, line, 0, ends);
  ok(windows !== undefined, "searched in windows");
  deepStrictEqual(found(windows), [near, far], "the windows");
  const shorter = { ...reachOf(detector)!, before: 8 };
  notDeepStrictEqual(found(windowsAround(detector, shorter, ends, 0, line.length)), [near, far]);
});
