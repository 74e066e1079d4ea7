/**
 * Values after their name that the third red-team corpus (../corpus/pii_redteam3.jsonl) found
 * leaking, generated from each published rule (../corpus/pii_redteam3_values.ts):
 *
 * - a name, then what the log says of the value, then the value (`PAN verification failed:`,
 *   `NINO invalid:`, `Medicare card number invalid:`);
 * - a German tax id under `tin`, its name in English;
 * - e-mail addresses whose domain ends in a punycode label (`.xn--p1ai`), with an ASCII or a
 *   Unicode local part.
 *
 * And what stays: the same names and words before a value of the wrong check, `tin` inside words.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import * as V from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

const STATUS = ["invalid:", "verification failed:", "rejected", "not found:", "mismatch:"];
const NAMED: [string, (r: V.Rand) => string][] = [
  ["PAN", V.pan],
  ["NINO", V.nino],
  ["Medicare card number", (r) => V.groupsOf(V.medicare(r), [4, 5, 1], " ")],
  ["NHS number", V.nhs],
  ["TFN", V.tfn],
  ["SIN", (r) => V.groupsOf(V.sin(r), [3, 3, 3], "-")],
];

Deno.test("a value after its name and what the log says of it is masked", () => {
  const r = new V.Rand(31);
  const cases: [string, string][] = [];
  for (const [name, make] of NAMED) {
    for (const status of STATUS) {
      const v = make(r);
      cases.push([`ValueError: ${name} ${status} ${v}`, v]);
      cases.push([`2025-07-26T06:03:52.330Z ERROR [kyc] ${name} ${status} ${v}; will retry`, v]);
    }
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a German tax id under tin is masked; an invalid one and tin inside words stay", () => {
  const r = new V.Rand(32);
  const cases: [string, string][] = [];
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const v = V.steuerId(r);
    const spaced = V.groupsOf(v, [2, 3, 3, 3], " ");
    cases.push([`level=warn msg="record updated" tin="${spaced}" took=7ms`, spaced]);
    cases.push([`{"tin":"${v}"}`, v]);
    const wrong = v.slice(0, 10) + ((Number(v[10]) + 1) % 10);
    // `tin` inside a word names nothing: the plain digits there stay (in the 2 3 3 3 layout a
    // valid one is masked with no word at all, as national-id-grouped reads it).
    lines.push(`{"tin":"${wrong}"}`, `setting: ${v}`, `routine=${v}`);
  }
  deepStrictEqual(leaksOf(cases), []);
  deepStrictEqual(changed(lines), []);
});

Deno.test("e-mail addresses under a punycode top-level domain are masked", () => {
  const r = new V.Rand(33);
  const locals = ["info", "first.last+billing", "王伟", "андрей", "jürgen.müller"];
  const domains = ["xn--80ak6aa92e.xn--p1ai", "shop.xn--p1ai", "xn--mller-kva.xn--tckwe"];
  const cases: [string, string][] = [];
  for (const local of locals) {
    for (const domain of domains) {
      const v = `${local}@${domain}`;
      cases.push([`ERROR [payouts] unknown user ${v}; will retry in ${r.range(5, 60)}s`, v]);
      cases.push([`{"email":"${v}","ok":true}`, v]);
    }
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a US ZIP+4 code under a ZIP or postal key is masked; other dashed numbers stay", () => {
  const r = new V.Rand(34);
  const cases: [string, string][] = [];
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const v = `${r.range(10, 99)}${r.digits(3)}-${r.digits(4)}`;
    cases.push(
      [`{"address":{"city":"Springfield","state":"IL","zip":"${v}"}}`, v],
      [`zip_code=${v} country=US`, v],
      [`<PostalCode>${v}</PostalCode>`, v],
    );
    lines.push(`zip archive ${v} bytes`, `range=${v}`, `{"zip":"${v}7"}`);
  }
  deepStrictEqual(leaksOf(cases), []);
  deepStrictEqual(changed(lines), []);
});

Deno.test("an SSN after its name, what the log says of it and whose it is, is masked", () => {
  const r = new V.Rand(35);
  const phrases = [
    "SSN mismatch for applicant",
    "social security number not verified:",
    "SSN unverified for customer",
  ];
  const cases: [string, string][] = [];
  for (const phrase of phrases) {
    for (let i = 0; i < 10; i++) {
      const n = V.ssn(r);
      const v = r.pick([n, `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`]);
      cases.push([`ERROR [kyc-worker-6] ${phrase} ${v}; will retry in 33s`, v]);
      cases.push([`com.acme.kyc.ValidationException: ${phrase} '${v}'`, v]);
    }
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("identifiers in an XML element or an SQL assignment named by a short key are masked", () => {
  const r = new V.Rand(36);
  const cases: [string, string][] = [];
  for (let i = 0; i < 20; i++) {
    const [pan, aba, tin] = [V.pan(r), V.aba(r), V.steuerId(r)];
    cases.push(
      [`<Customer><pan_no>${pan}</pan_no></Customer>`, pan],
      [`<PAN>${pan}</PAN>`, pan],
      [`<Customer><aba>${aba}</aba></Customer>`, aba],
      [`<Customer><tin>${tin}</tin></Customer>`, tin],
      [`UPDATE customers SET tin = '${tin}' WHERE id = 47089`, tin],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a Spanish company's CIF named as the company's is masked; a wrong check stays", () => {
  const r = new V.Rand(37);
  const cases: [string, string][] = [];
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const v = V.cif(r);
    cases.push(
      [`{"id":54654,"nif_empresa":"${v}","ok":true}`, v],
      [`ValueError: CIF de la empresa: ${v}`, v],
      [`saving Customer(id=60244, nif_empresa=${v}, active=true)`, v],
    );
    lines.push(`{"nif_empresa":"${v.slice(0, 8)}${(Number(v[8]) + 1) % 10}"}`);
  }
  deepStrictEqual(leaksOf(cases), []);
  deepStrictEqual(changed(lines), []);
});
