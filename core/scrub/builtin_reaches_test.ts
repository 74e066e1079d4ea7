/**
 * The reaches stored for the built-in detectors (./builtin_reaches.ts, `deno task reaches`) are
 * those their patterns give (./reach_inference.ts), one per detector in order: a detector added,
 * removed or changed without running the task fails here, named.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { builtinReachesSource, FARTHEST, reachesTable } from "../../scripts/generate_reaches.ts";
import type { Detector } from "./detector.ts";
import { BUILTIN_REACHES } from "./builtin_reaches.ts";
import { DETECTORS } from "./detectors/mod.ts";
import { inferredReach } from "./reach_inference.ts";
import { AT_KEYWORD, reachOf, withStoredReaches } from "./windowed_match.ts";

const STALE = "core/scrub/builtin_reaches.ts is stale: run `deno task reaches`";

/** How many detectors a table holds reaches for (runs of letters, one each for the rest). */
const countIn = (table: string) =>
  [...table].reduce(
    (n, c) => n + (c > "`" ? c.charCodeAt(0) - 96 : c > "@" ? c.charCodeAt(0) - 64 : 1),
    0,
  );

Deno.test("the stored reaches: one per built-in detector, each the one its pattern gives", () => {
  strictEqual(
    countIn(BUILTIN_REACHES),
    DETECTORS.length,
    `${STALE} (${DETECTORS.length} built-in detectors, ${countIn(BUILTIN_REACHES)} stored)`,
  );
  const path = new URL("./builtin_reaches.ts", import.meta.url);
  strictEqual(Deno.readTextFileSync(path), builtinReachesSource(DETECTORS), STALE);
});

Deno.test("every built-in detector's reach is the one declared, or else the one its pattern gives", () => {
  const wrong = DETECTORS.filter((d) =>
    JSON.stringify(reachOf(d)) !== JSON.stringify(d.reach ?? inferredReach(d) ?? undefined)
  );
  deepStrictEqual(wrong.map((d) => d.id), [], STALE);
  // Some detectors have none, most of the others the keyword's own start.
  deepStrictEqual(DETECTORS.some((d) => reachOf(d) === undefined), true);
  deepStrictEqual(DETECTORS.filter((d) => reachOf(d) === AT_KEYWORD).length > 100, true);
});

Deno.test("a table: runs of none and of reaches at a keyword, a character per reach before one; none when it holds another count", () => {
  const detector = (id: string, pattern: RegExp, keywords = ["tok_"]): Detector => ({
    id,
    kind: "secret",
    prefilter: { keywords },
    pattern,
  });
  const list = [
    detector("at", /tok_[a-z]{8}/g),
    detector("before-1", /x?tok_/g),
    detector("unread", /[a-z]+tok_/g), // how many letters before is not read
    { ...detector("declared", /x?tok_/g), reach: { before: 3, after: 2 } },
    detector("before-11", /(?:abcdefghijk|x)tok_/g),
  ];
  const table = reachesTable(list);
  strictEqual(table, "A1b;");
  withStoredReaches(list, table);
  deepStrictEqual(list.map(reachOf), [
    AT_KEYWORD,
    { before: 1, after: 0 },
    undefined,
    { before: 3, after: 2 },
    { before: 11, after: 0 },
  ]);
  // Not built in (a custom pattern's, a test's): none, though its pattern gives one.
  strictEqual(reachOf(detector("other", /tok_/g)), undefined);
  // Runs of 26 at most: 30 with none, then 27 at a keyword.
  const many = [
    ...Array.from({ length: 30 }, (_, i) => detector(`none-${i}`, /[a-z]+tok_/g)),
    ...Array.from({ length: 27 }, (_, i) => detector(`at-${i}`, /tok_/g)),
  ];
  strictEqual(reachesTable(many), "zdZA");
  withStoredReaches(many, "zdZA");
  deepStrictEqual(many.map((d) => reachOf(d) === AT_KEYWORD).lastIndexOf(false), 29);
  deepStrictEqual(many.map((d) => reachOf(d) === undefined).lastIndexOf(true), 29);
  const stale = [detector("stale", /tok_/g), detector("stale-2", /tok_/g)];
  withStoredReaches(stale, "A");
  deepStrictEqual(stale.map(reachOf), [undefined, undefined]);
});

Deno.test("a reach the table cannot hold (past 16 characters before a keyword) stops the generator, naming the detector", () => {
  const far: Detector = {
    id: "far-detector",
    kind: "secret",
    prefilter: { keywords: ["k"] },
    pattern: new RegExp(`k|${"x".repeat(FARTHEST + 1)}k`, "g"),
  };
  let message = "";
  try {
    reachesTable([far]);
  } catch (e) {
    message = (e as Error).message;
  }
  strictEqual(message.startsWith("far-detector: "), true, message);
});
