/**
 * A messaging API's send request as access logs print it (`POST …/Messages.json To=…&Body=…`):
 * its `To=` and `From=` are telephone numbers, bare or form-encoded, though no phone word is on
 * the line (values generated); other keys of the same line keep their numbers.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("To= and From= of a Messages.json request are masked, bare or form-encoded", () => {
  const r = new Rand(61);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const v = r.pick([
      () => `${r.range(2, 9)}${r.digits(9)}`,
      () => `00${r.range(31, 49)}${r.range(1, 9)}${r.digits(8)}`,
      () => `${r.range(2, 9)}${r.digits(2)}%20${r.digits(3)}%20${r.digits(3)}`,
    ])();
    const key = r.pick(["To", "From"]);
    cases.push([`POST /2010-04-01/Accounts/x/Messages.json ${key}=${v}&Body=Hi+there 201`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("other keys of a Messages.json request keep their numbers", () => {
  const r = new Rand(62);
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(
      `GET /v1/Messages.json?PageSize=50&Page=${r.range(2, 9)}${r.digits(9)} 200`,
      `POST /v1/Messages.json Body=Order+${r.range(2, 9)}${r.digits(9)}+shipped 201`,
    );
  }
  deepStrictEqual(changed(lines), []);
});
