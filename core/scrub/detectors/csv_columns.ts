/**
 * Values of CSV columns whose header names a secret or personal data (../kv/csv_columns.ts):
 * the header line opens the reading of the rows below it, where each such column's value is a
 * candidate. Secret columns (`password`, `api_key`, `token`) are one detector; a header naming
 * only personal data (`ssn`, `passport_no`, `date_of_birth`) opens the other.
 */
import type { Detector } from "../detector.ts";
import { pii, secret } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { csvHeader, csvInLine, csvRows } from "../kv/csv_columns.ts";
import { isPlaceholder } from "../placeholders.ts";
import { isProse, isShortNumber, isStatusWord } from "./value_checks.ts";

/**
 * Words of personal-data column names rare enough in other lines to look for alone, in snake
 * case; each one's camel-case spelling (`account_n` → `accountn`, as `accountNumber` folds) is
 * added below, where it is not too short to be rare itself.
 */
const SNAKE_WORDS = (
  "phone mobile msisdn whatsapp postcode post_code postal zip dob birth ssn social national " +
  "id_n id_card taxpayer tax_id tax_file nino ni_n nhs passport licen dl_n aadhaar voter " +
  "epic_no gstin gst_no pesel cpf cnpj curp bsn burger personnummer hetu tckn kimlik nric " +
  "rrn dni nie nif cif fiscale nir steuer idnr ausweis abn acn medicare npi mrn iban " +
  "routing_n aba_n account_n bank_acc acct card_n cc_n wallet thai_id sa_id securite orgnr " +
  "organisationsnummer tfn itin fax telefon handy puhelin rufnummer resident_reg gst_n " +
  "documento aba_r cellphone cell_phone cell_n _mac mac_addr hwaddr first_n last_n full_n " +
  "fullname given_n family_n middle_n surname vorname nachname rijksreg fodsels teudat " +
  "my_number ahv address passaporto identita snils checking_acc savings_acc patente ust_id " +
  "vehicle_reg registration_n partita p_iva _cie dea_n vat_n vat_id numerocie deanum deano " +
  "pan_num pan_no piva caller callee calling_n called_n card_holder account_holder " +
  "geburtsdatum nacimiento nascita naissance nascimento passeport hrerschein niss insz cuit " +
  "cuil rfc_c rut_c cc_num dl_num id_no id_num ni_num sur_n citizen personal_id resident_id " +
  "client_mac device_mac person_nr pass_n assurance a_number b_number calling_p called_p"
).split(" ");
const PERSONAL_WORDS = [
  ...SNAKE_WORDS,
  ...SNAKE_WORDS.filter((w) => /._/.test(w) && w.length > 4).map((w) => w.replace("_", "")),
];
/** Short or common column names, looked for only beside a separator. */
const SHORT_COLUMNS =
  "id tel tlf cc cf sin tin fin uen mbi pan aba street card mac pnr cpr rfc cie inn brn nin dea vat iva cell rut avs called calling ein fein"
    .split(" ");
const beside = (name: string) => [",", "\t", ";", "|"].flatMap((sep) => [sep + name, name + sep]);

/** A header's rows, when the header says `secret` columns or not. */
function rowsBelow(secret: boolean) {
  return (line: string) => {
    const header = csvHeader(line);
    return header !== null && header.secret === secret ? csvRows(header) : null;
  };
}

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Values in the rows of a CSV (or TSV, `;`/`|`-separated) table under a header column named for a
   * secret (`password`, `api_key`, `client_secret`, `token`).
   */
  secret(
    "csv-secret-column",
    ["pass", "pwd", "pw", "secret", "token", "key", "cred", "auth"],
    /(?:pass|pwd|pw|secret|token|key|cred|auth)/gi,
    // Not a phrase of plain words (two clauses of a log message read as a row: `lookup failed`),
    // nor a number of 1 to 4 digits, as password-assignment refuses one (`password_min_length`'s
    // `12`, `token_ttl`'s `3600`).
    (value) =>
      !isStatusWord(value) && !isProse(value) && !isShortNumber(value) && !isPlaceholder(value),
    {
      find: (line) => csvInLine(line, true),
      opens: rowsBelow(true),
    },
  ),
  /**
   * Values in the rows of a CSV table under a header column that names personal data only its name
   * identifies (`ssn`, `national_id`, `passport_no`, `date_of_birth`, `iban`).
   */
  pii(
    "csv-personal-column",
    // A word of every column name ../kv/csv_columns.ts reads as personal data: a long one
    // alone; a short or common one (`id`, `tel`, `cc`) only beside a separator, as a column name
    // is written (alone, such words are on nearly every line, and each one found costs work).
    [...PERSONAL_WORDS, ...SHORT_COLUMNS.flatMap(beside)],
    /(?:ssn|passport|national|birth|iban|card)/gi,
    // A value that identifies: with a digit (numbers, dates, addresses) or a capital or non-ASCII
    // letter (names: `Priya`, `de Vries`, `Ørsted`), and no stand-in (`pending`, `n/a`).
    (value) => /[\dA-Z\x80-\uffff]/.test(value) && !isStatusWord(value) && !isPlaceholder(value),
    {
      find: (line) => csvInLine(line, false),
      opens: rowsBelow(false),
    },
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
