/**
 * CSV columns and SQL `INSERT` columns named for national identifiers in the names real exports
 * give them (found by ../corpus/pii_ids17.jsonl): the Swedish `personnr`, the Turkish
 * `tc_kimlik_numarasi`, the Spanish `documento_nacional_identidad`, the Canadian French
 * `numero_assurance_sociale`, the German `steueridentifikationsnummer`, `personalausweis_nr` and
 * `reisepass_nr`, and the Australian `tfn_number`, `acn_number` and `medicare_card_no`: the value
 * under each is masked, in snake or camel case, through the whole engine. Values are seeded
 * letters and digits (the column's name is what is read, not the value's rule); a column whose
 * name only holds those words keeps its value.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

const NAMES = [
  "personnr",
  "person_nr",
  "tc_kimlik_numarasi",
  "kimlik_numarasi",
  "documento_nacional_identidad",
  "numero_assurance_sociale",
  "steueridentifikationsnummer",
  "steuer_id_nr",
  "personalausweis_nr",
  "personalausweisnummer",
  "ausweis_nr",
  "passnummer",
  "reisepass_nr",
  "tfn_number",
  "acn_number",
  "abn_no",
  "medicare_card_no",
];

const random = seededRandom(17);
const draw = (n: number, alphabet: string) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
/** An identifier-shaped value: two capitals and seven digits, or nine to eleven digits. */
const value = () =>
  random() < 0.5
    ? draw(2, "CFGHJKLMNPRTVWXYZ") + draw(7, "0123456789")
    : draw(1, "123456789") + draw(8 + Math.floor(random() * 3), "0123456789");

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

Deno.test("a value under a national identifier's CSV column name is masked", () => {
  for (const name of NAMES) {
    for (const column of new Set([name, camel(name)])) {
      for (const [head, row] of [[`id,${column},country`, "7,V,SE"], [`nr;${column}`, "17;V"]]) {
        const v = value();
        const out = scrub(`${head}\n${row.replace("V", v)}`);
        ok(!out.includes(v), `${head}: ${out}`);
        strictEqual(out.split("\n")[0], head);
      }
    }
  }
});

Deno.test("a value under a national identifier's name in an SQL INSERT is masked", () => {
  for (const name of NAMES) {
    const v = value();
    const out = scrub(
      `INSERT INTO customers (id, tier, ${name}, created_at) VALUES (4412, 'gold', '${v}', '2026-03-01')`,
    );
    ok(!out.includes(v), out);
  }
});

Deno.test("columns whose names only hold those words keep their values", () => {
  for (
    const header of ["id,passenger_nr,country", "id,compass_nr,country", "id,personal,country"]
  ) {
    const text = `${header}\n7,4410,SE`;
    strictEqual(scrub(text), text);
  }
});
