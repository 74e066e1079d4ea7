/**
 * Personal data in line formats with a fixed attribute name: an LDIF entry (its `dn: cn=…`, `sn`,
 * `givenName`, `employeeNumber`, `postalAddress`, `sn::` in base64), a vCard (`N`, `ADR`,
 * `BDAY`) and a FHIR Patient (its identifier's value, an address's postalCode). Values are
 * generated (seeded); the attributes that name no one (`objectClass`, `dn: ou=…`, `VERSION`,
 * `PRODID`, an organisation's card) stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(5521);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
const syllable = () => pick(["ka", "lo", "mer", "tin", "vra", "sel", "dou", "rik", "na", "bé"]);
/** A capitalised made-up word of two or three syllables: no name list knows it. */
const word = () => {
  const w = syllable() + syllable() + (random() < 0.5 ? syllable() : "");
  return w[0].toUpperCase() + w.slice(1);
};
const street = () => `${pick(["Rue", "Via", "Calle"])} ${word()} ${1 + Math.floor(random() * 200)}`;
const date = () =>
  `${1940 + Math.floor(random() * 60)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${
    String(1 + Math.floor(random() * 28)).padStart(2, "0")
  }`;

/** Each case: the text, the values that must not survive. */
function cases(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (let i = 0; i < 6; i++) {
    const given = word(), family = word(), emp = digits(6), line = street(), post = digits(5);
    out.push([
      `dn: cn=${given} ${family},ou=people,dc=acme,dc=com\nobjectClass: inetOrgPerson\n` +
      `cn: ${given} ${family}\nsn: ${family}\ngivenName: ${given}\nemployeeNumber: ${emp}\n` +
      `postalAddress: ${line}$${post} ${word()}`,
      [given, family, emp, line, post],
    ]);
    const b64 = btoa(`${family}${digits(2)}`);
    out.push([`dn: uid=u${digits(4)},ou=people,dc=acme,dc=com\nsn:: ${b64}`, [b64]]);
    const bday = date();
    out.push([
      // (Its FN, the name in one piece, is left to the name detectors: not tested here.)
      `BEGIN:VCARD\nVERSION:3.0\nN:${family};${given};;;\n` +
      `ADR;TYPE=HOME:;;${line};${word()};;${post};\nBDAY:${bday}\nEND:VCARD`,
      [given, family, line, post, bday],
    ]);
    const id = digits(7), zip = `${digits(2)}-${digits(3)}`;
    out.push([
      JSON.stringify({
        resourceType: "Patient",
        identifier: [{ system: `urn:oid:1.2.${digits(3)}.${digits(2)}`, value: id }],
        address: [{ line: [line], city: word(), postalCode: zip }],
      }),
      [id, zip],
    ]);
  }
  return out;
}

Deno.test("the personal attributes of an LDIF entry, a vCard and a FHIR Patient are masked", () => {
  const leaks: string[] = [];
  for (const [text, values] of cases()) {
    const out = scrubber.scrub(text).text;
    for (const v of values) if (out.includes(v)) leaks.push(`${v} in ${out}`);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("entries and cards that name no one stay", () => {
  const benign = [
    "dn: ou=people,dc=acme,dc=com\nobjectClass: organizationalUnit\nou: people",
    "dn: cn=admins,ou=groups,dc=acme,dc=com\nobjectClass: groupOfNames",
    "BEGIN:VCARD\nVERSION:4.0\nPRODID:-//Acme//Contacts 2.1//EN\nORG:Acme Corp\nFN:Acme Support\nEND:VCARD",
    '{"resourceType":"Organization","identifier":[{"system":"urn:ietf:rfc:3986","value":"urn:oid:2.16.840.1"}]}',
    "N: 2048 iterations",
    "sn: \nfn main() {",
    "smartd[811]: Device: /dev/sda [SAT], sn: WD-WCC4N1234567, 2000 GB",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});
