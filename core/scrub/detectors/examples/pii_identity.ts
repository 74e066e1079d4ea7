/**
 * The examples of ../pii_identity.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "us-ssn": {
    positive: [
      { text: "applicant ssn=536-90-4399 verified", secret: "536-90-4399" },
      { text: "ssn=078-05-1120 (the published sample card)", secret: "078-05-1120" },
      { text: "applicant 078.05.1123 on file", secret: "078.05.1123" },
      { text: '{"applicant":"Jane Roe","ref":"536 90 4399"}', secret: "536 90 4399" },
      { text: "id,ssn\n7,532 17 0081", secret: "532 17 0081" },
      { text: "filer 968-85-9234 (ITIN) accepted", secret: "968-85-9234" },
      { text: "SSN1 125-83-8499, SSN2 599-18-7974", secret: "125-83-8499" },
      { text: "SSN1 125-83-8499, SSN2 599-18-7974", secret: "599-18-7974" },
      { text: "ssns 364-39-5004 272-27-2446", secret: "364-39-5004" },
    ],
    negative: [
      "ref 666-12-3456 and 900-12-3456 rejected",
      "pid 212091234 exited with 0",
      "order 536 90 4399 shipped",
      "ref 12 536-90-4399",
      "host 10.123.45.6789",
      "2025-06-01 12:30:45,123 - INFO took 123-45-67890",
      "mixed 693-09.4444 separators",
    ],
  },
  "us-ssn-in-context": {
    positive: [
      { text: '{"social_security_number":"212 09 1234"} SSN on file', secret: "212 09 1234" },
      { text: "SSN: 212091234", secret: "212091234" },
      { text: "my ssn is 536-904399", secret: "536-904399" },
      { text: "ssn: 53690-4399", secret: "53690-4399" },
      { text: "ssn:536904399", secret: "536904399" },
      { text: '{"applicant_ssn":536904399}', secret: "536904399" },
      { text: "SS# 536-90-4399", secret: "536-90-4399" },
      { text: "user=4411 SocialSecurity=078 05 1123 state=NY", secret: "078 05 1123" },
      // One digit nine times: a stand-in alone, but the SSA never reserved it.
      { text: "SSN: 444-44-4444", secret: "444-44-4444" },
      { text: '{"ssn":"222222222"}', secret: "222222222" },
    ],
    negative: [
      "SSN: 666-66-6666 never issued",
      "ssn=000000000",
      "ssn lookup took 536904399 ns",
      "SSN: 666904399 invalid area",
      "ssn: 536-00-4399 has no group",
      "order 536904399 shipped, ssn pending",
      "ssn_hash=5369043991",
    ],
  },
  "us-ssn-efw2-record": {
    positive: [
      {
        text: "RW536904399JANE           Q              DOE                     12 MAIN ST",
        secret: "536904399",
      },
      { text: 'efw2 record="RW078051123JOHN                          ROE"', secret: "078051123" },
    ],
    negative: [
      "RW666904399JANE           invalid area",
      "part RW536904399X1 reordered",
      "mount -o rw536904399 ok",
      "FW536904399JANE           DOE",
    ],
  },
  "us-itin": {
    positive: [
      { text: "payee ITIN 912-70-1234 on W-7", secret: "912-70-1234" },
      { text: '{"taxpayer_id":"999881234"}', secret: "999881234" },
    ],
    negative: [
      "payee ITIN 912-93-1234 invalid group",
      "order 912-70-1234 (tin: n/a)",
      "order 912-70-1234",
    ],
  },
  "uk-nino": {
    positive: [
      { text: "claimant NINO AB123456C updated", secret: "AB123456C" },
      { text: '{"ni_number":"JG 10 37 59 A"}', secret: "JG 10 37 59 A" },
      // As a person typed it into a form: lower case.
      { text: "ni_number=ce614283b rejected by payroll", secret: "ce614283b" },
    ],
    negative: [
      "NINO GB123456A is not allocated",
      "nino: tn 61 42 83 b (not allocated)",
      "build DA123456C failed",
      "region EU123456E pending",
    ],
  },
  "uk-nino-alone": {
    positive: [
      { text: "claimant JG103759A updated", secret: "JG103759A" },
      { text: '{"ref":"CE614283B"}', secret: "CE614283B" },
      { text: "card reads JG 10 37 59 A", secret: "JG 10 37 59 A" },
    ],
    negative: [
      "ref GB123456A",
      "ref jg103759a",
      "ref JG-10-37-59-A",
      "ref JG 103 759 A",
      "build DA123456C failed",
      "ref XJG103759A",
      "ref JG1037590A",
    ],
  },
  "uk-trn": {
    positive: [
      {
        text: "PAYE starter: temporary reference 47K 20815 until the NINO arrives",
        secret: "47K 20815",
      },
      { text: "HMRC letter gives TRN 31 W 604 72 for the new starter", secret: "31 W 604 72" },
    ],
    negative: [
      "PAYE run 2024 week 12 done",
      "TRN batch 12345678 queued",
      "order 47K 20815 shipped",
    ],
  },
  "es-dni-nie": {
    positive: [
      { text: "cliente DNI 12345678Z registrado", secret: "12345678Z" },
      { text: "número de identificación fiscal 48770253H", secret: "48770253H" },
      { text: '{"nie":"X1234567L"}', secret: "X1234567L" },
      { text: "cliente DNI 12345678-Z registrado", secret: "12345678-Z" },
      { text: "NIE: X-1234567-L", secret: "X-1234567-L" },
      { text: "nif=12345678z", secret: "12345678z" },
    ],
    negative: [
      "cliente DNI 12345678A registrado",
      "ts=20250601Z",
      "commit 1234567F",
      "12345678Z shipped, dni pending",
      "dni pending for order 12345678Z",
      "convenient cache 0012345678-z",
    ],
  },
  "id-check-alone": {
    positive: [
      { text: 'customer:\n  value: "X1234567L"', secret: "X1234567L" },
      { text: "UPDATE customers SET text = 'X1234567L' WHERE id = 85840", secret: "X1234567L" },
      { text: "job S2740116C done", secret: "S2740116C" },
      { text: '{"arg0":"G5885141N"}', secret: "G5885141N" },
      { text: "holder 12345678Z checked in", secret: "12345678Z" },
      { text: "holder 12345678-Z checked in", secret: "12345678-Z" },
      { text: "applicant A123456789 matched", secret: "A123456789" },
      { text: "billing DE136695976 ok", secret: "DE136695976" },
      { text: "prescriber=AB1234563", secret: "AB1234563" },
      { text: "seller 27AAPFU0939F1ZV registered", secret: "27AAPFU0939F1ZV" },
      { text: "antrag 53270681K105 eingegangen", secret: "53270681K105" },
      { text: '{"ref":"24031192W475"}', secret: "24031192W475" },
    ],
    negative: [
      "ref X1234567A",
      "ref x1234567l",
      "ref AX1234567L",
      "build X1234567L-rc1",
      "ref S2740116D",
      "ref s2740116c",
      "ref AS2740116C",
      "ref S27401160C",
      "ts=20250601K",
      "v1.12345678Z",
      "holder 12345678A checked in",
      "installed KB1234563",
      "partition T2025060118",
      "memory 16243456K/16777216K available",
      "antrag 53270681K104 eingegangen (wrong check digit)",
      "x-amz-date: 20250314T120000Z",
      "build 53270681K105-rc1",
    ],
  },

  "it-codice-fiscale": {
    positive: [
      { text: "codice fiscale RSSMRA85T10A562S verificato", secret: "RSSMRA85T10A562S" },
      { text: "ticket RSSMRA85T10A562S closed", secret: "RSSMRA85T10A562S" },
      { text: "<raw>MRTMTT91D08F205J</raw>", secret: "MRTMTT91D08F205J" },
      { text: '{"cf":"MRTMTT91D08F205J"}', secret: "MRTMTT91D08F205J" },
      { text: "INFO C.F. RSSMRA85T10A562S (request 22fa)", secret: "RSSMRA85T10A562S" },
    ],
    negative: [
      "codice RSSMRA85T10A562T errato",
      "ABCDEF12G34H567I",
      "job KAFKAC01A01B012Z",
      "ticket XRSSMRA85T10A562S closed",
    ],
  },
  "in-aadhaar": {
    positive: [
      { text: "kyc aadhaar=2341 2341 2346 ok", secret: "2341 2341 2346" },
      { text: '<Auth ver="2.5"><uid>234123412346</uid></Auth>', secret: "234123412346" },
      { text: "Aadhaar no: 234123412346", secret: "234123412346" },
    ],
    negative: [
      "card 4111 1111 1111 1111 declined",
      "id 234123412346 created",
      "kyc aadhaar=2341 2341 2347 rejected",
      "<uid>234123412347</uid>",
    ],
  },
  "uk-nhs-number": {
    positive: [
      { text: "patient NHS number 943 476 5919 admitted", secret: "943 476 5919" },
      { text: '{"nhs_no":"9434765919"}', secret: "9434765919" },
    ],
    negative: [
      "NHS number 943 476 5918 invalid",
      "patient 943 476 5919 admitted",
      "nhs trust 1234567890",
    ],
  },
  "pl-pesel": {
    positive: [
      { text: "PESEL: 44051401359", secret: "44051401359" },
      { text: '{"pesel":"02070803628"}', secret: "02070803628" },
    ],
    negative: ["PESEL: 44051401358", "pid 44051401359", "pesel field missing"],
  },
  "br-cpf": {
    positive: [
      { text: "cliente CPF 529.982.247-25 cadastrado", secret: "529.982.247-25" },
      { text: '{"cpf":"11144477735"}', secret: "11144477735" },
      { text: "cadastro 529.982.247-25 aprovado", secret: "529.982.247-25" },
    ],
    negative: [
      "CPF 529.982.247-26 inválido",
      "CPF 111.111.111-11",
      "pedido 52998224725",
      "version 529.982.247-25.1 and build 1.529.982.247-25",
    ],
  },
  "nl-bsn": {
    positive: [
      { text: "klant BSN 111222333 geregistreerd", secret: "111222333" },
      { text: '{"burgerservicenummer":"123456782"}', secret: "123456782" },
      { text: "klant bsn: 111 222 333", secret: "111 222 333" },
      { text: '{"burgerservicenummer":111222333}', secret: "111222333" },
      { text: "BSN 1112.22.333 geregistreerd", secret: "1112.22.333" },
    ],
    negative: [
      "BSN 111222334 ongeldig",
      "order 111222333",
      "bsn ontbreekt",
      "bsn batch 111 222 333 444",
    ],
  },
  "pt-nif-niss": {
    positive: [
      { text: "cliente NIF 507222466 registado", secret: "507222466" },
      { text: '{"numero_contribuinte":"223458562"}', secret: "223458562" },
      { text: "niss=11645084698 estado=ativo", secret: "11645084698" },
      { text: "Segurança Social: 10451286642", secret: "10451286642" },
    ],
    negative: ["NIF 507222467 inválido", "encomenda 507222466", "niss=11645084699", "nif em falta"],
  },
  "de-steuer-id": {
    positive: [
      { text: "Steuer-ID 86 095 742 719 gespeichert", secret: "86 095 742 719" },
      { text: '{"tax_id":"65929970489"}', secret: "65929970489" },
    ],
    negative: ["Steuer-ID 86 095 742 718 ungültig", "taxonomy 86095742719", "idnr fehlt"],
  },
  "de-tax-number": {
    positive: [
      { text: "Steuernummer: 4671093825017 hinterlegt", secret: "4671093825017" },
      { text: "Rechnung 2024-17, St.-Nr. 147/552/30918", secret: "147/552/30918" },
      { text: '{"steuernummer":"93/417/26085","finanzamt":"Köln"}', secret: "93/417/26085" },
    ],
    negative: ["Steuer-ID fehlt, Beleg 93/417/26085", "Main St 147/552/30918", "steuer 2024/01/15"],
  },
  "de-insurance-number": {
    positive: [
      { text: "Versichertennummer: R407163852 (eGK)", secret: "R407163852" },
      { text: '{"kvnr":"h928374656","kasse":"AOK"}', secret: "h928374656" },
      { text: "Sozialversicherungsnummer 53270681K105 gemeldet", secret: "53270681K105" },
      { text: "SV-Nummer: 24031192W475", secret: "24031192W475" },
      { text: "LANR: 581127368 übermittelt", secret: "581127368" },
      { text: '{"bsnr":"720413590","ort":"Köln"}', secret: "720413590" },
    ],
    negative: [
      "Versicherung abgeschlossen, Kunde K407163852",
      "csv: R407163852 versichert",
      "SVNR fehlt, Auftrag 53270681",
      "Zahnarzt Praxis 581127368",
    ],
  },

  "au-tfn": {
    positive: [
      { text: "employee TFN 123 456 782 lodged", secret: "123 456 782" },
      { text: '{"tfn":"876543210"}', secret: "876543210" },
      { text: "tax_file_number=123 456 782 saved", secret: "123 456 782" },
    ],
    negative: ["TFN 123 456 781 rejected", "employee 123 456 782", "tfn not supplied"],
  },
  "ca-sin": {
    positive: [
      { text: "employee SIN 046 454 286 on file", secret: "046 454 286" },
      { text: "social insurance number: 130-692-544", secret: "130-692-544" },
      { text: 'social_insurance_number="046 454 286"', secret: "046 454 286" },
      { text: '{"customer_sin":130692544}', secret: "130692544" },
    ],
    negative: ["SIN 046 454 287 invalid", "using 046 454 286 retries", "since 130692544 ms"],
  },
  "in-pan": {
    positive: [
      { text: "pan_number=fkmpd7316q rejected", secret: "fkmpd7316q" },
      { text: "kyc PAN ABCPE1234F linked", secret: "ABCPE1234F" },
      { text: '{"pan_number":"AAACB1234C","status":"ok"}', secret: "AAACB1234C" },
    ],
    negative: [
      "kyc PAN ABCDE1234F linked",
      "span ABCPE1234F closed",
      "pan: none, job ABCPE1234F queued",
    ],
  },
  "fr-nir": {
    positive: [
      {
        text: "numero de securite sociale 1 85 05 78 006 084 91",
        secret: "1 85 05 78 006 084 91",
      },
      { text: '{"nir":"269052A12345688"}', secret: "269052A12345688" },
    ],
    negative: [
      "numero de securite sociale 1 85 05 78 006 084 36",
      "order 185057800608491 shipped",
      "nir batch 1 85 05 78 006 084 91 22",
    ],
  },
  "national-id-grouped": {
    positive: [
      { text: "kyc doc 2799 0118 3159 verified", secret: "2799 0118 3159" },
      { text: "supplier 16 699 603 048 onboarded", secret: "16 699 603 048" },
      { text: "Mandant 94 580 730 215 angelegt", secret: "94 580 730 215" },
      { text: "card 2350 89001 4 on file", secret: "2350 89001 4" },
      { text: "handset 48-088060-288648-7 paired", secret: "48-088060-288648-7" },
      { text: "handset 48 088060 288648 7 paired", secret: "48 088060 288648 7" },
      { text: "insured 473-918-206 14 enrolled", secret: "473-918-206 14" },
      { text: "vendor 213-81-50478 registered", secret: "213-81-50478" },
      { text: "prescriber 1749-305-821 on claim", secret: "1749-305-821" },
      { text: "prescriber 2306 184 971 on claim", secret: "2306 184 971" },
      { text: "merchant 200817364D verified", secret: "200817364D" },
    ],
    negative: [
      "kyc doc 2799 0118 3158 verified",
      "supplier 16 699 603 049 onboarded",
      "Mandant 94 580 730 216 angelegt",
      "card 2350 89002 4 on file",
      "batch 1799 0118 3159 done",
      "ids 2799 0118 3159 4444",
      "order 4952-4409-8590 shipped",
      "handset 48-088060-288648-8 paired",
      "handset 48-088060 288648-7 paired",
      "insured 473-918-206 21 enrolled",
      "insured 473 918 206 14 enrolled",
      "vendor 213-81-50472 registered",
      "prescriber 1749-305-824 on claim",
      "prescriber 2306 184-971 on claim",
      "merchant 200817364K verified",
      "merchant 200817364d verified",
    ],
  },
};
