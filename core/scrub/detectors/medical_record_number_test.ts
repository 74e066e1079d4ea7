/**
 * A patient's medical record number (MRN: no national layout, up to three letters and six to ten
 * digits) right after `mrn` or `medical record` is masked in the syntaxes a hospital system's log
 * writes it in (JSON, logfmt, a Rails bind list, XML, a URL query, an X12 claim's prose, SQL); a
 * number of five digits or fewer, or the same number under another name (`order_id`, `ward`), is
 * kept. Values are seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(3117);
const pick = (s: string) => s[Math.floor(random() * s.length)];
const digits = (n: number) => Array.from({ length: n }, () => pick("0123456789")).join("");
/** An MRN: 0 to 3 capitals, then 6 to 10 digits. */
const mrn = () =>
  Array.from({ length: Math.floor(random() * 4) }, () => pick("ABCDEFGHJKLMNPRSTUVWXYZ"))
    .join("") + digits(6 + Math.floor(random() * 5));

const CARRIERS = [
  (k: string, v: string) => `{"event":"adt.a04","${k}":"${v}","ward":"4B"}`,
  (k: string, v: string) => `ts=2025-03-01T10:00:00Z svc=emr ${k}=${v} status=admitted`,
  (k: string, v: string) => `[["${k}", "${v}"], ["id", 42]]`,
  (k: string, v: string) => `<patient><${k}>${v}</${k}></patient>`,
  (k: string, v: string) => `GET /api/patients?${k}=${v}&page=1 HTTP/1.1`,
  (k: string, v: string) => `SELECT id FROM encounters WHERE ${k} = '${v}' LIMIT 1`,
];

Deno.test("an MRN after its name is masked", () => {
  const leaks: string[] = [];
  for (const k of ["mrn", "MRN", "patient_mrn", "medical_record_number", "medicalRecordNo"]) {
    for (const carrier of CARRIERS) {
      const line = carrier(k, mrn());
      if (scrub(line) === line) leaks.push(line);
    }
  }
  for (let i = 0; i < 4; i++) {
    const line = `837 claim: patient seen, MRN ${mrn()} rendering provider on file`;
    if (scrub(line) === line) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a short number after mrn, or an MRN-shaped number under another name, is kept", () => {
  const changed: string[] = [];
  for (let i = 0; i < 6; i++) {
    for (
      const line of [
        `mrn=${digits(5)} (test patient)`,
        `{"order_id":"${mrn()}","status":"shipped"}`,
        `ward=${digits(4)} bed=${digits(2)} MRN lookup pending`,
      ]
    ) {
      if (scrub(line) !== line) changed.push(line);
    }
  }
  deepStrictEqual(changed, []);
});
