/**
 * Girobank's postcode, GIR 0AA (the one outward code of three letters), on a line about a postcode
 * or an address, spaced or not, is masked as any UK postcode; GIR with another inward code stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();
const random = seededRandom(97);
const LEADS = ["Postcode: ", "postal code ", '{"zip":"', "address=Bootle ", "street ref "];

Deno.test("GIR 0AA after a postcode or address word is masked", () => {
  const leaks: string[] = [];
  for (let i = 0; i < 20; i++) {
    const value = random.pick(["GIR 0AA", "GIR0AA"]);
    const line = `${random.pick(LEADS)}${value}`;
    if (scrubber.scrub(line).text.includes(value)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("GIR with another inward code stays", () => {
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const inward = `${1 + random.int(9)}${random.pick([..."ABDEFGHJLNPQRSTUWXYZ"])}A`;
    // Not after `address=`: an address key's whole value is masked, postcode or not.
    lines.push(`${random.pick(LEADS.slice(0, 3))}GIR ${inward}`);
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
