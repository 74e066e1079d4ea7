/**
 * The examples of ../pii_registers.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "au-abn": {
    positive: [
      { text: "supplier ABN 51 824 753 556 registered", secret: "51 824 753 556" },
      { text: '{"abn":"43121770207"}', secret: "43121770207" },
    ],
    negative: ["supplier ABN 51 824 753 557", "order 51824753556", "abn not supplied"],
  },
  "au-acn": {
    positive: [
      { text: "ACN 004 085 616 on the invoice", secret: "004 085 616" },
      { text: "company_number=136576522", secret: "136576522" },
    ],
    negative: ["ACN 004 085 617", "order 004 085 616 shipped", "acn missing"],
  },
  "se-organisationsnummer": {
    positive: [
      { text: "leverantör org.nr 556036-0793", secret: "556036-0793" },
      { text: '{"organisationsnummer":"5554972827"}', secret: "5554972827" },
      { text: "faktura till orgnummer 559000-0518 skickad", secret: "559000-0518" },
    ],
    negative: ["orgnr 556036-0794", "orgnr 811228-9874 (a birth date)", "order 5560360793"],
  },
  "es-cif": {
    positive: [
      { text: "proveedor CIF A58818501 alta", secret: "A58818501" },
      { text: '{"nif":"P4691601A"}', secret: "P4691601A" },
      { text: "cif=b-1234567-4", secret: "b-1234567-4" },
    ],
    negative: ["proveedor CIF A58818502", "job A58818501", "cif pendiente"],
  },
  "in-gstin": {
    positive: [
      { text: "invoice GSTIN 27AAPFU0939F1ZV", secret: "27AAPFU0939F1ZV" },
      { text: '{"gst_no":"07EPZPP2041I1ZC"}', secret: "07EPZPP2041I1ZC" },
      { text: "GSTIN: 29ABCPK4321M1ZQ (check mistyped)", secret: "29ABCPK4321M1ZQ" },
    ],
    negative: [
      "gst applied, ref 27AAPFU0939F1ZW",
      "ref 27AAPFU0939F1ZV",
      "gst 18%",
      "GSTIN: 39ABCPK4321M1ZK (no such state)",
    ],
  },
  "sg-uen": {
    positive: [
      { text: "merchant UEN 196800306E onboarded", secret: "196800306E" },
      { text: '{"uen":"34456290E"}', secret: "34456290E" },
      { text: "uen=T09LL0001B", secret: "T09LL0001B" },
    ],
    negative: ["merchant UEN 196800306F", "uen=T09ZZ0001B", "frequency 34456290E"],
  },
  "us-aba-routing": {
    positive: [
      { text: "ACH routing number 011000015 account ****1234", secret: "011000015" },
      { text: '{"aba":"0607-0771-2"}', secret: "0607-0771-2" },
    ],
    negative: ["routing number 011000016", "routing table 011000015 entries", "order 011000015"],
  },
  "us-npi": {
    positive: [
      { text: "prescriber NPI 1234567893 verified", secret: "1234567893" },
      { text: "npi:1513485700", secret: "1513485700" },
    ],
    negative: ["prescriber NPI 1234567894", "order 1234567893", "npi lookup 1717200000 ms"],
  },
  mrn: {
    positive: [
      { text: "ADT^A04 admitted, MRN: 00482913, ward 4B", secret: "00482913" },
      { text: '{"patient_mrn":"K7730215","ward":"4B"}', secret: "K7730215" },
      { text: "medical_record_number=MRN3390417 status=active", secret: "MRN3390417" },
    ],
    negative: ["mrn=12345 (test)", "MRN lookup failed for 3 patients", "order 00482913 shipped"],
  },
  "us-dea-number": {
    positive: [
      { text: "prescriber DEA number AC2856081 verified", secret: "AC2856081" },
      { text: '{"dea_number":"CF3630375","state":"OH"}', secret: "CF3630375" },
      { text: "medical license: DU4742575", secret: "DU4742575" },
      // In lower case: masked after its name only.
      { text: "dea: ac2856081", secret: "ac2856081" },
    ],
    negative: ["DEA number AC2856082 rejected", "order AC2856081 shipped", "idea CF3630375"],
  },
  "vat-number": {
    positive: [
      { text: "vat: de271846395 (customer)", secret: "de271846395" },
      { text: "partita IVA 95292460482 registrata", secret: "95292460482" },
      { text: "VAT number: IT 22639180599", secret: "IT 22639180599" },
      { text: '{"ust_id":"DE677257416"}', secret: "DE677257416" },
      { text: "vat_id=GB123456789", secret: "GB123456789" },
      // Its German name is strong and DE and nine digits its exact layout: masked failing its check.
      { text: "USt-IdNr.: DE677257417", secret: "DE677257417" },
      { text: "Umsatzsteuer-ID DE 318406275 fehlt", secret: "DE 318406275" },
    ],
    negative: [
      "vat 20% applied to 1234 items",
      "vat_amount=12345678",
      "vat: DE677257417",
      "must id DE677257417",
      "partita IVA 95292460483",
    ],
  },
};
