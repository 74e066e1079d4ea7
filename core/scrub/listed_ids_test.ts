/**
 * Ids in a list (./listed_ids.ts): a value of the same layout joined to an id number found is
 * masked with it, up to three; a value of another layout beside it stays. Values
 * drawn from the dev kit's seeded generator.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { DIGITS, seededRandom } from "../../devkit/sample_logs/random.ts";
import { italyCodiceFiscaleValid } from "./checksums/national_ids.ts";

const scrubber = createScrubber();
const random = seededRandom(41);
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A codice fiscale's first 15 characters, and its check letter (`valid`) or a wrong one. */
function codiceFiscale(valid: boolean): string {
  const body = random.chars(6, LETTERS) + random.chars(2, DIGITS) +
    random.pick([..."ABCDEHLMPRST"]) +
    random.chars(2, DIGITS) + random.chars(1, LETTERS) + random.chars(3, DIGITS);
  const checks = [...LETTERS].filter((c) => italyCodiceFiscaleValid(body + c) === valid);
  return body + random.pick(checks);
}

/** A passport number: a letter, three digits, a letter, four digits. */
const passport = () =>
  random.chars(1, LETTERS) + random.chars(3, DIGITS) + random.chars(1, LETTERS) +
  random.chars(4, DIGITS);

const leaks = (line: string, values: string[]) =>
  values.filter((value) => scrubber.scrub(line).text.includes(value));

Deno.test("a value of the same layout listed beside an id found is masked with it", () => {
  for (let i = 0; i < 20; i++) {
    const good = codiceFiscale(true), bad = codiceFiscale(false), other = codiceFiscale(false);
    for (
      const line of [
        `${good} and ${bad}`,
        `codici: ${good}, ${bad}; ${other}`,
        `${good} / ${other} & ${bad}`,
        `${good} ${bad} ${other}`,
        // The last of 10 characters or more may be a digit where the id has a letter.
        `${good} and ${digitLast(bad)}`,
      ]
    ) {
      deepStrictEqual(
        leaks(line, [good, bad, other, digitLast(bad)].filter((v) => line.includes(v))),
        [],
        line,
      );
    }
    const [first, second] = [passport(), passport()];
    const line = `Passports: ${first} and ${second}`;
    deepStrictEqual(leaks(line, [first, second]), [], line);
  }
});

Deno.test("a value of another layout beside an id found stays, and one before it", () => {
  for (let i = 0; i < 20; i++) {
    const good = codiceFiscale(true), other = codiceFiscale(false);
    const plain = random.chars(16, LETTERS);
    const number = random.chars(12, DIGITS) + random.chars(4, LETTERS), first = passport();
    for (
      const [line, kept] of [
        [`${good} and ${plain}`, plain],
        [`${good}, ${number}`, number],
        [`${good} and ${plain.slice(0, 6)}1${plain.slice(7)}`, `${plain.slice(0, 6)}1`],
        [`${good} and ${digitLast(good)}x`, `${digitLast(good)}x`],
        [`Passport: ${first} and ${first.slice(1)}`, `and ${first.slice(1)}`],
        [`Passport: ${first} on 2024-03-01`, "2024-03-01"],
        [`${other} and ${good}`, other],
        [`Passport: ${first} and ${random.chars(9, LETTERS)}`, " and "],
        [`Passport: ${first} and ${first.slice(4)}${first.slice(0, 4)}`, " and "],
      ]
    ) deepStrictEqual(scrubber.scrub(line).text.includes(kept), true, line);
  }
});

/** A codice fiscale with a digit in place of its last letter. */
const digitLast = (value: string) => value.slice(0, 15) + "7";
