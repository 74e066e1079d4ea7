/**
 * Quoted-printable in the decoded view (./decoded_view.ts quotedPrintable), only where it is
 * unmistakable: `=40` between an address's local part and a domain, `=3D=3D` ending a base64
 * value. Every other `=` stays plain. Values are generated here.
 */
import { ok, strictEqual } from "@node/assert";
import { decodedView, holdsQuotedPrintable, originalRange } from "./decoded_view.ts";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(3) });
const scrub = (text: string) => scrubber.scrub(text).text;

let seed = 4242;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (chars: string, n: number) =>
  Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join("");
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const BASE64 = LOWER + LOWER.toUpperCase() + "0123456789+/";

const local = `${pick(LOWER, 6)}.${pick(LOWER, 4)}${pick("0123456789", 2)}`;
const domain = `${pick(LOWER, 7)}-${pick(LOWER, 3)}.org`;

Deno.test("quoted-printable: =40 between a local part and a domain is an @ in the view", () => {
  const line = `> X-Email: ${local}=40${domain}`;
  const view = decodedView(line)!;
  strictEqual(view.text, `> X-Email: ${local}@${domain}`);
  // The `@` maps back to the whole escape.
  const at = view.text.indexOf("@");
  const [start, end] = originalRange(view, at, at + 1);
  strictEqual(line.slice(start, end), "=40");
});

const masked: [label: string, line: string, hidden: string][] = [
  ["an address after a key", `email: ${local}=40${domain}`, `${local}=40${domain}`],
  ["an address in JSON", `{"to":"${local}=40${domain}","n":2}`, `${local}=40${domain}`],
  [
    "an address with a non-ASCII domain",
    `bad email: jürgen=40bücher-${pick(LOWER, 4)}.de`,
    "jürgen",
  ],
  ["a quoted address in prose", `retrying with '${local}=40${domain}' now`, `${local}=40${domain}`],
];

for (const [label, line, hidden] of masked) {
  Deno.test(`quoted-printable: ${label} is masked`, () => {
    const out = scrub(line);
    ok(!out.includes(hidden), `${line} → ${out}`);
  });
}

Deno.test("quoted-printable: =3D=3D ending a base64 value is its padding, masked with it", () => {
  const token = pick(BASE64, 38);
  const line = `access_token: ${token}=3D=3D`;
  strictEqual(decodedView(line)!.text, `access_token: ${token}==`);
  const out = scrub(line);
  ok(!out.includes(token) && !out.includes("=3D"), out);
});

const plain: string[] = [
  "timeout=40s retries=40 ratio=40.5 size=40px",
  `user=40${pick("0123456789", 3)} id=40-${pick(LOWER, 5)}`,
  // `=40` then a word with no domain after it, and `=3D` that is not padding.
  `flag=40abc mode=3D render=3D=3Dx`,
  `note: a=40 b=40. c=40.d`,
];

for (const line of plain) {
  Deno.test(`quoted-printable: no escape in ${JSON.stringify(line)}`, () => {
    strictEqual(decodedView(line), null);
  });
}

Deno.test("quoted-printable's marks call for a view only on a line that holds one", () => {
  // Hex ids glued to `=` hold the marks (`=40f`, `=3D=3D` inside no base64): no view for them.
  for (
    const line of [
      "GET duration_ms=32.35 trace_id=40dedf54aad0d span_id=40f6370f3904a",
      "next_token=40m8g16m8fO6F count=3",
      "x=3D=3Dy",
    ]
  ) strictEqual(holdsQuotedPrintable(line), false, line);
  for (
    const line of [
      "to=ana.lopez=40corp.example.org status=sent",
      'token: "z6AbpiParrznXDH0MRbIBFPsE7mG4LaNOyXQrX9E=3D=3D"',
    ]
  ) strictEqual(holdsQuotedPrintable(line), true, line);
});
