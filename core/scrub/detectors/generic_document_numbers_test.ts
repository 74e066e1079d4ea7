/**
 * An identity document's number under a generic key of its record (`document_number`, `id_number`,
 * `document_no`, or `number`) is masked when the record names the document's type (passport,
 * driving licence, identity card, residence permit), in JSON or in key=value pairs; not without
 * that type, nor for a record of another kind.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a document's number under a generic key of a typed identity record is masked", () => {
  deepStrictEqual(
    leaksOf([
      ['{"document_type":"passport","document_number":"P7163920"}', "P7163920"],
      ['{"type":"driving_licence","document_no":"LT4829163","state":"VIC"}', "LT4829163"],
      ["id_type=passport id_number=P7163920 status=verified", "P7163920"],
      ["doc_type=id_card number=CZ5518204 country=IT", "CZ5518204"],
      ['{"doc_type":"residence_permit","doc_number":"RP-2231-8890"}', "RP-2231-8890"],
    ]),
    [],
  );
});

Deno.test("a generic key's value with no identity document type in its record stays", () => {
  deepStrictEqual(
    changed([
      '{"document_type":"invoice","document_number":"INV-2024-0017"}',
      '{"kind":"residential","document_no":"INV-2024-001"}',
      "id_type=internal id_number=P7163920 status=ok",
      '{"document_type":"passport","document_number":"pending"}',
      '{"document":{"type":"passport","number":"pending"},"order":{"document_no":"A1234567"}}',
    ]),
    [],
  );
});
