/**
 * Phone numbers and e-mail addresses with generated values at every rule's edge: each calling
 * code's national number lengths (one short, the first and last allowed, one over), the
 * digit counts of +CC and 00 numbers, trunk-0 groupings, North American layouts; mailboxes whose
 * local part, domain labels or TLD are just inside or just outside what a mailbox can be, and
 * the URL and scp-remote contexts that make an address no mailbox.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./pii_contact.ts";

const random = seededRandom(0x9f0e);
const detector = (id: string) => detectors.find((d) => d.id === id)!;
const PHONE = detector("phone-number");
const EMAIL = detector("email-address");
const ENCODED_EMAIL = detector("email-address-url-encoded");

/** Digits that start with 1–9 and (from three on) are not one digit repeated. */
function digits(n: number): string {
  for (;;) {
    const d = random.chars(1, "123456789") + random.chars(n - 1, "0123456789");
    if (n < 3 || !/^(\d)\1*$/.test(d)) return d;
  }
}

/** Whether `detector` reports exactly `value` (as one span) on `line`. */
function whole(d: typeof PHONE, line: string, value: string): boolean {
  const at = line.indexOf(value);
  return matchDetector(d, line).some((s) => s.start === at && s.end === at + value.length);
}
const none = (d: typeof PHONE, line: string) => matchDetector(d, line).length === 0;

/**
 * National number lengths by calling code, as the numbering plans give them (others 7–12; under a
 * three-digit code 5–12, as small plans such as Greenland's `+299 500019` have six digits or five).
 */
const PLAN: Record<string, [number, number]> = {
  "1": [10, 10],
  "7": [10, 10],
  "27": [9, 9],
  "31": [9, 9],
  "33": [9, 9],
  "34": [9, 9],
  "44": [9, 10],
  "52": [10, 10],
  "55": [10, 11],
  "61": [9, 9],
  "81": [9, 10],
  "82": [9, 10],
  "86": [10, 11],
  "90": [10, 10],
  "91": [10, 10],
  "49": [7, 12],
  "20": [7, 12],
  "353": [5, 12],
  "971": [5, 12],
  "299": [5, 12],
};

Deno.test("+CC and an unbroken national number: each code's lengths, 15 digits at most", () => {
  for (const [code, [min, max]] of Object.entries(PLAN)) {
    for (let length = 6; length <= 14; length++) {
      for (const sep of [" ", "-", "."]) {
        const value = `+${code}${sep}${digits(length)}`;
        const wanted = length >= min && length <= max && code.length + length <= 15;
        const line = `sms to ${value} queued`;
        if (wanted) ok(whole(PHONE, line, value), `${value} is a phone number`);
        else ok(none(PHONE, line), `${value}: ${length} digits do not fit +${code}`);
      }
    }
  }
  // no calling code of that length: a one-digit code other than 1 and 7, an unassigned one
  for (const value of ["+2 0123456789", "+28 123456789", "+440 123456789", "+80 123456789"]) {
    ok(none(PHONE, `call ${value} now`), value);
  }
});

Deno.test("+CC with groups: 8 to 15 digits in all", () => {
  for (let total = 6; total <= 17; total++) {
    for (let k = 0; k < 5; k++) {
      // +CC (2 digits) and groups of 2–4 digits, none as long as an unbroken national number
      let rest = total - 2;
      const groups: string[] = [];
      while (rest > 0) {
        const g = rest <= 4 ? rest : 2 + random.int(3);
        groups.push(digits(Math.min(g, rest)));
        rest -= Math.min(g, rest);
      }
      if (groups.length < 2) continue;
      const value = `+49 ${groups.join(" ")}`;
      const line = `office ${value} closed`;
      strictEqual(whole(PHONE, line, value), total >= 8 && total <= 15, value);
    }
  }
});

Deno.test("00 and a calling code: the national number fits the code, 15 digits at most", () => {
  const cases: [code: string, length: number, wanted: boolean][] = [
    ["1", 9, false],
    ["1", 10, true],
    ["1", 11, false],
    ["44", 5, false],
    ["44", 6, true],
    ["44", 13, true],
    ["353", 6, true],
    ["353", 12, true],
    ["353", 13, false],
    ["28", 9, false],
    ["80", 9, false],
    ["7", 10, true],
  ];
  for (const [code, length, wanted] of cases) {
    for (let k = 0; k < 4; k++) {
      const national = digits(length);
      const grouped = length > 8
        ? `${national.slice(0, length - 6)} ${national.slice(length - 6)}`
        : national;
      const value = `00${code} ${grouped}`;
      const line = `forward to ${value} please`;
      strictEqual(whole(PHONE, line, value), wanted, `${value} (${code}, ${length})`);
    }
  }
});

Deno.test("trunk 0 and two groups: area code 2–5 digits, subscriber 5 or more, 9–12 digits", () => {
  for (let area = 2; area <= 6; area++) {
    for (let subscriber = 4; subscriber <= 11; subscriber++) {
      for (const sep of [" ", "-", "/", "."]) {
        const value = "0" + digits(area - 1) + sep + digits(subscriber);
        const total = area + subscriber;
        // the pattern reads subscriber groups of up to 10 digits (Austria's `01 583920417`)
        // India's trunk 0 and five digits, a space and five more (`098765 43210`).
        const india = area === 6 && subscriber === 5 && sep === " ";
        const wanted = india ||
          (area <= 5 && subscriber >= 5 && subscriber <= 10 && total >= 9 && total <= 12);
        const line = `tel ${value} ok`;
        strictEqual(whole(PHONE, line, value), wanted, value);
      }
    }
  }
});

Deno.test("trunk 0 groupings: one separator after the area code's, no slash after it, no year in the middle", () => {
  const kept = [
    "02 123 45-67", // mixed separators after the area code's
    "02 123.45 67",
    "030 1234/5678", // a slash after the area code's separator
    "02 123/45/67",
    "0812-2025-4302", // a year in the middle
    "06-2019-4302",
    "0470-1920-56",
  ];
  for (const value of kept) ok(!whole(PHONE, `fax ${value} .`, value), `${value} stays`);
  const masked = [
    "02 123 45 67",
    "02-123-45-67",
    "0151/23456789",
    "030/1234 5678",
    "0812-3456-7890",
    "06-2119-4302",
    "0470 12 34 56",
    "01 23 45 67 89",
  ];
  for (const value of masked) {
    ok(whole(PHONE, `fax ${value} .`, value), `${value} is a phone number`);
  }
});

Deno.test("North American layouts: ten digits after an optional 1; other numbers in that layout stay", () => {
  for (let k = 0; k < 50; k++) {
    const ten = random.chars(3, "0123456789") + random.chars(7, "0123456789");
    if (/^(\d)\1*$/.test(ten)) continue;
    const [a, b, c] = [ten.slice(0, 3), ten.slice(3, 6), ten.slice(6)];
    const forms = [`(${a}) ${b}-${c}`, `1 (${a}) ${b}-${c}`];
    if (/^[2-9]/.test(a)) forms.push(`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`);
    for (const value of forms) ok(whole(PHONE, `call ${value} .`, value), value);
  }
  // three-three-four with an area code starting 0 or 1, and no 1- before it: no layout
  for (const value of ["123-456-7890", "155.123.4567"]) {
    ok(!whole(PHONE, `ref ${value} .`, value), value);
  }
  // after `1-` any area code: the country code says it is a North American number
  for (const value of ["1-012-345-6789", "1-155-123-4567"]) {
    ok(whole(PHONE, `call ${value} .`, value), value);
  }
  ok(whole(PHONE, "call (155) 123-4567 .", "(155) 123-4567"));
  ok(!whole(PHONE, "call 555-123.4567 .", "555-123.4567"), "mixed separators");
  for (const value of ["1.555-123-4567", "1-555.123.4567"]) {
    ok(!whole(PHONE, `call ${value} .`, value), `${value}: mixed separators`);
  }
});

Deno.test("e-mail: generated mailboxes are masked; a local part ending in a dot, with two dots, or git is not", () => {
  const LOCAL = "abcdefghijklmnopqrstuvwxyz0123456789._%+-";
  for (let k = 0; k < 300; k++) {
    const local = random.chars(1, "abcdefghij") + random.chars(random.int(10), LOCAL)
      .replaceAll(/\.\.+/g, ".") +
      random.chars(1, "klmnopqrst0123456789-_+");
    const domain = `${random.chars(1 + random.int(8), "abcdefgh")}-${
      random.chars(1 + random.int(4), "xyz0123")
    }.${random.pick(["com", "de", "co.uk", "museum", "io"])}`;
    const email = `${local}@${domain}`;
    ok(whole(EMAIL, `to ${email} sent`, email), email);
    const encoded = `${local}%40${domain}`;
    ok(whole(ENCODED_EMAIL, `?u=${encoded}&x=1`, encoded), encoded);
  }
  for (const local of ["a.", "ab.", "a..b", "git"]) {
    for (const [d, at] of [[EMAIL, "@"], [ENCODED_EMAIL, "%40"]] as const) {
      const email = `${local}${at}example.com`;
      ok(!whole(d, `to ${email} sent`, email), email);
    }
  }
  for (const local of ["xgit", "gitx", "a.b", "a-", "a_"]) {
    for (const [d, at] of [[EMAIL, "@"], [ENCODED_EMAIL, "%40"]] as const) {
      const email = `${local}${at}example.com`;
      ok(whole(d, `to ${email} sent`, email), email);
    }
  }
});

Deno.test("e-mail: a domain label starting or ending with a hyphen, or a file or local TLD, is no mailbox", () => {
  for (
    const domain of ["-x.com", "x-.com", "a.-b.com", "a.b-.com", "x.png", "x.local", "x.internal"]
  ) {
    for (const [d, at] of [[EMAIL, "@"], [ENCODED_EMAIL, "%40"]] as const) {
      const email = `anna${at}${domain}`;
      ok(!whole(d, `to ${email} sent`, email), email);
    }
  }
  for (const domain of ["x-y.com", "a.b-c.com", "x.pngx", "x.Com"]) {
    for (const [d, at] of [[EMAIL, "@"], [ENCODED_EMAIL, "%40"]] as const) {
      const email = `anna${at}${domain}`;
      ok(whole(d, `to ${email} sent`, email), email);
    }
  }
});

Deno.test("e-mail: an scp remote and a URL's user and host stay, however long the line; a mailbox after a URL is masked", () => {
  const pad = "x".repeat(400);
  for (
    const [line, email] of [
      ["deploy@host.example.com:/srv/app", "deploy@host.example.com"],
      [`${pad} deploy@host.example.com:/srv/app`, "deploy@host.example.com"],
      ["https://anna@example.com/path", "anna@example.com"],
      [`https://anna@example.com/path ${pad}`, "anna@example.com"],
      [`${pad} https://anna@example.com/path ${pad}`, "anna@example.com"],
      ["://anna@example.com", "anna@example.com"],
      [`https://svc:${"p".repeat(200)}@example.com/`, "example.com"],
    ] as const
  ) {
    ok(!matchDetector(EMAIL, line).some((s) => line.slice(s.start, s.end).includes("@")), line);
    ok(!whole(EMAIL, line, email), line);
  }
  for (
    const line of [
      "see https://example.com/ anna@example.com",
      `https://${"u".repeat(300)}: anna@example.com`,
      "anna@example.com: welcome",
    ]
  ) {
    strictEqual(whole(EMAIL, line, "anna@example.com"), true, line);
  }
});

const IN_CONTEXT = detector("phone-number-in-context");
const POSTCODE = detector("uk-postcode");

Deno.test("a number after a phone word: 8 to 15 digits, not one digit repeated", () => {
  for (let length = 6; length <= 17; length++) {
    const value = digits(length);
    const line = `whatsapp ${value} verified`;
    strictEqual(whole(IN_CONTEXT, line, value), length >= 8 && length <= 15, value);
  }
  for (let length = 14; length <= 17; length++) {
    const run = digits(length);
    // in groups of up to 8, which the pattern reads past 15 digits
    const value = [run.slice(0, 7), run.slice(7, 15), run.slice(15)].filter(Boolean).join(" ");
    const line = `whatsapp ${value} verified`;
    strictEqual(whole(IN_CONTEXT, line, value), length <= 15, value);
  }
  for (const d of "0123456789") {
    ok(none(IN_CONTEXT, `mobile ${d.repeat(10)} verified`), d.repeat(10));
  }
  // and without a context word, none of the layouts takes a repeated digit
  for (const value of ["+1 1111111111", "+7 7777777777", "(222) 222-2222", "+44 4444444444"]) {
    ok(!whole(PHONE, `x ${value} y`, value), value);
  }
  for (const value of ["(02) 1234567", "1(555) 123-4567", "1 (555) 123-4567"]) {
    ok(whole(PHONE, `x ${value} y`, value), value);
  }
});

Deno.test("a number after a phone word followed by a unit of time or size stays", () => {
  const value = "9876543210";
  for (
    const unit of [
      " ms",
      " ns",
      " us",
      " µs",
      "µs",
      " s",
      " sec",
      " byte",
      " bytes",
      " b",
      " kb",
      " MB",
      " Gb",
      " MS",
    ]
  ) {
    ok(none(IN_CONTEXT, `phone ${value}${unit} total`), `${value}${unit}`);
  }
  for (const after of [" mbps", " msg", " sent", " seconds", " bits", " xs", " kbyte", ""]) {
    ok(whole(IN_CONTEXT, `phone ${value}${after} total`, value), `${value}${after}`);
  }
});

Deno.test("the phone word counts within 48 characters before the number, the postcode word within 80", () => {
  const value = "9876543210";
  // a phone word, then joining words, together exactly `length` characters long
  const context = (length: number) => {
    const base = "whatsapp :: number :: delivered :: dispatched ";
    return base + " ".repeat(length - base.length - 1) + ":";
  };
  for (const length of [47, 48]) {
    const line = `${context(length)}${value}`;
    strictEqual(context(length).length, length);
    ok(whole(IN_CONTEXT, line, value), `${length}: ${line}`);
  }
  for (const length of [49, 50]) {
    ok(none(IN_CONTEXT, `${context(length)}${value}`), `${length}`);
  }
  for (const gap of [1, 71, 72]) {
    const line = `postcode${" ".repeat(gap)}SW1A 1AA`;
    ok(whole(POSTCODE, line, "SW1A 1AA"), `${gap}`);
  }
  for (const gap of [73, 74]) ok(none(POSTCODE, `postcode${" ".repeat(gap)}SW1A 1AA`), `${gap}`);
});
