/**
 * `key` after a word and one space, the pair naming some key (`hasura key: v`, `[DEBUG] using key =
 * v`, `agora key='v'`, `Using Key = v`): read as a lone `key` is, so a generated value there is
 * masked (key-assignment-high-entropy), as `Using Key=v` already was. Kept: what a lone `key`
 * keeps (a short or worded value, a path, an entity's id in base64 as a message key), pairs naming
 * no secret (`cache key`, `partition key`, `public key`), SSH/GPG/PGP keys, an article or a
 * preposition before `key` (prose: `Cache miss for key: v`), and an element's attribute (`<add
 * key="…"/>` names a setting).
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

function draw(rnd: () => number, alphabet: string, n: number): string {
  let v = "";
  for (let i = 0; i < n; i++) v += alphabet[Math.floor(rnd() * alphabet.length)];
  return v;
}

/** A value of letters and digits with both, as a generated key holds. */
function token(rnd: () => number, n: number): string {
  for (;;) {
    const v = draw(rnd, ALNUM, n);
    if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
}

Deno.test("a generated value after `<word> key` is masked", () => {
  const rnd = seededRandom(0x6b3e17);
  for (let i = 0; i < 12; i++) {
    const t = token(rnd, 24 + (i % 3) * 8);
    const h = draw(rnd, HEX, 64);
    const b = token(rnd, 40) + "+" + token(rnd, 20) + "==";
    for (
      const text of [
        `[DEBUG] using key = ${h}`,
        `[DEBUG] Using Key = ${b}`,
        `Valid acme key: ${t}`,
        `And another acme key: ${t}`,
        `acme key='${t}' - secret='${token(rnd, 32)}'`,
        `widgets key="${t}"`,
      ]
    ) {
      const out = scrub(text);
      for (const v of [t, h, b]) ok(!(text.includes(v) && out.includes(v)), `${text} -> ${out}`);
    }
  }
});

Deno.test("no key name, no generated value, or an element's attribute: kept", () => {
  const rnd = seededRandom(0x6b3e18);
  const t = token(rnd, 24);
  const lines = [
    `<add key="MyAppSettingKey12345" value="on"/>`,
    `<entry key="${t}">`,
    "cache key: orders:1234:v2abc123def456",
    `partition key: ${draw(rnd, HEX, 24)}`,
    `public key: ${t}`,
    `GPG key: 0x${draw(rnd, HEX, 40).toUpperCase()}`,
    "ssh key: /home/deploy/.ssh/id_ed25519",
    "S3 key: uploads/2024/abc123def456ghi789.png",
    "Record key: b3JkZXItNzkyNTA=",
    "Producer key = dXNlcjo0MjQyNDI0Mg==",
    "Registry key: HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion8a7b",
    "using key = primary",
    `Cache miss for key: ${t}`,
    `Signing with key ${draw(rnd, HEX, 16).toUpperCase()}`,
    `the key for this lookup is ${draw(rnd, HEX, 32)}`,
    "the widget key is required",
    "hotkey: ctrl+shift+k",
  ];
  deepStrictEqual(lines.map((line) => scrub(line)), lines);
});
