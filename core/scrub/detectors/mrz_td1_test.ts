/**
 * ICAO 9303 TD1 (identity cards: three lines of 30): the first line (type, state, document number,
 * its check digit, optional data) masked when the number's check digit holds, the second (birth
 * date, sex, expiry, nationality, optional data, composite) when the birth date's and expiry's
 * hold, the third's names always; as a block and each line alone. A check digit off, a line of
 * another length, a first line with no `<` stay. Values generated from a seed.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x7d1);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const run = (n: number, chars: string) =>
  Array.from({ length: n }, () => chars[int(chars.length)]).join("");
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";
const scrubber = createScrubber();

/** ICAO 9303's check digit, computed here apart from the detector's. */
function check(text: string): string {
  const values = [...text].map((c) => c === "<" ? 0 : parseInt(c, 36));
  return String(values.reduce((sum, v, i) => sum + v * [7, 3, 1][i % 3], 0) % 10);
}

function zone() {
  const state = pick(["UTO", "D<<", "FRA", "NLD", run(3, LETTERS)]);
  const number = run(1 + int(3), LETTERS) + run(6, DIGITS);
  const doc = number.padEnd(9, "<");
  const optional1 = (pick(["", run(9, DIGITS), run(4, LETTERS)]) + "<".repeat(15)).slice(0, 15);
  const first = `${pick(["I<", "ID", "IR", "AC", "C<"])}${state}${doc}${check(doc)}${optional1}`;
  const birth = `${run(2, DIGITS)}0${1 + int(9)}1${int(10)}`;
  const expiry = `3${int(4)}0${1 + int(9)}2${int(10)}`;
  const optional2 = (pick(["", run(5, DIGITS)]) + "<".repeat(11)).slice(0, 11);
  const body = `${birth}${check(birth)}${pick(["F", "M", "<"])}${expiry}${check(expiry)}${
    pick([state, "NLD"])
  }${optional2}`;
  const second = body +
    check(first.slice(5) + body.slice(0, 7) + body.slice(8, 15) + body.slice(18));
  const names = `${run(3 + int(6), LETTERS)}<<${run(2 + int(6), LETTERS)}${
    int(2) ? `<${run(3, LETTERS)}` : ""
  }`;
  return { first, second, third: names.padEnd(30, "<"), number, birth, names };
}

Deno.test("an identity card's TD1 zone: document number, birth date and names masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 40; k++) {
    const z = zone();
    const lines: [string, string][] = [
      [`${z.first}\n${z.second}\n${z.third}`, z.number],
      [`${z.first}\n${z.second}\n${z.third}`, z.birth],
      [`${z.first}\n${z.second}\n${z.third}`, z.names],
      [`ocr.result doc_type=ID mrz_line1="${z.first}" confidence=0.97`, z.number],
      [`{"mrz":["${z.first}","${z.second}"]}`, z.birth],
      [`ocr.result mrz_line2=${z.second} ok`, z.birth],
      [`<mrz3>${z.third}</mrz3>`, z.names],
      [`kyc line3=${z.third} source=scanner`, z.names],
    ];
    for (const [line, part] of lines) {
      if (scrubber.scrub(line).text.includes(part)) leaks.push(`${part} in ${line}`);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a TD1 line with a check digit off, of another length, or a first line with no < at its end stays", () => {
  const changed: string[] = [];
  const off = (line: string, at: number) =>
    line.slice(0, at) + String((Number(line[at]) + 1 + int(8)) % 10) + line.slice(at + 1);
  for (let k = 0; k < 40; k++) {
    const z = zone();
    // A first line's layout and check digit with no `<` in it (a `<<` elsewhere on the line).
    const doc = run(2, LETTERS) + run(7, DIGITS);
    for (
      const line of [
        `mrz_line1=${off(z.first, 14)} rejected`,
        `mrz_line2=${off(z.second, pick([6, 14]))} rejected`,
        `mrz_line1=${z.first.slice(0, 29)} short`,
        `mrz_line2=${z.second}7 long`,
        `id ${pick(["ID", "IR", "AC"])}${run(3, LETTERS)}${doc}${check(doc)}${
          run(15, LETTERS)
        } ok << x`,
        `kyc line3=${z.third}< long`,
        `separator ${"<".repeat(30)} end`,
      ]
    ) if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
