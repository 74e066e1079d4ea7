/**
 * The German statutory health insurance's numbers of a physician (LANR: six digits, a check digit
 * weighted 4 and 9, two digits of the specialty) and of a practice (BSNR: nine digits) are masked
 * right after their names, and stay after other words. Values drawn from a seeded stream.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(2121);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** A LANR: six digits, their check digit (weights 4, 9, 4, 9, 4, 9), two specialty digits. */
function lanr(): string {
  const body = digits(6);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 4 : 9), 0);
  return body + ((10 - (sum % 10)) % 10) + digits(2);
}

Deno.test("LANR and BSNR right after their names are masked", () => {
  const cases: [string, string][] = [];
  for (let i = 0; i < 10; i++) {
    const l = lanr(), b = digits(9);
    cases.push(
      [`LANR: ${l}`, l],
      [`Arztnummer ${l} übermittelt`, l],
      [`{"lanr":"${l}","fach":"Allgemeinmedizin"}`, l],
      [`arzt_nr=${l} status=ok`, l],
      [`BSNR: ${b}`, b],
      [`Betriebsstättennummer ${b} gemeldet`, b],
      [`betriebsstaetten_nr=${b}`, b],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("nine digits after other words of the same lines stay", () => {
  const l = lanr();
  deepStrictEqual(
    changed([
      `LANR fehlt, Auftrag ${l}`,
      `Arzt 3 von ${l} Terminen`,
      `Zahnarzt Praxis ${l}`,
      `Betriebsstätte Köln, Lager ${l}`,
      `bsnr ok: 42`,
    ]),
    [],
  );
});
