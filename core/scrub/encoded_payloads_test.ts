/**
 * Base64 payloads carrying text (./encoded_payloads.ts): a run that decodes to text in which a
 * detector finds something is masked whole, on lines no detector would otherwise read too; runs
 * that decode to plain text, to binary, or that are too long, stay. Values are generated here.
 */
import { ok, strictEqual } from "@node/assert";
import { decodePayload } from "./encoded_payloads.ts";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";
import type { Detector } from "./detector.ts";
import { MAX_REFUSALS_PER_LINE } from "./match.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(9) });
const scrub = (text: string) => scrubber.scrub(text).text;

/** A small seeded generator (mulberry32), so that every run tests the same values. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20261206);
const pick = (chars: string, n: number) =>
  Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join("");
const LOWER = "abcdefghijklmnopqrstuvwxyz";

/** A card number of 16 digits with a valid Luhn check digit. */
function cardNumber(): string {
  const digits = [4, ...Array.from({ length: 14 }, () => Math.floor(random() * 10))];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const d = (15 - i) % 2 === 1 ? digits[i] * 2 : digits[i];
    sum += d > 9 ? d - 9 : d;
  }
  return digits.join("") + String((10 - (sum % 10)) % 10);
}

/** Base64 of `text` as UTF-8. */
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** `text` with spaces after it up to a length whose base64 ends in `pads` padding `=` (0 … 2). */
function sized(text: string, pads: 0 | 1 | 2): string {
  let out = text;
  while ((3 - new TextEncoder().encode(out).length % 3) % 3 !== pads) out += " ";
  return out;
}

const email = `${pick(LOWER, 7)}.${pick(LOWER, 5)}@${pick(LOWER, 8)}.org`;
const card = cardNumber();
const ip = `${81 + Math.floor(random() * 100)}.${Math.floor(random() * 250)}.17.${
  1 + Math.floor(random() * 250)
}`;

const carrying: [label: string, payload: string, line: (b64: string) => string][] = [
  // Padded `==` (base64 of 3k + 1 bytes): the line is read wherever it is.
  ["an e-mail in key=value text", sized(`email=${email}`, 2), (b) => `> X-Payload: ${b}`],
  ["a card number", sized(`card_number=${card}`, 2), (b) => `payload = ${b}`],
  ["an IP address", sized(`client_ip=${ip}`, 2), (b) => `exec: ./tool --payload=${b} -d`],
  ["UTF-8 text with an e-mail", sized(`name=Jürgen ${email}`, 2), (b) => `msg body ${b} done`],
  // Base64 of JSON starts `eyJ` (of a list of objects, `W3si`), however it is padded.
  ["JSON with an e-mail", sized(`{"user":"${email}","n":1}`, 0), (b) => `{"body":"${b}"}`],
  ["JSON alone on its line", sized(`{"to":"${email}"}`, 1), (b) => `message body ${b}`],
  ["a JSON list alone on its line", sized(`[{"addr":"${ip}"}]`, 0), (b) => `message body ${b}`],
  // Any payload on a line that holds another encoding (here a percent-escape).
  [
    "an e-mail beside a percent-escape",
    sized(`email=${email}`, 1),
    (b) => `GET /login?next=%2Fhome&payload=${b}`,
  ],
];

for (const [label, payload, line] of carrying) {
  Deno.test(`encoded payloads: base64 of ${label} is masked whole`, () => {
    const b64 = base64(payload);
    const text = line(b64);
    const out = scrub(text);
    ok(!out.includes(b64.replace(/=+$/, "")), `${text} → ${out}`);
    // The run is masked, not the text before it.
    const before = text.slice(0, text.indexOf(b64)).slice(-8);
    ok(out.includes(`${before}[`), out);
  });
}

Deno.test("encoded payloads: URL-safe base64 is read too", () => {
  let text = `contact=${email}`;
  while (!/[+/]/.test(base64(sized(text, 2)))) text += "?";
  const b64 = base64(sized(text, 2)).replaceAll("+", "-").replaceAll("/", "_");
  ok(!scrub(`payload ${b64}`).includes(b64.replace(/=+$/, "")));
});

const plain: [label: string, line: string][] = [
  ["text with nothing in it", `payload=${base64(sized("level=info msg=started worker=3", 2))}`],
  ["random bytes", `payload=${btoa(pick("\x00\x01\x7f\x80\xfe\xff\x10", 25))}`],
  ["a hex digest", `sha=${pick("0123456789abcdef", 64)}`],
  ["a long run", `blob=${base64(sized(`email=${email} `.repeat(300), 2))}`],
  ["a run with base64 right after its padding", `x=${base64(sized(`client_ip=${ip}`, 2))}abc`],
];

for (const [label, line] of plain) {
  Deno.test(`encoded payloads: base64 of ${label} stays`, () => {
    strictEqual(scrub(line), line);
  });
}

Deno.test("encoded payloads: decodePayload reads text with a mark, and stops at binary", () => {
  const at = decodePayload;
  strictEqual(at(base64("a=b c\td")), "a=b c\td");
  strictEqual(at(base64("ü@x")), "ü@x");
  strictEqual(at(base64("no marks here")), null);
  strictEqual(at(btoa("a=b\x01")), null);
  // A UTF-8 lead byte without its continuation, and a lone continuation byte.
  strictEqual(at(btoa("a=\xc3b")), null);
  strictEqual(at(btoa("a=\x80b")), null);
});

Deno.test("encoded payloads: a payload a detector leaves unexamined is masked whole", () => {
  // A detector that refuses every `x`: past its refusal budget on the decoded text, the rest of
  // that text is unexamined (scrub-limit), and so is the run it came from.
  const refuses: Detector = {
    id: "test-refuses",
    kind: "secret",
    pattern: /x/g,
    validate: () => false,
    examples: { positive: [], negative: [] },
  };
  const test = scrubberFor(defaultPolicy(), { detectors: [refuses], blockDetectors: [] });
  const b64 = base64(sized(`a=${"x".repeat(MAX_REFUSALS_PER_LINE + 10)}`, 2));
  strictEqual(test.scrub(`body ${b64} end`).text, "body [REDACTED:scrub-limit] end");
});

Deno.test("encoded payloads: a payload masked as a card shows no tail of its own", () => {
  // A card is masked `partial` (its last four digits shown); a payload carrying one is not the
  // card, and its last base64 digits are the payload's last bytes (here a security code).
  for (const cvv of ["12", "987", "4021"]) {
    const b64 = base64(sized(`card=${card}&cvv=${cvv}`, 2));
    const out = scrub(`payload=${b64} ok`);
    strictEqual(out, "payload=[REDACTED:payment-card-after-name] ok");
  }
  // The card itself, written plainly, still shows its last four.
  ok(scrub(`card=${card}`).includes(`…${card.slice(-4)}]`));
});
