/**
 * The csv-personal-column detector runs only on lines holding one of its words (./csv_columns.ts),
 * which are written apart from the column names ../kv/csv_columns.ts reads as personal data: every
 * name that list accepts, generated from its own pattern, must wake the detector on a header line,
 * whether the column comes first, in the middle or last, in snake or camel case. A name no word
 * covers is a header whose rows pass unmasked when nothing else on the line wakes the detector.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { detectors } from "./csv_columns.ts";
import { PERSONAL_COLUMN, personalColumn } from "../kv/csv_columns.ts";
import { generatorFor, seededRandom } from "../corpus/token_generator.ts";

/** `text` as the prefilter reads it: each code unit lower-cased alone (../prefilter). */
const foldCase = (text: string) =>
  [...text].map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join("");

/** `name` in camel case (`date_of_birth` → `dateOfBirth`). */
const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Every name PERSONAL_COLUMN accepts, drawn from its own pattern until no new one comes. */
function personalNames(): string[] {
  const generate = generatorFor(PERSONAL_COLUMN.source);
  const random = seededRandom(29);
  const names = new Set<string>();
  for (let k = 0; k < 80_000; k++) {
    const name = generate(random).text.replace(/^_/, "");
    if (personalColumn(name)) names.add(name);
  }
  return [...names].sort();
}

Deno.test("every personal column name wakes the CSV detector, wherever it stands in a header", () => {
  const detector = detectors.find((d) => d.id === "csv-personal-column")!;
  const keywords = detector.prefilter!.keywords!;
  const names = personalNames();
  // The draw reaches the list's rarer spellings too (not only its first alternatives).
  for (const name of ["fodselsnummer", "rut_cliente", "shipping_address_line_3", "hwaddr"]) {
    ok(names.includes(name), name);
  }
  const missed: string[] = [];
  for (const name of names) {
    for (const column of new Set([name, camel(name)])) {
      for (const header of [`seq,${column},created`, `${column},seq`, `seq;${column}`]) {
        const line = foldCase(header);
        if (!keywords.some((k) => line.includes(k))) missed.push(header);
      }
    }
  }
  deepStrictEqual(missed, []);
});
