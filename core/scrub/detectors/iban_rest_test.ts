/**
 * The rest of an IBAN in groups of four is no card and no telephone number (ibanRestAt), but
 * only a number that starts with such a group is its rest: a telephone number or a card of another
 * layout after a token of the same shape (a postcode's outward code, an order number) is masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a number of another layout after two capitals and two digits is no IBAN's rest", () => {
  deepStrictEqual(
    leaksOf([
      ["London NW10 020 7946 0018", "7946 0018"],
      ["tel: AB12 +44 20 7946 0018", "7946 0018"],
      ["delivery SW19 +442079460018 after 6pm", "442079460018"],
      ["order SO12 4539148803436467 paid", "4539148803436467"],
    ]),
    [],
  );
  // The rest of a mistyped IBAN in groups of four stays, as before.
  deepStrictEqual(
    changed([
      "DE89 3704 0044 0532 0130 01",
      "GB29 NWBK 6016 1331 9268 1",
      "ref AB12 4539 1488 0343 6467",
    ]),
    [],
  );
});
