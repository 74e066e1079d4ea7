/**
 * CSV (and TSV, `;`- or `|`-separated) records whose key names sit on a header line above them:
 * `id,email,password` then `42,ann@example.com,Tr0ub4dor&3`. A header line whose columns name a
 * secret (by the key/value reader's rules, ./key_names.ts) or personal data that only a name
 * identifies (`ssn`, `national_id`, `passport_no` …) opens a reading of the rows below it: each
 * row with the header's number of fields gives the values of those columns; the first line that
 * is not such a row ends it.
 */
import type { Candidate, Continuation } from "../detector.ts";
import { keyKind } from "./key_names.ts";

/*
 * No count of columns, rows or segments is capped: every reading here is one pass over the line,
 * whose length the engine bounds, so a wide table is read whole rather than passed unread.
 */

/** Separators a header may use, most common first. */
const SEPARATORS = [",", "\t", ";", "|"];

/**
 * A column name: letters, digits, `_ . - #` and spaces (`FILE #`, `Acct #`, as payroll and
 * ledger exports write them), maybe in double quotes, maybe after the `*` an import template
 * marks a required column with (Xero's `*ContactName`); or none (the empty fields outside a
 * bordered table's `|`: `| id | password |`).
 */
const NAME = /^\s*("?)\*?([A-Za-z][A-Za-z0-9_. #-]{0,63})?\1\s*$/;

/**
 * Column names of personal data that only the name identifies (a number of nine digits is an
 * SSN because its column says so), in the key/value reader's snake-case spelling.
 */
export const PERSONAL_COLUMN = new RegExp(
  "(?:^|_)(?:" +
    // Contact and address
    "phone(?:_number|_no)?|" +
    "(?:tele)?phone|" +
    "telefon[oe]?|tlf|handy|puhelin|rufnummer|" +
    "mobile(?:_number|_no)?|" +
    "cell(?:_?phone|_number|_no)?|" +
    "(?:caller|callee|calling|called)(?:_party)?(?:_id|_number|_no)?|[ab]_?number|" +
    "msisdn|" +
    "tel|" +
    "fax|" +
    "whatsapp|" +
    "(?:street_|home_|postal_|billing_|shipping_)?address(?:_line_?\\d|\\d)?|" +
    "street|" +
    "post_?code|" +
    "postal_code|" +
    "zip(?:_?code)?|" +
    "dob|date_of_birth|birth_?date|birthday|" +
    "geburtsdatum|fecha_(?:de_)?nacimiento|data_(?:di_)?nascita|date_de_naissance|data_de_nascimento|" +
    "(?:first|last|full|given|family|middle|sur)_?name|vorname|nachname|" +
    "(?:card|account)_?holder(?:_name)?|" +
    // Identity numbers
    "ssn|social_security(?:_number|_no)?|" +
    "national_insurance(?:_number|_no)?|" +
    "sin|social_insurance_number|" +
    "(?:national|personal|citizen|resident)_id(?:_number|_no)?|" +
    "id_(?:number|no|card(?:_number|_no)?)|" +
    "tax_id|taxpayer_id|tin|itin|tax_file_number|f?ein|" +
    "nino|ni_number|nhs_(?:number|no)|" +
    "passport(?:_number|_no)?|(?:numero_)?passeport|" +
    "f(?:ue|u)hrerschein(?:_?nr|_nummer)?|" +
    "driv(?:ing|ers?)_licen[cs]e(?:_number|_no)?|dl_number|" +
    "aadhaar(?:_no|_number)?|voter_id|epic_no|gstin|gst_(?:no|number)|" +
    "pesel|cpf|cnpj|curp|bsn|burgerservicenummer|personnummer|person_?nr|hetu|tckn|(?:tc_)?kimlik(?:_no|_numarasi)?|pnr|" +
    "nric|fin|uen|rrn|resident_registration(?:_number|_no)?|thai_id|sa_id|numero_securite_sociale|organisationsnummer|orgnr|" +
    "dni|nie|nif|cif|cf|codice_fiscale|nir|steuer_?(?:id(?:_?nr)?|identifikationsnummer)|idnr|" +
    "(?:personal)?ausweis(?:_?n(?:r|ummer))?|(?:reise)?pass_?n(?:r|ummer)|" +
    "cpr|rijksregisternummer|fodselsnummer|teudat_zehut|my_number|rfc(?:_cliente)?|" +
    "niss|insz|cuit|cuil|rut(?:_cliente)?|" +
    "(?:abn|acn|tfn)(?:_number|_no)?|medicare(?:_card|_beneficiary)?(?:_number|_no|_id)?|mbi|npi|mrn|ahv(?:_number)?|avs|" +
    "(?:numero_)?documento(?:_nacional)?(?:_identidad)?|assurance_sociale|" +
    "(?:numero_)?passaporto|(?:numero_)?cie|carta_(?:d_)?identita|" +
    "inn|snils|brn|nin|dea(?:_number|_no)?|" +
    "vat_(?:number|no|id)|ust_?id(?:_?nr)?|partita_iva|p_?iva|" +
    // Vehicles that go with one person
    "(?:vehicle_)?registration_(?:number|no)|vehicle_registration|(?:numero_)?patente|" +
    // Money
    "(?:bank_|checking_|savings_)?account_(?:number|no)|(?:bank|checking|savings)_account|acct_no|iban|routing_number|aba(?:_routing)?(?:_number)?|" +
    "card_number|cc_number|cc|pan(?:_number|_no)?|" +
    "wallet(?:_address)?|(?:btc|eth|crypto)_address|" +
    // Devices that go with one person
    "(?:client_|device_)?mac(?:_?addr(?:ess)?)?|hwaddr)$",
);

/** Whether a column (or key) `name` names personal data that only the name identifies. */
export function personalColumn(name: string): boolean {
  return PERSONAL_COLUMN.test(snake(name));
}

/** What a header says of its columns. */
export interface CsvHeader {
  separator: string;
  /** How many fields a row of it has. */
  columns: number;
  /** The columns whose values are masked, in order. */
  masked: readonly number[];
  /** Whether one of them names a secret (otherwise they name personal data). */
  secret: boolean;
  /** The header line, without the blanks at its end (a row repeating it is no row). */
  text: string;
}

/** `line`'s fields split at `separator`, double quotes kept (`"a,b"` is one field). */
function fields(line: string, separator: string): Candidate[] {
  const out: Candidate[] = [];
  const sep = separator.charCodeAt(0);
  let i = 0;
  const n = line.length;
  for (;;) {
    const start = i;
    let quoted = false;
    while (i < n) {
      const c = line.charCodeAt(i);
      if (c === 0x22) quoted = !quoted;
      else if (c === sep && !quoted) break;
      i++;
    }
    out.push({ start, end: i });
    if (i >= n) return out;
    i++;
  }
}

/** A field without the blanks and double quotes around it. */
function inner(line: string, field: Candidate): Candidate {
  let { start, end } = field;
  while (start < end && (line[start] === " " || line[start] === "\t")) start++;
  while (
    end > start && (line[end - 1] === " " || line[end - 1] === "\t" || line[end - 1] === "\r")
  ) {
    end--;
  }
  if (end - start >= 2 && line[start] === '"' && line[end - 1] === '"') {
    start++;
    end--;
  }
  return { start, end };
}

/** Snake case, as key_names.ts spells a key (`Api Key`, `apiKey` → `api_key`). */
const snake = (name: string) =>
  name.trim().replace(/([a-z0-9])(?=[A-Z])/g, "$1_").replace(/[ .-]+/g, "_").toLowerCase();

/**
 * The header `line` is, when it is one: two or more fields, every one a column name, at least
 * one of which names a secret or personal data. Null otherwise (most lines are rejected at a
 * glance: a header holds no `=`, `:`, `{` or `[`).
 */
export function csvHeader(line: string): CsvHeader | null {
  // First at a glance: a header starts with a name (or its quote), not a digit, `{`, `[` …
  const first = line.charCodeAt(0);
  const letter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a;
  if (!letter && !/["*\t |]/.test(line[0])) return null;
  if (/[=:{[<>\/]/.test(line)) return null;
  for (const separator of SEPARATORS) {
    if (!line.includes(separator)) continue;
    const parts = fields(line, separator);
    if (parts.length < 2) return null;
    const names: string[] = [];
    for (const part of parts) {
      const m = NAME.exec(line.slice(part.start, part.end));
      if (m === null) return null;
      names.push(m[2] ?? "");
    }
    const masked: number[] = [];
    let secret = false;
    names.forEach((name, k) => {
      const key = name.trim().replace(/\s+/g, "_");
      const kind = keyKind(key);
      if (kind === "password" || kind === "secret") secret = true;
      if (kind !== null || PERSONAL_COLUMN.test(snake(name))) masked.push(k);
    });
    return masked.length === 0
      ? null
      : { separator, columns: parts.length, masked, secret, text: line.trimEnd() };
  }
  return null;
}

/**
 * The rows below `header`: each row's values in its masked columns, until a line is no row. A
 * line repeating the header (tables exported one after another) holds the column names, not
 * values: it is read as the header again; a rule line (`----+----`) holds none.
 */
export function csvRows(header: CsvHeader): Continuation {
  return {
    next(line: string): readonly Candidate[] | null {
      if (line.trim() === "") return null;
      // A rule under the header or around the rows (psql's `----+----`, MySQL's `+----+`,
      // Markdown's `|---|:--|`, a tabulated listing's `===+===`) is read past.
      if (line.trimEnd() === header.text || /^[\s|+:=-]+$/.test(line)) return [];
      const parts = fields(line, header.separator);
      if (parts.length !== header.columns) return null;
      const out: Candidate[] = [];
      for (const k of header.masked) {
        const value = inner(line, parts[k]);
        if (value.end > value.start) out.push(value);
      }
      return out;
    },
  };
}

/** An escaped line break inside a quoted string (`\n`, `\r\n`), where one log record holds a table. */
const ESCAPED_BREAK = /\\(?:r\\)?n/g;

/**
 * A table in one line, its lines joined by escaped line breaks inside a string
 * (`{"export":"id,password\n1,Tr0ub4dor&3"}`): the header is the text after the string's opening
 * quote, the last row ends at the string's closing quote. The values of the masked columns of
 * the header whose `secret` is as given; none when the line holds no such table.
 */
export function csvInLine(line: string, secret: boolean): Candidate[] {
  if (!line.includes("\\n")) return [];
  const breaks: Candidate[] = [];
  ESCAPED_BREAK.lastIndex = 0;
  for (const m of line.matchAll(ESCAPED_BREAK)) {
    breaks.push({ start: m.index, end: m.index + m[0].length });
  }
  const out: Candidate[] = [];
  let reader: Continuation | null = null;
  for (let k = 0; k <= breaks.length; k++) {
    let start = k === 0 ? 0 : breaks[k - 1].end;
    let end = k < breaks.length ? breaks[k].start : line.length;
    if (k === breaks.length) {
      // The last row ends where its string does (the first quote not escaped).
      const close = /(?<!\\)"/.exec(line.slice(start, end));
      if (close !== null) end = start + close.index;
    }
    if (reader === null) {
      // The header starts after the quote that opens its string, or where its line does (a
      // table after another in the same string).
      start = Math.max(start, line.lastIndexOf('"', end - 1) + 1);
      const header = csvHeader(line.slice(start, end));
      if (header !== null && header.secret === secret) reader = csvRows(header);
    } else {
      const found = reader.next(line.slice(start, end));
      if (found === null) reader = null;
      else for (const c of found) out.push({ start: start + c.start, end: start + c.end });
    }
  }
  return out;
}
