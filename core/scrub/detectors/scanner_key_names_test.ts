/**
 * Values under key names that secret scanners know (Code Climate's CC_TEST_REPORTER_ID …) are
 * masked in the forms a CI file or a log writes them; the same names with a reference or a value
 * of another shape stay.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

/** `length` lower-case hex digits from a small seeded generator. */
function hexOf(seed: number, length: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  return Array.from({ length }, () => "0123456789abcdef"[next() % 16]).join("");
}

function masked(lines: readonly string[], value: string): void {
  for (const line of lines) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(value), false, out);
  }
}

Deno.test("Code Climate's test reporter id (64 hex) under CC_TEST_REPORTER_ID", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const id = hexOf(seed, 64);
    masked([
      `env:\n  CC_TEST_REPORTER_ID: ${id}`,
      `export CC_TEST_REPORTER_ID="${id}"`,
      `{"cc_test_reporter_id":"${id}"}`,
    ], id);
  }
  for (
    const line of [
      "CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}",
      "CC_TEST_REPORTER_ID=3ff9406b69a009c4",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
