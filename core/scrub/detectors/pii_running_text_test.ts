/**
 * A person's name in running text (issue 10, all PII): generated names of several cultures
 * (hyphenated, with a middle initial, `Mc`/`O'`, `van der`/`da` particles) after each title or
 * words that introduce one are masked, the words around them kept; technical prose whose
 * capitalised words follow the same words, or a number's `ms.`, stays unchanged.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";

const scrubber = createScrubber();
const GIVEN = ["Oluwadamilare", "Saoirse", "Thandeka", "Joaquín", "Ewelina", "Haruki", "Björn"];
const FAMILY = ["Adebayo", "Ní Bhraonáin", "Zwane", "Echeverría", "Wiśniewska", "Okabe", "Lund"];
const SHAPES = [
  (r: Rand) => r.pick(GIVEN),
  (r: Rand) => `${r.pick(GIVEN)} ${r.pick(FAMILY).replace(" ", "-")}`,
  (r: Rand) => `${r.pick(GIVEN)} ${r.pick("BCKLMT".split(""))}. ${r.pick(FAMILY).split(" ").pop()}`,
  (r: Rand) => `${r.pick(GIVEN)} ${r.pick(["McCready", "O'Halloran", "MacLeod"])}`,
  (r: Rand) => `${r.pick(GIVEN)} ${r.pick(["van der", "da", "de"])} ${r.pick(["Berg", "Costa"])}`,
  (r: Rand) => `${r.pick(GIVEN)}-${r.pick(GIVEN)} ${r.pick(FAMILY).split(" ").pop()}`,
];
const FORMS = [
  (n: string) => `ticket 4471: caller said my name is ${n} and asked for a refund`,
  (n: string) => `Bot: What's your name? ${n}`,
  (n: string) => `her maiden name is ${n}.`,
  (n: string) => `It's under my partner's name ${n}`,
  (n: string) => `please correct the statement to Dr. ${n}?`,
  (n: string) => `Hello, this is Mrs ${n}. Who are you?`,
  (n: string) => `join the accounts with Ms. ${n} today`,
  (n: string) => `Everyone calls me ${n} at work`,
  (n: string) => `My great grandfather was called ${n}, I think`,
  (n: string) => `and she named him ${n}.`,
  (n: string) => `join the accounts with ms. ${n} today`,
  (n: string) => `Dear ${n}, your parcel is on its way`,
  (n: string) => `Hi ${n}, I'm writing about a wire transfer`,
  (n: string) => `I'm ${n}, originally from Lyon`,
  (n: string) => `I would like to remove my kid ${n} from the will`,
];
/** A `Name:` label's forms, each given the names of two words or more (SHAPES but the first). */
const LABEL_FORMS = [
  (n: string) => `Name:    ${n}`,
  (n: string) => `Mar  2 11:04:19 web-3 intake[811]: Name: ${n}`,
];

Deno.test("a person's name after words that introduce one is masked, the words kept", () => {
  const r = new Rand(1012);
  const leaks: string[] = [];
  const cases = [
    ...FORMS.map((form) => [form, SHAPES] as const),
    ...LABEL_FORMS.map((form) => [form, SHAPES.slice(1)] as const),
  ];
  for (const [form, shapes] of cases) {
    for (const shape of shapes) {
      const name = shape(r);
      const line = form(name);
      const out = scrubber.scrub(line).text;
      const [before, after] = line.split(name);
      const kept = name.split(/[ -]/).filter((w) => /^\p{Lu}/u.test(w) && out.includes(w));
      if (kept.length > 0 || !out.startsWith(before) || !out.endsWith(after)) leaks.push(out);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("capitalised words after the same words that name no one stay", () => {
  const benign = [
    "my name is not important here",
    "queue name is orders-v2",
    "The name Mesa is kept for the driver",
    "p99 was 200 ms. Firefox and Chrome retried",
    "a little language called Tcl. Rust is called by the build",
    "the so-called Perfect Forward Secrecy is on",
    "Name: orders-consumer-7f9c",
    "hostname: Build-Agent",
    "Name: Payment Gateway reported 3 errors",
    "Log Name:      Security",
    "Account Name:  Administrator",
    "Dear Customer, your order 5521 has shipped",
    "Hi All, the deploy of api-7 is done",
    "Hi Priority queue drained, 5 jobs left",
    "I'm Norwegian but live in Lyon",
    "Thanks to Prof Dr. The Build Bot",
    "Dear User, your password was reset",
    "Dear Valued Customer, your order 5521 has shipped",
    "Dear Colleagues, the release is out",
    "Hi There, your build passed",
    "Hi Folks, the deploy is done",
    "Hi Admin, a new user signed up",
    "I'm Sorry, the payment failed",
    "I'm Ready, starting the job",
    "took 200  ms. Retrying in 5 ms",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("a US ZIP code after `zip code is` or `ZIP:` is masked; other numbers stay", () => {
  const r = new Rand(95);
  const leaks: string[] = [];
  for (let i = 0; i < 20; i++) {
    const zip = String(r.range(1001, 99950)).padStart(5, "0");
    const forms = [`My zip code is ${zip}`, `ZIP: ${zip}`, `the zip code is ${zip}, thanks`];
    // A ZIP+4 after the same words (us-zip-plus4's).
    forms.push(`my zip code is ${zip}-${String(r.range(1, 9999)).padStart(4, "0")}`);
    for (const line of forms) {
      const out = scrubber.scrub(line).text;
      if (out.includes(zip) || !out.startsWith(line.slice(0, line.indexOf(zip)))) leaks.push(out);
    }
  }
  deepStrictEqual(leaks, []);
  const benign = ["zip: 123456 bytes", "ZIP: 30542-", "unzip: 12345 files"];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("what a package, a setting or a function is called is no person's name", () => {
  const benign = [
    "Name: Django", // pip show
    "Name: Flask",
    "Name:               Default", // kubectl describe
    "Name: Build Pipeline",
    "  Name: Microsoft-Windows-Security-Auditing",
    "Name: Microsoft-Windows",
    "the service's name is Orders",
    "the App's name is Checkout",
    "handler was called Twice in one request",
    "callback was called With a stale token",
    "Dr. Watson is set as the default debugger (AeDebug)",
    "Dear Admin Team, the build is green",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
  const named = [
    ["the customer's name is Orla Byrne", "Orla"],
    ["the user's name is Orla", "Orla"],
    ["Name: Orla Byrne", "Orla"],
    ["appointment with Dr. Watson at 10:30", "Watson"],
  ];
  deepStrictEqual(named.filter(([line, name]) => scrubber.scrub(line).text.includes(name)), []);
});

Deno.test("a count of five digits after a zip label, then a unit, is no ZIP code", () => {
  const benign = [
    "zip: 10240 bytes written",
    "zip: 30542 files added",
    "Zip: 20480 KB compressed",
    "zip: 10240 entries, 3 skipped",
    "zip is 40960kB",
    "zip: 10240% done",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
  // The labels alone still name a ZIP code, the sentence going on after it.
  const named = ["zip: 30542, Atlanta", "my zip code is 30542 and", "ZIP: 30542 GA"];
  deepStrictEqual(named.filter((line) => scrubber.scrub(line).text.includes("30542")), []);
});

Deno.test("a US street address ending with its town, state and ZIP code is masked whole", () => {
  const r = new Rand(1207);
  const streets = ["Quillmore", "Vesk", "Tarrow Glen", "Oldbrae"];
  const types = ["Trail", "Crossing", "Heights", "Row", "Loop", "Ridge", "Forks"];
  const towns = ["Pellham", "Dunmore Falls", "Ashby"];
  const units = ["", " Unit 7", ", Apt. 19C", " Suite 300"];
  const leaks: string[] = [];
  for (let i = 0; i < 24; i++) {
    const zip = String(r.range(1001, 99950)).padStart(5, "0");
    const house = `${r.range(1, 9999)}${r.pick(["", "B"])}`;
    const street = `${house} ${r.pick(streets)} ${r.pick(types)}${r.pick(units)}`;
    const address = `${street}, ${r.pick(towns)}, ${r.pick(["CA", "TX", "NY", "OR"])} ${zip}`;
    const line = r.pick([
      `please send the new card to ${address} thanks`,
      `2025-03-01 INFO order 5521 ship_to ${address} (ground)`,
      `User: ${address}`,
    ]);
    const out = scrubber.scrub(line).text;
    const [before, after] = line.split(address);
    if (
      out.includes(zip) || out.includes(house) || !out.startsWith(before) || !out.endsWith(after)
    ) {
      leaks.push(out);
    }
  }
  deepStrictEqual(leaks, []);
  const benign = [
    "sent 12 files, done, OK 12345 acked",
    "retry 3 of 5, Backoff, CA 2048 ms",
    "HTTP/1.1 200 OK, Content-Length, 12345",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("a US town, state and ZIP code alone on an address block's line is masked", () => {
  const r = new Rand(6204);
  const towns = ["Pellham", "Dunmore Falls", "St. Arlo", "Vesk-Harbor", "Oldbrae Glen City"];
  const leaks: string[] = [];
  for (let i = 0; i < 24; i++) {
    const zip = String(r.range(1001, 99950)).padStart(5, "0") + r.pick(["", "-4410"]);
    const place = `${r.pick(towns)}, ${r.pick(["WV", "NE", "OK", "IN", "ME"])} ${zip}`;
    const line = r.pick([
      `${place}`,
      `  ${place}, USA`,
      `> ${place}`,
      `mailer[71]: ${place}`,
      `2025-03-01 WARN mailer ${place}`,
      `Address: ${place}`,
    ]);
    const out = scrubber.scrub(line).text;
    if (out.includes(zip.slice(0, 5)) || out.includes(place.split(",")[0])) leaks.push(out);
  }
  deepStrictEqual(leaks, []);
  // A state's code and a 5-digit number in a log line, with no town word before them or no
  // address block's line around them, are no address.
  const benign = [
    "Error code, ID 12345",
    "queue, MA 50000 items",
    "ticket, OK 20000",
    "Retry, OK 12345 then stop",
    "worker Pool, CA 20480 bytes",
    "Pellham, CO 0560",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("a name a copyright notice credits stays; the same name elsewhere on a line is masked", () => {
  const names = ["Dave Pellworth", "Chidi Okafor", "Ana dos Santos", "Maria Ventrano"];
  const notices = [
    (n: string) => `agpgart interface v0.100 (c) ${n}`,
    (n: string) => `Copyright (C) 2004, 2019 ${n}`,
    (n: string) => `Copyright (c) 2019-2024 by ${n}`,
    (n: string) => `© 2021 ${n}`,
  ];
  const credited = names.flatMap((n) => notices.map((notice) => notice(n)));
  deepStrictEqual(credited.map((line) => scrubber.scrub(line).text), credited);
  const uncredited = names.flatMap((n) => [
    `ticket (c) assigned to ${n}`,
    `copy made for ${n} (c) 2021`,
    `refund approved for ${n}`,
  ]);
  deepStrictEqual(
    uncredited.filter((line) => scrubber.scrub(line).text.includes(line.match(/[A-Z]\w+ \w+/)![0])),
    [],
  );
});
