/**
 * An address block written over several lines: below the line that ends with its street (or its
 * flat), the lines of its town, state or country and postcode (`Munich AZ 22857`, `WI` then
 * `77593`, ` France 50184`, `Spain EC2M 8DQ`) have their postcode masked; the same lines below
 * any other line, and log lines below a street line, stay as they are.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";

const scrubber = createScrubber();

Deno.test("the postcode on an address block's lines below its street is masked", () => {
  const r = new Rand(5144);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const zip = r.pick([
      String(r.range(1001, 99950)).padStart(5, "0"),
      `${r.pick(["EC", "B", "SW"])}${r.range(1, 19)} ${r.range(1, 9)}${r.pick(["DQ", "SU", "AA"])}`,
    ]);
    const street = `${r.range(1, 9999)}${r.pick(["", "B"])} ${
      r.pick(["Quillmore", "Vesk Hollow"])
    } ${r.pick(["Ave", "Parkway", "Heights", "Row", "Loop", "Place"])}${
      r.pick(["", " Unit 33", " Apt. 29C"])
    }`;
    const town = r.pick(["Pellham", "Dunmore Falls", "Ashby"]);
    const tail = r.pick([
      [`${town} ${r.pick(["AZ", "WI", "CO"])} ${zip}`],
      [town, r.pick(["WI", "CO"]), zip],
      [r.pick(["Flat 20", "Apt. 38B"]), town, "", `${r.pick(["Norland", "Vesteria"])} ${zip}`],
    ]);
    const marks = r.pick(["", " ", "> ", "    "]);
    const text = [`Ship to: ${r.pick(["Ilse Varga", "Tomasz Brook"])}`, street, ...tail]
      .map((line) => marks + line).join("\n");
    const out = scrubber.scrub(text).text;
    // All of it: no letter of a British postcode left before its mask (`S[REDACTED:…]`).
    if (out.includes(zip) || /\w\[REDACTED/.test(out)) leaks.push(out);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a town and number line below anything but a street line stays", () => {
  const benign = [
    "Processed batch\nTotal 12345",
    "road trip planner started\nQueued 40211",
    "unit tests passed: 12\nCoverage 81234",
    // In lower case: in capitals, a postcode is masked on any line (uk_postcode_alone_test.ts).
    "lane 4 closed\nsw1 1aa",
  ];
  deepStrictEqual(benign.map((text) => scrubber.scrub(text).text), benign);
  // Below a street line, a log line is no line of its block: it and the lines after it stay.
  const log = "2025-03-01 INFO worker-3 done 12345\nTotal 12345";
  deepStrictEqual(scrubber.scrub(`moved to 12 Quillmore Road\n${log}`).text.endsWith(log), true);
});

Deno.test("a long line below a street line ends the block at once, however its capitals split", () => {
  // BLOCK_LINE's words may touch, so a run of capitals splits in many ways: tried on a line of
  // 64 Ki capitals it ran for hours; a line longer than any block line ends the block instead.
  const capitals = "A".repeat(65_000) + "!";
  const text = `5144 Birch Ave\n${capitals}\nMunich AZ 22857`;
  deepStrictEqual(scrubber.scrub(text).text.split("\n").slice(1), [capitals, "Munich AZ 22857"]);
});
