/**
 * The prefilter's detector targets carry copies of the members the engine reads from them on
 * every line (gate, find, pattern, opens: see ./mod.ts detectorTarget), equal to the detector's,
 * and all targets are of one shape: every builtin detector's, from the lines of a region and
 * from a piece of a line.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { HIDING_MARKERS, WRAPPING_MARKERS } from "../decoded_view.ts";
import { BLOCK_DETECTORS, DETECTORS } from "../detectors/mod.ts";
import { detectorTarget, LinePrefilter, type Target } from "./mod.ts";

const MEMBERS = ["gate", "find", "pattern", "opens"] as const;

function checkTarget(target: Target): void {
  if (target.type !== "detector") return;
  const { detector } = target;
  deepStrictEqual(Object.keys(target), ["type", "detector", ...MEMBERS], detector.id);
  for (const member of MEMBERS) strictEqual(target[member], detector[member], detector.id);
}

Deno.test("a detector target copies its detector's gate, find, pattern and opens", () => {
  let gates = 0, finds = 0, opens = 0;
  for (const detector of DETECTORS) {
    const target = detectorTarget(detector);
    strictEqual(target.detector, detector);
    checkTarget(target);
    if (target.gate !== undefined) gates++;
    if (target.find !== undefined) finds++;
    if (target.opens !== undefined) opens++;
  }
  // Each member is copied where a detector has it, not only left undefined.
  ok(gates > 0 && finds > 0 && opens > 0, `${gates} ${finds} ${opens}`);
});

Deno.test("the prefilter hands the engine detector targets with their members copied", () => {
  const prefilter = new LinePrefilter({
    detectors: DETECTORS,
    blocks: BLOCK_DETECTORS,
    unsearched: new Set(),
    escapes: { hiding: HIDING_MARKERS, wrapping: WRAPPING_MARKERS },
  });
  const lines = [
    'api_key="sk_live_0123456789abcdefghij" password=hunter22 token: abc',
    "card 4111 1111 1111 1111 from 10.1.2.3 mac 00:1a:2b:3c:4d:5e mail a@b.io",
    "https://user:pass@example.com/ name: Jane Doe",
  ];
  const text = lines.join("\n");
  const region = prefilter.lines(text, 0, text.length);
  let seen = 0, at = 0;
  for (const line of lines) {
    at += line.length;
    for (const target of region.upTo(at)) {
      checkTarget(target);
      seen++;
    }
    at++;
  }
  for (const target of prefilter.inFragment(lines[0])) checkTarget(target);
  ok(seen > 10, `${seen}`);
});
