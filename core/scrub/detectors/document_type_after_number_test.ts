/**
 * A document number under a generic key (`doc_no`, `document_number`, `id_no`) whose record names
 * the document's type after it, up to the record's end (`doc_no: L8988901C type: PASSPORT`,
 * `{"document_number":"…","document_type":"passport"}`), is masked as when the type comes first;
 * a type in the next record, or a record of another type, says nothing.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(0xd0c5);
const number = () =>
  "ABCDEFGHJKLMNPRSTUVWXYZ"[Math.floor(random() * 23)] +
  Array.from({ length: 8 }, () => Math.floor(random() * 10)).join("");

Deno.test("a document number before its record's type is masked", () => {
  for (const type of ["PASSPORT", "passport", "national_id_card", "residence_permit"]) {
    for (
      const write of [
        (n: string) => `doc_no: ${n} type: ${type} issued=2019`,
        (n: string) => `{"document_number":"${n}","document_type":"${type}","country":"NL"}`,
        (n: string) => `kyc check id_no=${n} doc_kind=${type} result=clear`,
      ]
    ) {
      const n = number(), line = write(n);
      ok(!scrub(line).includes(n), line);
    }
  }
});

Deno.test("a type in the next record, or another type, says nothing", () => {
  const n = number();
  for (
    const line of [
      `{"doc_no":"${n}"},{"type":"passport"}`,
      `doc_no=${n} type=invoice`,
      `document_number=${n} status=archived`,
    ]
  ) strictEqual(scrub(line), line);
});
