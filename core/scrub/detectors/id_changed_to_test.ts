/**
 * A log that says an identifier changed writes its name, then `changed to` or `updated to`, then
 * the value (`SSN changed to 249 35 0798`, `customer ssn updated to 249350798`): the name still
 * names it, as `SSN is` or `SSN invalid:` does. Without an identifier's name (`status changed to
 * 123456789`) the number stays. SSNs generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xc4a9);
const scrubber = createScrubber();

/** A US SSN an issuer could give: area 001–665 or 667–899, group and serial not zero. */
function ssn(): [string, string, string] {
  let area = 666;
  while (area === 666) area = 1 + random.int(899);
  return [
    String(area).padStart(3, "0"),
    String(1 + random.int(99)).padStart(2, "0"),
    String(1 + random.int(9999)).padStart(4, "0"),
  ];
}

Deno.test("an SSN after its name and `changed to` / `updated to` is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 40; k++) {
    const parts = ssn();
    const value = random.pick([parts.join(" "), parts.join("")]);
    const name = random.pick(["SSN", "customer SSN", "ssn", "Social Security number"]);
    const line = `ticket ${random.int(99999)}: ${name} ${
      random.pick(["changed", "updated"])
    } to ${value}; priority=normal`;
    if (scrubber.scrub(line).text.includes(value)) left.push(line);
  }
  deepStrictEqual(left, []);
});

Deno.test("a number after `changed to` with no identifier's name stays", () => {
  const changed: string[] = [];
  for (let k = 0; k < 40; k++) {
    const value = ssn().join(random.pick(["", " "]));
    const line = `ticket ${random.int(99999)}: ${
      random.pick(["status", "priority", "queue"])
    } changed to ${value}`;
    if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
