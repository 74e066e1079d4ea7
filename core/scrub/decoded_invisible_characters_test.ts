/**
 * Invisible characters written into a value or a key's name to break its shape (zero-width
 * spaces and joiners, a byte-order mark) or put between a key and its value (a no-break space)
 * hide nothing: the decoded view drops the first and reads the second as a space
 * (./decoded_view.ts), and the mask covers the original characters.
 */
import { ok, strictEqual } from "@node/assert";
import { decodedView } from "./decoded_view.ts";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const CARD = "4957442203403133";
const IBAN = "DE33302940582927206114";
const PASSWORD = "xOR192Dhv9zyzz";
const TOKEN = "XpuOKp98vB0sE6YX3AiKb9ywoqA3ZA2PeycBOskt";

Deno.test("decoded view: zero-width characters are dropped, no-break spaces read as spaces", () => {
  strictEqual(decodedView("4957\u200b4422")?.text, "49574422");
  strictEqual(decodedView("a\u200cb\u200dc\u2060d\ufeffe")?.text, "abcde");
  strictEqual(decodedView("token:\u00a0v 1\u202f000")?.text, "token: v 1 000");
});

const hidden: [label: string, line: string, parts: string[]][] = [
  [
    "a zero-width space inside a card number",
    `{"card_number":"${CARD.slice(0, 4)} ${CARD.slice(4, 8)}\u200b ${CARD.slice(8, 12)} ${
      CARD.slice(12)
    }"}`,
    [CARD.slice(4, 8), CARD.slice(8, 12)],
  ],
  [
    "a zero-width joiner inside an IBAN",
    `iban=${IBAN.slice(0, 10)}\u200d${IBAN.slice(10)}`,
    [IBAN.slice(2, 10), IBAN.slice(10)],
  ],
  [
    "a zero-width space inside a key's name",
    `{"ac\u200bcess_token":"${TOKEN}"}`,
    [TOKEN],
  ],
  ["a word joiner inside password", `pass\u2060word=${PASSWORD} user=bob`, [PASSWORD]],
  ["a no-break space after the colon", `    token:\u00a0${TOKEN}`, [TOKEN]],
  [
    "no-break spaces around the operator",
    `Creds(user=bob, password\u00a0=\u00a0${PASSWORD}, active=true)`,
    [PASSWORD],
  ],
];

for (const [label, line, parts] of hidden) {
  Deno.test(`invisible characters: ${label}`, () => {
    const out = scrub(line);
    for (const part of parts) ok(!out.includes(part), `${part} left in ${out}`);
    ok(out.includes("[REDACTED:"), out);
  });
}

Deno.test("invisible characters: lines they hide nothing in are unchanged", () => {
  for (
    const line of [
      "\ufeffid,name,created",
      "prix\u00a0: 1\u202f000 € (TVA\u00a0incluse)",
      "build\u200b step 4/7 done in 12\u00a0ms",
    ]
  ) strictEqual(scrub(line), line);
});
