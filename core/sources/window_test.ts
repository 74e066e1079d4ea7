import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import { formatDuration, parseDuration, parseWindow, windowTextProblem } from "./window.ts";

const NOW = Date.parse("2026-11-29T12:00:00Z");
const LIMITS = { defaultWindowMs: 15 * 60_000, maxWindowMs: 86_400_000 };
const iso = (text: string, now = NOW) => {
  const { start, end } = parseWindow(text, LIMITS, now);
  return [start.toISOString(), end.toISOString()];
};

/** The refusal for `text`; fails when `text` is accepted. */
function refusal(text: string): string {
  try {
    parseWindow(text, LIMITS, NOW);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(text)} was accepted`);
}

/** Every example a refusal gives (a length or an ISO start or range) is itself accepted. */
function assertExamplesWork(message: string) {
  const examples = message.match(
    /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z(\/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z)?|(?<![\w.])\d+[smhd]\b/g,
  ) ?? [];
  ok(examples.length > 0, `no example in: ${message}`);
  for (const example of examples) {
    strictEqual(windowTextProblem(example), undefined, `example ${example} in: ${message}`);
  }
}

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

Deno.test("an end within a minute of now is clamped to now", () => {
  deepStrictEqual(iso("2026-11-29T11:50:00Z/2026-11-29T12:00:30Z"), [
    "2026-11-29T11:50:00.000Z",
    "2026-11-29T12:00:00.000Z",
  ]);
});

Deno.test("a negative length says so, not that it is not a time", () => {
  const message = refusal("-5h");
  ok(/cannot be negative/.test(message) && /without a minus sign/.test(message), message);
  ok(!/ISO|not a time/i.test(message), message);
  assertExamplesWork(message);
});

Deno.test("a length with an unknown unit, no unit or a fraction says what units work", () => {
  for (const text of ["5w", "15 minutes", "3 fortnights", "2y"]) {
    const message = refusal(text);
    ok(/unit is not one Safe Debug knows: use s \(seconds\), m \(minutes\)/.test(message), message);
    ok(!message.includes(text.trim()), `echoes ${text}: ${message}`);
    assertExamplesWork(message);
  }
  const noUnit = refusal("15");
  ok(/needs a unit after the number/.test(noUnit), noUnit);
  assertExamplesWork(noUnit);
  const fraction = refusal("1.5h");
  ok(/whole numbers: write 90m rather than 1.5h/.test(fraction), fraction);
  const zero = refusal("0m");
  ok(/longer than zero, e\.g\. 15m/.test(zero), zero);
});

Deno.test("a reversed or empty-ended range says which way round to put it", () => {
  const reversed = refusal("2026-11-29T11:00:00Z/2026-11-29T10:00:00Z");
  ok(/end is not after its start: put the earlier time first/.test(reversed), reversed);
  ok(!reversed.includes("11:00:00"), reversed);
  assertExamplesWork(reversed);
  ok(/end is empty: write a time on both sides/.test(refusal("2026-11-29T10:00Z/")));
  ok(/more than one "\/"/.test(refusal("2026-11-29T10:00Z/2026-11-29T10:10Z/2026-11-29T10:20Z")));
});

Deno.test("a window over the source's maximum names the maximum", () => {
  const message = refusal("2d");
  ok(/longer than this log source allows \(at most 1d\): choose 1d or less/.test(message), message);
  assertExamplesWork(message);
  ok(/at most 1d/.test(refusal("2026-11-27T10:00Z/2026-11-29T10:00Z")));
  ok(/far too long/.test(refusal("99999999999d")));
});

Deno.test("a malformed ISO time says how to write one", () => {
  for (const text of ["2026-11-29 10:00", "2026-11-29", "2026-11-29T10:00Z/10:30"]) {
    const message = refusal(text);
    ok(
      /cannot read the time window's (start|end) as a time: write the date, a T/.test(message),
      message,
    );
    assertExamplesWork(message);
  }
  const impossible = refusal("2026-13-45T10:00Z");
  ok(/start is not a real date and time \(check the month, day and hour\)/.test(impossible));
  assertExamplesWork(impossible);
});

Deno.test("unreadable, future and overlong windows are refused with a way out", () => {
  const words = refusal("yesterday");
  ok(/^Safe Debug cannot read the time window\. Write a length/.test(words), words);
  ok(!words.includes("yesterday"));
  assertExamplesWork(words);
  const future = refusal("2026-11-29T13:00:00Z");
  ok(/starts in the future: choose a start before now/.test(future), future);
  ok(future.includes("2026-11-29T11:00Z"), "the example is an hour before now");
  assertExamplesWork(future);
  const ends = refusal("2026-11-29T11:50:00Z/2026-11-29T12:05:00Z");
  ok(/ends in the future: choose an end no later than now/.test(ends), ends);
  assertExamplesWork(ends);
  const long = refusal(`${"x".repeat(200)}`);
  ok(/too long to read \(at most 80 characters\)/.test(long) && !long.includes("xxx"), long);
});

Deno.test("windowTextProblem checks the text alone, with the same words", () => {
  strictEqual(windowTextProblem("15m"), undefined);
  strictEqual(windowTextProblem(""), undefined);
  strictEqual(windowTextProblem("2d"), undefined, "a source's maximum is not the text's problem");
  strictEqual(windowTextProblem("-5h"), refusal("-5h"));
  strictEqual(
    windowTextProblem("2026-11-29T11:00Z/2026-11-29T10:00Z"),
    refusal("2026-11-29T11:00Z/2026-11-29T10:00Z"),
  );
});

Deno.test("durations parse and format both ways", () => {
  strictEqual(parseDuration("15m"), 900_000);
  strictEqual(formatDuration(parseDuration("36h")), "36h");
  strictEqual(formatDuration(parseDuration("2d")), "2d");
  throws(() => parseDuration("15 minutes"), /unit is not one/);
  throws(() => parseDuration("0s"), /longer than zero/);
  throws(() => parseDuration("-1m"), /cannot be negative/);
});
