/**
 * Personal data the blind business-PII corpus (../corpus/pii_business6.jsonl) found leaking or
 * damaged, by form. Each test holds one form, written as the scheme or the log writes it, not
 * as the corpus's cases happen to.
 */
import { deepStrictEqual } from "@node/assert";
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

Deno.test("a Swiss AHV number is masked in its printed layout alone, and as 13 digits after its name", () => {
  deepStrictEqual(
    leaksOf([
      [`{"ahv_number":"756.9217.0769.85"}`, "756.9217.0769.85"],
      [`insured person 756.1234.5678.97 enrolled`, "756.1234.5678.97"],
      [`document check passed, AHV-Nr. 7569217076985 matched`, "7569217076985"],
      [`numéro AVS: 756 9217 0769 85`, "756 9217 0769 85"],
      [`{"national_id":"7569217076985"}`, "7569217076985"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "insured person 756.1234.5678.98 enrolled",
      "EAN 7569217076985 scanned at till 4",
      "build 756.9217.0769.85.1 deployed",
    ]),
    [],
  );
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

Deno.test("a value followed by the name of its national identifier in brackets is masked when it passes a rule", () => {
  deepStrictEqual(
    leaksOf([
      [`beneficiary id "240778 28032" (fødselsnummer) does not match`, "240778 28032"],
      [`holder 85073003328 (Belgian national number) verified`, "85073003328"],
      [`payee 046 454 286 (SIN) rejected`, "046 454 286"],
      [`beneficiary id "7666 0368 2273" (マイナンバー) does not match`, "7666 0368 2273"],
      [`id "51 824 753 556" [ABN] registered`, "51 824 753 556"],
      [`id 11.222.333/0001-81 (CNPJ) active`, "11.222.333/0001-81"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `payee 046 454 287 (SIN) rejected`,
      `order 123456789 (SSN lookup disabled) shipped`,
      `retries 3 (PAN masking on)`,
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

Deno.test("an HL7 v2 patient's identifying fields (PID, NK1, GT1, IN1, MRG) are masked; other segments stay", () => {
  const pid =
    "PID|1||9473787^^^HOSP^MR~6132283587^^^NHS^NH||O'CONNOR^MEI^^^^^L||19520112|M|||221 Baker Street^^London^^NW1 6XE^GB||020 7946 0958|||S||688082603|123-45-6789";
  deepStrictEqual(
    leaksOf([
      ...["9473787", "6132283587", "O'CONNOR", "MEI", "19520112", "221 Baker Street", "688082603"]
        .map((v) => [pid, v] as [string, string]),
      [
        `{"msg":"ADT^A08 received","hl7":"MSH|^~\\\\&|EPIC|HOSP|LAB|HOSP|202603141003||ADT^A08|MSG1|P|2.5.1\\rPID|1||4471^^^HOSP^MR||LINDQVIST^ELIF||19461203|F"}`,
        "LINDQVIST",
      ],
      ["NK1|1|DOE^JOHN^^^^^L|SPO^Spouse|12 Main St^^Springfield^IL^62701|2175550199", "DOE^JOHN"],
      ["NK1|1|DOE^JOHN^^^^^L|SPO^Spouse|12 Main St^^Springfield^IL^62701|2175550199", "2175550199"],
      ["GT1|1||ROE^RICHARD||9 Elm Rd^^Austin^TX^73301|5125550147||19700101", "ROE^RICHARD"],
      ["IN1|1|BC1|60054|AETNA||||||||||||SMITH^ANNA|01|19800202", "SMITH^ANNA"],
      ["MRG|884412^^^HOSP^MR||||||OLDNAME^ANNA", "OLDNAME^ANNA"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202603141003||ADT^A08|MSG42050152|P|2.5.1",
      "EVN|A08|202603141003",
      "PV1|1|I|W4^412^B|||||||MED||||||||55609219",
      "OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-105|H|||F",
      "worker PID|4242 exited, see ps output",
    ]),
    [],
  );
});

Deno.test("a FHIR resource's human name, contact points and address lines are masked; look-alike keys stay", () => {
  const patient = JSON.stringify({
    resourceType: "Patient",
    name: [{ use: "official", family: "Lefèvre", given: ["Daan", "Pieter"] }],
    telecom: [{ system: "phone", value: "14482389984", use: "mobile" }, {
      value: "daan@example.org",
      system: "email",
    }],
    address: [{ line: ["Mannerheimintie 12 B 7", "Apt 4"], city: "Madrid", postalCode: "41917" }],
  });
  deepStrictEqual(
    leaksOf(
      [
        "Lefèvre",
        "Daan",
        "Pieter",
        "14482389984",
        "daan@example.org",
        "Mannerheimintie 12 B 7",
        "Apt 4",
      ]
        .map((v) => [patient, v]),
    ),
    [],
  );
  deepStrictEqual(
    changed([
      `{"font":{"family":"Inter","weight":400},"os":{"family":"Linux"}}`,
      `{"code":{"coding":[{"system":"http://loinc.org","code":"2345-7"}]},"valueQuantity":{"value":182}}`,
      `{"telecom":[{"system":"url","value":"https://status.example.org"}]}`,
      `{"error":{"line":[12,14],"given":["x"]}}`,
    ]),
    [],
  );
});

Deno.test("an airline passenger's name element and the SSR DOCS fields that identify them are masked", () => {
  const docs = "SSR DOCS YY HK1 P/DEU/E8676503J/USA/12MAR85/F/23SEP31/VIRTANEN/WEI LING";
  deepStrictEqual(
    leaksOf([
      ["APIS submitted: pax 1 JANSSENS/NOA MR, passport on file", "JANSSENS/NOA"],
      ["1.1GARCÍA ORTEGA/INGRID MS 2.1O'BRIEN/SEAN MSTR", "GARCÍA ORTEGA/INGRID"],
      ["1.1GARCÍA ORTEGA/INGRID MS 2.1O'BRIEN/SEAN MSTR", "O'BRIEN/SEAN"],
      ...["E8676503J", "12MAR85", "VIRTANEN", "WEI LING"].map((v) => [docs, v] as [string, string]),
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "route FRA/JFK operated by LH, 2 pax",
      "SSR WCHR YY HK1 wheelchair requested",
      "latency HTTP/HTTPS MS dashboard updated",
    ]),
    [],
  );
});

Deno.test("bank details: a UK sort code, and an account number under account on a line about bank transfers", () => {
  deepStrictEqual(
    leaksOf([
      ["bacs-file: E098828, sort code 34-83-61, account 28366742, amount £1393.63", "34-83-61"],
      ["bacs-file: E098828, sort code 34-83-61, account 28366742, amount £1393.63", "28366742"],
      [
        "ach-batch: direct deposit routing=065452457 account=590085169242 type=checking",
        "590085169242",
      ],
      [`{"sort_code":"308012","account_number":"12345678"}`, "308012"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "account 28366742 created for tenant acme",
      "sort code path took 34 ms",
      "ach-batch: 412 entries, account=all",
    ]),
    [],
  );
});

Deno.test("a bracketed identifier name may end in Nr. or No., follow n° de, or be a register's or card's name", () => {
  deepStrictEqual(
    leaksOf([
      [`beneficiary id "0604966213" (CPR-nr.) does not match`, "0604966213"],
      [`beneficiary id "7568342945746" (AHV-Nr.) does not match`, "7568342945746"],
      [`beneficiary id "285091829464194" (n° de sécurité sociale) rejected`, "285091829464194"],
      [`beneficiary id "04042369715" (numéro de registre national) rejected`, "04042369715"],
      [`beneficiary id "5810865433" (Medicare card) rejected`, "5810865433"],
      [`beneficiary id "HARX9407248P8" (RFC) rejected`, "HARX9407248P8"],
    ]),
    [],
  );
  deepStrictEqual(changed([`checksum "5810865413" (Medicare card) rejected`]), []);
});

Deno.test("an identity document's number under a bare number key is masked when the document's type is named", () => {
  deepStrictEqual(
    leaksOf([
      [
        `{"document":{"type":"national_identity_card","number":"CZYPN6755C","issuing_country":"IN"}}`,
        "CZYPN6755C",
      ],
      [`{"document":{"type":"passport","number":"C01X00T47"}}`, "C01X00T47"],
      [
        `{"id_document":{"type":"driving_licence","number":"MORGA753116SM9IJ"}}`,
        "MORGA753116SM9IJ",
      ],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `{"document":{"type":"invoice","number":"INV-2026-000123"}}`,
      `{"document":{"type":"national_identity_card","number":"pending"}}`,
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

Deno.test("a card's security code (CVV, CVC, CID) after its name is masked", () => {
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

Deno.test("an Italian codice fiscale written in lower case after its name is masked", () => {
  deepStrictEqual(
    leaksOf([
      [
        "document check passed, codice fiscale rssmra85t10a562s matched registry",
        "rssmra85t10a562s",
      ],
      [`{"codice_fiscale":"rssmra85t10a562s"}`, "rssmra85t10a562s"],
    ]),
    [],
  );
  deepStrictEqual(changed(["codice fiscale rssmra85t10a562x matched registry"]), []);
});

Deno.test("a network's address in CIDR notation stays; a host's address with a prefix is masked", () => {
  deepStrictEqual(
    changed([
      "dhcpd: pool 10.20.0.0/16 utilisation 91%, leases 7628",
      "allow 81.2.69.0/24 and 2.16.0.0/13 on :443",
    ]),
    [],
  );
  deepStrictEqual(
    leaksOf([
      ["route added 81.2.69.142/32 via eth0", "81.2.69.142"],
      ["client 81.2.69.142/24 connected", "81.2.69.142"],
      ["login from 81.2.69.0 ok", "81.2.69.0"],
    ]),
    [],
  );
});
