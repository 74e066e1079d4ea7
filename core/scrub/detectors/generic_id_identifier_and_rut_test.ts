/**
 * A generic identity-number key spelled `national_identifier` (`nationalIdentifier`,
 * `citizen_identifier`), and a Chilean RUT (7–8 digits and a mod-11 check character, `K` for
 * 10) under any generic key: generated numbers that pass their rule are masked, in JSON, logfmt
 * and SQL.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(7042);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");

/** A RUT's check character for `body` (from the right, weights 2 to 7 repeating). */
function rutCheck(body: string): string {
  const sum = [...body].reverse().reduce((a, d, i) => a + Number(d) * (2 + (i % 6)), 0);
  const c = 11 - (sum % 11);
  return c === 11 ? "0" : c === 10 ? "K" : String(c);
}
/** A Dutch BSN: eight digits and the one that makes the 9…2, −1 weighted sum a multiple of 11. */
function bsn(): string {
  for (;;) {
    const d = String(1 + Math.floor(random() * 9)) + digits(7);
    const c = [...d].reduce((a, x, i) => a + Number(x) * (9 - i), 0) % 11;
    if (c < 10) return d + c;
  }
}
const rut = () => {
  const body = String(5 + Math.floor(random() * 20)) + digits(6);
  return { body, check: rutCheck(body) };
};
const FORMS = [
  (k: string, v: string) => `{"ref":"C-20931","${k}":"${v}","status":"ok"}`,
  (k: string, v: string) => `level=info ${k}=${v} duration_ms=31`,
  (k: string, v: string) => `SELECT id FROM applicants WHERE ${k} = '${v}' LIMIT 1`,
];

Deno.test("numbers under national_identifier, and RUTs under generic id keys, are masked", () => {
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (const key of ["national_identifier", "nationalIdentifier", "citizen_identifier"]) {
      const v = bsn();
      const out = scrubber.scrub(form(key, v)).text;
      if (out.includes(v)) leaks.push(out);
    }
    for (const key of ["id_number", "national_id", "tax_id"]) {
      const { body, check } = rut();
      for (const v of [`${body}-${check}`, `${Number(body).toLocaleString("de-DE")}-${check}`]) {
        const out = scrubber.scrub(form(key, v)).text;
        if (out.includes(v)) leaks.push(out);
      }
    }
  }
  deepStrictEqual(leaks, []);
});
