/**
 * The examples of ../pii_generic_ids.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "national-id-generic-key": {
    positive: [
      { text: '{"national_id":"046 454 286"}', secret: "046 454 286" },
      { text: "customer id_number=02070803628 kyc=pending", secret: "02070803628" },
      { text: "identity_number: 12345678Z", secret: "12345678Z" },
      { text: "documentNumber=85071212390 verified", secret: "85071212390" },
      { text: '{"national_id":"440305198507142312"}', secret: "440305198507142312" },
      { text: "kyc_doc_id=1 85 05 78 006 084 91 status=ok", secret: "1 85 05 78 006 084 91" },
      { text: "tax_id=123456782 country=AU", secret: "123456782" },
      { text: "ID number: 131052-308T", secret: "131052-308T" },
      { text: "<personal_id>04089800159</personal_id>", secret: "04089800159" },
      { text: "  citizen_id: 20123456786", secret: "20123456786" },
      {
        text:
          '{"document":{"type":"national_identity_card","number":"20731025-2536","issuing_country":"SE"}}',
        secret: "20731025-2536",
      },
      { text: "doc_type=residence_permit number=X1234567L country=ES", secret: "X1234567L" },
      {
        text: '{"document":{"type":"national_identity_card","number":"3UQ9-AU1-TX81"}}',
        secret: "3UQ9-AU1-TX81",
      },
      {
        text: '{"document_type":"passport","document_number":"P7163920","country":"NZ"}',
        secret: "P7163920",
      },
      { text: "id_type=driving_licence id_number=LT4829163 status=ok", secret: "LT4829163" },
      { text: "AHV-Nr. 7569217076985 matched registry", secret: "7569217076985" },
      { text: "codice fiscale rssmra85t10a562s matched registry", secret: "rssmra85t10a562s" },
      // A US EIN under its key, or under an employer id in its layout.
      { text: '{"fein":"27-8130465","status":"active"}', secret: "27-8130465" },
      { text: "sync employer_id=83-2079145 plan=401k", secret: "83-2079145" },
    ],
    negative: [
      "customer id_number=02070803629 kyc=pending",
      "Es gab ein Fehler 27-8130465 beim Import",
      "sync employer_id=830207914 plan=401k",
      "id_number=42 kyc=pending",
      "order_id=046454286 shipped",
      "national_id_type=passport number 046454286",
      "document_number=2024-06-01 uploaded",
      "tax rate 046 454 286 applied",
      "<personal_id>04089800158</personal_id>",
      '{"document":{"type":"invoice","number":"046454286"}}',
      '{"document":{"type":"passport","number":"pending"},"order":{"number":"A1234567"}}',
      '{"identity_document":{"status":"pending","number":"85073003329"}}',
      '{"passport":{"pages":32},"order":{"number":"046454286"}}',
      '{"kind":"residential","document_no":"INV-2024-001"}',
      '{"document_type":"passport","document_number":"pending"}',
    ],
  },
  "national-id-named-after": {
    positive: [
      {
        text: 'beneficiary id "240778 28032" (fødselsnummer) does not match',
        secret: "240778 28032",
      },
      { text: 'beneficiary id "0604966213" (CPR-nr.) rejected', secret: "0604966213" },
      { text: "holder 95516500786 (TC Kimlik No) rejected", secret: "95516500786" },
      { text: 'id "JGMPT7990F" (PAN) does not match', secret: "JGMPT7990F" },
    ],
    negative: [
      "retrying request (PAN) after 3 s",
      'field "abc" (DNI) is empty',
      "see RFC 7519 (JWT) for the format",
    ],
  },
};
