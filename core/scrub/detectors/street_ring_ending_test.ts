/**
 * German streets ending in `ring` (`Altstadtring 12`) are addresses; English words that end in
 * the same letters (`During`, `String`, `Spring`, gerunds such as `Monitoring`, `Transferring`)
 * before a number are not, and stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a capitalised English word ending in `ring` before a number is no German street", () => {
  const benign = [
    "During 2014, the council invested heavily in new designs",
    "Monitoring 12 hosts in eu-west-1",
    "Transferring 3 files to the backup bucket",
    "String 42 is longer than the column allows",
    "Spring 6 application context started",
    "Offering 2 plans to the tenant",
    "Mirroring 4 disks, Clustering 3 nodes",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("German streets ending in `ring` stay addresses", () => {
  const named = ["Altstadtring 12", "Nordring 5", "Westring 7a", "Hohenzollernring 48"];
  const lines = named.map((a) => `Lieferung an ${a}, zugestellt`);
  deepStrictEqual(lines.filter((line, i) => scrubber.scrub(line).text.includes(named[i])), []);
});
