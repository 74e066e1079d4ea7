/**
 * Evasions seen in real logs, end to end: card numbers as bare JSON numbers and grouped with
 * dots, credentials in base64 (user=… password=…, user:password), and e-mail addresses in other
 * scripts or with punycode domains. (Terminal colours, JSON and URL escapes: decoded_scrub_test.)
 */
import { ok, strictEqual } from "@node/assert";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(4) });
const scrub = (text: string) => scrubber.scrub(text).text;

const hidden: [label: string, line: string, secret: string][] = [
  ["a card after a compact JSON colon", '{"card":4539148803436467,"ok":true}', "4539148803436467"],
  ["a card grouped with dots", "card 4539.1488.0343.6467 charged", "4539.1488.0343.6467"],
  [
    "base64 of user=… password=…",
    "blob dXNlcj1hZG1pbiBwYXNzd29yZD1TM2NyM3RQYXNzIQ== stored",
    "dXNlcj1hZG1pbiBwYXNzd29yZD1TM2NyM3RQYXNzIQ==",
  ],
  [
    "base64 of a JSON password field",
    '{"data":"eyJ1c2VyIjoic3ZjIiwicGFzc3dvcmQiOiJodW50ZXIyLXByb2QifQ"}',
    "eyJ1c2VyIjoic3ZjIiwicGFzc3dvcmQiOiJodW50ZXIyLXByb2QifQ",
  ],
  [
    "base64 of user:password named as credentials",
    "proxy credentials YWRtaW46UzNjcjN0UGFzcyE= accepted",
    "YWRtaW46UzNjcjN0UGFzcyE=",
  ],
  ["an e-mail in Latin script with a Unicode domain", "mail to jürgen@müller.de now", "jürgen"],
  ["an e-mail in Chinese", "notify 用户@例子.广告 failed", "用户@例子"],
  ["an e-mail in Greek", '{"to":"δοκιμή@παράδειγμα.δοκιμή"}', "δοκιμή@"],
  ["an e-mail with a punycode domain", "mail to anna@xn--bcher-kva.example now", "anna@"],
];

for (const [label, line, secret] of hidden) {
  Deno.test(`evasions: ${label} is masked`, () => {
    const out = scrub(line);
    ok(!out.includes(secret), `${secret} survives in ${out}`);
  });
}

Deno.test("evasions: their look-alikes stay", () => {
  for (
    const line of [
      '{"level":30,"time":1717200000037,"pid":657,"msg":"request completed"}',
      "version 4539.1488.0343.6466 built", // not Luhn-valid
      "event cGFzc3dvcmQgcmVzZXQgcmVxdWVzdGVk logged", // "password reset requested"
      "base64 aGVsbG8gd29ybGQsIG5vIGNvbG9u ok", // "hello world, no colon"
      "加载 图标@2x.png 完成",
      "Grüße an build@ci heute",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("evasions: a line of many ASCII addresses is masked address by address", () => {
  // The international detector takes no ASCII address as a candidate, so it refuses none and
  // never spends the refusal budget that would mask the rest of such a line as scrub-limit.
  const line = Array.from({ length: 1100 }, (_, i) => `u${i}@mail.example`).join(", ");
  const { counts } = scrubber.scrub(line);
  strictEqual(counts["email-address"], 1100);
  strictEqual(counts["scrub-limit"], undefined);
});
