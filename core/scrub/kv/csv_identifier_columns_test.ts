/**
 * CSV columns named for identifiers that carry no check digit the value alone would show, or that
 * a value's own detector reads only after its name (an Italian passport or identity card, a
 * vehicle's registration, a VAT or DEA number, a Russian INN or SNILS, a Korean BRN, a Nigerian
 * NIN, a checking account, a PAN), or for a caller (a CDR's A or B number), an account holder or a birth date in another
 * language: the row's value under such a column is masked, with the column
 * first, in the middle or last, in snake or camel case, through the whole engine (so the
 * prefilter's words find each header too); a column of another name keeps its value.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

const COLUMNS: [string, string][] = [
  ["passaporto", "BR9210074"],
  ["numero_passaporto", "YA1234567"],
  ["numero_cie", "SS5447756"],
  ["numero_patente", "DA5531269R"],
  ["vehicle_registration", "DK05VNP"],
  ["registration_number", "UP 16 A 5943"],
  ["vat_number", "IT 06511400829"],
  ["partita_iva", "06511400829"],
  ["ust_id", "DE254146342"],
  ["dea_number", "XY0094590"],
  ["inn", "990787519123"],
  ["snils", "516-387-260 98"],
  ["brn", "885-28-30554"],
  ["nin", "43812177969"],
  ["checking_account", "865515716903"],
  ["savings_account", "4900113"],
  ["pan_number", "DQRFF1535X"],
  ["pan_no", "DQRFF1535X"],
  ["dea_no", "XY0094590"],
  ["p_iva", "06511400829"],
  ["vat_id", "DE254146342"],
  ["cell", "628129332669"],
  ["caller_id", "0079165960154"],
  // A call detail record's parties: the calling (A) and called (B) number.
  ["calling_party_number", "14155550123"],
  ["a_number", "447700900123"],
  ["b_number", "2348029879150"],
  ["cardholder", "Nguyen Van An"],
  ["account_holder_name", "Ana Souza"],
  ["geburtsdatum", "14.07.1943"],
  ["fecha_nacimiento", "14/10/1947"],
  ["numero_passeport", "32HW23397"],
  ["fuehrerschein_nr", "Z332RLR1GK"],
  ["niss", "85.08.23-318.57"],
  ["cuit", "27449591491"],
  ["rut", "11484106-4"],
  ["rfc_cliente", "DCZM741209LA2"],
];

/** `name` in snake case as given, or in camel case (`vatNumber`). */
const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

Deno.test("a value under an identifier-named CSV column is masked, wherever the column stands", () => {
  for (const [name, value] of COLUMNS) {
    for (const header of [name, camel(name)]) {
      const layouts = [
        [
          `seq,${header},created`,
          `7,${value},2026-01-14`,
          `7,[REDACTED:csv-personal-column],2026-01-14`,
        ],
        [`${header},seq`, `${value},7`, `[REDACTED:csv-personal-column],7`],
        [`seq;${header}`, `7;${value}`, `7;[REDACTED:csv-personal-column]`],
      ];
      for (const [head, row, masked] of layouts) {
        const out = scrub(`${head}\n${row}`).split("\n");
        strictEqual(out[0], head);
        // The row is masked by the column, or (a valid INN) by its own detector as well.
        strictEqual(
          out[1].replace(/\[REDACTED:[a-z0-9-]+\]/g, "[REDACTED:csv-personal-column]"),
          masked,
          `${head} / ${row}`,
        );
      }
    }
  }
});

Deno.test("columns whose names only hold those words keep their values", () => {
  for (
    const header of [
      "id,registration,created",
      "id,innings,created",
      "id,alpha_number,created",
      "id,tab_number,created",
      "id,vat_rate,created",
      "id,placeholder,x",
    ]
  ) {
    const text = `${header}\n7,DK05VNP,2026-01-14`;
    strictEqual(scrub(text), text);
  }
});
