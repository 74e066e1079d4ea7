/**
 * The examples of ../pii_personal_details.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "date-of-birth-named-after": {
    positive: [
      { text: "1972-11-08 is my birthday", secret: "1972-11-08" },
      { text: "chat: 23/06/1990 was her date of birth.", secret: "23/06/1990" },
      { text: "April 9, 1966 is his DOB", secret: "April 9, 1966" },
    ],
    negative: [
      "1972-11-08 is my release date",
      "v2.1972-11-08 is my birthday",
      "2026-01-01 is my birthdays list",
    ],
  },
  "date-of-birth": {
    positive: [
      { text: '{"dob":"1985-03-12","plan":"pro"}', secret: "1985-03-12" },
      { text: "date_of_birth=12/05/1993 saved", secret: "12/05/1993" },
      { text: "Geburtsdatum: 21.10.1951", secret: "21.10.1951" },
      { text: '{"birthDate":"19750215"}', secret: "19750215" },
      { text: '<patient><birthTime value="19610208"/></patient>', secret: "19610208" },
      { text: "PatientName=DOE^JANE PatientBirthDate=19750215", secret: "19750215" },
      { text: "dateOfBirth=6 January 1994", secret: "6 January 1994" },
      { text: "patient born on 02/18/1968", secret: "02/18/1968" },
      { text: "What is your date of birth? It's 1977-11-04", secret: "1977-11-04" },
      { text: "asked for his birthday. It is October 9, 1983", secret: "October 9, 1983" },
      { text: "dob=07-NOV-1964 status=A", secret: "07-NOV-1964" },
      { text: "Geburtsdatum: 14.02.79", secret: "14.02.79" },
      { text: "date of birth: 22nd of June 1991", secret: "22nd of June 1991" },
      { text: "patient born on August 1st, 1958", secret: "August 1st, 1958" },
      { text: '{"dob":{"dob":"01251997"},"ssn":{}}', secret: "01251997" },
      { text: "Buongiorno, mi chiamo Giulia, nata il 26/09/1987.", secret: "26/09/1987" },
      { text: "Dzień dobry, urodzona 28.04.1946, mieszkam w Krakowie", secret: "28.04.1946" },
      { text: "Kowalski Jan, ur. 03.11.1972 w Gdańsku", secret: "03.11.1972" },
      { text: "mi fecha de nacimiento es 17 de agosto de 1965", secret: "17 de agosto de 1965" },
      { text: "mein Geburtsdatum ist 12.03.1984, danke", secret: "12.03.1984" },
    ],
    negative: [
      '{"created":"1985-03-12"}',
      '{"invoice_date":"01252026","due":"02252026"}',
      "NATO summit 2024-07-09 opened",
      "tour. 12.03.2025 Lyon",
      "dob_field_hidden=true since 2025-03-01 12:00",
      "birthday campaign 2025 sent 12000 mails",
    ],
  },
  "person-name": {
    positive: [
      { text: "PatientName=OKAFOR^CHIDI^^^DR Modality=CT", secret: "OKAFOR^CHIDI^^^DR" },
      { text: '{"full_name":"Jane Doe","plan":"pro"}', secret: "Jane Doe" },
      { text: 'customer="María García López" attempt=5', secret: "María García López" },
      { text: "<cardholder>Rahul Sharma</cardholder>", secret: "Rahul Sharma" },
      { text: '{"first_name":"Emma","last_name":"Schneider"}', secret: "Schneider" },
      { text: "patient_name: Jean-Luc Picard", secret: "Jean-Luc Picard" },
      { text: '{"card":{"exp":"03/31","holder":"Lucía Janssens"}}', secret: "Lucía Janssens" },
      { text: '{"first_name":"Jonas","last_name":"de Vries"}', secret: "de Vries" },
      { text: "SAP HR PA0002 PERNR=83541638 NACHN=Hoffmann VORNA=Sabine", secret: "Hoffmann" },
      { text: 'event=DELIVERED signedBy="F. MANSOUR" location="Malmö"', secret: "F. MANSOUR" },
      {
        text: '{"display_name":"Gustav","real_name":"Gustav Lindqvist"}',
        secret: "Gustav Lindqvist",
      },
    ],
    negative: [
      'signed_by="Let\'s Encrypt Authority X3" valid=true',
      '{"signedBy":"Jenkins Release Bot"}',
      'event=DELIVERED signedBy="FRONT DOOR" location="Galway"',
      "Certificate signed by Let's Encrypt Authority",
      "package signed by Debian Archive Automatic",
      '{"customer":"Internal Server Error"}',
      '{"first_name":"required","customer":"acme-corp"}',
      "customer Jane visited",
      '{"customer_id":"Jane Doe42"}',
      "THE ACCOUNT HOLDER OR AGENT BE NOTIFIED",
      "0x3B -> CUSTOMER USE THREE",
    ],
  },
  "person-name-generic-key": {
    positive: [
      {
        text: '{"user":{"id":31658,"name":"Oluwaseun Adeyemi"},"status":200}',
        secret: "Oluwaseun Adeyemi",
      },
      { text: 'customer_id=42 name="Zoë Müller-Schmidt"', secret: "Zoë Müller-Schmidt" },
      { text: 'applicant=app_85 name="Mei O\'Connor" score=0.11', secret: "Mei O'Connor" },
      {
        text: '{"shipping_address":{"name":"Zofia Meier","line1":"Keizersgracht 311"}}',
        secret: "Zofia Meier",
      },
    ],
    negative: [
      "- name: Run Tests",
      '{"user":{"name":"Internal Server"}}',
      '{"service":{"name":"Checkout Api"}}',
      '{"user":{"name":"jdoe"}}',
    ],
  },
  "postal-address": {
    positive: [
      {
        text: '<addr use="HP"><streetAddressLine>17 Harbour Row</streetAddressLine></addr>',
        secret: "17 Harbour Row",
      },
      {
        text: '{"address":"742 Evergreen Terrace, Springfield, OR 97477"}',
        secret: "742 Evergreen Terrace, Springfield, OR 97477",
      },
      {
        text: "<billing_address>Hauptstraße 12, 10115 Berlin</billing_address>",
        secret: "Hauptstraße 12, 10115 Berlin",
      },
      { text: "  address_line1: 55 Queen St W, Toronto", secret: "55 Queen St W, Toronto" },
      { text: '"MailingStreet":"Via Roma 131","MailingCity":"Bologna"', secret: "Via Roma 131" },
      {
        text: 'PA0006 ANSSA=1 STRAS="Flat 168, Sai Krupa Apartments" PSTLZ=294244',
        secret: "Flat 168, Sai Krupa Apartments",
      },
      {
        text: "  home_address: 9 Quarry Lane, Leeds  # moved 2026",
        secret: "9 Quarry Lane, Leeds",
      },
    ],
    negative: [
      '{"address":"10.0.0.1:5432"}',
      "Error: listen EADDRINUSE: address already in use :::3000",
      '{"address":"unix:///var/run/docker.sock"}',
      '{"to_address":"0x52908400098527886E0F7030069857D2E4169EE7"}',
      '{"address":"pending"}',
      "IPv6 address 0x1f2e3d4c5b6a7988 has no prefix",
      "IP address 7 already in use",
      "How do I change my address to Building 7 lobby?",
      "The address of Northgate Ltd is the depot on floor 3",
      "  payout_address: pending   # treasury 3.2.93",
      "withdraw BCH 812.26 to <address> (fee 0.00001)",
    ],
  },
  "street-address-in-prose": {
    positive: [
      {
        text: "order 4411 shipped to 742 Evergreen Terrace, Springfield, IL 62704 via UPS",
        secret: "742 Evergreen Terrace, Springfield, IL 62704",
      },
      { text: "customer moved to 221B Baker Street last week", secret: "221B Baker Street" },
      { text: "parcel left at 58 Copper Ridge, back door", secret: "58 Copper Ridge" },
      { text: "new address: unit at 1402 Sandpiper Loop", secret: "1402 Sandpiper Loop" },
      { text: "moved from 77 Tanner Row in May", secret: "77 Tanner Row" },
      { text: "delivery address updated: 4690 Larchmont Dr", secret: "4690 Larchmont Dr" },
      { text: "  Apt. 12C", secret: "Apt. 12C" },
      {
        text: "mail it to PO Box 4417, Juneau, AK 99811 instead",
        secret: "PO Box 4417, Juneau, AK 99811",
      },
      { text: "P.O. BOX 982 returned", secret: "P.O. BOX 982" },
      { text: "> Suite 410 ", secret: "Suite 410" },
      {
        text: "send it to 9 Fenwick Road, Derby DE1 3QT please",
        secret: "9 Fenwick Road, Derby DE1 3QT",
      },
      { text: "lives at 412 Orchid Lane Apt. 7B now", secret: "412 Orchid Lane Apt. 7B" },
      {
        text: "she lives on Thornbury Hill street, near the park",
        secret: "Thornbury Hill street",
      },
      {
        text: "pick me up at the corner of Ashgrove St. and Kemble St. at 6",
        secret: "Ashgrove St. and Kemble St.",
      },
      {
        text: "billing 18 Quarry Street, Suite 300, Dayton, OH 45402",
        secret: "18 Quarry Street, Suite 300, Dayton, OH 45402",
      },
      { text: "Lieferadresse: Hauptstraße 5, 10115 Berlin", secret: "Hauptstraße 5, 10115 Berlin" },
      { text: "livraison au 12 rue de la Paix", secret: "12 rue de la Paix" },
      { text: "envío a Calle Olmo 14, 28013 Madrid", secret: "Calle Olmo 14, 28013 Madrid" },
      { text: "entregar na Rua do Carmo 71", secret: "Rua do Carmo 71" },
      { text: "Lieferung an Nordring 5, zugestellt", secret: "Nordring 5" },
      {
        text: "bezorgadres Prinsenstraat 17, 1015 DZ Amsterdam",
        secret: "Prinsenstraat 17, 1015 DZ Amsterdam",
      },
      {
        text: "levereras till Sveavägen 44, 113 59 Stockholm",
        secret: "Sveavägen 44, 113 59 Stockholm",
      },
      { text: "pakke leveret til Vesterbrogade 112 i dag", secret: "Vesterbrogade 112" },
    ],
    negative: [
      "waiting 3 more seconds; gateway 2 Way handshake",
      "GET /api/v1/orders 200 12ms; Found 3 Open Ports",
      "moved 12 items to Archive Street view",
      "see rue.js 12 for details",
      "During 2014, the council invested in new designs",
      "retry 3 via Kafka",
      "report saved on Google Drive; route 4 runs via Mill Road to Market Street",
      "Unit 46 failed to start",
      "Running Test Suite 3",
      "flat 3",
      "checkbox 3 ticked; sandbox 12 ready; POBox v2",
      "Brigade 5 deployed; laan 3",
      "Sent Via Kafka 3 times; via Kafka, 3 retries left",
      "loop 3 of 10: 42 rows in Pending Row queue, trail 7 ms",
    ],
  },
  "personal-attribute": {
    positive: [
      { text: '{"user_id":42,"gender":"female","plan":"pro"}', secret: "female" },
      { text: "patient_sex=female ward=3", secret: "female" },
      { text: "<ethnicity>Hispanic or Latino</ethnicity>", secret: "Hispanic or Latino" },
      { text: "member religion[Roman Catholic] status[ok]", secret: "Roman Catholic" },
    ],
    negative: [
      "go test -race=true ./...",
      '{"gender":null,"age":"unknown"}',
      "race condition detected in scheduler",
      "unisex=yes gender_neutral=true",
    ],
  },
  "personal-identifier-key": {
    positive: [
      { text: '{"student_id":"S4934102","status":"enrolled"}', secret: "S4934102" },
      { text: "enrolment matrikelnummer=221755 term=WS25", secret: "221755" },
      { text: "<bsb>062-000</bsb><account>12345678</account>", secret: "062-000" },
      { text: "sim activated iccid=8944123456789012345 msisdn=***", secret: "8944123456789012345" },
      {
        text: "attribution idfa=6D92078A-8246-4BA4-AE5B-76104861E7DC source=ads",
        secret: "6D92078A-8246-4BA4-AE5B-76104861E7DC",
      },
      { text: '{"cnp":"2970815123451","kyc":"passed"}', secret: "2970815123451" },
      { text: "traveller visa_number=40718236 entry=2026-11-03", secret: "40718236" },
      { text: '{"claim":"C5531","policy_number":"PL-2024-118834"}', secret: "PL-2024-118834" },
    ],
    negative: [
      "card brand visa 3ds v2 ok",
      "shipments in_transit=4 delivered=12",
      "employees: 1200 employee_count=1200",
      "gpu device_id=0 serial_number=0A:1B:2C worker_id=3",
      '{"employee_id":"E317606","cost_center":"6413-8346"}',
      "emp=4 empty=3 studentship open",
      "iam attach policy=AdministratorAccess policy_count=12",
    ],
  },
  "sql-insert-personal-column": {
    positive: [
      {
        text: "INSERT INTO customers (name, thai_id) VALUES ('Jane Doe', '8564812967580');",
        secret: "8564812967580",
      },
      {
        text:
          "LOG:  statement: INSERT INTO kyc (\"voter_id\", \"state\") VALUES ('CUI6731842', 'KA')",
        secret: "CUI6731842",
      },
      {
        text:
          "INSERT INTO p (`name`, `medicare_number`) VALUES ('A', 3250156933), ('B', 4250156931)",
        secret: "4250156931",
      },
    ],
    negative: [
      "INSERT INTO orders (id, amount, status) VALUES (1, 20, 'paid')",
      "INSERT INTO customers (name, thai_id) VALUES ('Jane Doe', NULL)",
      "INSERT INTO customers (name, passport_no) VALUES ('Jane', 'unknown')",
    ],
  },
  "x12-person-segment": {
    positive: [
      {
        text:
          "ST*837*0001*005010X222A1~NM1*IL*1*OKAFOR*CHIDI****MI*XQH512907733~N4*AUSTIN*TX*78704~",
        secret: "OKAFOR*CHIDI****MI*XQH512907733",
      },
      {
        text: "N3*4417 BIRCHWOOD LANE APT 2~N4*AUSTIN*TX*78704~",
        secret: "4417 BIRCHWOOD LANE APT 2",
      },
      { text: "DMG*D8*19630718*F~CLM*26463774*120.00***11:B:1*Y*A*Y*I~", secret: "19630718*F" },
    ],
    negative: [
      "NM1*PR*2*BLUE CROSS*****PI*60054~N4*DALLAS*TX*75201~",
      "CLM*26463774*120.00***11:B:1*Y*A*Y*I~DTP*472*D8*20261103~",
      "boss DMG*2 crit",
    ],
  },
  "hl7-person-segment": {
    positive: [
      {
        text: "PID|1||9473787^^^HOSP^MR||O'CONNOR^MEI^^^^^L||19520112|M|||221 Baker Street^^London",
        secret: "O'CONNOR^MEI^^^^^L",
      },
      {
        text: "NK1|1|DOE^JOHN^^^^^L|SPO^Spouse|12 Main St^^Springfield^IL^62701|2175550199",
        secret: "12 Main St^^Springfield^IL^62701",
      },
      {
        text: String.raw`{"msg":"EVN|A08\rPID|1||4471^^^H^MR||LEE^ANN\rPV1|1|I"}`,
        secret: "LEE^ANN",
      },
    ],
    negative: [
      "PV1|1|I|W4^412^B|||||||MED||||||||55609219",
      "EVN|A08|202603141003",
      "worker PID|4242 exited, see ps output",
      String.raw`{"msg":"EVN|A08\rPID|1|\rPV1|1|I|W4^412^B"}`,
    ],
  },
  "person-elements": {
    positive: [
      {
        text: '{"name":[{"use":"official","family":"Lefèvre","given":["Daan","Pieter"]}]}',
        secret: "Pieter",
      },
      {
        text: '{"telecom":[{"system":"phone","value":"14482389984","use":"mobile"}]}',
        secret: "14482389984",
      },
      {
        text: '{"address":[{"line":["Mannerheimintie 12 B 7"],"city":"Helsinki"}]}',
        secret: "Mannerheimintie 12 B 7",
      },
      {
        text:
          '{"resourceType":"Patient","identifier":[{"system":"urn:oid:1.2.3","value":"7730215"}]}',
        secret: "7730215",
      },
      { text: '{"address":[{"line":["9 Rue Lamarck"],"postalCode":"69003"}]}', secret: "69003" },
      {
        text: '{"applicant":{"name":{"first":"Wilhelmina","last":"Ekström"},"country":"SE"}}',
        secret: "Ekström",
      },
      {
        text: '<patient><name use="L"><given>Ruairí</given><family>Ní Bhriain</family></name>',
        secret: "Ní Bhriain",
      },
      {
        text: "<Name><Ttl>Ms</Ttl><Fore>Oyelaran</Fore><Sur>Adeyemi</Sur></Name>",
        secret: "Adeyemi",
      },
    ],
    negative: [
      '{"pages":{"first":"Overview","last":"Appendix"}}',
      "<Name>Northwind Payroll</Name><Fore>Yes</Fore>",
      "<alias><family>DejaVu Sans</family><prefer><family>Noto Sans</family></prefer></alias>",
      '{"resourceType":"Device","identifier":[{"system":"urn:oid:1.2.3","value":"7730215"}]}',
      '{"font":{"family":"Inter","weight":400}}',
      '{"telecom":[{"system":"url","value":"https://status.example.org"}]}',
      '{"error":{"line":[12,14],"given":["x"],"text":"Unexpected token"}}',
    ],
  },
  "edifact-person-segment": {
    positive: [
      { text: "NAD+FL+++VLAHOS:TEODORA:ANNA'ATT+2++F'", secret: "VLAHOS:TEODORA:ANNA" },
      { text: "UNH+1+PAXLST:D:05B:UN:IATA'DTM+329:610208'LOC+178+ATH'", secret: "610208" },
      { text: "DOC+P:110:111+XK4471920'DTM+36:301231'", secret: "XK4471920" },
      {
        text: "NAD+CN+++O?'SULLIVAN RUAIRI+14 HARBOUR ROW+CORK++T12+IE'",
        secret: "O?'SULLIVAN RUAIRI+14 HARBOUR ROW+CORK++T12+IE",
      },
      { text: "CTA+IC+:CHLOE NGUYEN'COM+61449538858:TE'", secret: "CHLOE NGUYEN" },
      { text: "CTA+IC+:CHLOE NGUYEN'COM+61449538858:TE'", secret: "61449538858" },
      { text: "CTA+DE+D042:RAHUL KAUR'COM+rahul@mail.com:EM'", secret: "rahul@mail.com" },
    ],
    negative: [
      "NAD+BY+5412345000013::9'NAD+SU+4012345000009::9'",
      "CTA+PD+SALES'COM+www.acme.de:AH'COM+4012345000009:EI'",
      "DTM+137:20260312:102'DOC+380+INV2231'",
      "LOC+147+0110203::5'NAD+CA+MSK:172:20'",
    ],
  },
  "it-guest-record": {
    positive: [
      {
        text:
          "1603/05/202402ROSSI                                             MARIO                         115/03/1980403015146RM100000100100000100IDENTAY1234567           403015146",
        secret:
          "ROSSI                                             MARIO                         115/03/1980403015146RM100000100100000100IDENTAY1234567           403015146",
      },
      {
        text:
          `{"schedina":"1903/05/202402O'BRIEN                                           SIOBHAN                       202/11/2011           100000219100000219"}`,
        secret:
          "O'BRIEN                                           SIOBHAN                       202/11/2011           100000219100000219",
      },
    ],
    // A date and digits with no names after them; a sex other than 1 or 2.
    negative: [
      "1603/05/202402 checked in, 2 guests",
      "1603/05/202402ROSSI                                             MARIO                         315/03/1980403015146RM100000100100000100IDENTAY1234567           403015146",
    ],
  },
  "ncpdp-patient": {
    positive: [
      {
        text: "B1 \u001eAM01\u001cCY448120\u001cC419610208\u001cCATEODORA\u001cCBVLAHOS",
        secret: "VLAHOS",
      },
      { text: "AM01<FS>CATEODORA<FS>CBVLAHOS<FS>C419610208", secret: "19610208" },
      { text: "AM04<FS>C2XQH51290<FS>CCRUAIRI<FS>CDNI BHRIAIN<FS>C11200", secret: "NI BHRIAIN" },
      // The separator escaped in a JSON string or a log's text, or written as a pipe.
      {
        text: String.raw`{"claim":"AM01CY448120CATEODORACBVLAHOS"}`,
        secret: "TEODORA",
      },
      { text: String.raw`ncpdp req=AM29CAMAEVECBO'SHEAC419740511`, secret: "O'SHEA" },
      { text: "AM01|CY448120|CATEODORA|CBVLAHOS|C419610208", secret: "VLAHOS" },
    ],
    negative: [
      "AM07<FS>EM1<FS>D27712345<FS>E103<FS>D700093015001",
      "AM20<FS>ANA<FS>F3CAREMARK<FS>CALIB",
      "ROAM01<FS>CAREFUL<FS>CBS",
      "AM01<FS>C1GRP7<FS>AM20<FS>F3CAREMARK<FS>CALIB",
      // A pipe-separated line whose last segment head is no patient's.
      "AM01|C1GRP7|AM07|EM1|CAREMARK-PLAN",
    ],
  },
  "mail-display-name": {
    positive: [
      { text: "From: Çağrı Öztürk <cagri@example.com>", secret: "Çağrı Öztürk" },
      { text: 'Reply-To: "Fitzgerald, Eleanor" <ef@example.org>', secret: "Fitzgerald, Eleanor" },
      { text: "smtpd: header From: 张伟 <u12@example.cn>", secret: "张伟" },
    ],
    negative: ["From: <noreply@example.com>", "to: 3 recipients <list@example.com>"],
  },
  "ldif-common-name": {
    positive: [
      { text: "cn: Oluwaseun Keller", secret: "Oluwaseun Keller" },
      { text: "dn: cn=Tamsin Okoro,ou=people,dc=example,dc=org", secret: "Tamsin Okoro" },
    ],
    negative: ["cn: svc-jenkins", "cn: Internal Service Accounts", "x509 cn: Acme", "cn: admins"],
  },
  "directory-card-attribute": {
    positive: [
      { text: "sn: Okoro-Vance", secret: "Okoro-Vance" },
      { text: "employeeNumber: 418203", secret: "418203" },
      { text: "N:Okoro;Tamsin;;;", secret: "Okoro;Tamsin" },
      {
        text: "ADR;TYPE=HOME:;;Rue Lamarck 9;Lyon;;69003;FR",
        secret: "Rue Lamarck 9;Lyon;;69003;FR",
      },
      { text: "BDAY:1984-07-19", secret: "1984-07-19" },
    ],
    negative: [
      "N: 2048 rounds",
      "FN:Acme Support",
      "VERSION:3.0",
      "objectClass: person",
      "usn: 5",
    ],
  },
};
