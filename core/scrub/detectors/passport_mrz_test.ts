/**
 * A passport's machine-readable zone (ICAO 9303 TD3): the first line's names and the whole second
 * line are masked when the second line's check digits hold (document number, birth date, expiry,
 * composite); a line of another length, or one check digit off, stays.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(0x4d52);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const run = (n: number, chars: string) =>
  Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join("");

/** ICAO 9303's check digit, computed here apart from the detector's. */
function check(text: string): string {
  const values = [...text].map((c) => c === "<" ? 0 : parseInt(c, 36));
  return String(values.reduce((sum, v, i) => sum + v * [7, 3, 1][i % 3], 0) % 10);
}

function zone(): { first: string; second: string; surname: string; number: string; birth: string } {
  const surname = pick(["HOLM", "MARCHETTI", "OKAFOR", "DUBOIS", "KOWALSKA"]);
  const given = pick(["LINA", "TOMAS<ARI", "ADA", "NOEMI<JUNE"]);
  const state = pick(["NLD", "DEU", "FRA", "ITA", "POL"]);
  const head = `P<${state}${surname}<<${given}`;
  const number = run(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + run(7, "0123456789");
  const birth = `${run(2, "0123456789")}0${1 + Math.floor(random() * 9)}1${run(1, "0123456789")}`;
  const expiry = `3${run(1, "0123")}0${1 + Math.floor(random() * 9)}2${run(1, "0123456789")}`;
  const body = `${number}${check(number)}${state}${birth}${check(birth)}${
    pick(["F", "M"])
  }${expiry}${check(expiry)}${"<".repeat(14)}<`;
  const second = body + check(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  return { first: head.padEnd(44, "<"), second, surname, number, birth };
}

Deno.test("a passport's MRZ: names, document number and birth date masked", () => {
  for (let i = 0; i < 10; i++) {
    const z = zone();
    for (
      const text of [
        `${z.first}\n${z.second}`,
        `{"mrz":"${z.first}\\n${z.second}","status":"read"}`,
        `scan ok line1=${z.first} line2=${z.second}`,
        `<mrz><line>${z.first}</line><line>${z.second}</line></mrz>`,
      ]
    ) {
      const out = scrub(text);
      for (const part of [z.surname, z.number, z.birth]) ok(!out.includes(part), out);
    }
  }
});

Deno.test("a line of another length, or a check digit off, stays", () => {
  const z = zone();
  const off = z.second.slice(0, 9) + String((Number(z.second[9]) + 1) % 10) + z.second.slice(10);
  for (const line of [off, `${z.first}<`, z.first.slice(0, 40), "cout << a << b;"]) {
    strictEqual(scrub(line), line);
  }
});

Deno.test("an ID card's TD2 second line (36 characters) is read as TD3's is; one check digit off stays", () => {
  for (let i = 0; i < 10; i++) {
    const z = zone();
    // TD2: the same fields, then seven optional characters and the composite check digit
    const body = z.second.slice(0, 28) + pick(["<<<<<<<", "AB12<<<", "X7<<<<<"]);
    const second = body + check(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 35));
    for (const text of [second, `mrz2=${second} ok`, `{"line2":"${second}"}`]) {
      const out = scrub(text);
      for (const part of [z.number, z.birth]) ok(!out.includes(part), out);
    }
    const off = second.slice(0, 35) + String((Number(second[35]) + 1) % 10);
    strictEqual(scrub(off), off);
  }
});
