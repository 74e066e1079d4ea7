/**
 * Personal data in the syntaxes the second red-team corpus (../corpus/redteam2/) found leaking,
 * with generated values across formats rather than single samples:
 *
 * - phone numbers in form bodies and query strings, where `+` stands for a space (`0151+2345…`,
 *   `%2B44+7911+…`), under any key or none that names a phone;
 * - phone numbers after a phone word in another language (`telefon`, `teléfono`, `Handy`, `tlf`);
 * - e-mail addresses whose local part is quoted (`"john smith"@…`), also JSON-escaped;
 * - IBANs written all in lower case on a line about money moving (`payout`, `refund`,
 *   `bank`) though no word names an IBAN.
 *
 * And what stays: form values of other numbers, quoted words before `@` that are no address,
 * lower-case hex ids of an IBAN's length.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { groups, iban, Rand } from "../corpus/pii_redteam_values.ts";
import { PHONE_LAYOUTS } from "../corpus/redteam2/personal.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);

/** A phone number as a form-encoding client writes it: spaces as `+`, a leading `+` as `%2B`. */
const formEncoded = (phone: string) =>
  phone.replace(/^\+/, "%2B").replace(/ /g, "+").replace(/\(/g, "%28").replace(/\)/g, "%29");

Deno.test("phone numbers of every national layout in a form body or query string are masked", () => {
  const r = new Rand(31);
  const keys = ["phone", "tel", "mobile", "emergency", "contact", "number", "whatsapp", "alt"];
  const cases: [string, string][] = [];
  for (const [country, layout] of PHONE_LAYOUTS) {
    const phone = layout(r);
    if (!phone.includes(" ")) continue; // nothing form-encoding changes
    const v = formEncoded(phone);
    const key = keys[cases.length % keys.length];
    cases.push([`POST /signup body: name=Jane+Doe&${key}=${v}&plan=pro`, v]);
    cases.push([`GET /v1/verify?${key}=${v} 200 (${country})`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
  deepStrictEqual(cases.length > 50, true);
});

Deno.test("form values of other numbers stay", () => {
  const lines = [
    "GET /search?q=2024+12+04&v=1+2+3&n=10+20+30+40 200",
    "POST /calc body: expr=123+4567890&user_id=12345+6789012",
    "ts=2025-01-01T10:00:00+00:00&tz=+0100&offset=+05:30",
    "GET /items?ids=101+102+103+104&sort=price+desc",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});

Deno.test("phone numbers after a phone word in another language are masked", () => {
  const r = new Rand(32);
  const words = [
    "telefon",
    "Telefon:",
    "teléfono",
    "telefone",
    "telefono",
    "Handy",
    "tlf.",
    "puhelin",
  ];
  const cases: [string, string][] = [];
  for (const [, layout] of PHONE_LAYOUTS) {
    const phone = layout(r).replace(/^\+/, "").replace(/[().-]/g, " ").replace(/ +/g, " ");
    const word = words[cases.length % words.length];
    cases.push([`2025-01-26T12:29:27Z INFO Kunde bestätigt ${word} ${phone} am Telefon`, phone]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("e-mail addresses with a quoted local part are masked, raw and JSON-escaped", () => {
  const r = new Rand(33);
  const locals = ["john smith", "Jane Q. Doe", "ops@home", "a,b", "first last (work)"];
  const cases: [string, string][] = [];
  for (const local of locals) {
    const domain = `${["mail", "corp", "eu"][r.int(3)]}.acme${r.int(99)}.io`;
    const raw = `"${local}"@${domain}`;
    const escaped = JSON.stringify(raw).slice(1, -1);
    cases.push([`mail from ${raw} bounced`, raw]);
    cases.push([`{"msg":"customer updated","email":"${escaped}"}`, escaped]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("quoted words before an @ that are no address stay", () => {
  const lines = ['say "hello"@ 3pm', 'asset "icon"@2x.png loaded', 'x = "a"@b', '"  "@acme.io'];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});

Deno.test("lower-case IBANs with no IBAN word are masked, compact and in groups of four", () => {
  const r = new Rand(34);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = iban(r, i).toLowerCase();
    const grouped = groups(v, [4, 4, 4, 4, 4, 4, 4, 4], " ");
    cases.push([`{"payout":"${v}","amount":${r.int(9999)}}`, v]);
    cases.push([`refund to ${grouped} queued`, grouped]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("lower-case hex ids and words of an IBAN's shape stay, on lines about money too", () => {
  const r = new Rand(35);
  const hex = "0123456789abcdef";
  const lines: string[] = [];
  for (let i = 0; i < 200; i++) {
    const cc = ["be", "de", "ad", "ae", "ee", "fi"][i % 6];
    lines.push(`transfer span=${cc}${r.chars(14, hex)} trace=${cc}${r.chars(20, hex)}`);
  }
  lines.push("bank image de12abcdefghijklmnopqr pulled");
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
