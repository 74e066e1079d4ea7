/**
 * The examples of ../pii_national_ids_world.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "br-cnpj": {
    positive: [
      { text: "fornecedor CNPJ 11.222.333/0001-81 ativo", secret: "11.222.333/0001-81" },
      { text: '{"empresa":"11.222.333/0001-81"}', secret: "11.222.333/0001-81" },
    ],
    negative: ["nota 11.222.333/0001-82 recusada", "path 1.222.333/0001-81"],
  },
  "br-cnpj-in-context": {
    positive: [
      { text: '{"cpf_cnpj":"11222333000181"}', secret: "11222333000181" },
      { text: "cnpj: 11222333000181", secret: "11222333000181" },
    ],
    negative: ["cnpj: 11222333000182", "order 11222333000181"],
  },
  "mx-curp": {
    positive: [
      { text: "alta CURP GOMC920315HDFRRR02 ok", secret: "GOMC920315HDFRRR02" },
      { text: '{"curp":"GOMC920315HDFRRR02"}', secret: "GOMC920315HDFRRR02" },
    ],
    negative: ["curp GOMC920315HDFRRR03", "curp GOMC921315HDFRRR05 (no month 13)"],
  },
  "mx-rfc": {
    positive: [
      { text: "factura RFC: GODE561231GR8", secret: "GODE561231GR8" },
      { text: '{"rfc":"ABC680524P76"}', secret: "ABC680524P76" },
    ],
    negative: ["RFC 5952 text form", "rfc GODE561331GR8", "order GODE561231GR8"],
  },
  "ar-cuit": {
    positive: [
      { text: "alta CUIT 20-12345678-6 ok", secret: "20-12345678-6" },
      { text: "cuil=20-12345678-6", secret: "20-12345678-6" },
    ],
    negative: ["alta 20-12345678-7", "range 20-12345678-6-1"],
  },
  "ar-cuit-in-context": {
    positive: [{ text: '{"cuit":"20123456786"}', secret: "20123456786" }],
    negative: ["cuit 20123456787", "order 20123456786"],
  },
  "ar-dni": {
    positive: [
      { text: "DNI 28.119.211 verificado", secret: "28.119.211" },
      { text: '{"nro_documento":"14459987"}', secret: "14459987" },
    ],
    negative: ["dni 123456", "documento 0000123"],
  },
  "cl-rut-in-context": {
    positive: [
      { text: '{"rut":"13527450-K"}', secret: "13527450-K" },
      { text: "rut_cliente=123456785", secret: "123456785" },
      { text: "R.U.T. 9.876.543-3", secret: "9.876.543-3" },
    ],
    negative: ["rut 12345678-6", "run 12345678 tests"],
  },
  "dk-cpr": {
    positive: [
      { text: "CPR-nr. 080753-5404 registreret", secret: "080753-5404" },
      { text: '{"cpr":"0212032794"}', secret: "0212032794" },
    ],
    negative: ["cpr 321399-1234", "order 080753-5404"],
  },
  "no-fodselsnummer": {
    positive: [
      { text: '{"fnr":"04089800159"}', secret: "04089800159" },
      { text: "fødselsnummer 070765 08687", secret: "070765 08687" },
    ],
    negative: ["fnr 04089800158", "order 04089800159"],
  },
  "jp-my-number": {
    positive: [
      { text: '{"my_number":"123456789018"}', secret: "123456789018" },
      { text: "個人番号 1234 5678 9018", secret: "1234 5678 9018" },
    ],
    negative: ["my_number 123456789019", "order 123456789018"],
  },
  "ie-ppsn": {
    positive: [
      { text: "PPS number: 1234567T", secret: "1234567T" },
      { text: "ppsn=1234567fa&county=cork", secret: "1234567fa" },
      { text: '{"ppsNo":"1234567TW","status":"verified"}', secret: "1234567TW" },
    ],
    negative: ["PPS number: 1234567U", "rate 1234567 pps", "apps 1234567T", "PPSN pending"],
  },
  "tw-national-id": {
    positive: [
      { text: "身分證字號: R154229190 已驗證", secret: "R154229190" },
      { text: "身份证W207455962", secret: "W207455962" },
      { text: "Taiwan ID is O119335467", secret: "O119335467" },
      // Digits that read as a date (19991231): masked after its name only.
      { text: "身分證字號: A199912312", secret: "A199912312" },
    ],
    negative: ["身分證字號: R154229191", "order R154229190", "身分證 pending"],
  },
  "government-id-number": {
    positive: [
      { text: "member UMID: 0417-2290318-5 verified", secret: "0417-2290318-5" },
      { text: '{"sss_no":"33-4419027-6","employer":"acme"}', secret: "33-4419027-6" },
      { text: "PhilHealth PIN: 192507318642", secret: "192507318642" },
      { text: "BIR TIN 408-226-391-000 on file", secret: "408-226-391-000" },
      { text: "vendor TIN: 27-4518093 (W-9)", secret: "27-4518093" },
      { text: "member MDR: 083519274406 printed", secret: "083519274406" },
      { text: "member PIN=210475391862", secret: "210475391862" },
    ],
    negative: [
      "setting 408226391 applied",
      "ping 210475391862 ok",
      "spin: 210475391862",
      "PIN 4921 reset",
      "crn 12345 ok",
      "TIN pending, ticket 408226391000",
      "SSS no. 34-123 (short)",
    ],
  },
  "il-teudat-zehut": {
    positive: [
      { text: "<tz>199158015</tz>", secret: "199158015" },
      { text: "תעודת זהות 009798257", secret: "009798257" },
    ],
    negative: ["tz=199158016", "id 199158015"],
  },
};
