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
import { isProse, isStatusWord } from "./value_checks.ts";

/** Words of personal-data column names rare enough in other lines to look for alone. */
const PERSONAL_WORDS = [
  ..."phone mobile msisdn whatsapp postcode post_code postal zip dob birth ssn social".split(" "),
  ..."national id_n id_card taxpayer tax_id tax_file nino ni_n nhs passport licen dl_n".split(" "),
  ..."aadhaar voter epic_no gstin gst_no pesel cpf cnpj curp bsn burger personnummer".split(" "),
  ..."hetu tckn kimlik nric rrn dni nie nif cif fiscale nir steuer idnr ausweis abn acn".split(" "),
  ..."medicare npi mrn iban routing_n aba_n account_n bank_acc acct card_n cc_n wallet".split(" "),
  ..."thai_id sa_id securite orgnr organisationsnummer tfn itin fax".split(" "),
  ..."telefon handy puhelin rufnummer resident_reg gst_n documento aba_r cellphone cell_phone"
    .split(" "),
  ..."cell_n _mac mac_addr hwaddr first_n firstn last_n lastn full_n fullname given_n family_n"
    .split(" "),
  ..."middle_n surname vorname nachname rijksreg fodsels teudat my_number ahv".split(" "),
  // Identifiers, account holders and birth dates, some in other languages (one word each).
  ...`passaporto identita snils checking_acc checkingacc savings_acc savingsacc patente ust_id
    ustid vehicle_reg vehiclereg registration_n registrationn partita p_iva _cie dea_n vat_n
    vat_id vatn vatid numerocie deanum deano pan_num pannum pan_no panno piva caller callee
    calling_n callingn called_n calledn cardholder card_holder accountholder account_holder
    geburtsdatum nacimiento nascita naissance nascimento passeport hrerschein niss insz cuit
    cuil rfc_c rfcc rut_c rutc`.split(/\s+/),
];
/** Short or common column names, looked for only beside a separator. */
const SHORT_COLUMNS =
  "id tel tlf cc cf sin tin fin uen mbi pan aba address street card mac pnr cpr rfc cie inn brn nin dea vat iva cell rut"
    .split(" ");
const beside = (name: string) => [",", "\t", ";", "|"].flatMap((sep) => [sep + name, name + sep]);

/** A header's rows, when the header says `secret` columns or not. */
function rowsBelow(secret: boolean) {
  return (line: string) => {
    const header = csvHeader(line);
    return header !== null && header.secret === secret ? csvRows(header, line) : null;
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
    // Not a phrase of plain words (a log's prose read as a row: `check pass; user unknown`).
    (value) => !isStatusWord(value) && !isProse(value) && !isPlaceholder(value),
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
