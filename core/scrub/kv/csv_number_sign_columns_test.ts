/**
 * A CSV or TSV header whose other columns are written with a number sign (`FILE #`, `Acct #`, as
 * payroll and ledger exports name them) still opens the reading of its rows: the personal
 * columns' values below it (`BIRTH DATE`, `SSN`) are masked; a header with no personal column,
 * and the rows of one, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0xad9);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");
const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join("");

const rows = Array.from({ length: 10 }, () => ({
  file: digits(6),
  dob: `${two(int(1, 12))}/${two(int(1, 28))}/${int(1945, 2004)}`,
  rate: `${int(15, 80)}.${two(int(0, 99))}`,
}));

Deno.test("a personal column's values are masked below a header with `#` in a column's name", () => {
  const leaks = rows.flatMap(({ file, dob, rate }, i) => {
    const sep = i % 2 ? "\t" : ",";
    const table = [
      ["CO CODE", "FILE #", "BIRTH DATE", "PAY RATE"].join(sep),
      ["X9K", file, dob, rate].join(sep),
    ].join("\n");
    return scrubber.scrub(table).text.includes(dob) ? [table] : [];
  });
  deepStrictEqual(leaks, []);
});

Deno.test("a header with `#` and no personal column, and its rows, stay", () => {
  const tables = rows.map(({ file, rate }) =>
    ["CO CODE,FILE #,DEPT,PAY RATE", `X9K,${file},D${digits(2)},${rate}`].join("\n")
  );
  deepStrictEqual(tables.filter((t) => scrubber.scrub(t).text !== t), []);
});
