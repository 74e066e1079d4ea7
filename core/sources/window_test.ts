import { deepStrictEqual, strictEqual, throws } from "@node/assert";
import { formatDuration, parseDuration, parseWindow } from "./window.ts";

const NOW = Date.parse("2026-11-29T12:00:00Z");
const LIMITS = { defaultWindowMs: 15 * 60_000, maxWindowMs: 86_400_000 };
const iso = (text: string, now = NOW) => {
  const { start, end } = parseWindow(text, LIMITS, now);
  return [start.toISOString(), end.toISOString()];
};

Deno.test("relative windows end now and start the duration before", () => {
  deepStrictEqual(iso("15m"), ["2026-11-29T11:45:00.000Z", "2026-11-29T12:00:00.000Z"]);
  deepStrictEqual(iso("2h"), ["2026-11-29T10:00:00.000Z", "2026-11-29T12:00:00.000Z"]);
  deepStrictEqual(iso("90s"), ["2026-11-29T11:58:30.000Z", "2026-11-29T12:00:00.000Z"]);
  deepStrictEqual(iso(" 1D "), ["2026-11-28T12:00:00.000Z", "2026-11-29T12:00:00.000Z"]);
});

Deno.test("an empty window is the default window", () => {
  deepStrictEqual(iso(""), ["2026-11-29T11:45:00.000Z", "2026-11-29T12:00:00.000Z"]);
});

Deno.test("ISO start/end pairs and a lone ISO start (to now), zones honoured", () => {
  deepStrictEqual(iso("2026-11-29T10:00:00Z/2026-11-29T10:15:00Z"), [
    "2026-11-29T10:00:00.000Z",
    "2026-11-29T10:15:00.000Z",
  ]);
  deepStrictEqual(iso("2026-11-29T11:00+01:00/2026-11-29T10:30:00.5Z"), [
    "2026-11-29T10:00:00.000Z",
    "2026-11-29T10:30:00.500Z",
  ]);
  deepStrictEqual(iso("2026-11-29T11:30"), [
    "2026-11-29T11:30:00.000Z",
    "2026-11-29T12:00:00.000Z",
  ]);
});

Deno.test("an end within a minute of now is clamped to now; further ahead is refused", () => {
  deepStrictEqual(iso("2026-11-29T11:50:00Z/2026-11-29T12:00:30Z"), [
    "2026-11-29T11:50:00.000Z",
    "2026-11-29T12:00:00.000Z",
  ]);
  throws(() => iso("2026-11-29T11:50:00Z/2026-11-29T12:05:00Z"), /ends in the future/);
});

Deno.test("inverted, future, too long and unreadable windows are refused with a reason", () => {
  throws(() => iso("2026-11-29T11:00:00Z/2026-11-29T10:00:00Z"), /end is not after its start/);
  throws(() => iso("2026-11-29T13:00:00Z"), /starts in the future/);
  throws(() => iso("2d"), /longer than this source allows \(1d\)/);
  throws(() => iso("yesterday"), /not an ISO time/);
  throws(() => iso("0m"), /longer than zero/);
  throws(() => iso("2026-11-29T10:00Z/2026-11-29T10:10Z/2026-11-29T10:20Z"), /more than one/);
  throws(() => iso("2026-13-45T10:00Z"), /not a valid date/);
  throws(() => iso("x".repeat(200)), /too long/);
});

Deno.test("durations parse and format both ways", () => {
  strictEqual(parseDuration("15m"), 900_000);
  strictEqual(formatDuration(parseDuration("36h")), "36h");
  strictEqual(formatDuration(parseDuration("2d")), "2d");
  throws(() => parseDuration("15 minutes"), /not a duration/);
  throws(() => parseDuration("0s"), /longer than zero/);
});
