/**
 * A payment card followed by its expiry date (`12/27`) is masked: the month is no short group
 * continuing the card (`4539 1488 0343 6467 12` is one number of 18 digits, no card).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a card before its expiry date is masked; a short group after it still continues it", () => {
  const cases: [string, string][] = [
    ["card 4539 1488 0343 6467 12/27", "4539 1488 0343 6467"],
    ["4539148803436467 12/27 cvv ok", "4539148803436467"],
    ["pan 5105 1051 0510 5100 03/2029 approved", "5105 1051 0510 5100"],
  ];
  deepStrictEqual(
    cases.filter(([line, card]) => scrubber.scrub(line).text.includes(card)).map(([l]) => l),
    [],
  );
  // The expiry date itself stays.
  deepStrictEqual(cases.map(([line]) => /\d\d\/\d+/.test(scrubber.scrub(line).text)), [
    true,
    true,
    true,
  ]);
  const kept = ["ids 4539 1488 0343 6467 12 done", "batch 4539148803436467 7"];
  deepStrictEqual(kept.map((l) => scrubber.scrub(l).text), kept);
});
