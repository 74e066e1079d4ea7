/**
 * Values of CSV columns whose header names a secret or personal data (../kv/csv_columns.ts):
 * the header line opens the reading of the rows below it, where each such column's value is a
 * candidate. Secret columns (`password`, `api_key`, `token`) are one detector; a header naming
 * only personal data (`ssn`, `passport_no`, `date_of_birth`) opens the other.
 */
import type { Detector } from "../detector.ts";
import { csvHeader, csvInLine, csvRows } from "../kv/csv_columns.ts";
import { isPlaceholder } from "../placeholders.ts";
import { isStatusWord } from "./value_checks.ts";

/** A header's rows, when the header says `secret` columns or not. */
function rowsBelow(secret: boolean) {
  return (line: string) => {
    const header = csvHeader(line);
    return header !== null && header.secret === secret ? csvRows(header) : null;
  };
}

export const detectors: Detector[] = [
  {
    id: "csv-secret-column",
    description:
      "Values in the rows of a CSV (or TSV, `;`/`|`-separated) table under a header column named for a secret (`password`, `api_key`, `client_secret`, `token`).",
    kind: "secret",
    prefilter: { keywords: ["pass", "pwd", "pw", "secret", "token", "key", "cred", "auth"] },
    pattern: /(?:pass|pwd|pw|secret|token|key|cred|auth)/gi,
    find: (line) => csvInLine(line, true),
    opens: rowsBelow(true),
    validate: (value) => !isStatusWord(value) && !isPlaceholder(value),
    examples: {
      positive: [
        // A table in one record, its lines joined by escaped line breaks.
        {
          text: '{"export":"id,email,password\\n1,ann@example.com,Tr0ub4dor&3x"}',
          secret: "Tr0ub4dor&3x",
        },
      ],
      negative: [
        '{"export":"id,email,password\\n1,ann@example.com,"}',
        "id,email,password",
        "password,token",
        "user_id,token_count,cache_key",
      ],
    },
  },
  {
    id: "csv-personal-column",
    description:
      "Values in the rows of a CSV table under a header column that names personal data only its name identifies (`ssn`, `national_id`, `passport_no`, `date_of_birth`, `iban`).",
    kind: "pii",
    // A word of every column name ../kv/csv_columns.ts reads as personal data.
    prefilter: {
      keywords: [
        ..."phone mobile msisdn tel fax whatsapp address street post zip dob birth".split(" "),
        ..."ssn social sin id tin tfn nino ni_number nhs passport licen dl_number".split(" "),
        ..."aadhaar voter epic gst pesel cpf cnpj curp bsn burger personnummer hetu".split(" "),
        ..."tckn nric uen rrn dni nie nif cif cf fiscale nir steuer idnr ausweis abn".split(" "),
        ..."acn medicare mbi npi mrn acc iban routing aba card cc pan wallet".split(" "),
        ..."kimlik thai_id sa_id securite orgnr organisationsnummer".split(" "),
      ],
    },
    pattern: /(?:ssn|passport|national|birth|iban|card)/gi,
    find: (line) => csvInLine(line, false),
    opens: rowsBelow(false),
    // A value that identifies: it has digits (numbers, dates, postcodes, addresses), and is no
    // stand-in.
    validate: (value) => /\d/.test(value) && !isStatusWord(value) && !isPlaceholder(value),
    examples: {
      positive: [
        { text: 'msg="user_id,ssn,status\\nu1,536904399,active"', secret: "536904399" },
      ],
      negative: ["id,ssn,name", "created_at,status", 'msg="user_id,ssn\\nu1,pending"'],
    },
  },
];
