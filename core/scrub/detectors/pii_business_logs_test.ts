/**
 * Personal data the blind business-PII corpus (../corpus/pii_business6.jsonl) found leaking or
 * damaged, by form. Each test holds one form, written as the scheme or the log writes it, not
 * as the corpus's cases happen to.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("an e-mail address before a colon that ends a clause is masked; a remote's colon is not", () => {
  deepStrictEqual(
    leaksOf([
      [
        `new ticket #793383 from mei.janssens@example.de: "Where is my order?"`,
        "mei.janssens@example.de",
      ],
      [
        `new ticket from JONAS.YILMAZ@HOTMAIL.COM: "Where is my order?"`,
        "JONAS.YILMAZ@HOTMAIL.COM",
      ],
      [`reply from priya.levi@müller-bau.de: thanks`, "priya.levi@müller-bau.de"],
      [`bounce for ingrid@bücher.example:`, "ingrid@bücher.example"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "git clone git@github.com:acme/payments.git",
      "rsync -a deploy@build.example.com:/srv/app/ ./app/",
      "scp backup.tar ops@bücher.example:/var/backups/",
    ]),
    [],
  );
});

Deno.test("an XRP Ledger classic address (Base58Check in the Ripple alphabet) is masked; a look-alike is not", () => {
  const genesis = "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh";
  deepStrictEqual(
    leaksOf([
      [`withdrawal of 25 XRP to ${genesis} queued`, genesis],
      [`{"event":"deposit.detected","address":"${genesis}"}`, genesis],
      [`aml: destination ${genesis} flagged`, genesis],
    ]),
    [],
  );
  deepStrictEqual(changed([`aml: destination ${genesis.replace("9C", "9D")} flagged`]), []);
});

Deno.test("an identity document's number under a bare number key is masked when it passes a national rule", () => {
  deepStrictEqual(
    leaksOf([
      [
        `{"check_id":"c1","document":{"type":"national_identity_card","number":"20731025-2536","issuing_country":"SE"}}`,
        "20731025-2536",
      ],
      [`{"identity_document":{"kind":"id_card","number":"85073003328"}}`, "85073003328"],
      [`doc_type=residence_permit number=X1234567L country=ES`, "X1234567L"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `{"document":{"type":"invoice","number":"046454286"}}`,
      `{"identity_document":{"status":"pending","number":"85073003329"}}`,
      `{"passport":{"pages":32},"order":{"number":"046454286"}}`,
    ]),
    [],
  );
});

Deno.test("a person's name under holder, given_names, a shipping address's name, with a particle or an O'", () => {
  deepStrictEqual(
    leaksOf([
      [`{"card":{"exp":"03/31","holder":"Lucía Janssens"}}`, "Lucía Janssens"],
      [
        `{"doc_type":"driving_license","holder":"Elif García Ortega","state":"CA"}`,
        "Elif García Ortega",
      ],
      [`{"passenger":{"given_names":"Mei","surname":"Tan"}}`, "Mei"],
      [`{"shipping_address":{"name":"Zofia Meier","line1":"Keizersgracht 311"}}`, "Zofia Meier"],
      [`applicant=app_856e9bba65 name="Mei O'Connor" score=0.11`, "Mei O'Connor"],
      [`{"first_name":"Jonas","last_name":"de Vries"}`, "de Vries"],
      [`{"full_name":"Priya van der Berg"}`, "Priya van der Berg"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `{"lock":{"holder":"worker-7","held_for_ms":120}}`,
      `{"shipping_method":{"name":"Express Delivery"}}`,
      `{"last_name":"de"}`,
    ]),
    [],
  );
});

Deno.test("a subscriber's IMSI and a handset's IMEI after their names are masked; other numbers stay", () => {
  deepStrictEqual(
    leaksOf([
      ["hlr-lookup: subscriber imsi=234915581113724 roaming=false", "234915581113724"],
      [`{"imsi":"310260000000001","event":"attach"}`, "310260000000001"],
      ["device registered, IMEI 35-209900-176148-1, model X", "35-209900-176148-1"],
      ["imei: 490154203237518 blacklisted", "490154203237518"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "imsi_count=234915581 attach_rate=0.93",
      "imei: 490154203237519 blacklisted",
      "bench unit serial 356938035643809 flashed",
    ]),
    [],
  );
});

Deno.test("a card's security code (CVV, CVC, CVN) after its name is masked", () => {
  deepStrictEqual(
    leaksOf([
      [`{"card":{"exp":"12/28","cvv":"844"}}`, "844"],
      ["card_cvc=9031 exp=04/30", "9031"],
      ["security code: 517 entered", "517"],
    ]),
    [],
  );
  deepStrictEqual(changed(["cvv_check=pass cvc_attempts=3", `{"cvv":"unavailable"}`]), []);
});

Deno.test("telephone numbers: a CDR's A and B parties, and a second number after the first one's word", () => {
  deepStrictEqual(
    leaksOf([
      [
        "CDR|2026-02-21T11:20:46Z|MOC|A=442071234567|B=18295101446|dur=3558|trunk=TG40",
        "18295101446",
      ],
      ["CDR|2026-01-28T11:37:26Z|MOC|A=442071234567|B=00491699093125|dur=3209", "00491699093125"],
      [
        "customer asked for a call back on 0151 2345678 (alt. 486 86 306) between 9 and 11",
        "486 86 306",
      ],
      ["phone: 020 7946 0958, 96907 51709", "96907 51709"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "CDR|2026-02-21T11:20:46Z|SUMMARY|calls=48213|asr=0.61|acd=143s|trunk=TG40",
    ]),
    [],
  );
  const counts = "call back on 0151 2345678 in 20 min, 45 retries left";
  deepStrictEqual(scrubber.scrub(counts).text.endsWith(" in 20 min, 45 retries left"), true);
});

Deno.test("a network's address in CIDR notation is masked as a host's is, with a prefix or without", () => {
  deepStrictEqual(
    leaksOf([
      ["dhcpd: pool 10.20.0.0/16 utilisation 91%, leases 7628", "10.20.0.0"],
      ["allow 81.2.69.0/24 on :443", "81.2.69.0"],
      ["allow 2.16.0.0/13 on :443", "2.16.0.0"],
      ["route added 81.2.69.142/32 via eth0", "81.2.69.142"],
      ["client 81.2.69.142/24 connected", "81.2.69.142"],
      ["login from 81.2.69.0 ok", "81.2.69.0"],
    ]),
    [],
  );
});

Deno.test("a Swiss AHV number under a generic national-id key is masked when its check digit holds", () => {
  deepStrictEqual(
    leaksOf([
      [`{"national_id":"7569217076985"}`, "7569217076985"],
      [`id_number=756.9217.0769.85 kyc=pending`, "756.9217.0769.85"],
    ]),
    [],
  );
  deepStrictEqual(changed([`{"national_id":"7569217076986"}`]), []);
});

Deno.test("an AHV number after AHV-Nr. or ahv_number, and a codice fiscale in lower case after its name, are masked", () => {
  deepStrictEqual(
    leaksOf([
      ["document check passed, AHV-Nr. 7569217076985 matched registry", "7569217076985"],
      [`{"ahv_number":"756.9217.0769.85"}`, "756.9217.0769.85"],
      ["codice fiscale rssmra85t10a562s matched registry", "rssmra85t10a562s"],
      [`{"codice_fiscale":"rssmra85t10a562s"}`, "rssmra85t10a562s"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "AHV-Nr. 7569217076986 matched registry",
      "codice fiscale rssmra85t10a562x matched registry",
    ]),
    [],
  );
});

Deno.test("CSV columns named for a person's name, birthday or a national number mask whatever they hold", () => {
  const rows = [
    ["contact_id,first_name,last_name,birthday", "C1,Priya,Souza,1962-08-17", ["Priya", "Souza"]],
    ["id;Full Name;cpr", "7;Jonas de Vries;Mette", ["Jonas de Vries", "Mette"]],
    ["ref\tsurname\trijksregisternummer", "r1\tJanssens\tNoa", ["Janssens", "Noa"]],
    ["ref|fodselsnummer|teudat_zehut|my_number|rfc", "r|a1|b2|c3|d4", ["a1", "b2", "c3", "d4"]],
  ] as const;
  deepStrictEqual(
    rows.flatMap(([header, row, values]) => {
      const text = scrubber.scrub(`${header}\n${row}`).text;
      return values.filter((v) => text.includes(v));
    }),
    [],
  );
  deepStrictEqual(
    changed(["id,status,first_name\n1,active,n/a", "service,region\napi,Frankfurt"]),
    [],
  );
});

Deno.test("an HL7 v2 segment about a person is masked after its set id; other segments stay", () => {
  const message = [
    "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202603141003||ADT^A08|MSG42050152|P|2.5.1",
    "PID|1||9473787^^^HOSP^MR||O'CONNOR^MEI^^^^^L||19520112|M|||12 Queen St W^^London",
    "NK1|1|DOE^JOHN^^^^^L|SPO^Spouse|||2175550199",
    "PV1|1|I|W4^412^B|||||||MED||||||||55609219",
  ];
  deepStrictEqual(
    leaksOf([
      ...["9473787", "O'CONNOR^MEI", "19520112"].map((v): [string, string] => [message[1], v]),
      [message[2], "DOE^JOHN"],
      [String.raw`{"hl7":"EVN|A08\rGT1|1||LEE^ANN\rPV1|1|I"}`, "LEE^ANN"],
    ]),
    [],
  );
  deepStrictEqual(changed([message[0], message[3], "worker PID|4242 exited"]), []);
});

Deno.test("FHIR names, address lines and phone or e-mail contact points are masked; other values stay", () => {
  const patient =
    '{"resourceType":"Patient","name":[{"family":"Lefèvre","given":["Daan","Pieter"]}],' +
    '"telecom":[{"system":"phone","value":"14482389984"},{"system":"url","value":"https://example.org"}],' +
    '"address":[{"line":["Mannerheimintie 12 B 7"],"city":"Helsinki"}]}';
  deepStrictEqual(
    leaksOf(
      ["Lefèvre", "Daan", "Pieter", "14482389984", "Mannerheimintie 12 B 7"].map((
        v,
      ) => [patient, v]),
    ),
    [],
  );
  ok(scrubber.scrub(patient).text.includes('"value":"https://example.org"'));
  deepStrictEqual(
    changed(['{"font":{"family":"Inter"},"error":{"line":[12],"text":"Unexpected"}}']),
    [],
  );
});

Deno.test("a number followed by the bracketed name of its identifier is masked; other brackets stay", () => {
  deepStrictEqual(
    leaksOf([
      [`beneficiary id "240778 28032" (fødselsnummer) does not match`, "240778 28032"],
      [`beneficiary id "0604966213" (CPR-nr.) does not match`, "0604966213"],
      [`beneficiary id "95516500786" (TC Kimlik No) does not match`, "95516500786"],
      [`beneficiary id "5810865433" (Medicare card) does not match`, "5810865433"],
      [`beneficiary id "285091829464194" (n° de sécurité sociale) rejected`, "285091829464194"],
      [`beneficiary id "JGMPT7990F" (PAN) does not match`, "JGMPT7990F"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([`retry 3 of 5 (PAN) in 200 ms`, `see RFC 7519 (JWT)`, `field "abc" (DNI) empty`]),
    [],
  );
});

Deno.test("an airline passenger's name element and an SSR DOCS element's personal fields are masked", () => {
  const docs = "SSR DOCS YY HK1 P/DEU/E8676503J/USA/12MAR85/F/23SEP31/VIRTANEN/WEILING";
  deepStrictEqual(
    leaksOf([
      ["PNR ZYJYFX APIS submitted: pax 1 JANSSENS/NOA MR, passport on file", "JANSSENS/NOA"],
      ["booking-svc pax 1 GARCÍA ORTEGA/INGRID MS boarded", "GARCÍA ORTEGA/INGRID"],
      ...["E8676503J", "12MAR85", "VIRTANEN", "WEILING"].map((v): [string, string] => [docs, v]),
    ]),
    [],
  );
  deepStrictEqual(changed(["pax 2 route FRA/JFK took 200 ms", "SSR DOCS YY HK1 queued"]), []);
});

Deno.test("a sort code and an account number after account on a bank transfer's line are masked", () => {
  const bacs = "bacs-file: E098828 Park, sort code 34-83-61, account 28366742, amount £1393.63";
  deepStrictEqual(
    leaksOf([
      [bacs, "34-83-61"],
      [bacs, "28366742"],
      [
        "ach-batch: direct deposit E319779 routing=021000021 account=590085169242 type=checking",
        "590085169242",
      ],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "account 28366742 locked after 3 failed logins",
      "routing_key=orders account=1234567",
    ]),
    [],
  );
});

Deno.test("a document number under a bare number key is masked where its object names the document's type", () => {
  const check = (type: string, number: string) =>
    `{"check_id":"c1","document":{"type":"${type}","number":"${number}","issuing_country":"US"}}`;
  deepStrictEqual(
    leaksOf([
      [check("national_identity_card", "3UQ9-AU1-TX81"), "3UQ9-AU1-TX81"],
      [check("national_identity_card", "CZYPN6755C"), "CZYPN6755C"],
      [check("passport", "94984550000136"), "94984550000136"],
    ]),
    [],
  );
  deepStrictEqual(changed([check("invoice", "94984550000136"), check("passport", "pending")]), []);
});

Deno.test("CSV columns for the Swiss AHV number and the US Medicare beneficiary id mask their values", () => {
  const text = scrubber.scrub(
    "ref,ahv_number,medicare_beneficiary_id\nr1,756.4123.1058.66,9UH5HU9FQ57",
  ).text;
  deepStrictEqual(["756.4123.1058.66", "9UH5HU9FQ57"].filter((v) => text.includes(v)), []);
});
