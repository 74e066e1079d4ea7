/**
 * The examples of ../pii_documents.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "passport-mrz": {
    positive: [
      {
        text: "P<NLDVANDERBERG<<SANNE<ELISE<<<<<<<<<<<<<<<<",
        secret: "VANDERBERG<<SANNE<ELISE",
      },
      {
        text: "mrz_line2=XN72Q0K814NLD9103144F3107221<<<<<<<<<<<<<<<8 ok",
        secret: "XN72Q0K814NLD9103144F3107221<<<<<<<<<<<<<<<8",
      },
      // An identity card's TD1 zone: its first line, its second, its third's names.
      {
        text: 'mrz_line1="IDNLDKT40529687<<<<<<<<<<<<<<<"',
        secret: "IDNLDKT40529687<<<<<<<<<<<<<<<",
      },
      {
        text: "mrz_line2=9104277F3108125NLD<<<<<<<<<<<4 ok",
        secret: "9104277F3108125NLD<<<<<<<<<<<4",
      },
      { text: "<mrz3>VANDERBERG<<SANNE<<<<<<<<<<<<<</mrz3>", secret: "VANDERBERG<<SANNE" },
    ],
    negative: [
      "XN72Q0K815NLD9103144F3107221<<<<<<<<<<<<<<<8",
      "mrz_line2=9104278F3108125NLD<<<<<<<<<<<4 rejected",
      "cout << value << std::endl;",
      "P<NLDVANDERBERG<<SANNE",
    ],
  },
  "passport-number": {
    positive: [
      // Typed in lower case into a form, after its name.
      { text: '{"passport_no":"lk4821937"}', secret: "lk4821937" },
      { text: "traveller passport no. 533380006 checked in", secret: "533380006" },
      { text: '{"passport_number":"C01X00T47","nationality":"DE"}', secret: "C01X00T47" },
      { text: "Passport: 12AB34567 (FR)", secret: "12AB34567" },
      { text: "numero de pasaporte: PAA123456", secret: "PAA123456" },
      { text: "PASSPORT NUMBER IS E12345678", secret: "E12345678" },
      { text: "controllo passaporto n. YB2718364 ok", secret: "YB2718364" },
      { text: '{"reisepass":"CZZP2XV4Z"}', secret: "CZZP2XV4Z" },
      // A list's name in the plural; Russia's internal passport named as a citizen's.
      { text: "Passports: K4N7R2T91 and others", secret: "K4N7R2T91" },
      { text: "паспорт гражданина 46 11 654321", secret: "46 11 654321" },
      // After серия (series), only a Russian passport's series and number.
      { text: "серия: 4611 654321 выдан", secret: "4611 654321" },
    ],
    negative: [
      "passport service v2 533380006 requests",
      "passport expired 2031-05-01",
      "passports: 3 issued, 2 pending",
      "серия: KT4829173 партия",
      "passport: MISSING",
      "order 533380006 shipped",
      "passport: ABCDEF12",
      "passport: CFGHJKLMN",
    ],
  },
  "driving-licence-number": {
    positive: [
      { text: "driver's license D1234567 verified (CA)", secret: "D1234567" },
      { text: "my driver license number: WB2C3**8XYZ6", secret: "WB2C3**8XYZ6" },
      { text: '{"driving_licence":"MORGA657054SM9IJ"}', secret: "MORGA657054SM9IJ" },
      { text: "DL# 123 456 789 state=NY", secret: "123 456 789" },
      { text: "Führerschein: B072RRE2I55", secret: "B072RRE2I55" },
      { text: "license number: A123-4567-8901", secret: "A123-4567-8901" },
      { text: "fuehrerschein_nr: R434Z5LI29", secret: "R434Z5LI29" },
      { text: "patente n. U1Q482913K rinnovata", secret: "U1Q482913K" },
      { text: "<permis_conduire>205576584978</permis_conduire>", secret: "205576584978" },
      // After the bare word license, only an exact layout: Italy's patente, Korea's 2-2-6-2.
      { text: "licence XR4821937K renewed", secret: "XR4821937K" },
      { text: "my license is 21-07-384912-55", secret: "21-07-384912-55" },
    ],
    negative: [
      "driver's license check took 1234 ms",
      "license: MIT",
      "license key rotated for tenant 12345678",
      "driving licence not provided",
      "license v2 12345678",
      "license 12345678 granted",
      "license ABC123456 ok",
      "license for customer KX12345678",
    ],
  },
  "uk-dvla-licence-number": {
    positive: [
      {
        text: "DVLA check for FERNS711048JT94Q 03 passed",
        secret: "FERNS711048JT94Q 03",
      },
      {
        text: "scanned driving licence OKE99 853 225 A997K, no endorsements",
        secret: "OKE99 853 225 A997K",
      },
    ],
    negative: [
      "driver build PLANT740162RG12X queued",
      "DVLA batch TANGO 123 456 AB1CD done",
      "licence pool ABCDE123456AB",
    ],
  },
  "vin-number": {
    positive: [
      { text: "claim 4411 VIN: 1FTXK2DE2RG590830 odometer 41200", secret: "1FTXK2DE2RG590830" },
      { text: '{"vin":"3vwf43es7l4091390","make":"VW"}', secret: "3vwf43es7l4091390" },
      { text: "Fahrgestellnummer WBA2DRCJ7N3281948 erfasst", secret: "WBA2DRCJ7N3281948" },
    ],
    negative: [
      "moving 1FTXK2DE2RG590830 to archive",
      "VIN: 1FTXK2DE2RG59083 (16 characters)",
      "vin lookup cache hit 3VWF43ES7L4091390X",
      "VIN: 4V7S8HJK0EE512146 (check digit wrong)",
    ],
  },
  "in-voter-id": {
    positive: [
      { text: "voter id: rpq7381924 verified", secret: "rpq7381924" },
      { text: "kyc voter id ABC1234567 verified", secret: "ABC1234567" },
      { text: '{"epic_no":"XYZ7654321"}', secret: "XYZ7654321" },
    ],
    negative: ["epic fail ABC1234567", "job ABC1234567 queued", "voter id missing"],
  },
  "bank-account-number": {
    positive: [
      { text: "refund to account number 0123456789 queued", secret: "0123456789" },
      { text: '{"bank_account":"12-3456-7890123-00"}', secret: "12-3456-7890123-00" },
      { text: "acct# 000123456789", secret: "000123456789" },
      { text: "Kontonummer: 532013000", secret: "532013000" },
    ],
    negative: [
      "account_id=12345678 created",
      "account number 42",
      "account number lookup took 123456 ms",
      "account 12345678 suspended",
      "acct_id=12345678",
    ],
  },
  "identity-card-number": {
    positive: [
      { text: "carta d'identità: AX 4418275", secret: "AX 4418275" },
      { text: '{"numero_cie":"CA31782KD"}', secret: "CA31782KD" },
      { text: "identity card number is K3381094", secret: "K3381094" },
    ],
    negative: ["identity card: MISSING", "id card expired 2031-05-01", "carta 12 pagine"],
  },
  "in-vehicle-registration": {
    positive: [
      { text: "KA53ME3456", secret: "KA53ME3456" },
      { text: "cab TN09 CX 4821 reached pickup", secret: "TN09 CX 4821" },
      { text: '{"plate":"GJ01K7305"}', secret: "GJ01K7305" },
    ],
    negative: [
      "XX12AB3456",
      "build KA53ME34567",
      "ka53me3456",
      "sku-MH12AB1234",
      "IBAN DE89370400440532013000",
    ],
  },
  "vehicle-registration": {
    positive: [
      { text: "vehicle registration: LB07 SMR", secret: "LB07 SMR" },
      { text: '{"number_plate":"MH12DE1433"}', secret: "MH12DE1433" },
      { text: "Kennzeichen B-XY 1234", secret: "B-XY 1234" },
    ],
    negative: ["registration number 12345678", "vehicle registration: PENDING", "plate number 4"],
  },
  "airline-passenger-name": {
    positive: [
      {
        text: "PNR ZYJYFX APIS submitted: pax 1 JANSSENS/NOA MR, exp 2031-05-14",
        secret: "JANSSENS/NOA",
      },
      { text: "pax 1 GARCÍA ORTEGA/INGRID MS checked in", secret: "GARCÍA ORTEGA/INGRID" },
      {
        text: '{"barcode":"M1NI BHRIAIN/RUAIRI   E9TQ2LM DUBLHRBA 0833 112Y021A0004 15D"}',
        secret: "NI BHRIAIN/RUAIRI",
      },
    ],
    negative: [
      "pax 2 route FRA/JFK took 200 ms",
      "GET /api/v1/users MR 42",
      "kiosk 3 firmware M1KIOSK/READER     E123 OK",
    ],
  },
  "ssr-docs-fields": {
    positive: [
      {
        text: "SSR DOCS YY HK1 P/DEU/E8676503J/USA/12MAR85/F/23SEP31/VIRTANEN/WEILING",
        secret: "E8676503J/USA/12MAR85/F/23SEP31/VIRTANEN/WEILING",
      },
    ],
    negative: ["SSR DOCS YY HK1 queued for segment 2"],
  },
};
