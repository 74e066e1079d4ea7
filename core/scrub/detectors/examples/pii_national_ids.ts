/**
 * The examples of ../pii_national_ids.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "cn-resident-id": {
    positive: [
      { text: "身份证号码：320502197803124610", secret: "320502197803124610" },
      { text: "实名认证 身份证 33010619880517104X 通过", secret: "33010619880517104X" },
      { text: "resident_id=510107199309300070 verified", secret: "510107199309300070" },
      { text: '{"id_card_no":"110105200102298127"}', secret: "110105200102298127" },
    ],
    negative: [
      "身份证号码：320502197803124611",
      "id card scan took 320502197803124610 ns",
      "order 320502197803124610 shipped",
    ],
  },
  "be-national-number": {
    positive: [
      { text: "rijksregisternummer 85.07.12-123.90", secret: "85.07.12-123.90" },
      { text: "INSZ: 92041527373", secret: "92041527373" },
      { text: "NISS 01.02.03-045.26 vérifié", secret: "01.02.03-045.26" },
      { text: "national number 85071212390", secret: "85071212390" },
      { text: '{"NN":"85.07.12-123.90"}', secret: "85.07.12-123.90" },
      { text: "NN=92041527373", secret: "92041527373" },
    ],
    negative: [
      "rijksregisternummer 85.07.12-123.91",
      "nn layer 85071212390 weights",
      "connection 85071212390 closed",
    ],
  },
  "fi-hetu": {
    positive: [
      { text: "asiakas 131052-308T rekisteröity", secret: "131052-308T" },
      { text: '{"ref":"160698-7986"}', secret: "160698-7986" },
      { text: '{"customer":"200821-983F","plan":"basic"}', secret: "200821-983F" },
    ],
    negative: [
      "asiakas 131052-308U (wrong check)",
      "build 320152-308T (no such date)",
      "batch 200821-9831 queued",
    ],
  },
  "fi-hetu-century-letter": {
    positive: [
      { text: "asiakas 140387Y123V rekisteröity", secret: "140387Y123V" },
      { text: '{"customer":"290204A256L"}', secret: "290204A256L" },
      { text: "holder=071112B7312 plan=basic", secret: "071112B7312" },
    ],
    negative: [
      "asiakas 140387Y123W (wrong check)",
      "build 320387Y123V (no such date)",
      "ref 140387y123v lower case",
    ],
  },
  "fi-hetu-in-context": {
    positive: [
      { text: "hetu=170237-4399 tallennettu", secret: "170237-4399" },
      { text: '{"hetu":"121016F954P"}', secret: "121016F954P" },
      { text: "henkilotunnus: 050734V773K", secret: "050734V773K" },
      { text: "henkilotunnus: 131052-308t", secret: "131052-308t" },
      { text: "my finnish id code is100566Y658R.", secret: "100566Y658R" },
    ],
    negative: ["hetu=170237-4398 virheellinen", "order 121016F954P shipped", "hetu puuttuu"],
  },
  "se-personnummer-alone": {
    positive: [
      { text: "batch 200821-9830 queued", secret: "200821-9830" },
      { text: '{"q":"19451115-3183"}', secret: "19451115-3183" },
      { text: "id,value\n1,980403-7084", secret: "980403-7084" },
      { text: "supplier 738204-5198 invoiced", secret: "738204-5198" },
    ],
    negative: [
      "batch 200821-9831 queued",
      "supplier 738204-5191 invoiced",
      "supplier 738204+5198 invoiced",
      "build 20200821-9830",
      "ref 201321-9830",
      "v1.200821-9830",
      "ref 200821-98301",
    ],
  },
  "se-personnummer": {
    positive: [
      { text: "kund personnummer 811228-9874 verifierad", secret: "811228-9874" },
      { text: '{"pnr":"198112289874"}', secret: "198112289874" },
      { text: "samordningsnummer=7010632391", secret: "7010632391" },
      { text: "her swedish id code is194803041443", secret: "194803041443" },
    ],
    negative: [
      "personnummer 811228-9875 ogiltigt",
      "build 20240601-1234 released",
      "pnr saknas, order 8112289874",
      "pnr: this1948030414432",
    ],
  },
  "se-personnummer-named-after": {
    positive: [
      { text: "197604275623 är mitt pnr.", secret: "197604275623" },
      { text: "kund: 900828-3781 är hans personnummer", secret: "900828-3781" },
      { text: "9701196389 var hennes samordningsnummer", secret: "9701196389" },
    ],
    negative: [
      "197604275624 är mitt pnr.",
      "197604275623 är inte mitt pnr",
      "order 9701196389 skickad, pnr saknas",
    ],
  },
  "kr-rrn": {
    positive: [
      { text: "고객 주민등록번호 690228-4665022 확인", secret: "690228-4665022" },
      { text: '{"rrn":"931123-7394611"}', secret: "931123-7394611" },
    ],
    negative: [
      "ticket 691328-4665022 (no such month)",
      "id 690228-9665022",
      "v2 690228-46650221",
    ],
  },
  "kr-rrn-in-context": {
    positive: [
      { text: "rrn=6807102648263", secret: "6807102648263" },
      { text: "\uc8fc\ubbfc\ub4f1\ub85d\ubc88\ud638: 9301131744121", secret: "9301131744121" },
      { text: "Resident Registration Number: 691010 3522371", secret: "691010 3522371" },
    ],
    negative: [
      "rrn=6813102648263",
      "order 6807102648263 (rrn missing)",
      "rrn lookup 1717200000123",
    ],
  },
  "tr-tckn": {
    positive: [
      { text: "musteri TCKN: 10000000146 dogrulandi", secret: "10000000146" },
      { text: '{"tc_kimlik_no":"46580036428"}', secret: "46580036428" },
      { text: "T.C. Kimlik No 61054264176", secret: "61054264176" },
      { text: "ikinci kişi: 33822651044 onaylandı", secret: "33822651044" },
    ],
    negative: ["TCKN: 10000000147 hatali", "order 46580036428 shipped", "tckn bos"],
  },
  "sg-nric-fin": {
    positive: [
      { text: "applicant NRIC S2740116C verified", secret: "S2740116C" },
      { text: '{"fin":"G5885141N","pass":"EP"}', secret: "G5885141N" },
      { text: "nric=t7920159b", secret: "t7920159b" },
      { text: "<fin>G5885141N</fin>", secret: "G5885141N" },
    ],
    negative: ["applicant NRIC S2740116D rejected", "job S2740116 done", "final S27401160C"],
  },

  "th-tnin": {
    positive: [
      { text: "ลูกค้า 1-1017-00230-70-8 ยืนยันแล้ว", secret: "1-1017-00230-70-8" },
      { text: "citizen 3 1300 88315 49 9 registered", secret: "3 1300 88315 49 9" },
    ],
    negative: ["ref 1-1017-00230-70-9", "ref 9-1017-00230-70-8", "v 1-1017-00230-70-8-1"],
  },
  "th-tnin-in-context": {
    positive: [
      { text: "thai_id=1101700230708", secret: "1101700230708" },
      {
        text:
          "\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19 5053306420116",
        secret: "5053306420116",
      },
      { text: '{"national_id":"1176390388648"}', secret: "1176390388648" },
    ],
    negative: ["thai_id=1101700230709", "order 1101700230708", "national id pending"],
  },
  "za-id-number": {
    positive: [
      { text: "client id 8001015009087 verified", secret: "8001015009087" },
      { text: "SA ID: 781101 9566 184", secret: "781101 9566 184" },
    ],
    negative: [
      "client 8001015009088 (bad check)",
      "ts 1717200000123 ms",
      "ean 4006381333931 scanned",
    ],
  },
  "de-id-card": {
    positive: [
      { text: "Personalausweis T220001293 geprüft", secret: "T220001293" },
      { text: '{"id_card_number":"LZ54C54T7"}', secret: "LZ54C54T7" },
    ],
    negative: [
      "Personalausweis T220001294 ungültig",
      "Ausweis CFGHJKLMN fehlt",
      "job T220001293 done",
    ],
  },
  "us-mbi": {
    positive: [
      { text: "claim for MBI 1EG4-TE5-MK73 accepted", secret: "1EG4-TE5-MK73" },
      { text: '{"medicare_beneficiary_id":"1EG4TE5MK73"}', secret: "1EG4TE5MK73" },
      { text: '{"resourceType":"Coverage","subscriberId":"4G67AN2AT36"}', secret: "4G67AN2AT36" },
    ],
    negative: [
      "MBI 1SG4-TE5-MK73 invalid letter",
      "claim 1EG4TE5MK73 ok",
      "mbi missing",
      "subscriber 1SG4TE5MK73 (S is never used)",
    ],
  },
  "us-mbi-dashed": {
    positive: [
      { text: "eligibility ok for 3HN7-JK2-TW45", secret: "3HN7-JK2-TW45" },
      { text: '{"member":"8CD9-QR4-XY12"}', secret: "8CD9-QR4-XY12" },
      { text: "claim 5PA3-MN8-GH60 paid", secret: "5PA3-MN8-GH60" },
    ],
    negative: [
      "claim 5PS3-MN8-GH60 (S is never used)",
      "key 0PA3-MN8-GH60 starts with 0",
      "part 5PA3-MN8-GH60-22 continues",
    ],
  },
  "au-medicare": {
    positive: [
      { text: "Medicare card 2123 45670 1 on file", secret: "2123 45670 1" },
      { text: '{"medicare_number":"35876783771"}', secret: "35876783771" },
    ],
    negative: ["Medicare card 2123 45671 1", "order 2123456701", "medicare pending"],
  },
};
