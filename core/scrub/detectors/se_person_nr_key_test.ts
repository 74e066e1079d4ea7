/**
 * A Swedish personnummer written as ten or twelve plain digits after `person_nr`, `person-nr` or
 * `person nr` (the abbreviation as database columns and forms spell it, found by
 * ../corpus/pii_ids17.jsonl) is masked as after `personnr`: the name is one of the number's, and
 * the value must still pass its date and Luhn digit. A value failing the Luhn digit, or a valid
 * one after another `person_` key, is kept. Values are seeded digits, kept when the scrubber's own
 * rule accepts (or refuses) them.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { swedenPersonnummerValid } from "../checksums/national_ids.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(4646);
const digits = (n: number) =>
  Array.from({ length: n }, () => String(Math.floor(random() * 10))).join("");
/** YYMMDDNNNC (or with the century) that the rule accepts, or with `valid` false refuses. */
function personnummer(valid = true, century = false): string {
  for (;;) {
    const yy = digits(2), mm = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const dd = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    const v = yy + mm + dd + digits(4);
    if (swedenPersonnummerValid(v) === valid) return century ? "19" + v : v;
  }
}

Deno.test("a plain personnummer after person_nr, person-nr or person nr is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (
      const carrier of [
        (v: string) => `SELECT id FROM applicants WHERE person_nr = '${v}' LIMIT 1`,
        (v: string) => `{"person_nr":${v},"ok":true}`,
        (v: string) => `- person-nr: ${v}\n  status: active`,
        (v: string) => `Kund med person nr ${v} registrerad`,
      ]
    ) {
      const v = personnummer(true, k % 2 === 1);
      if (scrub(carrier(v)).includes(v)) leaks.push(carrier(v));
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a failing Luhn digit, or another person_ key, keeps the value", () => {
  const changed: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (
      const line of [`person_nr=${personnummer(false)} ok`, `person_count=${personnummer()} ok`]
    ) {
      if (scrub(line) !== line) changed.push(line);
    }
  }
  deepStrictEqual(changed, []);
});
