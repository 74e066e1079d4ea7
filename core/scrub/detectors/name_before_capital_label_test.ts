/**
 * A person's name under a key that names one, followed on the same line by a label in capitals
 * and its value (`patient=Nguyen, Giulia MRN 46453782 DOB …`, as claims and ADT feeds print a
 * record), is masked whole: its value ends before the label. Before, the label was read as part
 * of the name, the name failed to end, and only the given name was masked (by the given-name
 * pair rule), the family name kept. A company's name before a label stays as before. Names are
 * seeded picks from our own short lists.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(6021);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const GIVEN = ["Giulia", "Sipho", "Priya", "Mateus", "Ingrid", "Daniel", "Aino", "Camila"];
const FAMILY = ["Nguyen", "Okafor", "Lindqvist", "Hernández", "Kowalski", "Tremblay", "Sato"];
const digits = (n: number) =>
  Array.from({ length: n }, () => String(Math.floor(random() * 10))).join("");

Deno.test("a name before a capitals label and its value is masked whole", () => {
  const leaks: string[] = [];
  for (let i = 0; i < 6; i++) {
    const given = pick(GIVEN), family = pick(FAMILY);
    for (
      const line of [
        `837 claim: patient=${family}, ${given} MRN ${digits(8)} DOB 1980-0${1 + i}-12`,
        `ADT A04 patient: ${given} ${family} DOB: 1975-11-0${1 + i} ward 4B`,
        `payout holder=${given} ${family.toUpperCase()} IBAN on file, ref ${digits(6)}`,
      ]
    ) {
      const out = scrub(line);
      if (out.includes(given) || out.includes(family) || out.includes(family.toUpperCase())) {
        leaks.push(line);
      }
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a company's name before a label stays", () => {
  const changed: string[] = [];
  for (const line of ["customer=Acme Corp EU 3 seats", "customer=ACME EU 3 seats"]) {
    if (scrub(line) !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
